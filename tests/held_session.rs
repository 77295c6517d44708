//! Held sessions: the record of a session that took place enters the ledger as one linked prior
//! account, every planner rule sees it, what was not asked carries over, and the retelling load
//! has an achieved side. Every person, agency and place here is made up.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tell_once::model::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, CaseEdit, Coverage,
    HistoryEntry, LocationKind, PeacePhase, PriorAccount, Priority, Question, SessionChange,
    SessionPlan, Suggestion, TopicCoverage,
};
use tell_once::model::consent::{
    ConsentEvent, ConsentMethod, ConsentParty, ConsentPurpose, ConsentStatus, Decision,
};
use tell_once::model::edit::{apply, check, record, replay, EditRefusal};
use tell_once::model::held::{
    carry_over, carry_over_offer, latest_outcome, proposed_topics, AddedQuestion, HeldSession,
    HeldSessionError, NotAskedReason, PlannedOutcome, QuestionOutcome, RecordingForm,
};
use tell_once::model::planner::finding::{FindingKind, FindingSubject};
use tell_once::model::planner::{
    achieved_retelling, analyze, CoverageCell, CoverageColumn, CoverageMatrix,
};
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::topic::ids;
use tell_once::model::{
    AgencyId, CaseId, ConsentEventId, LanguageTag, PriorAccountId, QuestionId, SessionId,
    Timestamp, TopicId,
};

const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;
/// 2026-03-02 09:00 UTC: the consent meeting.
const START: i64 = 1_772_442_000_000;
/// The first session, a day after the consent meeting.
const FIRST: Timestamp = Timestamp(START + DAY);
/// The second session, a week later.
const SECOND: Timestamp = Timestamp(START + 8 * DAY);
const BY: &str = "Victim specialist, Harbour Light";

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn s(id: &str) -> SessionId {
    SessionId::new(id)
}

fn a(id: &str) -> AgencyId {
    AgencyId::new(id)
}

fn question(id: &str, agency: &str, text: &str, topics: &[&str], priority: Priority) -> Question {
    let mut question = Question::new(
        q(id),
        a(agency),
        text,
        LanguageTag::new("en"),
        topics.iter().map(|t| TopicId::new(*t)).collect(),
        PeacePhase::Account,
    );
    question.priority = priority;
    question
}

fn attendee(name: &str, agency: &str, role: AttendeeRole) -> Attendee {
    Attendee {
        name: name.to_owned(),
        agency: Some(a(agency)),
        role,
    }
}

fn consent(id: &str, purpose: ConsentPurpose, decision: Decision, at: i64) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision,
        party: ConsentParty::Survivor,
        at: Timestamp(at),
        recorded_by: BY.to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("es"),
        interpreter: Some("Interpreter, Quayside Language Line".to_owned()),
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

/// Applies every edit through `record`, as the reducer does, so that the history holds them.
fn recorded(mut case: Case, edits: impl IntoIterator<Item = CaseEdit>) -> Case {
    for (n, edit) in edits.into_iter().enumerate() {
        let at = Timestamp(START + n as i64 * MINUTE);
        record(&mut case, edit.clone(), at, BY).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    }
    case
}

/// Asserts that check and apply both refuse `edit` with `refusal`, and nothing changes.
fn refused(case: &Case, edit: CaseEdit, refusal: EditRefusal) {
    assert_eq!(check(case, &edit), Err(refusal.clone()), "{edit:?}");
    let mut next = case.clone();
    assert_eq!(apply(&mut next, &edit), Err(refusal));
    assert_eq!(&next, case, "a refused edit leaves the case as it was");
}

fn held(error: HeldSessionError) -> EditRefusal {
    EditRefusal::Held(error)
}

