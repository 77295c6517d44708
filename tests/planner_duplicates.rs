//! The duplicate rule's fast path gives exactly the findings of its definition, comparing every
//! pair of questions ([`duplicates_all_pairs`], the oracle): same groups, same order, same words.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tell_once::model::case::{Case, PeacePhase, Question, SetAside};
use tell_once::model::generate::{generated_case_with, near_identical_case, GeneratorSettings};
use tell_once::model::planner::{duplicates, duplicates_all_pairs};
use tell_once::model::{AgencyId, CaseId, LanguageTag, QuestionId, TopicId};

/// Few words, so that random wordings are often near-identical, sometimes just short of it.
const WORDS: &[&str] = &[
    "money",
    "passport",
    "van",
    "house",
    "debt",
    "Mill",
    "Lane",
    "Marrowby",
    "kept",
    "pay",
    "the",
    "about",
    "tell",
    "me",
    "1",
    "2",
    "3",
    "casa",
    "dinero",
    "Pasaporte",
];

/// A question: its words (by position in WORDS), topics (of 3), agency (of 4), and whether set aside.
type Spec = (Vec<usize>, Vec<usize>, usize, bool);

fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(0..WORDS.len(), 0..9),
        prop::collection::vec(0usize..3, 0..3),
        0usize..4,
        prop::bool::weighted(0.1),
    )
}

/// Questions drawn from a few base wordings, each varied by a few words, so that most are near-identical.
fn near_identical_specs() -> impl Strategy<Value = Vec<Spec>> {
    (
        prop::collection::vec(prop::collection::vec(0..WORDS.len(), 3..8), 1..4),
        prop::collection::vec(
            (
                0usize..4,
                prop::collection::vec((0usize..8, 0..WORDS.len()), 0..3),
                prop::collection::vec(0usize..3, 1..2),
                0usize..4,
                prop::bool::weighted(0.05),
            ),
            0..60,
        ),
    )
        .prop_map(|(bases, questions)| {
            questions
                .into_iter()
                .map(|(base, changes, topics, agency, aside)| {
                    let mut words = bases[base % bases.len()].clone();
                    for (at, word) in changes {
                        if at < words.len() {
                            words[at] = word;
                        } else {
                            words.push(word);
                        }
                    }
                    (words, topics, agency, aside)
                })
                .collect()
        })
}

fn case_of(specs: &[Spec]) -> Case {
    let mut case = Case::new(CaseId::new("c-dup"), "DUP", LanguageTag::new("en"));
    for (i, (words, topics, agency, aside)) in specs.iter().enumerate() {
        let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
        let mut question = Question::new(
            QuestionId::new(format!("q-{i}")),
            AgencyId::new(format!("ag-{agency}")),
            format!("{}?", text.join(" ")),
            LanguageTag::new("en"),
            topics
                .iter()
                .map(|t| TopicId::new(format!("topic-{t}")))
                .collect(),
            PeacePhase::Account,
        );
        if *aside {
            question.set_aside = Some(SetAside::MergedInto {
                question: QuestionId::new("q-0"),
            });
        }
        case.questions.push(question.into());
    }
    case
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fast_path_equals_all_pairs_on_random_wordings(specs in prop::collection::vec(spec(), 0..40)) {
        let case = case_of(&specs);
        prop_assert_eq!(duplicates(&case), duplicates_all_pairs(&case));
    }

    #[test]
    fn fast_path_equals_all_pairs_on_near_identical_wordings(specs in near_identical_specs()) {
        let case = case_of(&specs);
        prop_assert_eq!(duplicates(&case), duplicates_all_pairs(&case));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn fast_path_equals_all_pairs_on_generated_cases(seed in any::<u64>(), questions in 0usize..120) {
        let case = generated_case_with(&GeneratorSettings {
            seed,
            agencies: 4,
            prior_accounts: 3,
            questions,
            sessions: 1,
            consent_events: 2,
            referrals: 0,
        });
        prop_assert_eq!(duplicates(&case), duplicates_all_pairs(&case));
    }
}

#[test]
fn fast_path_equals_all_pairs_on_the_worst_case() {
    let case = near_identical_case(400);
    let fast = duplicates(&case);
    assert_eq!(fast, duplicates_all_pairs(&case));
    assert!(
        fast.iter().any(|f| f.concerns.len() >= 250),
        "one group holds the near-identical questions"
    );
}

/// A sample of the 30,010-question case: every 15th question, about 2,000.
#[test]
#[ignore = "slow in debug: the oracle compares every pair; run in release with --ignored"]
fn fast_path_equals_all_pairs_on_a_sample_of_the_largest_case() {
    let mut case = near_identical_case(30_010);
    case.questions = case.questions.into_iter().step_by(15).collect();
    assert_eq!(duplicates(&case), duplicates_all_pairs(&case));
}
