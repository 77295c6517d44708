//! Export and import: passphrase-protected, armored age files that the standard `age` tool reads.
//!
//! An export holds a JSON bundle
//! `{ "format": "tell-once-export", "schema": 1, "exported_at": ms, "cases": [{ "id", "document" }] }`
//! where each document is the case's stored form embedded as is: the schema envelope
//! `{"schema": N, "case": {"id": ...}}` of [`crate::model::schema`]. Import also accepts a file
//! made with `age -p` that holds one such stored case.
//!
//! Every case in a file is read with [`decode_case`] while the import is planned: a case saved
//! by a newer version of the program, or one that is malformed, refuses the whole file with an
//! error naming the case, before anything is written. A bundle entry's `id` must be the id of
//! the case inside it.
//!
//! Import is planned before anything is written: [`read_import`] opens and checks the file and
//! says per case whether it is new or already exists; [`apply`] turns the user's choices into
//! writes, refusing to overwrite anything without an explicit, confirmed choice.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::rc::Rc;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::crypto::{
    check_new_passphrase, open_with_passphrase, seal_with_passphrase, OpenError, PassphraseError,
    PassphraseWork, SealError, WorkFactor,
};
use super::store::VaultStore;
use super::{CaseDocument, ListedCase, UnlockedVault, UnreadableReason, VaultError};
use crate::model::case::Case;
use crate::model::htcds::htcds_export;
use crate::model::schema::{decode_case, SchemaError};
use crate::model::{CaseId, Timestamp};

/// The `format` value that marks a Tell Once export.
pub const EXPORT_FORMAT: &str = "tell-once-export";
/// The bundle schema written by this build; newer ones are refused.
pub const EXPORT_SCHEMA: u32 = 1;
/// Files larger than this (20 MiB) are refused before decryption.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
/// The largest scrypt work factor (log2 N) an imported file may ask for. Lower than what the
/// vault itself accepts: 2^21 and above needs 2 GiB or more, which freezes or crashes a tab,
/// and `age -p` writes 18.
pub const MAX_IMPORT_WORK_FACTOR: u8 = 20;

/// A part of a case whose size an import limits, so that a hostile file cannot make every
/// screen slow. The limits are far above real use: a case has tens of questions, a few
/// sessions, and some thousands of history entries after years of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CasePart {
    Questions,
    PriorAccounts,
    ConsentEvents,
    Sessions,
    Referrals,
    HistoryEntries,
}

impl CasePart {
    pub const ALL: [CasePart; 6] = [
        CasePart::Questions,
        CasePart::PriorAccounts,
        CasePart::ConsentEvents,
        CasePart::Sessions,
        CasePart::Referrals,
        CasePart::HistoryEntries,
    ];

    /// The most of this part one imported case may hold: room for the generated 100x case
    /// (15,000 questions, 4,000 prior accounts, 2,000 consent events) and the 30,010-question
    /// worst case of the planner, which the worker analyses and the paged lists show.
    pub const fn limit(self) -> usize {
        match self {
            CasePart::Questions => 40_000,
            CasePart::PriorAccounts => 5_000,
            CasePart::ConsentEvents => 10_000,
            CasePart::Sessions => 1_000,
            CasePart::Referrals => 2_000,
            CasePart::HistoryEntries => 100_000,
        }
    }

    /// How many of this part `case` holds.
    pub fn count(self, case: &Case) -> usize {
        match self {
            CasePart::Questions => case.questions.len(),
            CasePart::PriorAccounts => case.prior_accounts.len(),
            CasePart::ConsentEvents => case.consent.events().len(),
            CasePart::Sessions => case.sessions.len(),
            CasePart::Referrals => case.referrals.len(),
            CasePart::HistoryEntries => case.history.len(),
        }
    }

    /// The part's name in messages, and its key in the translation files.
    pub const fn name(self) -> &'static str {
        match self {
            CasePart::Questions => "questions",
            CasePart::PriorAccounts => "prior-accounts",
            CasePart::ConsentEvents => "consent-events",
            CasePart::Sessions => "sessions",
            CasePart::Referrals => "referrals",
            CasePart::HistoryEntries => "history-entries",
        }
    }
}

