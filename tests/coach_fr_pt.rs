//! The question coach in French and Portuguese (European and Brazilian): each kind of remark
//! fires on a phrasing investigators really use, and not on an open rewording of it.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::PeacePhase;
use tell_once::model::coach::{review, supports, RemarkKind};
use tell_once::model::LanguageTag;

use RemarkKind::{ClosedInFreeRecall, Compound, ForcedChoice, Jargon, Leading, Why};

const PHASES: [PeacePhase; 5] = [
    PeacePhase::Plan,
    PeacePhase::Engage,
    PeacePhase::Account,
    PeacePhase::Closure,
    PeacePhase::Evaluate,
];

fn kinds(text: &str, language: &LanguageTag, phase: PeacePhase) -> Vec<RemarkKind> {
    review(text, language, phase)
        .iter()
        .map(|r| r.kind)
        .collect()
}

/// A poor wording, the remark it must draw, and an open question an interviewer would ask instead.
struct Pair {
    tag: &'static str,
    kind: RemarkKind,
    poor: &'static str,
    open: &'static str,
}

const fn pair(tag: &'static str, kind: RemarkKind, poor: &'static str, open: &'static str) -> Pair {
    Pair {
        tag,
        kind,
        poor,
        open,
    }
}

const FRENCH: &[Pair] = &[
    pair(
        "fr",
        Leading,
        "Il vous a frappée, n'est-ce pas ?",
        "Racontez-moi ce qu'il a fait.",
    ),
    pair(
        "fr",
        Leading,
        "N'est-il pas vrai que vous lui deviez de l'argent ?",
        "Parlez-moi de l'argent qu'il vous réclamait.",
    ),
    pair(
        "fr",
        Leading,
        "Vous aviez peur de lui, non ?",
        "Décrivez ce que vous ressentiez quand il était là.",
    ),
    pair(
        "fr",
        Leading,
        "N'avez-vous pas essayé de partir ?",
        "Racontez-moi ce qui s'est passé quand vous avez pensé à partir.",
    ),
    pair(
        "fr-CA",
        Leading,
        "Vous avez dû avoir très peur.",
        "Comment vous sentiez-vous à ce moment-là ?",
    ),
    pair(
        "fr",
        Compound,
        "Où étiez-vous et qui était avec vous ?",
        "Décrivez l'endroit où vous étiez.",
    ),
    pair(
        "fr",
        Compound,
        "Où dormiez-vous ? Qui payait le loyer ?",
        "Où dormiez-vous ?",
    ),
    pair(
        "fr",
        ForcedChoice,
        "C'était le jour ou la nuit ?",
        "Décrivez le moment où c'est arrivé.",
    ),
    pair(
        "fr",
        ForcedChoice,
        "Il vous payait ou pas ?",
        "Expliquez comment vous étiez payée.",
    ),
    pair(
        "fr",
        ForcedChoice,
        "La camionnette était blanche ou bleue ?",
        "Décrivez la camionnette.",
    ),
    pair(
        "fr",
        Why,
        "Pourquoi n'êtes-vous pas partie ?",
        "Racontez-moi ce qui vous a retenue là-bas.",
    ),
    pair(
        "fr",
        Why,
        "Pour quelle raison êtes-vous montée dans la voiture ?",
        "Racontez-moi comment vous vous êtes retrouvée dans la voiture.",
    ),
    pair(
        "fr",
        Jargon,
        "Décrivez le mode opératoire des auteurs des faits.",
        "Décrivez comment ces personnes s'y prenaient.",
    ),
    pair(
        "fr",
        Jargon,
        "Parlez-moi de la traite des êtres humains.",
        "Parlez-moi de ce qui vous est arrivé.",
    ),
    pair(
        "fr",
        Jargon,
        "Expliquez le rôle du proxénète.",
        "Expliquez ce que faisait l'homme qui prenait l'argent.",
    ),
    pair(
        "fr",
        ClosedInFreeRecall,
        "Est-ce qu'il avait votre passeport ?",
        "Racontez-moi ce qui est arrivé à votre passeport.",
    ),
    pair(
        "fr",
        ClosedInFreeRecall,
        "Était-il armé ?",
        "Décrivez cet homme.",
    ),
    pair(
        "fr",
        ClosedInFreeRecall,
        "Avez-vous vu son visage ?",
        "Décrivez son visage.",
    ),
    pair(
        "fr",
        ClosedInFreeRecall,
        "Vous aviez les clés de la chambre ?",
        "Que savez-vous des clés de la chambre ?",
    ),
];

