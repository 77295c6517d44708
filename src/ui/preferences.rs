//! Preferences of this device (not of a case): kept in local storage, holding no case data,
//! and removed by the wipe.

use serde::{Deserialize, Serialize};

const KEY: &str = "tell-once-preferences";

/// How long without activity before the vault locks itself, unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;

/// The choices offered for auto-lock, in minutes.
pub const AUTO_LOCK_CHOICES: &[u32] = &[1, 2, 5, 10, 15, 30];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub auto_lock_minutes: u32,
    /// The interface language chosen by the user (a tag such as `es`); none means the browser's.
    pub language: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            language: None,
        }
    }
}

impl Preferences {
    /// The saved preferences, or the defaults when there are none or they cannot be read.
    pub fn load() -> Self {
        gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|storage| storage.get_item(KEY).ok().flatten())
            .and_then(|text| serde_json::from_str::<Preferences>(&text).ok())
            .filter(|p| AUTO_LOCK_CHOICES.contains(&p.auto_lock_minutes))
            .unwrap_or_default()
    }

    /// Saves the preferences; returns false when the browser refuses.
    pub fn save(&self) -> bool {
        let Ok(text) = serde_json::to_string(self) else {
            return false;
        };
        gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .is_some_and(|storage| storage.set_item(KEY, &text).is_ok())
    }
}

/// The interface language to start in: the one chosen earlier, else the browser's if the
/// interface exists in it, else English.
pub fn starting_locale() -> crate::i18n::Locale {
    use crate::i18n::{texts, Locale, TextFile};
    let chosen = Preferences::load().language;
    let browser = gloo::utils::window().navigator().language();
    chosen
        .into_iter()
        .chain(browser)
        .find_map(|tag| Locale::from_tag(&tag))
        // Whose shell texts are here (fetched before the app starts); English always is.
        .filter(|locale| texts::has(locale.tag(), TextFile::Main))
        .unwrap_or_default()
}