/// Three agencies plan a first session, observed from another room, and a second one.
///
/// Questions of the first session: how the job was offered (police, high), a usual working day
/// (labour inspectorate), how pay worked (labour inspectorate, high) and the passport (police,
/// low). The labour inspectorate's own question on the job offer was merged into the police's.
/// The NGO took an intake note on the journey before any of this.
fn planned_case(recording_consent: bool) -> Case {
    let mut start = Case::new(
        CaseId::new("case-held-31"),
        "TO-2026-031",
        LanguageTag::new("es"),
    );
    start.fictional = true;
    let mut first = SessionPlan::new(
        s("s-first"),
        FIRST,
        LocationKind::NgoPremises,
        LanguageTag::new("es"),
        120,
    );
    first.place = "Quiet room, Harbour Light, Tessaly Cross".to_owned();
    first.breaks = vec![60];
    first.attendees = vec![
        attendee("DS Mara Quillon", "police", AttendeeRole::LeadInterviewer),
        attendee("PC Aled Brisk", "police", AttendeeRole::NoteTaker),
        attendee("Ines Ferrow", "ngo", AttendeeRole::SupportPerson),
        attendee("Inspector Tove Lanner", "labour", AttendeeRole::Observer),
    ];
    first.observers_outside = true;
    first.needs_recording = true;
    let mut second = SessionPlan::new(
        s("s-second"),
        SECOND,
        LocationKind::NgoPremises,
        LanguageTag::new("es"),
        90,
    );
    second.attendees = first.attendees.clone();

    let mut edits = vec![
        CaseEdit::PutAgency {
            agency: Agency {
                id: a("police"),
                name: "Kestlemoor Police".to_owned(),
                role: AgencyRole::Police,
            },
        },
        CaseEdit::PutAgency {
            agency: Agency {
                id: a("labour"),
                name: "Orrin Quay Labour Inspectorate".to_owned(),
                role: AgencyRole::LabourInspectorate,
            },
        },
        CaseEdit::PutAgency {
            agency: Agency {
                id: a("ngo"),
                name: "Harbour Light Support".to_owned(),
                role: AgencyRole::Ngo,
            },
        },
        CaseEdit::PutPriorAccount {
            account: PriorAccount {
                id: PriorAccountId::new("pa-intake"),
                agency: a("ngo"),
                at: Timestamp(START - 20 * DAY),
                form: AccountForm::Notes,
                topics: vec![TopicCoverage {
                    topic: TopicId::new(ids::TRAVEL),
                    coverage: Coverage::Partial,
                }],
                obtainable: true,
            },
        },
        CaseEdit::RecordConsent {
            event: consent(
                "c-take-part",
                ConsentPurpose::TakePart,
                Decision::Given,
                START,
            ),
        },
    ];
    if recording_consent {
        edits.push(CaseEdit::RecordConsent {
            event: consent(
                "c-record",
                ConsentPurpose::Recording,
                Decision::Given,
                START,
            ),
        });
    }
    for question in [
        question(
            "q-offer",
            "police",
            "Tell me how you came to be offered the job.",
            &[ids::RECRUITMENT],
            Priority::High,
        ),
        question(
            "q-offer-labour",
            "labour",
            "Explain how you first heard about the work.",
            &[ids::RECRUITMENT],
            Priority::Normal,
        ),
        question(
            "q-day",
            "labour",
            "Describe a usual working day, from waking to sleeping.",
            &[ids::WORK_CONDITIONS, ids::WORKING_HOURS],
            Priority::Normal,
        ),
        question(
            "q-pay",
            "labour",
            "Tell me how you were paid, and what was taken from your pay.",
            &[ids::PAYMENT_AND_DEBT],
            Priority::High,
        ),
        question(
            "q-passport",
            "police",
            "Describe what happened to your passport.",
            &[ids::IDENTITY_DOCUMENTS],
            Priority::Low,
        ),
    ] {
        edits.push(CaseEdit::PutQuestion { question });
    }
    edits.push(CaseEdit::AcceptSuggestion {
        suggestion: Suggestion::Merge {
            keep: q("q-offer"),
            merged: vec![q("q-offer-labour")],
        },
    });
    edits.push(CaseEdit::AddSession { session: first });
    for id in ["q-offer", "q-day", "q-pay", "q-passport"] {
        edits.push(CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::AddQuestion { question: q(id) },
        });
    }
    edits.push(CaseEdit::AddSession { session: second });
    recorded(start, edits)
}

/// The first session as it took place: on video; the job offer and the working day answered,
/// pay not reached (out of time), the passport no longer needed (told in free recall); at the
/// question break the labour inspectorate asked who kept the record of hours (answered) and
/// the NGO where the survivor sleeps now (not reached).
fn first_record(case: &Case) -> HeldSession {
    let plan = case.session(&s("s-first")).expect("planned");
    let mut record = HeldSession::from_plan(case, plan, PriorAccountId::new("pa-held-first"));
    record.started = Timestamp(FIRST.0 + 10 * MINUTE);
    record.ended = Timestamp(FIRST.0 + 115 * MINUTE);
    record.breaks = vec![55];
    record.recording = RecordingForm::Video;
    record.outcomes = vec![
        PlannedOutcome {
            question: q("q-offer"),
            outcome: QuestionOutcome::Answered,
        },
        PlannedOutcome {
            question: q("q-day"),
            outcome: QuestionOutcome::Answered,
        },
        PlannedOutcome {
            question: q("q-pay"),
            outcome: QuestionOutcome::NotAsked {
                reason: NotAskedReason::OutOfTime,
            },
        },
        PlannedOutcome {
            question: q("q-passport"),
            outcome: QuestionOutcome::NotAsked {
                reason: NotAskedReason::NoLongerNeeded,
            },
        },
    ];
    record.added_at_break = vec![
        AddedQuestion {
            question: question(
                "q-break-hours",
                "labour",
                "Tell me who kept a record of the hours you worked.",
                &[ids::WORKING_HOURS, ids::EVIDENCE_HELD],
                Priority::High,
            ),
            outcome: QuestionOutcome::Answered,
        },
        AddedQuestion {
            question: question(
                "q-break-sleep",
                "ngo",
                "Describe where you are sleeping now.",
                &[ids::CURRENT_SAFETY],
                Priority::High,
            ),
            outcome: QuestionOutcome::NotAsked {
                reason: NotAskedReason::OutOfTime,
            },
        },
    ];
    record.topics = proposed_topics(case, &record.outcomes, &record.added_at_break);
    record.note = "The survivor asked for a shorter second session.".to_owned();
    record
}

