//! The languages a language picker offers, and how typing finds one.
//!
//! Only tags live here: a case stores a BCP 47 tag, never a name. The names come from the
//! browser (`Intl.DisplayNames`, CLDR data) through the shell, which hands them in already
//! written in the interface language and in the language itself, with a folded form of each
//! for matching, so that this module stays plain Rust and can be tested alone.

use super::LanguageTag;
use unic_langid::LanguageIdentifier;

/// Every ISO 639-1 code in force (the withdrawn `iw`, `in`, `ji`, `jw`, `mo` and the deprecated
/// `sh` and `bh` left out: the first have current codes, the last two name groups of languages), then the script and region variants and the
/// few languages without a two-letter code that interviews with trafficked people often need:
/// written Chinese in either script, Cantonese, Brazilian and European Portuguese, Serbian in
/// either script, Latin American Spanish, Canadian French, Moroccan Arabic, Dari, Sorani
/// Kurdish and Filipino. Any other well-formed tag can still be typed.
pub const OFFERED: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi",
    "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de",
    "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy",
    "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia",
    "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
    "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo",
    "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd",
    "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl",
    "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl",
    "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
    "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa",
    "wo", "xh", "yi", "yo", "za", "zu", // ISO 639-1 ends here.
    "zh-Hans", "zh-Hant", "yue", "pt-BR", "pt-PT", "sr-Latn", "sr-Cyrl", "es-419", "fr-CA",
    "ar-MA", "prs", "ckb", "fil",
];

/// The canonical form of `text` if it is a well-formed BCP 47 language tag (`pt_br` gives
/// `pt-BR`), so that a tag typed by hand is stored the way the browser reads it.
pub fn well_formed(text: &str) -> Option<LanguageTag> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.parse::<LanguageIdentifier>()
        .ok()
        // `und` parses but names no language; a language subtag of 5 to 8 letters is
        // allowed by the grammar but none is registered, and it is how a name ("Albanian") parses.
        .filter(|id| !id.language.is_empty() && (2..=3).contains(&id.language.as_str().len()))
        .map(|id| LanguageTag::new(id.to_string()))
}

/// A language as a picker lists it: its tag, and its names where the browser knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedLanguage {
    pub tag: LanguageTag,
    /// Its name in the interface language ("Albanian"), or `None` when the browser knows no name.
    pub name: Option<String>,
    /// Its name in itself ("shqip"), when known and different from `name`.
    pub autonym: Option<String>,
    /// `name` and `autonym` folded (lower case, no accents) by the shell, for matching.
    pub folded: Vec<String>,
}

impl NamedLanguage {
    /// How well `query` (already folded) finds this language: lower is better, `None` not at all.
    /// The tag itself first, then a name that starts with it, then a word of a name that does,
    /// then any part of a name; a tag that starts with it ranks with names that do.
    fn rank(&self, query: &str) -> Option<u8> {
        let tag = self.tag.0.to_ascii_lowercase();
        if tag == query {
            return Some(0);
        }
        let names = || self.folded.iter();
        if tag.starts_with(query) || names().any(|name| name.starts_with(query)) {
            Some(1)
        } else if names().any(|name| {
            name.split(|c: char| !c.is_alphanumeric())
                .any(|word| word.starts_with(query))
        }) {
            Some(2)
        } else if names().any(|name| name.contains(query)) {
            Some(3)
        } else {
            None
        }
    }
}

/// The languages that `query` (already folded) finds, best first, each rank in the given order.
/// An empty query finds them all.
pub fn find<'a>(languages: &'a [NamedLanguage], query: &str) -> Vec<&'a NamedLanguage> {
    let query = query.trim();
    if query.is_empty() {
        return languages.iter().collect();
    }
    let query = query.replace('_', "-").to_lowercase();
    let mut found: Vec<(u8, &NamedLanguage)> = languages
        .iter()
        .filter_map(|language| language.rank(&query).map(|rank| (rank, language)))
        .collect();
    // Stable: languages of one rank keep the order they were given in (by name).
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, language)| language).collect()
}
