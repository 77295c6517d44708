//! The question coach: spots wordings that harm evidence or the survivor, and offers an open one.
//!
//! It flags leading, compound, "why" (blaming) and jargon questions in every PEACE phase, and
//! forced-choice and closed questions in the Account phase (free recall), where the survivor's
//! own words matter most. It reads English and Spanish; other languages get no remarks rather
//! than wrong ones. The rules are word patterns, not grammar: they are tuned so that good open
//! questions ("Tell me...", "Describe...", "Cuénteme...") are left alone.

use super::case::PeacePhase;
use super::text::fold_accent;
use super::LanguageTag;
use serde::{Deserialize, Serialize};

/// What is wrong with a wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemarkKind {
    /// Suggests its own answer ("..., didn't he?", "Isn't it true that...").
    Leading,
    /// Asks two things at once.
    Compound,
    /// Offers only the interviewer's alternatives ("Was it day or night?").
    ForcedChoice,
    /// Asks "why", which sounds like blame.
    Why,
    /// Uses legal or police words the survivor may not share.
    Jargon,
    /// A yes/no question during free recall.
    ClosedInFreeRecall,
}

/// The part of the question that triggered a remark: byte offsets into the question text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    /// The matched words, as written.
    pub text: String,
}

/// One remark of the coach on a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoachRemark {
    pub kind: RemarkKind,
    pub trigger: Trigger,
    /// An open wording to use instead, in the question's language.
    pub rewording: String,
}

/// The languages the coach reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CoachLanguage {
    English,
    Spanish,
}

impl CoachLanguage {
    fn of(tag: &LanguageTag) -> Option<Self> {
        match tag.primary().as_str() {
            "en" => Some(Self::English),
            "es" => Some(Self::Spanish),
            _ => None,
        }
    }
}

/// Whether the coach can review questions written in `language`.
pub fn supports(language: &LanguageTag) -> bool {
    CoachLanguage::of(language).is_some()
}

/// Reviews one question. Returns no remark for a good question or an unsupported language.
pub fn review(text: &str, language: &LanguageTag, phase: PeacePhase) -> Vec<CoachRemark> {
    match CoachLanguage::of(language) {
        Some(lang) => Review::new(text, lang).remarks(phase),
        None => Vec::new(),
    }
}

/// A word of the question: lower-cased with accents removed, with its place in the text.
struct Word {
    folded: String,
    /// The word had an accent, which in Spanish marks an interrogative ("qué" asks, "que" does not).
    accented: bool,
    start: usize,
    end: usize,
}

impl Word {
    /// A Spanish interrogative, written with its accent.
    fn asks_in_spanish(&self) -> bool {
        self.accented && ES_INTERROGATIVES.contains(&self.folded.as_str())
    }
}

/// A letter without its accent, and a typographic apostrophe as a plain one ("didn’t").
fn fold_char(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        other => fold_accent(other),
    }
}

/// Splits a text into words (letters and digits, with inner apostrophes as in "didn't").
fn words_of(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let apostrophe = matches!(c, '\'' | '’')
            && current.is_some()
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || apostrophe {
            let end = at + c.len_utf8();
            current = Some(match current {
                Some((start, _)) => (start, end),
                None => (at, end),
            });
        } else if let Some((start, end)) = current.take() {
            words.push(make_word(text, start, end));
        }
    }
    if let Some((start, end)) = current {
        words.push(make_word(text, start, end));
    }
    words
}

fn make_word(text: &str, start: usize, end: usize) -> Word {
    let mut folded = String::with_capacity(end - start);
    let mut accented = false;
    for c in text[start..end].chars() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            let plain = fold_char(lower);
            accented |= plain != lower && lower.is_alphabetic();
            folded.push(plain);
        }
    }
    Word {
        folded,
        accented,
        start,
        end,
    }
}