const PORTUGUESE: &[Pair] = &[
    pair(
        "pt-PT",
        Leading,
        "Ele bateu-lhe, não foi?",
        "Conte-me o que ele fez.",
    ),
    pair(
        "pt-BR",
        Leading,
        "Ele batia em você, né?",
        "Me conte o que ele fazia.",
    ),
    pair(
        "pt",
        Leading,
        "Não é verdade que lhe devia dinheiro?",
        "Fale-me do dinheiro que lhe pediam.",
    ),
    pair(
        "pt-BR",
        Leading,
        "Você estava sozinha, não estava?",
        "Quem estava com você?",
    ),
    pair(
        "pt-PT",
        Leading,
        "Deve ter ficado com muito medo.",
        "Como se sentiu nesse momento?",
    ),
    pair(
        "pt-PT",
        Compound,
        "Onde estava e quem estava consigo?",
        "Descreva o sítio onde estava.",
    ),
    pair(
        "pt-BR",
        Compound,
        "Onde você estava e quem estava com você?",
        "Descreva o lugar onde você estava.",
    ),
    pair(
        "pt",
        ForcedChoice,
        "Era de dia ou de noite?",
        "Descreva o momento em que isso aconteceu.",
    ),
    pair(
        "pt-PT",
        ForcedChoice,
        "Pagavam-lhe ou não?",
        "Explique como lhe pagavam.",
    ),
    pair(
        "pt-BR",
        ForcedChoice,
        "A van era branca ou azul?",
        "Descreva a van.",
    ),
    pair(
        "pt-PT",
        Why,
        "Porque é que não fugiu?",
        "Conte-me o que a impedia de sair.",
    ),
    pair(
        "pt-BR",
        Why,
        "Por que você não fugiu?",
        "Me conte o que impedia você de sair.",
    ),
    pair(
        "pt-PT",
        Jargon,
        "Descreva o que o arguido fez.",
        "Descreva o que esse homem fez.",
    ),
    pair(
        "pt-PT",
        Jargon,
        "Fale-me do lenocínio e do tráfico de seres humanos.",
        "Fale-me do que lhe aconteceu.",
    ),
    pair(
        "pt-BR",
        Jargon,
        "Explique o que consta no boletim de ocorrência.",
        "Explique o que contou à polícia.",
    ),
    pair(
        "pt-PT",
        ClosedInFreeRecall,
        "Tinha o seu passaporte?",
        "Conte-me o que aconteceu ao seu passaporte.",
    ),
    pair(
        "pt-BR",
        ClosedInFreeRecall,
        "Você tinha o seu passaporte?",
        "Me conte o que aconteceu com o seu passaporte.",
    ),
    pair(
        "pt",
        ClosedInFreeRecall,
        "Ele tinha uma arma?",
        "Descreva esse homem.",
    ),
    pair(
        "pt",
        ClosedInFreeRecall,
        "Havia outras pessoas na casa?",
        "Fale-me das pessoas que estavam na casa.",
    ),
    pair(
        "pt-PT",
        ClosedInFreeRecall,
        "Conhecia o homem que conduzia?",
        "Descreva o homem que conduzia.",
    ),
];

fn all_pairs() -> impl Iterator<Item = &'static Pair> {
    FRENCH.iter().chain(PORTUGUESE)
}

#[test]
fn every_kind_of_remark_is_covered_in_both_languages() {
    for pairs in [FRENCH, PORTUGUESE] {
        for kind in [
            Leading,
            Compound,
            ForcedChoice,
            Why,
            Jargon,
            ClosedInFreeRecall,
        ] {
            assert!(pairs.iter().any(|p| p.kind == kind), "{kind:?}");
        }
    }
    for tag in ["pt-PT", "pt-BR"] {
        assert!(PORTUGUESE.iter().filter(|p| p.tag == tag).count() >= 5);
    }
}

#[test]
fn each_poor_wording_draws_its_remark_in_free_recall() {
    for p in all_pairs() {
        let language = LanguageTag::new(p.tag);
        assert!(
            kinds(p.poor, &language, PeacePhase::Account).contains(&p.kind),
            "{} ({}): {:?}",
            p.poor,
            p.tag,
            review(p.poor, &language, PeacePhase::Account)
        );
    }
}

