//! The age cryptography of the vault: the passphrase work factor, the passphrase policy,
//! the vault identity and its wrap, record encryption, passphrase files (exports), and the
//! exchange identity that other agencies encrypt question requests and returns to.
//!
//! Everything here is pure computation over bytes (randomness comes from the operating
//! system through `age`); storage lives in [`super::store`].

use std::fmt;
use std::io::{self, Read, Write};
use std::iter;
use std::str::FromStr;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use age::DecryptError;
use futures_util::future::LocalBoxFuture;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::model::exchange::ExchangeKey;

/// The smallest scrypt work factor (log2 N) accepted for anything a user keeps: the vault's
/// wrapped identity and exports.
pub const MIN_WORK_FACTOR: u8 = 17;

/// The largest scrypt work factor (log2 N) this app will spend on a file it reads. A file that
/// asks for more is refused before any work is done: 2^23 and above costs gigabytes and minutes,
/// which a malicious file could use to freeze the browser.
pub const MAX_WORK_FACTOR: u8 = 22;

/// Passphrases shorter than this many characters (Unicode scalar values) are refused.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
const ARMOR_END: &str = "-----END AGE ENCRYPTED FILE-----";
const BINARY_MAGIC: &str = "age-encryption.org/";

/// The scrypt work factor (log2 N) used when a passphrase protects something.
///
/// Production values are at least [`MIN_WORK_FACTOR`] and at most [`MAX_WORK_FACTOR`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkFactor(u8);

impl WorkFactor {
    /// The floor, 2^17: about half a second natively, one to two seconds in a browser.
    pub const DEFAULT: WorkFactor = WorkFactor(MIN_WORK_FACTOR);

    /// A production work factor, from [`MIN_WORK_FACTOR`] to [`MAX_WORK_FACTOR`] inclusive.
    pub fn new(log_n: u8) -> Result<Self, WorkFactorError> {
        if (MIN_WORK_FACTOR..=MAX_WORK_FACTOR).contains(&log_n) {
            Ok(Self(log_n))
        } else {
            Err(WorkFactorError { requested: log_n })
        }
    }

    /// A weak work factor (any value from 1 to [`MAX_WORK_FACTOR`]) so that native tests run fast.
    ///
    /// Never use it for real data: it makes passphrase guessing cheap. It does not exist in the
    /// browser build, so the app cannot call it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn insecure_for_tests(log_n: u8) -> Self {
        assert!(
            (1..=MAX_WORK_FACTOR).contains(&log_n),
            "work factor must be 1..={MAX_WORK_FACTOR}"
        );
        Self(log_n)
    }

    /// log2 of the scrypt parameter N.
    pub fn log_n(self) -> u8 {
        self.0
    }
}

impl Default for WorkFactor {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A requested work factor outside the accepted range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkFactorError {
    /// What was asked for.
    pub requested: u8,
}

impl fmt::Display for WorkFactorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "scrypt work factor {} is outside {MIN_WORK_FACTOR}..={MAX_WORK_FACTOR}; choose a value in that range",
            self.requested
        )
    }
}

impl std::error::Error for WorkFactorError {}

// ---------------------------------------------------------------------------------------------
// Passphrase policy

/// How many guesses (log10) a new passphrase must be expected to withstand: zxcvbn's top score,
/// "strong protection from an offline slow-hash attack". Whoever copies the vault's storage can
/// guess offline for as long as they like, so the wrap's scrypt cost alone is not enough.
pub const MIN_GUESSES_LOG10: f64 = 10.0;

/// Words that anyone who knows this app would try first.
const APP_WORDS: &[&str] = &[
    "tell",
    "once",
    "tellonce",
    "tell once",
    "vault",
    "passphrase",
];

/// Why a new passphrase is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassphraseError {
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters.
    TooShort {
        /// Characters given.
        chars: usize,
        /// Characters needed.
        min: usize,
    },
    /// Only white space.
    Blank,
    /// Long enough, but made of what guessers try first: common passwords, words, names,
    /// dates, sequences, keyboard patterns.
    Guessable {
        /// What makes it guessable, when the estimator can say.
        weakness: Option<Weakness>,
        /// What would make it stronger, most useful first.
        advice: Vec<Advice>,
    },
}