const EN_NEGATIVE_AUX: &[&str] = &[
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
    "can't",
    "cannot",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "mustn't",
];
const EN_AUX: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "can", "could",
    "will", "would", "shall", "should", "may", "might", "must",
];
const EN_PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they", "there"];
const EN_WH: &[&str] = &[
    "what", "where", "when", "who", "whom", "whose", "which", "how", "why",
];
const EN_OPEN_VERBS: &[&str] = &[
    "tell", "describe", "explain", "talk", "walk", "share", "say",
];
const EN_LEADING_PHRASES: &[&[&str]] = &[
    &["isn't", "it", "true"],
    &["is", "it", "true", "that"],
    &["wouldn't", "you", "agree"],
    &["would", "you", "agree"],
    &["surely"],
    &["i", "suppose"],
    &["i", "assume"],
    &["i", "take", "it"],
    &["i", "guess"],
    &["must", "have"],
];
/// Jargon and its plain replacement.
const EN_JARGON: &[(&[&str], &str)] = &[
    (&["modus", "operandi"], "way they did things"),
    (&["perpetrators"], "people who did this"),
    (&["perpetrator"], "person who did this"),
    (&["debt", "bondage"], "debt they said you owed"),
    (&["coercion"], "pressure or threats"),
    (&["coerced"], "pressured"),
    (&["remuneration"], "pay"),
    (&["subsequently"], "then"),
    (&["prior", "to"], "before"),
    (&["with", "regard", "to"], "about"),
    (&["in", "relation", "to"], "about"),
    (&["aforementioned"], "that"),
    (&["harboured"], "kept"),
    (&["harbored"], "kept"),
    (&["jurisdiction"], "country"),
];
const EN_DETERMINERS: &[&str] = &["your", "the", "their", "his", "her", "that", "this"];
const EN_ADJECTIVES: &[&str] = &[
    "first", "last", "other", "same", "new", "old", "main", "next",
];
const EN_FILLERS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "about", "you", "me", "it", "him", "them", "us",
];
const EN_CHOICE_ESCAPES: &[&str] = &[
    "something",
    "anything",
    "someone",
    "somebody",
    "somewhere",
    "other",
    "otherwise",
    "else",
];

/// Spanish interrogatives, accents removed (they ask only when written with the accent).
const ES_INTERROGATIVES: &[&str] = &[
    "que", "quien", "quienes", "donde", "adonde", "cuando", "como", "cuanto", "cuanta", "cuantos",
    "cuantas", "cual", "cuales",
];
const ES_OPEN_VERBS: &[&str] = &[
    "cuenteme",
    "cuentame",
    "cuentenos",
    "contarme",
    "contar",
    "cuente",
    "describa",
    "describame",
    "describir",
    "describirme",
    "explique",
    "expliqueme",
    "explicar",
    "explicarme",
    "hableme",
    "hablarme",
    "hablar",
    "digame",
    "decirme",
    "relate",
    "narre",
];
const ES_LEADING_PHRASES: &[&[&str]] = &[
    &["no", "es", "cierto", "que"],
    &["no", "es", "verdad", "que"],
    &["es", "cierto", "que"],
    &["es", "verdad", "que"],
    &["seguramente"],
    &["supongo", "que"],
    &["imagino", "que"],
    &["estara", "de", "acuerdo"],
    &["no", "cree", "que"],
    &["no", "le", "parece", "que"],
];
const ES_TAGS: &[&[&str]] = &[
    &["no", "es", "asi"],
    &["no", "es", "cierto"],
    &["no", "es", "verdad"],
    &["verdad"],
    &["cierto"],
    &["no"],
];
const ES_JARGON: &[(&[&str], &str)] = &[
    (&["modus", "operandi"], "forma de actuar"),
    (&["perpetradores"], "personas que hicieron esto"),
    (&["perpetrador"], "persona que hizo esto"),
    (
        &["servidumbre", "por", "deudas"],
        "deuda que le dijeron que debía",
    ),
    (&["coaccion"], "presión o amenazas"),
    (&["coaccionado"], "presionado"),
    (&["coaccionada"], "presionada"),
    (&["remuneracion"], "pago"),
    (&["posteriormente"], "después"),
    (&["con", "respecto", "a"], "sobre"),
    (&["en", "relacion", "con"], "sobre"),
    (&["victimario"], "persona que le hizo daño"),
    (&["documentacion", "identificativa"], "documentos"),
];
const ES_DETERMINERS: &[&str] = &[
    "su", "sus", "el", "la", "los", "las", "ese", "esa", "esos", "esas",
];
const ES_CLITIC_CONTEXT: &[&str] = &["no", "se", "que", "me", "te", "le", "les", "lo"];
const ES_CHOICE_ESCAPES: &[&str] = &[
    "algo",
    "alguna",
    "alguno",
    "alguien",
    "otra",
    "otro",
    "cualquier",
];

