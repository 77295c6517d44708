//! Each planner rule alone: what it flags, and the good practice it leaves alone.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, Coverage, LocationKind,
    PeacePhase, PriorAccount, Priority, Question, SessionPlan, SetAside, Suggestion, TopicCoverage,
};
use tell_once::model::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::directory::Service;
use tell_once::model::planner::finding::{Finding, FindingKind, FindingSubject, Severity};
use tell_once::model::planner::similarity::{content_words, near_identical};
use tell_once::model::planner::{
    already_told, analyze, analyze_at, coach_remarks, consent_gate, duplicates,
    latest_consent_time, retelling_load, retold_topics, roles, wellbeing,
};
use tell_once::model::referral::{Referral, ReferralStatus};
use tell_once::model::topic::Topic;
use tell_once::model::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, LanguageTag, PriorAccountId, QuestionId,
    ReferralId, ServiceId, SessionId, Timestamp, TopicId,
};

// ---------- building blocks ----------

/// The moment consent is read at in these tests: after every event (events are at 0, 1, 2 ...)
/// and after every session (at 5 000).
const AS_OF: Timestamp = Timestamp(10_000);

fn base_case() -> Case {
    let mut case = Case::new(CaseId::new("c1"), "TR-0001", LanguageTag::new("en"));
    case.fictional = true;
    for (id, role) in [
        ("police", AgencyRole::Police),
        ("prosecutor", AgencyRole::Prosecutor),
        ("ngo", AgencyRole::Ngo),
    ] {
        case.agencies.push(Agency {
            id: AgencyId::new(id),
            name: format!("Fenwold {id}"),
            role,
        });
    }
    case
}

fn question(id: &str, agency: &str, text: &str, topics: &[&str]) -> Question {
    Question::new(
        QuestionId::new(id),
        AgencyId::new(agency),
        text,
        LanguageTag::new("en"),
        topics.iter().map(|t| TopicId::new(*t)).collect(),
        PeacePhase::Account,
    )
}

fn record(
    id: &str,
    agency: &str,
    form: AccountForm,
    topics: &[(&str, Coverage)],
    obtainable: bool,
) -> PriorAccount {
    PriorAccount {
        id: PriorAccountId::new(id),
        agency: AgencyId::new(agency),
        at: Timestamp(1_000),
        form,
        topics: topics
            .iter()
            .map(|(t, c)| TopicCoverage {
                topic: TopicId::new(*t),
                coverage: *c,
            })
            .collect(),
        obtainable,
    }
}

fn event(n: usize, purpose: ConsentPurpose, decision: Decision) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(format!("e{n}")),
        purpose,
        decision,
        party: ConsentParty::Survivor,
        at: Timestamp(n as i64),
        recorded_by: "Caseworker".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("en"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

fn share(agency: &str) -> ConsentPurpose {
    ConsentPurpose::ShareRecord {
        agency: AgencyId::new(agency),
    }
}

fn with_consents(case: &mut Case, decisions: &[(ConsentPurpose, Decision)]) {
    let events = decisions
        .iter()
        .enumerate()
        .map(|(n, (p, d))| event(n, p.clone(), *d))
        .collect();
    with_events(case, events);
}

/// Puts `events` in the case's ledger through its own validation.
fn with_events(case: &mut Case, events: Vec<ConsentEvent>) {
    case.consent = ConsentLedger::try_from(events)
        .expect("a valid ledger")
        .into();
}

fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
    findings.iter().map(|f| f.kind).collect()
}

fn good_session(id: &str) -> SessionPlan {
    let mut session = SessionPlan::new(
        SessionId::new(id),
        Timestamp(5_000),
        LocationKind::NeutralRoom,
        LanguageTag::new("en"),
        60,
    );
    session.attendees = vec![
        Attendee::new("Lead", AttendeeRole::LeadInterviewer),
        Attendee::new("Notes", AttendeeRole::NoteTaker),
        Attendee::new("Support", AttendeeRole::SupportPerson),
    ];
    session
}

// ---------- rule 1: already told ----------

#[test]
fn already_told_when_a_shared_record_covers_every_topic_in_detail() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "pa1",
        "police",
        AccountForm::VideoRecorded,
        &[
            ("recruitment", Coverage::Detailed),
            ("travel", Coverage::Detailed),
        ],
        true,
    ));
    case.questions.push(
        question(
            "q1",
            "prosecutor",
            "Tell me how the journey was arranged after the job offer.",
            &["recruitment", "travel"],
        )
        .into(),
    );
    with_consents(&mut case, &[(share("prosecutor"), Decision::Given)]);
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::AlreadyTold]);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::MarkAnsweredByRecord {
            question: QuestionId::new("q1"),
            record: PriorAccountId::new("pa1"),
        })
    );
}

#[test]
fn own_record_needs_no_share_consent() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "pa1",
        "police",
        AccountForm::Notes,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "police", "Describe the journey.", &["travel"]).into());
    assert_eq!(
        kinds(&already_told(&case, AS_OF)),
        vec![FindingKind::AlreadyTold]
    );
}

#[test]
fn record_without_share_consent_suggests_asking_for_consent() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "pa1",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "ngo", "Describe the journey.", &["travel"]).into());
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentToShareMissing]);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::RequestShareConsent {
            question: QuestionId::new("q1"),
            record: PriorAccountId::new("pa1"),
            agencies: vec![AgencyId::new("ngo")],
        })
    );
    assert!(findings[0]
        .concerns
        .contains(&FindingSubject::ConsentPurpose(share("ngo"))));

    // A withdrawal after giving counts as no consent: the last event wins.
    with_consents(
        &mut case,
        &[
            (share("ngo"), Decision::Given),
            (share("ngo"), Decision::Withdrawn),
        ],
    );
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentToShareMissing]);
    assert!(findings[0].explanation.contains("ngo (withdrawn)"));
    with_consents(
        &mut case,
        &[
            (share("ngo"), Decision::Given),
            (share("ngo"), Decision::Withdrawn),
            (share("ngo"), Decision::Given),
        ],
    );
    assert_eq!(
        kinds(&already_told(&case, AS_OF)),
        vec![FindingKind::AlreadyTold]
    );
    // Read before the withdrawal, the consent was still given.
    assert_eq!(
        kinds(&already_told(&case, Timestamp(0))),
        vec![FindingKind::AlreadyTold]
    );
    assert_eq!(
        kinds(&already_told(&case, Timestamp(1))),
        vec![FindingKind::ConsentToShareMissing]
    );
}

#[test]
fn already_told_leaves_partial_unobtainable_and_uncovered_alone() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "partial",
        "police",
        AccountForm::VideoRecorded,
        &[
            ("travel", Coverage::Partial),
            ("arrival", Coverage::Mentioned),
        ],
        true,
    ));
    case.prior_accounts.push(record(
        "lost",
        "police",
        AccountForm::VideoRecorded,
        &[("locations", Coverage::Detailed)],
        false,
    ));
    case.prior_accounts.push(record(
        "half",
        "police",
        AccountForm::VideoRecorded,
        &[("recruitment", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "police", "Describe the journey.", &["travel"]).into());
    case.questions
        .push(question("q2", "police", "Describe where you lived.", &["locations"]).into());
    case.questions.push(
        question(
            "q3",
            "police",
            "Tell me about the offer and the trip.",
            &["recruitment", "travel"],
        )
        .into(),
    );
    case.questions
        .push(question("q4", "police", "Tell me how you are today.", &[]).into());
    let mut set_aside = question("q5", "police", "Tell me about the offer.", &["recruitment"]);
    set_aside.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("q3"),
    });
    case.questions.push(set_aside.into());
    assert!(already_told(&case, AS_OF).is_empty());
}

#[test]
fn best_evidence_wins_and_own_record_beats_unshared_one() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "notes",
        "prosecutor",
        AccountForm::Notes,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "prosecutor", "Describe the journey.", &["travel"]).into());
    // Consent to share with the prosecutor: the video is the better record.
    with_consents(&mut case, &[(share("prosecutor"), Decision::Given)]);
    let record_of = |findings: &[Finding]| match &findings[0].suggestion {
        Some(Suggestion::MarkAnsweredByRecord { record, .. }) => record.clone(),
        other => panic!("unexpected suggestion {other:?}"),
    };
    assert_eq!(
        record_of(&already_told(&case, AS_OF)),
        PriorAccountId::new("video")
    );
    // No consent: the prosecutor's own notes answer without any.
    with_consents(&mut case, &[]);
    assert_eq!(
        record_of(&already_told(&case, AS_OF)),
        PriorAccountId::new("notes")
    );
}

