//! Errors as the user reads them: what went wrong and what to do, in the interface language.

use crate::i18n::Translator;
use crate::model::edit::EditRefusal;
use crate::model::schema::SchemaError;
use crate::vault::crypto::{Advice, OpenError, PassphraseError, Weakness};
use crate::vault::exchange::{ContactError, ExchangeError, ExchangeFileError};
use crate::vault::export::ImportError;
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
        VaultError::WeakPassphrase(PassphraseError::Guessable { weakness, advice }) => {
            guessable(t, *weakness, advice)
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

/// Why a passphrase is too easy to guess, and what to do instead.
fn guessable(t: &Translator, weakness: Option<Weakness>, advice: &[Advice]) -> String {
    let why = match weakness {
        Some(weakness) => t.tr_with(
            "error-passphrase-guessable-why",
            &[(
                "why",
                t.tr(match weakness {
                    Weakness::KeyboardPattern => "weakness-keyboard-pattern",
                    Weakness::Repeats => "weakness-repeats",
                    Weakness::CommonPassword => "weakness-common-password",
                    Weakness::NearCommonPassword => "weakness-near-common-password",
                    Weakness::Sequence => "weakness-sequence",
                    Weakness::RecentYear => "weakness-recent-year",
                    Weakness::Date => "weakness-date",
                    Weakness::SingleWord => "weakness-single-word",
                    Weakness::Name => "weakness-name",
                })
                .into(),
            )],
        ),
        None => t.tr("error-passphrase-guessable"),
    };
    // The estimator's own advice, then always the way to a passphrase that passes.
    let mut advice: Vec<Advice> = advice.to_vec();
    if !advice.contains(&Advice::UnrelatedWords) {
        advice.push(Advice::UnrelatedWords);
    }
    std::iter::once(why)
        .chain(advice.iter().map(|item| {
            t.tr(match item {
                Advice::UnrelatedWords => "advice-unrelated-words",
                Advice::AddWords => "advice-add-words",
                Advice::TricksDoNotHelp => "advice-tricks-do-not-help",
                Advice::AvoidRepeats => "advice-avoid-repeats",
                Advice::AvoidSequences => "advice-avoid-sequences",
                Advice::AvoidDates => "advice-avoid-dates",
            })
        }))
        .collect::<Vec<_>>()
        .join(" ")
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

/// The message for an import file that cannot be opened or used.
pub fn import_error(t: &Translator, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { size, max } => t.tr_with(
            "error-import-too-large",
            &[
                ("size", megabytes(*size).into()),
                ("max", megabytes(*max).into()),
            ],
        ),
        ImportError::File(error) => open_error(t, error),
        ImportError::NotTellOnceExport { .. } => t.tr("error-import-not-tell-once"),
        ImportError::NewerExportSchema { .. } => t.tr("error-import-newer"),
        ImportError::DuplicateCaseInFile(id) => {
            t.tr_with("error-import-duplicate", &[("id", id.to_string().into())])
        }
        ImportError::InvalidCase { id, error } => t.tr_with(
            "error-import-invalid-case",
            &[
                ("id", id.to_string().into()),
                ("reason", case_schema_error(t, error).into()),
            ],
        ),
        ImportError::CaseTooLarge {
            code,
            part,
            count,
            max,
        } => t.tr_with(
            "error-import-case-too-large",
            &[
                ("code", code.clone().into()),
                ("part", part.name().into()),
                ("count", (*count).into()),
                ("max", (*max).into()),
            ],
        ),
        ImportError::CaseIdMismatch { .. } => t.tr("error-import-inconsistent"),
        ImportError::Vault(error) => vault_error(t, error),
    }
}

/// Why an age file (an import, a question request, a return) cannot be opened.
fn open_error(t: &Translator, error: &OpenError) -> String {
    match error {
        OpenError::NotAgeFile => t.tr("error-import-not-age"),
        OpenError::UnknownAgeVersion => t.tr("error-import-age-version"),
        OpenError::Truncated => t.tr("error-import-truncated"),
        OpenError::NotPassphraseProtected => t.tr("error-import-not-passphrase"),
        OpenError::ExcessiveWorkFactor { required, max } => t.tr_with(
            // At or below the limit, the browser could not give scrypt the memory it needs.
            if required > max {
                "error-import-work-factor"
            } else {
                "error-import-work-factor-memory"
            },
            &[("required", (*required).into()), ("max", (*max).into())],
        ),
        OpenError::WrongPassphrase => t.tr("error-import-wrong-passphrase"),
        OpenError::Corrupted => t.tr("error-import-corrupted"),
    }
}

/// The message for an exchange between agencies that could not be made: a contact, a sharing
/// key, a request or return file, storage. A refused return is the case's to say (it names the
/// case's agencies and questions).
pub fn exchange_error(t: &Translator, error: &ExchangeError) -> String {
    let id = error.message_id();
    match error {
        ExchangeError::Contact(ContactError::AlreadyAContact { agency }) => {
            t.tr_with(id, &[("agency", agency.clone().into())])
        }
        ExchangeError::File(ExchangeFileError::TooLarge { size, max }) => t.tr_with(
            id,
            &[
                ("size", megabytes(*size).into()),
                ("max", megabytes(*max).into()),
            ],
        ),
        ExchangeError::File(ExchangeFileError::File(open)) => open_error(t, open),
        ExchangeError::File(ExchangeFileError::NewerFormat { found, supported }) => t.tr_with(
            id,
            &[
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        ExchangeError::Request(EditRefusal::Exchange(_)) => t.tr(id),
        ExchangeError::Request(refusal) => t.tr_with(id, &[("reason", refusal.to_string().into())]),
        ExchangeError::WeakPassphrase(weak) => t.tr_with(
            id,
            &[(
                "reason",
                vault_error(t, &VaultError::WeakPassphrase(weak.clone())).into(),
            )],
        ),
        ExchangeError::Vault(vault) => t.tr_with(id, &[("reason", vault_error(t, vault).into())]),
        ExchangeError::Encryption(error) => t.tr_with(id, &[("reason", error.to_string().into())]),
        _ => t.tr(id),
    }
}

/// The reason one case of an import file cannot be read.
pub fn case_schema_error(t: &Translator, error: &SchemaError) -> String {
    match error {
        SchemaError::Newer { .. } => t.tr("error-import-case-newer"),
        other => t.tr_with(
            "error-import-case-unreadable",
            &[("detail", other.to_string().into())],
        ),
    }
}

/// A size in megabytes with one decimal, as the size messages show it.
fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}
