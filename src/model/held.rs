//! Held sessions: the record of a session that took place, and what follows from it.
//!
//! A plan is recorded as held once ([`CaseEdit::RecordHeldSession`]); later changes are
//! corrections ([`CaseEdit::CorrectHeldSession`]), which show in the case history like any edit.
//! Recording adds one prior account that stands for the session (held by the lead interviewer's
//! agency, in the form the session was recorded, with the topics told, obtainable), so every
//! planner rule sees what was just told without knowing about held sessions. That account
//! cannot be changed or removed on its own: it follows the record.
//!
//! What a record settles: a planned question answered, partly answered, or no longer needed
//! is not planned again ([`settled_questions`]); a question not asked for any other reason is
//! offered for the next session ([`carry_over_offer`]).

// The record's types live with the case they are part of, like every other part of it.
pub use super::case::{
    AddedQuestion, HeldSession, NotAskedReason, PlannedOutcome, QuestionOutcome, RecordingForm,
};

use super::case::{Case, CaseEdit, Question, SessionPlan, TopicCoverage};
use super::consent::{ConsentPurpose, ConsentStatus};
use super::{PriorAccountId, QuestionId, SessionId, Timestamp};
use std::collections::HashSet;
use std::fmt;

impl HeldSession {
    /// A record of `plan` as planned, for the team to correct to what happened: it started at
    /// the planned time and lasted as long, everyone planned was present, every break was
    /// taken, every question was answered, recorded on video if the plan needed recording.
    /// The topics are proposed from the answers. `account` is the id of the prior account
    /// that will stand for the session.
    pub fn from_plan(case: &Case, plan: &SessionPlan, account: PriorAccountId) -> Self {
        let outcomes: Vec<PlannedOutcome> = plan
            .questions
            .iter()
            .filter(|id| case.question(id).is_some_and(Question::is_asked))
            .map(|id| PlannedOutcome {
                question: id.clone(),
                outcome: QuestionOutcome::Answered,
            })
            .collect();
        let topics = proposed_topics(case, &outcomes, &[]);
        HeldSession {
            session: plan.id.clone(),
            account,
            started: plan.date,
            ended: Timestamp(plan.date.0 + i64::from(plan.duration_minutes) * MINUTE_MS),
            present: plan.attendees.clone(),
            breaks: plan.breaks.clone(),
            recording: if plan.needs_recording {
                RecordingForm::Video
            } else {
                RecordingForm::NotesOnly
            },
            stopped_by_survivor: None,
            outcomes,
            added_at_break: Vec::new(),
            topics,
            note: String::new(),
        }
    }
}

const MINUTE_MS: i64 = 60_000;

/// The topics told, proposed from the questions answered: an answered question's topics as
/// told in detail, a partly answered one's as told in part, the fuller wins; in the order the
/// questions come (planned, then added). The team edits the proposal.
pub fn proposed_topics(
    case: &Case,
    outcomes: &[PlannedOutcome],
    added: &[AddedQuestion],
) -> Vec<TopicCoverage> {
    let planned = outcomes
        .iter()
        .filter_map(|o| Some((case.question(&o.question)?, o.outcome)));
    let added = added.iter().map(|a| (&a.question, a.outcome));
    let mut told: Vec<TopicCoverage> = Vec::new();
    for (question, outcome) in planned.chain(added) {
        let Some(coverage) = outcome.coverage() else {
            continue;
        };
        for topic in &question.topics {
            match told.iter_mut().find(|entry| &entry.topic == topic) {
                Some(entry) => entry.coverage = entry.coverage.max(coverage),
                None => told.push(TopicCoverage {
                    topic: topic.clone(),
                    coverage,
                }),
            }
        }
    }
    told
}

/// The survivor's consent to audio or video recording at `at`, as the consent ledger reads it
/// for the survivor's age group: the one place a held session's recording is checked.
pub fn recording_consent(case: &Case, at: Timestamp) -> ConsentStatus {
    case.consent
        .status(&ConsentPurpose::Recording, at, case.profile.age_group)
}

