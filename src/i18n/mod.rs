//! Every string the UI shows comes from a Fluent file in `locales/<lang>/<file>.ftl`.
//!
//! Where a file's text comes from is `texts`: compiled in, or fetched from the app's own origin
//! by the app built in parts, each file when the first page that needs it is opened.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::fmt;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

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
}

impl Locale {
    /// Every interface language, in the order a language picker lists them.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
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
}

impl SurvivorLanguage {
    pub const ALL: &'static [SurvivorLanguage] = &[
        SurvivorLanguage::En,
        SurvivorLanguage::Es,
        SurvivorLanguage::Fr,
        SurvivorLanguage::Pt,
    ];

    /// The survivor texts for a tag such as `pt-BR`, if they exist in that language.
    pub fn from_tag(tag: &str) -> Option<SurvivorLanguage> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Self::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

impl Catalogue for SurvivorLanguage {
    fn tag(self) -> &'static str {
        match self {
            SurvivorLanguage::En => "en",
            SurvivorLanguage::Es => "es",
            SurvivorLanguage::Fr => "fr",
            SurvivorLanguage::Pt => "pt",
        }
    }

    fn files(self) -> &'static [TextFile] {
        &[TextFile::Survivor]
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
        // Unicode isolation marks matter only around right-to-left text; none of the
        // interface languages is written right to left, and the marks would end up in printouts.
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