#[derive(Serialize)]
struct BundleOut<'a> {
    format: &'static str,
    schema: u32,
    exported_at: Timestamp,
    cases: Vec<BundleCaseOut<'a>>,
}

#[derive(Serialize)]
struct BundleCaseOut<'a> {
    id: &'a CaseId,
    document: &'a RawValue,
}

#[derive(Deserialize)]
struct BundleIn {
    format: String,
    schema: u64,
    #[serde(default)]
    exported_at: Option<Timestamp>,
    cases: Vec<BundleCaseIn>,
}

impl BundleIn {
    /// A bundle read in one pass, if the content is one that this version reads: nearly every
    /// import file. Anything else is looked at first ([`Probe`]), to say what it is.
    fn of_this_version(plaintext: &[u8]) -> Option<Self> {
        serde_json::from_slice::<Self>(plaintext)
            .ok()
            .filter(|bundle| {
                bundle.format == EXPORT_FORMAT && bundle.schema <= u64::from(EXPORT_SCHEMA)
            })
    }

    /// The case documents of the bundle, in file order.
    fn documents(
        self,
    ) -> Result<(ImportSource, Option<Timestamp>, Vec<CaseDocument>), ImportError> {
        let found = self
            .cases
            .into_iter()
            .map(|case| CaseDocument::of_raw(case.id, &case.document))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ImportError::NotTellOnceExport {
                detail: e.to_string(),
            })?;
        Ok((ImportSource::Bundle, self.exported_at, found))
    }
}

#[derive(Deserialize)]
struct BundleCaseIn {
    id: CaseId,
    document: Box<RawValue>,
}

/// The few top-level fields looked at to tell a bundle from a single case document.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema: Option<serde_json::Value>,
}

/// Why an export could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The export passphrase does not meet the policy.
    WeakPassphrase(PassphraseError),
    /// There is no readable case to export.
    NothingToExport,
    /// Loading the cases failed.
    Vault(VaultError),
    /// The encryption library failed.
    Encryption(SealError),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WeakPassphrase(e) => e.fmt(f),
            Self::NothingToExport => write!(f, "there is no readable case to export"),
            Self::Vault(e) => e.fmt(f),
            Self::Encryption(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ExportError {}

/// Encrypts cases as an armored age file with the passphrase (readable with `age -d`).
pub fn export_cases(
    cases: &[CaseDocument],
    passphrase: &SecretString,
    work_factor: WorkFactor,
    now: Timestamp,
) -> Result<String, ExportError> {
    let plaintext = bundle_plaintext(cases, passphrase, now)?;
    seal_with_passphrase(&plaintext, passphrase, work_factor).map_err(ExportError::Encryption)
}

/// [`export_cases`], the scrypt work done by `work`.
pub async fn export_cases_by(
    work: &dyn PassphraseWork,
    cases: &[CaseDocument],
    passphrase: &SecretString,
    work_factor: WorkFactor,
    now: Timestamp,
) -> Result<String, ExportError> {
    let plaintext = bundle_plaintext(cases, passphrase, now)?;
    work.seal(plaintext, passphrase.clone(), work_factor)
        .await
        .map_err(ExportError::Encryption)
}

/// What an export of `cases` holds, once its passphrase is found strong enough.
fn bundle_plaintext(
    cases: &[CaseDocument],
    passphrase: &SecretString,
    now: Timestamp,
) -> Result<Zeroizing<Vec<u8>>, ExportError> {
    check_new_passphrase(passphrase).map_err(ExportError::WeakPassphrase)?;
    if cases.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let bundle = BundleOut {
        format: EXPORT_FORMAT,
        schema: EXPORT_SCHEMA,
        exported_at: now,
        cases: cases
            .iter()
            .map(|case| BundleCaseOut {
                id: case.id(),
                document: case.raw(),
            })
            .collect(),
    };
    Ok(Zeroizing::new(serde_json::to_vec_pretty(&bundle).map_err(
        |e| ExportError::Encryption(SealError(e.to_string())),
    )?))
}

// ---------------------------------------------------------------------------------------------
// HTCDS export

/// The form of an HTCDS export file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HtcdsFormat {
    Csv,
    Json,
}

