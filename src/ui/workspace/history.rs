//! The history section of the case workspace: every change made to the case, newest first, with
//! when it was made, by whom and what it did in plain words, filtered by kind of change and by
//! the agency it concerns, a page at a time.
//!
//! Things are named as the case has them now; a thing the case no longer holds is named as the
//! history last saw it, or by a plain note when the history never saw it (it was made before
//! the case kept a history).

use crate::i18n::Translator;
use crate::model::case::{
    Attendee, Case, CaseEdit, Direction, HistoryEntry, MergedChange, PriorAccount, Question,
    SessionChange, Suggestion,
};
use crate::model::consent::{ConsentParty, ConsentPurpose, Decision};
use crate::model::evidence::{EvidenceItem, EvidenceStatus};
use crate::model::practice::is_practice_case_id;
use crate::model::referral::ReferralStatus;
use crate::model::{
    AgeGroup, AgencyId, EvidenceId, PriorAccountId, QuestionId, ReferralId, SessionId, Timestamp,
};
use crate::ui::format::{date, date_time};
use crate::ui::hooks::use_translator;
use crate::ui::language_names;
use crate::ui::workspace::analysis::SameCase;
use crate::ui::workspace::labels::{
    age_group_name, agency_name, agency_role_name, attendee_role_name, evidence_kind_name,
    location_name, prior_account_label, prior_account_name, purpose_name, session_name, topic_name,
};
use crate::ui::workspace::section::{SectionPanel, SectionProps, WorkspaceSection};
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

/// How many changes the list shows at first, and how many more each "Show older changes" adds.
const PAGE: usize = 50;

// ----- Kinds of change -----

/// The kinds of change the filter offers. Every edit is of exactly one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChangeKind {
    Profile,
    Agencies,
    Accounts,
    Questions,
    Sessions,
    Consent,
    Referrals,
    Suggestions,
    Evidence,
}

impl ChangeKind {
    /// In the order the filter lists them.
    const ALL: [ChangeKind; 9] = [
        ChangeKind::Profile,
        ChangeKind::Agencies,
        ChangeKind::Accounts,
        ChangeKind::Questions,
        ChangeKind::Sessions,
        ChangeKind::Consent,
        ChangeKind::Referrals,
        ChangeKind::Suggestions,
        ChangeKind::Evidence,
    ];

    /// The kind of an edit.
    fn of(edit: &CaseEdit) -> Self {
        match edit {
            CaseEdit::RenameCase { .. }
            | CaseEdit::MarkFictional { .. }
            | CaseEdit::SetLanguage { .. }
            | CaseEdit::SetInterpreterNeeded { .. }
            | CaseEdit::SetAgeGroup { .. }
            | CaseEdit::SetSupportPerson { .. }
            | CaseEdit::SetAccommodations { .. }
            | CaseEdit::AddTopic { .. } => ChangeKind::Profile,
            CaseEdit::PutAgency { .. } | CaseEdit::RemoveAgency { .. } => ChangeKind::Agencies,
            CaseEdit::PutPriorAccount { .. } | CaseEdit::RemovePriorAccount { .. } => {
                ChangeKind::Accounts
            }
            CaseEdit::PutQuestion { .. }
            | CaseEdit::RemoveQuestion { .. }
            | CaseEdit::MoveQuestion { .. }
            | CaseEdit::RecordQuestionRequest { .. }
            | CaseEdit::MergeReturn { .. } => ChangeKind::Questions,
            CaseEdit::AddSession { .. }
            | CaseEdit::RemoveSession { .. }
            | CaseEdit::ChangeSession { .. }
            | CaseEdit::RecordHeldSession { .. }
            | CaseEdit::CorrectHeldSession { .. }
            | CaseEdit::CarryOver { .. } => ChangeKind::Sessions,
            CaseEdit::RecordConsent { .. } => ChangeKind::Consent,
            CaseEdit::AttachReferral { .. } | CaseEdit::MoveReferral { .. } => {
                ChangeKind::Referrals
            }
            CaseEdit::AcceptSuggestion { .. } | CaseEdit::UndoSuggestion { .. } => {
                ChangeKind::Suggestions
            }
            CaseEdit::PutEvidence { .. }
            | CaseEdit::RemoveEvidence { .. }
            | CaseEdit::MoveEvidence { .. }
            | CaseEdit::AddEvidenceGuidance { .. } => ChangeKind::Evidence,
        }
    }

    /// The value of the kind in the filter's select.
    fn value(self) -> &'static str {
        match self {
            ChangeKind::Profile => "profile",
            ChangeKind::Agencies => "agencies",
            ChangeKind::Accounts => "accounts",
            ChangeKind::Questions => "questions",
            ChangeKind::Sessions => "sessions",
            ChangeKind::Consent => "consent",
            ChangeKind::Referrals => "referrals",
            ChangeKind::Suggestions => "suggestions",
            ChangeKind::Evidence => "evidence",
        }
    }

    /// The kind a select value names; `None` (every kind) for any other value.
    fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.value() == value)
    }

    fn name(self, t: &Translator) -> String {
        match self {
            ChangeKind::Profile => t.tr("history-kind-profile"),
            ChangeKind::Agencies => t.tr("history-kind-agencies"),
            ChangeKind::Accounts => t.tr("history-kind-accounts"),
            ChangeKind::Questions => t.tr("history-kind-questions"),
            ChangeKind::Sessions => t.tr("history-kind-sessions"),
            ChangeKind::Consent => t.tr("history-kind-consent"),
            ChangeKind::Referrals => t.tr("history-kind-referrals"),
            ChangeKind::Suggestions => t.tr("history-kind-suggestions"),
            ChangeKind::Evidence => t.tr("history-kind-evidence"),
        }
    }
}

// ----- What the history remembers -----

/// Whether an edit that saves a thing (an agency, a prior account, a question) added it or
/// changed it, as far as the history tells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Saved {
    /// No earlier entry saved it, and the history goes back to the case's beginning.
    Added,
    /// An earlier entry saved it.
    Changed,
    /// No earlier entry saved it, but the case is older than its history.
    #[default]
    Unknown,
}

/// A question as the history last saw it.
#[derive(Clone, Debug)]
struct SeenQuestion {
    text: String,
    /// The agency that raised it, then those it was credited to.
    agencies: Vec<AgencyId>,
}

/// A session plan as the history last saw it.
#[derive(Clone, Debug)]
struct SeenSession {
    date: Option<Timestamp>,
    /// `None` when the session was planned before the history began: its list is not known.
    attendees: Option<Vec<Attendee>>,
}

/// What the history has seen of the case's things, entry by entry, so that a thing the case no
/// longer holds can still be named, and an entry that names a thing by position (an attendee,
/// an accepted suggestion) can say which it was.
#[derive(Clone, Debug, Default)]
struct Memory {
    agencies: HashMap<AgencyId, String>,
    questions: HashMap<QuestionId, SeenQuestion>,
    accounts: HashMap<PriorAccountId, PriorAccount>,
    sessions: HashMap<SessionId, SeenSession>,
    services: HashMap<ReferralId, String>,
    /// Evidence items as last saved: description and agency.
    evidence: HashMap<EvidenceId, (String, AgencyId)>,
    /// The case's accepted suggestions in order; `None` for one accepted before the history began.
    accepted: Vec<Option<Suggestion>>,
}

/// What the history knew, just before an edit, that its description and the agency filter need.
#[derive(Clone, Debug, Default)]
struct Recalled {
    saved: Saved,
    /// The attendee a changed or removed attendee was.
    attendee: Option<Attendee>,
    /// The suggestion an undo took back.
    suggestion: Option<Suggestion>,
    /// The words of a question a suggestion reworded, or the name of an agency an edit
    /// changed, before it did.
    name_before: Option<String>,
    /// The agencies the edit concerns.
    agencies: Vec<AgencyId>,
}

impl Memory {
    /// The agencies a question serves, as the history saw it or else as the case has it now.
    fn question_agencies(&self, case: &Case, id: &QuestionId) -> Vec<AgencyId> {
        match (self.questions.get(id), case.question(id)) {
            (Some(seen), _) => seen.agencies.clone(),
            (None, Some(question)) => question.served_agencies(),
            (None, None) => Vec::new(),
        }
    }

    fn account_agency(&self, case: &Case, id: &PriorAccountId) -> Vec<AgencyId> {
        self.accounts
            .get(id)
            .or_else(|| case.prior_account(id))
            .map(|account| vec![account.agency.clone()])
            .unwrap_or_default()
    }

    /// The agency that holds an evidence item, as the history saw it or else as the case has it.
    fn evidence_agency(&self, case: &Case, id: &EvidenceId) -> Vec<AgencyId> {
        self.evidence
            .get(id)
            .map(|(_, agency)| agency.clone())
            .or_else(|| case.evidence_item(id).map(|item| item.agency.clone()))
            .into_iter()
            .collect()
    }

    fn learn_evidence(&mut self, item: &EvidenceItem) {
        self.evidence.insert(
            item.id.clone(),
            (item.description.trim().to_owned(), item.agency.clone()),
        );
    }

    fn attendee(&self, session: &SessionId, index: usize) -> Option<Attendee> {
        self.sessions
            .get(session)?
            .attendees
            .as_ref()?
            .get(index)
            .cloned()
    }

    fn saved(seen: bool, whole: bool) -> Saved {
        match (seen, whole) {
            (true, _) => Saved::Changed,
            (false, true) => Saved::Added,
            (false, false) => Saved::Unknown,
        }
    }