/// The questions of the case that held sessions settled: asked (answered, at least in part)
/// or no longer needed. Nothing is left to ask of them, so the planner does not plan them.
pub fn settled_questions(case: &Case) -> HashSet<&QuestionId> {
    case.held_sessions
        .iter()
        .flat_map(HeldSession::question_outcomes)
        .filter(|(_, outcome)| outcome.settles())
        .map(|(id, _)| id)
        .collect()
}

/// The latest held session (by when it started) that says what became of question `id`, with
/// that outcome: what the questions list shows beside a question.
pub fn latest_outcome<'a>(
    case: &'a Case,
    id: &QuestionId,
) -> Option<(&'a HeldSession, QuestionOutcome)> {
    case.held_sessions
        .iter()
        .filter_map(|held| Some((held, held.outcome_of(id)?)))
        .max_by_key(|(held, _)| held.started)
}

/// The questions the held session of plan `held` did not ask, other than those no longer
/// needed, that are still to be asked and not yet in a plan still to come: planned questions
/// first, in the plan's order, then questions added at the question break. Empty when the
/// plan was not held.
pub fn carry_over_offer(case: &Case, held: &SessionId) -> Vec<QuestionId> {
    let Some(record) = case.held_session(held) else {
        return Vec::new();
    };
    let settled = settled_questions(case);
    let planned_ahead = |id: &QuestionId| {
        case.sessions
            .iter()
            .any(|s| case.held_session(&s.id).is_none() && s.questions.contains(id))
    };
    let open = |id: &QuestionId, outcome: QuestionOutcome| {
        outcome.carries_over() && !settled.contains(id) && !planned_ahead(id)
    };
    let planned = record
        .outcomes
        .iter()
        .filter(|o| open(&o.question, o.outcome))
        .filter(|o| case.question(&o.question).is_some_and(Question::is_asked))
        .map(|o| o.question.clone());
    let added = record
        .added_at_break
        .iter()
        .filter(|a| open(&a.question.id, a.outcome))
        .filter(|a| case.question(&a.question.id).is_none_or(Question::is_asked))
        .map(|a| a.question.id.clone());
    planned.chain(added).collect()
}

/// The one edit that carries every question [`carry_over_offer`] offers from the held session
/// `from` to the plan `to`; `None` when there is nothing to carry over.
pub fn carry_over(case: &Case, from: &SessionId, to: &SessionId) -> Option<CaseEdit> {
    let questions = carry_over_offer(case, from);
    (!questions.is_empty()).then(|| CaseEdit::CarryOver {
        from: from.clone(),
        to: to.clone(),
        questions,
    })
}

/// Why an edit about a held session cannot be applied. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeldSessionError {
    /// The plan was already recorded as held: correct its record instead.
    AlreadyHeld {
        session: SessionId,
    },
    /// The plan has no record to correct, or to carry questions over from.
    NotHeld {
        session: SessionId,
    },
    /// A held session's plan stays as it was: correct the record instead.
    PlanHeld {
        session: SessionId,
    },
    /// The prior account stands for a held session: it changes with the record and goes with it.
    AccountStandsForSession {
        account: PriorAccountId,
        session: SessionId,
    },
    /// A correction keeps the prior account that stands for the session.
    AccountChanged {
        session: SessionId,
        account: PriorAccountId,
    },
    EndsBeforeStart,
    /// The survivor stopped the interview at a time outside the session.
    StoppedOutsideSession,
    /// A break after the session ended.
    BreakOutsideSession {
        minute: u32,
    },
    /// Exactly one lead interviewer asks every question, and the record says who.
    LeadInterviewers {
        found: usize,
    },
    /// The lead interviewer's agency holds the record: the lead needs one.
    LeadWithoutAgency,
    /// Recorded on video or audio without the survivor's consent to recording at the start.
    RecordingWithoutConsent {
        form: RecordingForm,
        status: ConsentStatus,
    },
    /// A question of the plan has no outcome.
    OutcomeMissing {
        question: QuestionId,
    },
    /// An outcome for a question that is not in the plan.
    OutcomeNotPlanned {
        question: QuestionId,
    },
    /// Two outcomes for one question.
    OutcomeTwice {
        question: QuestionId,
    },
    /// The question is not among those the held session offers to carry over.
    NotOffered {
        question: QuestionId,
    },
}

