//! The translation catalogues are complete for every string the interface uses.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use tell_once::i18n::{texts, Locale, TextFile, Translator};
use tell_once::ui::parts::Part;
use tell_once::ui::routes::Route;

/// Which catalogue a looked-up message belongs to. By convention in `src/ui`, the translator of
/// the survivor texts is always named `s`; every other lookup is of the interface.
#[derive(Clone, Copy, PartialEq)]
enum Catalogued {
    Interface,
    Survivor,
}

/// The message ids passed literally to `tr`, `tr_with` and `use_page_title` anywhere under `src/ui`.
fn message_ids_in_code() -> Vec<String> {
    message_ids_of(Catalogued::Interface)
}

fn message_ids_of(wanted: Catalogued) -> Vec<String> {
    message_ids_under("src/ui", wanted, &[])
}

/// The message ids looked up in the sources under `dir`, but not under the `skipped` directories.
fn message_ids_under(dir: &str, wanted: Catalogued, skipped: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let skipped: Vec<_> = skipped.iter().map(|dir| root.join(dir)).collect();
    let mut ids = Vec::new();
    let mut stack = vec![root.join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ui is readable") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                if !skipped.contains(&path) {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&path).expect("source file is readable");
                for call in ["tr(", "tr_with(", "use_page_title("] {
                    for (at, _) in source.match_indices(call) {
                        // `t.tr(` is a lookup; `from_str(` only ends in the same letters.
                        let method = call != "use_page_title(";
                        if method && !source[..at].ends_with('.') {
                            continue;
                        }
                        let catalogue = if source[..at].ends_with("s.") {
                            Catalogued::Survivor
                        } else {
                            Catalogued::Interface
                        };
                        if catalogue != wanted {
                            continue;
                        }
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

/// The ids a language's files define, for the files given.
fn ids_in_files(tag: &str, files: &[TextFile]) -> Vec<String> {
    files
        .iter()
        .filter_map(|&file| texts::text(tag, file))
        .flat_map(|source| message_ids(&source))
        .collect()
}

/// The app built in parts has only the shell's file at first, and fetches the others with the
/// pages that need them (`ui::parts`): the shell must find all its texts in its own file, and a
/// part's pages theirs in the files fetched with it. Otherwise a page shows message ids.
#[test]
fn each_part_of_the_app_finds_its_texts_in_the_files_it_has() {
    let with_shell = |part: Part| [&[TextFile::Main], part.texts()].concat();
    let parts: [(&str, &[&str], Vec<TextFile>); 3] = [
        (
            "src/ui",
            &["src/ui/workspace", "src/ui/practice"],
            vec![TextFile::Main],
        ),
        ("src/ui/workspace", &[], with_shell(Part::Workspace)),
        ("src/ui/practice", &[], with_shell(Part::Practice)),
    ];
    for (dir, skipped, files) in parts {
        let mut used = message_ids_under(dir, Catalogued::Interface, skipped);
        if dir == "src/ui" {
            used.extend(Route::NAVIGATION.iter().map(|(_, id)| (*id).to_owned()));
            assert!(used.iter().any(|id| id == "app-name"), "{used:?}");
        }
        assert!(!used.is_empty(), "no message found under {dir}");
        for &locale in Locale::ALL {
            let defined = ids_in_files(locale.tag(), &files);
            let missing: Vec<_> = used.iter().filter(|id| !defined.contains(id)).collect();
            assert!(
                missing.is_empty(),
                "{dir}: {} lacks {missing:?} in {files:?}",
                locale.tag()
            );
        }
    }
}

/// A message only one language defines would show its id in the other, wherever the code looks
/// it up by a computed id (which the scan above cannot see). Every file, the history's included.
#[test]
fn every_interface_file_defines_the_same_messages_in_every_language() {
    assert!(TextFile::INTERFACE.contains(&TextFile::History));
    for &file in TextFile::INTERFACE {
        let ids_in = |locale: Locale| {
            let mut ids = ids_in_files(locale.tag(), &[file]);
            ids.sort();
            ids
        };
        let english = ids_in(Locale::En);
        assert!(!english.is_empty(), "{file:?} has no messages");
        for &locale in Locale::ALL {
            assert_eq!(
                ids_in(locale),
                english,
                "{file:?} in {} differs from English",
                locale.tag()
            );
        }
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

/// The message ids of a Fluent file, in order.
fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn the_survivor_texts_exist_in_four_languages_with_the_same_messages() {
    use tell_once::i18n::{Catalogue, SurvivorLanguage};
    let english = message_ids(&SurvivorLanguage::En.sources()[0]);
    assert!(english.len() > 30, "{english:?}");
    for &language in SurvivorLanguage::ALL {
        Translator::try_new(language).unwrap_or_else(|e| panic!("{e}"));
        let ids = message_ids(&language.sources()[0]);
        assert_eq!(ids, english, "{} differs from English", language.tag());
    }
}

#[test]
fn every_survivor_message_the_code_uses_exists_in_every_survivor_language() {
    use tell_once::i18n::SurvivorLanguage;
    let used = message_ids_of(Catalogued::Survivor);
    assert!(used.iter().any(|id| id == "handout-title"), "{used:?}");
    for &language in SurvivorLanguage::ALL {
        let t = Translator::new(language);
        let missing: Vec<_> = used.iter().filter(|id| !t.has(id)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
    // Names of the languages, looked up by tag in the interface.
    for &locale in Locale::ALL {
        let t = Translator::new(locale);
        for &other in Locale::ALL {
            assert!(t.has(&format!("interface-language-{}", other.tag())));
        }
        for &language in SurvivorLanguage::ALL {
            use tell_once::i18n::Catalogue;
            assert!(t.has(&format!("survivor-language-{}", language.tag())));
        }
    }
}

#[test]
fn a_survivor_language_tag_finds_its_texts() {
    use tell_once::i18n::SurvivorLanguage;
    assert_eq!(
        SurvivorLanguage::from_tag("pt-BR"),
        Some(SurvivorLanguage::Pt)
    );
    assert_eq!(SurvivorLanguage::from_tag("fr"), Some(SurvivorLanguage::Fr));
    assert_eq!(SurvivorLanguage::from_tag("ro"), None);
}

#[test]
fn survivor_texts_fill_in_the_agency_they_name() {
    use tell_once::i18n::SurvivorLanguage;
    let t = Translator::new(SurvivorLanguage::Es);
    assert_eq!(
        t.tr_with(
            "purpose-share-record",
            &[("agency", "Policía de Marrowby".into())]
        ),
        "Compartir el registro de lo que dijo con Policía de Marrowby"
    );
}
