//! Settings kept once per vault, starting with the author name written into every case's change
//! history. They are stored like the service directory: one record on
//! [`Shelf::Vault`](super::store::Shelf::Vault) under [`SETTINGS_KEY`](super::store::SETTINGS_KEY),
//! sealed with the vault identity (see [`UnlockedVault::save_settings`](super::UnlockedVault::save_settings)).
//!
//! The vault layer itself checks nothing about names; [`VaultSettings::with_author`] holds the
//! rule the UI applies before saving.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The most characters (Unicode scalar values, after trimming) an author name may have.
pub const MAX_AUTHOR_CHARS: usize = 80;

/// The vault's settings. A new vault has [`VaultSettings::default`]: nothing set.
///
/// The stored record stays readable across versions without a change of the vault's layout:
/// - `#[serde(default)]`: a record written before a field existed still reads, that field taking
///   its default (an older build's settings are not an error in a newer one);
/// - no `deny_unknown_fields`: a record written by a newer build still reads in an older one, and
///   the fields this build does not know are kept and written back on the next save, so that an
///   older build saving its author does not erase what a newer one set. (Edit a loaded value
///   rather than starting from [`VaultSettings::default`] to keep them.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VaultSettings {
    /// The name or role recorded as the author of every change to a case ("Investigator Mara
    /// Ilves", "Victim specialist, NGO"); `None` until the user sets it, which the app asks for on
    /// first use. Set it through [`VaultSettings::with_author`] to apply the rule for names.
    pub author: Option<String>,
    /// Fields written by a newer build, kept as they are.
    #[serde(flatten)]
    unknown: Map<String, Value>,
}

impl VaultSettings {
    /// These settings with `name`, trimmed, as the author; every other setting is kept.
    ///
    /// The name must not be empty once trimmed and must have at most [`MAX_AUTHOR_CHARS`]
    /// characters.
    pub fn with_author(self, name: &str) -> Result<Self, AuthorError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(AuthorError::Blank);
        }
        let chars = name.chars().count();
        if chars > MAX_AUTHOR_CHARS {
            return Err(AuthorError::TooLong {
                chars,
                max: MAX_AUTHOR_CHARS,
            });
        }
        Ok(Self {
            author: Some(name.to_owned()),
            ..self
        })
    }
}

/// Why an author name is refused by [`VaultSettings::with_author`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthorError {
    /// Empty, or only white space.
    Blank,
    /// Longer than allowed once trimmed.
    TooLong {
        /// Characters given (after trimming).
        chars: usize,
        /// Characters allowed.
        max: usize,
    },
}

impl fmt::Display for AuthorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Blank => write!(
                f,
                "the author name is empty; type the name or role to record in each case's history, such as \"Investigator Mara Ilves\""
            ),
            Self::TooLong { chars, max } => write!(
                f,
                "the author name has {chars} characters; shorten it to at most {max}, for example a role instead of a full title"
            ),
        }
    }
}

impl std::error::Error for AuthorError {}
