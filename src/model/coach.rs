//! The question coach: spots wordings that harm evidence or the survivor, and offers an open one.
//!
//! It flags leading, compound, "why" (blaming) and jargon questions in every PEACE phase, and
//! forced-choice and closed questions in the Account phase (free recall), where the survivor's
//! own words matter most. It reads English, Spanish, French and Portuguese (European and
//! Brazilian); other languages get no remarks rather than wrong ones. The rules are word
//! patterns, not grammar: they are tuned so that good open questions ("Tell me...",
//! "Describe...", "Cuénteme...", "Racontez-moi...", "Conte-me...") are left alone.
//!
//! French and Portuguese often ask a yes/no question with no marker but the question mark
//! ("Vous aviez votre passeport ?", "Tinha o seu passaporte?"), so there a question is closed
//! when no question word asks in it; their question words also serve as relatives and
//! conjunctions ("la maison où...", "Tinha medo quando...?"), so one asks only where a question
//! word stands: at the start of a clause, after a preposition there, or last ("Vous dormiez où ?").

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
    French,
    /// European and Brazilian Portuguese alike: the coach knows the phrasings of both.
    Portuguese,
}

impl CoachLanguage {
    fn of(tag: &LanguageTag) -> Option<Self> {
        match tag.primary().as_str() {
            "en" => Some(Self::English),
            "es" => Some(Self::Spanish),
            "fr" => Some(Self::French),
            "pt" => Some(Self::Portuguese),
            _ => None,
        }
    }

    /// The word lists of a language read by position rather than by accent or auxiliary.
    fn lexicon(self) -> Option<&'static Lexicon> {
        match self {
            Self::English | Self::Spanish => None,
            Self::French => Some(&FR),
            Self::Portuguese => Some(&PT),
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
/// With `elision` an apostrophe ends a word instead, as French writes "l'argent" or "qu'il".
fn words_of(text: &str, elision: bool) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let apostrophe = !elision
            && matches!(c, '\'' | '’')
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

/// What the coach knows of French or Portuguese. Both read the same way (see the module doc),
/// so one set of rules serves both with their own words, all lower-cased without accents.
struct Lexicon {
    /// "and", which joins a second question; only written without an accent (Portuguese "é" is "is").
    and: &'static str,
    /// "or", which offers a choice; only written without an accent (French "où" is "where").
    or: &'static str,
    /// Question words that ask wherever they stand ("pourquoi", "quantos").
    asking: &'static [&'static str],
    /// Question words that also serve as relatives or conjunctions ("qui", "quando"): they ask
    /// at the start of a clause, after a preposition there, or as the last word.
    asking_in_place: &'static [&'static str],
    /// Like `asking_in_place`, but only with an accent ("où", not "ou"; "quê", not "que").
    asking_if_accented: &'static [&'static str],
    /// Words that may stand before a question word at the start of a clause ("Avec qui...", "O que...").
    before_question_word: &'static [&'static str],
    /// After "and", what starts a second question.
    second_question: &'static [&'static [&'static str]],
    /// Question words that offer a set of options ("Lequel...", "Qual...").
    which: &'static [&'static str],
    /// Verbs that invite an account even in question form ("Pouvez-vous me raconter...?").
    open_verbs: &'static [&'static str],
    /// Short prompts that ask to go on ("Et ensuite ?", "E depois?").
    prompts: &'static [&'static str],
    /// A first word that makes a negative question, which expects "yes".
    negations: &'static [&'static str],
    leading_phrases: &'static [&'static [&'static str]],
    /// Tags after a comma at the end that ask for agreement.
    tags: &'static [&'static [&'static str]],
    /// A negation that makes a tag of any verb after it ("..., não estava?").
    negative_tag: Option<&'static str>,
    jargon: &'static [(&'static [&'static str], &'static str)],
    choice_escapes: &'static [&'static str],
    determiners: &'static [&'static str],
    /// Determiners that are also object pronouns ("Vous la connaissiez ?", "Ele a ameaçou?").
    pronoun_determiners: &'static [&'static str],
    /// Words before which those are pronouns.
    pronoun_context: &'static [&'static str],
    /// Words after a determiner that make it no subject to talk about.
    hook_stops: &'static [&'static str],
    /// Words after a determiner that come before the noun ("votre premier employeur", "o seu passaporte").
    before_noun: &'static [&'static str],
}