#[test]
fn merged_question_needs_consent_for_every_credited_agency() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    let mut q = question("q1", "prosecutor", "Describe the journey.", &["travel"]);
    q.credited_to = vec![AgencyId::new("ngo"), AgencyId::new("police")];
    case.questions.push(q.into());
    with_consents(&mut case, &[(share("prosecutor"), Decision::Given)]);
    let findings = already_told(&case, AS_OF);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::RequestShareConsent {
            question: QuestionId::new("q1"),
            record: PriorAccountId::new("video"),
            agencies: vec![AgencyId::new("ngo")],
        })
    );
}

#[test]
fn many_topics_and_wide_records_are_still_found() {
    let mut case = base_case();
    let all: Vec<(&str, Coverage)> = [
        "background",
        "recruitment",
        "travel",
        "arrival",
        "accommodation",
        "control-methods",
        "threats-and-violence",
        "work-conditions",
        "working-hours",
        "payment-and-debt",
        "identity-documents",
        "locations",
        "perpetrators",
        "escape",
    ]
    .iter()
    .map(|t| (*t, Coverage::Detailed))
    .collect();
    case.prior_accounts
        .push(record("wide", "police", AccountForm::Audio, &all, true));
    case.questions.push(
        question(
            "q4",
            "police",
            "Tell me everything from the offer to the end.",
            &["recruitment", "travel", "arrival", "escape"],
        )
        .into(),
    );
    case.questions
        .push(question("q1", "police", "Describe the journey.", &["travel"]).into());
    case.questions.push(
        question(
            "q5",
            "police",
            "Tell me about the sexual exploitation.",
            &["sexual-exploitation", "travel"],
        )
        .into(),
    );
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::AlreadyTold; 2]);
    assert_eq!(
        findings[0].concerns[0],
        FindingSubject::Question(QuestionId::new("q4"))
    );
    assert_eq!(
        findings[1].concerns[0],
        FindingSubject::Question(QuestionId::new("q1"))
    );
}

#[test]
fn question_waiting_for_share_consent_follows_the_decision() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    let mut q = question("q1", "ngo", "Describe the journey.", &["travel"]);
    q.set_aside = Some(SetAside::AwaitingShareConsent {
        record: PriorAccountId::new("video"),
        agencies: vec![AgencyId::new("ngo")],
    });
    case.questions.push(q.into());
    assert!(
        already_told(&case, AS_OF).is_empty(),
        "still waiting: nothing to say"
    );
    with_consents(&mut case, &[(share("ngo"), Decision::Given)]);
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ShareConsentGiven]);
    assert!(matches!(
        findings[0].suggestion,
        Some(Suggestion::MarkAnsweredByRecord { .. })
    ));
    with_consents(&mut case, &[(share("ngo"), Decision::Declined)]);
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ShareConsentRefused]);
    assert_eq!(findings[0].suggestion, None);
}

// ---------- rule 2: duplicates ----------

#[test]
fn near_identical_questions_across_agencies_are_merged_into_the_most_needed() {
    let mut case = base_case();
    case.questions.push(
        question(
            "q1",
            "police",
            "Tell me about the money you were told you owed.",
            &["payment-and-debt"],
        )
        .into(),
    );
    let mut q2 = question(
        "q2",
        "prosecutor",
        "Please describe the money they told you that you owed.",
        &["payment-and-debt"],
    );
    q2.priority = Priority::High;
    case.questions.push(q2.into());
    let findings = duplicates(&case);
    assert_eq!(kinds(&findings), vec![FindingKind::DuplicateQuestion]);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::Merge {
            keep: QuestionId::new("q2"),
            merged: vec![QuestionId::new("q1")],
        })
    );
}

#[test]
fn duplicates_join_three_agencies_in_one_finding() {
    let mut case = base_case();
    for (id, agency) in [("q1", "police"), ("q2", "prosecutor"), ("q3", "ngo")] {
        case.questions.push(
            question(
                id,
                agency,
                "Describe the house where you slept.",
                &["accommodation"],
            )
            .into(),
        );
    }
    let findings = duplicates(&case);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::Merge {
            keep: QuestionId::new("q1"),
            merged: vec![QuestionId::new("q2"), QuestionId::new("q3")],
        })
    );
}

#[test]
fn duplicates_leave_distinct_questions_alone() {
    let mut case = base_case();
    // Same agency twice: not a duplicate across agencies.
    case.questions
        .push(question("q1", "police", "Describe the house.", &["accommodation"]).into());
    case.questions
        .push(question("q2", "police", "Describe the house.", &["accommodation"]).into());
    // Same words, different topics.
    case.questions
        .push(question("q3", "ngo", "Describe the house.", &["locations"]).into());
    // Same topics, different content.
    case.questions.push(
        question(
            "q4",
            "prosecutor",
            "Describe who else slept in the rooms.",
            &["accommodation"],
        )
        .into(),
    );
    // Set aside questions are not asked any more.
    let mut q5 = question(
        "q5",
        "prosecutor",
        "Describe the house.",
        &["accommodation"],
    );
    q5.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("q1"),
    });
    case.questions.push(q5.into());
    // Only stop words: nothing to compare.
    case.questions
        .push(question("q6", "police", "Tell me about it.", &["escape"]).into());
    case.questions
        .push(question("q7", "ngo", "Tell me about it.", &["escape"]).into());
    assert!(duplicates(&case).is_empty());
}

#[test]
fn duplicate_threshold_is_three_fifths() {
    // {journey, bus, night, border} vs {journey, bus, night, driver}: 3 shared of 5.
    assert!(near_identical(
        "Describe the journey by bus at night to the border.",
        "Describe the journey by bus at night with the driver."
    ));
    // 3 shared of 7.
    assert!(!near_identical(
        "Describe the journey by bus at night to the border crossing.",
        "Describe the journey by bus at night with the driver and guard."
    ));
    assert!(near_identical(
        "Cuénteme cómo llegó a Marrowby.",
        "cuenteme como llego a marrowby"
    ));
    let words: Vec<String> = content_words("Tell me about YOUR passport, please!")
        .into_iter()
        .collect();
    assert_eq!(words, vec!["passport".to_owned()]);
}

// ---------- rule 3: retelling load ----------

#[test]
fn retelling_load_counts_told_planned_and_avoided() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "pa1",
        "police",
        AccountForm::Notes,
        &[
            ("travel", Coverage::Mentioned),
            ("arrival", Coverage::Detailed),
        ],
        true,
    ));
    case.prior_accounts.push(record(
        "pa2",
        "ngo",
        AccountForm::Notes,
        &[("travel", Coverage::Partial)],
        true,
    ));
    case.questions.push(
        question(
            "q1",
            "police",
            "Describe the journey.",
            &["travel", "travel"],
        )
        .into(),
    );
    let mut q2 = question("q2", "ngo", "Describe the trip.", &["travel", "locations"]);
    q2.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("q1"),
    });
    case.questions.push(q2.into());
    let load = retelling_load(&case);
    let row = |topic: &str| {
        load.topics
            .iter()
            .find(|r| r.topic.as_str() == topic)
            .map(|r| (r.already_told, r.planned_raw, r.planned_now))
    };
    assert_eq!(row("travel"), Some((2, 2, 1)));
    assert_eq!(row("arrival"), Some((1, 0, 0)));
    assert_eq!(row("locations"), Some((0, 1, 0)));
    assert_eq!(row("escape"), None, "untouched topics are left out");
    assert_eq!(load.repeated_questions_avoided, 1);
    assert_eq!(load.topic_askings_avoided, 2);
    // Travel: told twice and asked once more: three tellings.
    let findings = retold_topics(&load);
    assert_eq!(kinds(&findings), vec![FindingKind::RetoldTopic]);
    assert_eq!(
        findings[0].concerns,
        vec![FindingSubject::Topic(TopicId::new("travel"))]
    );
}

