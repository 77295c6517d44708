//! Contacts: other agencies' sharing keys, kept in the vault, each marked verified once its
//! fingerprint was compared with the agency (by phone, in person).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::keys::{parse_exchange_key, ExchangeKeyError};
use crate::model::case::AgencyRole;
use crate::model::exchange::ExchangeKey;

/// Another agency as this vault knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// The agency's name, as the user gave it.
    pub agency: String,
    pub role: AgencyRole,
    /// Its sharing key; a contact is known by it.
    pub key: ExchangeKey,
    /// The fingerprint was compared with the agency.
    pub verified: bool,
}

/// Why a contact cannot be added, verified or removed. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactError {
    /// The agency's name is empty.
    BlankName,
    /// The key is not another agency's sharing key.
    Key(ExchangeKeyError),
    /// A contact already has this key.
    AlreadyAContact { agency: String },
    /// No contact has this key.
    UnknownContact,
}

impl fmt::Display for ContactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BlankName => f.write_str("the agency has no name: type its name"),
            Self::Key(error) => error.fmt(f),
            Self::AlreadyAContact { agency } => {
                write!(f, "this sharing key is already the contact {agency}")
            }
            Self::UnknownContact => f.write_str("no contact has this sharing key"),
        }
    }
}

impl ContactError {
    /// The id of the interface message that says this (`main.ftl`); its argument is `agency`.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::BlankName => "contact-error-blank-name",
            Self::Key(error) => error.message_id(),
            Self::AlreadyAContact { .. } => "contact-error-already-a-contact",
            Self::UnknownContact => "contact-error-unknown",
        }
    }
}

impl std::error::Error for ContactError {}

/// A new contact for `contacts`, not yet verified, from what the user typed: refused for a
/// blank name, a text that is not a sharing key, this vault's `own` key, or a key a contact
/// already has.
pub fn new_contact(
    contacts: &[Contact],
    own: &ExchangeKey,
    agency: &str,
    role: AgencyRole,
    key: &str,
) -> Result<Contact, ContactError> {
    let agency = agency.trim();
    if agency.is_empty() {
        return Err(ContactError::BlankName);
    }
    let key = parse_exchange_key(key).map_err(ContactError::Key)?;
    if &key == own {
        return Err(ContactError::Key(ExchangeKeyError::OwnKey));
    }
    if let Some(known) = contacts.iter().find(|c| c.key == key) {
        return Err(ContactError::AlreadyAContact {
            agency: known.agency.clone(),
        });
    }
    Ok(Contact {
        agency: agency.to_owned(),
        role,
        key,
        verified: false,
    })
}

/// The position of the contact with `key`.
pub fn contact_at(contacts: &[Contact], key: &ExchangeKey) -> Result<usize, ContactError> {
    contacts
        .iter()
        .position(|c| &c.key == key)
        .ok_or(ContactError::UnknownContact)
}
