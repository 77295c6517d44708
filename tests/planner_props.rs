//! Properties over many cases: generated ones of arbitrary size and seed, and arbitrary ones whose
//! references may point nowhere.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};
use tell_once::model::case::{
    AccountForm, Attendee, AttendeeRole, Case, Coverage, LocationKind, PeacePhase, PriorAccount,
    Priority, Question, SessionPlan, SetAside, Suggestion, TopicCoverage,
};
use tell_once::model::coach::review;
use tell_once::model::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::generate::{generated_case_with, GeneratorSettings};
use tell_once::model::planner::finding::FindingSubject;
use tell_once::model::planner::similarity::near_identical;
use tell_once::model::planner::{accept, analyze, duplicates, undo, undo_last};
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::shared::Shared;
use tell_once::model::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, LanguageTag, PriorAccountId, QuestionId, SessionId,
    Timestamp, TopicId,
};

fn settings() -> impl Strategy<Value = GeneratorSettings> {
    (
        any::<u64>(),
        0usize..6,
        0usize..15,
        0usize..40,
        0usize..4,
        0usize..15,
        0usize..3,
    )
        .prop_map(
            |(seed, agencies, prior_accounts, questions, sessions, consent_events, referrals)| {
                GeneratorSettings {
                    seed,
                    agencies,
                    prior_accounts,
                    questions,
                    sessions,
                    consent_events,
                    referrals,
                }
            },
        )
}

// ---------- arbitrary cases, references allowed to dangle ----------

const IDS: &[&str] = &["a", "b", "c", "d"];
const TOPICS: &[&str] = &[
    "travel",
    "escape",
    "recruitment",
    "sexual-exploitation",
    "made-up",
];

fn id() -> impl Strategy<Value = String> {
    prop::sample::select(IDS).prop_map(str::to_owned)
}

fn topic_ids() -> impl Strategy<Value = Vec<TopicId>> {
    prop::collection::vec(prop::sample::select(TOPICS).prop_map(TopicId::new), 0..4)
}

fn language() -> impl Strategy<Value = LanguageTag> {
    prop::sample::select(&["en", "es", "es-MX", "pt", ""][..]).prop_map(LanguageTag::new)
}

fn phase() -> impl Strategy<Value = PeacePhase> {
    prop::sample::select(
        &[
            PeacePhase::Plan,
            PeacePhase::Engage,
            PeacePhase::Account,
            PeacePhase::Closure,
            PeacePhase::Evaluate,
        ][..],
    )
}

fn wording() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        prop::sample::select(
            &[
                "Why didn't you leave?",
                "Was it day or night?",
                "Tell me about the house and who lived there.",
                "Describe the house.",
                "¿Por qué no se escapó?",
                "He hit you, didn't he?",
                "Describe the modus operandi.",
            ][..]
        )
        .prop_map(str::to_owned),
    ]
}

fn set_aside() -> impl Strategy<Value = Option<SetAside>> {
    prop_oneof![
        3 => Just(None),
        1 => id().prop_map(|q| Some(SetAside::MergedInto { question: QuestionId::new(q) })),
        1 => id().prop_map(|r| Some(SetAside::AnsweredByRecord { record: PriorAccountId::new(r) })),
        1 => (id(), prop::collection::vec(id(), 0..3)).prop_map(|(r, agencies)| {
            Some(SetAside::AwaitingShareConsent {
                record: PriorAccountId::new(r),
                agencies: agencies.into_iter().map(AgencyId::new).collect(),
            })
        }),
    ]
}

fn question() -> impl Strategy<Value = Question> {
    (
        id(),
        id(),
        wording(),
        language(),
        topic_ids(),
        phase(),
        prop::collection::vec(id(), 0..3),
        set_aside(),
        prop::sample::select(&[Priority::Low, Priority::Normal, Priority::High][..]),
    )
        .prop_map(
            |(id, agency, text, language, topics, phase, credited, set_aside, priority)| Question {
                id: QuestionId::new(id),
                agency: AgencyId::new(agency),
                text,
                language,
                topics,
                phase,
                priority,
                credited_to: credited.into_iter().map(AgencyId::new).collect(),
                set_aside,
            },
        )
}

fn prior_account() -> impl Strategy<Value = PriorAccount> {
    (
        id(),
        id(),
        any::<i64>(),
        prop::collection::vec(
            (
                prop::sample::select(TOPICS),
                prop::sample::select(
                    &[Coverage::Mentioned, Coverage::Partial, Coverage::Detailed][..],
                ),
            ),
            0..5,
        ),
        any::<bool>(),
    )
        .prop_map(|(id, agency, at, topics, obtainable)| PriorAccount {
            id: PriorAccountId::new(id),
            agency: AgencyId::new(agency),
            at: Timestamp(at),
            form: AccountForm::Notes,
            topics: topics
                .into_iter()
                .map(|(t, coverage)| TopicCoverage {
                    topic: TopicId::new(t),
                    coverage,
                })
                .collect(),
            obtainable,
        })
}