#[test]
fn retelling_lists_unknown_topics_after_the_catalogue() {
    let mut case = base_case();
    case.questions.push(
        question(
            "q1",
            "police",
            "Describe the boat.",
            &["boat-trip", "travel"],
        )
        .into(),
    );
    let load = retelling_load(&case);
    let topics: Vec<&str> = load.topics.iter().map(|r| r.topic.as_str()).collect();
    assert_eq!(topics, vec!["travel", "boat-trip"]);
    assert!(retold_topics(&load).is_empty());
}

// ---------- rule 4: consent gate ----------

#[test]
fn session_needs_consent_to_take_part_and_to_what_it_includes() {
    let mut case = base_case();
    let mut session = good_session("s1");
    session.needs_recording = true;
    session.medical_examination = true;
    session.photographs = true;
    case.sessions.push(session);
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing; 4]);
    assert!(findings.iter().all(|f| f.severity == Severity::Blocking));
    with_consents(
        &mut case,
        &[
            (ConsentPurpose::TakePart, Decision::Given),
            (ConsentPurpose::Recording, Decision::Given),
            (ConsentPurpose::MedicalExamination, Decision::Declined),
            (ConsentPurpose::Photographs, Decision::Given),
        ],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentDeclined]);
    assert!(findings[0]
        .concerns
        .contains(&FindingSubject::ConsentPurpose(
            ConsentPurpose::MedicalExamination
        )));
}

#[test]
fn a_withdrawal_flags_every_dependent_item() {
    let mut case = base_case();
    for id in ["s1", "s2"] {
        let mut session = good_session(id);
        session.needs_recording = true;
        case.sessions.push(session);
    }
    case.sessions.push(good_session("s3"));
    with_consents(
        &mut case,
        &[
            (ConsentPurpose::TakePart, Decision::Given),
            (ConsentPurpose::Recording, Decision::Given),
        ],
    );
    assert!(consent_gate(&case, AS_OF).is_empty());
    with_consents(
        &mut case,
        &[
            (ConsentPurpose::TakePart, Decision::Given),
            (ConsentPurpose::Recording, Decision::Given),
            (ConsentPurpose::Recording, Decision::Withdrawn),
        ],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentWithdrawn; 2]);
    assert_eq!(
        findings[0].concerns[0],
        FindingSubject::Session(SessionId::new("s1"))
    );
    assert_eq!(
        findings[1].concerns[0],
        FindingSubject::Session(SessionId::new("s2"))
    );
}

#[test]
fn answered_from_record_is_gated_by_share_consent() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    let mut q = question("q1", "prosecutor", "Describe the journey.", &["travel"]);
    q.credited_to = vec![AgencyId::new("police")];
    q.set_aside = Some(SetAside::AnsweredByRecord {
        record: PriorAccountId::new("video"),
    });
    case.questions.push(q.into());
    with_consents(&mut case, &[(share("prosecutor"), Decision::Given)]);
    assert!(
        consent_gate(&case, AS_OF).is_empty(),
        "the police hold the record"
    );
    with_consents(
        &mut case,
        &[
            (share("prosecutor"), Decision::Given),
            (share("prosecutor"), Decision::Withdrawn),
        ],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentWithdrawn]);
    assert_eq!(
        findings[0].concerns[0],
        FindingSubject::Question(QuestionId::new("q1"))
    );
}

#[test]
fn referral_is_gated_once_details_go_to_the_service() {
    let mut case = base_case();
    let referral = |id: &str, status| Referral {
        id: ReferralId::new(id),
        service: Service {
            id: ServiceId::new("svc-1"),
            name: "Ashcombe legal advice".to_owned(),
            description: String::new(),
            organization: None,
            categories: Vec::new(),
            languages: Vec::new(),
            phones: Vec::new(),
            email: None,
            url: None,
            hours: Vec::new(),
            eligibility: None,
        },
        status,
        history: Vec::new(),
        note: String::new(),
    };
    case.referrals.push(referral("r1", ReferralStatus::Offered));
    case.referrals
        .push(referral("r2", ReferralStatus::Referred));
    case.referrals
        .push(referral("r3", ReferralStatus::Confirmed));
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing; 2]);
    assert_eq!(
        findings[0].concerns[0],
        FindingSubject::Referral(ReferralId::new("r2"))
    );
    with_consents(
        &mut case,
        &[(
            ConsentPurpose::Referral {
                service: ServiceId::new("svc-1"),
            },
            Decision::Given,
        )],
    );
    assert!(consent_gate(&case, AS_OF).is_empty());
}

/// An event by `party` at time `at`, with understanding confirmed.
fn event_by(
    id: &str,
    purpose: ConsentPurpose,
    decision: Decision,
    party: ConsentParty,
    at: i64,
) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        party,
        at: Timestamp(at),
        ..event(0, purpose, decision)
    }
}

fn minor_case_with_session() -> Case {
    let mut case = base_case();
    case.profile.age_group = AgeGroup::Minor;
    case.sessions.push(good_session("s1"));
    case
}

#[test]
fn a_minor_with_only_the_guardians_consent_is_still_blocked() {
    let mut case = minor_case_with_session();
    with_events(
        &mut case,
        vec![event_by(
            "g1",
            ConsentPurpose::TakePart,
            Decision::Given,
            ConsentParty::Guardian,
            1,
        )],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing]);
    assert_eq!(findings[0].severity, Severity::Blocking);
    assert!(
        findings[0].explanation.contains("child's own assent"),
        "{}",
        findings[0].explanation
    );
    // An adult decides alone: a guardian's event does not count for one.
    case.profile.age_group = AgeGroup::Adult;
    assert_eq!(
        kinds(&consent_gate(&case, AS_OF)),
        vec![FindingKind::ConsentMissing]
    );
    // With the child's own assent too, the minor's session may go ahead.
    case.profile.age_group = AgeGroup::Minor;
    with_events(
        &mut case,
        vec![
            event_by(
                "g1",
                ConsentPurpose::TakePart,
                Decision::Given,
                ConsentParty::Guardian,
                1,
            ),
            event_by(
                "a1",
                ConsentPurpose::TakePart,
                Decision::Given,
                ConsentParty::Survivor,
                2,
            ),
        ],
    );
    assert!(consent_gate(&case, AS_OF).is_empty());
}

#[test]
fn a_minors_assent_without_the_guardian_is_blocked_and_a_refusal_by_either_declines() {
    let mut case = minor_case_with_session();
    with_events(
        &mut case,
        vec![event_by(
            "a1",
            ConsentPurpose::TakePart,
            Decision::Given,
            ConsentParty::Survivor,
            1,
        )],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing]);
    assert!(findings[0].explanation.contains("guardian's decision"));
    assert!(findings[0]
        .explanation
        .contains("guardian's consent and the child's own assent"));
    with_events(
        &mut case,
        vec![
            event_by(
                "a1",
                ConsentPurpose::TakePart,
                Decision::Given,
                ConsentParty::Survivor,
                1,
            ),
            event_by(
                "g1",
                ConsentPurpose::TakePart,
                Decision::Declined,
                ConsentParty::Guardian,
                2,
            ),
        ],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentDeclined]);
    assert!(findings[0].explanation.contains("guardian or the child"));
}

#[test]
fn a_minors_share_consent_needs_both_before_a_record_answers() {
    let mut case = base_case();
    case.profile.age_group = AgeGroup::Minor;
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "ngo", "Describe the journey.", &["travel"]).into());
    with_events(
        &mut case,
        vec![event_by(
            "g1",
            share("ngo"),
            Decision::Given,
            ConsentParty::Guardian,
            1,
        )],
    );
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentToShareMissing]);
    assert!(findings[0].explanation.contains("assent"));
    let mut events = case.consent.events().to_vec();
    events.push(event_by(
        "a1",
        share("ngo"),
        Decision::Given,
        ConsentParty::Survivor,
        2,
    ));
    with_events(&mut case, events);
    assert_eq!(
        kinds(&already_told(&case, AS_OF)),
        vec![FindingKind::AlreadyTold]
    );
}