fn record_first(case: &Case) -> Case {
    recorded(
        case.clone(),
        [CaseEdit::RecordHeldSession {
            record: Box::new(first_record(case)),
        }],
    )
}

fn topic(id: &str, coverage: Coverage) -> TopicCoverage {
    TopicCoverage {
        topic: TopicId::new(id),
        coverage,
    }
}

// ---------- the linked prior account ----------

#[test]
fn recording_a_held_session_adds_exactly_one_linked_prior_account() {
    let before = planned_case(true);
    let after = record_first(&before);

    assert_eq!(after.prior_accounts.len(), before.prior_accounts.len() + 1);
    let added: Vec<&PriorAccount> = after
        .prior_accounts
        .iter()
        .filter(|account| before.prior_account(&account.id).is_none())
        .collect();
    let expected = PriorAccount {
        id: PriorAccountId::new("pa-held-first"),
        // The lead interviewer's agency holds the record, in the form it was recorded.
        agency: a("police"),
        at: Timestamp(FIRST.0 + 10 * MINUTE),
        form: AccountForm::VideoRecorded,
        topics: vec![
            topic(ids::RECRUITMENT, Coverage::Detailed),
            topic(ids::WORK_CONDITIONS, Coverage::Detailed),
            topic(ids::WORKING_HOURS, Coverage::Detailed),
            topic(ids::EVIDENCE_HELD, Coverage::Detailed),
        ],
        obtainable: true,
    };
    assert_eq!(added, [&expected]);
    let held = after.held_session(&s("s-first")).expect("recorded");
    assert_eq!(held.account, expected.id);
    assert_eq!(
        after
            .held_session_of_account(&expected.id)
            .map(|h| &h.session),
        Some(&s("s-first"))
    );
    // The record holds what was asked at the question break.
    assert_eq!(held.added_at_break.len(), 2);
    assert_eq!(held.added_at_break[0].question.agency, a("labour"));
}

#[test]
fn the_linked_prior_account_cannot_be_changed_or_removed_on_its_own() {
    let case = record_first(&planned_case(true));
    let linked = PriorAccountId::new("pa-held-first");
    let stands = held(HeldSessionError::AccountStandsForSession {
        account: linked.clone(),
        session: s("s-first"),
    });
    refused(
        &case,
        CaseEdit::RemovePriorAccount {
            account: linked.clone(),
        },
        stands.clone(),
    );
    let mut changed = case.prior_account(&linked).expect("linked").clone();
    changed.form = AccountForm::Notes;
    refused(
        &case,
        CaseEdit::PutPriorAccount { account: changed },
        stands,
    );
    // Another account is removed as before.
    let mut other = case.clone();
    apply(
        &mut other,
        &CaseEdit::RemovePriorAccount {
            account: PriorAccountId::new("pa-intake"),
        },
    )
    .expect("an account that stands for no session goes");
    // Nor does the session's plan change or go: the record tells what happened.
    let plan_held = held(HeldSessionError::PlanHeld {
        session: s("s-first"),
    });
    refused(
        &case,
        CaseEdit::RemoveSession {
            session: s("s-first"),
        },
        plan_held.clone(),
    );
    refused(
        &case,
        CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::Duration { minutes: 60 },
        },
        plan_held,
    );
    // A question with an outcome in the record stays in the case.
    refused(
        &case,
        CaseEdit::RemoveQuestion {
            question: q("q-day"),
        },
        EditRefusal::QuestionInUse {
            question: q("q-day"),
        },
    );
}

