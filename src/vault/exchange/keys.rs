//! Sharing keys: a key as another agency gives it, the fingerprint two people read to each
//! other, and the key as a QR code. The vault's own exchange identity is with the vault's
//! other age keys ([`crate::vault::crypto::ExchangeIdentity`]).

use std::fmt;
use std::str::FromStr;

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use sha2::{Digest, Sha256};

use crate::model::exchange::ExchangeKey;

/// Why a text is not another agency's exchange key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeKeyError {
    /// Nothing was given.
    Blank,
    /// A secret key (`AGE-SECRET-KEY-1…`) was given: it must never be shared, and the agency
    /// that gave it should make a new one.
    SecretKeyGiven,
    /// Not an age public key at all (`age1…`, 62 characters).
    NotAnExchangeKey,
    /// Shaped like an age public key, but its checksum does not match: a character was
    /// mistyped or changed on the way.
    WrongChecksum,
    /// This vault's own exchange key: a contact is another agency.
    OwnKey,
}

impl fmt::Display for ExchangeKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Blank => "no key was given: paste the agency's sharing key (age1…)",
            Self::SecretKeyGiven => "this is a secret key, which must never be shared: ask the agency for its public sharing key (age1…), and tell it to make a new key pair",
            Self::NotAnExchangeKey => "this is not a sharing key: a sharing key starts with age1 and has 62 characters",
            Self::WrongChecksum => "this sharing key has a mistake in it (its checksum does not match): copy it again, or compare it character by character",
            Self::OwnKey => "this is this vault's own sharing key: add the other agency's key",
        })
    }
}

impl ExchangeKeyError {
    /// The id of the interface message that says this (`main.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Blank => "exchange-key-error-blank",
            Self::SecretKeyGiven => "exchange-key-error-secret-key",
            Self::NotAnExchangeKey => "exchange-key-error-not-a-key",
            Self::WrongChecksum => "exchange-key-error-checksum",
            Self::OwnKey => "exchange-key-error-own-key",
        }
    }
}

impl std::error::Error for ExchangeKeyError {}

/// The characters of Bech32, the encoding of age keys.
const BECH32: &str = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/// An age X25519 public key: `age1`, 52 characters of key, 6 of checksum.
const KEY_LENGTH: usize = 62;

/// Reads another agency's exchange key as it was pasted, scanned or typed: white space (a key
/// broken over lines in an email) and letter case do not matter. age itself checks the key
/// and its checksum; a text of the right shape that age refuses has a typo in it.
pub fn parse_exchange_key(text: &str) -> Result<ExchangeKey, ExchangeKeyError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    if compact.is_empty() {
        return Err(ExchangeKeyError::Blank);
    }
    if compact.starts_with("age-secret-key-") {
        return Err(ExchangeKeyError::SecretKeyGiven);
    }
    match age::x25519::Recipient::from_str(&compact) {
        Ok(recipient) => Ok(ExchangeKey(recipient.to_string())),
        Err(_) => {
            let shaped = compact.len() == KEY_LENGTH
                && compact
                    .strip_prefix("age1")
                    .is_some_and(|data| data.chars().all(|c| BECH32.contains(c)));
            Err(if shaped {
                ExchangeKeyError::WrongChecksum
            } else {
                ExchangeKeyError::NotAnExchangeKey
            })
        }
    }
}

/// The age recipient of a key, for encrypting to it.
pub(crate) fn recipient(key: &ExchangeKey) -> Result<age::x25519::Recipient, ExchangeKeyError> {
    let checked = parse_exchange_key(key.as_str())?;
    age::x25519::Recipient::from_str(checked.as_str())
        .map_err(|_| ExchangeKeyError::NotAnExchangeKey)
}

/// Crockford's Base32: digits and capitals without I, L, O and U, which are read or heard as
/// 1, 1, 0 and V (or spell words).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The key's fingerprint, for two people to read to each other over the phone before
/// trusting a key that came by email or on paper: 80 bits of SHA-256 of the key, as four
/// groups of four characters (`7K3M 9QXT C2DR W5PA`).
///
/// Why this shape: the full key is 62 characters, too long to read aloud without slips.
/// Someone who wants to pass a key of their own for the agency's must find one whose
/// fingerprint matches a given one (a second preimage), which for 80 bits takes about 2^80
/// tries: out of reach. The alphabet has no letters that sound or look alike, and groups of
/// four are read and compared at a glance. The hash is domain-separated so that the same
/// characters never stand for anything else.
pub fn fingerprint(key: &ExchangeKey) -> String {
    let hash = Sha256::new()
        .chain_update(b"tell-once exchange key fingerprint v1\n")
        .chain_update(key.as_str().as_bytes())
        .finalize();
    // The first 80 bits as 16 symbols of 5 bits.
    let bits = hash[..10]
        .iter()
        .fold(0u128, |acc, &byte| (acc << 8) | u128::from(byte));
    let symbols: Vec<char> = (0..16)
        .map(|i| {
            let index = (bits >> (75 - 5 * i)) & 0x1f;
            char::from(CROCKFORD[index as usize])
        })
        .collect();
    symbols
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key as a QR code, drawn as an SVG element to put in the page (no XML declaration),
/// black on white with the quiet zone readers need. The code holds the key's text exactly.
pub fn qr_svg(key: &ExchangeKey) -> String {
    // A key is 62 characters: far within what a QR code holds, so this cannot fail.
    let Ok(code) = QrCode::with_error_correction_level(key.as_str(), EcLevel::M) else {
        return String::new();
    };
    let drawn = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .quiet_zone(true)
        .build();
    match drawn.find("<svg") {
        Some(start) => drawn[start..].to_owned(),
        None => drawn,
    }
}
