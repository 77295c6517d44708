//! The languages a picker offers are well-formed tags, and typing finds a language by its name,
//! its own name or its tag.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use tell_once::model::language::{find, well_formed, NamedLanguage, OFFERED};
use tell_once::model::LanguageTag;
use unic_langid::LanguageIdentifier;

#[test]
fn every_offered_tag_is_well_formed_bcp_47_in_canonical_form_and_listed_once() {
    let mut seen = HashSet::new();
    for tag in OFFERED {
        let parsed: LanguageIdentifier = tag
            .parse()
            .unwrap_or_else(|e| panic!("{tag} is not a BCP 47 tag: {e}"));
        assert_eq!(parsed.to_string(), *tag, "{tag} is not in canonical form");
        assert!(seen.insert(*tag), "{tag} is listed twice");
    }
}

#[test]
fn every_iso_639_1_code_in_force_is_offered_and_no_withdrawn_one() {
    let two_letter: Vec<_> = OFFERED.iter().filter(|tag| tag.len() == 2).collect();
    // ISO 639-1 had 184 codes in 2021; `sh` and `bh` are deprecated.
    assert_eq!(two_letter.len(), 182);
    for tag in ["sq", "ti", "ro", "uk", "vi", "so", "ur", "ps", "fa", "tl"] {
        assert!(OFFERED.contains(&tag), "{tag} is missing");
    }
    for withdrawn in ["iw", "in", "ji", "jw", "mo", "sh", "bh"] {
        assert!(!OFFERED.contains(&withdrawn), "{withdrawn} is withdrawn");
    }
}

#[test]
fn a_tag_typed_by_hand_is_kept_in_canonical_form_and_anything_else_is_not_a_tag() {
    assert_eq!(well_formed("sq"), Some(LanguageTag::new("sq")));
    assert_eq!(well_formed(" pt_br "), Some(LanguageTag::new("pt-BR")));
    assert_eq!(well_formed("SR-latn"), Some(LanguageTag::new("sr-Latn")));
    assert_eq!(well_formed("tzm"), Some(LanguageTag::new("tzm")));
    for not_a_tag in ["", "  ", "Albanian", "x", "en-", "<b>en</b>", "und"] {
        assert_eq!(well_formed(not_a_tag), None, "{not_a_tag:?}");
    }
}

fn language(tag: &str, name: &str, autonym: Option<&str>) -> NamedLanguage {
    // The shell folds names with Unicode decomposition; a plain lower case will do for these.
    let folded = std::iter::once(name)
        .chain(autonym)
        .map(str::to_lowercase)
        .collect();
    NamedLanguage {
        tag: LanguageTag::new(tag),
        name: Some(name.to_owned()),
        autonym: autonym.map(str::to_owned),
        folded,
    }
}

fn listed() -> Vec<NamedLanguage> {
    vec![
        language("sq", "Albanian", Some("shqip")),
        language("en", "English", None),
        language("pt", "Portuguese", Some("portugues")),
        language("pt-BR", "Brazilian Portuguese", Some("portugues (brasil)")),
        language("sr-Latn", "Serbian (Latin)", Some("srpski (latinica)")),
        language("ti", "Tigrinya", Some("ትግርኛ")),
    ]
}

fn tags(found: Vec<&NamedLanguage>) -> Vec<&str> {
    found.iter().map(|l| l.tag.0.as_str()).collect()
}

#[test]
fn typing_finds_a_language_by_its_name_or_its_own_name_whatever_the_case() {
    let languages = listed();
    assert_eq!(tags(find(&languages, "alban")), ["sq"]);
    assert_eq!(tags(find(&languages, "ALBAN")), ["sq"]);
    assert_eq!(tags(find(&languages, "shq")), ["sq"]);
    assert_eq!(tags(find(&languages, "ትግ")), ["ti"]);
    assert_eq!(tags(find(&languages, "latin")), ["sr-Latn"]);
    assert!(find(&languages, "klingon").is_empty());
}

#[test]
fn typing_a_tag_finds_it_first_and_its_variants_after() {
    let languages = listed();
    assert_eq!(tags(find(&languages, "sq")), ["sq"]);
    assert_eq!(tags(find(&languages, "pt")), ["pt", "pt-BR"]);
    assert_eq!(tags(find(&languages, "pt_br")), ["pt-BR"]);
    assert_eq!(tags(find(&languages, "sr-latn")), ["sr-Latn"]);
}

#[test]
fn a_name_that_starts_with_the_text_comes_before_one_that_only_contains_it() {
    let languages = listed();
    // "portuguese" starts with "port"; "brazilian portuguese" only has a word that does.
    assert_eq!(tags(find(&languages, "port")), ["pt", "pt-BR"]);
    // "english" contains "glis" but no word starts with it.
    assert_eq!(tags(find(&languages, "glis")), ["en"]);
    assert_eq!(tags(find(&languages, "brazil")), ["pt-BR"]);
}

#[test]
fn no_text_finds_every_language_in_the_order_given() {
    let languages = listed();
    assert_eq!(
        tags(find(&languages, "  ")),
        ["sq", "en", "pt", "pt-BR", "sr-Latn", "ti"]
    );
}