impl HtcdsFormat {
    /// Both forms, CSV first.
    pub const ALL: [HtcdsFormat; 2] = [HtcdsFormat::Csv, HtcdsFormat::Json];

    /// The extension of the decrypted file.
    pub const fn extension(self) -> &'static str {
        match self {
            HtcdsFormat::Csv => "csv",
            HtcdsFormat::Json => "json",
        }
    }
}

/// An encrypted file made for someone else's system, with the name to offer it under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedExport {
    /// Such as `tell-once-htcds-TO-2026-014-2026-03-01.csv.age`: the code (letters, digits and
    /// dashes only), the UTC day of the export, and the decrypted file's extension before `.age`.
    pub file_name: String,
    /// The armored age file (readable with `age -d` and the passphrase).
    pub armored: String,
}

/// The case's consent and referrals in HTCDS 2.0 field names ([`crate::model::htcds`]) as
/// `format`, encrypted with the passphrase like every export. One file per form, so that the
/// interface can offer each as one download.
pub fn export_htcds(
    case: &Case,
    format: HtcdsFormat,
    passphrase: &SecretString,
    work_factor: WorkFactor,
    now: Timestamp,
) -> Result<NamedExport, ExportError> {
    let plaintext = htcds_plaintext(case, format, passphrase, now)?;
    let armored = seal_with_passphrase(&plaintext, passphrase, work_factor)
        .map_err(ExportError::Encryption)?;
    Ok(htcds_named(case, format, now, armored))
}

/// [`export_htcds`], the scrypt work done by `work`.
pub async fn export_htcds_by(
    work: &dyn PassphraseWork,
    case: &Case,
    format: HtcdsFormat,
    passphrase: &SecretString,
    work_factor: WorkFactor,
    now: Timestamp,
) -> Result<NamedExport, ExportError> {
    let plaintext = htcds_plaintext(case, format, passphrase, now)?;
    let armored = work
        .seal(plaintext, passphrase.clone(), work_factor)
        .await
        .map_err(ExportError::Encryption)?;
    Ok(htcds_named(case, format, now, armored))
}

fn htcds_plaintext(
    case: &Case,
    format: HtcdsFormat,
    passphrase: &SecretString,
    now: Timestamp,
) -> Result<Zeroizing<Vec<u8>>, ExportError> {
    check_new_passphrase(passphrase).map_err(ExportError::WeakPassphrase)?;
    let export = htcds_export(case, now);
    Ok(Zeroizing::new(
        match format {
            HtcdsFormat::Csv => export.to_csv(),
            HtcdsFormat::Json => export.to_json(),
        }
        .into_bytes(),
    ))
}

fn htcds_named(case: &Case, format: HtcdsFormat, now: Timestamp, armored: String) -> NamedExport {
    let code = file_name_part(&case.code);
    let file_name = format!(
        "tell-once-htcds-{code}{}{}.{}.age",
        if code.is_empty() { "" } else { "-" },
        now.utc_date(),
        format.extension()
    );
    NamedExport { file_name, armored }
}

/// A case code or a name as a part of a file name: letters and digits kept, anything else a
/// dash, so that every system takes the name as it is.
pub fn file_name_part(code: &str) -> String {
    let safe: String = code
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    safe.trim_matches('-').to_owned()
}

/// Which cases to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportSelection {
    /// Every readable case.
    All,
    /// Just these.
    Cases(Vec<CaseId>),
}

/// A finished export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    /// The armored age file, to offer as a download (`.age`).
    pub armored: String,
    /// The cases inside.
    pub exported: Vec<CaseId>,
    /// Cases left out because their records cannot be read.
    pub skipped: Vec<(CaseId, UnreadableReason)>,
}