/// One question under review.
struct Review<'a> {
    text: &'a str,
    lang: CoachLanguage,
    words: Vec<Word>,
}

impl<'a> Review<'a> {
    fn new(text: &'a str, lang: CoachLanguage) -> Self {
        Self {
            text,
            lang,
            words: words_of(text),
        }
    }

    fn remarks(&self, phase: PeacePhase) -> Vec<CoachRemark> {
        let mut remarks = Vec::new();
        if let Some(remark) = self.leading() {
            remarks.push(remark);
        }
        if let Some(remark) = self.why() {
            remarks.push(remark);
        }
        if let Some(remark) = self.compound() {
            remarks.push(remark);
        }
        remarks.extend(self.jargon());
        if phase == PeacePhase::Account {
            let forced = self.forced_choice();
            let leading = remarks.iter().any(|r| r.kind == RemarkKind::Leading);
            match forced {
                Some(remark) => remarks.push(remark),
                // A leading question is closed too; one remark says it better than two.
                None if !leading => remarks.extend(self.closed()),
                None => {}
            }
        }
        remarks
    }

    fn trigger(&self, first: usize, last: usize) -> Trigger {
        let (start, end) = (self.words[first].start, self.words[last].end);
        Trigger {
            start,
            end,
            text: self.text[start..end].to_owned(),
        }
    }

    fn remark(&self, kind: RemarkKind, first: usize, last: usize) -> CoachRemark {
        CoachRemark {
            kind,
            trigger: self.trigger(first, last),
            rewording: self.rewording(kind),
        }
    }

    /// Where `phrase` (folded words) occurs, as the index of its first word.
    fn find_phrase(&self, phrase: &[&str]) -> Option<usize> {
        let n = phrase.len();
        (0..self.words.len().saturating_sub(n - 1)).find(|&i| {
            self.words[i..i + n]
                .iter()
                .zip(phrase)
                .all(|(word, expected)| word.folded == *expected)
        })
    }

    fn folded(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(|w| w.folded.as_str())
    }

    fn is_question(&self) -> bool {
        self.text.contains('?')
    }

    /// The last non-blank character before byte `at`, skipping spaces and opening marks.
    fn char_before(&self, at: usize) -> Option<char> {
        self.text[..at]
            .chars()
            .rev()
            .find(|c| !c.is_whitespace() && *c != '¿')
    }

    fn leading(&self) -> Option<CoachRemark> {
        let last = self.words.len().checked_sub(1)?;
        match self.lang {
            CoachLanguage::English => {
                if EN_NEGATIVE_AUX.contains(&self.folded(0)?) && self.is_question() {
                    return Some(self.remark(RemarkKind::Leading, 0, 0));
                }
                // Tag question: "..., didn't he?" or "..., right?"
                if self.text.trim_end().ends_with('?') && last >= 1 {
                    let aux = self.folded(last - 1)?;
                    let tail = self.folded(last)?;
                    let tagged = (EN_NEGATIVE_AUX.contains(&aux) || EN_AUX.contains(&aux))
                        && EN_PRONOUNS.contains(&tail)
                        && self.char_before(self.words[last - 1].start) == Some(',');
                    if tagged {
                        return Some(self.remark(RemarkKind::Leading, last - 1, last));
                    }
                    let agreed = matches!(tail, "right" | "correct" | "true")
                        && self.char_before(self.words[last].start) == Some(',');
                    if agreed {
                        return Some(self.remark(RemarkKind::Leading, last, last));
                    }
                }
                EN_LEADING_PHRASES.iter().find_map(|phrase| {
                    self.find_phrase(phrase)
                        .map(|i| self.remark(RemarkKind::Leading, i, i + phrase.len() - 1))
                })
            }
            CoachLanguage::Spanish => {
                if self.folded(0)? == "no" && self.is_question() && self.words.len() > 1 {
                    return Some(self.remark(RemarkKind::Leading, 0, 0));
                }
                if self.text.trim_end().ends_with('?') {
                    for tag in ES_TAGS {
                        let n = tag.len();
                        if self.words.len() <= n {
                            continue;
                        }
                        let first = self.words.len() - n;
                        let matches = self.words[first..]
                            .iter()
                            .zip(*tag)
                            .all(|(w, t)| w.folded == *t);
                        let before = self.char_before(self.words[first].start);
                        if matches && matches!(before, Some(',') | Some('?')) {
                            return Some(self.remark(RemarkKind::Leading, first, last));
                        }
                    }
                }
                ES_LEADING_PHRASES.iter().find_map(|phrase| {
                    self.find_phrase(phrase)
                        .map(|i| self.remark(RemarkKind::Leading, i, i + phrase.len() - 1))
                })
            }
        }
    }

