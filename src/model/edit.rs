//! The one way a case changes: a typed [`CaseEdit`], checked against the case as it is and then
//! applied whole or not at all, and appended to the case's history.
//!
//! The rules that decide what an edit may do live here: a thing still in use cannot be removed,
//! removing a question takes it out of every session, questions move within their agency and
//! a session's questions within their PEACE phase. The UI calls [`check`] to show a refusal at
//! once and sends the same edit to its reducer, which calls [`record`] on the case it holds.

use super::case::{
    Case, CaseEdit, Direction, HistoryEntry, MergedChange, MergedReturn, PriorAccount, Question,
    SentRequest, SessionChange, SessionPlan, SetAside, Suggestion,
};
use super::consent::{ConsentError, ConsentPurpose};
use super::evidence::of_case::{check_guidance, check_item, check_new_item};
use super::evidence::{check_move, EvidenceItem, EvidenceRefusal};
use super::exchange::refusal::ExchangeRefusal;
use super::held::{carry_over_offer, recording_consent, HeldSession, HeldSessionError};
use super::planner::{accept, undo, PlannerError};
use super::practice::is_practice_case_id;
use super::referral::ReferralError;
use super::shared::Shared;
use super::topic::TopicError;
use super::{
    AgencyId, EvidenceId, PriorAccountId, QuestionId, ReferralId, SessionId, Timestamp, TopicId,
};
use std::collections::HashSet;
use std::fmt;

/// Consecutive changes of the same field by the same person within this time are one entry of
/// the history: typing a place name is one change, not one per key.
pub const COALESCE_WITHIN_MS: i64 = 120_000;

/// What in a case still names an agency, so that removing it would leave them pointing nowhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AgencyUses {
    /// Questions raised by the agency or credited to it, those added at a question break included.
    pub questions: usize,
    /// Prior accounts whose record the agency holds.
    pub prior_accounts: usize,
    /// Consent events about sharing a record with the agency.
    pub consent_events: usize,
    /// People in session plans, or present at held sessions, who attend for the agency.
    pub attendees: usize,
    /// Evidence items the agency holds or is to obtain.
    pub evidence: usize,
}

impl AgencyUses {
    /// Everything in `case` that names the agency `id`.
    pub fn of(case: &Case, id: &AgencyId) -> Self {
        let names = |q: &Question| &q.agency == id || q.credited_to.contains(id);
        let added = case
            .held_sessions
            .iter()
            .flat_map(|held| &held.added_at_break)
            .filter(|added| case.question(&added.question.id).is_none());
        let present = case.held_sessions.iter().flat_map(|held| &held.present);
        Self {
            questions: case.questions.iter().filter(|q| names(q)).count()
                + added.filter(|added| names(&added.question)).count(),
            prior_accounts: case
                .prior_accounts
                .iter()
                .filter(|a| &a.agency == id)
                .count(),
            consent_events: case
                .consent
                .events()
                .iter()
                .filter(|e| matches!(&e.purpose, ConsentPurpose::ShareRecord { agency } if agency == id))
                .count(),
            attendees: case
                .sessions
                .iter()
                .flat_map(|s| &s.attendees)
                .chain(present)
                .filter(|a| a.agency.as_ref() == Some(id))
                .count(),
            evidence: case.evidence.iter().filter(|e| &e.agency == id).count(),
        }
    }

    /// Whether anything names the agency.
    pub fn any(&self) -> bool {
        *self != Self::default()
    }
}

/// How many questions lean on a prior account's record: answered by it, or waiting for consent to share it.
pub fn questions_relying_on(case: &Case, id: &PriorAccountId) -> usize {
    case.questions
        .iter()
        .filter(|q| {
            matches!(&q.set_aside,
                Some(SetAside::AnsweredByRecord { record } | SetAside::AwaitingShareConsent { record, .. })
                    if record == id)
        })
        .count()
}

/// Whether removing the question would break something that refers to it: a question merged
/// into it, an accepted suggestion that could no longer be undone, or the record or plan of a
/// held session.
pub fn question_in_use(case: &Case, id: &QuestionId) -> bool {
    let held = case.held_sessions.iter().any(|held| {
        held.outcome_of(id).is_some()
            || case
                .session(&held.session)
                .is_some_and(|plan| plan.questions.contains(id))
    });
    let merged_into_it = case
        .questions
        .iter()
        .any(|q| matches!(&q.set_aside, Some(SetAside::MergedInto { question }) if question == id));
    let accepted = case
        .accepted
        .iter()
        .any(|entry| entry.before.iter().any(|q| &q.id == id));
    merged_into_it || accepted || held
}

/// Whether an accepted suggestion added the evidence item `id`: it leaves by undoing that.
pub fn evidence_added_by_suggestion(case: &Case, id: &EvidenceId) -> bool {
    case.accepted.iter().any(
        |entry| matches!(&entry.suggestion, Suggestion::RequestEvidence { item } if &item.id == id),
    )
}

/// Where a question would go when moved one place among the questions of its own agency; `None`
/// when it is already first (or last) of its agency, or not in the case.
fn agency_neighbour(case: &Case, id: &QuestionId, direction: Direction) -> Option<(usize, usize)> {
    let questions = &case.questions;
    let at = questions.iter().position(|q| &q.id == id)?;
    let agency = &questions[at].agency;
    let other = match direction {
        Direction::Up => questions[..at].iter().rposition(|q| &q.agency == agency),
        Direction::Down => questions[at + 1..]
            .iter()
            .position(|q| &q.agency == agency)
            .map(|offset| at + 1 + offset),
    }?;
    Some((at, other))
}

/// A session's questions ordered by PEACE phase, keeping their order within a phase; questions
/// no longer in the case go last.
pub fn in_phase_order(case: &Case, questions: &[QuestionId]) -> Vec<QuestionId> {
    let mut ordered = questions.to_vec();
    ordered.sort_by_key(|id| match case.question(id) {
        Some(question) => (false, Some(question.phase)),
        None => (true, None),
    });
    ordered
}

