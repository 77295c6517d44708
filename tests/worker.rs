//! The worker, as far as it is plain Rust: its copy of the case follows the page's messages, a
//! burst of messages costs one analysis of the newest version, and a copy that cannot follow
//! asks for the whole case; the work of a passphrase answers as the same call on the page
//! would. The browser side is in `tests/e2e/specs/worker.spec.js`.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use tell_once::model::case::{Case, CaseEdit};
use tell_once::model::edit::{edits_since, record};
use tell_once::model::generate::generated_case;
use tell_once::model::planner::{analyze, Analysis};
use tell_once::model::sample::sample_case;
use tell_once::model::{LanguageTag, QuestionId, Timestamp};
use tell_once::vault::crypto::{open_with_passphrase, OpenError, WorkFactor};
use tell_once::worker::messages::{
    analysis_messages, case_messages, decode, encode, AnalysisAssembly, CasePart, FromWorker,
    Generation, Message, OpenedBytes, ToWorker, CASE_ITEMS_PER_MESSAGE, FINDINGS_PER_MESSAGE,
};
use tell_once::worker::passphrase::answer;
use tell_once::worker::planner_copy::PlannerCopy;

const NOON: Timestamp = Timestamp(1_772_366_400_000);

fn whole(generation: u64, case: &Case) -> ToWorker {
    ToWorker::Case {
        generation,
        case: Rc::new(case.clone()),
        parts: 0,
    }
}

/// Messages read as the page reads them, written out and read back, and put together as it does: the
/// whole analysis and its request once its last message is in.
fn assembled(messages: Vec<FromWorker>) -> Option<(Generation, Analysis)> {
    let mut assembly = AnalysisAssembly::default();
    let mut whole = None;
    for message in messages {
        match crossed(&message) {
            FromWorker::Findings {
                generation,
                findings,
            } => {
                assert!(
                    whole.is_none(),
                    "findings after the analysis's last message"
                );
                assert!(findings.len() <= FINDINGS_PER_MESSAGE);
                assembly.add(generation, findings);
            }
            FromWorker::Analysed {
                generation,
                analysis,
            } => whole = Some((generation, assembly.complete(generation, *analysis))),
            other => panic!("not part of an analysis: {other:?}"),
        }
    }
    whole
}

/// The analysis the copy gives, as the page reads it.
fn analysed(copy: &mut PlannerCopy) -> Option<(Generation, Analysis)> {
    assembled(copy.analyse())
}

#[test]
fn the_copy_analyses_the_case_it_was_sent_and_then_nothing_until_it_changes() {
    let case = sample_case();
    let mut copy = PlannerCopy::default();
    assert!(copy.analyse().is_empty(), "nothing to analyse yet");
    assert_eq!(copy.receive(whole(1, &case)), None);
    assert_eq!(analysed(&mut copy), Some((1, analyze(&case))));
    assert!(copy.analyse().is_empty(), "analysed once");
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
    assert_eq!(analysed(&mut copy), Some((4, analyze(&case))));
    assert!(copy.analyse().is_empty());
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
    assert!(
        copy.analyse().is_empty(),
        "no analysis of a copy that drifted"
    );
    copy.receive(whole(4, &case));
    assert!(matches!(analysed(&mut copy), Some((4, _))));
}

#[test]
fn a_large_analysis_comes_in_parts_that_make_it_whole_again() {
    let case = generated_case(10);
    let analysis = analyze(&case);
    let count = analysis.findings.len();
    assert!(
        count > 2 * FINDINGS_PER_MESSAGE,
        "{count} findings: too few to need parts"
    );
    let messages = analysis_messages(7, analysis.clone());
    assert_eq!(messages.len(), count.div_ceil(FINDINGS_PER_MESSAGE));
    assert_eq!(assembled(messages), Some((7, analysis)));
}

#[test]
fn parts_of_an_older_request_are_left_out_of_the_newest_analysis() {
    let mut case = generated_case(10);
    let older = analyze(&case);
    case.questions.truncate(case.questions.len() / 2);
    let newer = analyze(&case);
    assert_ne!(older.findings.len(), newer.findings.len());
    // The older request's last message never comes (the page asked again, or the worker was
    // replaced); the newer analysis follows in parts of its own.
    let mut messages = analysis_messages(7, older);
    messages.pop();
    messages.extend(analysis_messages(8, newer.clone()));
    assert_eq!(assembled(messages), Some((8, newer.clone())));
    // Nor are they added to an analysis that comes in one message.
    let mut messages = analysis_messages(9, analyze(&generated_case(10)));
    messages.pop();
    let without_findings = Analysis {
        findings: Vec::new(),
        ..newer
    };
    messages.extend(analysis_messages(10, without_findings.clone()));
    assert_eq!(assembled(messages), Some((10, without_findings)));
}

/// The messages that send `case` whole, as the worker reads them.
fn case_crossed(generation: Generation, case: &Case) -> Vec<ToWorker> {
    case_messages(generation, case)
        .iter()
        .map(crossed)
        .collect()
}

