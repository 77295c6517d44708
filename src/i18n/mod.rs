//! Every string the UI shows comes from a Fluent file in `locales/<lang>/<file>.ftl`.
//!
//! Where a file's text comes from is `texts`: compiled in, or fetched from the app's own origin
//! by the app built in parts, each file when the first page that needs it is opened.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::fmt;
use std::rc::Rc;
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub mod texts;

pub use texts::TextFile;

/// A set of Fluent files in one language: the interface's, or the texts handed to a survivor.
pub trait Catalogue: Copy + PartialEq + fmt::Debug + 'static {
    /// The BCP 47 tag of the language.
    fn tag(self) -> &'static str;
    /// The Fluent files, in order.
    fn files(self) -> &'static [TextFile];
    /// The texts of the files that are here: all of them, except in the app built in parts,
    /// where a file is here once fetched.
    fn sources(self) -> Vec<Rc<str>> {
        self.files()
            .iter()
            .filter_map(|&file| texts::text(self.tag(), file))
            .collect()
    }
}

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    Pt,
}

impl Locale {
    /// Every interface language, in the order a language picker lists them.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es, Locale::Fr, Locale::Pt];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::Pt => "pt",
        }
    }

    /// The locale for a tag such as `en-GB`, if the interface is available in that language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

impl Catalogue for Locale {
    fn tag(self) -> &'static str {
        Locale::tag(self)
    }

    /// The shell's file, then one per part of the app.
    fn files(self) -> &'static [TextFile] {
        TextFile::INTERFACE
    }
}

/// A language the texts given to a survivor (rights, consent explanations, handout) exist in.
/// There are more of these than interface languages: the survivor, not the team, chooses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SurvivorLanguage {
    #[default]
    En,
    Es,
    Fr,
    Pt,
    Ro,
    Uk,
    /// Albanian.
    Sq,
    Vi,
    /// Chinese in the Simplified script.
    ZhHans,
    Ar,
    Bg,
    Pl,
}

/// Which way a language's lines run, as the HTML `dir` attribute says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub const fn attribute(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// How far a translation has been checked, as its file's `review-status` message says: the team
/// is shown it where the handout's language is chosen, so that it knows to have it checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewStatus {
    /// The text every translation is made from (English).
    Source,
    /// Translated with a machine's help; no native speaker has checked it yet.
    MachineAssisted,
    /// Checked by a native speaker.
    Reviewed,
}

impl ReviewStatus {
    /// The status for the keyword a file states, if it is one of the three.
    pub fn from_keyword(keyword: &str) -> Option<ReviewStatus> {
        match keyword.trim() {
            "source" => Some(ReviewStatus::Source),
            "machine-assisted" => Some(ReviewStatus::MachineAssisted),
            "reviewed" => Some(ReviewStatus::Reviewed),
            _ => None,
        }
    }

    /// The keyword, as the file states it and as the interface message `handout-review-<keyword>` names it.
    pub const fn keyword(self) -> &'static str {
        match self {
            ReviewStatus::Source => "source",
            ReviewStatus::MachineAssisted => "machine-assisted",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

impl SurvivorLanguage {
    /// In the order the handout's language picker lists them.
    pub const ALL: &'static [SurvivorLanguage] = &[
        SurvivorLanguage::En,
        SurvivorLanguage::Es,
        SurvivorLanguage::Fr,
        SurvivorLanguage::Pt,
        SurvivorLanguage::Ro,
        SurvivorLanguage::Uk,
        SurvivorLanguage::Sq,
        SurvivorLanguage::Vi,
        SurvivorLanguage::ZhHans,
        SurvivorLanguage::Ar,
        SurvivorLanguage::Bg,
        SurvivorLanguage::Pl,
    ];

    /// The survivor texts for a tag such as `pt-BR` or `zh-CN`, if they exist in that language
    /// and script. Chinese is here only in the Simplified script: a tag that asks for the
    /// Traditional one, by its script or by a region that writes it, finds nothing rather than
    /// texts the survivor may not read.
    pub fn from_tag(tag: &str) -> Option<SurvivorLanguage> {
        let id: LanguageIdentifier = tag.trim().parse().ok()?;
        if id.language.as_str() == "zh" {
            let simplified = match (id.script, id.region) {
                (Some(script), _) => script.as_str() == "Hans",
                (None, Some(region)) => !matches!(region.as_str(), "TW" | "HK" | "MO"),
                (None, None) => true,
            };
            return simplified.then_some(SurvivorLanguage::ZhHans);
        }
        Self::ALL
            .iter()
            .copied()
            .find(|l| l.tag() == id.language.as_str())
    }

    /// Which way its lines run: Arabic right to left, the others left to right.
    pub fn direction(self) -> Direction {
        let id: LanguageIdentifier = self
            .tag()
            .parse()
            .expect("survivor language tags are valid");
        match id.character_direction() {
            CharacterDirection::RTL => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }
}

impl Catalogue for SurvivorLanguage {
    fn tag(self) -> &'static str {
        match self {
            SurvivorLanguage::En => "en",
            SurvivorLanguage::Es => "es",
            SurvivorLanguage::Fr => "fr",
            SurvivorLanguage::Pt => "pt",
            SurvivorLanguage::Ro => "ro",
            SurvivorLanguage::Uk => "uk",
            SurvivorLanguage::Sq => "sq",
            SurvivorLanguage::Vi => "vi",
            SurvivorLanguage::ZhHans => "zh-Hans",
            SurvivorLanguage::Ar => "ar",
            SurvivorLanguage::Bg => "bg",
            SurvivorLanguage::Pl => "pl",
        }
    }

    fn files(self) -> &'static [TextFile] {
        &[TextFile::Survivor]
    }
}