/// Where a session's question would go when moved one place within its phase, in the
/// session's phase order.
fn phase_neighbour(
    case: &Case,
    session: &SessionPlan,
    id: &QuestionId,
    direction: Direction,
) -> Option<(Vec<QuestionId>, usize, usize)> {
    let ordered = in_phase_order(case, &session.questions);
    let at = ordered.iter().position(|q| q == id)?;
    let other = match direction {
        Direction::Up => at.checked_sub(1)?,
        Direction::Down => Some(at + 1).filter(|&j| j < ordered.len())?,
    };
    let phase = |id: &QuestionId| case.question(id).map(|q| q.phase);
    (phase(&ordered[at]).is_some() && phase(&ordered[at]) == phase(&ordered[other]))
        .then_some((ordered, at, other))
}

/// Why an edit cannot be applied. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditRefusal {
    /// A case code, agency name, question or account needs words.
    Blank {
        what: Blank,
    },
    UnknownAgency {
        agency: AgencyId,
    },
    UnknownPriorAccount {
        account: PriorAccountId,
    },
    UnknownQuestion {
        question: QuestionId,
    },
    UnknownSession {
        session: SessionId,
    },
    UnknownReferral {
        referral: ReferralId,
    },
    UnknownTopic {
        topic: TopicId,
    },
    /// An id that the case already uses for something new.
    AlreadyInCase {
        id: String,
    },
    AgencyInUse {
        agency: AgencyId,
        uses: AgencyUses,
    },
    /// Questions are answered from this account's record, or wait for consent to share it.
    PriorAccountInUse {
        account: PriorAccountId,
        questions: usize,
    },
    /// A question was merged into it, or an accepted suggestion would need it to be undone.
    QuestionInUse {
        question: QuestionId,
    },
    /// The question is first (or last) of its agency, or of its phase in the session.
    CannotMove {
        question: QuestionId,
    },
    /// A session lasts at least a minute.
    ZeroDuration,
    /// A break must fall inside the session, after its start.
    BreakOutsideSession {
        minute: u32,
        duration: u32,
    },
    BreakTaken {
        minute: u32,
    },
    NoSuchBreak {
        minute: u32,
    },
    NoSuchAttendee {
        index: usize,
    },
    QuestionAlreadyInSession {
        question: QuestionId,
    },
    /// A question set aside (merged, answered from a record) is not asked in a session.
    QuestionSetAside {
        question: QuestionId,
    },
    QuestionNotInSession {
        question: QuestionId,
    },
    /// A practice case is always fictional.
    PracticeCaseIsFictional,
    /// A real case never becomes fictional: the mark is given when a case is created, since a
    /// fictional case may leave the vault unencrypted as a practice file.
    FictionalOnlyAtCreation,
    Consent(ConsentError),
    Referral(ReferralError),
    Planner(PlannerError),
    Topic(TopicError),
    Held(HeldSessionError),
    Exchange(ExchangeRefusal),
    Evidence(EvidenceRefusal),
}

/// What was left blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    CaseCode,
    AgencyName,
    QuestionText,
    /// A prior account names at least one topic.
    AccountTopics,
}

impl fmt::Display for EditRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditRefusal::Blank { what } => {
                let what = match what {
                    Blank::CaseCode => "the case code is empty: type a code",
                    Blank::AgencyName => "the agency has no name: type its name",
                    Blank::QuestionText => "the question has no words: type the question",
                    Blank::AccountTopics => {
                        "the prior account names no topic: choose what the survivor told"
                    }
                };
                f.write_str(what)
            }
            EditRefusal::UnknownAgency { agency } => {
                write!(f, "there is no agency {agency} in this case")
            }
            EditRefusal::UnknownPriorAccount { account } => {
                write!(f, "there is no prior account {account} in this case")
            }
            EditRefusal::UnknownQuestion { question } => {
                write!(f, "there is no question {question} in this case")
            }
            EditRefusal::UnknownSession { session } => {
                write!(f, "there is no session {session} in this case")
            }
            EditRefusal::UnknownReferral { referral } => {
                write!(f, "there is no referral {referral} in this case")
            }
            EditRefusal::UnknownTopic { topic } => write!(
                f,
                "the topic {topic} is not in this case's catalogue: add it first"
            ),
            EditRefusal::AlreadyInCase { id } => {
                write!(f, "the case already has something with the id {id}")
            }
            EditRefusal::AgencyInUse { agency, uses } => write!(
                f,
                "agency {agency} is still named by {} questions, {} prior accounts, {} consent events, {} attendees and {} evidence items: change those first",
                uses.questions, uses.prior_accounts, uses.consent_events, uses.attendees, uses.evidence
            ),
            EditRefusal::PriorAccountInUse { account, questions } => write!(
                f,
                "{questions} questions rely on the record of prior account {account}: undo those suggestions first"
            ),
            EditRefusal::QuestionInUse { question } => write!(
                f,
                "question {question} has other questions merged into it or is part of an accepted suggestion: undo that first"
            ),
            EditRefusal::CannotMove { question } => {
                write!(f, "question {question} cannot move further that way")
            }
            EditRefusal::ZeroDuration => f.write_str("a session lasts at least one minute"),
            EditRefusal::BreakOutsideSession { minute, duration } => write!(
                f,
                "a break at minute {minute} is outside a session of {duration} minutes"
            ),
            EditRefusal::BreakTaken { minute } => {
                write!(f, "there is already a break at minute {minute}")
            }
            EditRefusal::NoSuchBreak { minute } => {
                write!(f, "there is no break at minute {minute}")
            }
            EditRefusal::NoSuchAttendee { index } => {
                write!(f, "there is no attendee number {}", index + 1)
            }
            EditRefusal::QuestionAlreadyInSession { question } => {
                write!(f, "question {question} is already in this session")
            }
            EditRefusal::QuestionSetAside { question } => write!(
                f,
                "question {question} is set aside (merged or answered from a record) and is not asked"
            ),
            EditRefusal::QuestionNotInSession { question } => {
                write!(f, "question {question} is not in this session")
            }
            EditRefusal::PracticeCaseIsFictional => {
                f.write_str("a practice case is always fictional")
            }
            EditRefusal::FictionalOnlyAtCreation => f.write_str(
                "a real case cannot be marked fictional later; to train with made-up data, \
                 create a new case marked fictional",
            ),
            EditRefusal::Consent(error) => error.fmt(f),
            EditRefusal::Referral(error) => error.fmt(f),
            EditRefusal::Planner(error) => error.fmt(f),
            EditRefusal::Topic(error) => error.fmt(f),
            EditRefusal::Held(error) => error.fmt(f),
            EditRefusal::Exchange(error) => error.fmt(f),
            EditRefusal::Evidence(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for EditRefusal {}

fn require(condition: bool, refusal: impl FnOnce() -> EditRefusal) -> Result<(), EditRefusal> {
    if condition {
        Ok(())
    } else {
        Err(refusal())
    }
}

fn known_agency(case: &Case, agency: &AgencyId) -> Result<(), EditRefusal> {
    require(case.agency(agency).is_some(), || {
        EditRefusal::UnknownAgency {
            agency: agency.clone(),
        }
    })
}

fn known_topics<'a>(
    case: &Case,
    topics: impl IntoIterator<Item = &'a TopicId>,
) -> Result<(), EditRefusal> {
    for topic in topics {
        require(case.topics.get(topic).is_some(), || {
            EditRefusal::UnknownTopic {
                topic: topic.clone(),
            }
        })?;
    }
    Ok(())
}