    /// What `edit` needs recalled, from what the history saw before it. `whole`: the history
    /// goes back to the case's beginning.
    fn recall(&self, case: &Case, edit: &CaseEdit, whole: bool) -> Recalled {
        let mut recalled = Recalled::default();
        match edit {
            CaseEdit::PutAgency { agency } => {
                recalled.saved = Self::saved(self.agencies.contains_key(&agency.id), whole);
                recalled.name_before = self.agencies.get(&agency.id).cloned();
                recalled.agencies = vec![agency.id.clone()];
            }
            CaseEdit::RemoveAgency { agency } => recalled.agencies = vec![agency.clone()],
            CaseEdit::PutPriorAccount { account } => {
                recalled.saved = Self::saved(self.accounts.contains_key(&account.id), whole);
                recalled.agencies = vec![account.agency.clone()];
            }
            CaseEdit::RemovePriorAccount { account } => {
                recalled.agencies = self.account_agency(case, account);
            }
            CaseEdit::PutQuestion { question } => {
                recalled.saved = Self::saved(self.questions.contains_key(&question.id), whole);
                recalled.agencies = question.served_agencies();
            }
            CaseEdit::RemoveQuestion { question } | CaseEdit::MoveQuestion { question, .. } => {
                recalled.agencies = self.question_agencies(case, question);
            }
            CaseEdit::AddSession { session } => {
                recalled.agencies = session
                    .attendees
                    .iter()
                    .filter_map(|a| a.agency.clone())
                    .collect();
            }
            CaseEdit::RemoveSession { session } => {
                recalled.agencies = self
                    .sessions
                    .get(session)
                    .and_then(|s| s.attendees.as_ref())
                    .into_iter()
                    .flatten()
                    .filter_map(|a| a.agency.clone())
                    .collect();
            }
            CaseEdit::ChangeSession { session, change } => match change {
                SessionChange::AddAttendee { attendee } => {
                    recalled.agencies = attendee.agency.iter().cloned().collect();
                }
                SessionChange::PutAttendee { index, attendee } => {
                    recalled.attendee = self.attendee(session, *index);
                    let before = recalled.attendee.as_ref().and_then(|a| a.agency.clone());
                    recalled.agencies = attendee.agency.iter().cloned().chain(before).collect();
                }
                SessionChange::RemoveAttendee { index } => {
                    recalled.attendee = self.attendee(session, *index);
                    recalled.agencies = recalled
                        .attendee
                        .iter()
                        .filter_map(|a| a.agency.clone())
                        .collect();
                }
                SessionChange::AddQuestion { question }
                | SessionChange::RemoveQuestion { question }
                | SessionChange::MoveQuestion { question, .. } => {
                    recalled.agencies = self.question_agencies(case, question);
                }
                SessionChange::Date { .. }
                | SessionChange::Place { .. }
                | SessionChange::Location { .. }
                | SessionChange::Language { .. }
                | SessionChange::Duration { .. }
                | SessionChange::AddBreak { .. }
                | SessionChange::RemoveBreak { .. }
                | SessionChange::SupportPersonDeclined { .. }
                | SessionChange::NeedsRecording { .. }
                | SessionChange::MedicalExamination { .. }
                | SessionChange::Photographs { .. }
                | SessionChange::ObserversOutside { .. }
                | SessionChange::QuestionBreak { .. }
                | SessionChange::BriefNamesAccounts { .. } => {}
            },
            CaseEdit::RecordHeldSession { record } | CaseEdit::CorrectHeldSession { record } => {
                let present = record.present.iter().filter_map(|a| a.agency.clone());
                let asking = record
                    .added_at_break
                    .iter()
                    .flat_map(|added| added.question.served_agencies());
                recalled.agencies = present.chain(asking).collect();
            }
            CaseEdit::CarryOver { questions, .. } => {
                recalled.agencies = questions
                    .iter()
                    .flat_map(|question| self.question_agencies(case, question))
                    .collect();
            }
            CaseEdit::RecordQuestionRequest { request } => {
                recalled.agencies = vec![request.agency.clone()];
            }
            CaseEdit::MergeReturn { merge } => recalled.agencies = vec![merge.agency.clone()],
            CaseEdit::PutEvidence { item } => {
                recalled.saved = Self::saved(self.evidence.contains_key(&item.id), whole);
                recalled.agencies = self.evidence_agency(case, &item.id);
                recalled.agencies.insert(0, item.agency.clone());
            }
            CaseEdit::RemoveEvidence { item } | CaseEdit::MoveEvidence { item, .. } => {
                recalled.agencies = self.evidence_agency(case, item);
            }
            CaseEdit::RecordConsent { event } => {
                if let ConsentPurpose::ShareRecord { agency } = &event.purpose {
                    recalled.agencies = vec![agency.clone()];
                }
            }
            CaseEdit::AcceptSuggestion { suggestion } => {
                if let Suggestion::Reword { question, .. } = suggestion {
                    recalled.name_before = self.questions.get(question).map(|q| q.text.clone());
                }
                recalled.agencies = self.suggestion_agencies(case, suggestion);
            }
            CaseEdit::UndoSuggestion { position } => {
                recalled.suggestion = self.accepted.get(*position).cloned().flatten();
                if let Some(suggestion) = &recalled.suggestion {
                    recalled.agencies = self.suggestion_agencies(case, suggestion);
                }
            }
            CaseEdit::RenameCase { .. }
            | CaseEdit::MarkFictional { .. }
            | CaseEdit::SetLanguage { .. }
            | CaseEdit::SetInterpreterNeeded { .. }
            | CaseEdit::SetAgeGroup { .. }
            | CaseEdit::SetSupportPerson { .. }
            | CaseEdit::SetAccommodations { .. }
            | CaseEdit::AddTopic { .. }
            | CaseEdit::AttachReferral { .. }
            | CaseEdit::MoveReferral { .. }
            | CaseEdit::AddEvidenceGuidance { .. } => {}
        }
        recalled.agencies.dedup();
        recalled
    }

    /// The agencies whose questions (or records) a suggestion changes.
    fn suggestion_agencies(&self, case: &Case, suggestion: &Suggestion) -> Vec<AgencyId> {
        let mut agencies = Vec::new();
        let mut add = |more: Vec<AgencyId>| {
            for agency in more {
                if !agencies.contains(&agency) {
                    agencies.push(agency);
                }
            }
        };
        match suggestion {
            Suggestion::Merge { keep, merged } => {
                for id in std::iter::once(keep).chain(merged) {
                    add(self.question_agencies(case, id));
                }
            }
            Suggestion::MarkAnsweredByRecord { question, record } => {
                add(self.question_agencies(case, question));
                add(self.account_agency(case, record));
            }
            Suggestion::RequestShareConsent {
                question,
                record,
                agencies: sharing,
            } => {
                add(self.question_agencies(case, question));
                add(self.account_agency(case, record));
                add(sharing.clone());
            }
            Suggestion::Reword { question, .. } => add(self.question_agencies(case, question)),
            Suggestion::RequestEvidence { item } => add(vec![item.agency.clone()]),
        }
        agencies
    }

    /// Takes in what `edit` saved.
    fn learn(&mut self, edit: &CaseEdit) {
        match edit {
            CaseEdit::PutAgency { agency } => {
                self.agencies.insert(agency.id.clone(), agency.name.clone());
            }
            CaseEdit::PutPriorAccount { account } => {
                self.accounts.insert(account.id.clone(), account.clone());
            }
            CaseEdit::PutQuestion { question } => self.learn_question(question),
            CaseEdit::MergeReturn { merge } => {
                for change in &merge.changes {
                    if let MergedChange::Add { question } | MergedChange::Change { question } =
                        change
                    {
                        self.learn_question(question);
                    }
                }
            }
            CaseEdit::AddSession { session } => {
                self.sessions.insert(
                    session.id.clone(),
                    SeenSession {
                        date: Some(session.date),
                        attendees: Some(session.attendees.clone()),
                    },
                );
            }
            CaseEdit::ChangeSession { session, change } => {
                let seen = self.sessions.entry(session.clone()).or_insert(SeenSession {
                    date: None,
                    attendees: None,
                });
                match change {
                    SessionChange::Date { date } => seen.date = Some(*date),
                    SessionChange::AddAttendee { attendee } => {
                        if let Some(list) = &mut seen.attendees {
                            list.push(attendee.clone());
                        }
                    }
                    SessionChange::PutAttendee { index, attendee } => {
                        if let Some(slot) = seen.attendees.as_mut().and_then(|l| l.get_mut(*index))
                        {
                            *slot = attendee.clone();
                        }
                    }
                    SessionChange::RemoveAttendee { index } => {
                        if let Some(list) = &mut seen.attendees {
                            if *index < list.len() {
                                list.remove(*index);
                            } else {
                                seen.attendees = None;
                            }
                        }
                    }
                    SessionChange::Place { .. }
                    | SessionChange::Location { .. }
                    | SessionChange::Language { .. }
                    | SessionChange::Duration { .. }
                    | SessionChange::AddBreak { .. }
                    | SessionChange::RemoveBreak { .. }
                    | SessionChange::SupportPersonDeclined { .. }
                    | SessionChange::NeedsRecording { .. }
                    | SessionChange::MedicalExamination { .. }
                    | SessionChange::Photographs { .. }
                    | SessionChange::ObserversOutside { .. }
                    | SessionChange::QuestionBreak { .. }
                    | SessionChange::BriefNamesAccounts { .. }
                    | SessionChange::AddQuestion { .. }
                    | SessionChange::RemoveQuestion { .. }
                    | SessionChange::MoveQuestion { .. } => {}
                }
            }
            CaseEdit::AttachReferral { referral } => {
                self.services
                    .insert(referral.id.clone(), referral.service.name.clone());
            }
            CaseEdit::AcceptSuggestion { suggestion } => {
                match suggestion {
                    Suggestion::Reword { question, text } => {
                        if let Some(seen) = self.questions.get_mut(question) {
                            seen.text = text.clone();
                        }
                    }
                    Suggestion::Merge { keep, merged } => {
                        let credited: Vec<AgencyId> = merged
                            .iter()
                            .filter_map(|id| self.questions.get(id))
                            .flat_map(|q| q.agencies.clone())
                            .collect();
                        if let Some(kept) = self.questions.get_mut(keep) {
                            for agency in credited {
                                if !kept.agencies.contains(&agency) {
                                    kept.agencies.push(agency);
                                }
                            }
                        }
                    }
                    Suggestion::RequestEvidence { item } => self.learn_evidence(item),
                    Suggestion::MarkAnsweredByRecord { .. }
                    | Suggestion::RequestShareConsent { .. } => {}
                }
                self.accepted.push(Some(suggestion.clone()));
            }
            CaseEdit::UndoSuggestion { position } => {
                if *position < self.accepted.len() {
                    self.accepted.remove(*position);
                }
            }
            CaseEdit::PutEvidence { item } => self.learn_evidence(item),
            CaseEdit::RenameCase { .. }
            | CaseEdit::MarkFictional { .. }
            | CaseEdit::SetLanguage { .. }
            | CaseEdit::SetInterpreterNeeded { .. }
            | CaseEdit::SetAgeGroup { .. }
            | CaseEdit::SetSupportPerson { .. }
            | CaseEdit::SetAccommodations { .. }
            | CaseEdit::RemoveAgency { .. }
            | CaseEdit::AddTopic { .. }
            | CaseEdit::RemovePriorAccount { .. }
            | CaseEdit::RemoveQuestion { .. }
            | CaseEdit::MoveQuestion { .. }
            | CaseEdit::RemoveSession { .. }
            | CaseEdit::RecordConsent { .. }
            | CaseEdit::MoveReferral { .. }
            | CaseEdit::RecordHeldSession { .. }
            | CaseEdit::CorrectHeldSession { .. }
            | CaseEdit::CarryOver { .. }
            | CaseEdit::RecordQuestionRequest { .. }
            | CaseEdit::RemoveEvidence { .. }
            | CaseEdit::MoveEvidence { .. }
            | CaseEdit::AddEvidenceGuidance { .. } => {}
        }
    }