impl fmt::Display for HeldSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AlreadyHeld { session } => write!(
                f,
                "session {session} is already recorded as held: correct its record instead"
            ),
            Self::NotHeld { session } => {
                write!(f, "session {session} is not recorded as held yet")
            }
            Self::PlanHeld { session } => write!(
                f,
                "session {session} took place, so its plan stays as it was: correct the record of the session instead"
            ),
            Self::AccountStandsForSession { account, session } => write!(
                f,
                "prior account {account} stands for held session {session}: it changes and goes only with the session's record"
            ),
            Self::AccountChanged { session, account } => write!(
                f,
                "the record of session {session} keeps prior account {account}, which stands for it"
            ),
            Self::EndsBeforeStart => f.write_str("the session ends before it starts"),
            Self::StoppedOutsideSession => f.write_str(
                "the survivor stopped the interview at a time outside the session: give a time between its start and end",
            ),
            Self::BreakOutsideSession { minute } => write!(
                f,
                "a break after {minute} minutes is not within the session"
            ),
            Self::LeadInterviewers { found } => write!(
                f,
                "the record names {found} lead interviewers: name the one who asked the questions"
            ),
            Self::LeadWithoutAgency => f.write_str(
                "the lead interviewer has no agency: the lead interviewer's agency holds the record of the session",
            ),
            Self::RecordingWithoutConsent { form, status } => {
                let form = match form {
                    RecordingForm::Video => "on video",
                    RecordingForm::Audio => "on audio",
                    RecordingForm::WrittenStatement => "as a written statement",
                    RecordingForm::NotesOnly => "in notes",
                };
                write!(
                    f,
                    "the session cannot be recorded as kept {form}: the survivor's consent to recording was not given when it started (it was {status}); record it as notes only, or correct the consent ledger if consent was given"
                )
            }
            Self::OutcomeMissing { question } => write!(
                f,
                "question {question} of the plan has no outcome: say whether it was answered or why it was not asked"
            ),
            Self::OutcomeNotPlanned { question } => {
                write!(f, "question {question} is not in the session's plan")
            }
            Self::OutcomeTwice { question } => {
                write!(f, "question {question} has two outcomes: keep one")
            }
            Self::NotOffered { question } => write!(
                f,
                "question {question} is not one to carry over: it was asked, is no longer needed, or is already planned"
            ),
        }
    }
}

impl HeldSessionError {
    /// The id of the interface message that says this (`session.ftl`); its arguments are the
    /// variant's fields: `session`, `minutes`, `count` (lead interviewers found), `form`
    /// (`video` or `audio`) and `question` (the question's words).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::AlreadyHeld { .. } => "held-error-already-held",
            Self::NotHeld { .. } => "held-error-not-held",
            Self::PlanHeld { .. } => "held-error-plan-held",
            Self::AccountStandsForSession { .. } => "held-error-account-stands-for-session",
            Self::AccountChanged { .. } => "held-error-account-changed",
            Self::EndsBeforeStart => "held-error-ends-before-start",
            Self::StoppedOutsideSession => "held-error-stopped-outside",
            Self::BreakOutsideSession { .. } => "held-error-break-outside",
            Self::LeadInterviewers { .. } => "held-error-lead-interviewers",
            Self::LeadWithoutAgency => "held-error-lead-without-agency",
            Self::RecordingWithoutConsent { .. } => "held-error-recording-without-consent",
            Self::OutcomeMissing { .. } => "held-error-outcome-missing",
            Self::OutcomeNotPlanned { .. } => "held-error-outcome-not-planned",
            Self::OutcomeTwice { .. } => "held-error-outcome-twice",
            Self::NotOffered { .. } => "held-error-not-offered",
        }
    }
}

impl std::error::Error for HeldSessionError {}
