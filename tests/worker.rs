//! The worker, as far as it is plain Rust: its copy of the case follows the page's messages, a
//! burst of messages costs one analysis of the newest version, and a copy that cannot follow
//! asks for the whole case; the work of a passphrase answers as the same call on the page
//! would. The browser side is in `tests/e2e/specs/worker.spec.js`.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::{Case, CaseEdit};
use tell_once::model::edit::{edits_since, record};
use tell_once::model::planner::analyze;
use tell_once::model::sample::sample_case;
use tell_once::model::{LanguageTag, QuestionId, Timestamp};
use tell_once::vault::crypto::{open_with_passphrase, OpenError, WorkFactor};
use tell_once::worker::messages::{decode, encode, FromWorker, OpenedBytes, ToWorker};
use tell_once::worker::passphrase::answer;
use tell_once::worker::planner_copy::PlannerCopy;

const NOON: Timestamp = Timestamp(1_772_366_400_000);

fn whole(generation: u64, case: &Case) -> ToWorker {
    ToWorker::Case {
        generation,
        case: Box::new(case.clone()),
    }
}

/// The analysis the copy gives, read as the page reads it: through the message's text.
fn analysed(copy: &mut PlannerCopy) -> Option<FromWorker> {
    copy.analyse()
        .map(|answer| decode(&encode(&answer)).unwrap())
}

#[test]
fn the_copy_analyses_the_case_it_was_sent_and_then_nothing_until_it_changes() {
    let case = sample_case();
    let mut copy = PlannerCopy::default();
    assert_eq!(copy.analyse(), None, "nothing to analyse yet");
    assert_eq!(copy.receive(whole(1, &case)), None);
    assert_eq!(
        analysed(&mut copy),
        Some(FromWorker::Analysed {
            generation: 1,
            analysis: Box::new(analyze(&case)),
        })
    );
    assert_eq!(copy.analyse(), None, "analysed once");
}

#[test]
fn edits_sent_in_a_burst_cost_one_analysis_of_the_newest_version() {
    let start = sample_case();
    let mut copy = PlannerCopy::default();
    copy.receive(whole(1, &start));
    let mut case = start.clone();
    let mut known = start.clone();
    let edits = [
        CaseEdit::SetInterpreterNeeded { needed: true },
        CaseEdit::SetLanguage {
            language: LanguageTag::new("sq"),
        },
        CaseEdit::RemoveQuestion {
            question: QuestionId::from(start.questions.last().unwrap().id.as_str()),
        },
    ];
    for (n, edit) in edits.into_iter().enumerate() {
        record(
            &mut case,
            edit,
            Timestamp(NOON.0 + n as i64 * 300_000),
            "Ana",
        )
        .unwrap();
        let since = edits_since(&known, &case).unwrap();
        assert_eq!(
            copy.receive(ToWorker::Edits {
                generation: n as u64 + 2,
                edits: since
            }),
            None
        );
        known = case.clone();
    }
    assert_eq!(
        analysed(&mut copy),
        Some(FromWorker::Analysed {
            generation: 4,
            analysis: Box::new(analyze(&case)),
        })
    );
    assert_eq!(copy.analyse(), None);
}

#[test]
fn a_copy_that_cannot_follow_asks_for_the_whole_case_and_analyses_nothing_stale() {
    let case = sample_case();
    let mut copy = PlannerCopy::default();
    let unknown = CaseEdit::RemoveQuestion {
        question: QuestionId::from("no-such-question"),
    };
    // Edits before any case.
    assert_eq!(
        copy.receive(ToWorker::Edits {
            generation: 1,
            edits: vec![CaseEdit::SetInterpreterNeeded { needed: true }]
        }),
        Some(FromWorker::CaseNeeded { generation: 1 })
    );
    copy.receive(whole(2, &case));
    // An edit the copy refuses: it has drifted from the page's case.
    assert_eq!(
        copy.receive(ToWorker::Edits {
            generation: 3,
            edits: vec![unknown]
        }),
        Some(FromWorker::CaseNeeded { generation: 3 })
    );
    assert_eq!(copy.analyse(), None, "no analysis of a copy that drifted");
    copy.receive(whole(4, &case));
    assert!(matches!(
        copy.analyse(),
        Some(FromWorker::Analysed { generation: 4, .. })
    ));
}

/// A message as the worker reads it: through its text.
fn sent(message: ToWorker) -> ToWorker {
    decode(&encode(&message)).unwrap()
}

#[test]
fn a_file_sealed_in_the_worker_opens_on_the_page_and_in_the_worker() {
    let secret = b"AGE-SECRET-KEY-1 of a fictional vault".to_vec();
    let Some(FromWorker::Sealed { request: 7, sealed }) = answer(&sent(ToWorker::Seal {
        request: 7,
        plaintext: secret.clone(),
        passphrase: "fern lantern orbit quietly".into(),
        work_factor: WorkFactor::DEFAULT.log_n(),
    })) else {
        panic!("a seal is answered with its request");
    };
    let armored = sealed.expect("sealed");
    let passphrase = age::secrecy::SecretString::from("fern lantern orbit quietly".to_owned());
    assert_eq!(
        open_with_passphrase(armored.as_bytes(), &passphrase, WorkFactor::DEFAULT.log_n())
            .unwrap()
            .to_vec(),
        secret
    );
    let open = |passphrase: &str| {
        answer(&sent(ToWorker::Open {
            request: 8,
            file: armored.as_bytes().to_vec(),
            passphrase: passphrase.into(),
            max_work_factor: WorkFactor::DEFAULT.log_n(),
        }))
    };
    assert_eq!(
        open("fern lantern orbit quietly"),
        Some(FromWorker::Opened {
            request: 8,
            opened: Ok(OpenedBytes(secret))
        })
    );
    assert_eq!(
        open("fern lantern orbit quietly!"),
        Some(FromWorker::Opened {
            request: 8,
            opened: Err(OpenError::WrongPassphrase)
        })
    );
}

#[test]
fn the_worker_refuses_a_work_factor_out_of_range_and_leaves_the_case_alone() {
    let Some(FromWorker::Sealed { sealed, .. }) = answer(&ToWorker::Seal {
        request: 1,
        plaintext: b"x".to_vec(),
        passphrase: "fern lantern orbit quietly".into(),
        work_factor: 4,
    }) else {
        panic!("answered");
    };
    assert!(sealed.unwrap_err().0.contains("work factor 4"));
    // The planner's messages are not passphrase work, and passphrase work is not the planner's.
    assert_eq!(answer(&whole(1, &sample_case())), None);
    let mut copy = PlannerCopy::default();
    assert_eq!(
        copy.receive(ToWorker::Open {
            request: 2,
            file: Vec::new(),
            passphrase: String::new(),
            max_work_factor: 18
        }),
        None
    );
    assert_eq!(copy.analyse(), None);
}