#[test]
fn the_linked_prior_account_follows_a_correction_which_shows_in_the_history() {
    let case = record_first(&planned_case(true));
    let mut corrected = case.held_session(&s("s-first")).expect("held").clone();
    corrected.recording = RecordingForm::WrittenStatement;
    corrected
        .topics
        .push(topic(ids::CONTROL_METHODS, Coverage::Partial));
    let edit = CaseEdit::CorrectHeldSession {
        record: Box::new(corrected.clone()),
    };
    let after = recorded(case.clone(), [edit.clone()]);

    assert_eq!(after.prior_accounts.len(), case.prior_accounts.len());
    let linked = after
        .prior_account(&PriorAccountId::new("pa-held-first"))
        .expect("still there");
    assert_eq!(linked.form, AccountForm::WrittenStatement);
    assert_eq!(linked.topics, corrected.topics);
    assert_eq!(after.held_session(&s("s-first")), Some(&corrected));
    assert!(matches!(
        after.history.last().map(|entry| &**entry),
        Some(HistoryEntry::Edited { edit: last, .. }) if **last == edit
    ));
    // The history replays onto where it began and gives the same case.
    let HistoryEntry::Begins { at, migrated } = (*after.history[0]).clone() else {
        panic!("the history begins first");
    };
    assert!(!migrated && at.is_none());
    let mut start = Case::new(after.id.clone(), "TO-2026-031", LanguageTag::new("es"));
    start.fictional = true;
    assert_eq!(replay(&start, &after.history), Ok(after.clone()));
    // A correction keeps the account that stands for the session.
    let mut moved = corrected;
    moved.account = PriorAccountId::new("pa-other");
    refused(
        &after,
        CaseEdit::CorrectHeldSession {
            record: Box::new(moved),
        },
        held(HeldSessionError::AccountChanged {
            session: s("s-first"),
            account: PriorAccountId::new("pa-held-first"),
        }),
    );
}

// ---------- recorded once, with consent ----------

#[test]
fn a_plan_is_recorded_as_held_once() {
    let case = record_first(&planned_case(true));
    let mut again = first_record(&case);
    again.account = PriorAccountId::new("pa-held-first-again");
    refused(
        &case,
        CaseEdit::RecordHeldSession {
            record: Box::new(again),
        },
        held(HeldSessionError::AlreadyHeld {
            session: s("s-first"),
        }),
    );
    // A plan not held has nothing to correct.
    let planned = planned_case(true);
    refused(
        &planned,
        CaseEdit::CorrectHeldSession {
            record: Box::new(first_record(&planned)),
        },
        held(HeldSessionError::NotHeld {
            session: s("s-first"),
        }),
    );
}

#[test]
fn recording_on_video_or_audio_is_refused_without_recording_consent_at_that_time() {
    let case = planned_case(false);
    let video = first_record(&case);
    refused(
        &case,
        CaseEdit::RecordHeldSession {
            record: Box::new(video.clone()),
        },
        held(HeldSessionError::RecordingWithoutConsent {
            form: RecordingForm::Video,
            status: ConsentStatus::Missing,
        }),
    );
    let mut audio = video.clone();
    audio.recording = RecordingForm::Audio;
    assert!(check(
        &case,
        &CaseEdit::RecordHeldSession {
            record: Box::new(audio)
        }
    )
    .is_err());

    // Consent given only after the session started does not count for it.
    let late = recorded(
        case.clone(),
        [CaseEdit::RecordConsent {
            event: consent(
                "c-record-late",
                ConsentPurpose::Recording,
                Decision::Given,
                FIRST.0 + 30 * MINUTE,
            ),
        }],
    );
    refused(
        &late,
        CaseEdit::RecordHeldSession {
            record: Box::new(video.clone()),
        },
        held(HeldSessionError::RecordingWithoutConsent {
            form: RecordingForm::Video,
            status: ConsentStatus::Missing,
        }),
    );
    // Consent withdrawn before the session: refused, and the record says so.
    let withdrawn = recorded(
        planned_case(true),
        [CaseEdit::RecordConsent {
            event: consent(
                "c-record-withdrawn",
                ConsentPurpose::Recording,
                Decision::Withdrawn,
                FIRST.0 - 60 * MINUTE,
            ),
        }],
    );
    refused(
        &withdrawn,
        CaseEdit::RecordHeldSession {
            record: Box::new(first_record(&withdrawn)),
        },
        held(HeldSessionError::RecordingWithoutConsent {
            form: RecordingForm::Video,
            status: ConsentStatus::Withdrawn,
        }),
    );
    // Notes only, or a written statement, need no consent to recording.
    for form in [RecordingForm::NotesOnly, RecordingForm::WrittenStatement] {
        let mut kept = video.clone();
        kept.recording = form;
        let after = recorded(
            case.clone(),
            [CaseEdit::RecordHeldSession {
                record: Box::new(kept),
            }],
        );
        assert_eq!(after.held_sessions.len(), 1, "{form:?}");
    }
    // With consent given before the session, video is recorded.
    let consented = planned_case(true);
    assert_eq!(
        check(
            &consented,
            &CaseEdit::RecordHeldSession {
                record: Box::new(first_record(&consented))
            }
        ),
        Ok(())
    );
}

// ---------- the next analysis ----------

