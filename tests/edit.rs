//! Typed edits: `check` and `apply` for every kind of edit, with their refusals; the history
//! they leave; and, over random sequences, that the case stays valid and its history replays.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tell_once::model::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, CaseEdit, Coverage, Direction,
    HistoryEntry, LocationKind, PeacePhase, PriorAccount, Question, SessionChange, SessionPlan,
    SetAside, Suggestion, TopicCoverage,
};
use tell_once::model::consent::{
    ConsentError, ConsentEvent, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::directory::Service;
use tell_once::model::edit::{
    apply, check, edits_since, in_phase_order, question_in_use, questions_relying_on, record,
    replay, AgencyUses, Blank, EditRefusal, COALESCE_WITHIN_MS,
};
use tell_once::model::evidence::{EvidenceGuidance, EvidenceItem, EvidenceKind, EvidenceStatus};
use tell_once::model::generate::{generated_case_with, GeneratorSettings};
use tell_once::model::planner::PlannerError;
use tell_once::model::practice::file::{practice_file, PracticeFileError};
use tell_once::model::practice::scenarios::{scenario, ScenarioKey};
use tell_once::model::referral::{Referral, ReferralError, ReferralStatus};
use tell_once::model::sample::sample_case;
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::topic::{Topic, TopicError};
use tell_once::model::{
    AgeGroup, AgencyId, ConsentEventId, EvidenceId, LanguageTag, PriorAccountId, QuestionId,
    ReferralId, ServiceId, SessionId, Timestamp, TopicId,
};

const NOON: Timestamp = Timestamp(1_772_366_400_000);

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

/// Applies an edit that must be allowed, and returns the case after it.
fn applied(case: &Case, edit: CaseEdit) -> Case {
    let mut next = case.clone();
    assert_eq!(check(case, &edit), Ok(()), "{edit:?}");
    apply(&mut next, &edit).expect("allowed by check");
    next
}

/// Asserts that an edit is refused with `refusal` by both check and apply, and changes nothing.
fn refused(case: &Case, edit: CaseEdit, refusal: EditRefusal) {
    assert_eq!(check(case, &edit), Err(refusal.clone()), "{edit:?}");
    let mut next = case.clone();
    assert_eq!(apply(&mut next, &edit), Err(refusal));
    assert_eq!(&next, case, "a refused edit leaves the case as it was");
}

fn agency(id: &str, name: &str) -> Agency {
    Agency {
        id: AgencyId::new(id),
        name: name.to_owned(),
        role: AgencyRole::LabourInspectorate,
    }
}

fn service(id: &str) -> Service {
    Service {
        id: ServiceId::new(id),
        name: "Quayside Legal Clinic".to_owned(),
        description: "Free legal advice.".to_owned(),
        organization: None,
        categories: vec!["legal".to_owned()],
        languages: vec!["en".to_owned()],
        phones: Vec::new(),
        email: None,
        url: None,
        hours: Vec::new(),
        eligibility: None,
    }
}

fn consent_event(
    id: &str,
    purpose: ConsentPurpose,
    decision: Decision,
    at: Timestamp,
) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision,
        party: ConsentParty::Survivor,
        at,
        recorded_by: "Victim specialist, Harbour Light".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("es"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

// ---------- the case and its profile ----------

#[test]
fn renaming_trims_the_code_and_refuses_a_blank_one() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::RenameCase {
            code: "  TO-2026-099 ".into(),
        },
    );
    assert_eq!(next.code, "TO-2026-099");
    refused(
        &case,
        CaseEdit::RenameCase { code: "   ".into() },
        EditRefusal::Blank {
            what: Blank::CaseCode,
        },
    );
}

#[test]
fn a_practice_case_stays_fictional_and_a_fictional_vault_case_may_be_unmarked() {
    let case = sample_case();
    assert!(case.fictional);
    assert!(applied(&case, CaseEdit::MarkFictional { fictional: true }).fictional);
    assert!(!applied(&case, CaseEdit::MarkFictional { fictional: false }).fictional);
    let practice = scenario(ScenarioKey::ALL[0], &LanguageTag::new("en"), &|id| {
        id.to_owned()
    })
    .case;
    refused(
        &practice,
        CaseEdit::MarkFictional { fictional: false },
        EditRefusal::PracticeCaseIsFictional,
    );
    assert!(applied(&practice, CaseEdit::MarkFictional { fictional: true }).fictional);
}

/// A real case, as the case list creates one without the fictional choice.
fn real_case() -> Case {
    let mut case = sample_case();
    case.fictional = false;
    case
}

#[test]
fn a_real_case_cannot_be_marked_fictional_later() {
    let real = real_case();
    refused(
        &real,
        CaseEdit::MarkFictional { fictional: true },
        EditRefusal::FictionalOnlyAtCreation,
    );
    // Nor through a recorded edit: the case and its history stay as they were.
    let mut recorded = real.clone();
    assert_eq!(
        record(
            &mut recorded,
            CaseEdit::MarkFictional { fictional: true },
            NOON,
            "Officer Maren Holt",
        ),
        Err(EditRefusal::FictionalOnlyAtCreation)
    );
    assert_eq!(recorded, real);
    // A fictional case made real stays real.
    let unmarked = applied(&sample_case(), CaseEdit::MarkFictional { fictional: false });
    refused(
        &unmarked,
        CaseEdit::MarkFictional { fictional: true },
        EditRefusal::FictionalOnlyAtCreation,
    );
    assert!(EditRefusal::FictionalOnlyAtCreation
        .to_string()
        .contains("create a new case marked fictional"));
}

#[test]
fn only_a_case_created_fictional_can_be_saved_as_a_practice_file() {
    let fictional = sample_case();
    assert!(practice_file(&fictional, "A made-up case").is_ok());
    let real = real_case();
    assert_eq!(
        practice_file(&real, "A made-up case"),
        Err(PracticeFileError::NotFictional)
    );
    // The refused mark leaves no way round: the real case still cannot become a file.
    let mut marked = real.clone();
    assert!(apply(&mut marked, &CaseEdit::MarkFictional { fictional: true }).is_err());
    assert_eq!(
        practice_file(&marked, ""),
        Err(PracticeFileError::NotFictional)
    );
}

#[test]
fn an_old_history_entry_marking_a_case_fictional_still_decodes() {
    // Written before the mark could only be given at creation.
    let mut case = sample_case();
    case.history.push(
        HistoryEntry::Edited {
            at: NOON,
            by: "Officer Maren Holt".into(),
            edit: Box::new(CaseEdit::MarkFictional { fictional: true }),
        }
        .into(),
    );
    let decoded = decode_case(&encode_case(&case)).expect("an old history decodes");
    assert_eq!(decoded.history, case.history);
}

