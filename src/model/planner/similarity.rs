//! How alike two question wordings are, for the duplicate rule.
//!
//! A wording is reduced to its set of content words: lower-cased, accents removed, apostrophes
//! dropped, split at anything that is not a letter or digit, without English and Spanish stop
//! words and without the framing words of a request ("tell me", "describe", "cuénteme"...).
//! Two wordings are near-identical when the Jaccard index of their content-word sets
//! (shared words / all words) is at least [`DUPLICATE_THRESHOLD`] = 3/5.

use crate::model::text::fold_accent;
use std::collections::BTreeSet;

/// The Jaccard index at or above which two wordings count as near-identical, as a fraction.
pub const DUPLICATE_THRESHOLD: (usize, usize) = (3, 5);

fn is_stop_word(word: &str) -> bool {
    // A match compiles to a switch on length and bytes: far faster than searching a list.
    matches!(
        word,
        // English function words.
        "a"
            | "about"
            | "all"
            | "am"
            | "an"
            | "and"
            | "any"
            | "are"
            | "as"
            | "at"
            | "be"
            | "been"
            | "by"
            | "can"
            | "could"
            | "did"
            | "do"
            | "does"
            | "for"
            | "from"
            | "had"
            | "has"
            | "have"
            | "he"
            | "her"
            | "him"
            | "his"
            | "how"
            | "i"
            | "if"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "me"
            | "my"
            | "of"
            | "on"
            | "or"
            | "our"
            | "she"
            | "so"
            | "than"
            | "that"
            | "the"
            | "their"
            | "them"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "to"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "why"
            | "will"
            | "with"
            | "would"
            | "you"
            | "your"
            | "yours"
            // English framing of a request.
            | "tell"
            | "describe"
            | "explain"
            | "please"
            | "say"
            | "talk"
            | "walk"
            | "through"
            | "us"
            | "remember"
            // Spanish function words (accents removed).
            | "al"
            | "con"
            | "cual"
            | "cuales"
            | "cuando"
            | "como"
            | "de"
            | "del"
            | "donde"
            | "el"
            | "ella"
            | "ellos"
            | "en"
            | "es"
            | "esa"
            | "ese"
            | "eso"
            | "esta"
            | "este"
            | "esto"
            | "fue"
            | "ha"
            | "la"
            | "las"
            | "le"
            | "les"
            | "lo"
            | "los"
            | "mi"
            | "mis"
            | "nos"
            | "o"
            | "para"
            | "pero"
            | "por"
            | "que"
            | "quien"
            | "quienes"
            | "se"
            | "si"
            | "sobre"
            | "su"
            | "sus"
            | "te"
            | "tu"
            | "u"
            | "un"
            | "una"
            | "uno"
            | "unos"
            | "unas"
            | "usted"
            | "y"
            | "ya"
            // Spanish framing of a request.
            | "cuenteme"
            | "cuentame"
            | "describa"
            | "describame"
            | "explique"
            | "expliqueme"
            | "digame"
            | "hableme"
            | "favor"
            | "recuerda"
    )
}

/// Calls `each` with every content word of a wording, repeats included (see the module documentation).
pub fn for_each_content_word(text: &str, mut each: impl FnMut(&str)) {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            // The common case, without the Unicode case tables.
            if c != '\'' {
                folded.push(c.to_ascii_lowercase());
            }
        } else if c != '’' {
            folded.extend(c.to_lowercase().map(fold_accent));
        }
    }
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !is_stop_word(word))
        .for_each(&mut each);
}

/// The content words of a wording (see the module documentation).
pub fn content_words(text: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for_each_content_word(text, |word| {
        words.insert(word.to_owned());
    });
    words
}

/// Whether a Jaccard index of `shared / all` reaches [`DUPLICATE_THRESHOLD`]; empty sets are never alike.
pub fn near_identical_ratio(shared: usize, all: usize) -> bool {
    let (num, den) = DUPLICATE_THRESHOLD;
    all > 0 && shared * den >= num * all
}

/// Whether two wordings are near-identical.
pub fn near_identical(a: &str, b: &str) -> bool {
    let (a, b) = (content_words(a), content_words(b));
    let shared = a.intersection(&b).count();
    near_identical_ratio(shared, a.len() + b.len() - shared)
}

#[cfg(test)]
mod tests {
    #[test]
    fn stop_words_are_recognised() {
        for word in ["the", "describe", "cuenteme", "usted", "y"] {
            assert!(super::is_stop_word(word), "{word}");
        }
        for word in ["passport", "money", "pasaporte", "cuenta"] {
            assert!(!super::is_stop_word(word), "{word}");
        }
    }
}
