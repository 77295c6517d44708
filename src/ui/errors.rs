//! Errors as the user reads them: what went wrong and what to do, in the interface language.

use crate::i18n::Translator;
use crate::vault::crypto::PassphraseError;
use crate::vault::store::StoreError;
use crate::vault::VaultError;

/// The message for a vault error.
pub fn vault_error(t: &Translator, error: &VaultError) -> String {
    match error {
        VaultError::WrongPassphrase => t.tr("error-wrong-passphrase"),
        VaultError::WeakPassphrase(PassphraseError::Blank) => t.tr("error-passphrase-blank"),
        VaultError::WeakPassphrase(PassphraseError::TooShort { min, .. }) => {
            t.tr_with("error-passphrase-short", &[("min", (*min).into())])
        }
        VaultError::TamperedIdentity { .. } => t.tr("error-vault-key-damaged"),
        VaultError::NewerVaultSchema { .. } => t.tr("error-vault-newer"),
        VaultError::AlreadyExists => t.tr("error-vault-exists"),
        VaultError::NoVault => t.tr("error-no-vault"),
        VaultError::Store(store) => store_error(t, store),
        VaultError::CaseNotFound(_) => t.tr("error-case-not-found"),
        VaultError::Unreadable { .. } => t.tr("error-case-unreadable"),
        VaultError::InvalidCaseId | VaultError::NotJson { .. } | VaultError::Encryption(_) => {
            t.tr_with("error-internal", &[("detail", error.to_string().into())])
        }
    }
}

/// The message for a storage error.
pub fn store_error(t: &Translator, error: &StoreError) -> String {
    match error {
        StoreError::QuotaExceeded => t.tr("error-storage-full"),
        StoreError::ReadOnly => t.tr("error-storage-read-only"),
        StoreError::Unavailable(_) => t.tr("error-storage-unavailable"),
        StoreError::Io(detail) | StoreError::Malformed(detail) => {
            t.tr_with("error-storage-failed", &[("detail", detail.clone().into())])
        }
        StoreError::VerificationFailed { .. } => t.tr("error-storage-verify"),
    }
}