/// What makes a passphrase easy to guess (after zxcvbn's warnings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weakness {
    /// A row of keys or a short keyboard pattern (`qwerty`, `zxcvbn`).
    KeyboardPattern,
    /// Repeated characters or groups (`aaa`, `abcabc`).
    Repeats,
    /// One of the most used passwords.
    CommonPassword,
    /// A common password with small changes (`p@ssw0rd`).
    NearCommonPassword,
    /// A sequence (`abc`, `6543`).
    Sequence,
    /// A recent year.
    RecentYear,
    /// A date.
    Date,
    /// A single word.
    SingleWord,
    /// A first name or surname.
    Name,
}

/// How to make a passphrase harder to guess (after zxcvbn's suggestions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    /// Several unrelated words, not a known phrase.
    UnrelatedWords,
    /// One or two more words, uncommon ones better.
    AddWords,
    /// Capitals, reversed words and substitutions like `@` for `a` add little.
    TricksDoNotHelp,
    /// No repeated words or characters.
    AvoidRepeats,
    /// No sequences.
    AvoidSequences,
    /// No years or dates, least of all ones tied to you.
    AvoidDates,
}

impl fmt::Display for PassphraseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooShort { chars, min } => write!(
                f,
                "the passphrase has {chars} characters; use at least {min}, for example four unrelated words"
            ),
            Self::Blank => write!(f, "the passphrase is only spaces; type words or characters"),
            Self::Guessable { weakness, .. } => write!(
                f,
                "the passphrase is too easy to guess ({}); use four or more unrelated words",
                weakness.map_or("too few guesses".to_owned(), |w| format!("{w:?}"))
            ),
        }
    }
}

impl std::error::Error for PassphraseError {}

/// What the estimator makes of a passphrase.
struct Estimate {
    guesses_log10: f64,
    weakness: Option<Weakness>,
    advice: Vec<Advice>,
}

fn estimate(text: &str) -> Estimate {
    use zxcvbn::feedback::{Suggestion, Warning};
    let entropy = zxcvbn::zxcvbn(text, APP_WORDS);
    let weakness = entropy
        .feedback()
        .and_then(|feedback| feedback.warning())
        .map(|warning| match warning {
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess => Weakness::KeyboardPattern,
            Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => Weakness::Repeats,
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword => Weakness::CommonPassword,
            Warning::ThisIsSimilarToACommonlyUsedPassword => Weakness::NearCommonPassword,
            Warning::SequencesLikeAbcAreEasyToGuess => Weakness::Sequence,
            Warning::RecentYearsAreEasyToGuess => Weakness::RecentYear,
            Warning::DatesAreOftenEasyToGuess => Weakness::Date,
            Warning::AWordByItselfIsEasyToGuess => Weakness::SingleWord,
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess => Weakness::Name,
        });
    let mut advice = Vec::new();
    let suggestions = entropy
        .feedback()
        .map(|feedback| feedback.suggestions())
        .unwrap_or_default();
    for suggestion in suggestions {
        let item = match suggestion {
            Suggestion::UseAFewWordsAvoidCommonPhrases
            | Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => Advice::UnrelatedWords,
            Suggestion::AddAnotherWordOrTwo
            | Suggestion::UseALongerKeyboardPatternWithMoreTurns => Advice::AddWords,
            Suggestion::CapitalizationDoesntHelpVeryMuch
            | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase
            | Suggestion::ReversedWordsArentMuchHarderToGuess
            | Suggestion::PredictableSubstitutionsDontHelpVeryMuch => Advice::TricksDoNotHelp,
            Suggestion::AvoidRepeatedWordsAndCharacters => Advice::AvoidRepeats,
            Suggestion::AvoidSequences => Advice::AvoidSequences,
            Suggestion::AvoidRecentYears
            | Suggestion::AvoidYearsThatAreAssociatedWithYou
            | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => Advice::AvoidDates,
        };
        if !advice.contains(&item) {
            advice.push(item);
        }
    }
    // zxcvbn gives no feedback above its middle score, which this policy still refuses.
    if advice.is_empty() {
        advice.push(Advice::AddWords);
    }
    Estimate {
        guesses_log10: entropy.guesses_log10(),
        weakness,
        advice,
    }
}