fn known_session<'a>(case: &'a Case, id: &SessionId) -> Result<&'a SessionPlan, EditRefusal> {
    case.session(id).ok_or_else(|| EditRefusal::UnknownSession {
        session: id.clone(),
    })
}

fn check_question(case: &Case, question: &Question) -> Result<(), EditRefusal> {
    require(!question.text.trim().is_empty(), || EditRefusal::Blank {
        what: Blank::QuestionText,
    })?;
    known_agency(case, &question.agency)?;
    for agency in &question.credited_to {
        known_agency(case, agency)?;
    }
    known_topics(case, &question.topics)
}

fn check_account(case: &Case, account: &PriorAccount) -> Result<(), EditRefusal> {
    known_agency(case, &account.agency)?;
    require(!account.topics.is_empty(), || EditRefusal::Blank {
        what: Blank::AccountTopics,
    })?;
    known_topics(case, account.topics.iter().map(|t| &t.topic))
}

fn check_new_session(case: &Case, session: &SessionPlan) -> Result<(), EditRefusal> {
    require(case.session(&session.id).is_none(), || {
        EditRefusal::AlreadyInCase {
            id: session.id.to_string(),
        }
    })?;
    require(session.duration_minutes > 0, || EditRefusal::ZeroDuration)?;
    for attendee in &session.attendees {
        if let Some(agency) = &attendee.agency {
            known_agency(case, agency)?;
        }
    }
    for question in &session.questions {
        require(case.question(question).is_some(), || {
            EditRefusal::UnknownQuestion {
                question: question.clone(),
            }
        })?;
    }
    Ok(())
}

fn held(error: HeldSessionError) -> EditRefusal {
    EditRefusal::Held(error)
}

/// A held session's plan stays as it was when it took place: the record tells what happened.
fn not_held(case: &Case, session: &SessionId) -> Result<(), EditRefusal> {
    require(case.held_session(session).is_none(), || {
        held(HeldSessionError::PlanHeld {
            session: session.clone(),
        })
    })
}

/// The prior account that stands for a held session changes only through its record.
fn not_linked(case: &Case, account: &PriorAccountId) -> Result<(), EditRefusal> {
    match case.held_session_of_account(account) {
        Some(record) => Err(held(HeldSessionError::AccountStandsForSession {
            account: account.clone(),
            session: record.session.clone(),
        })),
        None => Ok(()),
    }
}