    /// Takes in a question put in the case as a form puts it (a merged change does too).
    fn learn_question(&mut self, question: &Question) {
        let agencies = match self.questions.get(&question.id) {
            // Credits come from accepted suggestions, which a form leaves as they are.
            Some(seen) => {
                let mut agencies = vec![question.agency.clone()];
                agencies.extend(seen.agencies.iter().skip(1).cloned());
                agencies
            }
            None => question.served_agencies(),
        };
        self.questions.insert(
            question.id.clone(),
            SeenQuestion {
                text: question.text.clone(),
                agencies,
            },
        );
    }
}

/// The edits of a case's history, oldest first.
fn edits(case: &Case) -> impl Iterator<Item = &CaseEdit> {
    case.history.iter().filter_map(|entry| match &**entry {
        HistoryEntry::Edited { edit, .. } => Some(&**edit),
        HistoryEntry::Begins { .. } => None,
    })
}

/// Whether the case held things before its history began: it was saved by a version of Tell
/// Once that kept no history, so an edit of something no entry made changed what was there.
fn older_than_history(case: &Case) -> bool {
    matches!(
        case.history.first().map(|entry| &**entry),
        Some(HistoryEntry::Begins { migrated: true, .. })
    )
}

/// The history of one case read once: each entry's kind and what it recalls, and what the
/// history saw last of every thing, to name what the case no longer holds.
#[derive(Debug, Default)]
struct HistoryIndex {
    /// One per entry of the case's history, in its order: `None` for where it begins.
    entries: Vec<Option<(ChangeKind, Recalled)>>,
    memory: Memory,
    /// The history goes back to the case's beginning (see [`older_than_history`]).
    whole: bool,
}

impl HistoryIndex {
    fn of(case: &Case) -> Self {
        let whole = !older_than_history(case);
        // Suggestions accepted before the history began are first in the case's list: as many
        // as the list holds now, less those the history accepted, plus those it undid.
        let edits = || edits(case);
        let accepted = edits()
            .filter(|e| matches!(e, CaseEdit::AcceptSuggestion { .. }))
            .count();
        let undone = edits()
            .filter(|e| matches!(e, CaseEdit::UndoSuggestion { .. }))
            .count();
        let mut memory = Memory {
            accepted: vec![None; (case.accepted.len() + undone).saturating_sub(accepted)],
            ..Memory::default()
        };
        let entries = case
            .history
            .iter()
            .map(|entry| match &**entry {
                HistoryEntry::Begins { .. } => None,
                HistoryEntry::Edited { edit, .. } => {
                    let recalled = memory.recall(case, edit, whole);
                    memory.learn(edit);
                    Some((ChangeKind::of(edit), recalled))
                }
            })
            .collect();
        Self {
            entries,
            memory,
            whole,
        }
    }

    /// Whether the entry at `at` passes the filters. Where the history begins is no change of
    /// any kind or agency: it is shown with every change only.
    fn shows(&self, at: usize, kind: Option<ChangeKind>, agency: Option<&AgencyId>) -> bool {
        match self.entries.get(at) {
            Some(Some((entry_kind, recalled))) => {
                kind.is_none_or(|kind| kind == *entry_kind)
                    && agency.is_none_or(|agency| recalled.agencies.contains(agency))
            }
            Some(None) => kind.is_none() && agency.is_none(),
            None => false,
        }
    }

    /// The positions in the history of the entries that pass the filters, newest first.
    fn shown(&self, kind: Option<ChangeKind>, agency: Option<&AgencyId>) -> Vec<usize> {
        (0..self.entries.len())
            .rev()
            .filter(|&at| self.shows(at, kind, agency))
            .collect()
    }

    /// Whether the entry at `at` is a change (not where the history begins).
    fn is_change(&self, at: usize) -> bool {
        matches!(self.entries.get(at), Some(Some(_)))
    }
}

// ----- Describing a change -----

/// Names the case's things as the case has them now, or as the history last saw them.
struct Names<'a> {
    t: &'a Translator,
    case: &'a Case,
    memory: &'a Memory,
}