#[test]
fn the_open_question_beside_each_draws_no_remark_in_any_phase() {
    for p in all_pairs() {
        let language = LanguageTag::new(p.tag);
        for phase in PHASES {
            assert_eq!(
                review(p.open, &language, phase),
                vec![],
                "{} ({}, {phase:?})",
                p.open,
                p.tag
            );
        }
    }
}

#[test]
fn the_coachs_own_rewordings_draw_no_remark() {
    for p in all_pairs() {
        let language = LanguageTag::new(p.tag);
        let remarks = review(p.poor, &language, PeacePhase::Account);
        assert!(!remarks.is_empty(), "{}", p.poor);
        for remark in remarks {
            assert_eq!(
                review(&remark.rewording, &language, PeacePhase::Account),
                vec![],
                "{} -> {}",
                p.poor,
                remark.rewording
            );
        }
    }
}

#[test]
fn triggers_point_into_the_question_text() {
    for p in all_pairs() {
        let language = LanguageTag::new(p.tag);
        for remark in review(p.poor, &language, PeacePhase::Account) {
            assert_eq!(
                &p.poor[remark.trigger.start..remark.trigger.end],
                remark.trigger.text
            );
        }
    }
}

fn only(text: &str, tag: &str) -> (RemarkKind, String, String) {
    let remarks = review(text, &LanguageTag::new(tag), PeacePhase::Account);
    assert_eq!(remarks.len(), 1, "{text}: {remarks:?}");
    let remark = remarks.into_iter().next().expect("one remark");
    (remark.kind, remark.trigger.text, remark.rewording)
}

#[test]
fn french_remarks_name_the_words_and_offer_french_wordings() {
    let cases: &[(&str, RemarkKind, &str, &str)] = &[
        (
            "Il vous a frappée, n'est-ce pas ?",
            Leading,
            "n'est-ce pas",
            "Racontez-moi ce qui s'est passé, avec vos propres mots.",
        ),
        (
            "N'est-il pas vrai que vous lui deviez de l'argent ?",
            Leading,
            "N'est-il pas vrai que",
            "Parlez-moi de l'argent.",
        ),
        (
            "Où étiez-vous et qui était avec vous ?",
            Compound,
            "et qui",
            "Où étiez-vous ?",
        ),
        (
            "C'était le jour ou la nuit ?",
            ForcedChoice,
            "ou la",
            "Décrivez ce dont vous vous souvenez.",
        ),
        (
            "La camionnette était blanche ou bleue ?",
            ForcedChoice,
            "ou bleue",
            "Décrivez la camionnette avec vos propres mots.",
        ),
        (
            "Pourquoi n'êtes-vous pas partie ?",
            Why,
            "Pourquoi",
            "Expliquez-moi ce qui se passait pour vous à ce moment-là.",
        ),
        (
            "Expliquez le rôle du proxénète.",
            Jargon,
            "proxénète",
            "Expliquez le rôle du patron.",
        ),
        (
            "Est-ce qu'il avait votre passeport ?",
            ClosedInFreeRecall,
            "Est",
            "Parlez-moi de votre passeport.",
        ),
        (
            "Vous aviez les clés de la chambre ?",
            ClosedInFreeRecall,
            "Vous",
            "Parlez-moi des clés.",
        ),
        (
            "Était-il armé ?",
            ClosedInFreeRecall,
            "Était",
            "Racontez-moi ce qui s'est passé, avec vos propres mots.",
        ),
    ];
    for &(text, kind, trigger, rewording) in cases {
        assert_eq!(
            only(text, "fr"),
            (kind, trigger.to_owned(), rewording.to_owned()),
            "{text}"
        );
    }
    let remarks = review(
        "Décrivez le mode opératoire des auteurs des faits.",
        &LanguageTag::new("fr"),
        PeacePhase::Account,
    );
    assert_eq!(
        remarks
            .iter()
            .map(|r| (r.kind, r.trigger.text.as_str()))
            .collect::<Vec<_>>(),
        vec![(Jargon, "mode opératoire"), (Jargon, "auteurs des faits")]
    );
    assert_eq!(
        remarks[0].rewording,
        "Décrivez le fonctionnement des personnes qui ont fait cela."
    );
}