#[test]
fn a_question_on_a_topic_just_told_in_detail_is_flagged_already_told_by_the_next_analysis() {
    let next_question = question(
        "q-offer-again",
        "police",
        "Tell me about the person who offered you the job.",
        &[ids::RECRUITMENT],
        Priority::Normal,
    );
    let add_it = |case: &Case| {
        recorded(
            case.clone(),
            [
                CaseEdit::PutQuestion {
                    question: next_question.clone(),
                },
                CaseEdit::ChangeSession {
                    session: s("s-second"),
                    change: SessionChange::AddQuestion {
                        question: q("q-offer-again"),
                    },
                },
            ],
        )
    };
    let told_of = |case: &Case, id: &str| {
        analyze(case)
            .findings
            .into_iter()
            .filter(|f| f.kind == FindingKind::AlreadyTold)
            .filter(|f| f.concerns.contains(&FindingSubject::Question(q(id))))
            .collect::<Vec<_>>()
    };

    // Before the session took place nothing told the job offer.
    let planned = add_it(&planned_case(true));
    assert!(told_of(&planned, "q-offer-again").is_empty());

    let held = add_it(&record_first(&planned_case(true)));
    let flagged = told_of(&held, "q-offer-again");
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert_eq!(
        flagged[0].suggestion,
        Some(Suggestion::MarkAnsweredByRecord {
            question: q("q-offer-again"),
            record: PriorAccountId::new("pa-held-first"),
        })
    );
    // The questions the session asked are not planned again, nor flagged as told by it.
    assert!(told_of(&held, "q-offer").is_empty());
    assert!(told_of(&held, "q-day").is_empty());
    let analysis = analyze(&held);
    assert!(analysis.findings.iter().all(|f| !f
        .concerns
        .iter()
        .any(|c| matches!(c, FindingSubject::Question(id) | FindingSubject::Wording { question: id, .. } if id == &q("q-offer") || id == &q("q-day")))));
    // Nor is the held session's plan judged again: all that is said of the session is what it
    // left to carry over.
    assert!(analysis
        .findings
        .iter()
        .filter(|f| f.concerns.contains(&FindingSubject::Session(s("s-first"))))
        .all(|f| f.kind == FindingKind::NotCarriedOver));
    // The job offer now counts one telling, and the new question is the one planned.
    let recruitment = analysis
        .retelling
        .topics
        .iter()
        .find(|row| row.topic.as_str() == ids::RECRUITMENT)
        .expect("a row");
    assert_eq!((recruitment.already_told, recruitment.planned_now), (1, 1));
}

// ---------- carry-over ----------

#[test]
fn carry_over_keeps_agency_and_priority_and_skips_what_is_no_longer_needed() {
    let case = record_first(&planned_case(true));
    assert_eq!(
        carry_over_offer(&case, &s("s-first")),
        [q("q-pay"), q("q-break-sleep")]
    );
    let edit = carry_over(&case, &s("s-first"), &s("s-second")).expect("something to carry");
    assert_eq!(
        edit,
        CaseEdit::CarryOver {
            from: s("s-first"),
            to: s("s-second"),
            questions: vec![q("q-pay"), q("q-break-sleep")],
        }
    );
    let after = recorded(case.clone(), [edit.clone()]);
    // One step: one entry of the history.
    assert_eq!(after.history.len(), case.history.len() + 1);

    let second = after.session(&s("s-second")).expect("planned");
    assert_eq!(second.questions, [q("q-pay"), q("q-break-sleep")]);
    assert!(!second.questions.contains(&q("q-passport")));
    let pay = after.question(&q("q-pay")).expect("in the case");
    assert_eq!((&pay.agency, pay.priority), (&a("labour"), Priority::High));
    // The question added at the break joins the case as the NGO asked it.
    let sleep = after
        .question(&q("q-break-sleep"))
        .expect("joined the case");
    assert_eq!((&sleep.agency, sleep.priority), (&a("ngo"), Priority::High));
    assert_eq!(sleep.text, "Describe where you are sleeping now.");
    assert!(sleep.is_asked());

    // Nothing is left to offer, and the same carry-over is refused.
    assert!(carry_over_offer(&after, &s("s-first")).is_empty());
    assert_eq!(carry_over(&after, &s("s-first"), &s("s-second")), None);
    refused(
        &after,
        edit,
        held(HeldSessionError::NotOffered {
            question: q("q-pay"),
        }),
    );
    // What is no longer needed cannot be carried over by hand either.
    refused(
        &case,
        CaseEdit::CarryOver {
            from: s("s-first"),
            to: s("s-second"),
            questions: vec![q("q-passport")],
        },
        held(HeldSessionError::NotOffered {
            question: q("q-passport"),
        }),
    );
    // A question carried over is not unscheduled any more.
    let unscheduled = |case: &Case| -> Vec<QuestionId> {
        CoverageMatrix::of(case)
            .unscheduled()
            .iter()
            .map(|question| question.id.clone())
            .collect()
    };
    assert!(unscheduled(&case).contains(&q("q-pay")));
    assert!(!unscheduled(&after).contains(&q("q-pay")));
}