#[test]
fn profile_edits_set_their_field() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::SetLanguage {
            language: LanguageTag::new("sq"),
        },
    );
    assert_eq!(next.profile.language, LanguageTag::new("sq"));
    let next = applied(&next, CaseEdit::SetInterpreterNeeded { needed: true });
    assert!(next.profile.interpreter_needed);
    let next = applied(
        &next,
        CaseEdit::SetAgeGroup {
            age_group: AgeGroup::Minor,
        },
    );
    assert_eq!(next.profile.age_group, AgeGroup::Minor);
    let next = applied(
        &next,
        CaseEdit::SetSupportPerson {
            support_person: Some("NGO caseworker".into()),
        },
    );
    assert_eq!(
        next.profile.support_person.as_deref(),
        Some("NGO caseworker")
    );
    let next = applied(
        &next,
        CaseEdit::SetSupportPerson {
            support_person: Some("  ".into()),
        },
    );
    assert_eq!(
        next.profile.support_person, None,
        "a blank support person is none"
    );
    let next = applied(
        &next,
        CaseEdit::SetAccommodations {
            accommodations: vec!["short sessions".into()],
        },
    );
    assert_eq!(next.profile.accommodations, ["short sessions"]);
}

// ---------- agencies and topics ----------

#[test]
fn an_agency_is_added_renamed_and_refused_without_a_name() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::PutAgency {
            agency: agency("labour", "Labour office"),
        },
    );
    assert_eq!(next.agencies.len(), case.agencies.len() + 1);
    let renamed = applied(
        &next,
        CaseEdit::PutAgency {
            agency: agency("labour", "Labour inspectorate, Tessaly"),
        },
    );
    assert_eq!(
        renamed.agencies.len(),
        next.agencies.len(),
        "same id: changed, not added"
    );
    assert_eq!(
        renamed.agency(&AgencyId::new("labour")).unwrap().name,
        "Labour inspectorate, Tessaly"
    );
    refused(
        &case,
        CaseEdit::PutAgency {
            agency: agency("x", " "),
        },
        EditRefusal::Blank {
            what: Blank::AgencyName,
        },
    );
}

#[test]
fn an_agency_in_use_cannot_be_removed_and_the_refusal_counts_each_use() {
    let case = sample_case();
    let police = AgencyId::new("police");
    let uses = AgencyUses::of(&case, &police);
    assert!(
        uses.questions > 0 && uses.prior_accounts > 0 && uses.attendees > 0,
        "{uses:?}"
    );
    refused(
        &case,
        CaseEdit::RemoveAgency {
            agency: police.clone(),
        },
        EditRefusal::AgencyInUse {
            agency: police,
            uses,
        },
    );
    refused(
        &case,
        CaseEdit::RemoveAgency {
            agency: AgencyId::new("nobody"),
        },
        EditRefusal::UnknownAgency {
            agency: AgencyId::new("nobody"),
        },
    );
    let with_unused = applied(
        &case,
        CaseEdit::PutAgency {
            agency: agency("labour", "Labour office"),
        },
    );
    let removed = applied(
        &with_unused,
        CaseEdit::RemoveAgency {
            agency: AgencyId::new("labour"),
        },
    );
    assert_eq!(removed.agencies, case.agencies);
}

#[test]
fn an_agency_named_by_a_share_consent_or_an_attendee_only_is_still_in_use() {
    let mut case = sample_case();
    case = applied(
        &case,
        CaseEdit::PutAgency {
            agency: agency("labour", "Labour office"),
        },
    );
    let attendee = Attendee {
        name: "Inspector Sela Marn".into(),
        agency: Some(AgencyId::new("labour")),
        role: AttendeeRole::Observer,
    };
    let with_attendee = applied(
        &case,
        CaseEdit::ChangeSession {
            session: SessionId::new("s-main"),
            change: SessionChange::AddAttendee { attendee },
        },
    );
    assert_eq!(
        AgencyUses::of(&with_attendee, &AgencyId::new("labour")).attendees,
        1
    );
    assert!(check(
        &with_attendee,
        &CaseEdit::RemoveAgency {
            agency: AgencyId::new("labour")
        }
    )
    .is_err());
    let share = consent_event(
        "c-labour",
        ConsentPurpose::ShareRecord {
            agency: AgencyId::new("labour"),
        },
        Decision::Declined,
        NOON,
    );
    let with_consent = applied(&case, CaseEdit::RecordConsent { event: share });
    assert_eq!(
        AgencyUses::of(&with_consent, &AgencyId::new("labour")).consent_events,
        1
    );
    assert!(check(
        &with_consent,
        &CaseEdit::RemoveAgency {
            agency: AgencyId::new("labour")
        }
    )
    .is_err());
}

#[test]
fn a_topic_of_the_case_is_added_once_and_the_catalogue_refuses_a_bad_one() {
    let case = sample_case();
    let topic = Topic {
        id: TopicId::new("fishing-permits"),
        description: "Permits held on the boat".into(),
        sensitive: false,
    };
    let next = applied(
        &case,
        CaseEdit::AddTopic {
            topic: topic.clone(),
        },
    );
    assert!(next.topics.get(&topic.id).is_some());
    refused(
        &next,
        CaseEdit::AddTopic {
            topic: topic.clone(),
        },
        EditRefusal::Topic(TopicError::AlreadyInCatalogue {
            id: topic.id.clone(),
        }),
    );
    let bad = Topic {
        id: TopicId::new("Bad Id"),
        ..topic
    };
    refused(
        &case,
        CaseEdit::AddTopic { topic: bad },
        EditRefusal::Topic(TopicError::InvalidId {
            id: TopicId::new("Bad Id"),
        }),
    );
}

// ---------- prior accounts ----------

fn account(id: &str, agency: &str, topic: &str) -> PriorAccount {
    PriorAccount {
        id: PriorAccountId::new(id),
        agency: AgencyId::new(agency),
        at: NOON,
        form: AccountForm::WrittenStatement,
        topics: vec![TopicCoverage {
            topic: TopicId::new(topic),
            coverage: Coverage::Detailed,
        }],
        obtainable: true,
    }
}