#[test]
fn portuguese_remarks_name_the_words_and_offer_portuguese_wordings() {
    let cases: &[(&str, &str, RemarkKind, &str, &str)] = &[
        (
            "pt-PT",
            "Ele bateu-lhe, não foi?",
            Leading,
            "não foi",
            "Conte-me o que aconteceu, com as suas palavras.",
        ),
        (
            "pt-BR",
            "Ele batia em você, né?",
            Leading,
            "né",
            "Conte-me o que aconteceu, com as suas palavras.",
        ),
        (
            "pt-PT",
            "Onde estava e quem estava consigo?",
            Compound,
            "e quem",
            "Onde estava?",
        ),
        (
            "pt",
            "Era de dia ou de noite?",
            ForcedChoice,
            "ou de",
            "Descreva aquilo de que se lembra.",
        ),
        (
            "pt-BR",
            "A van era branca ou azul?",
            ForcedChoice,
            "ou azul",
            "Descreva a van com as suas palavras.",
        ),
        (
            "pt-PT",
            "Porque é que não fugiu?",
            Why,
            "Porque",
            "Explique-me o que se passava na sua vida naquele momento.",
        ),
        (
            "pt-BR",
            "Por que você não fugiu?",
            Why,
            "Por que",
            "Explique-me o que se passava na sua vida naquele momento.",
        ),
        (
            "pt-PT",
            "Descreva o que o arguido fez.",
            Jargon,
            "arguido",
            "Descreva o que o suspeito fez.",
        ),
        (
            "pt-PT",
            "Tinha o seu passaporte?",
            ClosedInFreeRecall,
            "Tinha",
            "Fale-me sobre o seu passaporte.",
        ),
        (
            "pt",
            "Ele tinha uma arma?",
            ClosedInFreeRecall,
            "Ele",
            "Conte-me o que aconteceu, com as suas palavras.",
        ),
    ];
    for &(tag, text, kind, trigger, rewording) in cases {
        assert_eq!(
            only(text, tag),
            (kind, trigger.to_owned(), rewording.to_owned()),
            "{text}"
        );
    }
}

#[test]
fn forced_choice_and_closed_questions_are_remarked_only_in_free_recall() {
    for p in all_pairs().filter(|p| matches!(p.kind, ForcedChoice | ClosedInFreeRecall)) {
        let language = LanguageTag::new(p.tag);
        for phase in [PeacePhase::Engage, PeacePhase::Closure] {
            assert_eq!(kinds(p.poor, &language, phase), vec![], "{}", p.poor);
        }
    }
}

const GOOD_FRENCH: &[&str] = &[
    "Racontez-moi tout ce dont vous vous souvenez du premier jour.",
    "Décrivez une journée de travail normale à la ferme.",
    "Expliquez comment l'argent était géré.",
    "Parlez-moi des personnes qui contrôlaient votre travail.",
    "Que s'est-il passé ensuite ?",
    "Qu'est-ce qui s'est passé après votre arrivée à Port Illen ?",
    "Où dormiez-vous ?",
    "Comment êtes-vous arrivée à Marrowby ?",
    "Qui commandait à l'usine ?",
    "Quand le travail commençait-il chaque jour ?",
    "Pouvez-vous me parler du voyage ?",
    "Pourriez-vous décrire la chambre ?",
    "Et ensuite, que s'est-il passé ?",
    "Et ensuite ?",
    "Vous dormiez où ?",
    "Avec qui viviez-vous ?",
    "Décrivez la maison et les personnes qui y vivaient.",
    "Décrivez l'endroit où vous dormiez.",
    "Racontez-moi ce que vous avez vu, même si cela vous paraît sans importance.",
];

const GOOD_PORTUGUESE: &[(&str, &str)] = &[
    ("pt-PT", "Conte-me tudo o que se lembra do primeiro dia."),
    ("pt-PT", "Descreva um dia normal de trabalho na quinta."),
    ("pt", "Fale-me das pessoas que controlavam o seu trabalho."),
    ("pt", "Explique como era gerido o dinheiro."),
    ("pt", "O que aconteceu depois?"),
    ("pt-PT", "Onde dormia?"),
    ("pt", "Como viajou para Marrowby?"),
    ("pt", "Quem mandava na fábrica?"),
    ("pt", "Quando começava o trabalho?"),
    ("pt-PT", "Pode contar-me como foi a viagem?"),
    ("pt-BR", "Você pode me contar como foi a viagem?"),
    ("pt", "E depois, o que aconteceu?"),
    ("pt", "E depois?"),
    ("pt-PT", "Com quem vivia?"),
    ("pt-BR", "Você dormia onde?"),
    (
        "pt-PT",
        "Conte-me o que aconteceu porque quero perceber bem.",
    ),
    ("pt-BR", "Me conte como era a casa onde você morava."),
    (
        "pt-PT",
        "O que é que aconteceu quando chegou a Tessaly Cross?",
    ),
];