// ---------- the achieved retelling load ----------

/// Both sessions held: the second asked what the first carried over, and the survivor came
/// back to the job offer in part.
fn two_sessions() -> Case {
    let first = record_first(&planned_case(true));
    let carried = recorded(
        first.clone(),
        [carry_over(&first, &s("s-first"), &s("s-second")).expect("carried")],
    );
    let plan = carried.session(&s("s-second")).expect("planned");
    let mut second = HeldSession::from_plan(&carried, plan, PriorAccountId::new("pa-held-second"));
    second.recording = RecordingForm::Audio;
    second
        .topics
        .push(topic(ids::RECRUITMENT, Coverage::Partial));
    recorded(
        carried,
        [CaseEdit::RecordHeldSession {
            record: Box::new(second),
        }],
    )
}

#[test]
fn the_achieved_retelling_figure_of_a_two_session_case_is_computed_by_hand() {
    // By hand. Told: the NGO's intake note told travel (before); the first session told
    // recruitment, work conditions, working hours and evidence held; the second, pay and debt,
    // current safety, and recruitment again in part.
    // Raw questions: recruitment 2 (q-offer and q-offer-labour, merged into it), work
    // conditions 1 (q-day), working hours 2 (q-day, q-break-hours), evidence held 1
    // (q-break-hours), pay and debt 1 (q-pay), identity documents 1 (q-passport), current
    // safety 1 (q-break-sleep, counted once though it joined the case).
    //
    // | topic              | before | in sessions | told | raw | without planning |
    // | recruitment        | 0      | 2           | 2    | 2   | 2                |
    // | travel             | 1      | 0           | 1    | 0   | 1                |
    // | work conditions    | 0      | 1           | 1    | 1   | 1                |
    // | working hours      | 0      | 1           | 1    | 2   | 2                |
    // | pay and debt       | 0      | 1           | 1    | 1   | 1                |
    // | identity documents | 0      | 0           | 0    | 1   | 1                |
    // | evidence held      | 0      | 1           | 1    | 1   | 1                |
    // | current safety     | 0      | 1           | 1    | 1   | 1                |
    //
    // Told at least once: 7 topics (all but identity documents); told exactly once: 6 (all
    // but recruitment). "The survivor has told each topic once: 6 of 7 topics."
    let case = two_sessions();
    // Pay was not reached in the first session and answered in the second.
    assert_eq!(
        latest_outcome(&case, &q("q-pay")).map(|(held, outcome)| (&held.session, outcome)),
        Some((&s("s-second"), QuestionOutcome::Answered))
    );
    let achieved = achieved_retelling(&case);
    let row = |id: &str| {
        let row = achieved
            .topics
            .iter()
            .find(|row| row.topic.as_str() == id)
            .unwrap_or_else(|| panic!("no row for {id}"));
        (
            row.before,
            row.in_sessions,
            row.told(),
            row.raw_questions,
            row.without_planning(),
        )
    };
    assert_eq!(row(ids::RECRUITMENT), (0, 2, 2, 2, 2));
    assert_eq!(row(ids::TRAVEL), (1, 0, 1, 0, 1));
    assert_eq!(row(ids::WORK_CONDITIONS), (0, 1, 1, 1, 1));
    assert_eq!(row(ids::WORKING_HOURS), (0, 1, 1, 2, 2));
    assert_eq!(row(ids::PAYMENT_AND_DEBT), (0, 1, 1, 1, 1));
    assert_eq!(row(ids::IDENTITY_DOCUMENTS), (0, 0, 0, 1, 1));
    assert_eq!(row(ids::EVIDENCE_HELD), (0, 1, 1, 1, 1));
    assert_eq!(row(ids::CURRENT_SAFETY), (0, 1, 1, 1, 1));
    assert_eq!(achieved.topics.len(), 8, "no other topic was told or asked");
    assert_eq!((achieved.told_once, achieved.topics_told), (6, 7));
    // The analysis carries the same figures for the headline.
    assert_eq!(analyze(&case).achieved, achieved);
}

// ---------- the coverage matrix ----------

