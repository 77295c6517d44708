//! Rule 2, duplicates: agencies asking about the same topics in near-identical words.
//!
//! Questions still asked are grouped by their exact topic set; within a group, wordings are
//! compared by the Jaccard index of their content words (see [`super::similarity`]). To avoid
//! comparing every pair, a prefix filter (the "all pairs" method) only compares wordings that
//! share one of their rarest words: two sets with Jaccard index t or more must share a word
//! among the first |x| - ceil(t|x|) + 1 words of each, in a common rarest-first order.
//! Near-identical questions are joined transitively; a group spanning at least two agencies
//! becomes one finding with a merge keeping the highest-priority question (earliest on a tie).

use super::finding::{agency_list, Finding, FindingKind, FindingSubject, Severity};
use super::similarity::{for_each_content_word, near_identical_ratio, DUPLICATE_THRESHOLD};
use crate::model::case::{Case, Suggestion};
use crate::model::{AgencyId, TopicId};
use std::collections::HashMap;

/// Union-find over question positions.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            // The smaller position becomes the root, so groups come out in case order.
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

/// Prefix length for the prefix filter at the duplicate threshold.
fn prefix_len(size: usize) -> usize {
    let (num, den) = DUPLICATE_THRESHOLD;
    let needed = (num * size).div_ceil(den);
    size - needed + 1
}

/// Rule 2 over every question still asked.
pub fn duplicates(case: &Case) -> Vec<Finding> {
    let questions = &case.questions;
    // Content words as numbers, each wording's numbers sorted rarest first.
    let mut word_numbers: HashMap<String, u32> = HashMap::new();
    let mut wordings: Vec<Vec<u32>> = Vec::with_capacity(questions.len());
    for question in questions {
        let mut numbers: Vec<u32> = Vec::new();
        if question.is_asked() {
            for_each_content_word(&question.text, |word| {
                // Look up before inserting, so that only new words are copied.
                let number = match word_numbers.get(word) {
                    Some(&n) => n,
                    None => {
                        let n = word_numbers.len() as u32;
                        word_numbers.insert(word.to_owned(), n);
                        n
                    }
                };
                numbers.push(number);
            });
            numbers.sort_unstable();
            numbers.dedup();
        }
        wordings.push(numbers);
    }
    let mut frequency = vec![0u32; word_numbers.len()];
    for numbers in &wordings {
        for &w in numbers {
            frequency[w as usize] += 1;
        }
    }
    for numbers in &mut wordings {
        numbers.sort_unstable_by_key(|&w| (frequency[w as usize], w));
    }

    // Buckets of identical topic sets, then identical wordings within them.
    let mut buckets: HashMap<Vec<&TopicId>, HashMap<Vec<u32>, Vec<usize>>> = HashMap::new();
    for (i, question) in questions.iter().enumerate() {
        if wordings[i].is_empty() {
            continue;
        }
        let mut topics: Vec<&TopicId> = question.topics.iter().collect();
        topics.sort_unstable();
        topics.dedup();
        let mut identity = wordings[i].clone();
        identity.sort_unstable();
        buckets
            .entry(topics)
            .or_default()
            .entry(identity)
            .or_default()
            .push(i);
    }

    let mut groups = Groups::new(questions.len());
    for wordings_in_bucket in buckets.values() {
        // One representative per distinct wording; identical wordings are joined outright.
        let mut representatives: Vec<usize> = Vec::with_capacity(wordings_in_bucket.len());
        for same in wordings_in_bucket.values() {
            for &i in &same[1..] {
                groups.join(same[0], i);
            }
            representatives.push(same[0]);
        }
        if representatives.len() < 2 {
            continue;
        }
        representatives.sort_unstable_by_key(|&i| (wordings[i].len(), i));
        let mut by_prefix_word: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for (round, &x) in representatives.iter().enumerate() {
            let words = &wordings[x];
            let prefix = &words[..prefix_len(words.len())];
            for w in prefix {
                for &y in by_prefix_word.get(w).into_iter().flatten() {
                    // Compare each candidate once per round.
                    if seen.insert(y, round) == Some(round) {
                        continue;
                    }
                    let (a, b) = (&wordings[x], &wordings[y]);
                    let shared = a.iter().filter(|w| b.contains(w)).count();
                    if near_identical_ratio(shared, a.len() + b.len() - shared) {
                        groups.join(x, y);
                    }
                }
            }
            for &w in prefix {
                by_prefix_word.entry(w).or_default().push(x);
            }
        }
    }

    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, words) in wordings.iter().enumerate() {
        if !words.is_empty() {
            let root = groups.root(i);
            members.entry(root).or_default().push(i);
        }
    }
    let mut roots: Vec<usize> = members
        .iter()
        .filter(|(_, group)| group.len() > 1)
        .map(|(&root, _)| root)
        .collect();
    roots.sort_unstable();
    roots
        .into_iter()
        .filter_map(|root| duplicate_finding(case, &members[&root]))
        .collect()
}

fn duplicate_finding(case: &Case, group: &[usize]) -> Option<Finding> {
    let questions = &case.questions;
    let mut agencies: Vec<AgencyId> = Vec::new();
    for &i in group {
        for agency in questions[i].served_agencies() {
            if !agencies.contains(&agency) {
                agencies.push(agency);
            }
        }
    }
    if agencies.len() < 2 {
        return None;
    }
    let keep = *group
        .iter()
        .min_by_key(|&&i| (std::cmp::Reverse(questions[i].priority), i))?;
    let merged: Vec<_> = group
        .iter()
        .filter(|&&i| i != keep)
        .map(|&i| questions[i].id.clone())
        .collect();
    let keep_id = questions[keep].id.clone();
    Some(Finding {
        kind: FindingKind::DuplicateQuestion,
        severity: Severity::Warning,
        concerns: group
            .iter()
            .map(|&i| FindingSubject::Question(questions[i].id.clone()))
            .collect(),
        explanation: format!(
            "{} agencies ({}) ask about the same topics in near-identical words. Ask it once: the lead interviewer \
             asks question {} for every agency, credited to all of them.",
            agencies.len(),
            agency_list(&agencies),
            keep_id
        ),
        suggestion: Some(Suggestion::Merge {
            keep: keep_id,
            merged,
        }),
    })
}