#[test]
fn good_open_questions_are_left_alone_in_every_phase() {
    for phase in PHASES {
        for text in GOOD_FRENCH {
            assert_eq!(
                review(text, &LanguageTag::new("fr"), phase),
                vec![],
                "{text} ({phase:?})"
            );
        }
        for (tag, text) in GOOD_PORTUGUESE {
            assert_eq!(
                review(text, &LanguageTag::new(*tag), phase),
                vec![],
                "{text} ({phase:?})"
            );
        }
    }
}

#[test]
fn accents_tell_a_question_word_from_a_conjunction() {
    let fr = LanguageTag::new("fr");
    // "où" asks where; "ou" offers a choice.
    assert_eq!(
        kinds(
            "Vous dormiez dans la cuisine ou dans la cave ?",
            &fr,
            PeacePhase::Account
        ),
        vec![ForcedChoice]
    );
    assert_eq!(
        kinds(
            "Décrivez la pièce où vous dormiez.",
            &fr,
            PeacePhase::Account
        ),
        vec![]
    );
    // Portuguese "é" is "is"; "e" joins a second question.
    let pt = LanguageTag::new("pt-PT");
    assert_eq!(
        kinds("Onde é que dormia?", &pt, PeacePhase::Account),
        vec![]
    );
    assert_eq!(
        kinds("Onde dormia e quem pagava?", &pt, PeacePhase::Account),
        vec![Compound]
    );
}

#[test]
fn french_and_portuguese_are_read_whatever_the_region() {
    for tag in ["fr", "fr-CA", "fr-BE", "pt", "pt-BR", "pt-PT", "pt-AO"] {
        assert!(supports(&LanguageTag::new(tag)), "{tag}");
    }
    assert!(!supports(&LanguageTag::new("de")));
}

#[test]
fn the_options_offered_are_not_taken_for_the_subject() {
    let rewording = |text: &str, tag: &str| {
        review(text, &LanguageTag::new(tag), PeacePhase::Account)[0]
            .rewording
            .clone()
    };
    assert_eq!(
        rewording("Ficou com o passaporte ou com o bilhete?", "pt-PT"),
        "Descreva aquilo de que se lembra."
    );
    assert_eq!(
        rewording("Vous dormiez dans la cuisine ou dans la cave ?", "fr"),
        "Décrivez ce dont vous vous souvenez."
    );
    // A subject before the options is kept.
    assert_eq!(
        rewording("La porte était fermée ou ouverte ?", "fr"),
        "Décrivez la porte avec vos propres mots."
    );
}

#[test]
fn pronouns_that_look_like_articles_are_not_taken_for_the_subject() {
    let only_rewording = |text: &str, tag: &str| {
        let remarks = review(text, &LanguageTag::new(tag), PeacePhase::Account);
        assert_eq!(remarks.len(), 1, "{text}: {remarks:?}");
        (
            remarks[0].trigger.text.clone(),
            remarks[0].rewording.clone(),
        )
    };
    assert_eq!(
        only_rewording("L'avez-vous revu depuis ?", "fr"),
        (
            "L'avez".to_owned(),
            "Racontez-moi ce qui s'est passé, avec vos propres mots.".to_owned()
        )
    );
    assert_eq!(
        only_rewording("Vous la connaissiez ?", "fr").1,
        "Racontez-moi ce qui s'est passé, avec vos propres mots."
    );
    assert_eq!(
        only_rewording("Ele a ameaçou?", "pt-BR").1,
        "Conte-me o que aconteceu, com as suas palavras."
    );
    assert_eq!(
        only_rewording("Foi obrigada a trabalhar?", "pt-BR").1,
        "Conte-me o que aconteceu, com as suas palavras."
    );
    assert_eq!(
        only_rewording("A porta estava fechada?", "pt-PT").1,
        "Fale-me sobre a porta."
    );
}