/// Checks a record of a held session, new (`earlier` is `None`) or correcting `earlier`.
fn check_held_session(
    case: &Case,
    record: &HeldSession,
    earlier: Option<&HeldSession>,
) -> Result<(), EditRefusal> {
    let plan = known_session(case, &record.session)?;
    match earlier {
        None => {
            require(case.held_session(&record.session).is_none(), || {
                held(HeldSessionError::AlreadyHeld {
                    session: record.session.clone(),
                })
            })?;
            require(case.prior_account(&record.account).is_none(), || {
                EditRefusal::AlreadyInCase {
                    id: record.account.to_string(),
                }
            })?;
        }
        Some(earlier) => require(earlier.account == record.account, || {
            held(HeldSessionError::AccountChanged {
                session: record.session.clone(),
                account: earlier.account.clone(),
            })
        })?,
    }
    require(record.ended >= record.started, || {
        held(HeldSessionError::EndsBeforeStart)
    })?;
    if let Some(stopped) = record.stopped_by_survivor {
        require(record.started <= stopped && stopped <= record.ended, || {
            held(HeldSessionError::StoppedOutsideSession)
        })?;
    }
    for &minute in &record.breaks {
        require(
            minute > 0 && i64::from(minute) < record.duration_minutes(),
            || held(HeldSessionError::BreakOutsideSession { minute }),
        )?;
    }
    let leads = record.lead_interviewers().count();
    require(leads == 1, || {
        held(HeldSessionError::LeadInterviewers { found: leads })
    })?;
    require(record.lead_agency().is_some(), || {
        held(HeldSessionError::LeadWithoutAgency)
    })?;
    for attendee in &record.present {
        if let Some(agency) = &attendee.agency {
            known_agency(case, agency)?;
        }
    }
    if record.recording.needs_recording_consent() {
        let status = recording_consent(case, record.started);
        require(status.is_given(), || {
            held(HeldSessionError::RecordingWithoutConsent {
                form: record.recording,
                status,
            })
        })?;
    }
    let mut seen: HashSet<&QuestionId> = HashSet::new();
    for outcome in &record.outcomes {
        let question = &outcome.question;
        require(plan.questions.contains(question), || {
            held(HeldSessionError::OutcomeNotPlanned {
                question: question.clone(),
            })
        })?;
        require(seen.insert(question), || {
            held(HeldSessionError::OutcomeTwice {
                question: question.clone(),
            })
        })?;
    }
    // A question set aside since it was planned needs no outcome: it was not to be asked.
    for question in &plan.questions {
        let to_ask = case.question(question).is_some_and(Question::is_asked);
        require(!to_ask || seen.contains(question), || {
            held(HeldSessionError::OutcomeMissing {
                question: question.clone(),
            })
        })?;
    }
    let kept: Vec<&QuestionId> = earlier
        .map(|e| e.added_at_break.iter().map(|a| &a.question.id).collect())
        .unwrap_or_default();
    let elsewhere: HashSet<&QuestionId> = case
        .held_sessions
        .iter()
        .filter(|other| other.session != record.session)
        .flat_map(|other| other.added_at_break.iter().map(|a| &a.question.id))
        .collect();
    for added in &record.added_at_break {
        let id = &added.question.id;
        // A question the record already had may have joined the case by a carry-over.
        let new_to_case = kept.contains(&id) || case.question(id).is_none();
        require(new_to_case && !elsewhere.contains(id), || {
            EditRefusal::AlreadyInCase { id: id.to_string() }
        })?;
        require(seen.insert(id), || {
            held(HeldSessionError::OutcomeTwice {
                question: id.clone(),
            })
        })?;
        check_question(case, &added.question)?;
    }
    known_topics(case, record.topics.iter().map(|t| &t.topic))
}

fn check_carry_over(
    case: &Case,
    from: &SessionId,
    to: &SessionId,
    questions: &[QuestionId],
) -> Result<(), EditRefusal> {
    require(case.held_session(from).is_some(), || {
        held(HeldSessionError::NotHeld {
            session: from.clone(),
        })
    })?;
    known_session(case, to)?;
    not_held(case, to)?;
    let offer = carry_over_offer(case, from);
    let mut seen = HashSet::new();
    for question in questions {
        require(offer.contains(question) && seen.insert(question), || {
            held(HeldSessionError::NotOffered {
                question: question.clone(),
            })
        })?;
    }
    Ok(())
}

fn check_session_change(
    case: &Case,
    session: &SessionPlan,
    change: &SessionChange,
) -> Result<(), EditRefusal> {
    let attendee_agency = |agency: &Option<AgencyId>| match agency {
        Some(agency) => known_agency(case, agency),
        None => Ok(()),
    };
    match change {
        SessionChange::Duration { minutes } => require(*minutes > 0, || EditRefusal::ZeroDuration),
        SessionChange::AddBreak { minute } => {
            require(*minute > 0 && *minute < session.duration_minutes, || {
                EditRefusal::BreakOutsideSession {
                    minute: *minute,
                    duration: session.duration_minutes,
                }
            })?;
            require(!session.breaks.contains(minute), || {
                EditRefusal::BreakTaken { minute: *minute }
            })
        }
        SessionChange::RemoveBreak { minute } => require(session.breaks.contains(minute), || {
            EditRefusal::NoSuchBreak { minute: *minute }
        }),
        SessionChange::AddAttendee { attendee } => attendee_agency(&attendee.agency),
        SessionChange::PutAttendee { index, attendee } => {
            require(*index < session.attendees.len(), || {
                EditRefusal::NoSuchAttendee { index: *index }
            })?;
            attendee_agency(&attendee.agency)
        }
        SessionChange::RemoveAttendee { index } => {
            require(*index < session.attendees.len(), || {
                EditRefusal::NoSuchAttendee { index: *index }
            })
        }
        SessionChange::AddQuestion { question } => {
            let found = case
                .question(question)
                .ok_or_else(|| EditRefusal::UnknownQuestion {
                    question: question.clone(),
                })?;
            require(found.is_asked(), || EditRefusal::QuestionSetAside {
                question: question.clone(),
            })?;
            require(!session.questions.contains(question), || {
                EditRefusal::QuestionAlreadyInSession {
                    question: question.clone(),
                }
            })
        }
        SessionChange::RemoveQuestion { question } => {
            require(session.questions.contains(question), || {
                EditRefusal::QuestionNotInSession {
                    question: question.clone(),
                }
            })
        }
        SessionChange::MoveQuestion {
            question,
            direction,
        } => {
            require(session.questions.contains(question), || {
                EditRefusal::QuestionNotInSession {
                    question: question.clone(),
                }
            })?;
            require(
                phase_neighbour(case, session, question, *direction).is_some(),
                || EditRefusal::CannotMove {
                    question: question.clone(),
                },
            )
        }
        SessionChange::Date { .. }
        | SessionChange::Place { .. }
        | SessionChange::Location { .. }
        | SessionChange::Language { .. }
        | SessionChange::SupportPersonDeclined { .. }
        | SessionChange::NeedsRecording { .. }
        | SessionChange::MedicalExamination { .. }
        | SessionChange::Photographs { .. }
        | SessionChange::ObserversOutside { .. }
        | SessionChange::QuestionBreak { .. }
        | SessionChange::BriefNamesAccounts { .. } => Ok(()),
    }
}