#[test]
fn a_large_case_goes_to_the_worker_in_parts_that_make_it_whole_again() {
    let case = generated_case(10);
    let per = CASE_ITEMS_PER_MESSAGE;
    let (questions, accounts, events) = (
        case.questions.len(),
        case.prior_accounts.len(),
        case.consent.events().len(),
    );
    assert!(
        questions > per,
        "{questions} questions: too few to need parts"
    );
    let messages = case_crossed(3, &case);
    let parts = questions.div_ceil(per) + accounts.div_ceil(per) + events.div_ceil(per);
    assert_eq!(messages.len(), parts + 1);
    let mut copy = PlannerCopy::default();
    let (last, leading) = messages.split_last().unwrap();
    for part in leading {
        let ToWorker::CasePart { part: list, .. } = part else {
            panic!("not a part of the case's lists: {part:?}");
        };
        let items = match list {
            CasePart::Questions(items) => items.len(),
            CasePart::PriorAccounts(items) => items.len(),
            CasePart::ConsentEvents(items) => items.len(),
        };
        assert!((1..=per).contains(&items), "{items} items in a part");
        assert_eq!(copy.receive(part.clone()), None);
        assert!(
            copy.analyse().is_empty(),
            "nothing to analyse before the case's last message"
        );
    }
    let ToWorker::Case { case: rest, .. } = last else {
        panic!("the last message is not the rest of the case: {last:?}");
    };
    assert!(rest.questions.is_empty() && rest.prior_accounts.is_empty());
    assert!(rest.consent.events().is_empty());
    assert_eq!(copy.receive(last.clone()), None);
    assert_eq!(analysed(&mut copy), Some((3, analyze(&case))));
}

#[test]
fn parts_of_a_case_whose_last_message_never_came_are_left_out() {
    let case = generated_case(10);
    let mut older = case.clone();
    older.questions.truncate(CASE_ITEMS_PER_MESSAGE + 1);
    let mut copy = PlannerCopy::default();
    // The page sent another case before the older one's last message (the outbox dropped it).
    let mut messages = case_crossed(5, &older);
    messages.pop();
    messages.extend(case_crossed(6, &case));
    for message in messages {
        copy.receive(message);
    }
    assert_eq!(analysed(&mut copy), Some((6, analyze(&case))));
}

#[test]
fn a_case_missing_a_part_is_asked_for_again_not_analysed() {
    let case = generated_case(10);
    let mut copy = PlannerCopy::default();
    let mut messages = case_crossed(7, &case);
    messages.remove(1);
    let last = messages.pop().unwrap();
    for message in messages {
        copy.receive(message);
    }
    assert_eq!(
        copy.receive(last),
        Some(FromWorker::CaseNeeded { generation: 7 })
    );
    assert!(copy.analyse().is_empty(), "no analysis of a partial case");
}

/// A message as the other side reads it: what was written and the bytes beside it.
fn crossed<M: Message>(message: &M) -> M {
    let (written, bytes) = encode(message);
    decode(&written, bytes.map(<[u8]>::to_vec)).expect("a message of this build")
}

fn sent(message: ToWorker) -> ToWorker {
    crossed(&message)
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
        .map(|answer| crossed(&answer))
    };
    assert_eq!(
        open("fern lantern orbit quietly"),
        Some(FromWorker::Opened {
            request: 8,
            opened: Ok(OpenedBytes { plaintext: secret })
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
    assert!(copy.analyse().is_empty());
}

/// `message` carries `bytes` beside what is written of it, reads back whole with them, and is
/// refused without them.
fn carries_beside<M: Message + PartialEq + std::fmt::Debug>(message: &M, bytes: &[u8]) {
    let (written, carried) = encode(message);
    assert!(
        written.len() < 200,
        "the bytes are in the message: {} bytes",
        written.len()
    );
    assert_eq!(carried, Some(bytes));
    assert_eq!(&crossed(message), message);
    assert!(
        decode::<M>(&written, None).is_err(),
        "read without its bytes"
    );
}

#[test]
fn the_bytes_a_message_carries_go_beside_it_and_must_fit_it() {
    let file = vec![0xA5_u8; 1 << 20];
    let message = ToWorker::Open {
        request: 3,
        file: file.clone(),
        passphrase: "fern lantern orbit quietly".into(),
        max_work_factor: WorkFactor::DEFAULT.log_n(),
    };
    carries_beside(&message, &file);
    let edits = ToWorker::Edits {
        generation: 1,
        edits: Vec::new(),
    };
    let (written, bytes) = encode(&edits);
    assert_eq!(bytes, None);
    assert!(
        decode::<ToWorker>(&written, Some(vec![1])).is_err(),
        "bytes beside edits"
    );

    let opened = FromWorker::Opened {
        request: 3,
        opened: Ok(OpenedBytes {
            plaintext: file.clone(),
        }),
    };
    carries_beside(&opened, &file);
    let refused = FromWorker::Opened {
        request: 3,
        opened: Err(OpenError::WrongPassphrase),
    };
    assert_eq!(encode(&refused).1, None);
    assert_eq!(crossed(&refused), refused);
}