#[test]
fn a_prior_account_is_put_by_id_and_checked_against_agencies_and_topics() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::PutPriorAccount {
            account: account("pa-new", "ngo", "travel"),
        },
    );
    assert_eq!(next.prior_accounts.len(), case.prior_accounts.len() + 1);
    let changed = applied(
        &next,
        CaseEdit::PutPriorAccount {
            account: PriorAccount {
                obtainable: false,
                ..account("pa-new", "ngo", "travel")
            },
        },
    );
    assert_eq!(changed.prior_accounts.len(), next.prior_accounts.len());
    assert!(
        !changed
            .prior_account(&PriorAccountId::new("pa-new"))
            .unwrap()
            .obtainable
    );
    refused(
        &case,
        CaseEdit::PutPriorAccount {
            account: account("pa-x", "nobody", "travel"),
        },
        EditRefusal::UnknownAgency {
            agency: AgencyId::new("nobody"),
        },
    );
    refused(
        &case,
        CaseEdit::PutPriorAccount {
            account: account("pa-x", "ngo", "not-a-topic"),
        },
        EditRefusal::UnknownTopic {
            topic: TopicId::new("not-a-topic"),
        },
    );
    let empty = PriorAccount {
        topics: Vec::new(),
        ..account("pa-x", "ngo", "travel")
    };
    refused(
        &case,
        CaseEdit::PutPriorAccount { account: empty },
        EditRefusal::Blank {
            what: Blank::AccountTopics,
        },
    );
}

#[test]
fn a_prior_account_whose_record_answers_a_question_cannot_be_removed_until_that_is_undone() {
    let case = sample_case();
    let record_id = PriorAccountId::new("pa-video");
    let accepted = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::MarkAnsweredByRecord {
                question: q("q-journey"),
                record: record_id.clone(),
            },
        },
    );
    assert_eq!(questions_relying_on(&accepted, &record_id), 1);
    refused(
        &accepted,
        CaseEdit::RemovePriorAccount {
            account: record_id.clone(),
        },
        EditRefusal::PriorAccountInUse {
            account: record_id.clone(),
            questions: 1,
        },
    );
    let undone = applied(
        &accepted,
        CaseEdit::UndoSuggestion {
            position: accepted.accepted.len() - 1,
        },
    );
    let removed = applied(
        &undone,
        CaseEdit::RemovePriorAccount {
            account: record_id.clone(),
        },
    );
    assert!(removed.prior_account(&record_id).is_none());
    refused(
        &case,
        CaseEdit::RemovePriorAccount {
            account: PriorAccountId::new("gone"),
        },
        EditRefusal::UnknownPriorAccount {
            account: PriorAccountId::new("gone"),
        },
    );
}

// ---------- questions ----------

fn question(id: &str, agency: &str, text: &str) -> Question {
    Question::new(
        q(id),
        AgencyId::new(agency),
        text,
        LanguageTag::new("en"),
        vec![TopicId::new("travel")],
        PeacePhase::Account,
    )
}

#[test]
fn a_question_is_put_by_id_keeping_what_suggestions_set_on_it() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::PutQuestion {
            question: question("q-new", "ngo", "Describe the boat."),
        },
    );
    assert_eq!(next.questions.last().unwrap().id, q("q-new"));
    let merged = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-debt-police"),
                merged: vec![q("q-debt-prosecutor")],
            },
        },
    );
    let kept = merged.question(&q("q-debt-police")).unwrap().clone();
    assert!(!kept.credited_to.is_empty());
    // A form sends the question as it showed it; the credits the merge gave it stay.
    let reworded = Question {
        text: "Describe the money they said you owed.".into(),
        credited_to: Vec::new(),
        ..kept.clone()
    };
    let after = applied(&merged, CaseEdit::PutQuestion { question: reworded });
    let now_kept = after.question(&q("q-debt-police")).unwrap();
    assert_eq!(now_kept.text, "Describe the money they said you owed.");
    assert_eq!(now_kept.credited_to, kept.credited_to);
    refused(
        &case,
        CaseEdit::PutQuestion {
            question: question("q-x", "ngo", "  "),
        },
        EditRefusal::Blank {
            what: Blank::QuestionText,
        },
    );
    refused(
        &case,
        CaseEdit::PutQuestion {
            question: question("q-x", "nobody", "Why?"),
        },
        EditRefusal::UnknownAgency {
            agency: AgencyId::new("nobody"),
        },
    );
}

#[test]
fn removing_a_question_takes_it_out_of_every_session_and_is_refused_while_in_use() {
    let case = sample_case();
    assert!(case
        .sessions
        .iter()
        .any(|s| s.questions.contains(&q("q-controllers"))));
    let next = applied(
        &case,
        CaseEdit::RemoveQuestion {
            question: q("q-controllers"),
        },
    );
    assert!(next.question(&q("q-controllers")).is_none());
    assert!(next
        .sessions
        .iter()
        .all(|s| !s.questions.contains(&q("q-controllers"))));
    let merged = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-debt-police"),
                merged: vec![q("q-debt-prosecutor")],
            },
        },
    );
    assert!(question_in_use(&merged, &q("q-debt-police")));
    refused(
        &merged,
        CaseEdit::RemoveQuestion {
            question: q("q-debt-police"),
        },
        EditRefusal::QuestionInUse {
            question: q("q-debt-police"),
        },
    );
    refused(
        &case,
        CaseEdit::RemoveQuestion {
            question: q("gone"),
        },
        EditRefusal::UnknownQuestion {
            question: q("gone"),
        },
    );
}

#[test]
fn a_question_moves_past_other_agencies_questions_to_its_own_agencys_neighbour() {
    let mut case = sample_case();
    case.questions = vec![
        question("p1", "police", "A?").into(),
        question("n1", "ngo", "B?").into(),
        question("p2", "police", "C?").into(),
        question("n2", "ngo", "D?").into(),
    ];
    case.sessions.clear();
    let order = |c: &Case| {
        c.questions
            .iter()
            .map(|q| q.id.to_string())
            .collect::<Vec<_>>()
    };
    let up = applied(
        &case,
        CaseEdit::MoveQuestion {
            question: q("p2"),
            direction: Direction::Up,
        },
    );
    assert_eq!(order(&up), ["p2", "n1", "p1", "n2"]);
    let down = applied(
        &up,
        CaseEdit::MoveQuestion {
            question: q("n1"),
            direction: Direction::Down,
        },
    );
    assert_eq!(order(&down), ["p2", "n2", "p1", "n1"]);
    refused(
        &case,
        CaseEdit::MoveQuestion {
            question: q("p1"),
            direction: Direction::Up,
        },
        EditRefusal::CannotMove { question: q("p1") },
    );
    refused(
        &case,
        CaseEdit::MoveQuestion {
            question: q("n2"),
            direction: Direction::Down,
        },
        EditRefusal::CannotMove { question: q("n2") },
    );
    refused(
        &case,
        CaseEdit::MoveQuestion {
            question: q("gone"),
            direction: Direction::Down,
        },
        EditRefusal::UnknownQuestion {
            question: q("gone"),
        },
    );
}

// ---------- sessions ----------

fn new_session(id: &str) -> SessionPlan {
    SessionPlan::new(
        SessionId::new(id),
        NOON,
        LocationKind::NeutralRoom,
        LanguageTag::new("en"),
        90,
    )
}