#[test]
fn given_without_confirmed_understanding_is_blocked() {
    let mut case = base_case();
    let mut session = good_session("s1");
    session.needs_recording = true;
    case.sessions.push(session);
    let mut recording = event(1, ConsentPurpose::Recording, Decision::Given);
    recording.understanding_confirmed = false;
    with_events(
        &mut case,
        vec![
            event(0, ConsentPurpose::TakePart, Decision::Given),
            recording,
        ],
    );
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing]);
    assert_eq!(findings[0].severity, Severity::Blocking);
    assert!(findings[0]
        .concerns
        .contains(&FindingSubject::ConsentPurpose(ConsentPurpose::Recording)));
    assert!(
        findings[0].explanation.contains("understood"),
        "{}",
        findings[0].explanation
    );

    // Nor does a share consent without understanding let a record answer.
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "ngo", "Describe the journey.", &["travel"]).into());
    let mut sharing = event(2, share("ngo"), Decision::Given);
    sharing.understanding_confirmed = false;
    let mut events = case.consent.events().to_vec();
    events.push(sharing);
    with_events(&mut case, events);
    let findings = already_told(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentToShareMissing]);
    assert!(findings[0]
        .explanation
        .contains("ngo (given without confirmed understanding)"));
}

#[test]
fn a_corrected_event_no_longer_counts() {
    let mut case = base_case();
    case.sessions.push(good_session("s1"));
    with_consents(&mut case, &[(ConsentPurpose::TakePart, Decision::Given)]);
    assert!(consent_gate(&case, AS_OF).is_empty());

    // The consent was recorded by mistake: the survivor in fact declined.
    let mut events = case.consent.events().to_vec();
    events.push(ConsentEvent {
        corrects: Some(ConsentEventId::new("e0")),
        note: "Recorded on the wrong form; the survivor declined.".to_owned(),
        ..event_by(
            "fix",
            ConsentPurpose::TakePart,
            Decision::Declined,
            ConsentParty::Survivor,
            0,
        )
    });
    with_events(&mut case, events);
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentDeclined]);

    // A refusal recorded by mistake and corrected to a consent no longer blocks.
    with_consents(&mut case, &[(ConsentPurpose::TakePart, Decision::Declined)]);
    assert_eq!(
        kinds(&consent_gate(&case, AS_OF)),
        vec![FindingKind::ConsentDeclined]
    );
    let mut events = case.consent.events().to_vec();
    events.push(ConsentEvent {
        corrects: Some(ConsentEventId::new("e0")),
        ..event_by(
            "fix",
            ConsentPurpose::TakePart,
            Decision::Given,
            ConsentParty::Survivor,
            0,
        )
    });
    with_events(&mut case, events);
    assert!(consent_gate(&case, AS_OF).is_empty());
}

#[test]
fn session_consent_is_read_at_the_session_date() {
    let mut case = base_case();
    let mut early = good_session("early");
    early.date = Timestamp(100);
    let mut late = good_session("late");
    late.date = Timestamp(300);
    case.sessions.push(early);
    case.sessions.push(late);
    with_events(
        &mut case,
        vec![event_by(
            "e1",
            ConsentPurpose::TakePart,
            Decision::Given,
            ConsentParty::Survivor,
            200,
        )],
    );
    // Consent came after the early session: it was missing when that session took place.
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(kinds(&findings), vec![FindingKind::ConsentMissing]);
    assert_eq!(
        findings[0].concerns[0],
        FindingSubject::Session(SessionId::new("early"))
    );
    // Seen from before the consent was recorded, neither session has it.
    assert_eq!(
        kinds(&consent_gate(&case, Timestamp(150))),
        vec![FindingKind::ConsentMissing; 2]
    );
    // A withdrawal before the late session flags it; the early one stays as it was.
    let mut events = case.consent.events().to_vec();
    events.push(event_by(
        "e2",
        ConsentPurpose::TakePart,
        Decision::Withdrawn,
        ConsentParty::Survivor,
        250,
    ));
    with_events(&mut case, events);
    let findings = consent_gate(&case, AS_OF);
    assert_eq!(
        kinds(&findings),
        vec![FindingKind::ConsentMissing, FindingKind::ConsentWithdrawn]
    );
}

#[test]
fn analyze_reads_consent_as_of_the_latest_ledger_event() {
    let mut case = base_case();
    case.prior_accounts.push(record(
        "video",
        "police",
        AccountForm::VideoRecorded,
        &[("travel", Coverage::Detailed)],
        true,
    ));
    case.questions
        .push(question("q1", "ngo", "Describe the journey.", &["travel"]).into());
    assert_eq!(latest_consent_time(&case), Timestamp(i64::MIN));
    with_events(
        &mut case,
        vec![
            event_by(
                "e1",
                share("ngo"),
                Decision::Given,
                ConsentParty::Survivor,
                40,
            ),
            event_by(
                "e2",
                share("ngo"),
                Decision::Withdrawn,
                ConsentParty::Survivor,
                70,
            ),
        ],
    );
    assert_eq!(latest_consent_time(&case), Timestamp(70));
    assert_eq!(analyze(&case), analyze_at(&case, Timestamp(70)));
    let has = |analysis: &tell_once::model::planner::Analysis, kind| {
        analysis.findings.iter().any(|f| f.kind == kind)
    };
    assert!(has(&analyze(&case), FindingKind::ConsentToShareMissing));
    assert!(has(
        &analyze_at(&case, Timestamp(50)),
        FindingKind::AlreadyTold
    ));
    assert!(!has(
        &analyze_at(&case, Timestamp(50)),
        FindingKind::ConsentToShareMissing
    ));
}

// ---------- rule 5: wellbeing ----------

#[test]
fn breaks_at_most_ninety_minutes_apart() {
    let check = |duration: u32, breaks: Vec<u32>| {
        let mut case = base_case();
        let mut session = good_session("s1");
        session.duration_minutes = duration;
        session.breaks = breaks;
        case.sessions.push(session);
        kinds(&wellbeing(&case)).contains(&FindingKind::LongWithoutBreak)
    };
    assert!(!check(90, vec![]));
    assert!(check(91, vec![]));
    assert!(!check(180, vec![90]));
    assert!(check(180, vec![80]));
    assert!(!check(200, vec![130, 60]), "breaks in any order");
    assert!(
        check(120, vec![150]),
        "a break after the end does not count"
    );
}

#[test]
fn at_most_four_people_besides_the_survivor() {
    let mut case = base_case();
    let mut session = good_session("s1");
    session
        .attendees
        .push(Attendee::new("Interpreter", AttendeeRole::Interpreter));
    case.sessions.push(session.clone());
    assert!(wellbeing(&case).is_empty());
    session
        .attendees
        .push(Attendee::new("Observer", AttendeeRole::Observer));
    case.sessions = vec![session].into();
    assert_eq!(
        kinds(&wellbeing(&case)),
        vec![FindingKind::TooManyAttendees]
    );
}

#[test]
fn observers_following_from_another_room_are_not_counted_in_the_room() {
    let mut case = base_case();
    let mut session = good_session("s1");
    for name in ["Observer, labour inspectorate", "Observer, prosecutor"] {
        session
            .attendees
            .push(Attendee::new(name, AttendeeRole::Observer));
    }
    session.observers_outside = true;
    case.sessions.push(session.clone());
    assert!(wellbeing(&case).is_empty(), "{:?}", wellbeing(&case));
    session.observers_outside = false;
    case.sessions = vec![session].into();
    assert_eq!(
        kinds(&wellbeing(&case)),
        vec![FindingKind::TooManyAttendees]
    );
}

#[test]
fn interpreter_needed_where_languages_differ_or_profile_says_so() {
    let mut case = base_case();
    case.profile.language = LanguageTag::new("es-MX");
    let mut session = good_session("s1");
    session.language = LanguageTag::new("es");
    case.sessions.push(session.clone());
    assert!(
        wellbeing(&case).is_empty(),
        "same language, no interpreter needed"
    );

    case.profile.language = LanguageTag::new("ro");
    let findings = wellbeing(&case);
    assert_eq!(kinds(&findings), vec![FindingKind::InterpreterMissing]);
    assert_eq!(findings[0].severity, Severity::Blocking);

    case.profile.language = LanguageTag::new("es");
    case.profile.interpreter_needed = true;
    assert_eq!(
        kinds(&wellbeing(&case)),
        vec![FindingKind::InterpreterMissing]
    );

    session
        .attendees
        .push(Attendee::new("Interpreter", AttendeeRole::Interpreter));
    case.sessions = vec![session].into();
    assert!(wellbeing(&case).is_empty());
}