/// Whether `edit` can be applied to `case` as it is; the refusal says why not.
pub fn check(case: &Case, edit: &CaseEdit) -> Result<(), EditRefusal> {
    match edit {
        CaseEdit::RenameCase { code } => require(!code.trim().is_empty(), || EditRefusal::Blank {
            what: Blank::CaseCode,
        }),
        CaseEdit::MarkFictional { fictional: true } => {
            require(case.fictional, || EditRefusal::FictionalOnlyAtCreation)
        }
        CaseEdit::MarkFictional { fictional: false } => {
            require(!is_practice_case_id(&case.id), || {
                EditRefusal::PracticeCaseIsFictional
            })
        }
        CaseEdit::SetLanguage { .. }
        | CaseEdit::SetInterpreterNeeded { .. }
        | CaseEdit::SetAgeGroup { .. }
        | CaseEdit::SetSupportPerson { .. }
        | CaseEdit::SetAccommodations { .. } => Ok(()),
        CaseEdit::PutAgency { agency } => {
            require(!agency.name.trim().is_empty(), || EditRefusal::Blank {
                what: Blank::AgencyName,
            })
        }
        CaseEdit::RemoveAgency { agency } => {
            known_agency(case, agency)?;
            let uses = AgencyUses::of(case, agency);
            require(!uses.any(), || EditRefusal::AgencyInUse {
                agency: agency.clone(),
                uses,
            })
        }
        CaseEdit::AddTopic { topic } => case
            .topics
            .clone()
            .add(topic.clone())
            .map_err(EditRefusal::Topic),
        CaseEdit::PutPriorAccount { account } => {
            not_linked(case, &account.id)?;
            check_account(case, account)
        }
        CaseEdit::RemovePriorAccount { account } => {
            require(case.prior_account(account).is_some(), || {
                EditRefusal::UnknownPriorAccount {
                    account: account.clone(),
                }
            })?;
            not_linked(case, account)?;
            let questions = questions_relying_on(case, account);
            require(questions == 0, || EditRefusal::PriorAccountInUse {
                account: account.clone(),
                questions,
            })
        }
        CaseEdit::PutQuestion { question } => check_question(case, question),
        CaseEdit::RemoveQuestion { question } => {
            require(case.question(question).is_some(), || {
                EditRefusal::UnknownQuestion {
                    question: question.clone(),
                }
            })?;
            require(!question_in_use(case, question), || {
                EditRefusal::QuestionInUse {
                    question: question.clone(),
                }
            })
        }
        CaseEdit::MoveQuestion {
            question,
            direction,
        } => {
            require(case.question(question).is_some(), || {
                EditRefusal::UnknownQuestion {
                    question: question.clone(),
                }
            })?;
            require(
                agency_neighbour(case, question, *direction).is_some(),
                || EditRefusal::CannotMove {
                    question: question.clone(),
                },
            )
        }
        CaseEdit::AddSession { session } => check_new_session(case, session),
        CaseEdit::RemoveSession { session } => {
            known_session(case, session)?;
            not_held(case, session)
        }
        CaseEdit::ChangeSession { session, change } => {
            let plan = known_session(case, session)?;
            not_held(case, session)?;
            check_session_change(case, plan, change)
        }
        CaseEdit::RecordConsent { event } => {
            case.consent.check(event).map_err(EditRefusal::Consent)
        }
        CaseEdit::AttachReferral { referral } => {
            require(case.referrals.iter().all(|r| r.id != referral.id), || {
                EditRefusal::AlreadyInCase {
                    id: referral.id.to_string(),
                }
            })
        }
        CaseEdit::MoveReferral { referral, to, at } => {
            let found = case
                .referrals
                .iter()
                .find(|r| &r.id == referral)
                .ok_or_else(|| EditRefusal::UnknownReferral {
                    referral: referral.clone(),
                })?;
            found
                .transition(*to, *at, &case.consent, case.profile.age_group)
                .map(|_| ())
                .map_err(EditRefusal::Referral)
        }
        // The planner checks these by computing them; the case is left as it was on refusal.
        CaseEdit::AcceptSuggestion { suggestion } => accept(case, suggestion)
            .map(|_| ())
            .map_err(EditRefusal::Planner),
        CaseEdit::UndoSuggestion { position } => undo(case, *position)
            .map(|_| ())
            .map_err(EditRefusal::Planner),
        CaseEdit::RecordHeldSession { record } => check_held_session(case, record, None),
        CaseEdit::CorrectHeldSession { record } => {
            let earlier = case.held_session(&record.session).ok_or_else(|| {
                held(HeldSessionError::NotHeld {
                    session: record.session.clone(),
                })
            })?;
            check_held_session(case, record, Some(earlier))
        }
        CaseEdit::CarryOver {
            from,
            to,
            questions,
        } => check_carry_over(case, from, to, questions),
        CaseEdit::RecordQuestionRequest { request } => check_question_request(case, request),
        // Checked by merging on a copy, as `apply` does.
        CaseEdit::MergeReturn { merge } => merged_return(case, merge).map(|_| ()),
        CaseEdit::PutEvidence { item } => match case.evidence_item(&item.id) {
            // A form changes what it shows; the status stays the item's own.
            Some(existing) => check_item(
                case,
                &EvidenceItem {
                    status: existing.status.clone(),
                    ..item.clone()
                },
            ),
            None => check_new_item(case, item),
        }
        .map_err(EditRefusal::Evidence),
        CaseEdit::RemoveEvidence { item } => {
            known_evidence(case, item)?;
            require(!evidence_added_by_suggestion(case, item), || {
                EditRefusal::Evidence(EvidenceRefusal::AddedBySuggestion { item: item.clone() })
            })
        }
        CaseEdit::MoveEvidence { item, to } => {
            let found = known_evidence(case, item)?;
            check_move(&found.status, to).map_err(EditRefusal::Evidence)
        }
        CaseEdit::AddEvidenceGuidance { guidance } => {
            check_guidance(case, guidance).map_err(EditRefusal::Evidence)
        }
    }
}

