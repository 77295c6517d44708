//! Rule 8, corroboration: the case's evidence read against the topics the plan asks about.
//!
//! - A topic that a question still to ask is about, and that no evidence requested or obtained
//!   covers, rests on the survivor's word alone: an information finding on the topic, suggesting
//!   a request for the kind of evidence the catalogue names first for it, for the agency that
//!   asks about it (police, then prosecutor, first). [`request_options`] gives one such request
//!   for every kind the catalogue names.
//! - A question whose every topic is covered by evidence obtained: an information finding that
//!   suggests asking only what the evidence cannot show. It carries no suggestion: the question
//!   stays as it is, and the team narrows it in its own words.
//! - A request still open more than [`EVIDENCE_REMINDER_DAYS`] days after it was made, at the
//!   time passed in: a reminder.
//!
//! The rule never sets a question aside or removes one.

use super::finding::{topic_list, Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{AgencyRole, Case, Suggestion};
use crate::model::evidence::of_case::{corroboration_of, guidance_for, kinds_for, new_evidence_id};
use crate::model::evidence::{Corroboration, EvidenceItem, EvidenceKind, EvidenceStatus};
use crate::model::{AgencyId, EvidenceId, Timestamp, TopicId};
use serde::{Deserialize, Serialize};

/// How long a request may stay open before the planner reminds the team of it.
pub const EVIDENCE_REMINDER_DAYS: i64 = 30;

const DAY_MS: i64 = 86_400_000;

/// The case summary line: "N of M topics in the plan can be corroborated by evidence obtained".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorroborationSummary {
    /// Topics that questions still to ask are about (M).
    pub topics_planned: usize,
    /// Of those, topics covered by evidence requested or obtained: not on the word alone.
    pub topics_requested: usize,
    /// Of those, topics covered by evidence obtained (N).
    pub topics_corroborated: usize,
}

/// The topics that questions still to ask in `case` are about, in catalogue order (topics not
/// in the catalogue last, in question order).
pub fn planned_topics(case: &Case) -> Vec<TopicId> {
    let mut asked: Vec<&TopicId> = Vec::new();
    for question in case.questions.iter().filter(|q| q.is_asked()) {
        for topic in &question.topics {
            if !asked.contains(&topic) {
                asked.push(topic);
            }
        }
    }
    let mut planned: Vec<TopicId> = case
        .topics
        .topics()
        .filter(|topic| asked.contains(&&topic.id))
        .map(|topic| topic.id.clone())
        .collect();
    for topic in asked {
        if !planned.contains(topic) {
            planned.push(topic.clone());
        }
    }
    planned
}

/// The summary of `case` (read as the rules plan it: [`still_to_plan`](super::still_to_plan)).
pub fn corroboration_summary(case: &Case) -> CorroborationSummary {
    let mut summary = CorroborationSummary::default();
    for topic in planned_topics(case) {
        summary.topics_planned += 1;
        match corroboration_of(case, &topic) {
            Corroboration::Obtained => {
                summary.topics_requested += 1;
                summary.topics_corroborated += 1;
            }
            Corroboration::Requested => summary.topics_requested += 1,
            Corroboration::None | Corroboration::ToRequest => {}
        }
    }
    summary
}

/// The agency a request for evidence on `topic` is made for: of the agencies whose questions
/// still to ask are about it, the first police agency, else the first prosecutor, else the first.
pub fn requesting_agency(case: &Case, topic: &TopicId) -> Option<AgencyId> {
    let asking: Vec<AgencyId> = case
        .questions
        .iter()
        .filter(|q| q.is_asked() && q.topics.contains(topic))
        .flat_map(|q| q.served_agencies())
        .collect();
    let with_role = |role: AgencyRole| {
        asking
            .iter()
            .find(|id| case.agency(id).is_some_and(|a| a.role == role))
    };
    with_role(AgencyRole::Police)
        .or_else(|| with_role(AgencyRole::Prosecutor))
        .or_else(|| asking.iter().find(|id| case.agency(id).is_some()))
        .cloned()
}

/// A request for evidence of `kind` on `topic`, held by `agency`, asked for at `at`: described by
/// the catalogue's line for it.
pub fn evidence_request(
    case: &Case,
    topic: &TopicId,
    kind: EvidenceKind,
    agency: AgencyId,
    at: Timestamp,
) -> EvidenceItem {
    let description = guidance_for(case, topic)
        .into_iter()
        .find(|line| line.kind == kind)
        .map(|line| line.guidance.clone())
        .unwrap_or_else(|| format!("{} on {topic}", kind.name()));
    EvidenceItem {
        id: new_evidence_id(case, topic, kind),
        kind,
        description,
        topics: vec![topic.clone()],
        agency,
        status: EvidenceStatus::Requested { at },
    }
}