fn session() -> impl Strategy<Value = SessionPlan> {
    (
        id(),
        language(),
        any::<u32>(),
        prop::collection::vec(any::<u32>(), 0..4),
        prop::collection::vec(
            prop::sample::select(
                &[
                    AttendeeRole::LeadInterviewer,
                    AttendeeRole::NoteTaker,
                    AttendeeRole::Interpreter,
                    AttendeeRole::SupportPerson,
                    AttendeeRole::Observer,
                ][..],
            ),
            0..7,
        ),
        prop::collection::vec(id(), 0..6),
        any::<(bool, bool, bool, bool)>(),
    )
        .prop_map(
            |(id, language, duration, breaks, roles, order, (rec, med, photo, declined))| {
                let mut session = SessionPlan::new(
                    SessionId::new(id),
                    Timestamp(0),
                    LocationKind::PoliceStation,
                    language,
                    duration,
                );
                session.breaks = breaks;
                session.attendees = roles
                    .into_iter()
                    .map(|role| Attendee::new("Someone", role))
                    .collect();
                session.questions = order.into_iter().map(QuestionId::new).collect();
                session.needs_recording = rec;
                session.medical_examination = med;
                session.photographs = photo;
                session.support_person_declined = declined;
                session
            },
        )
}

fn consent_event() -> impl Strategy<Value = ConsentEvent> {
    (
        prop_oneof![
            Just(ConsentPurpose::TakePart),
            Just(ConsentPurpose::Recording),
            Just(ConsentPurpose::Photographs),
            id().prop_map(|a| ConsentPurpose::ShareRecord {
                agency: AgencyId::new(a)
            }),
        ],
        prop::sample::select(&[Decision::Given, Decision::Declined, Decision::Withdrawn][..]),
        prop::sample::select(&[ConsentParty::Survivor, ConsentParty::Guardian][..]),
        any::<bool>(),
    )
        .prop_map(|(purpose, decision, party, understood)| ConsentEvent {
            id: ConsentEventId::new("e"),
            purpose,
            decision,
            party,
            at: Timestamp(0),
            recorded_by: "Caseworker".to_owned(),
            method: ConsentMethod::Spoken,
            language: LanguageTag::new("en"),
            interpreter: None,
            understanding_confirmed: understood,
            note: String::new(),
            corrects: None,
        })
}

/// The events in order, each with its own id and time, leaving out those the ledger refuses
/// (a withdrawal of what was not given), as the screen recording them would refuse them.
fn ledger_of(events: Vec<ConsentEvent>) -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    for (n, event) in events.into_iter().enumerate() {
        let _refused = ledger.record(ConsentEvent {
            id: ConsentEventId::new(format!("e{n}")),
            at: Timestamp(n as i64),
            ..event
        });
    }
    ledger
}

fn arbitrary_case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec(question(), 0..10),
        prop::collection::vec(prior_account(), 0..5),
        prop::collection::vec(session(), 0..3),
        prop::collection::vec(consent_event(), 0..6),
        language(),
        any::<bool>(),
        topic_ids(),
        any::<bool>(),
    )
        .prop_map(
            |(questions, prior_accounts, sessions, events, language, interpreter, avoid, minor)| {
                let mut case = Case::new(CaseId::new("x"), "PT-1", language);
                case.questions = questions.into_iter().map(Shared::new).collect();
                case.prior_accounts = prior_accounts.into();
                case.sessions = sessions.into();
                case.consent = ledger_of(events).into();
                case.profile.interpreter_needed = interpreter;
                case.profile.avoid_topics = avoid;
                if minor {
                    case.profile.age_group = AgeGroup::Minor;
                }
                case
            },
        )
}

fn arbitrary_suggestion() -> impl Strategy<Value = Suggestion> {
    prop_oneof![
        (id(), prop::collection::vec(id(), 0..3)).prop_map(|(keep, merged)| Suggestion::Merge {
            keep: QuestionId::new(keep),
            merged: merged.into_iter().map(QuestionId::new).collect(),
        }),
        (id(), id()).prop_map(|(q, r)| Suggestion::MarkAnsweredByRecord {
            question: QuestionId::new(q),
            record: PriorAccountId::new(r),
        }),
        (id(), id(), id()).prop_map(|(q, r, a)| Suggestion::RequestShareConsent {
            question: QuestionId::new(q),
            record: PriorAccountId::new(r),
            agencies: vec![AgencyId::new(a)],
        }),
        (id(), wording()).prop_map(|(q, text)| Suggestion::Reword {
            question: QuestionId::new(q),
            text,
        }),
    ]
}

