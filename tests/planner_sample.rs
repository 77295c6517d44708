//! The fictional sample case: the findings behind its headline figure, and the figure itself.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::{SetAside, Suggestion};
use tell_once::model::consent::{ConsentPurpose, Decision};
use tell_once::model::evidence::{EvidenceItem, EvidenceKind, EvidenceStatus};
use tell_once::model::planner::finding::{FindingKind, FindingSubject, Severity};
use tell_once::model::planner::{accept, analyze, latest_consent_time, CorroborationSummary};
use tell_once::model::sample::sample_case;
use tell_once::model::{AgencyId, EvidenceId, PriorAccountId, QuestionId, SessionId, TopicId};

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn kinds_for_session(
    analysis: &tell_once::model::planner::Analysis,
    session: &str,
) -> Vec<FindingKind> {
    let subject = FindingSubject::Session(SessionId::new(session));
    analysis
        .findings
        .iter()
        .filter(|f| f.concerns.contains(&subject))
        .map(|f| f.kind)
        .collect()
}

#[test]
fn sample_case_is_fictional_and_pseudonymous() {
    let case = sample_case();
    assert!(case.fictional);
    assert_eq!(case.code, "TO-2026-014");
}

#[test]
fn sample_findings_before_accepting() {
    let analysis = analyze(&sample_case());
    let suggestions: Vec<&Suggestion> = analysis
        .findings
        .iter()
        .filter_map(|f| f.suggestion.as_ref())
        .collect();
    assert_eq!(
        suggestions,
        vec![
            &Suggestion::MarkAnsweredByRecord {
                question: q("q-journey"),
                record: PriorAccountId::new("pa-video"),
            },
            &Suggestion::RequestShareConsent {
                question: q("q-job-offer"),
                record: PriorAccountId::new("pa-video"),
                agencies: vec![AgencyId::new("ngo")],
            },
            &Suggestion::Merge {
                keep: q("q-debt-police"),
                merged: vec![q("q-debt-prosecutor")],
            },
            &Suggestion::Reword {
                question: q("q-leaving"),
                text: "Tell me what made it hard to leave the farm.".to_owned(),
            },
            &Suggestion::Reword {
                question: q("q-passport"),
                text: "Tell me about your passport.".to_owned(),
            },
            // Rule 8: nothing requested for the advert, the control or the escape.
            &Suggestion::RequestEvidence {
                item: request(
                    "ev-recruitment-communications",
                    EvidenceKind::Communications,
                    "Job and online advertisements, and messages on the platforms used.",
                    "recruitment",
                    "ngo",
                ),
            },
            &Suggestion::RequestEvidence {
                item: request(
                    "ev-control-methods-communications",
                    EvidenceKind::Communications,
                    "Messages and letters, call records, intercepted communications.",
                    "control-methods",
                    "police",
                ),
            },
            &Suggestion::RequestEvidence {
                item: request(
                    "ev-escape-witnesses",
                    EvidenceKind::WitnessStatements,
                    "Statements of those who helped or saw the person leave.",
                    "escape",
                    "prosecutor",
                ),
            },
        ]
    );
    let kinds: Vec<FindingKind> = analysis.findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        vec![
            FindingKind::AlreadyTold,
            FindingKind::ConsentToShareMissing,
            FindingKind::DuplicateQuestion,
            FindingKind::RetoldTopic,
            FindingKind::ConsentMissing,
            FindingKind::LongWithoutBreak,
            FindingKind::InterpreterMissing,
            FindingKind::NoSupportPerson,
            FindingKind::IntimidatingLocation,
            FindingKind::SensitiveBeforeRapport,
            FindingKind::SeveralNoteTakers,
            FindingKind::CoachWhy,
            FindingKind::CoachClosedInFreeRecall,
            FindingKind::WordAlone,
            FindingKind::WordAlone,
            FindingKind::WordAlone,
            // The payroll obtained shows the working day.
            FindingKind::CoveredByEvidence,
        ]
    );
    // Planned: recruitment, travel, control, work, hours, pay, documents, people, escape.
    assert_eq!(
        analysis.corroboration,
        CorroborationSummary {
            topics_planned: 9,
            topics_requested: 6,
            topics_corroborated: 2,
        }
    );
    // The well-planned main session draws no finding; the draft follow-up draws seven.
    assert!(kinds_for_session(&analysis, "s-main").is_empty());
    assert_eq!(kinds_for_session(&analysis, "s-follow-up").len(), 7);
    let retold = &analysis.findings[3];
    assert_eq!(
        retold.concerns,
        vec![FindingSubject::Topic(TopicId::new("payment-and-debt"))]
    );
    let photographs = &analysis.findings[4];
    assert_eq!(photographs.severity, Severity::Blocking);
    assert!(photographs
        .concerns
        .contains(&FindingSubject::ConsentPurpose(ConsentPurpose::Photographs)));
    assert_eq!(analysis.retelling.repeated_questions_avoided, 0);
}

