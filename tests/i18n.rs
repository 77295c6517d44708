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

/// The message ids passed literally to `tr`, `tr_with`, `tr_around` and `use_page_title` anywhere under `src/ui`.
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
                for call in ["tr(", "tr_with(", "tr_around(", "use_page_title("] {
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
    let tags: Vec<_> = Locale::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["en", "es", "fr", "pt"]);
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
    assert_eq!(Locale::from_tag("pt-BR"), Some(Locale::Pt));
    assert_eq!(Locale::from_tag("ro"), None);
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

/// The twelve languages the issue asks the survivor texts in, by tag.
const SURVIVOR_TAGS: [&str; 12] = [
    "en", "es", "fr", "pt", "ro", "uk", "sq", "vi", "zh-Hans", "ar", "bg", "pl",
];

/// The survivor file of a language, read from the repository: what the app ships.
fn survivor_file(tag: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n/locales")
        .join(tag)
        .join("survivor.ftl");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each message of a Fluent file with the names of the variables its value shows, in order.
fn placeables(source: &str) -> Vec<(String, Vec<String>)> {
    source
        .lines()
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, value)| {
            let mut names: Vec<String> = value
                .split("{ $")
                .skip(1)
                .map(|rest| rest.split([' ', '}']).next().unwrap_or_default().to_owned())
                .collect();
            names.sort();
            (id.trim().to_owned(), names)
        })
        .collect()
}

#[test]
fn the_survivor_texts_exist_in_twelve_languages_with_the_same_messages() {
    use tell_once::i18n::{Catalogue, SurvivorLanguage};
    let tags: Vec<_> = SurvivorLanguage::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, SURVIVOR_TAGS);
    let english = message_ids(&survivor_file("en"));
    assert!(english.len() > 30, "{english:?}");
    for &language in SurvivorLanguage::ALL {
        let source = survivor_file(language.tag());
        // What the app reads is the file itself: compiled in, or fetched from the same path.
        assert_eq!(
            language.sources().first().map(|text| text.to_string()),
            Some(source.clone()),
            "{} is not compiled in",
            language.tag()
        );
        Translator::try_new(language).unwrap_or_else(|e| panic!("{e}"));
        let ids = message_ids(&source);
        let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
        assert_eq!(ids, english, "{} differs from English", language.tag());
    }
}

/// A translation that drops `{ $number }` would print a support line without its phone number.
#[test]
fn every_survivor_message_shows_the_values_the_english_one_shows() {
    let english = placeables(&survivor_file("en"));
    assert!(
        english
            .iter()
            .any(|(id, names)| id == "support-phone" && names == &["number"]),
        "{english:?}"
    );
    for tag in SURVIVOR_TAGS {
        assert_eq!(
            placeables(&survivor_file(tag)),
            english,
            "{tag} shows other values than English"
        );
    }
}

#[test]
fn every_survivor_file_states_how_far_it_has_been_checked() {
    use tell_once::i18n::{Catalogue, ReviewStatus, SurvivorLanguage};
    for &language in SurvivorLanguage::ALL {
        let t = Translator::new(language);
        let keyword = t.tr("review-status");
        assert!(
            ReviewStatus::from_keyword(&keyword).is_some(),
            "{}: review-status is {keyword:?}, not source, machine-assisted or reviewed",
            language.tag()
        );
        // Only English is the source; a translation is machine-assisted until someone reviews it.
        let allowed: &[ReviewStatus] = if language == SurvivorLanguage::En {
            &[ReviewStatus::Source]
        } else {
            &[ReviewStatus::MachineAssisted, ReviewStatus::Reviewed]
        };
        let status = t.review_status();
        assert!(
            status.is_some_and(|status| allowed.contains(&status)),
            "{}: {status:?}",
            language.tag()
        );
    }
    // The interface names each status where the handout's language is chosen.
    for &locale in Locale::ALL {
        let t = Translator::new(locale);
        for status in [
            ReviewStatus::Source,
            ReviewStatus::MachineAssisted,
            ReviewStatus::Reviewed,
        ] {
            let id = format!("handout-review-{}", status.keyword());
            assert!(t.has(&id), "{} lacks {id}", locale.tag());
        }
    }
}

#[test]
fn a_review_status_is_one_of_three_keywords() {
    use tell_once::i18n::ReviewStatus;
    for status in [
        ReviewStatus::Source,
        ReviewStatus::MachineAssisted,
        ReviewStatus::Reviewed,
    ] {
        assert_eq!(ReviewStatus::from_keyword(status.keyword()), Some(status));
    }
    assert_eq!(ReviewStatus::from_keyword("machine assisted"), None);
    assert_eq!(ReviewStatus::from_keyword("Reviewed by Ana"), None);
    assert_eq!(ReviewStatus::from_keyword(""), None);
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
    // The interface languages by name, in each (the survivor's languages are named by the browser).
    for &locale in Locale::ALL {
        let t = Translator::new(locale);
        for &other in Locale::ALL {
            assert!(t.has(&format!("interface-language-{}", other.tag())));
        }
    }
}