fn known_evidence<'a>(case: &'a Case, id: &EvidenceId) -> Result<&'a EvidenceItem, EditRefusal> {
    case.evidence_item(id)
        .ok_or_else(|| EditRefusal::Evidence(EvidenceRefusal::UnknownItem { item: id.clone() }))
}

/// Puts `saved` in place of the entry with the same id, or at the end when it is new.
fn put_by<T>(list: &mut Vec<T>, saved: T, same: impl Fn(&T) -> bool) {
    match list.iter_mut().find(|entry| same(entry)) {
        Some(existing) => *existing = saved,
        None => list.push(saved),
    }
}

fn change_session(case: &mut Case, id: &SessionId, change: &SessionChange) {
    let ordered = match change {
        SessionChange::AddQuestion { question } => {
            let mut questions = case
                .session(id)
                .map(|s| s.questions.clone())
                .unwrap_or_default();
            questions.push(question.clone());
            Some(in_phase_order(case, &questions))
        }
        SessionChange::MoveQuestion {
            question,
            direction,
        } => case
            .session(id)
            .and_then(|s| phase_neighbour(case, s, question, *direction))
            .map(|(mut ordered, at, other)| {
                ordered.swap(at, other);
                ordered
            }),
        _ => None,
    };
    let Some(session) = case.sessions.iter_mut().find(|s| &s.id == id) else {
        return;
    };
    if let Some(ordered) = ordered {
        session.questions = ordered;
        return;
    }
    match change.clone() {
        SessionChange::Date { date } => session.date = date,
        SessionChange::Place { place } => session.place = place,
        SessionChange::Location { location } => session.location = location,
        SessionChange::Language { language } => session.language = language,
        SessionChange::Duration { minutes } => session.duration_minutes = minutes,
        SessionChange::AddBreak { minute } => {
            session.breaks.push(minute);
            session.breaks.sort_unstable();
        }
        SessionChange::RemoveBreak { minute } => session.breaks.retain(|&b| b != minute),
        SessionChange::AddAttendee { attendee } => session.attendees.push(attendee),
        SessionChange::PutAttendee { index, attendee } => session.attendees[index] = attendee,
        SessionChange::RemoveAttendee { index } => {
            session.attendees.remove(index);
        }
        SessionChange::SupportPersonDeclined { declined } => {
            session.support_person_declined = declined
        }
        SessionChange::NeedsRecording { needed } => session.needs_recording = needed,
        SessionChange::MedicalExamination { planned } => session.medical_examination = planned,
        SessionChange::Photographs { planned } => session.photographs = planned,
        SessionChange::ObserversOutside { outside } => session.observers_outside = outside,
        SessionChange::QuestionBreak { planned } => session.question_break = Some(planned),
        SessionChange::BriefNamesAccounts { names } => session.brief_names_accounts = names,
        SessionChange::RemoveQuestion { question } => session.questions.retain(|q| q != &question),
        SessionChange::AddQuestion { .. } | SessionChange::MoveQuestion { .. } => {
            unreachable!("ordered above")
        }
    }
}

/// Changes the case as `edit` says, once [`check`] has allowed it.
fn change(case: &mut Case, edit: &CaseEdit) -> Result<(), EditRefusal> {
    match edit.clone() {
        CaseEdit::RenameCase { code } => case.code = code.trim().to_owned(),
        CaseEdit::MarkFictional { fictional } => case.fictional = fictional,
        CaseEdit::SetLanguage { language } => case.profile.language = language,
        CaseEdit::SetInterpreterNeeded { needed } => case.profile.interpreter_needed = needed,
        CaseEdit::SetAgeGroup { age_group } => case.profile.age_group = age_group,
        CaseEdit::SetSupportPerson { support_person } => {
            case.profile.support_person = support_person.filter(|s| !s.trim().is_empty())
        }
        CaseEdit::SetAccommodations { accommodations } => {
            case.profile.accommodations = accommodations
        }
        CaseEdit::PutAgency { agency } => {
            let id = agency.id.clone();
            put_by(&mut case.agencies, agency, |a| a.id == id);
        }
        CaseEdit::RemoveAgency { agency } => case.agencies.retain(|a| a.id != agency),
        CaseEdit::AddTopic { topic } => case.topics.add(topic).map_err(EditRefusal::Topic)?,
        CaseEdit::PutPriorAccount { account } => {
            let id = account.id.clone();
            put_by(&mut case.prior_accounts, account, |a| a.id == id);
        }
        CaseEdit::RemovePriorAccount { account } => case.prior_accounts.retain(|a| a.id != account),
        CaseEdit::PutQuestion { question } => {
            match case.questions.iter_mut().find(|q| q.id == question.id) {
                // What suggestions set stays theirs: a form only changes what it shows.
                Some(existing) => {
                    existing.agency = question.agency;
                    existing.text = question.text;
                    existing.language = question.language;
                    existing.topics = question.topics;
                    existing.phase = question.phase;
                    existing.priority = question.priority;
                }
                None => case.questions.push(question.into()),
            }
        }
        CaseEdit::RemoveQuestion { question } => {
            case.questions.retain(|q| q.id != question);
            for session in &mut case.sessions {
                session.questions.retain(|q| q != &question);
            }
        }
        CaseEdit::MoveQuestion {
            question,
            direction,
        } => {
            if let Some((at, other)) = agency_neighbour(case, &question, direction) {
                case.questions.swap(at, other);
            }
        }
        CaseEdit::AddSession { session } => case.sessions.push(session),
        CaseEdit::RemoveSession { session } => case.sessions.retain(|s| s.id != session),
        CaseEdit::ChangeSession { session, change } => change_session(case, &session, &change),
        CaseEdit::RecordConsent { event } => {
            case.consent.record(event).map_err(EditRefusal::Consent)?
        }
        CaseEdit::AttachReferral { referral } => case.referrals.push(referral),
        CaseEdit::MoveReferral { referral, to, at } => {
            let (consent, age_group) = (&case.consent, case.profile.age_group);
            if let Some(slot) = case.referrals.iter_mut().find(|r| r.id == referral) {
                *slot = slot
                    .transition(to, at, consent, age_group)
                    .map_err(EditRefusal::Referral)?;
            }
        }
        CaseEdit::AcceptSuggestion { suggestion } => {
            planner_step(case, |case| accept(case, &suggestion))?
        }
        CaseEdit::UndoSuggestion { position } => planner_step(case, |case| undo(case, position))?,
        CaseEdit::RecordHeldSession { record } => {
            if let Some(account) = record.linked_account() {
                case.prior_accounts.push(account);
            }
            case.held_sessions.push(*record);
        }
        CaseEdit::CorrectHeldSession { record } => {
            // The account that stands for the session follows its record, in its place.
            if let Some(account) = record.linked_account() {
                let id = account.id.clone();
                put_by(&mut case.prior_accounts, account, |a| a.id == id);
            }
            let session = record.session.clone();
            put_by(&mut case.held_sessions, *record, |h| h.session == session);
        }
        CaseEdit::CarryOver {
            from,
            to,
            questions,
        } => carry_questions_over(case, &from, &to, questions),
        CaseEdit::RecordQuestionRequest { request } => case.question_requests.push(*request),
        CaseEdit::MergeReturn { merge } => {
            // Merged on a copy without the history, which the merge does not touch.
            let history = std::mem::take(&mut case.history);
            let merged = merged_return(case, &merge);
            case.history = history;
            let mut merged = merged?;
            merged.history = std::mem::take(&mut case.history);
            *case = merged;
        }
        CaseEdit::PutEvidence { item } => {
            match case.evidence.iter_mut().find(|e| e.id == item.id) {
                Some(existing) => {
                    existing.kind = item.kind;
                    existing.description = item.description.trim().to_owned();
                    existing.topics = item.topics;
                    existing.agency = item.agency;
                }
                None => case.evidence.push(EvidenceItem {
                    description: item.description.trim().to_owned(),
                    ..item
                }),
            }
        }
        CaseEdit::RemoveEvidence { item } => case.evidence.retain(|e| e.id != item),
        CaseEdit::MoveEvidence { item, to } => {
            if let Some(existing) = case.evidence.iter_mut().find(|e| e.id == item) {
                existing.status = to;
            }
        }
        CaseEdit::AddEvidenceGuidance { guidance } => case.evidence_guidance.push(guidance),
    }
    Ok(())
}