fn session_edit(id: &str, change: SessionChange) -> CaseEdit {
    CaseEdit::ChangeSession {
        session: SessionId::new(id),
        change,
    }
}

#[test]
fn a_session_is_added_once_and_removed() {
    let case = sample_case();
    let next = applied(
        &case,
        CaseEdit::AddSession {
            session: new_session("s-new"),
        },
    );
    assert!(next.session(&SessionId::new("s-new")).is_some());
    refused(
        &next,
        CaseEdit::AddSession {
            session: new_session("s-new"),
        },
        EditRefusal::AlreadyInCase { id: "s-new".into() },
    );
    let zero = SessionPlan {
        duration_minutes: 0,
        ..new_session("s-zero")
    };
    refused(
        &case,
        CaseEdit::AddSession { session: zero },
        EditRefusal::ZeroDuration,
    );
    let removed = applied(
        &next,
        CaseEdit::RemoveSession {
            session: SessionId::new("s-new"),
        },
    );
    assert_eq!(removed.sessions, case.sessions);
    refused(
        &case,
        CaseEdit::RemoveSession {
            session: SessionId::new("gone"),
        },
        EditRefusal::UnknownSession {
            session: SessionId::new("gone"),
        },
    );
}

#[test]
fn every_session_field_is_set_by_its_change() {
    let case = applied(
        &sample_case(),
        CaseEdit::AddSession {
            session: new_session("s"),
        },
    );
    let changes = [
        SessionChange::Date {
            date: Timestamp(NOON.0 + 1),
        },
        SessionChange::Place {
            place: "Quiet room, Lantern Street centre".into(),
        },
        SessionChange::Location {
            location: LocationKind::NgoPremises,
        },
        SessionChange::Language {
            language: LanguageTag::new("ro"),
        },
        SessionChange::Duration { minutes: 120 },
        SessionChange::SupportPersonDeclined { declined: true },
        SessionChange::NeedsRecording { needed: true },
        SessionChange::MedicalExamination { planned: true },
        SessionChange::Photographs { planned: true },
    ];
    let mut next = case;
    for change in changes {
        next = applied(&next, session_edit("s", change));
    }
    let s = next.session(&SessionId::new("s")).unwrap();
    assert_eq!(s.date, Timestamp(NOON.0 + 1));
    assert_eq!(s.place, "Quiet room, Lantern Street centre");
    assert_eq!(s.location, LocationKind::NgoPremises);
    assert_eq!(s.language, LanguageTag::new("ro"));
    assert_eq!(s.duration_minutes, 120);
    assert!(
        s.support_person_declined && s.needs_recording && s.medical_examination && s.photographs
    );
    refused(
        &next,
        session_edit("s", SessionChange::Duration { minutes: 0 }),
        EditRefusal::ZeroDuration,
    );
    refused(
        &next,
        session_edit("gone", SessionChange::Duration { minutes: 10 }),
        EditRefusal::UnknownSession {
            session: SessionId::new("gone"),
        },
    );
}

#[test]
fn breaks_fall_inside_the_session_once_each_and_are_kept_in_order() {
    let case = applied(
        &sample_case(),
        CaseEdit::AddSession {
            session: new_session("s"),
        },
    );
    let next = applied(
        &case,
        session_edit("s", SessionChange::AddBreak { minute: 60 }),
    );
    let next = applied(
        &next,
        session_edit("s", SessionChange::AddBreak { minute: 30 }),
    );
    assert_eq!(next.session(&SessionId::new("s")).unwrap().breaks, [30, 60]);
    refused(
        &next,
        session_edit("s", SessionChange::AddBreak { minute: 60 }),
        EditRefusal::BreakTaken { minute: 60 },
    );
    refused(
        &next,
        session_edit("s", SessionChange::AddBreak { minute: 90 }),
        EditRefusal::BreakOutsideSession {
            minute: 90,
            duration: 90,
        },
    );
    refused(
        &next,
        session_edit("s", SessionChange::AddBreak { minute: 0 }),
        EditRefusal::BreakOutsideSession {
            minute: 0,
            duration: 90,
        },
    );
    let removed = applied(
        &next,
        session_edit("s", SessionChange::RemoveBreak { minute: 30 }),
    );
    assert_eq!(removed.session(&SessionId::new("s")).unwrap().breaks, [60]);
    refused(
        &removed,
        session_edit("s", SessionChange::RemoveBreak { minute: 30 }),
        EditRefusal::NoSuchBreak { minute: 30 },
    );
}

#[test]
fn attendees_are_added_changed_and_removed_by_position() {
    let case = applied(
        &sample_case(),
        CaseEdit::AddSession {
            session: new_session("s"),
        },
    );
    let lead = Attendee {
        name: "DS Imogen Varley".into(),
        agency: Some(AgencyId::new("police")),
        role: AttendeeRole::LeadInterviewer,
    };
    let next = applied(
        &case,
        session_edit(
            "s",
            SessionChange::AddAttendee {
                attendee: lead.clone(),
            },
        ),
    );
    let renamed = Attendee {
        name: "DI Imogen Varley".into(),
        ..lead.clone()
    };
    let next = applied(
        &next,
        session_edit(
            "s",
            SessionChange::PutAttendee {
                index: 0,
                attendee: renamed.clone(),
            },
        ),
    );
    assert_eq!(
        next.session(&SessionId::new("s")).unwrap().attendees,
        std::slice::from_ref(&renamed)
    );
    refused(
        &next,
        session_edit(
            "s",
            SessionChange::PutAttendee {
                index: 1,
                attendee: lead.clone(),
            },
        ),
        EditRefusal::NoSuchAttendee { index: 1 },
    );
    let stranger = Attendee {
        agency: Some(AgencyId::new("nobody")),
        ..lead
    };
    refused(
        &next,
        session_edit("s", SessionChange::AddAttendee { attendee: stranger }),
        EditRefusal::UnknownAgency {
            agency: AgencyId::new("nobody"),
        },
    );
    let removed = applied(
        &next,
        session_edit("s", SessionChange::RemoveAttendee { index: 0 }),
    );
    assert!(removed
        .session(&SessionId::new("s"))
        .unwrap()
        .attendees
        .is_empty());
    refused(
        &removed,
        session_edit("s", SessionChange::RemoveAttendee { index: 0 }),
        EditRefusal::NoSuchAttendee { index: 0 },
    );
}