#[test]
fn a_survivor_language_tag_finds_its_texts() {
    use tell_once::i18n::SurvivorLanguage::{self, *};
    let cases: &[(&str, Option<SurvivorLanguage>)] = &[
        ("pt-BR", Some(Pt)),
        ("pt_BR", Some(Pt)),
        ("fr", Some(Fr)),
        ("EN", Some(En)),
        (" es-419 ", Some(Es)),
        ("ro", Some(Ro)),
        ("ro-MD", Some(Ro)),
        ("uk-UA", Some(Uk)),
        ("sq-XK", Some(Sq)),
        ("vi-VN", Some(Vi)),
        ("bg", Some(Bg)),
        ("pl-PL", Some(Pl)),
        ("ar", Some(Ar)),
        ("ar-MA", Some(Ar)),
        ("ar-SY", Some(Ar)),
        // Chinese in the Simplified script, asked for by script, region or neither.
        ("zh", Some(ZhHans)),
        ("zh-CN", Some(ZhHans)),
        ("zh-SG", Some(ZhHans)),
        ("zh-Hans", Some(ZhHans)),
        ("zh-hans-cn", Some(ZhHans)),
        // The Traditional script is not provided: no texts rather than texts she may not read.
        ("zh-TW", None),
        ("zh-HK", None),
        ("zh-MO", None),
        ("zh-Hant", None),
        ("zh-Hant-CN", None),
        // Ukrainian's tag is uk, not the country code UA; Russian is not among the twelve.
        ("ua", None),
        ("ru", None),
        ("zz", None),
        ("", None),
        ("not a tag", None),
    ];
    for &(tag, expected) in cases {
        assert_eq!(SurvivorLanguage::from_tag(tag), expected, "{tag:?}");
    }
    // Every language's own tag finds it.
    for &language in SurvivorLanguage::ALL {
        use tell_once::i18n::Catalogue;
        assert_eq!(SurvivorLanguage::from_tag(language.tag()), Some(language));
    }
}

#[test]
fn arabic_is_the_one_survivor_language_written_right_to_left() {
    use tell_once::i18n::{Direction, SurvivorLanguage};
    let right_to_left: Vec<_> = SurvivorLanguage::ALL
        .iter()
        .filter(|l| l.direction() == Direction::RightToLeft)
        .collect();
    assert_eq!(right_to_left, [&SurvivorLanguage::Ar]);
    assert_eq!(SurvivorLanguage::Ar.direction().attribute(), "rtl");
    assert_eq!(SurvivorLanguage::ZhHans.direction().attribute(), "ltr");
}

/// The handout sets a value apart from the words around it (`<bdi>`): the split must give back
/// the message whole, the value where the translation puts it.
#[test]
fn a_survivor_message_splits_around_its_value() {
    use tell_once::i18n::SurvivorLanguage;
    for &language in SurvivorLanguage::ALL {
        let t = Translator::new(language);
        for (id, argument) in [
            ("support-phone", "number"),
            ("handout-reference", "code"),
            ("consent-given", "date"),
            ("purpose-referral", "service"),
        ] {
            let (before, after) = t.tr_around(id, argument);
            let value = "+44 20 7946 0000";
            assert_eq!(
                format!("{before}{value}{after}"),
                t.tr_with(id, &[(argument, value.into())]),
                "{language:?} {id}"
            );
            assert!(!before.contains('\u{E000}') && !after.contains('\u{E000}'));
        }
    }
    let t = Translator::new(SurvivorLanguage::Ar);
    assert_eq!(
        t.tr_around("support-phone", "number"),
        ("الهاتف: ".to_owned(), String::new())
    );
    // A message without that argument: its whole text, then the value.
    let english = Translator::new(SurvivorLanguage::En);
    assert_eq!(
        english.tr_around("rights-heading", "number"),
        ("Your rights in the interview".to_owned(), String::new())
    );
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

/// The glossary of key terms has a table for each survivor language, and its overview says the
/// same review status as the language's file.
#[test]
fn the_glossary_has_every_survivor_language_with_its_file_status() {
    use tell_once::i18n::{Catalogue, SurvivorLanguage};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/glossary/survivor.md");
    let glossary = fs::read_to_string(&path).expect("the glossary is readable");
    for &language in SurvivorLanguage::ALL {
        let tag = language.tag();
        assert!(
            glossary
                .lines()
                .any(|line| line.starts_with("## ") && line.contains(&format!("({tag})"))),
            "the glossary has no section for {tag}"
        );
        let stated = glossary
            .lines()
            .find_map(|line| {
                let cells: Vec<_> = line.split('|').map(str::trim).collect();
                (cells.len() > 3 && cells[1] == tag).then(|| cells[3].to_owned())
            })
            .unwrap_or_else(|| panic!("the glossary's overview lacks {tag}"));
        assert_eq!(
            stated,
            Translator::new(language).tr("review-status"),
            "the glossary and {tag}'s file disagree on its review status"
        );
    }
}
