//! A vault's exchange key as the model knows it: text, checked by the vault.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A vault's public exchange key (age X25519, `age1…`), as text. The vault checks a key before
/// it becomes one of these ([`crate::vault::exchange::parse_exchange_key`]).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExchangeKey(pub String);

impl ExchangeKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ExchangeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