#[test]
fn a_sessions_questions_keep_peace_order_and_move_only_within_their_phase() {
    let case = applied(
        &sample_case(),
        CaseEdit::AddSession {
            session: new_session("s"),
        },
    );
    let next = applied(
        &case,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("q-journey"),
            },
        ),
    );
    let next = applied(
        &next,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("q-rapport"),
            },
        ),
    );
    let next = applied(
        &next,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("q-job-offer"),
            },
        ),
    );
    let ids = |c: &Case| c.session(&SessionId::new("s")).unwrap().questions.clone();
    // Rapport (Engage) goes before the Account questions although it was added later.
    assert_eq!(
        ids(&next),
        [q("q-rapport"), q("q-journey"), q("q-job-offer")]
    );
    assert_eq!(in_phase_order(&next, &ids(&next)), ids(&next));
    let moved = applied(
        &next,
        session_edit(
            "s",
            SessionChange::MoveQuestion {
                question: q("q-job-offer"),
                direction: Direction::Up,
            },
        ),
    );
    assert_eq!(
        ids(&moved),
        [q("q-rapport"), q("q-job-offer"), q("q-journey")]
    );
    refused(
        &moved,
        session_edit(
            "s",
            SessionChange::MoveQuestion {
                question: q("q-job-offer"),
                direction: Direction::Up,
            },
        ),
        EditRefusal::CannotMove {
            question: q("q-job-offer"),
        },
    );
    refused(
        &moved,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("q-journey"),
            },
        ),
        EditRefusal::QuestionAlreadyInSession {
            question: q("q-journey"),
        },
    );
    refused(
        &moved,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("gone"),
            },
        ),
        EditRefusal::UnknownQuestion {
            question: q("gone"),
        },
    );
    let removed = applied(
        &moved,
        session_edit(
            "s",
            SessionChange::RemoveQuestion {
                question: q("q-journey"),
            },
        ),
    );
    assert_eq!(ids(&removed), [q("q-rapport"), q("q-job-offer")]);
    refused(
        &removed,
        session_edit(
            "s",
            SessionChange::RemoveQuestion {
                question: q("q-journey"),
            },
        ),
        EditRefusal::QuestionNotInSession {
            question: q("q-journey"),
        },
    );
    refused(
        &removed,
        session_edit(
            "s",
            SessionChange::MoveQuestion {
                question: q("q-journey"),
                direction: Direction::Up,
            },
        ),
        EditRefusal::QuestionNotInSession {
            question: q("q-journey"),
        },
    );
}

#[test]
fn a_question_set_aside_is_not_added_to_a_session() {
    let case = applied(
        &sample_case(),
        CaseEdit::AddSession {
            session: new_session("s"),
        },
    );
    let merged = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-debt-police"),
                merged: vec![q("q-debt-prosecutor")],
            },
        },
    );
    assert!(matches!(
        merged.question(&q("q-debt-prosecutor")).unwrap().set_aside,
        Some(SetAside::MergedInto { .. })
    ));
    refused(
        &merged,
        session_edit(
            "s",
            SessionChange::AddQuestion {
                question: q("q-debt-prosecutor"),
            },
        ),
        EditRefusal::QuestionSetAside {
            question: q("q-debt-prosecutor"),
        },
    );
}

// ---------- consent, referrals, suggestions ----------

#[test]
fn a_consent_event_is_recorded_once_and_the_ledger_refuses_what_breaks_its_rules() {
    let case = sample_case();
    let later = Timestamp(NOON.0 + 400 * 86_400_000);
    let event = consent_event("c-new", ConsentPurpose::Photographs, Decision::Given, later);
    let next = applied(
        &case,
        CaseEdit::RecordConsent {
            event: event.clone(),
        },
    );
    assert!(next.consent.event(&ConsentEventId::new("c-new")).is_some());
    refused(
        &next,
        CaseEdit::RecordConsent {
            event: event.clone(),
        },
        EditRefusal::Consent(ConsentError::DuplicateId {
            id: ConsentEventId::new("c-new"),
        }),
    );
    let withdrawal = consent_event(
        "c-w",
        ConsentPurpose::ContactAfterwards,
        Decision::Withdrawn,
        later,
    );
    refused(
        &case,
        CaseEdit::RecordConsent { event: withdrawal },
        EditRefusal::Consent(ConsentError::NothingToWithdraw {
            id: ConsentEventId::new("c-w"),
            purpose: ConsentPurpose::ContactAfterwards,
            party: ConsentParty::Survivor,
        }),
    );
}

#[test]
fn a_referral_is_attached_once_and_moves_only_as_the_workflow_and_consent_allow() {
    let case = sample_case();
    let referral = Referral::suggest(ReferralId::new("ref-legal"), service("svc-legal"), NOON);
    let next = applied(
        &case,
        CaseEdit::AttachReferral {
            referral: referral.clone(),
        },
    );
    refused(
        &next,
        CaseEdit::AttachReferral { referral },
        EditRefusal::AlreadyInCase {
            id: "ref-legal".into(),
        },
    );
    let id = ReferralId::new("ref-legal");
    let offered = applied(
        &next,
        CaseEdit::MoveReferral {
            referral: id.clone(),
            to: ReferralStatus::Offered,
            at: NOON,
        },
    );
    let accepted = applied(
        &offered,
        CaseEdit::MoveReferral {
            referral: id.clone(),
            to: ReferralStatus::Accepted,
            at: NOON,
        },
    );
    let to_referred = CaseEdit::MoveReferral {
        referral: id.clone(),
        to: ReferralStatus::Referred,
        at: NOON,
    };
    let refusal = check(&accepted, &to_referred).unwrap_err();
    assert!(
        matches!(
            refusal,
            EditRefusal::Referral(ReferralError::ConsentRequired { .. })
        ),
        "{refusal:?}"
    );
    refused(&accepted, to_referred, refusal);
    refused(
        &case,
        CaseEdit::MoveReferral {
            referral: ReferralId::new("gone"),
            to: ReferralStatus::Offered,
            at: NOON,
        },
        EditRefusal::UnknownReferral {
            referral: ReferralId::new("gone"),
        },
    );
}

#[test]
fn suggestions_are_accepted_and_undone_through_edits_with_the_planners_refusals() {
    let case = sample_case();
    let merge = Suggestion::Merge {
        keep: q("q-debt-police"),
        merged: vec![q("q-debt-prosecutor")],
    };
    let accepted = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: merge.clone(),
        },
    );
    assert_eq!(accepted.accepted.len(), case.accepted.len() + 1);
    refused(
        &accepted,
        CaseEdit::AcceptSuggestion { suggestion: merge },
        EditRefusal::Planner(PlannerError::QuestionSetAside {
            question: q("q-debt-prosecutor"),
        }),
    );
    let undone = applied(
        &accepted,
        CaseEdit::UndoSuggestion {
            position: accepted.accepted.len() - 1,
        },
    );
    assert_eq!(undone, case);
    refused(
        &case,
        CaseEdit::UndoSuggestion { position: 99 },
        EditRefusal::Planner(PlannerError::NoSuchAcceptedSuggestion { position: 99 }),
    );
}