/// Checks a passphrase the user chooses (for the vault or an export) against the policy: at
/// least [`MIN_PASSPHRASE_CHARS`] characters, and hard to guess by zxcvbn's estimate (at least
/// 10^[`MIN_GUESSES_LOG10`] guesses).
pub fn check_new_passphrase(passphrase: &SecretString) -> Result<(), PassphraseError> {
    let text = passphrase.expose_secret();
    if text.trim().is_empty() {
        return Err(PassphraseError::Blank);
    }
    let chars = text.chars().count();
    if chars < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort {
            chars,
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    let estimate = estimate(text);
    if estimate.guesses_log10 < MIN_GUESSES_LOG10 {
        return Err(PassphraseError::Guessable {
            weakness: estimate.weakness,
            advice: estimate.advice,
        });
    }
    Ok(())
}

/// A rating of a passphrase, for a hint beside the input field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StrengthRating {
    /// Fewer than 10^8 guesses: found in hours.
    Weak,
    /// 10^8 to 10^10 guesses: still refused for a vault or an export.
    Fair,
    /// 10^10 to 10^14 guesses: accepted.
    Strong,
    /// 10^14 guesses or more.
    VeryStrong,
}

/// The strength hint for a passphrase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PassphraseStrength {
    /// zxcvbn's estimate of the guesses needed, as log10.
    pub guesses_log10: f64,
    /// The rating shown to the user.
    pub rating: StrengthRating,
}

/// Estimates passphrase strength with zxcvbn, which knows common passwords, words, names,
/// dates, sequences and keyboard patterns. [`check_new_passphrase`] accepts only
/// [`StrengthRating::Strong`] and above (and a minimum length).
pub fn passphrase_strength(passphrase: &SecretString) -> PassphraseStrength {
    let text = passphrase.expose_secret();
    let guesses_log10 = if text.is_empty() {
        0.0
    } else {
        estimate(text).guesses_log10
    };
    let rating = match guesses_log10 {
        g if g < 8.0 => StrengthRating::Weak,
        g if g < MIN_GUESSES_LOG10 => StrengthRating::Fair,
        g if g < 14.0 => StrengthRating::Strong,
        _ => StrengthRating::VeryStrong,
    };
    PassphraseStrength {
        guesses_log10,
        rating,
    }
}

// ---------------------------------------------------------------------------------------------
// Passphrase files (the identity wrap and exports)

/// Why a passphrase-protected age file could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OpenError {
    /// The bytes are not an age file at all.
    NotAgeFile,
    /// An age file from a newer, unknown version of the format.
    UnknownAgeVersion,
    /// The file ends early (an armored file without its end line, or a header cut short).
    Truncated,
    /// An age file encrypted to keys, not to a passphrase.
    NotPassphraseProtected,
    /// The file asks for more scrypt work than this app allows; nothing was computed.
    ExcessiveWorkFactor {
        /// The work factor in the file.
        required: u8,
        /// The most this app accepts.
        max: u8,
    },
    /// The passphrase does not open this file (or the passphrase stanza itself was altered).
    WrongPassphrase,
    /// The passphrase is right but the file was altered or damaged after it was made.
    Corrupted,
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAgeFile => write!(f, "this is not an age-encrypted file; choose a file exported by Tell Once or made with `age -p`"),
            Self::UnknownAgeVersion => write!(f, "this age file uses a newer format version that this app cannot read"),
            Self::Truncated => write!(f, "the file is incomplete (cut short); copy or download it again"),
            Self::NotPassphraseProtected => write!(f, "the file is encrypted to a key, not to a passphrase; re-encrypt it with `age -p`"),
            Self::ExcessiveWorkFactor { required, max } if required > max => write!(f, "the file's scrypt work factor is {required}; Tell Once opens files up to work factor {max}, so it was not opened. Encrypt it again with `age -p`, which uses 18"),
            Self::ExcessiveWorkFactor { required, .. } => write!(f, "the file's scrypt work factor is {required}, more than this browser has memory for; it was not opened. Encrypt it again with `age -p`, which uses 18"),
            Self::WrongPassphrase => write!(f, "the passphrase is not correct; check it and try again"),
            Self::Corrupted => write!(f, "the file was altered or damaged after it was made; use another copy"),
        }
    }
}