/// Whether a session in `session` with a survivor who speaks `survivor` (and asked for no
/// interpreter) draws the missing-interpreter finding.
fn needs_interpreter(survivor: &str, session: &str) -> bool {
    let mut case = base_case();
    case.profile.language = LanguageTag::new(survivor);
    let mut plan = good_session("s1");
    plan.language = LanguageTag::new(session);
    case.sessions.push(plan);
    kinds(&wellbeing(&case)).contains(&FindingKind::InterpreterMissing)
}

#[test]
fn interpreter_rule_reads_language_tags_with_their_scripts() {
    // One language, whatever the region.
    assert!(!needs_interpreter("pt-BR", "pt"));
    assert!(!needs_interpreter("pt", "pt-PT"));
    assert!(!needs_interpreter("en-GB", "en"));
    assert!(!needs_interpreter("es_MX", "es"));
    // Chinese in traditional characters is not Chinese in simplified ones; Taiwan writes traditional.
    assert!(needs_interpreter("zh-Hant", "zh-Hans"));
    assert!(needs_interpreter("zh-TW", "zh"));
    assert!(!needs_interpreter("zh-TW", "zh-Hant"));
    assert!(!needs_interpreter("zh-CN", "zh"));
    // Serbian is written in Cyrillic unless the tag says Latin (or the region writes it).
    assert!(needs_interpreter("sr-Latn", "sr"));
    assert!(!needs_interpreter("sr-ME", "sr-Latn"));
    assert!(needs_interpreter("pa-PK", "pa"));
    // Tags that are not valid BCP 47 are compared as text, ignoring case.
    assert!(!needs_interpreter("Portuguese", "portuguese"));
    assert!(needs_interpreter("Portuguese (Brazil)", "pt"));
    assert!(needs_interpreter("", "en"));
}

#[test]
fn same_language_compares_language_and_script() {
    let same = |a: &str, b: &str| LanguageTag::new(a).same_language(&LanguageTag::new(b));
    for (a, b) in [
        ("pt-BR", "pt"),
        ("pt-BR", "pt-PT"),
        ("EN", "en-us"),
        ("en-Latn", "en"),
        ("zh", "zh-Hans-CN"),
        ("zh-HK", "zh-Hant"),
        ("sr", "sr-Cyrl-RS"),
        ("uz", "uz-Latn"),
        ("az-IR", "az-Arab"),
        ("mn", "mn-MN"),
        ("bs-BA", "bs-Latn"),
        ("yue", "yue-Hant"),
        ("", ""),
        ("  pt-BR ", "pt"),
    ] {
        assert!(same(a, b), "{a} and {b}");
        assert!(same(b, a), "{b} and {a}");
    }
    for (a, b) in [
        ("zh-Hant", "zh-Hans"),
        ("zh-TW", "zh"),
        ("zh-MO", "zh-CN"),
        ("sr-Latn", "sr-Cyrl"),
        ("sr-ME", "sr"),
        ("pa-Arab", "pa-Guru"),
        ("uz-AF", "uz"),
        ("az-IR", "az"),
        ("mn-CN", "mn"),
        ("bs-Cyrl", "bs"),
        ("yue-CN", "yue-HK"),
        ("pt", "es"),
        ("pt-BR", "gl"),
        ("not a tag", "not-a-tag"),
        ("", "und"),
    ] {
        assert!(!same(a, b), "{a} and {b}");
        assert!(!same(b, a), "{b} and {a}");
    }
    // Explicit scripts count for any language.
    assert!(!same("ja-Latn", "ja-Jpan"));
    // What does not parse is compared as text, ignoring case and surrounding space.
    assert!(same("Tigrinya (Eritrea)", "tigrinya (eritrea) "));
}

#[test]
fn support_person_attends_or_was_declined() {
    let mut case = base_case();
    let mut session = good_session("s1");
    session
        .attendees
        .retain(|a| a.role != AttendeeRole::SupportPerson);
    case.sessions.push(session.clone());
    assert_eq!(kinds(&wellbeing(&case)), vec![FindingKind::NoSupportPerson]);
    session.support_person_declined = true;
    case.sessions = vec![session].into();
    assert!(wellbeing(&case).is_empty());
}

#[test]
fn police_and_immigration_offices_are_flagged() {
    for (location, flagged) in [
        (LocationKind::PoliceStation, true),
        (LocationKind::ImmigrationOffice, true),
        (LocationKind::NeutralRoom, false),
        (LocationKind::NgoPremises, false),
        (LocationKind::ChildFriendlyRoom, false),
        (LocationKind::Medical, false),
    ] {
        let mut case = base_case();
        let mut session = good_session("s1");
        session.location = location;
        case.sessions.push(session);
        assert_eq!(
            kinds(&wellbeing(&case)).contains(&FindingKind::IntimidatingLocation),
            flagged,
            "{location:?}"
        );
    }
}

#[test]
fn sensitive_topics_wait_for_rapport() {
    let mut case = base_case();
    case.topics
        .add(Topic {
            id: TopicId::new("family-threats"),
            description: "Threats made against family at home.".to_owned(),
            sensitive: true,
        })
        .expect("a new topic");
    let mut rapport = question("engage", "police", "Tell me what you like to do.", &[]);
    rapport.phase = PeacePhase::Engage;
    case.questions.push(rapport.into());
    case.questions.push(
        question(
            "violence",
            "police",
            "Tell me about the threats.",
            &["threats-and-violence"],
        )
        .into(),
    );
    case.questions.push(
        question(
            "family",
            "police",
            "Tell me about your family.",
            &["family-threats"],
        )
        .into(),
    );
    case.questions
        .push(question("travel", "police", "Describe the journey.", &["travel"]).into());
    let mut merged = question(
        "merged",
        "ngo",
        "Tell me about injuries.",
        &["injuries-and-health"],
    );
    merged.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("violence"),
    });
    case.questions.push(merged.into());

    let order = |ids: &[&str]| ids.iter().map(|q| QuestionId::new(*q)).collect::<Vec<_>>();
    let mut session = good_session("s1");
    session.questions = order(&["travel", "merged", "engage", "violence", "family"]);
    case.sessions.push(session.clone());
    assert!(wellbeing(&case).is_empty());

    session.questions = order(&["violence", "family", "engage", "travel"]);
    case.sessions = vec![session.clone()].into();
    let findings = wellbeing(&case);
    assert_eq!(
        kinds(&findings),
        vec![FindingKind::SensitiveBeforeRapport; 2]
    );
    assert!(findings[1]
        .concerns
        .contains(&FindingSubject::Question(QuestionId::new("family"))));

    // No rapport question at all: every sensitive question comes before rapport.
    session.questions = order(&["travel", "violence"]);
    case.sessions = vec![session].into();
    assert_eq!(
        kinds(&wellbeing(&case)),
        vec![FindingKind::SensitiveBeforeRapport]
    );
}

#[test]
fn topics_the_survivor_asked_to_avoid_are_flagged() {
    let mut case = base_case();
    case.profile.avoid_topics = vec![TopicId::new("sexual-exploitation")];
    case.questions.push(
        question(
            "q1",
            "police",
            "Tell me about the clients.",
            &["perpetrators", "sexual-exploitation"],
        )
        .into(),
    );
    case.questions
        .push(question("q2", "police", "Describe the journey.", &["travel"]).into());
    let mut q3 = question(
        "q3",
        "ngo",
        "Tell me about the clients.",
        &["sexual-exploitation"],
    );
    q3.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("q1"),
    });
    case.questions.push(q3.into());
    let findings = wellbeing(&case);
    assert_eq!(kinds(&findings), vec![FindingKind::AvoidedTopic]);
    assert_eq!(
        findings[0].concerns,
        vec![FindingSubject::Question(QuestionId::new("q1"))]
    );
}

// ---------- rule 6: roles ----------

#[test]
fn exactly_one_lead_interviewer_and_one_note_taker() {
    let mut case = base_case();
    case.sessions.push(good_session("ok"));
    assert!(roles(&case).is_empty());

    let mut none = good_session("none");
    none.attendees = vec![Attendee::new("Support", AttendeeRole::SupportPerson)];
    let mut several = good_session("several");
    several
        .attendees
        .push(Attendee::new("Second lead", AttendeeRole::LeadInterviewer));
    several
        .attendees
        .push(Attendee::new("Second notes", AttendeeRole::NoteTaker));
    case.sessions = vec![none, several].into();
    let findings = roles(&case);
    assert_eq!(
        kinds(&findings),
        vec![
            FindingKind::NoLeadInterviewer,
            FindingKind::NoNoteTaker,
            FindingKind::SeveralLeadInterviewers,
            FindingKind::SeveralNoteTakers,
        ]
    );
    assert_eq!(findings[0].severity, Severity::Blocking);
}

