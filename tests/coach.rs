//! The question coach, in both directions: poor wordings are caught, good open questions are left alone.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::PeacePhase;
use tell_once::model::coach::{review, supports, RemarkKind};
use tell_once::model::LanguageTag;

fn en() -> LanguageTag {
    LanguageTag::new("en")
}

fn es() -> LanguageTag {
    LanguageTag::new("es")
}

fn kinds(text: &str, language: &LanguageTag, phase: PeacePhase) -> Vec<RemarkKind> {
    review(text, language, phase)
        .iter()
        .map(|r| r.kind)
        .collect()
}

const GOOD_ENGLISH: &[&str] = &[
    "Tell me about the house where you stayed.",
    "Tell me everything you remember about the first day.",
    "Describe a normal working day at the farm.",
    "Describe the people who controlled your work.",
    "Explain how the money was handled.",
    "Tell me what happened after you arrived in Port Illen.",
    "What happened next?",
    "Where did you sleep?",
    "How did you travel to Marrowby?",
    "Who was in charge at the factory?",
    "When did the work start each day?",
    "Can you tell me about the journey?",
    "Could you describe the room for me?",
    "Would you like to tell me more about that?",
    "Tell me more about the man you called the boss.",
    "Walk me through the day you left.",
    "Tell me what you would like us to call you today.",
    "Tell me about the debt, in your own words.",
    "Describe how the work was organised, from morning to night.",
    "What else do you remember about the van?",
    "Explain what the rules of the house were.",
    "Tell me about anything he said or did that worried you.",
    "Tell me about the meals and the rest breaks.",
    "Describe the journey from your home town to Marrowby.",
];

const GOOD_SPANISH: &[&str] = &[
    "Cuénteme sobre la casa donde se quedó.",
    "Cuénteme todo lo que recuerde del primer día.",
    "Describa un día normal de trabajo en la granja.",
    "Explique cómo se manejaba el dinero.",
    "¿Qué pasó después?",
    "¿Dónde dormía?",
    "¿Cómo viajó a Marrowby?",
    "¿Quién mandaba en la fábrica?",
    "¿Cuándo empezaba el trabajo cada día?",
    "¿Puede contarme sobre el viaje?",
    "¿Podría describir la habitación?",
    "Hábleme de las personas que controlaban su trabajo.",
    "Cuénteme lo que pasó cuando llegó a Tessaly Cross.",
    "Dígame qué más recuerda de la furgoneta.",
    "Cuénteme qué hacía usted porque quiero entenderlo bien.",
    "Describa las normas de la casa.",
];

#[test]
fn good_open_questions_are_left_alone_in_every_phase() {
    for phase in [
        PeacePhase::Plan,
        PeacePhase::Engage,
        PeacePhase::Account,
        PeacePhase::Closure,
        PeacePhase::Evaluate,
    ] {
        for text in GOOD_ENGLISH {
            assert_eq!(review(text, &en(), phase), vec![], "{text} ({phase:?})");
        }
        for text in GOOD_SPANISH {
            assert_eq!(review(text, &es(), phase), vec![], "{text} ({phase:?})");
        }
    }
}

#[test]
fn leading_questions_are_caught() {
    for text in [
        "He took your passport, didn't he?",
        "You were locked in at night, weren't you?",
        "The boss paid you nothing, right?",
        "Didn't he threaten your family?",
        "Isn't it true that you owed them money?",
        "Is it true that they hit you?",
        "Surely you wanted to leave?",
        "I suppose the van came at night?",
        "You must have been scared.",
        "Wouldn't you agree that the work was dangerous?",
    ] {
        assert!(
            kinds(text, &en(), PeacePhase::Account).contains(&RemarkKind::Leading),
            "{text}"
        );
    }
    for text in [
        "Le quitaron el pasaporte, ¿verdad?",
        "Usted trabajaba de noche, ¿no?",
        "Le pegaban, ¿no es así?",
        "¿No le amenazaron?",
        "¿No es cierto que le debía dinero?",
        "Seguramente quería irse.",
        "Supongo que la furgoneta llegaba de noche.",
    ] {
        assert!(
            kinds(text, &es(), PeacePhase::Account).contains(&RemarkKind::Leading),
            "{text}"
        );
    }
}

#[test]
fn a_leading_question_is_not_also_called_closed() {
    assert_eq!(
        kinds("Didn't he take your passport?", &en(), PeacePhase::Account),
        vec![RemarkKind::Leading]
    );
}