#[test]
fn the_coverage_matrix_shows_held_sessions_apart_from_planned_ones() {
    let case = record_first(&planned_case(true));
    let matrix = CoverageMatrix::of(&case);
    assert_eq!(
        matrix.columns,
        [
            CoverageColumn::PriorAccount(PriorAccountId::new("pa-intake")),
            CoverageColumn::HeldSession(s("s-first")),
            CoverageColumn::PlannedSession(s("s-second")),
        ]
    );
    let first = CoverageColumn::HeldSession(s("s-first"));
    assert_eq!(
        matrix.cell(&first, &TopicId::new(ids::WORKING_HOURS)),
        // Asked in q-day and at the break.
        CoverageCell::Held {
            told: Some(Coverage::Detailed),
            asked: 2,
            not_asked: 0,
        }
    );
    assert_eq!(
        matrix.cell(&first, &TopicId::new(ids::PAYMENT_AND_DEBT)),
        CoverageCell::Held {
            told: None,
            asked: 0,
            not_asked: 1,
        }
    );
    let carried = recorded(
        case.clone(),
        [carry_over(&case, &s("s-first"), &s("s-second")).expect("carried")],
    );
    assert_eq!(
        CoverageMatrix::of(&carried).cell(
            &CoverageColumn::PlannedSession(s("s-second")),
            &TopicId::new(ids::PAYMENT_AND_DEBT)
        ),
        CoverageCell::Planned {
            planned: 1,
            avoided: 0,
        }
    );
}

// ---------- the question break ----------

#[test]
fn a_question_break_is_planned_by_default_when_agencies_observe_from_outside_the_room() {
    let case = planned_case(true);
    let first = case.session(&s("s-first")).expect("planned");
    assert!(first.observed_from_outside());
    assert!(first.has_question_break());
    // The observer in the other room is not counted among the people in the room.
    assert_eq!((first.attendees.len(), first.people_in_room()), (4, 3));

    let inside = recorded(
        case.clone(),
        [CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::ObserversOutside { outside: false },
        }],
    );
    let plan = inside.session(&s("s-first")).expect("planned");
    assert!(!plan.has_question_break());
    assert_eq!(plan.people_in_room(), 4);

    // The team's choice wins over the default, either way.
    let chosen = recorded(
        inside,
        [CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::QuestionBreak { planned: true },
        }],
    );
    assert!(chosen
        .session(&s("s-first"))
        .expect("planned")
        .has_question_break());
    let none = recorded(
        case,
        [CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::QuestionBreak { planned: false },
        }],
    );
    assert!(!none
        .session(&s("s-first"))
        .expect("planned")
        .has_question_break());
}

#[test]
fn the_interviewer_brief_leaves_out_earlier_accounts_until_the_team_turns_it_on_for_a_session() {
    let case = planned_case(true);
    let first = case.session(&s("s-first")).expect("planned");
    assert!(!first.brief_names_accounts, "blind by default");
    let named = recorded(
        case.clone(),
        [CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::BriefNamesAccounts { names: true },
        }],
    );
    assert!(
        named
            .session(&s("s-first"))
            .expect("planned")
            .brief_names_accounts
    );
    // Only that session: the other plan's brief stays blind.
    assert!(
        !named
            .session(&s("s-second"))
            .expect("planned")
            .brief_names_accounts
    );
    // A held plan stays as it was, its brief too.
    let took_place = record_first(&case);
    refused(
        &took_place,
        CaseEdit::ChangeSession {
            session: s("s-first"),
            change: SessionChange::BriefNamesAccounts { names: true },
        },
        held(HeldSessionError::PlanHeld {
            session: s("s-first"),
        }),
    );
}

#[test]
fn a_record_names_one_lead_interviewer_with_an_agency_and_an_outcome_for_every_planned_question() {
    let case = planned_case(true);
    let mut no_outcome = first_record(&case);
    no_outcome.outcomes.retain(|o| o.question != q("q-pay"));
    refused(
        &case,
        CaseEdit::RecordHeldSession {
            record: Box::new(no_outcome),
        },
        held(HeldSessionError::OutcomeMissing {
            question: q("q-pay"),
        }),
    );
    let mut no_lead = first_record(&case);
    no_lead
        .present
        .retain(|p| p.role != AttendeeRole::LeadInterviewer);
    refused(
        &case,
        CaseEdit::RecordHeldSession {
            record: Box::new(no_lead),
        },
        held(HeldSessionError::LeadInterviewers { found: 0 }),
    );
    let mut stopped_late = first_record(&case);
    stopped_late.stopped_by_survivor = Some(Timestamp(stopped_late.ended.0 + MINUTE));
    refused(
        &case,
        CaseEdit::RecordHeldSession {
            record: Box::new(stopped_late),
        },
        held(HeldSessionError::StoppedOutsideSession),
    );
    // The survivor may stop the interview; the record keeps when.
    let mut stopped = first_record(&case);
    stopped.stopped_by_survivor = Some(Timestamp(stopped.started.0 + 50 * MINUTE));
    let after = recorded(
        case,
        [CaseEdit::RecordHeldSession {
            record: Box::new(stopped.clone()),
        }],
    );
    assert_eq!(
        after
            .held_session(&s("s-first"))
            .and_then(|h| h.stopped_by_survivor),
        stopped.stopped_by_survivor
    );
}