impl std::error::Error for OpenError {}

/// A failure of the encryption library while writing (not expected in practice).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SealError(pub String);

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "encryption failed: {}", self.0)
    }
}

impl std::error::Error for SealError {}

fn seal_error(e: impl fmt::Display) -> SealError {
    SealError(e.to_string())
}

/// Encrypts `plaintext` with a passphrase (age scrypt) at the given work factor, as an armored
/// (text) age file that `age -d` reads.
pub fn seal_with_passphrase(
    plaintext: &[u8],
    passphrase: &SecretString,
    work_factor: WorkFactor,
) -> Result<String, SealError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor.log_n());
    seal_armored(plaintext, &recipient)
}

/// Encrypts `plaintext` to one age recipient (a passphrase, or a public key such as an
/// agency's exchange key) as an armored (text) age file that `age -d` reads.
pub fn seal_armored(plaintext: &[u8], recipient: &dyn age::Recipient) -> Result<String, SealError> {
    let encryptor = age::Encryptor::with_recipients(iter::once(recipient)).map_err(seal_error)?;
    let armored = ArmoredWriter::wrap_output(Vec::new(), Format::AsciiArmor).map_err(seal_error)?;
    let mut writer = encryptor.wrap_output(armored).map_err(seal_error)?;
    writer.write_all(plaintext).map_err(seal_error)?;
    let bytes = writer
        .finish()
        .and_then(|armored| armored.finish())
        .map_err(seal_error)?;
    String::from_utf8(bytes).map_err(seal_error)
}

/// Decrypts a passphrase-protected age file (armored or binary), refusing more than
/// `max_work_factor` of scrypt work before computing anything.
pub fn open_with_passphrase(
    file: &[u8],
    passphrase: &SecretString,
    max_work_factor: u8,
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let file = without_byte_order_mark(file);
    check_age_framing(file)?;
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(file)).map_err(classify)?;
    if !decryptor.is_scrypt() {
        return Err(OpenError::NotPassphraseProtected);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(max_work_factor);
    let mut reader = decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            DecryptError::ExcessiveWork { required, .. } => OpenError::ExcessiveWorkFactor {
                required,
                max: max_work_factor,
            },
            other => classify(other),
        })?;
    read_plaintext(&mut reader)
}

/// Where the work of a passphrase (scrypt, seconds at the vault's work factor) is done. Here, in
/// tests and in a build without a worker, it is done on the calling thread ([`OnThisThread`]);
/// the app does it in its worker, so that the page keeps answering (Quick exit above all) while
/// a vault is created, unlocked or given a new passphrase.
pub trait PassphraseWork {
    /// [`seal_with_passphrase`], wherever it runs.
    fn seal(
        &self,
        plaintext: Zeroizing<Vec<u8>>,
        passphrase: SecretString,
        work_factor: WorkFactor,
    ) -> LocalBoxFuture<'static, Result<String, SealError>>;

    /// [`open_with_passphrase`], wherever it runs.
    fn open(
        &self,
        file: Vec<u8>,
        passphrase: SecretString,
        max_work_factor: u8,
    ) -> LocalBoxFuture<'static, Result<Zeroizing<Vec<u8>>, OpenError>>;
}

/// Passphrase work done on the calling thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct OnThisThread;

impl PassphraseWork for OnThisThread {
    fn seal(
        &self,
        plaintext: Zeroizing<Vec<u8>>,
        passphrase: SecretString,
        work_factor: WorkFactor,
    ) -> LocalBoxFuture<'static, Result<String, SealError>> {
        Box::pin(std::future::ready(seal_with_passphrase(
            &plaintext,
            &passphrase,
            work_factor,
        )))
    }

    fn open(
        &self,
        file: Vec<u8>,
        passphrase: SecretString,
        max_work_factor: u8,
    ) -> LocalBoxFuture<'static, Result<Zeroizing<Vec<u8>>, OpenError>> {
        Box::pin(std::future::ready(open_with_passphrase(
            &file,
            &passphrase,
            max_work_factor,
        )))
    }
}