/// Duplicate groups by comparing every pair: the definition the fast rule must match.
fn duplicate_groups_by_every_pair(case: &Case) -> BTreeSet<Vec<QuestionId>> {
    let asked: Vec<&Question> = case
        .questions
        .iter()
        .map(|q| &**q)
        .filter(|q| q.is_asked())
        .collect();
    let topic_set = |q: &Question| q.topics.iter().cloned().collect::<BTreeSet<_>>();
    let mut group: Vec<usize> = (0..asked.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            i = group[i];
        }
        i
    }
    for a in 0..asked.len() {
        for b in a + 1..asked.len() {
            if topic_set(asked[a]) == topic_set(asked[b])
                && near_identical(&asked[a].text, &asked[b].text)
            {
                let (ra, rb) = (root(&mut group, a), root(&mut group, b));
                group[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..asked.len() {
        let r = root(&mut group, i);
        members.entry(r).or_default().push(i);
    }
    members
        .into_values()
        .filter(|m| {
            let agencies: BTreeSet<AgencyId> =
                m.iter().flat_map(|&i| asked[i].served_agencies()).collect();
            agencies.len() > 1
        })
        .map(|m| m.into_iter().map(|i| asked[i].id.clone()).collect())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_cases_round_trip(settings in settings()) {
        let case = generated_case_with(&settings);
        prop_assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }

    #[test]
    fn generated_ledgers_pass_the_ledgers_own_rules(settings in settings()) {
        let case = generated_case_with(&settings);
        let events = case.consent.events().to_vec();
        prop_assert_eq!(events.len(), settings.consent_events);
        prop_assert_eq!(ConsentLedger::try_from(events), Ok(case.consent.into_inner()));
    }

    #[test]
    fn generation_is_deterministic(settings in settings()) {
        prop_assert_eq!(generated_case_with(&settings), generated_case_with(&settings));
    }

    #[test]
    fn every_suggestion_applies_and_undoes_exactly(settings in settings()) {
        let case = generated_case_with(&settings);
        let analysis = analyze(&case);
        for suggestion in analysis.findings.iter().filter_map(|f| f.suggestion.as_ref()) {
            let accepted = accept(&case, suggestion);
            prop_assert!(accepted.is_ok(), "{:?}: {:?}", suggestion, accepted);
            let accepted = accepted.unwrap_or_else(|_| case.clone());
            prop_assert_eq!(undo(&accepted, 0), Ok(case.clone()));
        }
    }

    #[test]
    fn accepting_everything_then_undoing_everything_gives_back_the_case(settings in settings()) {
        let case = generated_case_with(&settings);
        let mut current = case.clone();
        for suggestion in analyze(&case).findings.iter().filter_map(|f| f.suggestion.as_ref()) {
            // A merge may already have set aside a question another suggestion names.
            if let Ok(next) = accept(&current, suggestion) {
                current = next;
            }
        }
        let avoided = analyze(&current).retelling.repeated_questions_avoided;
        prop_assert_eq!(avoided, current.questions.iter().filter(|q| !q.is_asked()).count());
        while !current.accepted.is_empty() {
            current = undo_last(&current).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        prop_assert_eq!(current, case);
    }

    #[test]
    fn fast_duplicate_rule_matches_every_pair_comparison(settings in settings()) {
        let case = generated_case_with(&settings);
        let found: BTreeSet<Vec<QuestionId>> = duplicates(&case)
            .into_iter()
            .map(|f| {
                f.concerns
                    .into_iter()
                    .filter_map(|s| match s {
                        FindingSubject::Question(q) => Some(q),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        prop_assert_eq!(found, duplicate_groups_by_every_pair(&case));
    }

    #[test]
    fn analyze_never_panics_on_arbitrary_cases(case in arbitrary_case()) {
        let analysis = analyze(&case);
        prop_assert!(analysis.retelling.repeated_questions_avoided <= case.questions.len());
    }

    #[test]
    fn arbitrary_cases_round_trip(case in arbitrary_case()) {
        prop_assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }

    #[test]
    fn accept_then_undo_is_identity(case in arbitrary_case(), suggestion in arbitrary_suggestion()) {
        if let Ok(accepted) = accept(&case, &suggestion) {
            prop_assert_eq!(accepted.accepted.len(), case.accepted.len() + 1);
            prop_assert_eq!(undo_last(&accepted), Ok(case));
        }
    }

    #[test]
    fn coach_triggers_always_point_into_the_text(
        text in wording(),
        language in language(),
        phase in phase(),
    ) {
        for remark in review(&text, &language, phase) {
            prop_assert_eq!(text.get(remark.trigger.start..remark.trigger.end), Some(remark.trigger.text.as_str()));
            prop_assert!(!remark.rewording.trim().is_empty());
        }
    }
}