// ---------- rule 7: coach ----------

#[test]
fn coach_remarks_become_findings_with_rewordings() {
    let mut case = base_case();
    case.questions
        .push(question("q1", "police", "Why did you trust them?", &["recruitment"]).into());
    case.questions.push(
        question(
            "q2",
            "police",
            "Tell me how you met them.",
            &["recruitment"],
        )
        .into(),
    );
    let mut set_aside = question("q3", "police", "Did he hit you?", &["threats-and-violence"]);
    set_aside.set_aside = Some(SetAside::MergedInto {
        question: QuestionId::new("q2"),
    });
    case.questions.push(set_aside.into());
    // A language the coach does not read draws no remark.
    let mut german = question("q4", "police", "Hat er Sie geschlagen?", &[]);
    german.language = LanguageTag::new("de");
    case.questions.push(german.into());
    let findings = coach_remarks(&case);
    assert_eq!(kinds(&findings), vec![FindingKind::CoachWhy]);
    assert_eq!(
        findings[0].suggestion,
        Some(Suggestion::Reword {
            question: QuestionId::new("q1"),
            text: "Tell me what led you to trust them.".to_owned(),
        })
    );
    match &findings[0].concerns[1] {
        FindingSubject::Wording { question, trigger } => {
            assert_eq!(question, &QuestionId::new("q1"));
            assert_eq!(
                (trigger.start, trigger.end, trigger.text.as_str()),
                (0, 3, "Why")
            );
        }
        other => panic!("unexpected subject {other:?}"),
    }
}

// ---------- topic catalogue ----------

#[test]
fn default_topics_are_many_stable_and_translatable() {
    use tell_once::model::topic::{default_topics, TopicCatalogue, TopicError};
    let topics = default_topics();
    assert!(topics.len() >= 15);
    let mut ids: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), topics.len(), "ids are unique");
    for topic in topics {
        assert!(topic
            .id
            .as_str()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-'));
        assert!(!topic.description.is_empty());
    }
    let recruitment = &topics[1];
    assert_eq!(recruitment.message_id(), "topic-recruitment");
    assert_eq!(
        recruitment.description_message_id(),
        "topic-recruitment-description"
    );
    let catalogue = TopicCatalogue::default();
    assert!(catalogue.is_sensitive(&TopicId::new("sexual-exploitation")));
    assert!(!catalogue.is_sensitive(&TopicId::new("travel")));
    assert!(!catalogue.is_sensitive(&TopicId::new("not-in-catalogue")));

    let mut catalogue = TopicCatalogue::default();
    let topic = |id: &str, description: &str| Topic {
        id: TopicId::new(id),
        description: description.to_owned(),
        sensitive: false,
    };
    assert_eq!(
        catalogue.add(topic("travel", "Again.")),
        Err(TopicError::AlreadyInCatalogue {
            id: TopicId::new("travel")
        })
    );
    assert_eq!(
        catalogue.add(topic("Boat Trip", "A boat.")),
        Err(TopicError::InvalidId {
            id: TopicId::new("Boat Trip")
        })
    );
    assert_eq!(
        catalogue.add(topic("boat-trip", " ")),
        Err(TopicError::EmptyDescription {
            id: TopicId::new("boat-trip")
        })
    );
    assert_eq!(
        catalogue.add(topic("boat-trip", "The boat crossing.")),
        Ok(())
    );
    assert_eq!(catalogue.topics().count(), topics.len() + 1);
    assert!(catalogue.get(&TopicId::new("boat-trip")).is_some());
}

// ---------- rule 1 after a session: recording it, carrying over ----------

mod after_session {
    use super::*;
    use tell_once::model::case::{CaseEdit, PlannedOutcome};
    use tell_once::model::edit::apply;
    use tell_once::model::held::{carry_over, carry_over_offer, HeldSession};
    use tell_once::model::held::{NotAskedReason, QuestionOutcome, RecordingForm};
    use tell_once::model::planner::{questions_not_carried_over, sessions_not_recorded};

    const MINUTE: i64 = 60_000;

    fn s(id: &str) -> SessionId {
        SessionId::new(id)
    }

    fn q(id: &str) -> QuestionId {
        QuestionId::new(id)
    }

    /// A session at 5 000 for an hour, whose lead interviewer is the police's, with `questions`.
    fn session(id: &str, date: i64, questions: &[&str]) -> SessionPlan {
        let mut plan = good_session(id);
        plan.date = Timestamp(date);
        plan.attendees[0].agency = Some(AgencyId::new("police"));
        plan.questions = questions.iter().map(|id| q(id)).collect();
        plan
    }

    fn end_of(plan: &SessionPlan) -> Timestamp {
        Timestamp(plan.date.0 + i64::from(plan.duration_minutes) * MINUTE)
    }

    /// Four questions asked in session 1, recorded as held with `outcomes` in their order; session 2 comes later.
    fn held_case(outcomes: [QuestionOutcome; 4]) -> Case {
        let mut case = base_case();
        case.questions = vec![
            question(
                "q-a",
                "police",
                "Tell me how the job was offered.",
                &["recruitment"],
            )
            .into(),
            question(
                "q-b",
                "ngo",
                "Describe where you sleep now.",
                &["current-safety"],
            )
            .into(),
            question("q-c", "prosecutor", "Describe the journey.", &["travel"]).into(),
            question(
                "q-d",
                "police",
                "Tell me how you were paid.",
                &["payment-and-debt"],
            )
            .into(),
        ];
        let first = session("s1", 5_000, &["q-a", "q-b", "q-c", "q-d"]);
        let later = session("s2", 5_000 + 7 * 24 * 60 * MINUTE, &[]);
        case.sessions = vec![first.clone(), later].into();
        let mut held = HeldSession::from_plan(&case, &first, PriorAccountId::new("pa-s1"));
        held.recording = RecordingForm::NotesOnly;
        held.outcomes = ["q-a", "q-b", "q-c", "q-d"]
            .iter()
            .zip(outcomes)
            .map(|(id, outcome)| PlannedOutcome {
                question: q(id),
                outcome,
            })
            .collect();
        apply(
            &mut case,
            &CaseEdit::RecordHeldSession {
                record: Box::new(held),
            },
        )
        .expect("recorded as held");
        case
    }

    fn not_asked(reason: NotAskedReason) -> QuestionOutcome {
        QuestionOutcome::NotAsked { reason }
    }

