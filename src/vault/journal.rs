//! The journal's entries and what recovery does with them, without storage.
//!
//! An entry is a case sealed to the vault (age ciphertext, see
//! [`super::UnlockedVault::seal_for_journal`]) together with the vault revision of the record
//! its changes started from. At unlock, that base revision and the revision the vault now holds
//! decide whether the entry comes back, is offered to the user, or is dropped because the case
//! was deleted since. The browser shell reads and writes the entries' text.

use std::fmt;

/// Marks the text form of an entry: `v1;<base revision or ->;<ciphertext in hex>`.
const VERSION: &str = "v1";

/// One case kept in the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalEntry {
    /// The vault revision of the case when its unsaved changes were written; `None` if the
    /// vault did not hold the case yet (a new case) or the entry predates revisions.
    pub base: Option<u64>,
    /// The case, sealed to the vault.
    pub sealed: Vec<u8>,
}

/// Why an entry's text cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Not an entry this version of the app writes, or damaged.
    Malformed,
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::Malformed => {
                write!(f, "the journal entry is damaged or not in a known format")
            }
        }
    }
}

impl JournalEntry {
    /// The entry's text form, as stored.
    pub fn encode(&self) -> String {
        let base = self.base.map_or_else(|| "-".to_owned(), |b| b.to_string());
        format!("{VERSION};{base};{}", to_hex(&self.sealed))
    }

    /// Reads an entry's text form. Text without a version is an entry of an earlier version of
    /// the app (the ciphertext alone): it has no base revision.
    pub fn decode(text: &str) -> Result<Self, EntryError> {
        let mut parts = text.split(';');
        let (first, base, sealed) = (parts.next(), parts.next(), parts.next());
        match (first, base, sealed, parts.next()) {
            (Some(VERSION), Some(base), Some(sealed), None) => {
                let base = match base {
                    "-" => None,
                    number => Some(number.parse().map_err(|_| EntryError::Malformed)?),
                };
                let sealed = from_hex(sealed).ok_or(EntryError::Malformed)?;
                Ok(JournalEntry { base, sealed })
            }
            (Some(legacy), None, None, None) => Ok(JournalEntry {
                base: None,
                sealed: from_hex(legacy).ok_or(EntryError::Malformed)?,
            }),
            _ => Err(EntryError::Malformed),
        }
    }
}

/// What recovery does with a readable entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// The vault holds the version the changes started from (or no version of a new case):
    /// the entry's case comes back and is saved.
    Restore,
    /// The vault holds a version the entry did not start from (saved later, by this or another
    /// tab): the user chooses which to keep.
    Ask,
    /// The case was deleted after the entry's changes started: it does not come back.
    Deleted,
}

/// Decides what becomes of an entry with base revision `base`, given the revision the vault
/// holds now (`None` when it holds no such case).
pub fn recovery(base: Option<u64>, stored: Option<u64>) -> Recovery {
    match (base, stored) {
        (None, None) => Recovery::Restore,
        (Some(_), None) => Recovery::Deleted,
        (Some(base), Some(stored)) if stored <= base => Recovery::Restore,
        (_, Some(_)) => Recovery::Ask,
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.is_empty() || text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_round_trips_with_and_without_a_base() {
        for base in [None, Some(0), Some(41)] {
            let entry = JournalEntry {
                base,
                sealed: vec![0, 1, 0xab, 0xff],
            };
            assert_eq!(JournalEntry::decode(&entry.encode()), Ok(entry));
        }
        assert_eq!(
            JournalEntry {
                base: Some(7),
                sealed: vec![0xab]
            }
            .encode(),
            "v1;7;ab"
        );
    }

    #[test]
    fn an_entry_of_an_earlier_version_has_no_base() {
        assert_eq!(
            JournalEntry::decode("00ff"),
            Ok(JournalEntry {
                base: None,
                sealed: vec![0, 0xff]
            })
        );
    }

    #[test]
    fn damaged_entries_are_refused() {
        for text in [
            "",
            "v1;7",
            "v1;x;00",
            "v1;7;0",
            "v1;7;zz",
            "v2;7;00",
            "v1;7;00;00",
            "zz",
        ] {
            assert_eq!(
                JournalEntry::decode(text),
                Err(EntryError::Malformed),
                "{text:?}"
            );
        }
    }

    #[test]
    fn recovery_restores_only_over_the_version_the_changes_started_from() {
        assert_eq!(recovery(Some(3), Some(3)), Recovery::Restore);
        assert_eq!(
            recovery(None, None),
            Recovery::Restore,
            "a new case never stored"
        );
        assert_eq!(recovery(Some(3), Some(4)), Recovery::Ask, "saved later");
        assert_eq!(
            recovery(None, Some(1)),
            Recovery::Ask,
            "stored after the entry"
        );
        assert_eq!(recovery(Some(3), None), Recovery::Deleted);
    }
}
