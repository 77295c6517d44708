//! Accepting suggestions, and undoing them.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::{Priority, SetAside, Suggestion};
use tell_once::model::consent::{ConsentPurpose, Decision};
use tell_once::model::planner::latest_consent_time;
use tell_once::model::planner::{accept, analyze, undo, undo_last, PlannerError};
use tell_once::model::sample::sample_case;
use tell_once::model::{AgencyId, PriorAccountId, QuestionId, TopicId};

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn record(id: &str) -> PriorAccountId {
    PriorAccountId::new(id)
}

fn merge(keep: &str, merged: &[&str]) -> Suggestion {
    Suggestion::Merge {
        keep: q(keep),
        merged: merged.iter().map(|m| q(m)).collect(),
    }
}

#[test]
fn merge_credits_every_agency_and_sets_the_others_aside() {
    let case = sample_case();
    let merged = accept(
        &case,
        &merge("q-debt-police", &["q-debt-prosecutor", "q-passport"]),
    )
    .expect("a valid merge");
    let kept = merged.question(&q("q-debt-police")).expect("kept");
    assert_eq!(
        kept.credited_to,
        vec![AgencyId::new("prosecutor"), AgencyId::new("ngo")]
    );
    assert_eq!(
        kept.topics,
        vec![
            TopicId::new("payment-and-debt"),
            TopicId::new("identity-documents")
        ]
    );
    assert_eq!(kept.priority, Priority::High);
    for other in ["q-debt-prosecutor", "q-passport"] {
        assert_eq!(
            merged.question(&q(other)).expect("merged").set_aside,
            Some(SetAside::MergedInto {
                question: q("q-debt-police")
            })
        );
    }
    assert_eq!(merged.accepted.len(), 1);
    assert_eq!(merged.accepted[0].before.len(), 3);
    assert_eq!(undo_last(&merged), Ok(case));
}

#[test]
fn merge_is_refused_when_malformed() {
    let case = sample_case();
    assert_eq!(
        accept(&case, &merge("q-debt-police", &[])),
        Err(PlannerError::MergeNeedsDistinctQuestions)
    );
    assert_eq!(
        accept(&case, &merge("q-debt-police", &["q-debt-police"])),
        Err(PlannerError::MergeNeedsDistinctQuestions)
    );
    assert_eq!(
        accept(
            &case,
            &merge("q-debt-police", &["q-passport", "q-passport"])
        ),
        Err(PlannerError::MergeNeedsDistinctQuestions)
    );
    assert_eq!(
        accept(&case, &merge("q-debt-police", &["q-nowhere"])),
        Err(PlannerError::UnknownQuestion {
            question: q("q-nowhere")
        })
    );
    let once = accept(&case, &merge("q-debt-police", &["q-debt-prosecutor"])).expect("merge");
    assert_eq!(
        accept(&once, &merge("q-debt-police", &["q-debt-prosecutor"])),
        Err(PlannerError::QuestionSetAside {
            question: q("q-debt-prosecutor")
        })
    );
}

#[test]
fn answering_from_a_record_needs_cover_and_consent() {
    let case = sample_case();
    let mark = |question: &str, rec: &str| Suggestion::MarkAnsweredByRecord {
        question: q(question),
        record: record(rec),
    };
    // The prosecutor may see the video, which covers the journey in detail.
    let answered = accept(&case, &mark("q-journey", "pa-video")).expect("consent given");
    assert_eq!(
        answered
            .question(&q("q-journey"))
            .expect("q")
            .answered_by_record(),
        Some(&record("pa-video"))
    );
    // The NGO may not.
    assert_eq!(
        accept(&case, &mark("q-job-offer", "pa-video")),
        Err(PlannerError::ShareConsentNotGiven {
            record: record("pa-video"),
            agency: AgencyId::new("ngo"),
        })
    );
    // The video mentions debt only in passing.
    assert_eq!(
        accept(&case, &mark("q-debt-police", "pa-video")),
        Err(PlannerError::RecordDoesNotCover {
            record: record("pa-video"),
            question: q("q-debt-police"),
        })
    );
    // A question without topics cannot be covered.
    assert!(matches!(
        accept(&case, &mark("q-rapport", "pa-video")),
        Err(PlannerError::RecordDoesNotCover { .. })
    ));
    assert_eq!(
        accept(&case, &mark("q-journey", "pa-missing")),
        Err(PlannerError::UnknownPriorAccount {
            record: record("pa-missing")
        })
    );
    let mut lost = case.clone();
    lost.prior_accounts[0].obtainable = false;
    assert_eq!(
        accept(&lost, &mark("q-journey", "pa-video")),
        Err(PlannerError::RecordNotObtainable {
            record: record("pa-video")
        })
    );
}