    #[test]
    fn a_plan_whose_time_has_passed_is_flagged_until_it_is_recorded_as_held() {
        let mut case = base_case();
        let plan = session("s1", 5_000, &[]);
        let end = end_of(&plan);
        case.sessions = vec![plan.clone()].into();

        // Not while it is still to come or under way, nor the moment it was to end.
        for at in [Timestamp(0), Timestamp(5_000), end] {
            assert!(sessions_not_recorded(&case, at).is_empty(), "{at:?}");
        }
        let after = Timestamp(end.0 + 1);
        let found = sessions_not_recorded(&case, after);
        assert_eq!(kinds(&found), [FindingKind::SessionNotRecorded]);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].concerns, [FindingSubject::Session(s("s1"))]);
        assert!(found[0].explanation.contains("record what happened"));
        // The whole analysis reports it among rule 1's findings.
        let analysis = analyze_at(&case, after);
        assert!(analysis.findings.contains(&found[0]));
        assert!(!kinds(&analyze_at(&case, end).findings).contains(&FindingKind::SessionNotRecorded));

        // Recorded as held, the plan is history: no longer flagged.
        let held = HeldSession::from_plan(&case, &plan, PriorAccountId::new("pa-s1"));
        apply(
            &mut case,
            &CaseEdit::RecordHeldSession {
                record: Box::new(held),
            },
        )
        .expect("recorded as held");
        assert!(sessions_not_recorded(&case, Timestamp(i64::MAX)).is_empty());
        assert!(!kinds(&analyze_at(&case, Timestamp(i64::MAX)).findings)
            .contains(&FindingKind::SessionNotRecorded));
    }

    #[test]
    fn analyze_reads_the_time_from_the_latest_consent_event() {
        let mut case = base_case();
        let plan = session("s1", 5_000, &[]);
        let end = end_of(&plan);
        case.sessions = vec![plan].into();
        with_consents(&mut case, &[(ConsentPurpose::TakePart, Decision::Given)]);
        assert!(!kinds(&analyze(&case).findings).contains(&FindingKind::SessionNotRecorded));
        // A decision recorded after the session ended shows that its time has passed.
        let mut later = event(1, share("prosecutor"), Decision::Given);
        later.at = Timestamp(end.0 + MINUTE);
        with_events(
            &mut case,
            vec![event(0, ConsentPurpose::TakePart, Decision::Given), later],
        );
        assert!(kinds(&analyze(&case).findings).contains(&FindingKind::SessionNotRecorded));
    }

    #[test]
    fn unasked_questions_that_carry_over_are_flagged_until_a_later_plan_has_them() {
        let case = held_case([
            QuestionOutcome::Answered,
            not_asked(NotAskedReason::OutOfTime),
            not_asked(NotAskedReason::NoLongerNeeded),
            not_asked(NotAskedReason::SurvivorDeclined),
        ]);
        let found = questions_not_carried_over(&case);
        assert_eq!(kinds(&found), [FindingKind::NotCarriedOver]);
        assert_eq!(found[0].severity, Severity::Warning);
        // The held session, then the questions the one place that decides offers.
        let offer = carry_over_offer(&case, &s("s1"));
        assert_eq!(offer, [q("q-b"), q("q-d")]);
        let mut subjects = vec![FindingSubject::Session(s("s1"))];
        subjects.extend(offer.into_iter().map(FindingSubject::Question));
        assert_eq!(found[0].concerns, subjects);
        assert!(analyze(&case).findings.contains(&found[0]));

        // One of them in a plan still to come: only the other is flagged.
        let mut planned = case.clone();
        planned.sessions[1].questions.push(q("q-b"));
        let found = questions_not_carried_over(&planned);
        assert_eq!(
            found[0].concerns,
            [
                FindingSubject::Session(s("s1")),
                FindingSubject::Question(q("q-d"))
            ]
        );

        // Carried over in one step: nothing is flagged.
        let mut carried = case.clone();
        let edit = carry_over(&carried, &s("s1"), &s("s2")).expect("two to carry over");
        apply(&mut carried, &edit).expect("carried over");
        assert!(questions_not_carried_over(&carried).is_empty());
        assert!(!kinds(&analyze(&carried).findings).contains(&FindingKind::NotCarriedOver));
    }

    #[test]
    fn nothing_is_flagged_when_every_question_was_asked_or_is_no_longer_needed() {
        let case = held_case([
            QuestionOutcome::Answered,
            QuestionOutcome::PartlyAnswered,
            not_asked(NotAskedReason::NoLongerNeeded),
            QuestionOutcome::Answered,
        ]);
        assert!(questions_not_carried_over(&case).is_empty());
        assert!(!kinds(&analyze(&case).findings).contains(&FindingKind::NotCarriedOver));
        // Nor a plan that was never held, whatever its questions.
        let mut unheld = base_case();
        unheld.questions = case.questions.clone();
        unheld.sessions = vec![session("s1", 5_000, &["q-a", "q-b"])].into();
        assert!(questions_not_carried_over(&unheld).is_empty());
    }
}

// ---------- rule 8: corroboration ----------

mod corroboration {
    use super::*;
    use tell_once::model::case::CaseEdit;
    use tell_once::model::edit::apply;
    use tell_once::model::evidence::{EvidenceItem, EvidenceKind, EvidenceStatus};
    use tell_once::model::planner::{
        corroboration, corroboration_summary, dated_request, request_options, CorroborationSummary,
        CoverageMatrix, EVIDENCE_REMINDER_DAYS,
    };
    use tell_once::model::EvidenceId;

    const DAY: i64 = 86_400_000;

    fn evidence(id: &str, topics: &[&str], status: EvidenceStatus) -> EvidenceItem {
        EvidenceItem {
            id: EvidenceId::new(id),
            kind: EvidenceKind::FinancialRecords,
            description: format!("Records {id}"),
            topics: topics.iter().map(|t| TopicId::new(*t)).collect(),
            agency: AgencyId::new("police"),
            status,
        }
    }

    fn obtained(id: &str, topics: &[&str]) -> EvidenceItem {
        evidence(
            id,
            topics,
            EvidenceStatus::Obtained {
                requested_at: Some(Timestamp(0)),
                at: Timestamp(DAY),
            },
        )
    }

    fn requested(id: &str, topics: &[&str], at: i64) -> EvidenceItem {
        evidence(id, topics, EvidenceStatus::Requested { at: Timestamp(at) })
    }

    /// Questions on debt (police and NGO), on the journey (prosecutor) and rapport (no topic).
    fn planned() -> Case {
        let mut case = base_case();
        case.questions = vec![
            question(
                "q-debt",
                "ngo",
                "Tell me about the debt.",
                &["payment-and-debt"],
            )
            .into(),
            question(
                "q-debt-2",
                "police",
                "Describe what you were told you owed.",
                &["payment-and-debt"],
            )
            .into(),
            question(
                "q-journey",
                "prosecutor",
                "Describe the journey.",
                &["travel"],
            )
            .into(),
            question(
                "q-rapport",
                "ngo",
                "Tell me what you would like to be called.",
                &[],
            )
            .into(),
        ];
        case
    }

    fn topics_of(findings: &[Finding], kind: FindingKind) -> Vec<FindingSubject> {
        findings
            .iter()
            .filter(|f| f.kind == kind)
            .flat_map(|f| f.concerns.clone())
            .collect()
    }

    #[test]
    fn a_planned_topic_with_no_evidence_rests_on_the_word_alone_and_a_request_is_suggested() {
        let case = planned();
        let findings = corroboration(&case, AS_OF);
        assert_eq!(
            kinds(&findings),
            [FindingKind::WordAlone, FindingKind::WordAlone]
        );
        // In catalogue order: travel before payment and debt.
        assert_eq!(
            topics_of(&findings, FindingKind::WordAlone),
            [
                FindingSubject::Topic(TopicId::new("travel")),
                FindingSubject::Topic(TopicId::new("payment-and-debt")),
            ]
        );
        let debt = &findings[1];
        assert_eq!(debt.severity, Severity::Info);
        assert!(
            debt.explanation.contains("word alone"),
            "{}",
            debt.explanation
        );
        assert!(
            debt.explanation.contains("financial records"),
            "{}",
            debt.explanation
        );
        // The police asks about it too: the request is for the police, first kind of the catalogue.
        let Some(Suggestion::RequestEvidence { item }) = &debt.suggestion else {
            panic!("an evidence request: {:?}", debt.suggestion)
        };
        assert_eq!(item.agency, AgencyId::new("police"));
        assert_eq!(item.kind, EvidenceKind::FinancialRecords);
        assert_eq!(item.topics, [TopicId::new("payment-and-debt")]);
        assert_eq!(item.status, EvidenceStatus::Requested { at: AS_OF });
        assert_eq!(item.description, "Bank and money-transfer records.");
        // The journey is asked by the prosecutor only.
        let Some(Suggestion::RequestEvidence { item: journey }) = &findings[0].suggestion else {
            panic!("an evidence request")
        };
        assert_eq!(journey.agency, AgencyId::new("prosecutor"));
        // One option per kind the catalogue names, the finding's first among them.
        let options = request_options(&case, &TopicId::new("payment-and-debt"), AS_OF);
        assert_eq!(options.len(), 2);
        assert_eq!(Some(&options[0]), debt.suggestion.as_ref());
        // Dated when the team accepts it, if the caller knows that time.
        let dated = dated_request(&options[1], Timestamp(AS_OF.0 + 5));
        let Suggestion::RequestEvidence { item } = dated else {
            panic!()
        };
        assert_eq!(
            item.status,
            EvidenceStatus::Requested {
                at: Timestamp(AS_OF.0 + 5)
            }
        );
    }