/// A request for evidence made at the sample's clock, its latest consent event.
fn request(
    id: &str,
    kind: EvidenceKind,
    description: &str,
    topic: &str,
    agency: &str,
) -> EvidenceItem {
    EvidenceItem {
        id: EvidenceId::new(id),
        kind,
        description: description.to_owned(),
        topics: vec![TopicId::new(topic)],
        agency: AgencyId::new(agency),
        status: EvidenceStatus::Requested {
            at: latest_consent_time(&sample_case()),
        },
    }
}

fn accept_all(case: &tell_once::model::case::Case) -> tell_once::model::case::Case {
    let analysis = analyze(case);
    analysis
        .findings
        .iter()
        .filter_map(|f| f.suggestion.as_ref())
        .fold(case.clone(), |case, suggestion| {
            accept(&case, suggestion).expect("every suggestion of the sample applies")
        })
}

#[test]
fn sample_avoids_three_repeated_questions_after_accepting() {
    let case = accept_all(&sample_case());
    // Five suggestions on questions and three evidence requests.
    assert_eq!(case.accepted.len(), 8);
    assert_eq!(case.evidence.len(), 7);
    let analysis = analyze(&case);
    // Set aside: q-journey (answered by the video), q-job-offer (waits for consent to share
    // the video with the NGO), q-debt-prosecutor (merged into q-debt-police).
    assert_eq!(analysis.retelling.repeated_questions_avoided, 3);
    assert_eq!(analysis.retelling.topic_askings_avoided, 3);
    let debt = analysis
        .retelling
        .topics
        .iter()
        .find(|row| row.topic.as_str() == "payment-and-debt")
        .expect("payment and debt is planned");
    assert_eq!(
        (debt.already_told, debt.planned_raw, debt.planned_now),
        (1, 2, 1)
    );
    let kept = case.question(&q("q-debt-police")).expect("kept");
    assert_eq!(kept.credited_to, vec![AgencyId::new("prosecutor")]);
    assert_eq!(
        case.question(&q("q-debt-prosecutor"))
            .expect("merged")
            .set_aside,
        Some(SetAside::MergedInto {
            question: q("q-debt-police")
        })
    );
    // What is left is the draft follow-up session's problems.
    let kinds: Vec<FindingKind> = analysis.findings.iter().map(|f| f.kind).collect();
    assert!(!kinds.iter().any(|k| matches!(
        k,
        FindingKind::AlreadyTold
            | FindingKind::ConsentToShareMissing
            | FindingKind::DuplicateQuestion
            | FindingKind::RetoldTopic
            | FindingKind::CoachWhy
            | FindingKind::CoachClosedInFreeRecall
    )));
    assert_eq!(kinds_for_session(&analysis, "s-follow-up").len(), 7);
}

#[test]
fn share_consent_later_given_lets_the_record_answer() {
    let mut case = accept_all(&sample_case());
    let mut share = case.consent.events()[0].clone();
    share.id = "c-share-ngo".into();
    share.purpose = ConsentPurpose::ShareRecord {
        agency: AgencyId::new("ngo"),
    };
    share.decision = Decision::Given;
    case.consent
        .record(share)
        .expect("a first decision on sharing with the NGO");
    let analysis = analyze(&case);
    let given: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::ShareConsentGiven)
        .collect();
    assert_eq!(given.len(), 1);
    let suggestion = given[0].suggestion.clone().expect("a suggestion");
    let case = accept(&case, &suggestion).expect("consent is now given");
    assert_eq!(
        case.question(&q("q-job-offer")).expect("asked").set_aside,
        Some(SetAside::AnsweredByRecord {
            record: PriorAccountId::new("pa-video")
        })
    );
    assert_eq!(analyze(&case).retelling.repeated_questions_avoided, 3);
}