// ---------- stored cases ----------

/// A case as Tell Once stored it before held sessions existed (schema 3): no `held_sessions`,
/// and session plans without `observers_outside` or `question_break`.
fn stored_before_held_sessions() -> Value {
    json!({
        "schema": 3,
        "case": {
            "id": "case-held-old",
            "code": "TO-2025-044",
            "fictional": true,
            "profile": {
                "language": "es",
                "interpreter_needed": true,
                "age_group": "adult",
                "accommodations": [],
                "avoid_topics": [],
                "support_person": null
            },
            "agencies": [{"id": "police", "name": "Kestlemoor Police", "role": "police"}],
            "topics": {"extensions": []},
            "prior_accounts": [],
            "questions": [{
                "id": "q-1", "agency": "police", "text": "Tell me about the journey.",
                "language": "en", "topics": ["travel"], "phase": "account",
                "priority": "normal", "credited_to": [], "set_aside": null
            }],
            "sessions": [{
                "id": "s-1", "date": 1_772_442_000_000_i64, "location": "neutral_room",
                "place": "Quiet room, Orrin Quay", "language": "es", "duration_minutes": 90,
                "breaks": [45], "attendees": [
                    {"name": "DS Mara Quillon", "agency": "police", "role": "observer"}
                ],
                "support_person_declined": false, "questions": ["q-1"],
                "needs_recording": false, "medical_examination": false, "photographs": false
            }],
            "consent": [],
            "referrals": [],
            "accepted": [],
            "history": [{"begins": {"at": null, "migrated": true}}]
        }
    })
}

#[test]
fn a_case_stored_before_held_sessions_loads_and_one_with_them_round_trips() {
    let old = decode_case(&stored_before_held_sessions().to_string())
        .expect("a case stored before held sessions loads");
    assert!(old.held_sessions.is_empty());
    let plan = old.session(&s("s-1")).expect("the plan");
    assert!(!plan.observers_outside);
    assert_eq!(plan.question_break, None);
    assert!(!plan.has_question_break());
    // Written back without held sessions, it reads as the version before wrote it.
    let written: Value = serde_json::from_str(&encode_case(&old)).expect("json");
    assert_eq!(written, stored_before_held_sessions());

    let case = two_sessions();
    assert_eq!(decode_case(&encode_case(&case)), Ok(case));
}

// ---------- words for the refusals ----------

#[test]
fn every_refusal_of_a_held_session_has_words_in_english_and_spanish() {
    use tell_once::i18n::{Locale, Translator};
    let errors = [
        HeldSessionError::AlreadyHeld {
            session: s("s-first"),
        },
        HeldSessionError::NotHeld {
            session: s("s-first"),
        },
        HeldSessionError::PlanHeld {
            session: s("s-first"),
        },
        HeldSessionError::AccountStandsForSession {
            account: PriorAccountId::new("pa-held-first"),
            session: s("s-first"),
        },
        HeldSessionError::AccountChanged {
            session: s("s-first"),
            account: PriorAccountId::new("pa-held-first"),
        },
        HeldSessionError::EndsBeforeStart,
        HeldSessionError::StoppedOutsideSession,
        HeldSessionError::BreakOutsideSession { minute: 130 },
        HeldSessionError::LeadInterviewers { found: 2 },
        HeldSessionError::LeadWithoutAgency,
        HeldSessionError::RecordingWithoutConsent {
            form: RecordingForm::Audio,
            status: ConsentStatus::Declined,
        },
        HeldSessionError::OutcomeMissing {
            question: q("q-pay"),
        },
        HeldSessionError::OutcomeNotPlanned {
            question: q("q-pay"),
        },
        HeldSessionError::OutcomeTwice {
            question: q("q-pay"),
        },
        HeldSessionError::NotOffered {
            question: q("q-pay"),
        },
    ];
    let mut ids: Vec<&str> = errors.iter().map(HeldSessionError::message_id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), errors.len(), "one message for each refusal");
    for locale in [Locale::En, Locale::Es] {
        let t = Translator::new(locale);
        for error in &errors {
            let text = t.tr_with(
                error.message_id(),
                &[
                    ("session", "Session 1, 3 March 2026".into()),
                    ("minutes", 130.into()),
                    ("count", 2.into()),
                    ("form", "audio".into()),
                    ("question", "Tell me how you were paid.".into()),
                ],
            );
            assert_ne!(text, error.message_id(), "{locale:?} lacks it");
            assert!(!text.contains('{'), "{locale:?}: {text}");
        }
        let headline = t.tr_with(
            "headline-achieved",
            &[("once", 6.into()), ("told", 7.into())],
        );
        assert!(
            headline.contains('6') && headline.contains('7'),
            "{headline}"
        );
    }
}
