//! The domain of Tell Once: plain Rust, deterministic, no browser and no clock of its own.
//!
//! Every identifier and every time is passed in by the caller, so that the same input
//! always gives the same output and the rules can be tested alone.

pub mod case;
pub mod coach;
pub mod consent;
pub mod directory;
pub mod edit;
pub mod evidence;
pub mod exchange;
pub mod generate;
pub mod held;
pub mod htcds;
pub mod language;
pub mod planner;
pub mod practice;
pub mod referral;
pub mod sample;
pub mod schema;
pub mod share;
pub mod shared;
pub mod text;
pub mod topic;

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    )*};
}

id_type!(
    /// A case, known by its pseudonymous code's record id (never a real name).
    CaseId,
    /// An agency involved in a case.
    AgencyId,
    /// A topic of the account, from the catalogue or added for one case.
    TopicId,
    /// Something the survivor already told.
    PriorAccountId,
    /// A question one agency needs answered.
    QuestionId,
    /// One planned interview session.
    SessionId,
    /// One entry of the append-only consent ledger.
    ConsentEventId,
    /// A service of the support directory.
    ServiceId,
    /// A service attached to a case.
    ReferralId,
    /// A question request the lead sent to one agency, and the returns that answer it.
    QuestionRequestId,
    /// An evidence item of a case: something other than testimony that can corroborate topics.
    EvidenceId,
);

/// A moment in time, in milliseconds since the Unix epoch (UTC). Passed in, never read from a clock here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The calendar day of this moment in UTC, as ISO 8601 writes it (`2026-02-13`): the form
    /// of a date in exchange files, which have no time zone of the reader to go by.
    pub fn utc_date(self) -> String {
        let (year, month, day) = self.utc_civil_date();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// This moment in UTC to the second, as ISO 8601 writes it (`2026-02-13T11:00:00Z`).
    pub fn utc_date_time(self) -> String {
        let millis = self.0.rem_euclid(DAY_MS);
        let (hour, minute, second) = (
            millis / 3_600_000,
            millis / 60_000 % 60,
            millis / 1_000 % 60,
        );
        format!("{}T{hour:02}:{minute:02}:{second:02}Z", self.utc_date())
    }

    /// Year, month (1-12) and day (1-31) of this moment in UTC, in the proleptic Gregorian
    /// calendar (Howard Hinnant's `civil_from_days`).
    fn utc_civil_date(self) -> (i64, i64, i64) {
        let z = self.0.div_euclid(DAY_MS) + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_index + 2) / 5 + 1;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        };
        (year_of_era + era * 400 + i64::from(month <= 2), month, day)
    }
}

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

/// A BCP 47 language tag such as `en`, `es` or `pt-BR`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageTag(pub String);

impl LanguageTag {
    pub fn new(tag: impl Into<String>) -> Self {
        Self(tag.into())
    }

    /// The primary language subtag, lower-cased: `pt-BR` and `pt` speak the same language.
    pub fn primary(&self) -> String {
        self.0
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// Whether two tags name the same language for the purpose of needing an interpreter: one
    /// language written in one script, so `pt-BR` and `pt` are one, and `zh-TW` (traditional
    /// characters) and `zh` (simplified) are not. A tag that is not valid BCP 47 (a name typed
    /// in, say "Portuguese") is compared with the other as text, ignoring case.
    pub fn same_language(&self, other: &LanguageTag) -> bool {
        match (self.written(), other.written()) {
            // A script stated on one side only says nothing against the other ("en-Latn", "en").
            (Some((own, own_script)), Some((their, their_script))) => {
                own == their
                    && match (own_script, their_script) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            }
            _ => self.0.trim().eq_ignore_ascii_case(other.0.trim()),
        }
    }

    /// The language and, where it is stated or can be told, its script; none for a tag that
    /// does not parse or names no language (`und`).
    fn written(&self) -> Option<(String, Option<String>)> {
        let id: unic_langid::LanguageIdentifier = self.0.trim().parse().ok()?;
        if id.language.is_empty() {
            return None;
        }
        let language = id.language.as_str().to_owned();
        let script = id.script.map(|s| s.as_str().to_owned()).or_else(|| {
            let split = SCRIPT_SPLITS.iter().find(|s| s.language == language)?;
            let region = id.region.as_ref().map(|r| r.as_str());
            let script = split
                .by_region
                .iter()
                .find(|(r, _)| Some(*r) == region)
                .map_or(split.script, |(_, s)| *s);
            Some(script.to_owned())
        });
        Some((language, script))
    }
}

/// A language split by script, as `SCRIPT_SPLITS` lists them.
struct ScriptSplit {
    language: &'static str,
    /// The script it is written in unless its tag or region says otherwise.
    script: &'static str,
    /// Regions that write it in another script.
    by_region: &'static [(&'static str, &'static str)],
}

/// The languages whose speakers are split by script in practice: the script each is written in
/// unless its tag says otherwise, and the regions that write it differently (CLDR likely
/// subtags). Elsewhere a script counts only where the tag states it. A short table rather than
/// CLDR's likely-subtags data for every language: that data (unic-langid's `likelysubtags`
/// tables, some 7,000 entries, about 330 KB of wasm before compression) would change the answer
/// only for these.
const SCRIPT_SPLITS: &[ScriptSplit] = &[
    ScriptSplit {
        language: "zh",
        script: "Hans",
        by_region: &[("TW", "Hant"), ("HK", "Hant"), ("MO", "Hant")],
    },
    ScriptSplit {
        language: "yue",
        script: "Hant",
        by_region: &[("CN", "Hans")],
    },
    ScriptSplit {
        language: "sr",
        script: "Cyrl",
        by_region: &[
            ("ME", "Latn"),
            ("RO", "Latn"),
            ("RU", "Latn"),
            ("TR", "Latn"),
        ],
    },
    ScriptSplit {
        language: "pa",
        script: "Guru",
        by_region: &[("PK", "Arab")],
    },
    ScriptSplit {
        language: "uz",
        script: "Latn",
        by_region: &[("AF", "Arab"), ("CN", "Cyrl")],
    },
    ScriptSplit {
        language: "az",
        script: "Latn",
        by_region: &[("IQ", "Arab"), ("IR", "Arab"), ("RU", "Cyrl")],
    },
    ScriptSplit {
        language: "mn",
        script: "Cyrl",
        by_region: &[("CN", "Mong")],
    },
    ScriptSplit {
        language: "bs",
        script: "Latn",
        by_region: &[],
    },
];

/// Whether the survivor is an adult or a minor; a minor's consent needs a guardian's decision and the child's own assent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    #[default]
    Adult,
    Minor,
}
