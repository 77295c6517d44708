//! Rule 3, retelling load: how often the survivor has told each topic and would tell it again.
//!
//! Definitions (a question counts once per distinct topic it names):
//! - `already_told`: prior accounts that cover the topic at all (mentioned, partial or detailed);
//! - `planned_raw`: questions naming the topic, as entered, as if no suggestion had been accepted
//!   (accepting a suggestion never removes a question, it only sets it aside);
//! - `planned_now`: questions naming the topic that are still asked (not set aside).
//!
//! The headline `repeated_questions_avoided` is the number of questions the survivor will no
//! longer be asked because of accepted suggestions: the questions set aside (merged into
//! another question, answered by a record, or waiting for consent to share a record).
//! `topic_askings_avoided` is the same saving counted per topic: the sum over topics of
//! `planned_raw - planned_now`.

use super::finding::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::Case;
use crate::model::TopicId;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The survivor should tell a topic at most this many times in all (already told plus still planned).
pub const RETOLD_LIMIT: usize = 2;

/// The retelling figures of one topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicRetelling {
    pub topic: TopicId,
    pub already_told: usize,
    pub planned_raw: usize,
    pub planned_now: usize,
}

/// The retelling figures of a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetellingLoad {
    /// Topics that were told or are planned: catalogue order first, then other topics as first met.
    pub topics: Vec<TopicRetelling>,
    pub repeated_questions_avoided: usize,
    pub topic_askings_avoided: usize,
}

/// Rule 3: the retelling figures.
pub fn retelling_load(case: &Case) -> RetellingLoad {
    let mut rows: Vec<TopicRetelling> = Vec::new();
    let mut position: HashMap<TopicId, usize> = HashMap::new();
    let mut row_index = |topic: &TopicId, rows: &mut Vec<TopicRetelling>| -> usize {
        if let Some(&i) = position.get(topic) {
            return i;
        }
        rows.push(TopicRetelling {
            topic: topic.clone(),
            already_told: 0,
            planned_raw: 0,
            planned_now: 0,
        });
        position.insert(topic.clone(), rows.len() - 1);
        rows.len() - 1
    };
    for topic in case.topics.topics() {
        row_index(&topic.id, &mut rows);
    }

    for account in &case.prior_accounts {
        let mut topics: Vec<&TopicId> = account.topics.iter().map(|t| &t.topic).collect();
        topics.sort_unstable();
        topics.dedup();
        for topic in topics {
            let i = row_index(topic, &mut rows);
            rows[i].already_told += 1;
        }
    }
    let mut repeated_questions_avoided = 0;
    for question in &case.questions {
        let asked = question.is_asked();
        if !asked {
            repeated_questions_avoided += 1;
        }
        let mut topics: Vec<&TopicId> = question.topics.iter().collect();
        topics.sort_unstable();
        topics.dedup();
        for topic in topics {
            let i = row_index(topic, &mut rows);
            rows[i].planned_raw += 1;
            if asked {
                rows[i].planned_now += 1;
            }
        }
    }
    let topic_askings_avoided = rows.iter().map(|r| r.planned_raw - r.planned_now).sum();
    rows.retain(|r| r.already_told + r.planned_raw > 0);
    RetellingLoad {
        topics: rows,
        repeated_questions_avoided,
        topic_askings_avoided,
    }
}

/// Rule 3 findings: topics the survivor would tell more than [`RETOLD_LIMIT`] times.
pub fn retold_topics(load: &RetellingLoad) -> Vec<Finding> {
    load.topics
        .iter()
        .filter(|row| row.already_told + row.planned_now > RETOLD_LIMIT)
        .map(|row| Finding {
            kind: FindingKind::RetoldTopic,
            severity: Severity::Info,
            concerns: vec![FindingSubject::Topic(row.topic.clone())],
            explanation: format!(
                "The survivor has told \"{}\" {} time(s) already and this plan would ask about it {} more time(s). \
                 Look for questions to merge or answer from a record.",
                row.topic, row.already_told, row.planned_now
            ),
            suggestion: None,
        })
        .collect()
}