    fn why(&self) -> Option<CoachRemark> {
        match self.lang {
            CoachLanguage::English => {
                let i = self.words.iter().position(|w| w.folded == "why")?;
                Some(self.remark(RemarkKind::Why, i, i))
            }
            CoachLanguage::Spanish => {
                if let Some(i) = self
                    .words
                    .iter()
                    .position(|w| w.accented && w.folded == "porque")
                {
                    return Some(self.remark(RemarkKind::Why, i, i));
                }
                // "por qué" is "why"; "porque" is "because". Unaccented "por que" counts at the start.
                let i = (0..self.words.len().saturating_sub(1)).find(|&i| {
                    self.words[i].folded == "por"
                        && (self.words[i + 1].asks_in_spanish()
                            && self.words[i + 1].folded == "que"
                            || (i == 0 && self.words[i + 1].folded == "que" && self.is_question()))
                })?;
                Some(self.remark(RemarkKind::Why, i, i + 1))
            }
        }
    }

    fn compound(&self) -> Option<CoachRemark> {
        // Two question marks: two questions in one.
        let marks: Vec<usize> = self.text.match_indices('?').map(|(at, _)| at).collect();
        if marks.len() >= 2 {
            let second = self.words.iter().position(|w| w.start > marks[0]);
            if let Some(i) = second {
                return Some(self.remark(RemarkKind::Compound, i, self.words.len() - 1));
            }
        }
        let joined = match self.lang {
            // "... and who ...", "... and did he ..."
            CoachLanguage::English => (0..self.words.len().saturating_sub(1)).find_map(|i| {
                if self.words[i].folded != "and" {
                    return None;
                }
                let next = self.words[i + 1].folded.as_str();
                if EN_WH.contains(&next) {
                    return Some((i, i + 1));
                }
                let pronoun = self.folded(i + 2).is_some_and(|p| EN_PRONOUNS.contains(&p));
                (EN_AUX.contains(&next) && pronoun).then_some((i, i + 2))
            }),
            // Accents mark the interrogative: "y quién" asks, "y que" does not.
            CoachLanguage::Spanish => (0..self.words.len().saturating_sub(1)).find_map(|i| {
                if self.words[i].folded != "y" {
                    return None;
                }
                let next = &self.words[i + 1];
                if next.asks_in_spanish() {
                    return Some((i, i + 1));
                }
                let why = next.folded == "por"
                    && self
                        .words
                        .get(i + 2)
                        .is_some_and(|w| w.asks_in_spanish() && w.folded == "que");
                why.then_some((i, i + 2))
            }),
        };
        joined.map(|(first, last)| self.remark(RemarkKind::Compound, first, last))
    }