impl<S: VaultStore + Clone> UnlockedVault<S> {
    /// Exports the selected cases and notes the time as the last export.
    pub async fn export(
        &self,
        selection: &ExportSelection,
        passphrase: &SecretString,
        work_factor: WorkFactor,
        now: Timestamp,
    ) -> Result<ExportFile, ExportError> {
        check_new_passphrase(passphrase).map_err(ExportError::WeakPassphrase)?;
        let mut documents = Vec::new();
        let mut skipped = Vec::new();
        match selection {
            ExportSelection::All => {
                for listed in self.list_cases().await.map_err(ExportError::Vault)? {
                    match listed {
                        ListedCase::Readable(doc) => documents.push(doc),
                        ListedCase::Unreadable { id, reason, .. } => skipped.push((id, reason)),
                    }
                }
            }
            ExportSelection::Cases(ids) => {
                for id in ids {
                    match self.load_case(id).await {
                        Ok(doc) => documents.push(doc),
                        Err(VaultError::Unreadable { id, reason }) => skipped.push((id, reason)),
                        Err(e) => return Err(ExportError::Vault(e)),
                    }
                }
            }
        }
        let armored = export_cases(&documents, passphrase, work_factor, now)?;
        self.record_export(now).await.map_err(ExportError::Vault)?;
        Ok(ExportFile {
            armored,
            exported: documents.iter().map(|d| d.id().clone()).collect(),
            skipped,
        })
    }

    /// Opens an import file and plans it against the cases in this vault.
    pub async fn plan_import(
        &self,
        file: &[u8],
        passphrase: &SecretString,
    ) -> Result<ImportPlan, ImportError> {
        let existing: BTreeSet<CaseId> = self
            .case_ids()
            .await
            .map_err(ImportError::Vault)?
            .into_iter()
            .collect();
        read_import(file, passphrase, &existing)
    }

    /// Performs the writes from [`apply`]. Each case is saved and verified on its own; one
    /// failure does not stop the others.
    pub async fn import(&self, writes: &[ImportWrite]) -> ImportReport {
        let mut report = ImportReport::default();
        for write in writes {
            match self.save_document(&write.document).await {
                Ok(()) => report.saved.push(write.document.id().clone()),
                Err(e) => report.failed.push((write.document.id().clone(), e)),
            }
        }
        report
    }
}

// ---------------------------------------------------------------------------------------------
// Import

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not opened.
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The age file could not be opened: not age, truncated, wrong passphrase, too much work...
    File(OpenError),
    /// A valid age file whose content is neither a Tell Once export nor a case document.
    NotTellOnceExport {
        /// What was found instead.
        detail: String,
    },
    /// An export made by a newer version of the app.
    NewerExportSchema {
        /// The schema in the file.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// The same case id appears twice in the file.
    DuplicateCaseInFile(CaseId),
    /// A case in the file cannot be read by this version: newer schema, unknown field, malformed.
    InvalidCase {
        /// The case, as the file names it.
        id: CaseId,
        /// What is wrong with it.
        error: SchemaError,
    },
    /// A case holds more of one part than an import accepts ([`CasePart::limit`]).
    CaseTooLarge {
        /// The case's code, as the user knows it.
        code: String,
        part: CasePart,
        /// How many the case holds.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A bundle entry's id is not the id of the case it holds.
    CaseIdMismatch {
        /// The id the bundle lists.
        listed: CaseId,
        /// The id inside the case document.
        inside: CaseId,
    },
    /// Reading the vault's case list failed.
    Vault(VaultError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { size, max } => write!(f, "the file is {size} bytes, above the import limit of {max}; it was not opened"),
            Self::File(e) => e.fmt(f),
            Self::NotTellOnceExport { detail } => write!(f, "the file decrypts, but it is not a Tell Once export or case ({detail})"),
            Self::NewerExportSchema { found, supported } => write!(f, "the export was made by a newer version of Tell Once (format {found}, this version reads up to {supported}); update the app"),
            Self::DuplicateCaseInFile(id) => write!(f, "case {id} appears twice in the file; the file is inconsistent"),
            Self::InvalidCase { id, error } => write!(f, "case {id} in the file cannot be imported: {error}. Nothing was imported"),
            Self::CaseTooLarge { code, part, count, max } => write!(f, "case {code} in the file holds {count} {}, above the limit of {max} for an import; nothing was imported. Split the case or remove what it does not need, then export it again", part.name().replace('-', " ")),
            Self::CaseIdMismatch { listed, inside } => write!(f, "the file lists case {listed}, but the case inside is {inside}; the file is inconsistent and nothing was imported"),
            Self::Vault(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

/// What kind of file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportSource {
    /// A Tell Once export bundle.
    Bundle,
    /// A single case document (for example made with `age -p`).
    SingleDocument,
}

/// Whether a case in the file is already in the vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStatus {
    /// No case with this id in the vault.
    New,
    /// The vault has a case with this id: the user must choose.
    AlreadyExists,
}

/// One case found in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedCase {
    /// The case as found in the file.
    pub document: CaseDocument,
    /// The case read from it: read once, here, since a large case takes tens of milliseconds.
    pub case: Rc<Case>,
    /// New or already there.
    pub status: ImportStatus,
}

/// What an import file holds, checked against the vault; nothing is written yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    /// Bundle or single document.
    pub source: ImportSource,
    /// When the export was made, if the file says.
    pub exported_at: Option<Timestamp>,
    /// The cases in file order.
    pub cases: Vec<PlannedCase>,
    /// Case ids in the vault when planned (to check ids chosen for "keep both").
    pub existing: BTreeSet<CaseId>,
}

