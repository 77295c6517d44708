//! The retelling load achieved: how often the survivor has actually told each topic, against
//! how often the agencies' questions, as they raised them, would have made them tell it.
//!
//! Definitions, per topic (an account or a question counts once per distinct topic it names):
//! - `before`: prior accounts that cover the topic and stand for no held session (told
//!   elsewhere, before or outside this plan);
//! - `in_sessions`: held sessions that told the topic (through the prior account that stands
//!   for each; a held session's account covers what its record says was told);
//! - `raw_questions`: the agencies' questions naming the topic as entered, whatever became of
//!   them (asked, merged, answered from a record, still to ask), and the questions added at
//!   question breaks, each once.
//!
//! The survivor told the topic `before + in_sessions` times; without the planning, they would
//! have told it `before + raw_questions` times (each question asked in its own interview). The
//! headline: "the survivor has told each topic once: `told_once` of `topics_told` topics",
//! over the topics told at least once.

use crate::model::case::Case;
use crate::model::TopicId;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The achieved figures of one topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicTold {
    pub topic: TopicId,
    pub before: usize,
    pub in_sessions: usize,
    pub raw_questions: usize,
}

impl TopicTold {
    /// How many times the survivor has told the topic.
    pub fn told(&self) -> usize {
        self.before + self.in_sessions
    }

    /// How many times the survivor would have told it had each agency asked its own questions.
    pub fn without_planning(&self) -> usize {
        self.before + self.raw_questions
    }
}

/// The achieved figures of a case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AchievedRetelling {
    /// Topics told or asked about: catalogue order first, then other topics as first met.
    pub topics: Vec<TopicTold>,
    /// Topics the survivor has told exactly once.
    pub told_once: usize,
    /// Topics the survivor has told at least once.
    pub topics_told: usize,
}

/// The achieved retelling figures (definitions in the module documentation).
pub fn achieved_retelling(case: &Case) -> AchievedRetelling {
    let mut rows: Vec<TopicTold> = Vec::new();
    let mut position: HashMap<TopicId, usize> = HashMap::new();
    let mut row = |topic: &TopicId, rows: &mut Vec<TopicTold>| -> usize {
        *position.entry(topic.clone()).or_insert_with(|| {
            rows.push(TopicTold {
                topic: topic.clone(),
                before: 0,
                in_sessions: 0,
                raw_questions: 0,
            });
            rows.len() - 1
        })
    };
    for topic in case.topics.topics() {
        row(&topic.id, &mut rows);
    }
    let distinct = |topics: Vec<&TopicId>| -> Vec<TopicId> {
        let mut topics: Vec<TopicId> = topics.into_iter().cloned().collect();
        topics.sort_unstable();
        topics.dedup();
        topics
    };

    for account in &case.prior_accounts {
        let in_session = case.held_session_of_account(&account.id).is_some();
        for topic in distinct(account.topics.iter().map(|t| &t.topic).collect()) {
            let i = row(&topic, &mut rows);
            if in_session {
                rows[i].in_sessions += 1;
            } else {
                rows[i].before += 1;
            }
        }
    }
    // A question added at a question break and carried over is in the case too: count it once.
    let in_case: HashSet<_> = case.questions.iter().map(|q| &q.id).collect();
    let added = case
        .held_sessions
        .iter()
        .flat_map(|held| &held.added_at_break)
        .map(|added| &added.question)
        .filter(|q| !in_case.contains(&q.id));
    for question in case.questions.iter().map(|q| &**q).chain(added) {
        for topic in distinct(question.topics.iter().collect()) {
            let i = row(&topic, &mut rows);
            rows[i].raw_questions += 1;
        }
    }
    rows.retain(|r| r.told() + r.raw_questions > 0);
    AchievedRetelling {
        told_once: rows.iter().filter(|r| r.told() == 1).count(),
        topics_told: rows.iter().filter(|r| r.told() > 0).count(),
        topics: rows,
    }
}
