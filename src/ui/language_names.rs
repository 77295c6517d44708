//! Names of languages, from the browser's CLDR data (`Intl.DisplayNames`): in the interface
//! language ("Albanian") and in the language itself ("shqip"). A case stores only the tag; a
//! name is looked up each time it is shown, so a planner never needs to know that Albanian is `sq`.
//!
//! A tag the browser has no name for (an old case, an import, a typing error) is shown as the
//! tag with a note, never dropped.

use crate::i18n::{Locale, Translator};
use crate::model::language::{NamedLanguage, OFFERED};
use crate::model::LanguageTag;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
mod intl {
    use js_sys::Intl::{DisplayNamesFallback, DisplayNamesOptions, DisplayNamesType};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `Intl.DisplayNames`, bound with `catch`: js-sys's binding turns the RangeError of a
        /// malformed tag into a panic, and a case from an import may hold any text as a language.
        #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
        type Names;

        #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
        fn new(locale: &str, options: &DisplayNamesOptions) -> Result<Names, JsValue>;

        #[wasm_bindgen(method, catch, js_class = "DisplayNames")]
        fn of(this: &Names, code: &str) -> Result<Option<String>, JsValue>;

        #[wasm_bindgen(method, js_class = "DisplayNames", js_name = resolvedOptions)]
        fn resolved_options(this: &Names) -> js_sys::Object;
    }

    thread_local! {
        /// One `DisplayNames` per language it names in (building one loads locale data), with
        /// the locale the browser actually chose for it.
        static NAMES: RefCell<HashMap<String, Option<(Names, String)>>> = RefCell::new(HashMap::new());
    }

    /// The name of the language `tag` written in the language `in_tag`, with the locale the
    /// browser used (which falls back to its own when it has no data for `in_tag`).
    pub fn name_in(tag: &str, in_tag: &str) -> Option<(String, String)> {
        NAMES.with(|names| {
            let mut names = names.borrow_mut();
            let entry = names.entry(in_tag.to_owned()).or_insert_with(|| {
                let options = DisplayNamesOptions::new();
                options.set_type(DisplayNamesType::Language);
                // No name is no name: with the default fallback the tag would come back as its own name.
                options.set_fallback(DisplayNamesFallback::None);
                let names = Names::new(in_tag, &options).ok()?;
                let locale = js_sys::Reflect::get(&names.resolved_options(), &"locale".into())
                    .ok()?
                    .as_string()?;
                Some((names, locale))
            });
            let (names, locale) = entry.as_ref()?;
            let name = names.of(tag).ok().flatten()?;
            Some((name, locale.clone()))
        })
    }

    /// Lower case without accents: letters decomposed (NFD) and their combining marks dropped.
    pub fn fold(text: &str) -> String {
        let decomposed: String = js_sys::JsString::from(text).normalize("NFD").into();
        super::without_marks(&decomposed)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    //! Natively (the model's and the shell's tests) there is no browser, so no name.

    pub fn name_in(_tag: &str, _in_tag: &str) -> Option<(String, String)> {
        None
    }

    pub fn fold(text: &str) -> String {
        super::without_marks(text)
    }
}

/// Lower case, without the combining marks of decomposed letters.
fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}'))
        .collect::<String>()
        .to_lowercase()
}

/// The primary language subtag of a tag or locale, lower-cased.
fn primary(tag: &str) -> String {
    LanguageTag::new(tag).primary()
}

/// The name of the language `tag` in the interface language, if the browser knows it.
pub fn name(tag: &LanguageTag, locale: Locale) -> Option<String> {
    let tag = tag.0.trim();
    if tag.is_empty() {
        return None;
    }
    intl::name_in(tag, locale.tag())
        .map(|(name, _)| name)
        // A name that only repeats the code is no name.
        .filter(|name| !name.eq_ignore_ascii_case(tag))
}

thread_local! {
    /// Own names by tag: each needs the browser's data of that language loaded once.
    static AUTONYMS: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
    /// The languages offered, by interface language.
    static OFFERED_NAMED: RefCell<HashMap<Locale, Rc<[NamedLanguage]>>> = RefCell::new(HashMap::new());
}

/// The name of the language `tag` in itself ("shqip"), if the browser has that language's data.
pub fn autonym(tag: &LanguageTag) -> Option<String> {
    let tag = tag.0.trim();
    if tag.is_empty() {
        return None;
    }
    AUTONYMS.with(|autonyms| {
        autonyms
            .borrow_mut()
            .entry(tag.to_owned())
            .or_insert_with(|| {
                let (name, locale) = intl::name_in(tag, tag)?;
                // Without data for the language the browser answers in its own: no autonym then.
                (primary(&locale) == primary(tag) && !name.eq_ignore_ascii_case(tag))
                    .then_some(name)
            })
            .clone()
    })
}

/// A language with its names in the interface language and in itself, folded for matching.
pub fn named(tag: &LanguageTag, locale: Locale) -> NamedLanguage {
    let name = name(tag, locale);
    let autonym =
        autonym(tag).filter(|own| name.as_ref().is_none_or(|name| fold(own) != fold(name)));
    let folded = name.iter().chain(&autonym).map(|n| fold(n)).collect();
    NamedLanguage {
        tag: tag.clone(),
        name,
        autonym,
        folded,
    }
}

/// The languages a picker offers, those the browser can name, by name in the interface language.
pub fn offered(locale: Locale) -> Rc<[NamedLanguage]> {
    OFFERED_NAMED.with(|offered| {
        offered
            .borrow_mut()
            .entry(locale)
            .or_insert_with(|| {
                let mut languages: Vec<NamedLanguage> = OFFERED
                    .iter()
                    .map(|&tag| named(&LanguageTag::new(tag), locale))
                    .filter(|language| language.name.is_some())
                    .collect();
                languages.sort_by(|a, b| a.folded.first().cmp(&b.folded.first()));
                languages.into()
            })
            .clone()
    })
}

/// Text folded for matching: lower case, accents dropped ("Español" and "espanol" match).
pub fn fold(text: &str) -> String {
    intl::fold(text)
}

/// How a picker writes a language: "Albanian — shqip", or the one name known, or the tag.
pub fn label(t: &Translator, language: &NamedLanguage) -> String {
    match (&language.name, &language.autonym) {
        (Some(name), Some(autonym)) => t.tr_with(
            "language-with-autonym",
            &[
                ("name", name.clone().into()),
                ("autonym", autonym.clone().into()),
            ],
        ),
        (Some(name), None) | (None, Some(name)) => name.clone(),
        (None, None) => unknown(t, &language.tag),
    }
}

/// A language as the interface shows it wherever it is mentioned: its name ("Albanian"); a tag
/// the browser has no name for as the tag with a note; no tag as "not set".
pub fn shown(t: &Translator, tag: &LanguageTag) -> String {
    if tag.0.trim().is_empty() {
        return t.tr("language-not-set");
    }
    name(tag, t.locale()).unwrap_or_else(|| unknown(t, tag))
}

/// A tag the browser has no name for, kept as written, with a note saying so.
fn unknown(t: &Translator, tag: &LanguageTag) -> String {
    t.tr_with(
        "language-unknown",
        &[("tag", tag.0.trim().to_owned().into())],
    )
}