#[test]
fn why_questions_are_caught() {
    for text in [
        "Why didn't you leave?",
        "Why did you go with him?",
        "And why were you at the station?",
        "Tell me why you stayed.",
    ] {
        assert!(
            kinds(text, &en(), PeacePhase::Engage).contains(&RemarkKind::Why),
            "{text}"
        );
    }
    for text in [
        "¿Por qué no se escapó?",
        "¿Por que no llamó a la policía?",
        "Dígame por qué se quedó.",
        "¿Cuál fue el porqué de su decisión?",
    ] {
        assert!(
            kinds(text, &es(), PeacePhase::Engage).contains(&RemarkKind::Why),
            "{text}"
        );
    }
    // "porque" is "because", not "why".
    assert!(kinds(
        "Cuénteme qué pasó porque es importante.",
        &es(),
        PeacePhase::Account
    )
    .is_empty());
}

#[test]
fn why_rewordings_keep_the_subject_without_blame() {
    let rewording = |text: &str| {
        review(text, &en(), PeacePhase::Account)[0]
            .rewording
            .clone()
    };
    assert_eq!(
        rewording("Why didn't you leave the farm?"),
        "Tell me what made it hard to leave the farm."
    );
    assert_eq!(
        rewording("Why did you go with him?"),
        "Tell me what led you to go with him."
    );
    assert_eq!(
        rewording("Why were you at the station?"),
        "Tell me how you came to be at the station."
    );
    assert_eq!(
        rewording("Why did he hit you?"),
        "Explain what was happening for you at that time."
    );
    assert_eq!(
        review("¿Por qué no se escapó?", &es(), PeacePhase::Account)[0].rewording,
        "Explíqueme qué estaba pasando para usted en ese momento."
    );
}

#[test]
fn compound_questions_are_caught_and_split() {
    let remarks = review(
        "Where did you live? Who paid the rent?",
        &en(),
        PeacePhase::Account,
    );
    let compound = remarks
        .iter()
        .find(|r| r.kind == RemarkKind::Compound)
        .expect("two questions in one");
    assert_eq!(compound.trigger.text, "Who paid the rent");
    assert_eq!(compound.rewording, "Where did you live?");

    let remarks = review(
        "Tell me about the house and who lived there.",
        &en(),
        PeacePhase::Account,
    );
    assert_eq!(remarks.len(), 1);
    assert_eq!(remarks[0].kind, RemarkKind::Compound);
    assert_eq!(remarks[0].trigger.text, "and who");
    assert_eq!(remarks[0].rewording, "Tell me about the house.");

    assert!(kinds(
        "Describe the van and did he lock it?",
        &en(),
        PeacePhase::Account
    )
    .contains(&RemarkKind::Compound));
    for text in [
        "¿Dónde vivía y quién pagaba el alquiler?",
        "¿Dónde vivía? ¿Quién pagaba?",
        "Cuénteme sobre la casa y por qué se fue.",
    ] {
        assert!(
            kinds(text, &es(), PeacePhase::Account).contains(&RemarkKind::Compound),
            "{text}"
        );
    }
    // "y que" without the accent is not a second question.
    assert!(kinds(
        "Cuénteme lo que vio y que recuerde.",
        &es(),
        PeacePhase::Account
    )
    .is_empty());
}

#[test]
fn forced_choice_questions_are_caught_in_free_recall() {
    for text in [
        "Was it day or night?",
        "Did he hit you or push you?",
        "Did they pay you or not?",
        "Which was it, the car or the van?",
    ] {
        assert_eq!(
            kinds(text, &en(), PeacePhase::Account),
            vec![RemarkKind::ForcedChoice],
            "{text}"
        );
    }
    for text in [
        "¿Era de día o de noche?",
        "¿Le pagaban o no?",
        "¿Cuál era, el coche o la furgoneta?",
    ] {
        assert_eq!(
            kinds(text, &es(), PeacePhase::Account),
            vec![RemarkKind::ForcedChoice],
            "{text}"
        );
    }
    // Leaving room for another answer makes it fair; outside free recall it is not flagged.
    assert_eq!(
        kinds(
            "Was it day, night or something else?",
            &en(),
            PeacePhase::Account
        ),
        vec![RemarkKind::ClosedInFreeRecall]
    );
    assert!(kinds("Would you like water or tea?", &en(), PeacePhase::Engage).is_empty());
    let remarks = review("Was the van white or blue?", &en(), PeacePhase::Account);
    assert_eq!(remarks[0].trigger.text, "or blue");
    assert_eq!(remarks[0].rewording, "Describe the van in your own words.");
    // The options offered are not the subject: no "Describe the car" for "the car or the van".
    assert_eq!(
        review(
            "Which was it, the car or the van?",
            &en(),
            PeacePhase::Account
        )[0]
        .rewording,
        "Describe what you remember about that."
    );
}

