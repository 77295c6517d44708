//! Where the text of each Fluent file comes from.
//!
//! Native builds and the browser tests compile every file in. The app that trunk builds (feature
//! `parts`) compiles in only the English shell texts, so that the first screen never waits and
//! always has words, and fetches every other file from `locales/` beside it when the first page
//! that needs it opens: the other interface language when chosen, the workspace's and practice
//! mode's texts with their parts (`ui::parts`), the survivor texts with the workspace. The service
//! worker keeps them all for offline use.

use std::rc::Rc;

/// A Fluent file: `locales/<language>/<name>.ftl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextFile {
    /// The shell: navigation, vault, cases, errors.
    Main,
    Questions,
    Session,
    Consent,
    Practice,
    Scenarios,
    /// The history section of the case workspace.
    History,
    /// What is given to the survivor: rights, consent explanations, the handout.
    Survivor,
}

impl TextFile {
    /// The interface's files, the shell's first.
    pub const INTERFACE: &'static [TextFile] = &[
        TextFile::Main,
        TextFile::Questions,
        TextFile::Session,
        TextFile::Consent,
        TextFile::Practice,
        TextFile::Scenarios,
        TextFile::History,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            TextFile::Main => "main",
            TextFile::Questions => "questions",
            TextFile::Session => "session",
            TextFile::Consent => "consent",
            TextFile::Practice => "practice",
            TextFile::Scenarios => "scenarios",
            TextFile::History => "history",
            TextFile::Survivor => "survivor",
        }
    }

    /// Where the app finds the file, relative to its page.
    pub fn path(self, tag: &str) -> String {
        format!("locales/{tag}/{}.ftl", self.name())
    }
}

macro_rules! compiled_in {
    ($( $tag:literal $file:ident $path:literal ),* $(,)?) => {
        fn compiled(tag: &str, file: TextFile) -> Option<&'static str> {
            match (tag, file) {
                $( ($tag, TextFile::$file) => Some(include_str!($path)), )*
                _ => None,
            }
        }
    };
}

#[cfg(not(feature = "parts"))]
compiled_in! {
    "en" Main "locales/en/main.ftl",
    "en" Questions "locales/en/questions.ftl",
    "en" Session "locales/en/session.ftl",
    "en" Consent "locales/en/consent.ftl",
    "en" Practice "locales/en/practice.ftl",
    "en" Scenarios "locales/en/scenarios.ftl",
    "en" History "locales/en/history.ftl",
    "en" Survivor "locales/en/survivor.ftl",
    "es" Main "locales/es/main.ftl",
    "es" Questions "locales/es/questions.ftl",
    "es" Session "locales/es/session.ftl",
    "es" Consent "locales/es/consent.ftl",
    "es" Practice "locales/es/practice.ftl",
    "es" Scenarios "locales/es/scenarios.ftl",
    "es" History "locales/es/history.ftl",
    "es" Survivor "locales/es/survivor.ftl",
    "fr" Main "locales/fr/main.ftl",
    "fr" Questions "locales/fr/questions.ftl",
    "fr" Session "locales/fr/session.ftl",
    "fr" Consent "locales/fr/consent.ftl",
    "fr" Practice "locales/fr/practice.ftl",
    "fr" Scenarios "locales/fr/scenarios.ftl",
    "fr" History "locales/fr/history.ftl",
    "fr" Survivor "locales/fr/survivor.ftl",
    "pt" Main "locales/pt/main.ftl",
    "pt" Questions "locales/pt/questions.ftl",
    "pt" Session "locales/pt/session.ftl",
    "pt" Consent "locales/pt/consent.ftl",
    "pt" Practice "locales/pt/practice.ftl",
    "pt" Scenarios "locales/pt/scenarios.ftl",
    "pt" History "locales/pt/history.ftl",
    "pt" Survivor "locales/pt/survivor.ftl",
    "ro" Survivor "locales/ro/survivor.ftl",
    "uk" Survivor "locales/uk/survivor.ftl",
    "sq" Survivor "locales/sq/survivor.ftl",
    "vi" Survivor "locales/vi/survivor.ftl",
    "zh-Hans" Survivor "locales/zh-Hans/survivor.ftl",
    "ar" Survivor "locales/ar/survivor.ftl",
    "bg" Survivor "locales/bg/survivor.ftl",
    "pl" Survivor "locales/pl/survivor.ftl",
}

#[cfg(feature = "parts")]
compiled_in! {
    "en" Main "locales/en/main.ftl",
}

thread_local! {
    /// The files fetched in this page's life, by language tag.
    static FETCHED: std::cell::RefCell<std::collections::HashMap<(String, TextFile), Rc<str>>> =
        Default::default();
}

/// The text of a file, if it is here.
pub fn text(tag: &str, file: TextFile) -> Option<Rc<str>> {
    compiled(tag, file)
        .map(Rc::from)
        .or_else(|| FETCHED.with(|fetched| fetched.borrow().get(&(tag.to_owned(), file)).cloned()))
}

/// Whether a file is here.
pub fn has(tag: &str, file: TextFile) -> bool {
    compiled(tag, file).is_some()
        || FETCHED.with(|fetched| fetched.borrow().contains_key(&(tag.to_owned(), file)))
}

/// Which of these files are here in a language.
pub fn present(tag: &str, files: &[TextFile]) -> Vec<TextFile> {
    files
        .iter()
        .copied()
        .filter(|&file| has(tag, file))
        .collect()
}

/// Keeps a file's text, fetched or (in tests) given.
pub fn keep(tag: &str, file: TextFile, text: String) {
    FETCHED.with(|fetched| {
        fetched
            .borrow_mut()
            .insert((tag.to_owned(), file), Rc::from(text))
    });
}

/// A file of texts that could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextsUnavailable {
    pub path: String,
    pub reason: String,
}

/// Fetches the files of a language that are not here yet, side by side.
pub async fn fetch(tag: &str, files: &[TextFile]) -> Result<(), TextsUnavailable> {
    let missing = files.iter().filter(|&&file| !has(tag, file));
    futures_util::future::try_join_all(missing.map(|&file| fetch_one(tag, file))).await?;
    Ok(())
}

/// Fetches one file and keeps it.
async fn fetch_one(tag: &str, file: TextFile) -> Result<(), TextsUnavailable> {
    let path = file.path(tag);
    let text = fetch_text(&path).await.map_err(|reason| TextsUnavailable {
        path: path.clone(),
        reason,
    })?;
    // Each file is checked in a task of its own: the files of a part come together, and
    // reading them all at once held the page for a long task.
    crate::task_queue::after_ms(0).await;
    // What answered may not be the app's file (a captive portal's page, say): only a
    // well-formed Fluent file is kept, so that building a translator never fails.
    if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.clone()) {
        return Err(TextsUnavailable {
            path,
            reason: format!("not a Fluent file: {} errors", errors.len()),
        });
    }
    keep(tag, file, text);
    Ok(())
}

/// The body of a file of the app's own origin. `no-cache`: an older copy in the HTTP cache is
/// checked with the server first (the service worker answers when there is no network).
async fn fetch_text(path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let describe = |error: wasm_bindgen::JsValue| {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_else(|| format!("{error:?}"))
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str_and_init(path, &init))
        .await
        .map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the response is not text".to_owned())
}