// ---------- the history ----------

#[test]
fn recording_an_edit_appends_it_with_its_time_and_author_and_a_refusal_appends_nothing() {
    let mut case = sample_case();
    let before = case.history.clone();
    let edit = CaseEdit::SetInterpreterNeeded { needed: true };
    record(
        &mut case,
        edit.clone(),
        NOON,
        "Investigator, Harbour police",
    )
    .unwrap();
    assert_eq!(case.history.len(), before.len() + 1);
    assert_eq!(
        case.history.last().map(|entry| &**entry),
        Some(&HistoryEntry::Edited {
            at: NOON,
            by: "Investigator, Harbour police".into(),
            edit: Box::new(edit)
        })
    );
    let unchanged = case.clone();
    assert!(record(
        &mut case,
        CaseEdit::RemoveAgency {
            agency: AgencyId::new("police")
        },
        NOON,
        "x"
    )
    .is_err());
    assert_eq!(case, unchanged);
}

#[test]
fn typing_in_one_field_is_one_entry_but_another_field_another_author_or_a_pause_is_not() {
    let mut case = sample_case();
    let start = case.history.len();
    for (i, typed) in ["N", "NG", "NGO caseworker"].iter().enumerate() {
        let edit = CaseEdit::SetSupportPerson {
            support_person: Some((*typed).into()),
        };
        record(&mut case, edit, Timestamp(NOON.0 + i as i64 * 1000), "Ana").unwrap();
    }
    assert_eq!(case.history.len(), start + 1);
    assert!(
        matches!(case.history.last().map(|entry| &**entry), Some(HistoryEntry::Edited { edit, .. }) if **edit == CaseEdit::SetSupportPerson { support_person: Some("NGO caseworker".into()) })
    );
    record(
        &mut case,
        CaseEdit::SetSupportPerson {
            support_person: None,
        },
        Timestamp(NOON.0 + 3000),
        "Bo",
    )
    .unwrap();
    assert_eq!(case.history.len(), start + 2, "another author");
    let later = Timestamp(NOON.0 + 3000 + COALESCE_WITHIN_MS + 1);
    record(
        &mut case,
        CaseEdit::SetSupportPerson {
            support_person: Some("Aunt".into()),
        },
        later,
        "Bo",
    )
    .unwrap();
    assert_eq!(case.history.len(), start + 3, "after a pause");
    record(
        &mut case,
        CaseEdit::SetInterpreterNeeded { needed: true },
        later,
        "Bo",
    )
    .unwrap();
    record(
        &mut case,
        CaseEdit::SetInterpreterNeeded { needed: false },
        later,
        "Bo",
    )
    .unwrap();
    assert_eq!(
        case.history.len(),
        start + 5,
        "switches are each a decision of their own"
    );
}

#[test]
fn a_case_of_schema_2_migrates_with_a_history_that_begins_there() {
    let case = sample_case();
    let stored = encode_case(&case);
    let mut envelope: serde_json::Value = serde_json::from_str(&stored).unwrap();
    envelope["schema"] = 2.into();
    envelope["case"].as_object_mut().unwrap().remove("history");
    let migrated = decode_case(&envelope.to_string()).unwrap();
    assert_eq!(
        migrated.history,
        [HistoryEntry::Begins {
            at: None,
            migrated: true
        }]
    );
    assert_eq!(
        migrated,
        Case {
            history: migrated.history.clone(),
            ..case
        }
    );
    // A version 2 document that already has a history is not one this program wrote.
    envelope["case"]["history"] = serde_json::json!([]);
    assert!(
        decode_case(&envelope.to_string()).is_ok(),
        "the migration sets the history"
    );
}

#[test]
fn a_history_survives_storing_and_reading_back() {
    let mut case = sample_case();
    record(
        &mut case,
        CaseEdit::AddSession {
            session: new_session("s"),
        },
        NOON,
        "Ana",
    )
    .unwrap();
    record(
        &mut case,
        session_edit("s", SessionChange::AddBreak { minute: 45 }),
        NOON,
        "Ana",
    )
    .unwrap();
    record(
        &mut case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-debt-police"),
                merged: vec![q("q-debt-prosecutor")],
            },
        },
        NOON,
        "Ana",
    )
    .unwrap();
    let read = decode_case(&encode_case(&case)).unwrap();
    assert_eq!(read, case);
    assert_eq!(read.history.len(), 4);
}

// ---------- random sequences ----------

/// What a random step asks for; turned into an edit against the case as it is then.
#[derive(Clone, Debug)]
struct Step {
    kind: u8,
    pick: usize,
    other: usize,
    flag: bool,
}

fn step() -> impl Strategy<Value = Step> {
    (0u8..32, any::<usize>(), any::<usize>(), any::<bool>()).prop_map(
        |(kind, pick, other, flag)| Step {
            kind,
            pick,
            other,
            flag,
        },
    )
}

/// The `i`th of `ids` (wrapping), or an id the case does not have when there is none.
fn nth<T: Clone, Id>(ids: impl Iterator<Item = T>, i: usize) -> Id
where
    Id: From<T> + From<&'static str>,
{
    let ids: Vec<T> = ids.collect();
    if ids.is_empty() {
        Id::from("none")
    } else {
        Id::from(ids[i % ids.len()].clone())
    }
}

