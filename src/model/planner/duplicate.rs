//! Rule 2, duplicates: agencies asking about the same topics in near-identical words.
//!
//! Questions still asked are grouped by their exact topic set; within a group, wordings are
//! compared by the Jaccard index of their content words (see [`super::similarity`]). To avoid
//! comparing every pair, a prefix filter (the "all pairs" method) only compares wordings that
//! share one of their rarest words: two sets with Jaccard index t or more must share a word
//! among the first |x| - ceil(t|x|) + 1 words of each, in a common rarest-first order.
//! Wordings are kept under their prefix words in groups already joined, so that a wording is
//! compared with a group only until it joins it: many near-identical questions (issue 17's
//! worst case) cost about one comparison each instead of one per pair.
//! Near-identical questions are joined transitively; a group spanning at least two agencies
//! becomes one finding with a merge keeping the highest-priority question (earliest on a tie).

use super::finding::{agency_list, Finding, FindingKind, FindingSubject, Severity};
use super::similarity::{
    content_words, for_each_content_word, near_identical, near_identical_ratio, DUPLICATE_THRESHOLD,
};
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

/// Wordings of one prefix word that are all in one group (as of when `root` was last read).
struct Joined {
    root: usize,
    members: Vec<usize>,
}

/// Brings a prefix word's groups up to date after joins: groups now in the same set become
/// one, the smaller moved into the larger, so that every wording moves O(log n) times at most.
fn merge_joined(list: &mut Vec<Joined>, groups: &mut Groups, first: &mut HashMap<usize, usize>) {
    first.clear();
    let mut k = 0;
    while k < list.len() {
        let root = groups.root(list[k].root);
        list[k].root = root;
        match first.get(&root) {
            Some(&into) => {
                let mut from = list.swap_remove(k);
                if from.members.len() > list[into].members.len() {
                    std::mem::swap(&mut from.members, &mut list[into].members);
                }
                list[into].members.append(&mut from.members);
            }
            None => {
                first.insert(root, k);
                k += 1;
            }
        }
    }
}

/// Whether two wordings, as sorted-or-not sets of word numbers, are near-identical.
fn near_identical_numbers(a: &[u32], b: &[u32]) -> bool {
    let (num, den) = DUPLICATE_THRESHOLD;
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The Jaccard index is at most |short| / |long|.
    if short.len() * den < num * long.len() {
        return false;
    }
    let shared = short.iter().filter(|w| long.contains(w)).count();
    near_identical_ratio(shared, a.len() + b.len() - shared)
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
        // Each prefix word's wordings, kept in groups by the set of near-identical questions
        // they belong to: a wording already joined to a set is not compared with it again, so
        // many near-identical wordings cost one comparison each, not one per pair.
        let mut by_prefix_word: HashMap<u32, Vec<Joined>> = HashMap::new();
        let mut seen: HashMap<usize, usize> = HashMap::new();
        let mut scratch: HashMap<usize, usize> = HashMap::new();
        for (round, &x) in representatives.iter().enumerate() {
            let words = &wordings[x];
            let prefix = &words[..prefix_len(words.len())];
            for w in prefix {
                let Some(list) = by_prefix_word.get_mut(w) else {
                    continue;
                };
                merge_joined(list, &mut groups, &mut scratch);
                for joined in list.iter() {
                    if groups.root(joined.root) == groups.root(x) {
                        continue;
                    }
                    for &y in &joined.members {
                        // Compare each candidate once per round.
                        if seen.insert(y, round) == Some(round) {
                            continue;
                        }
                        if near_identical_numbers(&wordings[x], &wordings[y]) {
                            groups.join(x, y);
                            break;
                        }
                    }
                }
            }
            let root = groups.root(x);
            for &w in prefix {
                let list = by_prefix_word.entry(w).or_default();
                match list
                    .iter_mut()
                    .find(|joined| groups.root(joined.root) == root)
                {
                    Some(joined) => {
                        joined.root = root;
                        joined.members.push(x);
                    }
                    None => list.push(Joined {
                        root,
                        members: vec![x],
                    }),
                }
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

/// Rule 2 by its definition, comparing every pair of questions still asked: quadratic, kept
/// only as the oracle that the property tests hold [`duplicates`] to.
#[doc(hidden)]
pub fn duplicates_all_pairs(case: &Case) -> Vec<Finding> {
    let questions = &case.questions;
    let topic_set = |i: usize| {
        let mut topics: Vec<&TopicId> = questions[i].topics.iter().collect();
        topics.sort_unstable();
        topics.dedup();
        topics
    };
    let asked: Vec<usize> = (0..questions.len())
        .filter(|&i| questions[i].is_asked() && !content_words(&questions[i].text).is_empty())
        .collect();
    let mut groups = Groups::new(questions.len());
    for (n, &a) in asked.iter().enumerate() {
        for &b in &asked[n + 1..] {
            if topic_set(a) == topic_set(b)
                && near_identical(&questions[a].text, &questions[b].text)
            {
                groups.join(a, b);
            }
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); questions.len()];
    for &i in &asked {
        let root = groups.root(i);
        members[root].push(i);
    }
    members
        .iter()
        .filter(|group| group.len() > 1)
        .filter_map(|group| duplicate_finding(case, group))
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