/// An armored file without the UTF-8 byte-order mark that some editors (Notepad) write before
/// text; a binary file keeps every byte.
pub(crate) fn without_byte_order_mark(file: &[u8]) -> &[u8] {
    match file.strip_prefix(b"\xEF\xBB\xBF") {
        Some(text) if text.trim_ascii_start().starts_with(ARMOR_BEGIN.as_bytes()) => text,
        _ => file,
    }
}

/// Recognises an age file by its first line and an armored one by its end line, so that
/// "not age" and "cut short" are told apart from damage inside the file.
pub(crate) fn check_age_framing(file: &[u8]) -> Result<(), OpenError> {
    let start = file
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(file.len());
    let body = &file[start..];
    if body.starts_with(ARMOR_BEGIN.as_bytes()) {
        let has_end = body
            .windows(ARMOR_END.len())
            .any(|window| window == ARMOR_END.as_bytes());
        if has_end {
            Ok(())
        } else {
            Err(OpenError::Truncated)
        }
    } else if body.starts_with(BINARY_MAGIC.as_bytes()) {
        Ok(())
    } else if ARMOR_BEGIN.as_bytes().starts_with(body) || BINARY_MAGIC.as_bytes().starts_with(body)
    {
        // Only a prefix of the first line (or nothing) survived.
        if body.is_empty() {
            Err(OpenError::NotAgeFile)
        } else {
            Err(OpenError::Truncated)
        }
    } else {
        Err(OpenError::NotAgeFile)
    }
}

fn classify(e: DecryptError) -> OpenError {
    match e {
        DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed => {
            OpenError::WrongPassphrase
        }
        DecryptError::NoMatchingKeys => OpenError::NotPassphraseProtected,
        DecryptError::ExcessiveWork { required, .. } => OpenError::ExcessiveWorkFactor {
            required,
            max: MAX_WORK_FACTOR,
        },
        DecryptError::UnknownFormat => OpenError::UnknownAgeVersion,
        DecryptError::Io(io) => classify_io(&io),
        // Header parse failures after a valid first line, and header MAC failures.
        _ => OpenError::Corrupted,
    }
}

pub(crate) fn classify_io(e: &io::Error) -> OpenError {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        OpenError::Truncated
    } else {
        OpenError::Corrupted
    }
}

pub(crate) fn read_plaintext(reader: &mut impl Read) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut plaintext)
        .map_err(|e| classify_io(&e))?;
    Ok(plaintext)
}

// ---------------------------------------------------------------------------------------------
// The vault identity

/// The vault's X25519 identity, stored only wrapped by the user's passphrase.
///
/// Every record is encrypted to its public key. The secret is zeroized when dropped.
pub struct VaultIdentity {
    identity: age::x25519::Identity,
}

impl fmt::Debug for VaultIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret key.
        f.debug_struct("VaultIdentity")
            .field("recipient", &self.identity.to_public().to_string())
            .finish()
    }
}

/// The vault identity encrypted with the user's passphrase, plus a digest of that ciphertext.
///
/// The digest is not secret: it tells a stored wrap that was altered or damaged
/// ([`UnwrapError::Tampered`]) from a wrong passphrase, which age alone cannot tell apart.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WrappedIdentity {
    /// An armored age file (scrypt) holding the `AGE-SECRET-KEY-1...` line.
    pub armored: String,
    /// Lower-case hexadecimal SHA-256 of `armored`.
    pub sha256: String,
}

impl WrappedIdentity {
    fn of(armored: String) -> Self {
        let sha256 = hex_sha256(armored.as_bytes());
        WrappedIdentity { armored, sha256 }
    }

    /// A wrap altered in store is told from a wrong passphrase by its digest.
    fn check_digest(&self) -> Result<(), UnwrapError> {
        if hex_sha256(self.armored.as_bytes()) == self.sha256 {
            Ok(())
        } else {
            Err(UnwrapError::Tampered {
                detail: "digest mismatch".into(),
            })
        }
    }
}