/// An edit for `step` on `case`, with ids drawn from what the case has (and sometimes not).
fn edit_for(case: &Case, step: &Step, n: usize) -> CaseEdit {
    let agency: AgencyId = nth(case.agencies.iter().map(|a| a.id.clone()), step.pick);
    let question: QuestionId = nth(case.questions.iter().map(|q| q.id.clone()), step.pick);
    let account: PriorAccountId = nth(case.prior_accounts.iter().map(|a| a.id.clone()), step.pick);
    let session: SessionId = nth(case.sessions.iter().map(|s| s.id.clone()), step.other);
    let topic: TopicId = nth(case.topics.topics().map(|t| t.id.clone()), step.other);
    let evidence: EvidenceId = nth(case.evidence.iter().map(|e| e.id.clone()), step.pick);
    // The agency added last: often one that nothing but evidence names yet.
    let newest: AgencyId = case
        .agencies
        .last()
        .map_or_else(|| AgencyId::new("none"), |a| a.id.clone());
    let direction = if step.flag {
        Direction::Up
    } else {
        Direction::Down
    };
    let at = Timestamp(NOON.0 + n as i64 * 60_000);
    let change = |change| CaseEdit::ChangeSession {
        session: session.clone(),
        change,
    };
    match step.kind {
        0 => CaseEdit::PutAgency {
            agency: Agency {
                id: AgencyId::new(format!("a{n}")),
                name: format!("Agency {n}"),
                role: AgencyRole::Ngo,
            },
        },
        1 => CaseEdit::RemoveAgency {
            agency: if step.flag { newest } else { agency },
        },
        2 => CaseEdit::PutPriorAccount {
            account: PriorAccount {
                id: PriorAccountId::new(format!("pa{n}")),
                agency,
                at,
                form: AccountForm::Notes,
                topics: vec![TopicCoverage {
                    topic,
                    coverage: Coverage::Detailed,
                }],
                obtainable: step.flag,
            },
        },
        3 => CaseEdit::RemovePriorAccount { account },
        4 => CaseEdit::PutQuestion {
            question: Question::new(
                QuestionId::new(format!("q{n}")),
                agency,
                format!("Tell me about step {n}."),
                LanguageTag::new("en"),
                vec![topic],
                PeacePhase::Account,
            ),
        },
        5 => CaseEdit::RemoveQuestion { question },
        6 => CaseEdit::MoveQuestion {
            question,
            direction,
        },
        7 => CaseEdit::AddSession {
            session: new_session(&format!("s{n}")),
        },
        8 => CaseEdit::RemoveSession { session },
        9 => change(SessionChange::AddQuestion { question }),
        10 => change(SessionChange::RemoveQuestion { question }),
        11 => change(SessionChange::MoveQuestion {
            question,
            direction,
        }),
        12 => change(SessionChange::AddBreak {
            minute: (step.pick % 200) as u32,
        }),
        13 => change(SessionChange::AddAttendee {
            attendee: Attendee {
                name: format!("Person {n}"),
                agency: step.flag.then_some(agency),
                role: AttendeeRole::Observer,
            },
        }),
        14 => change(SessionChange::RemoveAttendee {
            index: step.pick % 4,
        }),
        15 => change(SessionChange::Place {
            place: format!("Room {n}"),
        }),
        16 => CaseEdit::RecordConsent {
            event: consent_event(
                &format!("c{n}"),
                ConsentPurpose::ShareRecord { agency },
                if step.flag {
                    Decision::Given
                } else {
                    Decision::Withdrawn
                },
                at,
            ),
        },
        17 => CaseEdit::AttachReferral {
            referral: Referral::suggest(
                ReferralId::new(format!("r{n}")),
                service(&format!("svc{n}")),
                at,
            ),
        },
        18 => CaseEdit::MoveReferral {
            referral: nth::<ReferralId, ReferralId>(
                case.referrals.iter().map(|r| r.id.clone()),
                step.pick,
            ),
            to: ReferralStatus::Offered,
            at,
        },
        19 => {
            // Merging a question with itself, or with none, is refused: both are tried.
            let others: Vec<QuestionId> =
                vec![nth(case.questions.iter().map(|q| q.id.clone()), step.other)];
            CaseEdit::AcceptSuggestion {
                suggestion: Suggestion::Merge {
                    keep: question,
                    merged: others,
                },
            }
        }
        20 => CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::MarkAnsweredByRecord {
                question,
                record: account,
            },
        },
        21 => CaseEdit::UndoSuggestion {
            position: step.pick % (case.accepted.len() + 1),
        },
        22 => CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Reword {
                question,
                text: format!("Describe step {n}."),
            },
        },
        23 => CaseEdit::SetSupportPerson {
            support_person: Some(format!("Caseworker {n}")),
        },
        // Evidence: put (new, or a change of one the case has), move, remove, request by
        // accepting a suggestion, and a line of the catalogue.
        25 => CaseEdit::PutEvidence {
            item: EvidenceItem {
                id: if step.flag {
                    EvidenceId::new(format!("ev{n}"))
                } else {
                    evidence.clone()
                },
                kind: EvidenceKind::ALL[step.other % EvidenceKind::ALL.len()],
                description: format!("Record {n}"),
                topics: vec![topic],
                agency: if step.other % 2 == 0 { newest } else { agency },
                status: EvidenceStatus::ToRequest,
            },
        },
        26 => CaseEdit::MoveEvidence {
            item: evidence,
            to: match step.other % 4 {
                0 => EvidenceStatus::Requested { at },
                1 => EvidenceStatus::Obtained {
                    requested_at: case
                        .evidence
                        .get(step.pick % case.evidence.len().max(1))
                        .and_then(|item| item.status.requested_at()),
                    at,
                },
                2 => EvidenceStatus::NotObtainable {
                    at,
                    why: if step.flag {
                        "Destroyed".into()
                    } else {
                        String::new()
                    },
                },
                _ => EvidenceStatus::ToRequest,
            },
        },
        27 => CaseEdit::RemoveEvidence { item: evidence },
        28 => CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::RequestEvidence {
                item: EvidenceItem {
                    id: EvidenceId::new(format!("ev-s{n}")),
                    kind: EvidenceKind::WitnessStatements,
                    description: format!("Statement {n}"),
                    topics: vec![topic],
                    agency,
                    status: EvidenceStatus::Requested { at },
                },
            },
        },
        29 => CaseEdit::AddEvidenceGuidance {
            guidance: EvidenceGuidance {
                topic,
                kind: EvidenceKind::ALL[step.pick % EvidenceKind::ALL.len()],
                guidance: format!("Look for record {n}."),
            },
        },
        24 => CaseEdit::AddTopic {
            topic: Topic {
                id: TopicId::new(format!("extra-{n}")),
                description: "Made up for the test".into(),
                sensitive: step.flag,
            },
        },
        _ => CaseEdit::RenameCase {
            code: format!("TO-{n}"),
        },
    }
}

/// Every reference in the case resolves: what a question, account, session, attendee or
/// suggestion names is in the case.
fn dangling(case: &Case) -> Vec<String> {
    let mut problems = Vec::new();
    let agency = |id: &AgencyId, what: &str, problems: &mut Vec<String>| {
        if case.agency(id).is_none() {
            problems.push(format!("{what} names agency {id}"));
        }
    };
    for question in &case.questions {
        for served in question.served_agencies() {
            agency(&served, &format!("question {}", question.id), &mut problems);
        }
        match &question.set_aside {
            Some(SetAside::MergedInto { question: kept }) if case.question(kept).is_none() => {
                problems.push(format!("{} merged into missing {kept}", question.id))
            }
            Some(
                SetAside::AnsweredByRecord { record }
                | SetAside::AwaitingShareConsent { record, .. },
            ) if case.prior_account(record).is_none() => {
                problems.push(format!("{} relies on missing {record}", question.id))
            }
            _ => {}
        }
    }
    for account in &case.prior_accounts {
        agency(
            &account.agency,
            &format!("account {}", account.id),
            &mut problems,
        );
    }
    for session in &case.sessions {
        for id in &session.questions {
            if case.question(id).is_none() {
                problems.push(format!("session {} has missing question {id}", session.id));
            }
        }
        for attendee in &session.attendees {
            if let Some(id) = &attendee.agency {
                agency(id, &format!("attendee {}", attendee.name), &mut problems);
            }
        }
    }
    for event in case.consent.events() {
        if let ConsentPurpose::ShareRecord { agency: id } = &event.purpose {
            agency(id, &format!("consent {}", event.id), &mut problems);
        }
    }
    for item in &case.evidence {
        agency(
            &item.agency,
            &format!("evidence {}", item.id),
            &mut problems,
        );
        for topic in &item.topics {
            if case.topics.get(topic).is_none() {
                problems.push(format!("evidence {} names missing topic {topic}", item.id));
            }
        }
    }
    // An evidence request accepted and not undone is still in the case.
    for entry in &case.accepted {
        if let Suggestion::RequestEvidence { item } = &entry.suggestion {
            if case.evidence_item(&item.id).is_none() {
                problems.push(format!("accepted request {} is gone", item.id));
            }
        }
    }
    problems
}