#[test]
fn request_share_consent_sets_the_question_aside_until_the_survivor_decides() {
    let case = sample_case();
    let request = Suggestion::RequestShareConsent {
        question: q("q-job-offer"),
        record: record("pa-video"),
        agencies: vec![AgencyId::new("ngo")],
    };
    let waiting = accept(&case, &request).expect("valid");
    let question = waiting.question(&q("q-job-offer")).expect("q");
    assert!(!question.is_asked());
    assert_eq!(
        question.set_aside,
        Some(SetAside::AwaitingShareConsent {
            record: record("pa-video"),
            agencies: vec![AgencyId::new("ngo")],
        })
    );
    assert_eq!(analyze(&waiting).retelling.repeated_questions_avoided, 1);
    assert_eq!(undo(&waiting, 0), Ok(case));
}

#[test]
fn reword_replaces_the_text_and_refuses_an_empty_one() {
    let case = sample_case();
    let reword = |text: &str| Suggestion::Reword {
        question: q("q-passport"),
        text: text.to_owned(),
    };
    let reworded = accept(&case, &reword("Tell me about your passport.")).expect("valid");
    assert_eq!(
        reworded.question(&q("q-passport")).expect("q").text,
        "Tell me about your passport."
    );
    assert_eq!(
        accept(&case, &reword("  ")),
        Err(PlannerError::EmptyRewording {
            question: q("q-passport")
        })
    );
}

#[test]
fn undo_restores_exactly_and_respects_later_changes() {
    let case = sample_case();
    let first = accept(&case, &merge("q-debt-police", &["q-debt-prosecutor"])).expect("merge");
    let second = accept(
        &first,
        &Suggestion::Reword {
            question: q("q-passport"),
            text: "Tell me about your passport.".to_owned(),
        },
    )
    .expect("reword");
    let third = accept(
        &second,
        &Suggestion::Reword {
            question: q("q-debt-police"),
            text: "Tell me about the money they said you owed.".to_owned(),
        },
    )
    .expect("reword");

    // The merge changed q-debt-police, which the third step changed again.
    assert_eq!(
        undo(&third, 0),
        Err(PlannerError::UndoBlocked {
            position: 0,
            later: 2
        })
    );
    // The passport rewording is independent of the rest.
    let without_passport = undo(&third, 1).expect("independent");
    assert_eq!(
        without_passport.question(&q("q-passport")),
        case.question(&q("q-passport"))
    );
    assert_eq!(without_passport.accepted.len(), 2);

    assert_eq!(undo_last(&third), Ok(second.clone()));
    assert_eq!(undo_last(&second), Ok(first.clone()));
    assert_eq!(undo_last(&first), Ok(case.clone()));
    assert_eq!(
        undo_last(&case),
        Err(PlannerError::NoSuchAcceptedSuggestion { position: 0 })
    );
    assert_eq!(
        undo(&first, 3),
        Err(PlannerError::NoSuchAcceptedSuggestion { position: 3 })
    );
}

#[test]
fn share_consent_checked_against_the_ledger_at_accept_time() {
    let mut case = sample_case();
    let suggestion = Suggestion::MarkAnsweredByRecord {
        question: q("q-journey"),
        record: record("pa-video"),
    };
    assert!(
        accept(&case, &suggestion).is_ok(),
        "consent is given at first"
    );
    let mut withdrawal = case.consent.events()[0].clone();
    withdrawal.id = "c-withdraw".into();
    withdrawal.purpose = ConsentPurpose::ShareRecord {
        agency: AgencyId::new("prosecutor"),
    };
    withdrawal.decision = Decision::Withdrawn;
    withdrawal.at = latest_consent_time(&case);
    case.consent
        .record(withdrawal)
        .expect("the prosecutor's share consent was given, so it can be withdrawn");
    assert!(matches!(
        accept(&case, &suggestion),
        Err(PlannerError::ShareConsentNotGiven { .. })
    ));
}

#[test]
fn errors_explain_what_to_do() {
    let message = PlannerError::ShareConsentNotGiven {
        record: record("pa-video"),
        agency: AgencyId::new("ngo"),
    }
    .to_string();
    assert!(message.contains("pa-video") && message.contains("ngo") && message.contains("consent"));
    let message = PlannerError::UndoBlocked {
        position: 0,
        later: 2,
    }
    .to_string();
    assert!(message.contains('0') && message.contains('2'));
}