/// The user's decision for one case of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Import it under its own id (the default for a new case; refused for an existing one).
    Import,
    /// Leave it out.
    Skip,
    /// Import it under `new_id`, keeping the case already in the vault.
    KeepBoth {
        /// A fresh id, chosen by the caller.
        new_id: CaseId,
    },
    /// Replace the case in the vault; `confirmed` must be `true` (the user said yes).
    Replace {
        /// The user confirmed the replacement.
        confirmed: bool,
    },
}

/// Why the choices cannot be applied to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyError {
    /// A case that already exists has no choice (or only `Import`): it would be overwritten.
    ChoiceNeeded(CaseId),
    /// A replacement was not confirmed.
    ReplaceNotConfirmed(CaseId),
    /// The id chosen for "keep both" is already used (in the vault or by another import).
    NewIdTaken(CaseId),
    /// The id chosen for "keep both" is empty.
    NewIdEmpty,
    /// A choice names a case that is not in the plan.
    UnknownCase(CaseId),
}

impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChoiceNeeded(id) => write!(
                f,
                "case {id} already exists; choose keep both, replace or skip"
            ),
            Self::ReplaceNotConfirmed(id) => {
                write!(f, "replacing case {id} needs your confirmation")
            }
            Self::NewIdTaken(id) => write!(f, "the id {id} is already used; choose another"),
            Self::NewIdEmpty => write!(f, "the new case id is empty; choose one"),
            Self::UnknownCase(id) => write!(f, "case {id} is not in this import"),
        }
    }
}

impl std::error::Error for ApplyError {}

/// One case to save, from [`apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWrite {
    /// The document, under the id it will be stored as.
    pub document: CaseDocument,
    /// The id in the file, when it is stored under a new id ("keep both"). The document's own
    /// content still names the old id: the model should rewrite it before saving.
    pub renamed_from: Option<CaseId>,
    /// Whether it replaces a case in the vault.
    pub replaces_existing: bool,
}

/// What [`UnlockedVault::import`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Cases saved and verified.
    pub saved: Vec<CaseId>,
    /// Cases that could not be saved, and why.
    pub failed: Vec<(CaseId, VaultError)>,
}

/// The case id a stored case names: the string `"id"` of its `"case"` (see [`crate::model::schema`]).
///
/// Looked at without reading the rest, so that a case this version cannot read can still be
/// named in the error; [`read_import`] then reads every case in full with [`decode_case`].
pub fn document_case_id(json: &[u8]) -> Option<CaseId> {
    #[derive(Deserialize)]
    struct EnvelopeProbe {
        case: Option<CaseProbe>,
    }
    #[derive(Deserialize)]
    struct CaseProbe {
        id: Option<serde_json::Value>,
    }
    match serde_json::from_slice::<EnvelopeProbe>(json)
        .ok()?
        .case?
        .id?
    {
        serde_json::Value::String(id) if !id.is_empty() => Some(CaseId(id)),
        _ => None,
    }
}

/// Reads the case of `document` in full: refused if this version cannot read it, or if it is
/// not the case the file says it is.
fn check_case(document: &CaseDocument) -> Result<Case, ImportError> {
    let case = decode_case(document.json_str()).map_err(|error| ImportError::InvalidCase {
        id: document.id().clone(),
        error,
    })?;
    if &case.id != document.id() {
        return Err(ImportError::CaseIdMismatch {
            listed: document.id().clone(),
            inside: case.id,
        });
    }
    check_case_size(&case)?;
    Ok(case)
}