fn small_settings() -> impl Strategy<Value = GeneratorSettings> {
    (
        any::<u64>(),
        1usize..5,
        0usize..6,
        0usize..12,
        0usize..3,
        0usize..6,
        0usize..2,
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_edit_sequences_keep_the_case_valid_and_the_history_replays(
        settings in small_settings(),
        from_sample in any::<bool>(),
        steps in prop::collection::vec(step(), 1..60),
    ) {
        let start = if from_sample { sample_case() } else { generated_case_with(&settings) };
        prop_assert!(dangling(&start).is_empty(), "the starting case is valid: {:?}", dangling(&start));
        let mut case = start.clone();
        let mut applied_count = 0;
        for (n, step) in steps.iter().enumerate() {
            let edit = edit_for(&case, step, n);
            let before = case.clone();
            match check(&case, &edit) {
                Ok(()) => {
                    record(&mut case, edit.clone(), Timestamp(NOON.0 + n as i64 * 60_000), "Tester").unwrap();
                    applied_count += 1;
                }
                Err(refusal) => {
                    prop_assert_eq!(record(&mut case, edit.clone(), NOON, "Tester"), Err(refusal));
                    prop_assert_eq!(&case, &before, "a refused edit changes nothing");
                }
            }
            prop_assert!(dangling(&case).is_empty(), "after {:?}: {:?}", edit, dangling(&case));
        }
        // The consent ledger replays from storage, and the whole case reads back as it is.
        prop_assert_eq!(decode_case(&encode_case(&case)).unwrap(), case.clone());
        prop_assert!(case.history.len() <= start.history.len() + applied_count);
        let replayed = replay(&Case { history: Vec::new(), ..start.clone() }, &case.history).unwrap();
        prop_assert_eq!(replayed, case);
    }
}

// ---------- the edits since a copy (how the planner's worker follows the case) ----------

/// `case` with its history set aside: what the planner reads.
fn content(case: &Case) -> Case {
    Case {
        history: Vec::new(),
        ..case.clone()
    }
}

#[test]
fn the_edits_since_a_copy_are_none_for_another_case_or_a_rewritten_history() {
    let mut known = sample_case();
    record(
        &mut known,
        CaseEdit::RenameCase {
            code: "FEN-1".into(),
        },
        NOON,
        "Ana",
    )
    .unwrap();
    let mut now = known.clone();
    record(
        &mut now,
        CaseEdit::SetInterpreterNeeded { needed: true },
        NOON,
        "Ana",
    )
    .unwrap();
    assert_eq!(
        edits_since(&known, &now),
        Some(vec![CaseEdit::SetInterpreterNeeded { needed: true }])
    );
    assert_eq!(edits_since(&now, &now), Some(Vec::new()));
    // Older than the copy: the edits would have to be undone.
    assert_eq!(edits_since(&now, &known), None);
    let other = Case {
        id: "other".into(),
        ..now.clone()
    };
    assert_eq!(edits_since(&known, &other), None);
    // Another history of the same length, as a case read back from another device may have.
    let mut rewritten = now.clone();
    let last = rewritten.history.len() - 2;
    rewritten.history[last] = HistoryEntry::begins(Some(NOON)).into();
    assert_eq!(edits_since(&known, &rewritten), None);
}

#[test]
fn a_coalesced_change_is_sent_again_and_overrides_the_value_the_copy_has() {
    let mut known = sample_case();
    record(
        &mut known,
        CaseEdit::RenameCase { code: "FEN".into() },
        NOON,
        "Ana",
    )
    .unwrap();
    let mut now = known.clone();
    record(
        &mut now,
        CaseEdit::RenameCase {
            code: "FEN-77".into(),
        },
        Timestamp(NOON.0 + 1_000),
        "Ana",
    )
    .unwrap();
    assert_eq!(
        now.history.len(),
        known.history.len(),
        "typing is one entry"
    );
    let edits = edits_since(&known, &now).expect("the same field, changed again");
    let mut copy = known.clone();
    for edit in &edits {
        apply(&mut copy, edit).unwrap();
    }
    assert_eq!(content(&copy), content(&now));
    // Another person's change to the same field is a new entry, not a coalesced one.
    let mut by_other = known.clone();
    record(
        &mut by_other,
        CaseEdit::RenameCase {
            code: "FEN-8".into(),
        },
        Timestamp(NOON.0 + 1_000),
        "Bo",
    )
    .unwrap();
    assert_eq!(edits_since(&known, &by_other).map(|e| e.len()), Some(1));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A copy that follows the case by the edits since it was last brought up to date, at random
    /// moments, always reads as the case itself.
    #[test]
    fn a_copy_kept_by_the_edits_since_always_equals_the_case(
        settings in small_settings(),
        steps in prop::collection::vec((step(), any::<bool>()), 1..60),
    ) {
        let mut case = generated_case_with(&settings);
        record(&mut case, CaseEdit::RenameCase { code: "START".into() }, NOON, "Tester").unwrap();
        let (mut known, mut copy) = (case.clone(), case.clone());
        for (n, (step, sync)) in steps.iter().enumerate() {
            let edit = edit_for(&case, step, n);
            // Two authors, so that some changes coalesce and some do not.
            let by = if step.flag { "Tester" } else { "Other" };
            let _ = record(&mut case, edit, Timestamp(NOON.0 + n as i64 * 30_000), by);
            if *sync {
                let edits = edits_since(&known, &case);
                prop_assert!(edits.is_some(), "the case grew from the copy by edits");
                for edit in edits.unwrap() {
                    prop_assert_eq!(apply(&mut copy, &edit), Ok(()));
                }
                prop_assert_eq!(content(&copy), content(&case));
                known = case.clone();
            }
        }
    }
}
