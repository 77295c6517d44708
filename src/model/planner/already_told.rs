//! Rule 1, already told: a question whose every topic an obtainable prior account covers in detail.
//!
//! If the survivor consented to share that record with every agency the question serves, the
//! team reviews the record instead of asking. If not, the team asks the survivor for that
//! consent instead of asking the question again. Among several records, the best evidence
//! (video first, notes last) wins, then the earliest in the case.
//!
//! Share consent is the status from the consent ledger at the `as_of` time, for the survivor's age
//! group: only informed consent (for a minor: the guardian's and the child's) lets a record answer.

use super::consent_view::ConsentView;
use super::finding::{agency_list, topic_list, Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{Case, Coverage, PriorAccount, Question, SetAside, Suggestion};
use crate::model::consent::{ConsentPurpose, ConsentStatus};
use crate::model::{AgencyId, PriorAccountId, Timestamp, TopicId};
use std::collections::HashMap;

/// Questions with at most this many topics are looked up in the subset index; longer ones scan.
const INDEXED_SUBSET: usize = 3;
/// Records covering more topics than this are not expanded into subsets (they would be too many) but scanned.
const WIDE_RECORD: usize = 12;

type SubsetKey = [u32; INDEXED_SUBSET];

/// Obtainable prior accounts, indexed by every small set of topics they cover in detail,
/// so that a question finds its best record without comparing it with every record.
struct RecordIndex<'a> {
    case: &'a Case,
    topic_numbers: HashMap<&'a TopicId, u32>,
    /// Sorted topic numbers each record covers in detail (empty for records not obtainable).
    detailed: Vec<Vec<u32>>,
    best: HashMap<SubsetKey, usize>,
    best_held: HashMap<(SubsetKey, &'a AgencyId), usize>,
    wide: Vec<usize>,
    by_topic: HashMap<u32, Vec<usize>>,
}

fn subset_key(topics: &[u32]) -> SubsetKey {
    let mut key = [u32::MAX; INDEXED_SUBSET];
    key[..topics.len()].copy_from_slice(topics);
    key
}

/// Every non-empty subset of `topics` (sorted) with at most [`INDEXED_SUBSET`] members.
fn small_subsets(topics: &[u32]) -> Vec<SubsetKey> {
    let n = topics.len();
    let mut keys = Vec::new();
    for a in 0..n {
        keys.push(subset_key(&[topics[a]]));
        for b in a + 1..n {
            keys.push(subset_key(&[topics[a], topics[b]]));
            for c in b + 1..n {
                keys.push(subset_key(&[topics[a], topics[b], topics[c]]));
            }
        }
    }
    keys
}

impl<'a> RecordIndex<'a> {
    fn new(case: &'a Case) -> Self {
        let mut topic_numbers: HashMap<&TopicId, u32> = HashMap::new();
        let mut detailed = Vec::with_capacity(case.prior_accounts.len());
        for account in &case.prior_accounts {
            let mut numbers: Vec<u32> = if account.obtainable {
                account
                    .topics
                    .iter()
                    .filter(|entry| entry.coverage == Coverage::Detailed)
                    .map(|entry| {
                        let next = topic_numbers.len() as u32;
                        *topic_numbers.entry(&entry.topic).or_insert(next)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            numbers.sort_unstable();
            numbers.dedup();
            detailed.push(numbers);
        }
        let mut index = Self {
            case,
            topic_numbers,
            detailed,
            best: HashMap::new(),
            best_held: HashMap::new(),
            wide: Vec::new(),
            by_topic: HashMap::new(),
        };
        for (i, account) in case.prior_accounts.iter().enumerate() {
            let topics = std::mem::take(&mut index.detailed[i]);
            for &topic in &topics {
                index.by_topic.entry(topic).or_default().push(i);
            }
            if topics.len() > WIDE_RECORD {
                index.wide.push(i);
            } else if !topics.is_empty() {
                for key in small_subsets(&topics) {
                    index.offer(key, i, &account.agency);
                }
            }
            index.detailed[i] = topics;
        }
        index
    }

    fn rank(&self, i: usize) -> (u8, usize) {
        (self.case.prior_accounts[i].form.evidence_rank(), i)
    }

    fn better(&self, a: Option<usize>, b: usize) -> usize {
        match a {
            Some(a) if self.rank(a) <= self.rank(b) => a,
            _ => b,
        }
    }

    fn offer(&mut self, key: SubsetKey, i: usize, holder: &'a AgencyId) {
        let best = self.better(self.best.get(&key).copied(), i);
        self.best.insert(key, best);
        let held = self.better(self.best_held.get(&(key, holder)).copied(), i);
        self.best_held.insert((key, holder), held);
    }

    /// The question's topics as sorted numbers; `None` if a topic is covered by no record.
    fn numbers_of(&self, question: &Question) -> Option<Vec<u32>> {
        let mut numbers = question
            .topics
            .iter()
            .map(|topic| self.topic_numbers.get(topic).copied())
            .collect::<Option<Vec<u32>>>()?;
        numbers.sort_unstable();
        numbers.dedup();
        (!numbers.is_empty()).then_some(numbers)
    }

    fn covers(&self, i: usize, topics: &[u32]) -> bool {
        topics
            .iter()
            .all(|t| self.detailed[i].binary_search(t).is_ok())
    }

    /// The best record covering every topic, held by `holder` if given.
    fn best_covering(&self, topics: &[u32], holder: Option<&AgencyId>) -> Option<usize> {
        let held_by = |i: &usize| holder.is_none_or(|h| &self.case.prior_accounts[*i].agency == h);
        let scan = |candidates: &[usize], found: Option<usize>| {
            candidates
                .iter()
                .filter(|i| held_by(i) && self.covers(**i, topics))
                .fold(found, |found, &i| Some(self.better(found, i)))
        };
        if topics.len() <= INDEXED_SUBSET {
            let key = subset_key(topics);
            let found = match holder {
                None => self.best.get(&key).copied(),
                Some(h) => self.best_held.get(&(key, h)).copied(),
            };
            scan(&self.wide, found)
        } else {
            let rarest = topics
                .iter()
                .filter_map(|t| self.by_topic.get(t))
                .min_by_key(|records| records.len())?;
            scan(rarest, None)
        }
    }
}

/// The agencies that need the survivor's consent to read a record held by `holder`.
fn needing_consent(served: &[AgencyId], holder: &AgencyId) -> Vec<AgencyId> {
    served.iter().filter(|a| *a != holder).cloned().collect()
}

/// Rule 1 over every question still asked, and over questions set aside awaiting share consent,
/// with share consent read as of `as_of`.
pub fn already_told(case: &Case, as_of: Timestamp) -> Vec<Finding> {
    let index = RecordIndex::new(case);
    let consent = ConsentView::of(case, as_of);
    let mut findings = Vec::new();
    for question in &case.questions {
        match &question.set_aside {
            None => findings.extend(open_question(&index, &consent, question)),
            Some(SetAside::AwaitingShareConsent { record, agencies }) => {
                findings.extend(awaiting_question(&consent, question, record, agencies))
            }
            Some(_) => {}
        }
    }
    findings
}

fn open_question(
    index: &RecordIndex<'_>,
    consent: &ConsentView<'_>,
    question: &Question,
) -> Option<Finding> {
    let topics = index.numbers_of(question)?;
    let best = index.best_covering(&topics, None)?;
    let served = question.served_agencies();
    let complete = |i: usize| {
        needing_consent(&served, &index.case.prior_accounts[i].agency)
            .iter()
            .all(|a| consent.share_given(a))
    };
    let chosen = if complete(best) {
        Some(best)
    } else {
        // Only a record held by a served agency needs fewer consents than the best one.
        served
            .iter()
            .filter_map(|a| index.best_covering(&topics, Some(a)))
            .filter(|&i| complete(i))
            .min_by_key(|&i| index.rank(i))
    };
    Some(match chosen {
        Some(i) => told_finding(question, &index.case.prior_accounts[i]),
        None => {
            let record = &index.case.prior_accounts[best];
            let missing: Vec<(AgencyId, ConsentStatus)> = needing_consent(&served, &record.agency)
                .into_iter()
                .map(|a| {
                    let status = consent.share_status(&a);
                    (a, status)
                })
                .filter(|(_, status)| !status.is_given())
                .collect();
            consent_missing_finding(question, record, missing)
        }
    })
}

fn told_finding(question: &Question, record: &PriorAccount) -> Finding {
    Finding {
        kind: FindingKind::AlreadyTold,
        severity: Severity::Warning,
        concerns: vec![
            FindingSubject::Question(question.id.clone()),
            FindingSubject::PriorAccount(record.id.clone()),
        ],
        explanation: format!(
            "Question {} asks about {}, which the survivor already told in detail in prior account {} held by {}. \
             The record can be obtained and may be shared with {}: review the record instead of asking again.",
            question.id,
            topic_list(&question.topics),
            record.id,
            record.agency,
            agency_list(&question.served_agencies()),
        ),
        suggestion: Some(Suggestion::MarkAnsweredByRecord {
            question: question.id.clone(),
            record: record.id.clone(),
        }),
    }
}

/// Each agency with where its share consent stands, e.g. `ngo (declined)`.
fn agency_statuses(agencies: &[(AgencyId, ConsentStatus)]) -> String {
    agencies
        .iter()
        .map(|(agency, status)| format!("{agency} ({status})"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn consent_missing_finding(
    question: &Question,
    record: &PriorAccount,
    missing: Vec<(AgencyId, ConsentStatus)>,
) -> Finding {
    let mut concerns = vec![
        FindingSubject::Question(question.id.clone()),
        FindingSubject::PriorAccount(record.id.clone()),
    ];
    concerns.extend(missing.iter().map(|(agency, _)| {
        FindingSubject::ConsentPurpose(ConsentPurpose::ShareRecord {
            agency: agency.clone(),
        })
    }));
    Finding {
        kind: FindingKind::ConsentToShareMissing,
        severity: Severity::Warning,
        concerns,
        explanation: format!(
            "Question {} asks about {}, which the survivor already told in detail in prior account {} held by {}, \
             but has not agreed to share that record with {}. Ask the survivor about sharing the record instead of \
             asking the question again.",
            question.id,
            topic_list(&question.topics),
            record.id,
            record.agency,
            agency_statuses(&missing),
        ),
        suggestion: Some(Suggestion::RequestShareConsent {
            question: question.id.clone(),
            record: record.id.clone(),
            agencies: missing.into_iter().map(|(agency, _)| agency).collect(),
        }),
    }
}

/// A question set aside until the survivor decides on sharing: once every agency's consent is
/// given it can be answered from the record; a refusal or withdrawal by anyone ends the wait.
/// Any other status (missing, not understood, a minor's half decision) is still waiting.
fn awaiting_question(
    consent: &ConsentView<'_>,
    question: &Question,
    record: &PriorAccountId,
    agencies: &[AgencyId],
) -> Option<Finding> {
    let statuses: Vec<(AgencyId, ConsentStatus)> = agencies
        .iter()
        .map(|a| (a.clone(), consent.share_status(a)))
        .collect();
    let concerns = vec![
        FindingSubject::Question(question.id.clone()),
        FindingSubject::PriorAccount(record.clone()),
    ];
    if statuses.iter().all(|(_, status)| status.is_given()) {
        return Some(Finding {
            kind: FindingKind::ShareConsentGiven,
            severity: Severity::Info,
            concerns,
            explanation: format!(
                "The survivor agreed to share prior account {record} with {}: question {} can be answered from the record.",
                agency_list(agencies),
                question.id
            ),
            suggestion: Some(Suggestion::MarkAnsweredByRecord {
                question: question.id.clone(),
                record: record.clone(),
            }),
        });
    }
    let refused = statuses
        .iter()
        .any(|(_, status)| matches!(status, ConsentStatus::Declined | ConsentStatus::Withdrawn));
    refused.then(|| Finding {
        kind: FindingKind::ShareConsentRefused,
        severity: Severity::Warning,
        concerns,
        explanation: format!(
            "The survivor did not agree to share prior account {record} with {}. Question {} was set aside waiting \
             for that consent: undo that step to ask it in the interview, or do without it.",
            agency_statuses(&statuses),
            question.id
        ),
        suggestion: None,
    })
}