const FR: Lexicon = Lexicon {
    and: "et",
    or: "ou",
    asking: &[
        "pourquoi",
        "combien",
        "comment",
        "quoi",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
    ],
    asking_in_place: &["qui", "que", "qu", "quand"],
    asking_if_accented: &["ou"],
    before_question_word: &[
        "a", "de", "d", "avec", "pour", "chez", "par", "sur", "dans", "depuis", "jusqu", "vers",
        "contre", "sous", "en",
    ],
    second_question: &[
        &["qui"],
        &["quoi"],
        &["quand"],
        &["comment"],
        &["combien"],
        &["pourquoi"],
        &["quel"],
        &["quelle"],
        &["quels"],
        &["quelles"],
        &["lequel"],
        &["laquelle"],
        &["est", "ce"],
    ],
    which: &[
        "quel",
        "quelle",
        "quels",
        "quelles",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
    ],
    // Not "parlez": "Vous parlez français ?" is a yes/no question.
    open_verbs: &[
        "racontez",
        "raconter",
        "decrivez",
        "decrire",
        "expliquez",
        "expliquer",
        "parler",
        "dites",
        "dire",
    ],
    prompts: &["et", "ensuite", "apres", "puis", "alors"],
    negations: &["ne", "n"],
    leading_phrases: &[
        &["n", "est", "il", "pas", "vrai", "que"],
        &["n", "est", "ce", "pas", "vrai", "que"],
        &["n", "est", "il", "pas", "exact", "que"],
        &["est", "il", "vrai", "que"],
        &["ne", "pensez", "vous", "pas"],
        &["ne", "croyez", "vous", "pas"],
        &["vous", "etes", "d", "accord"],
        &["je", "suppose", "que"],
        &["j", "imagine", "que"],
        &["sans", "doute"],
        &["surement"],
        &["forcement"],
    ],
    tags: &[
        &["n", "est", "ce", "pas"],
        &["c", "est", "bien", "ca"],
        &["c", "est", "ca"],
        &["pas", "vrai"],
        &["d", "accord"],
        &["non"],
        &["hein"],
        &["vrai"],
        &["exact"],
    ],
    negative_tag: None,
    jargon: &[
        (&["mode", "operatoire"], "fonctionnement"),
        (&["modus", "operandi"], "fonctionnement"),
        (&["auteurs", "des", "faits"], "personnes qui ont fait cela"),
        (&["auteur", "des", "faits"], "responsable"),
        (&["proxenetisme"], "commerce qu'on faisait de vous"),
        (&["proxenetes"], "patrons"),
        (&["proxenete"], "patron"),
        (
            &["traite", "des", "etres", "humains"],
            "situation que vous avez vécue",
        ),
        (
            &["servitude", "pour", "dettes"],
            "dette qu'on vous disait devoir",
        ),
        (&["contrainte"], "pression ou menaces"),
        (&["remuneration"], "paie"),
        (&["ulterieurement"], "ensuite"),
        (&["posterieurement"], "ensuite"),
        (&["prealablement"], "avant"),
        (&["anterieurement"], "avant"),
        (&["s", "agissant", "de"], "à propos de"),
        (&["en", "ce", "qui", "concerne"], "à propos de"),
        (&["proces", "verbal"], "compte rendu écrit"),
        (&["mise", "en", "examen"], "accusation par le juge"),
    ],
    choice_escapes: &[
        "autre",
        "autres",
        "ailleurs",
        "autrement",
        "quelque",
        "quelqu",
    ],
    determiners: &[
        "votre", "vos", "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
        "cette", "ces",
    ],
    pronoun_determiners: &["le", "la", "les", "l", "leur"],
    pronoun_context: &[
        "il", "elle", "ils", "elles", "on", "vous", "je", "j", "tu", "nous", "ne", "n", "me", "m",
        "te", "t", "se", "s", "qui", "que", "qu", "y", "en",
    ],
    hook_stops: &[
        "qui", "que", "qu", "quoi", "dont", "ou", "et", "pas", "a", "de", "d", "du", "des", "en",
        "y", "il", "elle", "ils", "elles", "on", "vous", "nous", "je", "j", "l", "le", "la", "les",
        "lui", "leur", "ce", "c", "se", "s", "me", "m", "ne", "n", "plus", "est", "etait", "un",
        "une", "avez", "aviez", "avait", "ont",
    ],
    before_noun: &[
        "premier", "premiere", "dernier", "derniere", "autre", "nouveau", "nouvel", "nouvelle",
        "ancien", "ancienne", "propre", "meme", "petit", "petite", "grand", "grande",
    ],
};