/// Why the wrapped identity could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnwrapError {
    /// The passphrase does not open the vault.
    WrongPassphrase,
    /// The stored wrap was altered or damaged: the passphrase cannot be checked.
    Tampered {
        /// What exactly is wrong, for diagnosis.
        detail: String,
    },
}

impl fmt::Display for UnwrapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WrongPassphrase => {
                write!(f, "the passphrase is not correct; check it and try again")
            }
            Self::Tampered { detail } => write!(
                f,
                "the stored vault key was altered or damaged ({detail}); restore from an export"
            ),
        }
    }
}

impl std::error::Error for UnwrapError {}

/// Why a record could not be decrypted with the vault identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordOpenError {
    /// What went wrong, for diagnosis (never contains plaintext).
    pub detail: String,
}

impl fmt::Display for RecordOpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the record cannot be decrypted: {}", self.detail)
    }
}

impl std::error::Error for RecordOpenError {}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub(crate) fn hex_sha256(bytes: &[u8]) -> String {
    let mut digest = HexSha256::default();
    digest.add(bytes);
    digest.finish()
}

/// [`hex_sha256`] taken a part at a time, so that the caller can give way between parts.
#[derive(Default)]
pub(crate) struct HexSha256(Sha256);

impl HexSha256 {
    /// Takes in the next bytes.
    pub(crate) fn add(&mut self, part: &[u8]) {
        self.0.update(part);
    }

    /// The digest of every byte taken in, in lower-case hexadecimal.
    pub(crate) fn finish(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// A record sealed a part at a time ([`VaultIdentity::seal_record_in_parts`]), so that the
/// caller can give way between parts: the bytes are those [`VaultIdentity::seal_record`] makes.
pub struct RecordSealing(age::stream::StreamWriter<Vec<u8>>);

impl RecordSealing {
    /// Seals the next bytes of the plaintext.
    pub fn add(&mut self, part: &[u8]) -> Result<(), SealError> {
        self.0.write_all(part).map_err(seal_error)
    }

    /// The sealed record, once every part has been added.
    pub fn finish(self) -> Result<Vec<u8>, SealError> {
        self.0.finish().map_err(seal_error)
    }
}

/// A record opened a part at a time ([`VaultIdentity::open_record_in_parts`]).
pub struct RecordOpening<'a> {
    reader: age::stream::StreamReader<&'a [u8]>,
    /// Room for the whole plaintext from the start (it is shorter than the ciphertext): one
    /// that grew would leave copies of what it held behind, not zeroed.
    plaintext: Zeroizing<Vec<u8>>,
}

impl RecordOpening<'_> {
    /// Opens up to `most` more bytes; false once the record is all open (its last part is then
    /// known to be whole and unaltered).
    pub fn read_part(&mut self, most: usize) -> Result<bool, RecordOpenError> {
        (&mut self.reader)
            .take(most as u64)
            .read_to_end(&mut self.plaintext)
            .map(|read| read > 0)
            .map_err(|e| RecordOpenError {
                detail: e.to_string(),
            })
    }

    /// The plaintext opened so far: the whole record once [`Self::read_part`] says so.
    pub fn finish(self) -> Zeroizing<Vec<u8>> {
        self.plaintext
    }
}