/// Refuses a case that holds more of any part than an import accepts.
pub fn check_case_size(case: &Case) -> Result<(), ImportError> {
    for part in CasePart::ALL {
        let count = part.count(case);
        if count > part.limit() {
            return Err(ImportError::CaseTooLarge {
                code: case.code.clone(),
                part,
                count,
                max: part.limit(),
            });
        }
    }
    Ok(())
}

/// Opens an import file with the passphrase and plans it against the ids in `existing`.
///
/// The size limit and the scrypt work limit ([`MAX_IMPORT_WORK_FACTOR`]) are checked before
/// any decryption work.
pub fn read_import(
    file: &[u8],
    passphrase: &SecretString,
    existing: &BTreeSet<CaseId>,
) -> Result<ImportPlan, ImportError> {
    check_import_size(file)?;
    let plaintext = open_with_passphrase(file, passphrase, MAX_IMPORT_WORK_FACTOR)
        .map_err(ImportError::File)?;
    read_import_content(&plaintext, existing)
}

/// [`read_import`], the scrypt work done by `work`, and a turn for the page (`turns`' pause)
/// after the file is opened and between its cases: a large case takes tens of milliseconds to
/// read.
pub async fn read_import_by(
    work: &dyn PassphraseWork,
    file: &[u8],
    passphrase: &SecretString,
    existing: &BTreeSet<CaseId>,
    turns: &impl VaultStore,
) -> Result<ImportPlan, ImportError> {
    check_import_size(file)?;
    let plaintext = work
        .open(file.to_vec(), passphrase.clone(), MAX_IMPORT_WORK_FACTOR)
        .await
        .map_err(ImportError::File)?;
    turns.pause().await;
    let mut planning = ImportPlanning::read(&plaintext, existing)?;
    drop(plaintext);
    while !planning.is_done() {
        turns.pause().await;
        planning.plan_next()?;
    }
    Ok(planning.plan)
}

fn check_import_size(file: &[u8]) -> Result<(), ImportError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            size: file.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    Ok(())
}

/// Plans the decrypted content of an import file (a bundle or a single stored case) against
/// the ids in `existing`: the part of [`read_import`] after decryption, which reads untrusted
/// JSON and is fuzzed on its own (fuzz/fuzz_targets/import_content.rs).
pub fn read_import_content(
    plaintext: &[u8],
    existing: &BTreeSet<CaseId>,
) -> Result<ImportPlan, ImportError> {
    let mut planning = ImportPlanning::read(plaintext, existing)?;
    while !planning.is_done() {
        planning.plan_next()?;
    }
    Ok(planning.plan)
}

/// An import file's content being planned a case at a time: its cases found, then each read
/// in full and checked against the vault.
struct ImportPlanning {
    plan: ImportPlan,
    /// The cases still to read, in file order.
    found: std::vec::IntoIter<CaseDocument>,
    seen: BTreeSet<CaseId>,
}

impl ImportPlanning {
    /// Finds the cases in the content: a bundle, or a single stored case.
    fn read(plaintext: &[u8], existing: &BTreeSet<CaseId>) -> Result<Self, ImportError> {
        let (source, exported_at, found) = match BundleIn::of_this_version(plaintext) {
            Some(bundle) => bundle.documents()?,
            None => Self::documents_of_any(plaintext)?,
        };
        Ok(Self {
            plan: ImportPlan {
                source,
                exported_at,
                cases: Vec::with_capacity(found.len()),
                existing: existing.clone(),
            },
            found: found.into_iter(),
            seen: BTreeSet::new(),
        })
    }