const PT: Lexicon = Lexicon {
    and: "e",
    or: "ou",
    asking: &["quanto", "quanta", "quantos", "quantas", "qual", "quais"],
    asking_in_place: &["quem", "que", "onde", "aonde", "quando", "como"],
    asking_if_accented: &["que", "porque"],
    before_question_word: &[
        "com", "de", "para", "por", "em", "a", "desde", "ate", "sem", "sobre", "contra", "o",
    ],
    second_question: &[
        &["quem"],
        &["onde"],
        &["aonde"],
        &["quando"],
        &["como"],
        &["quanto"],
        &["quanta"],
        &["quantos"],
        &["quantas"],
        &["qual"],
        &["quais"],
        &["porque"],
        &["por", "que"],
    ],
    which: &["qual", "quais"],
    // Not "conta" or "fala": "Tinha uma conta no banco?" is a yes/no question.
    open_verbs: &[
        "conte",
        "contar",
        "descreva",
        "descrever",
        "explique",
        "explicar",
        "fale",
        "falar",
        "diga",
        "dizer",
        "relate",
        "relatar",
        "narre",
        "narrar",
    ],
    prompts: &["e", "depois", "entao", "a", "seguir"],
    negations: &["nao"],
    leading_phrases: &[
        &["nao", "e", "verdade", "que"],
        &["nao", "e", "certo", "que"],
        &["e", "verdade", "que"],
        &["nao", "acha", "que"],
        &["concorda", "que"],
        &["suponho", "que"],
        &["imagino", "que"],
        &["de", "certeza", "que"],
        &["com", "certeza"],
        &["certamente"],
        &["deve", "ter"],
    ],
    tags: &[
        &["nao", "e", "verdade"],
        &["nao", "e", "assim"],
        &["pois", "nao"],
        &["certo"],
        &["verdade"],
        &["ne"],
        &["nao"],
    ],
    negative_tag: Some("nao"),
    jargon: &[
        (&["modus", "operandi"], "modo de agir"),
        (&["perpetradores"], "responsáveis"),
        (&["perpetrador"], "responsável"),
        (&["lenocinio"], "dinheiro que lhe tiravam"),
        (&["trafico", "de", "seres", "humanos"], "abuso que sofreu"),
        (&["trafico", "de", "pessoas"], "abuso que sofreu"),
        (&["servidao", "por", "dividas"], "dívida que lhe diziam ter"),
        (
            &["condicao", "analoga", "a", "de", "escravo"],
            "trabalho sem liberdade",
        ),
        (&["coacao"], "pressão ou ameaças"),
        (&["coagido"], "pressionado"),
        (&["coagida"], "pressionada"),
        (&["remuneracao"], "quantia que lhe pagavam"),
        (&["posteriormente"], "depois"),
        (&["no", "que", "diz", "respeito", "a"], "sobre"),
        (&["relativamente", "ao"], "sobre o"),
        (&["relativamente", "a"], "sobre"),
        (&["auto", "de", "noticia"], "relatório da polícia"),
        (&["boletim", "de", "ocorrencia"], "relatório da polícia"),
        (&["arguidos"], "suspeitos"),
        (&["arguido"], "suspeito"),
        (&["arguida"], "suspeita"),
    ],
    choice_escapes: &[
        "outra", "outro", "outras", "outros", "algo", "alguma", "algum", "alguem", "qualquer",
        "noutro", "noutra",
    ],
    determiners: &[
        "o", "a", "os", "as", "seu", "sua", "seus", "suas", "esse", "essa", "esses", "essas",
        "este", "esta", "estes", "estas", "aquele", "aquela", "aqueles", "aquelas",
    ],
    pronoun_determiners: &["o", "a", "os", "as"],
    pronoun_context: &[
        "ele", "ela", "eles", "elas", "voce", "voces", "eu", "nos", "nao", "se", "me", "te", "lhe",
        "que", "ja", "nunca",
    ],
    hook_stops: &[
        "que", "quem", "qual", "onde", "quando", "como", "ele", "ela", "eles", "elas", "voce", "e",
        "ou", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "o", "a", "os", "as",
        "se", "lhe", "me", "nao", "um", "uma", "porque", "por", "para", "com",
    ],
    before_noun: &[
        "seu", "sua", "seus", "suas", "primeiro", "primeira", "ultimo", "ultima", "outro", "outra",
        "novo", "nova", "mesmo", "mesma",
    ],
};

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
            words: words_of(text, lang == CoachLanguage::French),
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
            CoachLanguage::French | CoachLanguage::Portuguese => {
                let lex = self.lang.lexicon()?;
                let phrase = lex.leading_phrases.iter().find_map(|phrase| {
                    self.find_phrase(phrase)
                        .map(|i| self.remark(RemarkKind::Leading, i, i + phrase.len() - 1))
                });
                if phrase.is_some() {
                    return phrase;
                }
                // "Vous avez dû...": "dû" is "must"; "du", without its accent, is "some".
                if self.lang == CoachLanguage::French {
                    let must = self
                        .find_phrase(&["vous", "avez", "du"])
                        .filter(|&i| self.words[i + 2].accented);
                    if let Some(i) = must {
                        return Some(self.remark(RemarkKind::Leading, i, i + 2));
                    }
                }
                if !self.is_question() {
                    return None;
                }
                if self.text.trim_end().ends_with('?') {
                    let after_comma =
                        |first: usize| self.char_before(self.words[first].start) == Some(',');
                    for tag in lex.tags {
                        let n = tag.len();
                        if self.words.len() <= n {
                            continue;
                        }
                        let first = self.words.len() - n;
                        let matches = self.words[first..]
                            .iter()
                            .zip(*tag)
                            .all(|(w, t)| w.folded == *t);
                        if matches && after_comma(first) {
                            return Some(self.remark(RemarkKind::Leading, first, last));
                        }
                    }
                    let negative = lex.negative_tag.is_some_and(|not| {
                        last >= 2 && self.words[last - 1].folded == not && after_comma(last - 1)
                    });
                    if negative {
                        return Some(self.remark(RemarkKind::Leading, last - 1, last));
                    }
                }
                // "N'avez-vous pas...?", "Não lhe bateram?": a negative question expects "yes".
                if lex.negations.contains(&self.folded(0)?) && self.words.len() > 1 {
                    let through = if self.elided(0) { 1 } else { 0 };
                    return Some(self.remark(RemarkKind::Leading, 0, through));
                }
                None
            }
        }
    }

    /// Whether word `index` is cut short by an apostrophe ("n'", "qu'", "l'").
    fn elided(&self, index: usize) -> bool {
        self.text[self.words[index].end..].starts_with(['\'', '’'])
    }

    /// Whether a clause starts at word `index`: the first word, after a punctuation mark, or
    /// after "and" at such a start ("Et qui...", "E depois, o que...").
    fn clause_starts_at(&self, index: usize, lex: &Lexicon) -> bool {
        if index == 0
            || matches!(
                self.char_before(self.words[index].start),
                Some(',' | ';' | ':' | '.' | '?' | '!')
            )
        {
            return true;
        }
        let before = &self.words[index - 1];
        before.folded == lex.and && !before.accented && self.clause_starts_at(index - 1, lex)
    }

    /// Whether word `index` asks, in French or Portuguese (see the module doc).
    fn asks_at(&self, index: usize, lex: &Lexicon) -> bool {
        let word = &self.words[index];
        let folded = word.folded.as_str();
        if lex.asking.contains(&folded) {
            return true;
        }
        let in_place = lex.asking_in_place.contains(&folded)
            || (word.accented && lex.asking_if_accented.contains(&folded));
        in_place
            && (self.clause_starts_at(index, lex)
                || index + 1 == self.words.len()
                || (index > 0
                    && lex
                        .before_question_word
                        .contains(&self.words[index - 1].folded.as_str())
                    && self.clause_starts_at(index - 1, lex)))
    }

    /// Whether any word asks, in French or Portuguese.
    fn asks(&self, lex: &Lexicon) -> bool {
        (0..self.words.len()).any(|i| self.asks_at(i, lex))
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
            CoachLanguage::French => {
                if let Some(i) = self.words.iter().position(|w| w.folded == "pourquoi") {
                    return Some(self.remark(RemarkKind::Why, i, i));
                }
                let i = self.find_phrase(&["pour", "quelle", "raison"])?;
                Some(self.remark(RemarkKind::Why, i, i + 2))
            }
            // "porquê" and "por que" ask why; "porque" is "because", except where it opens a
            // question or comes before "é que" ("Porque é que não fugiu?").
            CoachLanguage::Portuguese => {
                if let Some(i) = self.find_phrase(&["por", "que"]) {
                    return Some(self.remark(RemarkKind::Why, i, i + 1));
                }
                let i = (0..self.words.len()).find(|&i| {
                    let w = &self.words[i];
                    w.folded == "porque"
                        && (w.accented
                            || (i == 0 && self.is_question())
                            || (self.folded(i + 1) == Some("e")
                                && self.folded(i + 2) == Some("que")))
                })?;
                Some(self.remark(RemarkKind::Why, i, i))
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
            CoachLanguage::French | CoachLanguage::Portuguese => {
                let lex = self.lang.lexicon()?;
                (0..self.words.len().saturating_sub(1)).find_map(|i| {
                    let and = &self.words[i];
                    if and.folded != lex.and || and.accented {
                        return None;
                    }
                    let next = &self.words[i + 1];
                    if next.accented && lex.asking_if_accented.contains(&next.folded.as_str()) {
                        return Some((i, i + 1));
                    }
                    lex.second_question.iter().find_map(|phrase| {
                        let n = phrase.len();
                        let matches = self.words.len() > i + n
                            && self.words[i + 1..=i + n]
                                .iter()
                                .zip(*phrase)
                                .all(|(w, p)| w.folded == *p);
                        matches.then_some((i, i + n))
                    })
                })
            }
        };
        joined.map(|(first, last)| self.remark(RemarkKind::Compound, first, last))
    }

    fn jargon_hits(&self) -> Vec<(usize, usize, &'static str)> {
        let table = match self.lang {
            CoachLanguage::English => EN_JARGON,
            CoachLanguage::Spanish => ES_JARGON,
            CoachLanguage::French => FR.jargon,
            CoachLanguage::Portuguese => PT.jargon,
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
            // No marker but the question mark: closed unless something in it asks or invites.
            CoachLanguage::French | CoachLanguage::Portuguese => {
                let lex = self.lang.lexicon()?;
                let invites = self
                    .words
                    .iter()
                    .any(|w| lex.open_verbs.contains(&w.folded.as_str()));
                let prompt = self
                    .words
                    .iter()
                    .all(|w| lex.prompts.contains(&w.folded.as_str()));
                let why = self.why().is_some();
                (!self.asks(lex) && !invites && !prompt && !why).then_some(0)
            }
        }
    }

    /// Where a closed question offers its options: the index of its "or".
    fn choice_at(&self) -> Option<usize> {
        let (or_words, escapes, which): (&[&str], &[&str], &[&str]) = match self.lang {
            CoachLanguage::English => (&["or"], EN_CHOICE_ESCAPES, &["which"]),
            CoachLanguage::Spanish => (&["o", "u"], ES_CHOICE_ESCAPES, &["cual", "cuales"]),
            CoachLanguage::French => (&[FR.or], FR.choice_escapes, FR.which),
            CoachLanguage::Portuguese => (&[PT.or], PT.choice_escapes, PT.which),
        };
        let closed = self.closed_form().is_some();
        let which_first = self.is_question() && which.contains(&self.folded(0)?);
        if !(closed || which_first) {
            return None;
        }
        // French "où" is "where", not "or".
        let accent_matters = self.lang.lexicon().is_some();
        (1..self.words.len().saturating_sub(1)).find(|&i| {
            or_words.contains(&self.words[i].folded.as_str())
                && !(accent_matters && self.words[i].accented)
                && !escapes.contains(&self.words[i + 1].folded.as_str())
        })
    }

    fn forced_choice(&self) -> Option<CoachRemark> {
        let i = self.choice_at()?;
        Some(self.remark(RemarkKind::ForcedChoice, i, i + 1))
    }

    fn closed(&self) -> Option<CoachRemark> {
        let i = self.closed_form()?;
        // "L'avez-vous...": the elided word alone says nothing.
        let last = if self.lang.lexicon().is_some() && self.elided(i) {
            i + 1
        } else {
            i
        };
        Some(self.remark(RemarkKind::ClosedInFreeRecall, i, last))
    }

    /// "your passport", "el pasaporte": what the question is about, to build an open wording around.
    /// Not the words just before the "or" at `choice`, nor any after it: those are the
    /// interviewer's options ("the car or the van"), not the subject.
    fn subject_hook(&self, choice: Option<usize>) -> Option<String> {
        let n = self.words.len();
        let (first, last) = (0..n.saturating_sub(1)).find_map(|i| {
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
                    Some((i, last))
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
                    (!clitic && !interrogative && next.folded != "que").then_some((i, i + 1))
                }
                CoachLanguage::French | CoachLanguage::Portuguese => {
                    let lex = self.lang.lexicon()?;
                    if !lex.determiners.contains(&det)
                        || lex.hook_stops.contains(&next.folded.as_str())
                    {
                        return None;
                    }
                    // "Vous la connaissiez ?", "Ele a ameaçou?"; "L'avez-vous vu ?" at the start.
                    let pronoun = lex.pronoun_determiners.contains(&det)
                        && if i == 0 {
                            self.elided(0)
                        } else {
                            lex.pronoun_context
                                .contains(&self.words[i - 1].folded.as_str())
                        };
                    // Portuguese "a" is also "to" before a verb ("coagida a trabalhar").
                    let to_verb = self.lang == CoachLanguage::Portuguese
                        && det == "a"
                        && ["ar", "er", "ir"]
                            .iter()
                            .any(|end| next.folded.ends_with(end));
                    if pronoun || to_verb {
                        return None;
                    }
                    let last = if lex.before_noun.contains(&next.folded.as_str()) && i + 2 < n {
                        i + 2
                    } else {
                        i + 1
                    };
                    Some((i, last))
                }
            }
            .filter(|&(first, last)| choice.is_none_or(|or| last + 1 != or && first < or))
        })?;
        Some(self.hook_text(first, last))
    }

    /// The words from `first` to `last`, lower-cased, one space apart; an elision keeps its apostrophe ("l'argent").
    fn hook_text(&self, first: usize, last: usize) -> String {
        let mut out = String::new();
        for (at, w) in self.words[first..=last].iter().enumerate() {
            if at > 0 {
                let between = self.text[self.words[first + at - 1].end..w.start].trim();
                out.push_str(if matches!(between, "'" | "’") {
                    between
                } else {
                    " "
                });
            }
            out.push_str(&self.text[w.start..w.end].to_lowercase());
        }
        out
    }

    /// The first part of a compound question, if it is a good question on its own.
    fn first_part(&self) -> Option<String> {
        let end = match self.text.find('?') {
            Some(at) if self.text[at + 1..].contains('?') => at,
            _ => {
                let join = match self.lang {
                    CoachLanguage::English => "and",
                    CoachLanguage::Spanish => "y",
                    CoachLanguage::French => FR.and,
                    CoachLanguage::Portuguese => PT.and,
                };
                // Portuguese "é" is "is", not "and".
                self.words
                    .iter()
                    .find(|w| w.folded == join && !w.accented)?
                    .start
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
            })
            || self.lang.lexicon().is_some_and(|lex| lead.asks(lex));
        let candidate = match (self.lang, asks) {
            (CoachLanguage::Spanish, true) => format!("¿{part}?"),
            // French sets a space before the question mark.
            (CoachLanguage::French, true) => format!("{part} ?"),
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
        match kind {
            RemarkKind::Jargon => self.with_plain_words(&self.jargon_hits()),
            RemarkKind::Why => self.why_rewording().unwrap_or_else(|| {
                match self.lang {
                    CoachLanguage::English => "Explain what was happening for you at that time.",
                    CoachLanguage::Spanish => {
                        "Explíqueme qué estaba pasando para usted en ese momento."
                    }
                    CoachLanguage::French => {
                        "Expliquez-moi ce qui se passait pour vous à ce moment-là."
                    }
                    CoachLanguage::Portuguese => {
                        "Explique-me o que se passava na sua vida naquele momento."
                    }
                }
                .to_owned()
            }),
            RemarkKind::Compound => self
                .first_part()
                .unwrap_or_else(|| self.tell_me_about(self.subject_hook(None).as_deref())),
            RemarkKind::ForcedChoice => match (self.subject_hook(self.choice_at()), self.lang) {
                (Some(hook), CoachLanguage::English) => {
                    format!("Describe {hook} in your own words.")
                }
                (Some(hook), CoachLanguage::Spanish) => {
                    format!("Describa {hook} con sus propias palabras.")
                }
                (Some(hook), CoachLanguage::French) => {
                    format!("Décrivez {hook} avec vos propres mots.")
                }
                (Some(hook), CoachLanguage::Portuguese) => {
                    format!("Descreva {hook} com as suas palavras.")
                }
                (None, CoachLanguage::English) => {
                    "Describe what you remember about that.".to_owned()
                }
                (None, CoachLanguage::Spanish) => "Describa lo que recuerda de eso.".to_owned(),
                (None, CoachLanguage::French) => "Décrivez ce dont vous vous souvenez.".to_owned(),
                (None, CoachLanguage::Portuguese) => "Descreva aquilo de que se lembra.".to_owned(),
            },
            RemarkKind::Leading | RemarkKind::ClosedInFreeRecall => {
                self.tell_me_about(self.subject_hook(None).as_deref())
            }
        }
    }

    fn tell_me_about(&self, hook: Option<&str>) -> String {
        match (hook, self.lang) {
            (Some(hook), CoachLanguage::English) => format!("Tell me about {hook}."),
            (Some(hook), CoachLanguage::Spanish) => format!("Cuénteme sobre {hook}."),
            // "de" joins the article: "du passeport", "des clés", but "de la chambre".
            (Some(hook), CoachLanguage::French) => {
                let about = if let Some(rest) = hook.strip_prefix("le ") {
                    format!("du {rest}")
                } else if let Some(rest) = hook.strip_prefix("les ") {
                    format!("des {rest}")
                } else {
                    format!("de {hook}")
                };
                format!("Parlez-moi {about}.")
            }
            (Some(hook), CoachLanguage::Portuguese) => format!("Fale-me sobre {hook}."),
            (None, CoachLanguage::English) => {
                "Tell me what happened, in your own words.".to_owned()
            }
            (None, CoachLanguage::Spanish) => {
                "Cuénteme lo que pasó, con sus propias palabras.".to_owned()
            }
            (None, CoachLanguage::French) => {
                "Racontez-moi ce qui s'est passé, avec vos propres mots.".to_owned()
            }
            (None, CoachLanguage::Portuguese) => {
                "Conte-me o que aconteceu, com as suas palavras.".to_owned()
            }
        }
    }
}