impl VaultIdentity {
    /// A fresh random identity.
    pub fn generate() -> Self {
        Self {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// The public recipient (`age1...`), safe to show.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// Encrypts the identity with the passphrase at the given work factor.
    pub fn wrap(
        &self,
        passphrase: &SecretString,
        work_factor: WorkFactor,
    ) -> Result<WrappedIdentity, SealError> {
        let secret = self.identity.to_string();
        let armored =
            seal_with_passphrase(secret.expose_secret().as_bytes(), passphrase, work_factor)?;
        Ok(WrappedIdentity::of(armored))
    }

    /// [`VaultIdentity::wrap`], the scrypt work done by `work`.
    pub async fn wrap_by(
        &self,
        work: &dyn PassphraseWork,
        passphrase: &SecretString,
        work_factor: WorkFactor,
    ) -> Result<WrappedIdentity, SealError> {
        let secret = Zeroizing::new(
            self.identity
                .to_string()
                .expose_secret()
                .as_bytes()
                .to_vec(),
        );
        let armored = work.seal(secret, passphrase.clone(), work_factor).await?;
        Ok(WrappedIdentity::of(armored))
    }

    /// Opens a wrapped identity with the passphrase.
    pub fn unwrap(
        wrapped: &WrappedIdentity,
        passphrase: &SecretString,
    ) -> Result<Self, UnwrapError> {
        wrapped.check_digest()?;
        Self::read_unwrapped(open_with_passphrase(
            wrapped.armored.as_bytes(),
            passphrase,
            MAX_WORK_FACTOR,
        ))
    }

    /// [`VaultIdentity::unwrap`], the scrypt work done by `work`.
    pub async fn unwrap_by(
        work: &dyn PassphraseWork,
        wrapped: &WrappedIdentity,
        passphrase: &SecretString,
    ) -> Result<Self, UnwrapError> {
        wrapped.check_digest()?;
        let opened = work
            .open(
                wrapped.armored.as_bytes().to_vec(),
                passphrase.clone(),
                MAX_WORK_FACTOR,
            )
            .await;
        Self::read_unwrapped(opened)
    }

    /// The identity in what a wrap opened to.
    fn read_unwrapped(opened: Result<Zeroizing<Vec<u8>>, OpenError>) -> Result<Self, UnwrapError> {
        let secret = opened.map_err(|e| match e {
            OpenError::WrongPassphrase => UnwrapError::WrongPassphrase,
            other => UnwrapError::Tampered {
                detail: other.to_string(),
            },
        })?;
        let text = std::str::from_utf8(&secret).map_err(|_| UnwrapError::Tampered {
            detail: "key is not text".into(),
        })?;
        let identity =
            age::x25519::Identity::from_str(text.trim()).map_err(|e| UnwrapError::Tampered {
                detail: e.to_string(),
            })?;
        Ok(Self { identity })
    }

    /// The key of the vault's integrity codes, derived from the secret key: only someone who
    /// holds the vault key can make a manifest that [`RecordsKey::verify`] accepts. age alone
    /// cannot say this, since anyone who knows the public key can encrypt a record to it.
    pub fn records_key(&self) -> RecordsKey {
        let secret = self.identity.to_string();
        let derive = Hkdf::<Sha256>::new(
            Some(b"tell-once vault records"),
            secret.expose_secret().as_bytes(),
        );
        let mut key = Zeroizing::new([0u8; 32]);
        derive
            .expand(b"manifest mac v1", key.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        RecordsKey(key)
    }

    /// Encrypts a record to this identity (binary age format).
    pub fn seal_record(&self, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut sealing = self.seal_record_in_parts()?;
        sealing.add(plaintext)?;
        sealing.finish()
    }

    /// [`Self::seal_record`], the plaintext given a part at a time.
    pub fn seal_record_in_parts(&self) -> Result<RecordSealing, SealError> {
        let recipient = self.identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
                .map_err(seal_error)?;
        encryptor
            .wrap_output(Vec::new())
            .map(RecordSealing)
            .map_err(seal_error)
    }

    /// Decrypts a record made by [`Self::seal_record`].
    pub fn open_record(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, RecordOpenError> {
        let mut opening = self.open_record_in_parts(ciphertext)?;
        opening.read_part(usize::MAX)?;
        Ok(opening.finish())
    }

    /// [`Self::open_record`], the plaintext taken a part at a time.
    pub fn open_record_in_parts<'a>(
        &self,
        ciphertext: &'a [u8],
    ) -> Result<RecordOpening<'a>, RecordOpenError> {
        let fail = |detail: String| RecordOpenError { detail };
        let decryptor =
            age::Decryptor::new_buffered(ciphertext).map_err(|e| fail(e.to_string()))?;
        let reader = decryptor
            .decrypt(iter::once(&self.identity as &dyn age::Identity))
            .map_err(|e| fail(e.to_string()))?;
        Ok(RecordOpening {
            reader,
            plaintext: Zeroizing::new(Vec::with_capacity(ciphertext.len())),
        })
    }
}

/// The vault's exchange identity (age X25519): what other agencies encrypt question requests
/// and returns to. It is not the vault's own identity and opens none of its records: a copy
/// given away, or lost, exposes only the files exchanged with it.
#[derive(Clone)]
pub struct ExchangeIdentity {
    identity: age::x25519::Identity,
}

impl fmt::Debug for ExchangeIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret key.
        f.debug_struct("ExchangeIdentity")
            .field("key", &self.key().0)
            .finish()
    }
}