    /// The case documents of any content: a bundle, a single stored case, or what says why not.
    fn documents_of_any(
        plaintext: &[u8],
    ) -> Result<(ImportSource, Option<Timestamp>, Vec<CaseDocument>), ImportError> {
        let not_ours = |detail: &str| ImportError::NotTellOnceExport {
            detail: detail.to_owned(),
        };
        let probe: Probe = serde_json::from_slice(plaintext)
            .map_err(|_| not_ours("content is not a JSON object"))?;
        Ok(match probe.format {
            Some(serde_json::Value::String(format)) if format == EXPORT_FORMAT => {
                let schema = probe
                    .schema
                    .as_ref()
                    .and_then(serde_json::Value::as_u64)
                    .ok_or_else(|| not_ours("the export has no schema number"))?;
                if schema > u64::from(EXPORT_SCHEMA) {
                    return Err(ImportError::NewerExportSchema {
                        found: u32::try_from(schema).unwrap_or(u32::MAX),
                        supported: EXPORT_SCHEMA,
                    });
                }
                let bundle: BundleIn = serde_json::from_slice(plaintext)
                    .map_err(|e| not_ours(&format!("the export is malformed: {e}")))?;
                bundle.documents()?
            }
            Some(_) => return Err(not_ours("it is another program's file")),
            None => {
                let id = document_case_id(plaintext).ok_or_else(|| {
                    not_ours("a JSON object that is not a stored case with an id")
                })?;
                let document =
                    CaseDocument::new(id, plaintext).map_err(|e| not_ours(&e.to_string()))?;
                (ImportSource::SingleDocument, None, vec![document])
            }
        })
    }

    fn is_done(&self) -> bool {
        self.found.len() == 0
    }

    /// Reads and checks the next case.
    fn plan_next(&mut self) -> Result<(), ImportError> {
        let Some(document) = self.found.next() else {
            return Ok(());
        };
        if !self.seen.insert(document.id().clone()) {
            return Err(ImportError::DuplicateCaseInFile(document.id().clone()));
        }
        let case = Rc::new(check_case(&document)?);
        let status = if self.plan.existing.contains(document.id()) {
            ImportStatus::AlreadyExists
        } else {
            ImportStatus::New
        };
        self.plan.cases.push(PlannedCase {
            document,
            case,
            status,
        });
        Ok(())
    }
}

/// Turns the user's choices into writes. A new case without a choice is imported; a case that
/// already exists needs `KeepBoth`, a confirmed `Replace`, or `Skip`.
pub fn apply(
    plan: &ImportPlan,
    choices: &BTreeMap<CaseId, ImportChoice>,
) -> Result<Vec<ImportWrite>, ApplyError> {
    let in_plan: BTreeSet<&CaseId> = plan.cases.iter().map(|c| c.document.id()).collect();
    if let Some(unknown) = choices.keys().find(|id| !in_plan.contains(id)) {
        return Err(ApplyError::UnknownCase(unknown.clone()));
    }
    // Ids that will exist after the import, to keep "keep both" ids unique.
    let mut taken: BTreeSet<CaseId> = plan.existing.clone();
    taken.extend(in_plan.iter().map(|id| (*id).clone()));

    let mut writes = Vec::new();
    for planned in &plan.cases {
        let id = planned.document.id();
        let exists = planned.status == ImportStatus::AlreadyExists;
        match (choices.get(id), exists) {
            (Some(ImportChoice::Skip), _) => {}
            (None | Some(ImportChoice::Import), false) => writes.push(ImportWrite {
                document: planned.document.clone(),
                renamed_from: None,
                replaces_existing: false,
            }),
            (None | Some(ImportChoice::Import), true) => {
                return Err(ApplyError::ChoiceNeeded(id.clone()))
            }
            (Some(ImportChoice::Replace { confirmed }), _) => {
                if exists && !confirmed {
                    return Err(ApplyError::ReplaceNotConfirmed(id.clone()));
                }
                writes.push(ImportWrite {
                    document: planned.document.clone(),
                    renamed_from: None,
                    replaces_existing: exists,
                });
            }
            (Some(ImportChoice::KeepBoth { new_id }), _) => {
                if new_id.as_str().is_empty() {
                    return Err(ApplyError::NewIdEmpty);
                }
                if !taken.insert(new_id.clone()) {
                    return Err(ApplyError::NewIdTaken(new_id.clone()));
                }
                let document = CaseDocument {
                    id: new_id.clone(),
                    json: planned.document.json.clone(),
                };
                writes.push(ImportWrite {
                    document,
                    renamed_from: Some(id.clone()),
                    replaces_existing: false,
                });
            }
        }
    }
    Ok(writes)
}