    fn jargon_hits(&self) -> Vec<(usize, usize, &'static str)> {
        let table = match self.lang {
            CoachLanguage::English => EN_JARGON,
            CoachLanguage::Spanish => ES_JARGON,
        };
        let mut hits: Vec<(usize, usize, &'static str)> = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            let hit = table.iter().find(|(phrase, _)| {
                phrase.len() <= self.words.len() - i
                    && self.words[i..i + phrase.len()]
                        .iter()
                        .zip(phrase.iter())
                        .all(|(w, p)| w.folded == *p)
            });
            match hit {
                Some((phrase, plain)) => {
                    hits.push((i, i + phrase.len() - 1, plain));
                    i += phrase.len();
                }
                None => i += 1,
            }
        }
        hits
    }

    fn jargon(&self) -> Vec<CoachRemark> {
        let hits = self.jargon_hits();
        if hits.is_empty() {
            return Vec::new();
        }
        let plain = self.with_plain_words(&hits);
        hits.iter()
            .map(|&(first, last, _)| CoachRemark {
                kind: RemarkKind::Jargon,
                trigger: self.trigger(first, last),
                rewording: plain.clone(),
            })
            .collect()
    }

    /// The question with every jargon term replaced by its plain words.
    fn with_plain_words(&self, hits: &[(usize, usize, &str)]) -> String {
        let mut out = String::new();
        let mut at = 0;
        for &(first, last, plain) in hits {
            let (start, end) = (self.words[first].start, self.words[last].end);
            out.push_str(&self.text[at..start]);
            let capital = self.text[start..end].starts_with(char::is_uppercase);
            if capital {
                let mut chars = plain.chars();
                if let Some(c) = chars.next() {
                    out.extend(c.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(plain);
            }
            at = end;
        }
        out.push_str(&self.text[at..]);
        out
    }

    /// Whether the question is in yes/no form (the answer can be "yes", "no", or one of the options).
    fn closed_form(&self) -> Option<usize> {
        if !self.is_question() || self.words.is_empty() {
            return None;
        }
        match self.lang {
            CoachLanguage::English => {
                let first = self.folded(0)?;
                if !(EN_AUX.contains(&first) || EN_NEGATIVE_AUX.contains(&first)) {
                    return None;
                }
                // "Can you tell me...", "Would you like to describe..." invite an open answer.
                let invitation = self
                    .words
                    .iter()
                    .skip(1)
                    .take(5)
                    .any(|w| EN_OPEN_VERBS.contains(&w.folded.as_str()));
                (!invitation).then_some(0)
            }
            CoachLanguage::Spanish => {
                let asks = self
                    .words
                    .iter()
                    .any(|w| w.asks_in_spanish() || (w.accented && w.folded == "porque"));
                // Written without its accent, an interrogative still asks at the start.
                let first_asks = ES_INTERROGATIVES.contains(&self.words[0].folded.as_str());
                let invites = self
                    .words
                    .iter()
                    .any(|w| ES_OPEN_VERBS.contains(&w.folded.as_str()));
                let why = self.why().is_some();
                (!asks && !first_asks && !invites && !why).then_some(0)
            }
        }
    }

    fn forced_choice(&self) -> Option<CoachRemark> {
        let (or_words, escapes, which): (&[&str], &[&str], &[&str]) = match self.lang {
            CoachLanguage::English => (&["or"], EN_CHOICE_ESCAPES, &["which"]),
            CoachLanguage::Spanish => (&["o", "u"], ES_CHOICE_ESCAPES, &["cual", "cuales"]),
        };
        let closed = self.closed_form().is_some();
        let which_first = self.is_question() && which.contains(&self.folded(0)?);
        if !(closed || which_first) {
            return None;
        }
        let i = (1..self.words.len().saturating_sub(1)).find(|&i| {
            or_words.contains(&self.words[i].folded.as_str())
                && !escapes.contains(&self.words[i + 1].folded.as_str())
        })?;
        Some(self.remark(RemarkKind::ForcedChoice, i, i + 1))
    }

    fn closed(&self) -> Option<CoachRemark> {
        let i = self.closed_form()?;
        Some(self.remark(RemarkKind::ClosedInFreeRecall, i, i))
    }

    /// "your passport", "el pasaporte": what the question is about, to build an open wording around.
    fn subject_hook(&self) -> Option<String> {
        let n = self.words.len();
        (0..n.saturating_sub(1)).find_map(|i| {
            let det = self.words[i].folded.as_str();
            let next = &self.words[i + 1];
            match self.lang {
                CoachLanguage::English => {
                    if !EN_DETERMINERS.contains(&det)
                        || EN_FILLERS.contains(&next.folded.as_str())
                        || EN_AUX.contains(&next.folded.as_str())
                        || EN_NEGATIVE_AUX.contains(&next.folded.as_str())
                        || EN_PRONOUNS.contains(&next.folded.as_str())
                        || EN_WH.contains(&next.folded.as_str())
                    {
                        return None;
                    }
                    let last = if EN_ADJECTIVES.contains(&next.folded.as_str()) && i + 2 < n {
                        i + 2
                    } else {
                        i + 1
                    };
                    Some(self.hook_text(i, last))
                }
                CoachLanguage::Spanish => {
                    if !ES_DETERMINERS.contains(&det) {
                        return None;
                    }
                    // "la", "las", "los" before a verb are pronouns ("¿La amenazaron?").
                    let clitic = matches!(det, "la" | "las" | "los")
                        && (i == 0
                            || ES_CLITIC_CONTEXT.contains(&self.words[i - 1].folded.as_str()));
                    let interrogative = next.asks_in_spanish();
                    (!clitic && !interrogative && next.folded != "que")
                        .then(|| self.hook_text(i, i + 1))
                }
            }
        })
    }

    fn hook_text(&self, first: usize, last: usize) -> String {
        self.words[first..=last]
            .iter()
            .map(|w| self.text[w.start..w.end].to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first part of a compound question, if it is a good question on its own.
    fn first_part(&self) -> Option<String> {
        let end = match self.text.find('?') {
            Some(at) if self.text[at + 1..].contains('?') => at,
            _ => {
                let join = match self.lang {
                    CoachLanguage::English => "and",
                    CoachLanguage::Spanish => "y",
                };
                self.words.iter().find(|w| w.folded == join)?.start
            }
        };
        let part = self.text[..end]
            .trim()
            .trim_start_matches('¿')
            .trim_end_matches([',', ';', ' '])
            .trim();
        if part.is_empty() {
            return None;
        }
        let lead = Review::new(part, self.lang);
        let asks = lead.closed_form().is_some()
            || lead.words.first().is_some_and(|w| {
                EN_WH.contains(&w.folded.as_str()) || ES_INTERROGATIVES.contains(&w.folded.as_str())
            });
        let candidate = match (self.lang, asks) {
            (CoachLanguage::Spanish, true) => format!("¿{part}?"),
            (_, true) => format!("{part}?"),
            (_, false) => format!("{part}."),
        };
        let clean = Review::new(&candidate, self.lang)
            .remarks(PeacePhase::Account)
            .is_empty();
        clean.then_some(candidate)
    }

    /// For "Why did you go with him?": "Tell me what led you to go with him."
    fn why_rewording(&self) -> Option<String> {
        if self.lang != CoachLanguage::English {
            return None;
        }
        let i = self.words.iter().position(|w| w.folded == "why")?;
        let aux = self.folded(i + 1)?;
        let subject = self.folded(i + 2)?;
        if subject != "you" {
            return None;
        }
        let rest_start = self.words.get(i + 3)?.start;
        let rest = self.text[rest_start..]
            .trim_end_matches(['?', '.', '!', ' '])
            .trim();
        if rest.is_empty() || rest.contains('?') {
            return None;
        }
        let sentence = match aux {
            "did" | "do" => format!("Tell me what led you to {rest}."),
            "didn't" | "don't" => format!("Tell me what made it hard to {rest}."),
            "were" | "are" => format!("Tell me how you came to be {rest}."),
            _ => return None,
        };
        let clean = Review::new(&sentence, self.lang)
            .remarks(PeacePhase::Account)
            .is_empty();
        clean.then_some(sentence)
    }

    fn rewording(&self, kind: RemarkKind) -> String {
        let hook = self.subject_hook();
        let english = self.lang == CoachLanguage::English;
        match kind {
            RemarkKind::Jargon => self.with_plain_words(&self.jargon_hits()),
            RemarkKind::Why => self.why_rewording().unwrap_or_else(|| {
                if english {
                    "Explain what was happening for you at that time.".to_owned()
                } else {
                    "Explíqueme qué estaba pasando para usted en ese momento.".to_owned()
                }
            }),
            RemarkKind::Compound => self
                .first_part()
                .unwrap_or_else(|| self.tell_me_about(hook.as_deref())),
            RemarkKind::ForcedChoice => match (hook, english) {
                (Some(hook), true) => format!("Describe {hook} in your own words."),
                (Some(hook), false) => format!("Describa {hook} con sus propias palabras."),
                (None, true) => "Describe what you remember about that.".to_owned(),
                (None, false) => "Describa lo que recuerda de eso.".to_owned(),
            },
            RemarkKind::Leading | RemarkKind::ClosedInFreeRecall => {
                self.tell_me_about(hook.as_deref())
            }
        }
    }

    fn tell_me_about(&self, hook: Option<&str>) -> String {
        match (hook, self.lang) {
            (Some(hook), CoachLanguage::English) => format!("Tell me about {hook}."),
            (Some(hook), CoachLanguage::Spanish) => format!("Cuénteme sobre {hook}."),
            (None, CoachLanguage::English) => {
                "Tell me what happened, in your own words.".to_owned()
            }
            (None, CoachLanguage::Spanish) => {
                "Cuénteme lo que pasó, con sus propias palabras.".to_owned()
            }
        }
    }
}