impl Translator<SurvivorLanguage> {
    /// How far the texts in this language have been checked, from the file's `review-status`;
    /// `None` when the file states none or no known keyword (a defect the tests catch).
    pub fn review_status(&self) -> Option<ReviewStatus> {
        self.has("review-status")
            .then(|| self.tr("review-status"))
            .and_then(|keyword| ReviewStatus::from_keyword(&keyword))
    }
}

/// A Fluent file that does not parse or that repeats a message: a build defect, reported with the file's language.
#[derive(Debug)]
pub struct CatalogError {
    pub language: &'static str,
    pub problems: Vec<String>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} translation files have errors: {}",
            self.language,
            self.problems.join("; ")
        )
    }
}

impl std::error::Error for CatalogError {}

/// Looks up the strings of one catalogue in one language. Cheap to clone.
#[derive(Clone)]
pub struct Translator<L: Catalogue = Locale> {
    locale: L,
    bundle: Rc<FluentBundle<FluentResource>>,
    /// The files it was built from.
    files: Vec<TextFile>,
}

/// Equal when built from the same texts: a translator rebuilt with newly fetched files is new.
impl<L: Catalogue> PartialEq for Translator<L> {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale && Rc::ptr_eq(&self.bundle, &other.bundle)
    }
}

impl<L: Catalogue> fmt::Debug for Translator<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translator")
            .field("locale", &self.locale)
            .finish()
    }
}

impl<L: Catalogue> Translator<L> {
    /// Builds the translator of a language from the files that are here, checking that they are
    /// well formed.
    pub fn try_new(locale: L) -> Result<Self, CatalogError> {
        let lang: LanguageIdentifier = locale.tag().parse().expect("locale tags are valid");
        let mut bundle = FluentBundle::new(vec![lang]);
        // No invisible isolation marks: they would end up in printouts and copied text. Where a
        // value sits in right-to-left text (the survivor's handout in Arabic), the page isolates
        // it with `<bdi>` instead (`tr_around`).
        bundle.set_use_isolating(false);
        let problems = |errors: Vec<String>| CatalogError {
            language: locale.tag(),
            problems: errors,
        };
        let sources: Vec<(TextFile, Rc<str>)> = locale
            .files()
            .iter()
            .filter_map(|&file| texts::text(locale.tag(), file).map(|text| (file, text)))
            .collect();
        for (_, source) in &sources {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
                problems(errors.iter().map(ToString::to_string).collect())
            })?;
            // A message defined in two files is an error, not a silent override.
            bundle
                .add_resource(resource)
                .map_err(|errors| problems(errors.iter().map(ToString::to_string).collect()))?;
        }
        Ok(Self {
            locale,
            bundle: Rc::new(bundle),
            files: sources.into_iter().map(|(file, _)| file).collect(),
        })
    }

    /// The translator of a language whose files ship with the app; a broken file is caught by the tests.
    pub fn new(locale: L) -> Self {
        Self::try_new(locale).unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn locale(&self) -> L {
        self.locale
    }

    /// Whether it was built with this file's texts.
    pub fn has_file(&self, file: TextFile) -> bool {
        self.files.contains(&file)
    }

    /// Whether this language has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of a message without arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of a message with named arguments, such as `count` for plurals.
    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message with one argument, as the text before and the text after that argument's
    /// value, so that the page can set the value apart: a phone number or a date inside a
    /// right-to-left sentence keeps its own order. Should a translation lack the argument, its
    /// whole text comes first and the value after it, so that a phone number is never lost.
    pub fn tr_around(&self, id: &str, argument: &str) -> (String, String) {
        // A private-use character: no translation contains it, so it marks where the value goes.
        const MARK: &str = "\u{E000}";
        let text = self.tr_with(id, &[(argument, MARK.into())]);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing message shows its id rather than nothing, so that it is seen and fixed;
            // the catalogue test fails on every id used in the code that the file lacks.
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}