/// One suggestion per kind of evidence the catalogue names for `topic` ("other" when it names
/// none), each a request made at `as_of` for the agency that asks about the topic; none when no
/// agency of the case asks about it. The first is the one the finding carries.
pub fn request_options(case: &Case, topic: &TopicId, as_of: Timestamp) -> Vec<Suggestion> {
    let Some(agency) = requesting_agency(case, topic) else {
        return Vec::new();
    };
    let mut kinds = kinds_for(case, topic);
    if kinds.is_empty() {
        kinds.push(EvidenceKind::Other);
    }
    kinds
        .into_iter()
        .map(|kind| Suggestion::RequestEvidence {
            item: evidence_request(case, topic, kind, agency.clone(), as_of),
        })
        .collect()
}

/// The same suggestion with its evidence request dated `at` instead (for a caller that knows
/// the time the team accepts it); any other suggestion as it is.
pub fn dated_request(suggestion: &Suggestion, at: Timestamp) -> Suggestion {
    match suggestion {
        Suggestion::RequestEvidence { item } => Suggestion::RequestEvidence {
            item: EvidenceItem {
                status: EvidenceStatus::Requested { at },
                ..item.clone()
            },
        },
        other => other.clone(),
    }
}

/// Rule 8 over `case` at `as_of` (see the module documentation).
pub fn corroboration(case: &Case, as_of: Timestamp) -> Vec<Finding> {
    let mut findings = Vec::new();
    for topic in planned_topics(case) {
        if corroboration_of(case, &topic) >= Corroboration::Requested {
            continue;
        }
        let kinds = kinds_for(case, &topic);
        let names: Vec<&str> = kinds.iter().map(|kind| kind.name()).collect();
        findings.push(Finding {
            kind: FindingKind::WordAlone,
            severity: Severity::Info,
            concerns: vec![FindingSubject::Topic(topic.clone())],
            explanation: format!(
                "topic {topic} rests on the survivor's word alone: no evidence requested or obtained covers it; evidence that can corroborate it: {}",
                if names.is_empty() { "none in the catalogue yet".to_owned() } else { names.join("; ") }
            ),
            suggestion: request_options(case, &topic, as_of).into_iter().next(),
        });
    }
    for question in case.questions.iter().filter(|q| q.is_asked()) {
        if question.topics.is_empty() {
            continue;
        }
        let mut covering: Vec<&EvidenceId> = Vec::new();
        let all_covered = question.topics.iter().all(|topic| {
            let obtained: Vec<&EvidenceId> = case
                .evidence
                .iter()
                .filter(|item| item.status.is_obtained() && item.covers(topic))
                .map(|item| &item.id)
                .collect();
            for id in &obtained {
                if !covering.contains(id) {
                    covering.push(id);
                }
            }
            !obtained.is_empty()
        });
        if !all_covered {
            continue;
        }
        let mut concerns = vec![FindingSubject::Question(question.id.clone())];
        concerns.extend(
            covering
                .iter()
                .map(|id| FindingSubject::Evidence((*id).clone())),
        );
        findings.push(Finding {
            kind: FindingKind::CoveredByEvidence,
            severity: Severity::Info,
            concerns,
            explanation: format!(
                "evidence obtained covers every topic of question {} ({}): ask only what it cannot show, such as a confirmation or the survivor's own experience; the question stays in the plan",
                question.id,
                topic_list(&question.topics)
            ),
            suggestion: None,
        });
    }
    for item in &case.evidence {
        let EvidenceStatus::Requested { at } = item.status else {
            continue;
        };
        let open = as_of.0.saturating_sub(at.0);
        if open > EVIDENCE_REMINDER_DAYS * DAY_MS {
            let days = open / DAY_MS;
            findings.push(Finding {
                kind: FindingKind::EvidenceOverdue,
                severity: Severity::Warning,
                concerns: vec![
                    FindingSubject::Evidence(item.id.clone()),
                    FindingSubject::Agency(item.agency.clone()),
                ],
                explanation: format!(
                    "evidence {} was requested from {} {days} days ago and is not in yet: ask again, or say it cannot be obtained",
                    item.id, item.agency
                ),
                suggestion: None,
            });
        }
    }
    findings
}