impl Names<'_> {
    fn quoted(&self, text: &str) -> String {
        self.t
            .tr_with("history-quoted", &[("text", text.to_owned().into())])
    }

    fn agency(&self, id: &AgencyId) -> String {
        if self.case.agency(id).is_some() {
            agency_name(self.t, self.case, id)
        } else {
            self.memory
                .agencies
                .get(id)
                .cloned()
                .unwrap_or_else(|| self.t.tr("history-agency-gone"))
        }
    }

    fn agencies(&self, ids: &[AgencyId]) -> String {
        ids.iter()
            .map(|id| self.agency(id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A question's words in quotation marks.
    fn question(&self, id: &QuestionId) -> String {
        match (self.case.question(id), self.memory.questions.get(id)) {
            (Some(question), _) => self.quoted(&question.text),
            (None, Some(seen)) => self.quoted(&seen.text),
            (None, None) => self.t.tr("history-question-gone"),
        }
    }

    /// The agency that raised a question.
    fn question_agency(&self, id: &QuestionId) -> String {
        let agency = match (self.case.question(id), self.memory.questions.get(id)) {
            (Some(question), _) => Some(&question.agency),
            (None, Some(seen)) => seen.agencies.first(),
            (None, None) => None,
        };
        agency.map_or_else(|| self.t.tr("history-agency-gone"), |id| self.agency(id))
    }

    fn account(&self, id: &PriorAccountId) -> String {
        if self.case.prior_account(id).is_some() {
            prior_account_name(self.t, self.case, id)
        } else if let Some(account) = self.memory.accounts.get(id) {
            prior_account_label(self.t, self.case, account)
        } else {
            self.t.tr("history-account-gone")
        }
    }

    fn session(&self, id: &SessionId) -> String {
        if self.case.session(id).is_some() {
            return session_name(self.t, self.case, id);
        }
        match self.memory.sessions.get(id).and_then(|s| s.date) {
            Some(date) => self.t.tr_with(
                "history-session-gone-dated",
                &[("date", date_time(date, self.t.locale()).into())],
            ),
            None => self.t.tr("history-session-gone"),
        }
    }

    /// The date a session is (or was last seen) planned for.
    fn session_date(&self, id: &SessionId) -> Option<Timestamp> {
        self.case
            .session(id)
            .map(|s| s.date)
            .or_else(|| self.memory.sessions.get(id).and_then(|s| s.date))
    }

    fn service(&self, id: &ReferralId) -> String {
        self.case
            .referrals
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.service.name.clone())
            .or_else(|| self.memory.services.get(id).cloned())
            .unwrap_or_else(|| self.t.tr("history-service-gone"))
    }

    /// An evidence item's description in quotation marks.
    fn evidence(&self, id: &EvidenceId) -> String {
        match (self.case.evidence_item(id), self.memory.evidence.get(id)) {
            (Some(item), _) => self.quoted(item.description.trim()),
            (None, Some((description, _))) => self.quoted(description),
            (None, None) => self.t.tr("history-evidence-gone"),
        }
    }

    /// A person in the interview room: their name (if typed yet), role and agency.
    fn attendee(&self, attendee: &Attendee) -> String {
        let t = self.t;
        let role = attendee_role_name(t, attendee.role);
        let details = match &attendee.agency {
            Some(agency) => t.tr_with(
                "history-attendee-details",
                &[
                    ("role", role.into()),
                    ("agency", self.agency(agency).into()),
                ],
            ),
            None => role,
        };
        if attendee.name.trim().is_empty() {
            t.tr_with("history-attendee-unnamed", &[("details", details.into())])
        } else {
            t.tr_with(
                "history-attendee",
                &[
                    ("name", attendee.name.trim().to_owned().into()),
                    ("details", details.into()),
                ],
            )
        }
    }
}

fn direction_value(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

/// Who decided, for the consent messages: for a minor, the survivor's own decision is the child's.
fn party_value(party: ConsentParty, age_group: AgeGroup) -> &'static str {
    match (party, age_group) {
        (ConsentParty::Guardian, _) => "guardian",
        (ConsentParty::Survivor, AgeGroup::Minor) => "child",
        (ConsentParty::Survivor, AgeGroup::Adult) => "survivor",
    }
}

/// What an edit did, in plain words in the interface language. `recalled` is what the history
/// knew just before it.
fn describe_edit(names: &Names, recalled: &Recalled, edit: &CaseEdit) -> String {
    let t = names.t;
    let case = names.case;
    match edit {
        CaseEdit::RenameCase { code } => {
            t.tr_with("history-rename-case", &[("code", code.clone().into())])
        }
        CaseEdit::MarkFictional { fictional } => {
            if *fictional {
                t.tr("history-mark-fictional")
            } else {
                t.tr("history-mark-real")
            }
        }
        CaseEdit::SetLanguage { language } => {
            if language.0.trim().is_empty() {
                t.tr("history-language-cleared")
            } else {
                t.tr_with(
                    "history-language",
                    &[("language", language_names::shown(t, language).into())],
                )
            }
        }
        CaseEdit::SetInterpreterNeeded { needed } => {
            if *needed {
                t.tr("history-interpreter-needed")
            } else {
                t.tr("history-interpreter-not-needed")
            }
        }
        CaseEdit::SetAgeGroup { age_group } => t.tr_with(
            "history-age-group",
            &[("age", age_group_name(t, *age_group).into())],
        ),
        CaseEdit::SetSupportPerson { support_person } => {
            match support_person.as_deref().map(str::trim) {
                Some(person) if !person.is_empty() => t.tr_with(
                    "history-support-person",
                    &[("person", person.to_owned().into())],
                ),
                _ => t.tr("history-support-person-cleared"),
            }
        }
        CaseEdit::SetAccommodations { accommodations } => {
            if accommodations.is_empty() {
                t.tr("history-accommodations-cleared")
            } else {
                t.tr_with(
                    "history-accommodations",
                    &[("list", accommodations.join("; ").into())],
                )
            }
        }
        CaseEdit::PutAgency { agency } => {
            let current = if case.agency(&agency.id).is_some() {
                agency_name(t, case, &agency.id)
            } else {
                agency.name.clone()
            };
            let renamed = recalled
                .name_before
                .as_ref()
                .filter(|before| **before != agency.name);
            let args = [
                ("agency", current.into()),
                ("name", agency.name.clone().into()),
                ("before", renamed.cloned().unwrap_or_default().into()),
                ("role", agency_role_name(t, agency.role).into()),
            ];
            match (recalled.saved, renamed) {
                (Saved::Added, _) => t.tr_with("history-agency-added", &args),
                (Saved::Changed, Some(_)) => t.tr_with("history-agency-renamed", &args),
                (Saved::Changed, None) => t.tr_with("history-agency-role", &args),
                (Saved::Unknown, _) => t.tr_with("history-agency-saved", &args),
            }
        }
        CaseEdit::RemoveAgency { agency } => {
            let known = case.agency(agency).is_some() || names.memory.agencies.contains_key(agency);
            if known {
                t.tr_with(
                    "history-agency-removed",
                    &[("agency", names.agency(agency).into())],
                )
            } else {
                t.tr("history-agency-removed-unknown")
            }
        }
        CaseEdit::AddTopic { topic } => t.tr_with(
            "history-topic-added",
            &[("topic", topic_name(t, &topic.id).into())],
        ),
        CaseEdit::PutPriorAccount { account } => {
            let label = if case.prior_account(&account.id).is_some() {
                prior_account_name(t, case, &account.id)
            } else {
                prior_account_label(t, case, account)
            };
            let args = [("account", label.into())];
            match recalled.saved {
                Saved::Added => t.tr_with("history-account-added", &args),
                Saved::Changed => t.tr_with("history-account-changed", &args),
                Saved::Unknown => t.tr_with("history-account-saved", &args),
            }
        }
        CaseEdit::RemovePriorAccount { account } => {
            let known = case.prior_account(account).is_some()
                || names.memory.accounts.contains_key(account);
            if known {
                t.tr_with(
                    "history-account-removed",
                    &[("account", names.account(account).into())],
                )
            } else {
                t.tr("history-account-removed-unknown")
            }
        }
        CaseEdit::PutQuestion { question } => {
            let words = match case.question(&question.id) {
                Some(current) => names.quoted(&current.text),
                None => names.quoted(&question.text),
            };
            let args = [
                ("question", words.into()),
                ("agency", names.agency(&question.agency).into()),
            ];
            match recalled.saved {
                Saved::Added => t.tr_with("history-question-added", &args),
                Saved::Changed => t.tr_with("history-question-changed", &args),
                Saved::Unknown => t.tr_with("history-question-saved", &args),
            }
        }
        CaseEdit::RemoveQuestion { question } => {
            let known =
                case.question(question).is_some() || names.memory.questions.contains_key(question);
            if known {
                t.tr_with(
                    "history-question-removed",
                    &[
                        ("question", names.question(question).into()),
                        ("agency", names.question_agency(question).into()),
                    ],
                )
            } else {
                t.tr("history-question-removed-unknown")
            }
        }
        CaseEdit::MoveQuestion {
            question,
            direction,
        } => t.tr_with(
            "history-question-moved",
            &[
                ("direction", direction_value(*direction).into()),
                ("question", names.question(question).into()),
                ("agency", names.question_agency(question).into()),
            ],
        ),
        CaseEdit::AddSession { session } => {
            if case.session(&session.id).is_some() {
                t.tr_with(
                    "history-session-added",
                    &[("session", session_name(t, case, &session.id).into())],
                )
            } else {
                t.tr_with(
                    "history-session-added-gone",
                    &[("date", date_time(session.date, t.locale()).into())],
                )
            }
        }
        CaseEdit::RemoveSession { session } => match names.session_date(session) {
            Some(date) => t.tr_with(
                "history-session-removed",
                &[("date", date_time(date, t.locale()).into())],
            ),
            None => t.tr("history-session-removed-unknown"),
        },
        CaseEdit::ChangeSession { session, change } => {
            let name = names.session(session);
            // A yes-or-no setting of the session: one message for each answer.
            let switch = |on: bool, yes: &str, no: &str| {
                t.tr_with(
                    if on { yes } else { no },
                    &[("session", name.clone().into())],
                )
            };
            match change {
                SessionChange::Date { date } => t.tr_with(
                    "history-session-date",
                    &[
                        ("date", date_time(*date, t.locale()).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::Place { place } => {
                    if place.trim().is_empty() {
                        t.tr_with("history-session-place-cleared", &[("session", name.into())])
                    } else {
                        t.tr_with(
                            "history-session-place",
                            &[
                                ("place", place.trim().to_owned().into()),
                                ("session", name.into()),
                            ],
                        )
                    }
                }
                SessionChange::Location { location } => t.tr_with(
                    "history-session-location",
                    &[
                        ("location", location_name(t, *location).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::Language { language } => t.tr_with(
                    "history-session-language",
                    &[
                        ("language", language_names::shown(t, language).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::Duration { minutes } => t.tr_with(
                    "history-session-duration",
                    &[("minutes", (*minutes).into()), ("session", name.into())],
                ),
                SessionChange::AddBreak { minute } => t.tr_with(
                    "history-session-break-added",
                    &[("minute", (*minute).into()), ("session", name.into())],
                ),
                SessionChange::RemoveBreak { minute } => t.tr_with(
                    "history-session-break-removed",
                    &[("minute", (*minute).into()), ("session", name.into())],
                ),
                SessionChange::AddAttendee { attendee } => t.tr_with(
                    "history-session-attendee-added",
                    &[
                        ("attendee", names.attendee(attendee).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::PutAttendee { index, attendee } => match &recalled.attendee {
                    Some(before) => t.tr_with(
                        "history-session-attendee-changed",
                        &[
                            ("before", names.attendee(before).into()),
                            ("attendee", names.attendee(attendee).into()),
                            ("session", name.into()),
                        ],
                    ),
                    None => t.tr_with(
                        "history-session-attendee-changed-unknown",
                        &[
                            ("number", (index + 1).into()),
                            ("attendee", names.attendee(attendee).into()),
                            ("session", name.into()),
                        ],
                    ),
                },
                SessionChange::RemoveAttendee { index } => match &recalled.attendee {
                    Some(before) => t.tr_with(
                        "history-session-attendee-removed",
                        &[
                            ("attendee", names.attendee(before).into()),
                            ("session", name.into()),
                        ],
                    ),
                    None => t.tr_with(
                        "history-session-attendee-removed-unknown",
                        &[("number", (index + 1).into()), ("session", name.into())],
                    ),
                },
                SessionChange::SupportPersonDeclined { declined } => switch(
                    *declined,
                    "history-session-support-declined",
                    "history-session-support-not-declined",
                ),
                SessionChange::NeedsRecording { needed } => switch(
                    *needed,
                    "history-session-recording",
                    "history-session-no-recording",
                ),
                SessionChange::MedicalExamination { planned } => switch(
                    *planned,
                    "history-session-medical",
                    "history-session-no-medical",
                ),
                SessionChange::Photographs { planned } => switch(
                    *planned,
                    "history-session-photographs",
                    "history-session-no-photographs",
                ),
                SessionChange::ObserversOutside { outside } => switch(
                    *outside,
                    "history-session-observers-outside",
                    "history-session-observers-inside",
                ),
                SessionChange::QuestionBreak { planned } => switch(
                    *planned,
                    "history-session-question-break",
                    "history-session-no-question-break",
                ),
                SessionChange::BriefNamesAccounts { names } => switch(
                    *names,
                    "history-session-brief-names-accounts",
                    "history-session-brief-blind",
                ),
                SessionChange::AddQuestion { question } => t.tr_with(
                    "history-session-question-added",
                    &[
                        ("question", names.question(question).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::RemoveQuestion { question } => t.tr_with(
                    "history-session-question-removed",
                    &[
                        ("question", names.question(question).into()),
                        ("session", name.into()),
                    ],
                ),
                SessionChange::MoveQuestion {
                    question,
                    direction,
                } => t.tr_with(
                    "history-session-question-moved",
                    &[
                        ("direction", direction_value(*direction).into()),
                        ("question", names.question(question).into()),
                        ("session", name.into()),
                    ],
                ),
            }
        }
        CaseEdit::RecordConsent { event } => {
            let args = [
                (
                    "party",
                    party_value(event.party, case.profile.age_group).into(),
                ),
                ("purpose", purpose_name(t, case, &event.purpose).into()),
            ];
            let decision = match event.decision {
                Decision::Given => t.tr_with("history-consent-given", &args),
                Decision::Declined => t.tr_with("history-consent-declined", &args),
                Decision::Withdrawn => t.tr_with("history-consent-withdrawn", &args),
            };
            match &event.corrects {
                Some(_) => t.tr_with(
                    "history-consent-correction",
                    &[("decision", decision.into())],
                ),
                None => decision,
            }
        }
        CaseEdit::RecordHeldSession { record } => t.tr_with(
            "history-held-recorded",
            &[("session", names.session(&record.session).into())],
        ),
        CaseEdit::CorrectHeldSession { record } => t.tr_with(
            "history-held-corrected",
            &[("session", names.session(&record.session).into())],
        ),
        CaseEdit::CarryOver {
            from,
            to,
            questions,
        } => t.tr_with(
            "history-carried-over",
            &[
                ("count", questions.len().into()),
                ("from", names.session(from).into()),
                ("to", names.session(to).into()),
            ],
        ),
        CaseEdit::RecordQuestionRequest { request } => t.tr_with(
            "history-question-request",
            &[
                ("agency", names.agency(&request.agency).into()),
                ("due", date(request.due, t.locale()).into()),
            ],
        ),
        CaseEdit::MergeReturn { merge } => {
            let changes: Vec<String> = merge
                .changes
                .iter()
                .map(|change| match change {
                    MergedChange::Add { question } => t.tr_with(
                        "history-merge-added",
                        &[("question", names.quoted(&question.text).into())],
                    ),
                    MergedChange::Change { question } => t.tr_with(
                        "history-merge-changed",
                        &[("question", names.quoted(&question.text).into())],
                    ),
                    MergedChange::Withdraw { question } => t.tr_with(
                        "history-merge-withdrawn",
                        &[("question", names.question(question).into())],
                    ),
                })
                .collect();
            let args = [
                ("agency", names.agency(&merge.agency).into()),
                ("number", merge.sequence.into()),
                ("changes", changes.join("; ").into()),
            ];
            if changes.is_empty() {
                t.tr_with("history-merge-return-nothing", &args)
            } else {
                t.tr_with("history-merge-return", &args)
            }
        }
        CaseEdit::AttachReferral { referral } => t.tr_with(
            "history-referral-attached",
            &[("service", referral.service.name.clone().into())],
        ),
        CaseEdit::MoveReferral { referral, to, .. } => {
            let args = [("service", names.service(referral).into())];
            match to {
                ReferralStatus::Suggested => t.tr_with("history-referral-suggested", &args),
                ReferralStatus::Offered => t.tr_with("history-referral-offered", &args),
                ReferralStatus::Accepted => t.tr_with("history-referral-accepted", &args),
                ReferralStatus::Declined => t.tr_with("history-referral-declined", &args),
                ReferralStatus::Referred => t.tr_with("history-referral-referred", &args),
                ReferralStatus::Confirmed => t.tr_with("history-referral-confirmed", &args),
            }
        }
        CaseEdit::AcceptSuggestion { suggestion } => match suggestion {
            Suggestion::Merge { keep, merged } => t.tr_with(
                "history-suggestion-merge",
                &[
                    ("keep", names.question(keep).into()),
                    ("count", merged.len().into()),
                ],
            ),
            Suggestion::MarkAnsweredByRecord { question, record } => t.tr_with(
                "history-suggestion-answered-by-record",
                &[
                    ("question", names.question(question).into()),
                    ("record", names.account(record).into()),
                ],
            ),
            Suggestion::RequestShareConsent {
                question,
                record,
                agencies,
            } => t.tr_with(
                "history-suggestion-share-consent",
                &[
                    ("question", names.question(question).into()),
                    ("agencies", names.agencies(agencies).into()),
                    ("record", names.account(record).into()),
                ],
            ),
            Suggestion::RequestEvidence { item } => t.tr_with(
                "history-suggestion-request-evidence",
                &[
                    ("evidence", names.quoted(item.description.trim()).into()),
                    ("agency", names.agency(&item.agency).into()),
                ],
            ),
            Suggestion::Reword { question, text } => {
                // Named by its words before the rewording: after it, they are `text`.
                let before = recalled
                    .name_before
                    .as_deref()
                    .map_or_else(|| names.question(question), |words| names.quoted(words));
                t.tr_with(
                    "history-suggestion-reword",
                    &[("question", before.into()), ("text", text.clone().into())],
                )
            }
        },
        CaseEdit::UndoSuggestion { .. } => match &recalled.suggestion {
            Some(Suggestion::Merge { keep, .. }) => t.tr_with(
                "history-undo-merge",
                &[("keep", names.question(keep).into())],
            ),
            Some(Suggestion::MarkAnsweredByRecord { question, .. }) => t.tr_with(
                "history-undo-answered-by-record",
                &[("question", names.question(question).into())],
            ),
            Some(Suggestion::RequestShareConsent { question, .. }) => t.tr_with(
                "history-undo-share-consent",
                &[("question", names.question(question).into())],
            ),
            Some(Suggestion::Reword { question, .. }) => t.tr_with(
                "history-undo-reword",
                &[("question", names.question(question).into())],
            ),
            Some(Suggestion::RequestEvidence { item }) => t.tr_with(
                "history-undo-request-evidence",
                &[("evidence", names.quoted(item.description.trim()).into())],
            ),
            None => t.tr("history-undo-unknown"),
        },
        CaseEdit::PutEvidence { item } => {
            let args = [
                ("evidence", names.evidence(&item.id).into()),
                ("kind", evidence_kind_name(t, item.kind).into()),
                ("agency", names.agency(&item.agency).into()),
            ];
            match recalled.saved {
                Saved::Added => t.tr_with("history-evidence-added", &args),
                Saved::Changed => t.tr_with("history-evidence-changed", &args),
                Saved::Unknown => t.tr_with("history-evidence-saved", &args),
            }
        }
        CaseEdit::RemoveEvidence { item } => {
            let known =
                case.evidence_item(item).is_some() || names.memory.evidence.contains_key(item);
            if known {
                t.tr_with(
                    "history-evidence-removed",
                    &[("evidence", names.evidence(item).into())],
                )
            } else {
                t.tr("history-evidence-removed-unknown")
            }
        }
        CaseEdit::MoveEvidence { item, to } => {
            let evidence = ("evidence", names.evidence(item).into());
            match to {
                EvidenceStatus::ToRequest => t.tr_with("history-evidence-to-request", &[evidence]),
                EvidenceStatus::Requested { at } => t.tr_with(
                    "history-evidence-requested",
                    &[evidence, ("date", date(*at, t.locale()).into())],
                ),
                EvidenceStatus::Obtained { at, .. } => t.tr_with(
                    "history-evidence-obtained",
                    &[evidence, ("date", date(*at, t.locale()).into())],
                ),
                EvidenceStatus::NotObtainable { why, .. } => t.tr_with(
                    "history-evidence-not-obtainable",
                    &[evidence, ("why", why.trim().to_owned().into())],
                ),
            }
        }
        CaseEdit::AddEvidenceGuidance { guidance } => t.tr_with(
            "history-evidence-guidance-added",
            &[
                ("kind", evidence_kind_name(t, guidance.kind).into()),
                ("topic", topic_name(t, &guidance.topic).into()),
            ],
        ),
    }
}

/// What the entry at `at` of the case's history did; `None` for where the history begins.
fn describe(t: &Translator, case: &Case, index: &HistoryIndex, at: usize) -> Option<String> {
    let (Some(HistoryEntry::Edited { edit, .. }), Some(Some((_, recalled)))) = (
        case.history.get(at).map(|entry| &**entry),
        index.entries.get(at),
    ) else {
        return None;
    };
    let names = Names {
        t,
        case,
        memory: &index.memory,
    };
    Some(describe_edit(&names, recalled, edit))
}

/// Who made a change: the author name set for the vault, the trainee in practice mode, or a
/// plain note that no name was set.
fn author(t: &Translator, case: &Case, by: &str) -> String {
    if !by.trim().is_empty() {
        t.tr_with("history-by", &[("name", by.trim().to_owned().into())])
    } else if is_practice_case_id(&case.id) {
        t.tr("history-by-trainee")
    } else {
        t.tr("history-by-unnamed")
    }
}

/// The id of an entry's article, by its position in the case's history.
fn entry_id(at: usize) -> String {
    format!("history-entry-{at}")
}

fn focus_element(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The case's history, newest first, a page at a time, with filters.
#[component]
pub fn HistorySection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let index = use_memo(SameCase(Some(case.clone())), |SameCase(case)| {
        case.as_deref().map(HistoryIndex::of).unwrap_or_default()
    });
    let kind = use_state(|| None::<ChangeKind>);
    let agency = use_state(|| None::<AgencyId>);
    let listed = use_state(|| PAGE);
    // The entry to focus once older changes are listed: the first of them.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                focus_element(&id);
            }
        });
    }

    // A filter on an agency the case no longer has shows everything.
    let agency_filter = (*agency).clone().filter(|id| case.agency(id).is_some());
    let shown = index.shown(*kind, agency_filter.as_ref());
    let total = (0..index.entries.len())
        .filter(|&at| index.is_change(at))
        .count();
    let matching = shown.iter().filter(|&&at| index.is_change(at)).count();
    let page = &shown[..shown.len().min(*listed)];
    let listed_changes = page.iter().filter(|&&at| index.is_change(at)).count();
    let filtered = kind.is_some() || agency_filter.is_some();

    let on_kind = {
        let (kind, listed) = (kind.clone(), listed.clone());
        Callback::from(move |e: Event| {
            kind.set(ChangeKind::from_value(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ));
            listed.set(PAGE);
        })
    };
    let on_agency = {
        let (agency, listed) = (agency.clone(), listed.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            agency.set((!value.is_empty()).then(|| AgencyId::new(value)));
            listed.set(PAGE);
        })
    };
    let on_older = {
        let listed = listed.clone();
        let first_older = shown.get(*listed).map(|&at| entry_id(at));
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = first_older.clone();
            listed.set(*listed + PAGE);
        })
    };

    let mut count = if filtered {
        t.tr_with(
            "history-count",
            &[("matching", matching.into()), ("total", total.into())],
        )
    } else {
        t.tr_with("history-count-all", &[("total", total.into())])
    };
    if listed_changes < matching {
        count = t.tr_with(
            "history-count-listed",
            &[("count", count.into()), ("listed", listed_changes.into())],
        );
    }

    let entries = page.iter().map(|&at| match &*case.history[at] {
        HistoryEntry::Begins { at: began, .. } => html! {
            <li key={at} class="case-row history-entry">
                <article id={entry_id(at)} tabindex="-1">
                    <h3>{ t.tr("history-begins") }</h3>
                    if let Some(began) = began {
                        <p class="hint">{ date_time(*began, t.locale()) }</p>
                    }
                    if !index.whole {
                        <p class="hint">{ t.tr("history-begins-earlier") }</p>
                    }
                </article>
            </li>
        },
        HistoryEntry::Edited { at: when, by, .. } => html! {
            <li key={at} class="case-row history-entry">
                <article id={entry_id(at)} tabindex="-1">
                    <h3>{ describe(&t, &case, &index, at).unwrap_or_default() }</h3>
                    <p class="hint">
                        { date_time(*when, t.locale()) }
                        { " · " }
                        { author(&t, &case, by) }
                    </p>
                </article>
            </li>
        },
    });

    html! {
        <SectionPanel section={WorkspaceSection::History} class="history" intro="history-intro" edits=false>
            <fieldset class="history-filters">
                <legend>{ t.tr("history-filters") }</legend>
                <div class="referrals-search-form">
                    <div>
                        <label for="history-kind">{ t.tr("history-filter-kind") }</label>
                        <select id="history-kind" onchange={on_kind}>
                            <option value="" selected={kind.is_none()}>{ t.tr("history-filter-kind-all") }</option>
                            { for ChangeKind::ALL.into_iter().map(|k| html! {
                                <option value={k.value()} selected={*kind == Some(k)}>{ k.name(&t) }</option>
                            }) }
                        </select>
                    </div>
                    <div>
                        <label for="history-agency">{ t.tr("history-filter-agency") }</label>
                        <select id="history-agency" onchange={on_agency}
                            aria-describedby="history-agency-hint">
                            <option value="" selected={agency_filter.is_none()}>{ t.tr("history-filter-agency-all") }</option>
                            { for case.agencies.iter().map(|a| html! {
                                <option value={a.id.to_string()} selected={agency_filter.as_ref() == Some(&a.id)}>
                                    { agency_name(&t, &case, &a.id) }
                                </option>
                            }) }
                        </select>
                        <p id="history-agency-hint" class="hint">{ t.tr("history-filter-agency-hint") }</p>
                    </div>
                </div>
            </fieldset>
            <p class="referrals-count" role="status">{ count }</p>
            if total == 0 {
                <p>{ t.tr("history-none") }</p>
            } else if matching == 0 {
                <p>{ t.tr("history-none-match") }</p>
            }
            if !page.is_empty() {
                <ol class="case-list history-list" aria-label={t.tr("history-list")}>
                    { for entries }
                </ol>
            }
            if shown.len() > *listed {
                <button type="button" class="secondary" onclick={on_older}>
                    { t.tr("history-show-older") }
                </button>
            }
        </SectionPanel>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{texts, Locale, TextFile};
    use crate::model::case::{
        AccountForm, Agency, AgencyRole, AttendeeRole, Coverage, LocationKind, MergedReturn,
        PeacePhase, ReplyToken, SentRequest, SessionPlan, TopicCoverage,
    };
    use crate::model::consent::{ConsentEvent, ConsentMethod};
    use crate::model::directory::Service;
    use crate::model::edit::record;
    use crate::model::evidence::{EvidenceGuidance, EvidenceKind};
    use crate::model::held::{
        HeldSession, NotAskedReason, PlannedOutcome, QuestionOutcome, RecordingForm,
    };
    use crate::model::referral::Referral;
    use crate::model::topic::Topic;
    use crate::model::{
        CaseId, ConsentEventId, LanguageTag, QuestionRequestId, ServiceId, TopicId,
    };

    /// Far enough apart that no two edits are merged into one entry.
    const STEP: i64 = 10 * 60_000;
    const START: i64 = 1_772_528_400_000; // 3 March 2026, 09:00 UTC

    fn agency(id: &str, name: &str, role: AgencyRole) -> Agency {
        Agency {
            id: AgencyId::new(id),
            name: name.into(),
            role,
        }
    }

    fn question(id: &str, agency: &str, text: &str) -> Question {
        Question::new(
            QuestionId::new(id),
            AgencyId::new(agency),
            text,
            LanguageTag::new("en"),
            vec![TopicId::new("recruitment")],
            PeacePhase::Account,
        )
    }

    fn account(id: &str, agency: &str, form: AccountForm) -> PriorAccount {
        PriorAccount {
            id: PriorAccountId::new(id),
            agency: AgencyId::new(agency),
            at: Timestamp(START - 30 * 86_400_000),
            form,
            topics: vec![TopicCoverage {
                topic: TopicId::new("recruitment"),
                coverage: Coverage::Detailed,
            }],
            obtainable: true,
        }
    }

    fn consent(id: &str, purpose: ConsentPurpose, at: i64) -> ConsentEvent {
        ConsentEvent {
            id: ConsentEventId::new(id),
            purpose,
            decision: Decision::Given,
            party: ConsentParty::Survivor,
            at: Timestamp(at),
            recorded_by: "Officer Reyes".into(),
            method: ConsentMethod::Spoken,
            language: LanguageTag::new("en"),
            interpreter: None,
            understanding_confirmed: true,
            note: String::new(),
            corrects: None,
        }
    }

    fn service() -> Service {
        Service {
            id: ServiceId::new("svc-1"),
            name: "Safe Haven shelter".into(),
            description: "Emergency housing".into(),
            organization: None,
            categories: Vec::new(),
            languages: Vec::new(),
            phones: Vec::new(),
            email: None,
            url: None,
            hours: Vec::new(),
            eligibility: None,
        }
    }

    fn change(session: &str, change: SessionChange) -> CaseEdit {
        CaseEdit::ChangeSession {
            session: SessionId::new(session),
            change,
        }
    }

    /// Every edit a case can record, each with words its description must contain: how the
    /// thing it names is called.
    fn every_edit() -> Vec<(CaseEdit, &'static str)> {
        let s1 = SessionPlan::new(
            SessionId::new("s1"),
            Timestamp(START + 7 * 86_400_000),
            LocationKind::NeutralRoom,
            LanguageTag::new("en"),
            120,
        );
        let s2 = SessionPlan::new(
            SessionId::new("s2"),
            Timestamp(START + 14 * 86_400_000),
            LocationKind::NgoPremises,
            LanguageTag::new("en"),
            60,
        );
        let interpreter = Attendee {
            name: "Ana Petrescu".into(),
            agency: Some(AgencyId::new("police")),
            role: AttendeeRole::Interpreter,
        };
        let mut later_consent = consent("c2", ConsentPurpose::Recording, START + 40 * STEP);
        later_consent.decision = Decision::Declined;
        later_consent.corrects = Some(ConsentEventId::new("c1"));
        // A session held after everything above, whose one question was not reached.
        let mut s3 = SessionPlan::new(
            SessionId::new("s3"),
            Timestamp(START + 21 * 86_400_000),
            LocationKind::NgoPremises,
            LanguageTag::new("en"),
            60,
        );
        s3.attendees = vec![Attendee {
            name: "Ana Petrescu".into(),
            agency: Some(AgencyId::new("police")),
            role: AttendeeRole::LeadInterviewer,
        }];
        s3.questions = vec![QuestionId::new("q6")];
        let held = HeldSession {
            session: SessionId::new("s3"),
            account: PriorAccountId::new("a-held"),
            started: s3.date,
            ended: Timestamp(s3.date.0 + 50 * 60_000),
            present: s3.attendees.clone(),
            breaks: Vec::new(),
            recording: RecordingForm::NotesOnly,
            stopped_by_survivor: None,
            outcomes: vec![PlannedOutcome {
                question: QuestionId::new("q6"),
                outcome: QuestionOutcome::NotAsked {
                    reason: NotAskedReason::OutOfTime,
                },
            }],
            added_at_break: Vec::new(),
            topics: Vec::new(),
            note: String::new(),
        };
        let mut corrected = held.clone();
        corrected.note = "The survivor asked to stop early.".into();
        let advert = question("q7", "ngo", "How did you find the advert?");
        let mut reworded = question("q2", "police", "Who paid for the journey?");
        reworded.priority = crate::model::case::Priority::High;
        vec![
            (
                CaseEdit::RenameCase {
                    code: "TO-2026-777".into(),
                },
                "TO-2026-777",
            ),
            (CaseEdit::MarkFictional { fictional: true }, "fictional"),
            (CaseEdit::MarkFictional { fictional: false }, "fictional"),
            (
                CaseEdit::SetLanguage {
                    language: LanguageTag::new("ro"),
                },
                // Natively there is no browser to name it ("Romanian"): the tag stands, with its note.
                "“ro (not a language this browser knows; kept as written)”",
            ),
            (
                CaseEdit::SetInterpreterNeeded { needed: true },
                "interpreter",
            ),
            (
                CaseEdit::SetSupportPerson {
                    support_person: Some("NGO caseworker".into()),
                },
                "NGO caseworker",
            ),
            (
                CaseEdit::SetAccommodations {
                    accommodations: vec!["Short sessions".into()],
                },
                "Short sessions",
            ),
            (
                CaseEdit::PutAgency {
                    agency: agency("police", "Marrowby Police", AgencyRole::Police),
                },
                "Marrowby Police",
            ),
            (
                CaseEdit::PutAgency {
                    agency: agency("ngo", "Harbour Trust", AgencyRole::Ngo),
                },
                "Harbour Trust",
            ),
            (
                CaseEdit::PutAgency {
                    agency: agency("labour", "Labour office", AgencyRole::LabourInspectorate),
                },
                "Labour office",
            ),
            (
                CaseEdit::PutAgency {
                    agency: agency("labour", "Labour office", AgencyRole::Other),
                },
                "Other",
            ),
            (
                CaseEdit::PutAgency {
                    agency: agency("police", "Marrowby Police Service", AgencyRole::Police),
                },
                "“Marrowby Police” to “Marrowby Police Service”",
            ),
            (
                CaseEdit::AddTopic {
                    topic: Topic {
                        id: TopicId::new("forced-begging"),
                        description: "Being made to beg".into(),
                        sensitive: false,
                    },
                },
                "forced-begging",
            ),
            (
                CaseEdit::PutPriorAccount {
                    account: account("a1", "police", AccountForm::VideoRecorded),
                },
                "Marrowby Police",
            ),
            (
                CaseEdit::PutPriorAccount {
                    account: account("a2", "ngo", AccountForm::Notes),
                },
                "Harbour Trust",
            ),
            (
                CaseEdit::RemovePriorAccount {
                    account: PriorAccountId::new("a2"),
                },
                "Harbour Trust",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q1", "police", "Where did you work?"),
                },
                "Where did you work?",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q2", "police", "Who paid for the journey?"),
                },
                "Who paid for the journey?",
            ),
            (
                CaseEdit::PutQuestion { question: reworded },
                "Marrowby Police",
            ),
            (
                CaseEdit::MoveQuestion {
                    question: QuestionId::new("q2"),
                    direction: Direction::Up,
                },
                "Who paid for the journey?",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q3", "ngo", "What did they promise?"),
                },
                "Harbour Trust",
            ),
            (
                CaseEdit::RemoveQuestion {
                    question: QuestionId::new("q3"),
                },
                "What did they promise?",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q4", "ngo", "How were you recruited?"),
                },
                "How were you recruited?",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q5", "ngo", "Who recruited you?"),
                },
                "Who recruited you?",
            ),
            (
                CaseEdit::PutQuestion {
                    question: question("q6", "police", "Who approached you first?"),
                },
                "Who approached you first?",
            ),
            (CaseEdit::AddSession { session: s1 }, "Session 1"),
            (
                change(
                    "s1",
                    SessionChange::Date {
                        date: Timestamp(START + 8 * 86_400_000),
                    },
                ),
                "2026-03-11",
            ),
            (
                change(
                    "s1",
                    SessionChange::Place {
                        place: "Family room".into(),
                    },
                ),
                "Family room",
            ),
            (
                change(
                    "s1",
                    SessionChange::Location {
                        location: LocationKind::ChildFriendlyRoom,
                    },
                ),
                "Session 1",
            ),
            (
                change(
                    "s1",
                    SessionChange::Language {
                        language: LanguageTag::new("ro"),
                    },
                ),
                "Session 1",
            ),
            (
                change("s1", SessionChange::Duration { minutes: 90 }),
                "90 minutes",
            ),
            (
                change("s1", SessionChange::AddBreak { minute: 45 }),
                "minute 45",
            ),
            (
                change("s1", SessionChange::RemoveBreak { minute: 45 }),
                "minute 45",
            ),
            (
                change(
                    "s1",
                    SessionChange::AddAttendee {
                        attendee: interpreter.clone(),
                    },
                ),
                "Ana Petrescu",
            ),
            (
                change(
                    "s1",
                    SessionChange::PutAttendee {
                        index: 0,
                        attendee: Attendee {
                            name: "Ana Lee".into(),
                            ..interpreter
                        },
                    },
                ),
                "Ana Petrescu",
            ),
            (
                change("s1", SessionChange::RemoveAttendee { index: 0 }),
                "Ana Lee",
            ),
            (
                change(
                    "s1",
                    SessionChange::SupportPersonDeclined { declined: true },
                ),
                "support person",
            ),
            (
                change("s1", SessionChange::NeedsRecording { needed: true }),
                "Recording",
            ),
            (
                change("s1", SessionChange::MedicalExamination { planned: true }),
                "Medical examination",
            ),
            (
                change("s1", SessionChange::Photographs { planned: true }),
                "Photographs",
            ),
            (
                change(
                    "s1",
                    SessionChange::AddQuestion {
                        question: QuestionId::new("q1"),
                    },
                ),
                "Where did you work?",
            ),
            (
                change(
                    "s1",
                    SessionChange::AddQuestion {
                        question: QuestionId::new("q2"),
                    },
                ),
                "Who paid for the journey?",
            ),
            (
                change(
                    "s1",
                    SessionChange::MoveQuestion {
                        question: QuestionId::new("q2"),
                        direction: Direction::Up,
                    },
                ),
                "Session 1",
            ),
            (
                change(
                    "s1",
                    SessionChange::RemoveQuestion {
                        question: QuestionId::new("q1"),
                    },
                ),
                "Where did you work?",
            ),
            (CaseEdit::AddSession { session: s2 }, "2026-03-17"),
            (
                CaseEdit::RemoveSession {
                    session: SessionId::new("s2"),
                },
                "2026-03-17",
            ),
            (
                CaseEdit::SetAgeGroup {
                    age_group: AgeGroup::Minor,
                },
                "Minor",
            ),
            (
                CaseEdit::RecordConsent {
                    event: consent(
                        "c0",
                        ConsentPurpose::ShareRecord {
                            agency: AgencyId::new("ngo"),
                        },
                        START + 39 * STEP,
                    ),
                },
                "Harbour Trust",
            ),
            (
                CaseEdit::RecordConsent {
                    event: consent("c1", ConsentPurpose::Recording, START + 39 * STEP),
                },
                "recording",
            ),
            (
                CaseEdit::RecordConsent {
                    event: later_consent,
                },
                "corrects",
            ),
            (
                CaseEdit::AttachReferral {
                    referral: Referral::suggest(ReferralId::new("r1"), service(), Timestamp(START)),
                },
                "Safe Haven shelter",
            ),
            (
                CaseEdit::MoveReferral {
                    referral: ReferralId::new("r1"),
                    to: ReferralStatus::Offered,
                    at: Timestamp(START + 50 * STEP),
                },
                "Safe Haven shelter",
            ),
            (
                CaseEdit::AcceptSuggestion {
                    suggestion: Suggestion::MarkAnsweredByRecord {
                        question: QuestionId::new("q6"),
                        record: PriorAccountId::new("a1"),
                    },
                },
                "Who approached you first?",
            ),
            (
                CaseEdit::AcceptSuggestion {
                    suggestion: Suggestion::RequestShareConsent {
                        question: QuestionId::new("q4"),
                        record: PriorAccountId::new("a1"),
                        agencies: vec![AgencyId::new("labour")],
                    },
                },
                "Labour office",
            ),
            (
                CaseEdit::AcceptSuggestion {
                    suggestion: Suggestion::Merge {
                        keep: QuestionId::new("q1"),
                        merged: vec![QuestionId::new("q5")],
                    },
                },
                "Where did you work?",
            ),
            (
                CaseEdit::AcceptSuggestion {
                    suggestion: Suggestion::Reword {
                        question: QuestionId::new("q2"),
                        text: "Tell me about the journey.".into(),
                    },
                },
                "Who paid for the journey?",
            ),
            (
                CaseEdit::UndoSuggestion { position: 3 },
                "Who paid for the journey?",
            ),
            (
                CaseEdit::UndoSuggestion { position: 2 },
                "Where did you work?",
            ),
            (
                CaseEdit::UndoSuggestion { position: 1 },
                "How were you recruited?",
            ),
            (
                CaseEdit::UndoSuggestion { position: 0 },
                "Who approached you first?",
            ),
            (
                CaseEdit::RemoveAgency {
                    agency: AgencyId::new("labour"),
                },
                "Labour office",
            ),
            (CaseEdit::AddSession { session: s3 }, "2026-03-24"),
            (
                change("s3", SessionChange::ObserversOutside { outside: true }),
                "another room",
            ),
            (
                change("s3", SessionChange::QuestionBreak { planned: true }),
                "Question break",
            ),
            (
                change("s3", SessionChange::BriefNamesAccounts { names: true }),
                "names what earlier accounts said",
            ),
            (
                CaseEdit::RecordHeldSession {
                    record: Box::new(held),
                },
                "as held",
            ),
            (
                CaseEdit::CorrectHeldSession {
                    record: Box::new(corrected),
                },
                "Corrected the record",
            ),
            (
                CaseEdit::CarryOver {
                    from: SessionId::new("s3"),
                    to: SessionId::new("s1"),
                    questions: vec![QuestionId::new("q6")],
                },
                "Carried 1 question",
            ),
            (
                CaseEdit::RecordQuestionRequest {
                    request: Box::new(SentRequest {
                        id: QuestionRequestId::new("r1"),
                        agency: AgencyId::new("ngo"),
                        token: ReplyToken::new("a secret"),
                        sent_at: Timestamp(START + 30 * 86_400_000),
                        due: Timestamp(START + 37 * 86_400_000),
                        agency_questions: Vec::new(),
                        last_merged: 0,
                    }),
                },
                "Sent a question request to Harbour Trust",
            ),
            (
                CaseEdit::MergeReturn {
                    merge: Box::new(MergedReturn {
                        request: QuestionRequestId::new("r1"),
                        agency: AgencyId::new("ngo"),
                        sequence: 1,
                        changes: vec![MergedChange::Add {
                            question: advert.clone(),
                        }],
                        agency_questions: vec![advert],
                    }),
                },
                "From Harbour Trust, return 1: added “How did you find the advert?”",
            ),
            (
                CaseEdit::PutEvidence {
                    item: evidence_item("ev1", "Bank records of the recruiter"),
                },
                // Named as the history last saw it: changed below, then removed.
                "Added the evidence “Bank records of the recruiter's firm” (Financial records), held or to be obtained by Harbour Trust",
            ),
            (
                CaseEdit::PutEvidence {
                    item: evidence_item("ev1", "Bank records of the recruiter's firm"),
                },
                "Changed the evidence “Bank records of the recruiter's firm”",
            ),
            (
                CaseEdit::MoveEvidence {
                    item: EvidenceId::new("ev1"),
                    to: EvidenceStatus::Requested {
                        at: Timestamp(START + 40 * 86_400_000),
                    },
                },
                "as requested on",
            ),
            (
                CaseEdit::MoveEvidence {
                    item: EvidenceId::new("ev1"),
                    to: EvidenceStatus::NotObtainable {
                        at: Timestamp(START + 45 * 86_400_000),
                        why: "The bank closed the account years ago".into(),
                    },
                },
                "as not obtainable: The bank closed the account years ago",
            ),
            (
                CaseEdit::AddEvidenceGuidance {
                    guidance: EvidenceGuidance {
                        topic: TopicId::new("recruitment"),
                        kind: EvidenceKind::DeviceData,
                        guidance: "Location data of the recruiter's phone.".into(),
                    },
                },
                "to the evidence catalogue for",
            ),
            (
                CaseEdit::AcceptSuggestion {
                    suggestion: Suggestion::RequestEvidence {
                        item: evidence_item("ev2", "Messages on the job platform"),
                    },
                },
                "request evidence from Harbour Trust: “Messages on the job platform”",
            ),
            (
                CaseEdit::UndoSuggestion { position: 0 },
                "Undid the evidence request “Messages on the job platform”",
            ),
            (
                CaseEdit::RemoveEvidence {
                    item: EvidenceId::new("ev1"),
                },
                "Removed the evidence “Bank records of the recruiter's firm”",
            ),
        ]
    }

    /// An evidence item on recruitment held by Harbour Trust, to request.
    fn evidence_item(id: &str, description: &str) -> EvidenceItem {
        EvidenceItem {
            id: EvidenceId::new(id),
            kind: EvidenceKind::FinancialRecords,
            description: description.into(),
            topics: vec![TopicId::new("recruitment")],
            agency: AgencyId::new("ngo"),
            status: EvidenceStatus::ToRequest,
        }
    }

    /// The number of a `CaseEdit` variant. Exhaustive: a new variant does not compile until
    /// the test below records one.
    fn variant(edit: &CaseEdit) -> usize {
        match edit {
            CaseEdit::RenameCase { .. } => 0,
            CaseEdit::MarkFictional { .. } => 1,
            CaseEdit::SetLanguage { .. } => 2,
            CaseEdit::SetInterpreterNeeded { .. } => 3,
            CaseEdit::SetAgeGroup { .. } => 4,
            CaseEdit::SetSupportPerson { .. } => 5,
            CaseEdit::SetAccommodations { .. } => 6,
            CaseEdit::PutAgency { .. } => 7,
            CaseEdit::RemoveAgency { .. } => 8,
            CaseEdit::AddTopic { .. } => 9,
            CaseEdit::PutPriorAccount { .. } => 10,
            CaseEdit::RemovePriorAccount { .. } => 11,
            CaseEdit::PutQuestion { .. } => 12,
            CaseEdit::RemoveQuestion { .. } => 13,
            CaseEdit::MoveQuestion { .. } => 14,
            CaseEdit::AddSession { .. } => 15,
            CaseEdit::RemoveSession { .. } => 16,
            CaseEdit::ChangeSession { change, .. } => 17 + session_variant(change),
            CaseEdit::RecordConsent { .. } => 37,
            CaseEdit::AttachReferral { .. } => 38,
            CaseEdit::MoveReferral { .. } => 39,
            CaseEdit::AcceptSuggestion { .. } => 40,
            CaseEdit::UndoSuggestion { .. } => 41,
            CaseEdit::RecordHeldSession { .. } => 42,
            CaseEdit::CorrectHeldSession { .. } => 43,
            CaseEdit::CarryOver { .. } => 44,
            CaseEdit::RecordQuestionRequest { .. } => 45,
            CaseEdit::MergeReturn { .. } => 46,
            CaseEdit::PutEvidence { .. } => 47,
            CaseEdit::RemoveEvidence { .. } => 48,
            CaseEdit::MoveEvidence { .. } => 49,
            CaseEdit::AddEvidenceGuidance { .. } => 50,
        }
    }

    const VARIANTS: usize = 51;

    fn session_variant(change: &SessionChange) -> usize {
        match change {
            SessionChange::Date { .. } => 0,
            SessionChange::Place { .. } => 1,
            SessionChange::Location { .. } => 2,
            SessionChange::Language { .. } => 3,
            SessionChange::Duration { .. } => 4,
            SessionChange::AddBreak { .. } => 5,
            SessionChange::RemoveBreak { .. } => 6,
            SessionChange::AddAttendee { .. } => 7,
            SessionChange::PutAttendee { .. } => 8,
            SessionChange::RemoveAttendee { .. } => 9,
            SessionChange::SupportPersonDeclined { .. } => 10,
            SessionChange::NeedsRecording { .. } => 11,
            SessionChange::MedicalExamination { .. } => 12,
            SessionChange::Photographs { .. } => 13,
            SessionChange::AddQuestion { .. } => 14,
            SessionChange::RemoveQuestion { .. } => 15,
            SessionChange::MoveQuestion { .. } => 16,
            SessionChange::ObserversOutside { .. } => 17,
            SessionChange::QuestionBreak { .. } => 18,
            SessionChange::BriefNamesAccounts { .. } => 19,
        }
    }

    /// A new case whose history goes back to its beginning, with `edits` recorded in order.
    /// Created fictional, since only such a case may take the fictional mark (again).
    fn recorded(edits: impl IntoIterator<Item = CaseEdit>) -> Case {
        let mut case = Case::new(CaseId::new("c-test"), "TO-TEST-1", LanguageTag::new("en"));
        case.fictional = true;
        case.history = vec![HistoryEntry::begins(Some(Timestamp(START))).into()];
        for (i, edit) in edits.into_iter().enumerate() {
            let at = Timestamp(START + (i as i64 + 1) * STEP);
            let shown = format!("{edit:?}");
            record(&mut case, edit, at, "Dana").unwrap_or_else(|e| panic!("{shown}: {e}"));
        }
        case
    }

    /// Every message id of the English interface files.
    fn message_ids() -> Vec<String> {
        TextFile::INTERFACE
            .iter()
            .filter_map(|&file| texts::text("en", file))
            .flat_map(|source| {
                source
                    .lines()
                    .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
                    .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn every_edit_is_described_in_plain_words_naming_what_it_changed() {
        let edits = every_edit();
        let mut covered = [false; VARIANTS];
        for (edit, _) in &edits {
            covered[variant(edit)] = true;
        }
        let missing: Vec<usize> = (0..VARIANTS).filter(|&v| !covered[v]).collect();
        assert!(missing.is_empty(), "no edit of variants {missing:?}");

        let case = recorded(edits.iter().map(|(edit, _)| edit.clone()));
        assert_eq!(case.history.len(), edits.len() + 1, "one entry per edit");
        let index = HistoryIndex::of(&case);
        let t = Translator::new(Locale::En);
        let ids = message_ids();
        assert!(ids.iter().any(|id| id == "history-heading"), "{ids:?}");
        assert_eq!(describe(&t, &case, &index, 0), None, "where it begins");
        for (at, (edit, expected)) in edits.iter().enumerate() {
            let text = describe(&t, &case, &index, at + 1).expect("an edit");
            assert!(!text.trim().is_empty(), "{edit:?}");
            assert!(!text.contains("history-"), "{edit:?}: {text}");
            let leaked: Vec<_> = ids.iter().filter(|id| text.contains(id.as_str())).collect();
            assert!(leaked.is_empty(), "{edit:?}: {text} shows {leaked:?}");
            assert!(
                text.contains(expected),
                "{edit:?}: “{text}” lacks “{expected}”"
            );
        }
    }

    #[test]
    fn a_removed_thing_is_named_as_the_history_last_saw_it_or_plainly() {
        let case = recorded([
            CaseEdit::PutAgency {
                agency: agency("police", "Marrowby Police", AgencyRole::Police),
            },
            CaseEdit::RemoveAgency {
                agency: AgencyId::new("police"),
            },
        ]);
        let t = Translator::new(Locale::En);
        let index = HistoryIndex::of(&case);
        assert_eq!(
            describe(&t, &case, &index, 1).as_deref(),
            Some("Added the agency Marrowby Police (Police)")
        );
        assert_eq!(
            describe(&t, &case, &index, 2).as_deref(),
            Some("Removed the agency Marrowby Police")
        );
        // A case older than its history: the agency was made before it, so nothing names it.
        let mut older = case.clone();
        older.history = vec![
            HistoryEntry::Begins {
                at: None,
                migrated: true,
            }
            .into(),
            older.history[2].clone(),
        ];
        let index = HistoryIndex::of(&older);
        assert_eq!(
            describe(&t, &older, &index, 1).as_deref(),
            Some("Removed an agency whose name is not in the history")
        );
    }

    #[test]
    fn a_case_older_than_its_history_says_so_and_does_not_guess_what_was_added() {
        let t = Translator::new(Locale::En);
        let police = || CaseEdit::PutAgency {
            agency: agency("police", "Marrowby Police", AgencyRole::Police),
        };
        // A new case: its history saw everything in the case being made.
        let mut new = Case::new(CaseId::new("c1"), "TO-1", LanguageTag::new("en"));
        record(&mut new, police(), Timestamp(START), "").expect("recorded");
        let index = HistoryIndex::of(&new);
        assert!(index.whole);
        assert_eq!(
            describe(&t, &new, &index, 1).as_deref(),
            Some("Added the agency Marrowby Police (Police)")
        );
        // A case saved before cases kept a history (migrated): the agency it edits was there
        // before, so the first edit of it saved it rather than added it.
        let mut older = Case::new(CaseId::new("c2"), "TO-2", LanguageTag::new("en"));
        older.agencies = vec![agency("police", "Police", AgencyRole::Police)];
        older.history = vec![HistoryEntry::Begins {
            at: None,
            migrated: true,
        }
        .into()];
        record(&mut older, police(), Timestamp(START), "").expect("recorded");
        let index = HistoryIndex::of(&older);
        assert!(!index.whole);
        assert_eq!(
            describe(&t, &older, &index, 1).as_deref(),
            Some("Saved the agency Marrowby Police (Police)")
        );
    }

    #[test]
    fn the_filters_keep_the_changes_of_a_kind_and_of_an_agency() {
        let case = recorded([
            /* 1 */ CaseEdit::SetInterpreterNeeded { needed: true },
            /* 2 */
            CaseEdit::PutAgency {
                agency: agency("police", "Marrowby Police", AgencyRole::Police),
            },
            /* 3 */
            CaseEdit::PutAgency {
                agency: agency("ngo", "Harbour Trust", AgencyRole::Ngo),
            },
            /* 4 */
            CaseEdit::PutQuestion {
                question: question("q1", "police", "Where did you work?"),
            },
            /* 5 */
            CaseEdit::PutQuestion {
                question: question("q2", "ngo", "Who recruited you?"),
            },
            /* 6 */
            CaseEdit::RemoveQuestion {
                question: QuestionId::new("q1"),
            },
            /* 7 */
            CaseEdit::RecordConsent {
                event: consent(
                    "c1",
                    ConsentPurpose::ShareRecord {
                        agency: AgencyId::new("ngo"),
                    },
                    START,
                ),
            },
            /* 8 */
            CaseEdit::AddSession {
                session: SessionPlan::new(
                    SessionId::new("s1"),
                    Timestamp(START),
                    LocationKind::NeutralRoom,
                    LanguageTag::new("en"),
                    60,
                ),
            },
            /* 9 */
            change(
                "s1",
                SessionChange::AddAttendee {
                    attendee: Attendee {
                        name: "Ana".into(),
                        agency: Some(AgencyId::new("police")),
                        role: AttendeeRole::LeadInterviewer,
                    },
                },
            ),
            /* 10 */ change("s1", SessionChange::RemoveAttendee { index: 0 }),
            /* 11 */
            change(
                "s1",
                SessionChange::AddQuestion {
                    question: QuestionId::new("q2"),
                },
            ),
        ]);
        let index = HistoryIndex::of(&case);
        let (police, ngo) = (AgencyId::new("police"), AgencyId::new("ngo"));
        // Newest first; where the history begins (0) is last, and shown with every change only.
        assert_eq!(index.shown(None, None), (0..=11).rev().collect::<Vec<_>>());
        assert_eq!(index.shown(Some(ChangeKind::Agencies), None), vec![3, 2]);
        assert_eq!(index.shown(Some(ChangeKind::Profile), None), vec![1]);
        assert_eq!(
            index.shown(Some(ChangeKind::Questions), None),
            vec![6, 5, 4]
        );
        assert_eq!(
            index.shown(Some(ChangeKind::Sessions), None),
            vec![11, 10, 9, 8]
        );
        assert_eq!(index.shown(Some(ChangeKind::Consent), None), vec![7]);
        assert!(index.shown(Some(ChangeKind::Referrals), None).is_empty());
        // The police's own change, its question (removed since), its attendee added and removed.
        assert_eq!(index.shown(None, Some(&police)), vec![10, 9, 6, 4, 2]);
        // The NGO's change, its question, consent to share with it, its question put in a session.
        assert_eq!(index.shown(None, Some(&ngo)), vec![11, 7, 5, 3]);
        assert_eq!(
            index.shown(Some(ChangeKind::Questions), Some(&ngo)),
            vec![5]
        );
        assert!((1..=11).all(|at| index.is_change(at)) && !index.is_change(0));
    }

    #[test]
    fn the_author_is_named_or_a_plain_note_says_why_not() {
        let t = Translator::new(Locale::En);
        let case = Case::new(CaseId::new("c1"), "TO-1", LanguageTag::new("en"));
        assert_eq!(author(&t, &case, "Dana"), "By Dana");
        assert_eq!(author(&t, &case, " "), "By: no name set for this vault");
        let practice = Case::new(
            CaseId::new(format!("{}x", crate::model::practice::PRACTICE_ID_PREFIX)),
            "PRACTICE-1",
            LanguageTag::new("en"),
        );
        assert!(is_practice_case_id(&practice.id));
        assert_eq!(author(&t, &practice, ""), "By the trainee");
    }
}
