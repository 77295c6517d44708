//! The translation catalogues are complete for every string the interface uses.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use tell_once::i18n::{Locale, Translator};
use tell_once::ui::routes::Route;

/// The message ids passed literally to `tr`, `tr_with` and `use_page_title` anywhere under `src/ui`.
fn message_ids_in_code() -> Vec<String> {
    let mut ids = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ui is readable") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&path).expect("source file is readable");
                for call in ["tr(", "tr_with(", "use_page_title("] {
                    for (at, _) in source.match_indices(call) {
                        let rest = source[at + call.len()..].trim_start();
                        if let Some(literal) = rest.strip_prefix('"') {
                            let id = literal.split('"').next().unwrap_or_default();
                            ids.push(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_catalogue_parses_without_errors() {
    for &locale in Locale::ALL {
        Translator::try_new(locale).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_scan_finds_the_messages_the_shell_uses() {
    let ids = message_ids_in_code();
    // A scan that finds nothing would make the completeness test below vacuous.
    for expected in ["app-name", "quick-exit", "nav-label", "safety-heading"] {
        assert!(
            ids.iter().any(|id| id == expected),
            "{expected} not found in {ids:?}"
        );
    }
}

#[test]
fn every_message_the_code_uses_exists_in_every_language() {
    let mut used = message_ids_in_code();
    used.extend(Route::NAVIGATION.iter().map(|(_, id)| (*id).to_owned()));
    for &locale in Locale::ALL {
        let t = Translator::new(locale);
        let missing: Vec<_> = used.iter().filter(|id| !t.has(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
    }
}

#[test]
fn a_message_with_arguments_is_filled_in() {
    let t = Translator::new(Locale::En);
    let title = t.tr_with(
        "page-title",
        &[
            ("page", "Safety and privacy".into()),
            ("app", "Tell Once".into()),
        ],
    );
    assert_eq!(title, "Safety and privacy – Tell Once");
}

#[test]
fn a_missing_message_shows_its_id_so_that_it_is_noticed() {
    let t = Translator::new(Locale::En);
    assert!(!t.has("no-such-message"));
    assert_eq!(t.tr("no-such-message"), "no-such-message");
}

#[test]
fn a_language_tag_maps_to_its_interface_language() {
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("zz"), None);
    assert_eq!(Locale::from_tag(""), None);
}