fn exchange(refusal: ExchangeRefusal) -> EditRefusal {
    EditRefusal::Exchange(refusal)
}

fn check_question_request(case: &Case, request: &SentRequest) -> Result<(), EditRefusal> {
    known_agency(case, &request.agency)?;
    require(case.question_request(&request.id).is_none(), || {
        EditRefusal::AlreadyInCase {
            id: request.id.to_string(),
        }
    })?;
    require(request.due >= request.sent_at, || {
        exchange(ExchangeRefusal::DueBeforeRequest)
    })
}

/// Applies one change of an agency's return to `case` as the edit of its questions it stands
/// for (put or remove), checked as that edit is; an added question must be new to the case.
/// Refuses and leaves the case as it was.
pub fn apply_merged_change(case: &mut Case, change: &MergedChange) -> Result<(), EditRefusal> {
    match change {
        MergedChange::Add { question } => {
            require(case.question(&question.id).is_none(), || {
                EditRefusal::AlreadyInCase {
                    id: question.id.to_string(),
                }
            })?;
            apply(
                case,
                &CaseEdit::PutQuestion {
                    question: question.clone(),
                },
            )
        }
        MergedChange::Change { question } => apply(
            case,
            &CaseEdit::PutQuestion {
                question: question.clone(),
            },
        ),
        MergedChange::Withdraw { question } => apply(
            case,
            &CaseEdit::RemoveQuestion {
                question: question.clone(),
            },
        ),
    }
}

/// The case with `merge` applied: the request known, the return from its agency and newer than
/// the last merged, every question the agency's, each change applied in turn.
fn merged_return(case: &Case, merge: &MergedReturn) -> Result<Case, EditRefusal> {
    let request = merge.request.clone();
    let sent = case.question_request(&merge.request).ok_or_else(|| {
        exchange(ExchangeRefusal::UnknownRequest {
            request: request.clone(),
        })
    })?;
    require(sent.agency == merge.agency, || {
        exchange(ExchangeRefusal::WrongAgency {
            request: request.clone(),
            expected: sent.agency.clone(),
            found: merge.agency.clone(),
        })
    })?;
    require(merge.sequence > sent.last_merged, || {
        exchange(ExchangeRefusal::AlreadyMerged {
            request: request.clone(),
            sequence: merge.sequence,
            last_merged: sent.last_merged,
        })
    })?;
    let returned = merge.changes.iter().filter_map(|change| match change {
        MergedChange::Add { question } | MergedChange::Change { question } => Some(question),
        MergedChange::Withdraw { .. } => None,
    });
    for question in merge.agency_questions.iter().chain(returned) {
        require(question.agency == merge.agency, || {
            exchange(ExchangeRefusal::ForeignQuestion {
                question: question.id.clone(),
                agency: question.agency.clone(),
            })
        })?;
    }
    let mut merged = case.clone();
    for change in &merge.changes {
        apply_merged_change(&mut merged, change)?;
    }
    if let Some(sent) = merged
        .question_requests
        .iter_mut()
        .find(|sent| sent.id == merge.request)
    {
        sent.last_merged = merge.sequence;
        sent.agency_questions = merge.agency_questions.clone();
    }
    Ok(merged)
}