impl ExchangeIdentity {
    /// A fresh random identity.
    pub fn generate() -> Self {
        Self {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// Reads an identity from its `AGE-SECRET-KEY-1…` line.
    pub fn from_age_secret(text: &str) -> Result<Self, &'static str> {
        age::x25519::Identity::from_str(text.trim()).map(|identity| Self { identity })
    }

    /// The public key, safe to give to anyone.
    pub fn key(&self) -> ExchangeKey {
        ExchangeKey(self.identity.to_public().to_string())
    }

    /// The secret key as age writes it (`AGE-SECRET-KEY-1…`).
    pub fn age_secret(&self) -> SecretString {
        self.identity.to_string()
    }

    /// The identity as an age identity file, as `age-keygen` writes one: the public key in a
    /// comment, then the secret key. `age -d -i FILE` reads it.
    pub fn identity_file(&self) -> SecretString {
        SecretString::from(format!(
            "# Tell Once exchange identity: keep it secret\n# public key: {}\n{}\n",
            self.key(),
            self.age_secret().expose_secret()
        ))
    }

    pub(crate) fn age_identity(&self) -> &age::x25519::Identity {
        &self.identity
    }
}

/// A MAC key derived from the vault key ([`VaultIdentity::records_key`]); zeroized on drop.
pub struct RecordsKey(Zeroizing<[u8; 32]>);

impl fmt::Debug for RecordsKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecordsKey(..)")
    }
}

/// The length of a [`RecordsKey::mac`] tag.
pub const TAG_LEN: usize = 32;

impl RecordsKey {
    fn hmac(&self) -> Hmac<Sha256> {
        <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_ref()).expect("HMAC takes any key length")
    }

    /// The HMAC-SHA256 tag of `bytes`.
    pub fn mac(&self, bytes: &[u8]) -> [u8; TAG_LEN] {
        let mut mac = self.hmac();
        mac.update(bytes);
        mac.finalize().into_bytes().into()
    }

    /// Whether `tag` is the tag of `bytes` (compared in constant time).
    pub fn verify(&self, bytes: &[u8], tag: &[u8]) -> bool {
        let mut mac = self.hmac();
        mac.update(bytes);
        mac.verify_slice(tag).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn work_factor_floor_is_enforced() {
        assert!(WorkFactor::new(16).is_err());
        assert_eq!(WorkFactor::new(17).unwrap().log_n(), 17);
        assert_eq!(WorkFactor::new(22).unwrap().log_n(), 22);
        assert!(WorkFactor::new(23).is_err());
        assert_eq!(WorkFactor::default().log_n(), MIN_WORK_FACTOR);
    }

    #[test]
    fn passphrase_policy() {
        assert_eq!(
            check_new_passphrase(&secret("short")),
            Err(PassphraseError::TooShort { chars: 5, min: 12 })
        );
        assert_eq!(
            check_new_passphrase(&secret("              ")),
            Err(PassphraseError::Blank)
        );
        // Counted in characters, not bytes: eleven characters are refused for length alone.
        assert!(matches!(
            check_new_passphrase(&secret("ñöçŵğęŧħłäß")),
            Err(PassphraseError::TooShort { chars: 11, .. })
        ));
        assert!(check_new_passphrase(&secret("ñöçŵğęŧħłäßx")).is_ok());
    }

    #[test]
    fn strength_rating_follows_the_estimate() {
        let weak = passphrase_strength(&secret("aaaaaaaaaaaaaaaa"));
        assert_eq!(weak.rating, StrengthRating::Weak);
        let run = passphrase_strength(&secret("abcdefghijklmnop"));
        assert_eq!(run.rating, StrengthRating::Weak);
        let words = passphrase_strength(&secret("lantern orchard pebble quarry"));
        assert!(words.rating >= StrengthRating::Strong, "{words:?}");
        assert_eq!(
            passphrase_strength(&secret("")).rating,
            StrengthRating::Weak
        );
    }
}