    #[test]
    fn accepting_the_request_ends_the_word_alone_finding_and_keeps_every_question() {
        let case = planned();
        let analysis = analyze_at(&case, AS_OF);
        let suggestion = analysis
            .findings
            .iter()
            .find(|f| f.kind == FindingKind::WordAlone)
            .and_then(|f| f.suggestion.clone())
            .expect("a request");
        let mut accepted = case.clone();
        apply(&mut accepted, &CaseEdit::AcceptSuggestion { suggestion }).unwrap();
        assert_eq!(accepted.questions, case.questions);
        let after = corroboration(&accepted, AS_OF);
        assert_eq!(kinds(&after), [FindingKind::WordAlone], "one topic left");
    }

    #[test]
    fn requested_or_obtained_evidence_covers_a_topic_but_to_request_or_not_obtainable_does_not() {
        let mut case = planned();
        case.evidence = vec![
            evidence("noted", &["travel"], EvidenceStatus::ToRequest),
            evidence(
                "lost",
                &["payment-and-debt"],
                EvidenceStatus::NotObtainable {
                    at: Timestamp(5),
                    why: "Cash only".into(),
                },
            ),
        ];
        assert_eq!(corroboration(&case, AS_OF).len(), 2);
        case.evidence.push(requested("asked", &["travel"], AS_OF.0));
        case.evidence
            .push(obtained("held", &["payment-and-debt", "perpetrators"]));
        let findings = corroboration(&case, AS_OF);
        assert!(
            topics_of(&findings, FindingKind::WordAlone).is_empty(),
            "{findings:?}"
        );
    }

    #[test]
    fn a_topic_only_set_aside_or_unasked_questions_name_is_not_planned() {
        let mut case = planned();
        for question in &mut case.questions {
            if question.id.as_str() != "q-journey" {
                question.set_aside = Some(SetAside::MergedInto {
                    question: QuestionId::new("q-journey"),
                });
            }
        }
        let findings = corroboration(&case, AS_OF);
        assert_eq!(
            topics_of(&findings, FindingKind::WordAlone),
            [FindingSubject::Topic(TopicId::new("travel"))]
        );
        assert_eq!(
            corroboration_summary(&case),
            CorroborationSummary {
                topics_planned: 1,
                topics_requested: 0,
                topics_corroborated: 0
            }
        );
    }

    #[test]
    fn a_question_every_topic_of_which_evidence_obtained_covers_is_to_be_narrowed_not_removed() {
        let mut case = planned();
        case.questions.push(
            question(
                "q-both",
                "police",
                "Tell me about the journey and the debt.",
                &["travel", "payment-and-debt"],
            )
            .into(),
        );
        case.evidence = vec![
            obtained("bank", &["payment-and-debt"]),
            requested("tickets", &["travel"], AS_OF.0),
        ];
        let findings = corroboration(&case, AS_OF);
        // Only the debt questions: the journey is requested, not obtained.
        let narrowed: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.kind == FindingKind::CoveredByEvidence)
            .collect();
        assert_eq!(narrowed.len(), 2);
        assert_eq!(
            narrowed[0].concerns,
            [
                FindingSubject::Question(QuestionId::new("q-debt")),
                FindingSubject::Evidence(EvidenceId::new("bank")),
            ]
        );
        assert_eq!(
            narrowed[1].concerns[0],
            FindingSubject::Question(QuestionId::new("q-debt-2"))
        );
        for finding in &narrowed {
            assert_eq!(finding.severity, Severity::Info);
            assert_eq!(
                finding.suggestion, None,
                "advice only: nothing is set aside"
            );
            assert!(finding.explanation.contains("cannot show"));
        }
        // Once the journey's evidence is obtained too, the question on both topics is named,
        // with both items.
        case.evidence[1] = obtained("tickets", &["travel"]);
        let findings = corroboration(&case, AS_OF);
        let both = findings
            .iter()
            .find(|f| f.concerns[0] == FindingSubject::Question(QuestionId::new("q-both")))
            .expect("the question on both topics");
        assert_eq!(both.kind, FindingKind::CoveredByEvidence);
        assert_eq!(both.concerns.len(), 3);
        // The rule never removes or sets aside a question, and the analysis neither.
        let analysis = analyze_at(&case, AS_OF);
        assert_eq!(case.questions.len(), 5);
        assert!(case.questions.iter().all(|q| q.is_asked()));
        // Accepting everything rule 8 offers leaves the questions as they were.
        let mut accepted = case.clone();
        for suggestion in analysis
            .findings
            .iter()
            .filter(|f| f.kind.rule().number() == 8)
            .filter_map(|f| f.suggestion.clone())
        {
            apply(&mut accepted, &CaseEdit::AcceptSuggestion { suggestion }).unwrap();
        }
        assert_eq!(accepted.questions, case.questions);
        // A question with no topic is never said to be covered.
        assert!(!findings
            .iter()
            .any(|f| f.concerns[0] == FindingSubject::Question(QuestionId::new("q-rapport"))));
    }

    #[test]
    fn a_request_open_more_than_thirty_days_is_a_reminder() {
        let mut case = planned();
        let asked = 1_000;
        case.evidence = vec![
            requested("bank", &["payment-and-debt"], asked),
            obtained("tickets", &["travel"]),
        ];
        let limit = EVIDENCE_REMINDER_DAYS * DAY;
        let reminders = |case: &Case, as_of: i64| {
            corroboration(case, Timestamp(as_of))
                .into_iter()
                .filter(|f| f.kind == FindingKind::EvidenceOverdue)
                .collect::<Vec<_>>()
        };
        assert!(
            reminders(&case, asked + limit).is_empty(),
            "thirty days exactly is not late"
        );
        let late = reminders(&case, asked + limit + 1);
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].severity, Severity::Warning);
        assert_eq!(
            late[0].concerns,
            [
                FindingSubject::Evidence(EvidenceId::new("bank")),
                FindingSubject::Agency(AgencyId::new("police")),
            ]
        );
        assert!(
            late[0].explanation.contains("30 days"),
            "{}",
            late[0].explanation
        );
        // Obtained evidence, however old, is no reminder; nor is a request asked again since.
        case.evidence[0].status = EvidenceStatus::Requested {
            at: Timestamp(asked + limit),
        };
        assert!(reminders(&case, asked + limit + 1).is_empty());
    }

    #[test]
    fn the_analysis_runs_rule_eight_last_and_sums_up_the_topics_of_the_plan() {
        let mut case = planned();
        case.evidence = vec![obtained("bank", &["payment-and-debt"])];
        let analysis = analyze_at(&case, AS_OF);
        assert_eq!(
            analysis.corroboration,
            CorroborationSummary {
                topics_planned: 2,
                topics_requested: 1,
                topics_corroborated: 1
            }
        );
        let last = analysis.findings.last().expect("findings");
        assert_eq!(last.kind.rule().number(), 8);
        assert!(analysis
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::WordAlone
                && f.concerns == [FindingSubject::Topic(TopicId::new("travel"))]));
        // The same case with no questions plans nothing.
        case.questions.clear();
        assert_eq!(
            analyze_at(&case, AS_OF).corroboration,
            CorroborationSummary::default()
        );
    }

    #[test]
    fn the_coverage_matrix_names_the_evidence_of_each_topic_with_its_status() {
        let mut case = planned();
        case.evidence = vec![
            requested("tickets", &["travel"], 5),
            obtained("bank", &["payment-and-debt", "travel"]),
            evidence("noted", &["recruitment"], EvidenceStatus::ToRequest),
        ];
        let matrix = CoverageMatrix::of(&case);
        let ids = |topic: &str| {
            matrix
                .evidence(&TopicId::new(topic))
                .iter()
                .map(|item| item.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("travel"), ["tickets", "bank"]);
        assert_eq!(ids("payment-and-debt"), ["bank"]);
        assert!(ids("escape").is_empty());
        use tell_once::model::evidence::Corroboration as C;
        assert_eq!(matrix.corroboration(&TopicId::new("travel")), C::Obtained);
        assert_eq!(
            matrix.corroboration(&TopicId::new("recruitment")),
            C::ToRequest
        );
        assert_eq!(matrix.corroboration(&TopicId::new("escape")), C::None);
        assert_eq!(
            matrix.evidence(&TopicId::new("travel"))[0].status,
            EvidenceStatus::Requested { at: Timestamp(5) }
        );
    }
}