/// Adds `questions` to the plan `to`: a question added at the question break of `from` joins
/// the case first, as it was asked for (agency and priority kept).
fn carry_questions_over(
    case: &mut Case,
    from: &SessionId,
    to: &SessionId,
    questions: Vec<QuestionId>,
) {
    for question in questions {
        if case.question(&question).is_none() {
            let added = case.held_session(from).and_then(|record| {
                record
                    .added_at_break
                    .iter()
                    .find(|added| added.question.id == question)
            });
            if let Some(added) = added {
                let mut joining = added.question.clone();
                joining.set_aside = None;
                case.questions.push(joining.into());
            }
        }
        change_session(case, to, &SessionChange::AddQuestion { question });
    }
}

/// Replaces the case with the one the planner's `step` (accepting or undoing a suggestion)
/// computes from it, or refuses and leaves it as it was. The history is set aside meanwhile, so
/// that the planner's copy of the case does not copy it too.
fn planner_step(
    case: &mut Case,
    step: impl FnOnce(&Case) -> Result<Case, PlannerError>,
) -> Result<(), EditRefusal> {
    let history = std::mem::take(&mut case.history);
    let stepped = step(case);
    case.history = history;
    let mut next = stepped.map_err(EditRefusal::Planner)?;
    next.history = std::mem::take(&mut case.history);
    *case = next;
    Ok(())
}

/// Applies `edit` to `case`, or refuses and leaves the case exactly as it was. The history is
/// not touched: [`record`] is what a person's change goes through.
pub fn apply(case: &mut Case, edit: &CaseEdit) -> Result<(), EditRefusal> {
    match edit {
        // The planner checks these by computing the new case, and a merge by merging on a copy,
        // which `change` does anyway and refuses from without changing anything: checking
        // first would compute it twice.
        CaseEdit::AcceptSuggestion { .. }
        | CaseEdit::UndoSuggestion { .. }
        | CaseEdit::MergeReturn { .. } => change(case, edit),
        _ => {
            check(case, edit)?;
            change(case, edit)
        }
    }
}

/// Whether two edits set the same field of the same thing to a new value, so that the later
/// one makes the earlier one's value irrelevant.
fn same_field(earlier: &CaseEdit, later: &CaseEdit) -> bool {
    use CaseEdit as E;
    use SessionChange as S;
    match (earlier, later) {
        (E::RenameCase { .. }, E::RenameCase { .. })
        | (E::SetLanguage { .. }, E::SetLanguage { .. })
        | (E::SetSupportPerson { .. }, E::SetSupportPerson { .. })
        | (E::SetAccommodations { .. }, E::SetAccommodations { .. }) => true,
        (
            E::ChangeSession {
                session: a,
                change: x,
            },
            E::ChangeSession {
                session: b,
                change: y,
            },
        ) if a == b => match (x, y) {
            (S::Place { .. }, S::Place { .. }) | (S::Language { .. }, S::Language { .. }) => true,
            (S::PutAttendee { index: i, .. }, S::PutAttendee { index: j, .. }) => i == j,
            _ => false,
        },
        _ => false,
    }
}

/// Applies `edit` to `case` and appends it to the case's history, made at `at` by `by`; or
/// refuses and leaves the case, history included, exactly as it was.
///
/// A change of the same text field by the same person within [`COALESCE_WITHIN_MS`] of the
/// last entry replaces that entry, so that the history holds what was typed, not every key.
pub fn record(case: &mut Case, edit: CaseEdit, at: Timestamp, by: &str) -> Result<(), EditRefusal> {
    apply(case, &edit)?;
    if let Some(HistoryEntry::Edited {
        at: last_at,
        by: last_by,
        edit: last,
    }) = case.history.last_mut().map(|entry| &mut **entry)
    {
        if last_by == by && at.0 - last_at.0 <= COALESCE_WITHIN_MS && same_field(last, &edit) {
            *last_at = at;
            **last = edit;
            return Ok(());
        }
    }
    case.history.push(
        HistoryEntry::Edited {
            at,
            by: by.to_owned(),
            edit: Box::new(edit),
        }
        .into(),
    );
    Ok(())
}

/// The case that `start` becomes when every edit of `history` is applied to it in order,
/// with `history` as its history; the first edit that no longer applies is the refusal.
pub fn replay(start: &Case, history: &[Shared<HistoryEntry>]) -> Result<Case, EditRefusal> {
    let mut case = start.clone();
    for entry in history {
        if let HistoryEntry::Edited { edit, .. } = &**entry {
            apply(&mut case, edit.as_ref())?;
        }
    }
    case.history = history.to_vec();
    Ok(case)
}

/// The edits that turn `known` into `now`, read from their histories, when `now` is `known`
/// changed only by edits recorded since: its history is `known`'s with entries added after it,
/// and perhaps its last entry replaced by a later change of the same field (as [`record`]
/// coalesces them). Applying them to `known` in order gives `now`'s content: a coalesced change
/// overrides the value the earlier one set. `None` when `now` came some other way (another case,
/// a reload whose history was rewritten): then only the whole case will do.
///
/// Only the entries at the seam are compared, so that the cost of a change does not grow with
/// the case's history.
pub fn edits_since(known: &Case, now: &Case) -> Option<Vec<CaseEdit>> {
    if known.id != now.id || now.history.len() < known.history.len() {
        return None;
    }
    let seam = known.history.len().checked_sub(1)?;
    if seam > 0 && known.history[seam - 1] != now.history[seam - 1] {
        return None;
    }
    let mut edits = Vec::new();
    match (&*known.history[seam], &*now.history[seam]) {
        (earlier, later) if earlier == later => {}
        (
            HistoryEntry::Edited {
                edit: earlier,
                by: earlier_by,
                ..
            },
            HistoryEntry::Edited {
                edit: later, by, ..
            },
        ) if earlier_by == by && same_field(earlier, later) => edits.push((**later).clone()),
        _ => return None,
    }
    for entry in &now.history[seam + 1..] {
        match &**entry {
            HistoryEntry::Edited { edit, .. } => edits.push((**edit).clone()),
            HistoryEntry::Begins { .. } => return None,
        }
    }
    Some(edits)
}