#[test]
fn closed_questions_are_caught_only_in_free_recall() {
    for text in [
        "Did they take your passport?",
        "Was the door locked?",
        "Do you remember the address?",
        "Have you seen him since?",
        "Could he speak your language?",
    ] {
        assert_eq!(
            kinds(text, &en(), PeacePhase::Account),
            vec![RemarkKind::ClosedInFreeRecall],
            "{text}"
        );
        assert!(kinds(text, &en(), PeacePhase::Closure).is_empty(), "{text}");
    }
    for text in [
        "¿Le quitaron el pasaporte?",
        "¿Estaba cerrada la puerta?",
        "¿Recuerda la dirección?",
    ] {
        assert_eq!(
            kinds(text, &es(), PeacePhase::Account),
            vec![RemarkKind::ClosedInFreeRecall],
            "{text}"
        );
        assert!(kinds(text, &es(), PeacePhase::Engage).is_empty(), "{text}");
    }
    let rewording = |text: &str, language: &LanguageTag| {
        review(text, language, PeacePhase::Account)[0]
            .rewording
            .clone()
    };
    assert_eq!(
        rewording("Did they take your passport?", &en()),
        "Tell me about your passport."
    );
    assert_eq!(
        rewording("Did he hit you?", &en()),
        "Tell me what happened, in your own words."
    );
    assert_eq!(
        rewording("¿Le quitaron el pasaporte?", &es()),
        "Cuénteme sobre el pasaporte."
    );
    assert_eq!(
        rewording("¿La amenazaron?", &es()),
        "Cuénteme lo que pasó, con sus propias palabras."
    );
}

#[test]
fn jargon_is_caught_and_replaced_with_plain_words() {
    let remarks = review(
        "Describe the modus operandi of the perpetrators.",
        &en(),
        PeacePhase::Account,
    );
    assert_eq!(
        remarks.iter().map(|r| r.kind).collect::<Vec<_>>(),
        vec![RemarkKind::Jargon, RemarkKind::Jargon]
    );
    assert_eq!(remarks[0].trigger.text, "modus operandi");
    assert_eq!(remarks[1].trigger.text, "perpetrators");
    assert_eq!(
        remarks[0].rewording,
        "Describe the way they did things of the people who did this."
    );
    let remarks = review(
        "Explique la coacción y la servidumbre por deudas.",
        &es(),
        PeacePhase::Account,
    );
    assert_eq!(remarks.len(), 2);
    assert_eq!(remarks[0].trigger.text, "coacción");
    assert_eq!(
        remarks[0].rewording,
        "Explique la presión o amenazas y la deuda que le dijeron que debía."
    );
    assert_eq!(
        review(
            "Subsequently, tell me where you went.",
            &en(),
            PeacePhase::Account
        )[0]
        .rewording,
        "Then, tell me where you went."
    );
}

#[test]
fn triggers_point_into_the_question_text() {
    let samples: &[(&str, LanguageTag)] = &[
        ("He took your passport, didn’t he?", en()),
        ("¿Por qué no se escapó?", es()),
        ("Describe the perpetrator’s car and who drove it.", en()),
        ("ÁNGEL said what? And why?", en()),
    ];
    for (text, language) in samples {
        let remarks = review(text, language, PeacePhase::Account);
        assert!(!remarks.is_empty(), "{text}");
        for remark in remarks {
            assert_eq!(
                &text[remark.trigger.start..remark.trigger.end],
                remark.trigger.text
            );
        }
    }
}

#[test]
fn rewordings_are_themselves_good_questions() {
    let poor_english = [
        "He took your passport, didn't he?",
        "Why didn't you leave the farm?",
        "Why did he hit you?",
        "Where did you live? Who paid the rent?",
        "Tell me about the house and who lived there.",
        "Was the van white or blue?",
        "Did they take your passport?",
        "Did he hit you?",
        "Was it day or night?",
    ];
    for text in poor_english {
        for remark in review(text, &en(), PeacePhase::Account) {
            assert_eq!(
                review(&remark.rewording, &en(), PeacePhase::Account),
                vec![],
                "{text} -> {}",
                remark.rewording
            );
        }
    }
    let poor_spanish = [
        "Le quitaron el pasaporte, ¿verdad?",
        "¿Por qué no se escapó?",
        "¿Dónde vivía y quién pagaba el alquiler?",
        "¿Era de día o de noche?",
        "¿Le quitaron el pasaporte?",
        "¿La amenazaron?",
    ];
    for text in poor_spanish {
        for remark in review(text, &es(), PeacePhase::Account) {
            assert_eq!(
                review(&remark.rewording, &es(), PeacePhase::Account),
                vec![],
                "{text} -> {}",
                remark.rewording
            );
        }
    }
}

#[test]
fn other_languages_get_no_remarks() {
    let german = LanguageTag::new("de-AT");
    assert!(!supports(&german));
    assert!(supports(&LanguageTag::new("es-MX")));
    assert!(review(
        "Warum sind Sie nicht gegangen?",
        &german,
        PeacePhase::Account
    )
    .is_empty());
}
