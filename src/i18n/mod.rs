//! Every string the UI shows comes from a Fluent file in `locales/<lang>/main.ftl`.
//!
//! The translations are compiled into the binary: the app loads nothing from the network.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::fmt;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    /// Every interface language, in the order a language picker lists them.
    pub const ALL: &'static [Locale] = &[Locale::En];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// The Fluent files of this language: the shell's, then one per part of the case workspace.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Locale::En => &[
                include_str!("locales/en/main.ftl"),
                include_str!("locales/en/questions.ftl"),
                include_str!("locales/en/session.ftl"),
                include_str!("locales/en/consent.ftl"),
            ],
        }
    }

    /// The locale for a tag such as `en-GB`, if the interface is available in that language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

/// A Fluent file that does not parse or that repeats a message: a build defect, reported with the file's language.
#[derive(Debug)]
pub struct CatalogError {
    pub locale: Locale,
    pub problems: Vec<String>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} translation file has errors: {}",
            self.locale.tag(),
            self.problems.join("; ")
        )
    }
}

impl std::error::Error for CatalogError {}

/// Looks up the interface strings of one language. Cheap to clone.
#[derive(Clone)]
pub struct Translator {
    locale: Locale,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl fmt::Debug for Translator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translator")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Translator {
    /// Builds the translator of a language, checking that its Fluent files are well formed.
    pub fn try_new(locale: Locale) -> Result<Self, CatalogError> {
        let lang: LanguageIdentifier = locale.tag().parse().expect("locale tags are valid");
        let mut bundle = FluentBundle::new(vec![lang]);
        // Unicode isolation marks matter only around right-to-left text; none of the
        // interface languages is written right to left, and the marks would end up in printouts.
        bundle.set_use_isolating(false);
        let problems = |errors: Vec<String>| CatalogError {
            locale,
            problems: errors,
        };
        for source in locale.sources() {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
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
        })
    }

    /// The translator of a language whose file ships with the app; a broken file is caught by the tests.
    pub fn new(locale: Locale) -> Self {
        Self::try_new(locale).unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn locale(&self) -> Locale {
        self.locale
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
