//! Exchange between agencies: a question request made from the agency's share packet, the
//! agency's contribution in its own vault, its return, and the lead's merge, with every
//! refusal. Every person, agency and place here is made up.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use futures::executor::block_on;
use serde_json::Value;

use tell_once::model::case::{
    Case, CaseEdit, HistoryEntry, MergedChange, PeacePhase, Question, ReplyToken, SetAside,
    Suggestion,
};
use tell_once::model::edit::{check, record, replay, EditRefusal};
use tell_once::model::exchange::{
    check_return, merge_edit, preview_merge, question_request, told_so_far, Contribution,
    ContributionRefusal, ExchangeKey, ExchangeRefusal, MergeChoice, QuestionRequest,
    QuestionReturn, ReplyAddress, RequestTerms, ReturnedChange,
};
use tell_once::model::planner::finding::FindingKind;
use tell_once::model::planner::latest_consent_time;
use tell_once::model::sample::sample_case;
use tell_once::model::share::share_packet;
use tell_once::model::topic::ids;
use tell_once::model::{
    AgencyId, CaseId, LanguageTag, QuestionId, QuestionRequestId, Timestamp, TopicId,
};
use tell_once::vault::crypto::{seal_armored, seal_with_passphrase, OpenError, WorkFactor};
use tell_once::vault::exchange::{
    seal_return, ExchangeError, ExchangeFileError, RequestLock, SealedWith,
};
use tell_once::vault::store::MemoryStore;
use tell_once::vault::{UnlockedVault, Vault};

const DAY: i64 = 86_400_000;
const LEAD: &str = "Investigator Mara Ilves, Marrowby Police";
const PROSECUTOR: &str = "Prosecutor Tomas Quell";
const VAULT_PASSPHRASE: &str = "quiet harbour lantern 42";

fn a(id: &str) -> AgencyId {
    AgencyId::new(id)
}

fn q(id: &str) -> QuestionId {
    QuestionId::new(id)
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// `days` after everything in the sample case.
fn day(days: i64) -> Timestamp {
    Timestamp(latest_consent_time(&sample_case()).0 + days * DAY)
}

fn terms() -> RequestTerms {
    RequestTerms {
        sent_at: day(1),
        due: day(8),
        note: "Please add what your office needs before the joint interview.".to_owned(),
        lead_agency: "Marrowby Police, Anti-Trafficking Unit".to_owned(),
    }
}

/// A request made without a vault: the id, token and key are what the vault would make.
fn request_for(case: &Case, agency: &str, id: &str) -> QuestionRequest {
    question_request(
        case,
        &a(agency),
        terms(),
        ReplyAddress {
            request: QuestionRequestId::new(id),
            token: ReplyToken::new(format!("token-of-{id}")),
            key: ExchangeKey("age1leadkeyasthemodelseesitwithnocheck".to_owned()),
        },
    )
    .expect("the agency is in the case")
}

/// The sample case with `request` recorded in it, as the lead's reducer would.
fn with_request(mut case: Case, request: &QuestionRequest) -> Case {
    let edit = request.record_edit(&case);
    record(&mut case, edit, request.sent_at, LEAD).expect("the request is recorded");
    case
}

fn question(id: &str, agency: &str, text: &str, topics: &[&str]) -> Question {
    Question::new(
        q(id),
        a(agency),
        text,
        LanguageTag::new("en"),
        topics.iter().map(|t| TopicId::new(*t)).collect(),
        PeacePhase::Account,
    )
}

fn put(question: Question) -> CaseEdit {
    CaseEdit::PutQuestion { question }
}

fn withdraw(id: &str) -> CaseEdit {
    CaseEdit::RemoveQuestion { question: q(id) }
}

/// The prosecutor's edits of its own questions: a new duplicate of the police's question on
/// the controllers, a new question about what the NGO's record already tells in detail, a
/// reworded question, and a withdrawn one.
fn contribute(contribution: &mut Contribution, at: Timestamp) {
    let edits = [
        put(question(
            "q-pros-controllers",
            "prosecutor",
            "Describe the people who controlled your work.",
            &[ids::PERPETRATORS, ids::CONTROL_METHODS],
        )),
        put(question(
            "q-pros-sleeping",
            "prosecutor",
            "Describe the place where you slept.",
            &[ids::ACCOMMODATION],
        )),
        put(Question {
            text: "Describe the journey from your home town to Marrowby, step by step.".into(),
            ..contribution.case.question(&q("q-journey")).unwrap().clone()
        }),
        withdraw("q-leaving"),
    ];
    for (i, edit) in edits.into_iter().enumerate() {
        contribution
            .record(edit, Timestamp(at.0 + i as i64 * 600_000), PROSECUTOR)
            .expect("the prosecutor changes its own questions");
    }
}

fn items(preview: &tell_once::model::exchange::MergePreview) -> Vec<(&str, ReturnedChange)> {
    preview
        .items
        .iter()
        .map(|item| (item.question.as_str(), item.change))
        .collect()
}

fn no_choices() -> BTreeMap<QuestionId, MergeChoice> {
    BTreeMap::new()
}

fn merge(case: &mut Case, answer: &QuestionReturn, at: Timestamp) {
    let edit = merge_edit(case, answer, &no_choices()).expect("the return merges");
    record(case, edit, at, LEAD).expect("the merge applies");
}

// ---------------------------------------------------------------------------------------------
// The request holds nothing that share consent does not allow

/// Every string of a JSON value, keys and values, to search for what must not be there.
fn strings(value: &Value, found: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            found.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, found)),
        Value::Object(map) => {
            for (key, v) in map {
                found.insert(key.clone());
                strings(v, found);
            }
        }
        _ => {}
    }
}

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn without_share_consent_the_request_holds_only_the_agencys_own_record_and_what_it_told() {
    // The police were sent a request before: its token must not travel to the NGO.
    let case = sample_case();
    let police = request_for(&case, "police", "r-police");
    let case = with_request(case, &police);
    let request = request_for(&case, "ngo", "r-ngo");
    let at = request.sent_at;

    // The packet is the share packet, field by field as the share packet's tests read it.
    assert_eq!(request.packet, share_packet(&case, &a("ngo"), at));
    let packet = &request.packet;
    let accounts: Vec<&str> = packet
        .prior_accounts
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(accounts, ["pa-intake"], "only the NGO's own record");
    let questions: Vec<&str> = packet.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(questions, ["q-job-offer", "q-passport", "q-support"]);
    assert!(packet.profile.accommodations.is_empty() && packet.profile.avoid_topics.is_empty());
    assert_eq!(packet.profile.support_person, None);
    assert!(packet.sessions.is_empty() && packet.referrals.is_empty());
    assert!(packet.accepted.is_empty() && packet.history.is_empty());
    assert!(packet.held_sessions.is_empty() && packet.question_requests.is_empty());

    // What was told, topic by topic, is read from the NGO's own record only: nothing of the
    // police's video record (recruitment, travel) that the survivor did not agree to share.
    let told: Vec<(&str, _)> = request
        .told
        .iter()
        .map(|t| (t.topic.as_str(), t.coverage))
        .collect();
    let video = case.prior_account(&"pa-video".into()).unwrap();
    for entry in &video.topics {
        assert!(
            told.iter().all(|(topic, _)| *topic != entry.topic.as_str()),
            "{} leaked from the police's record",
            entry.topic
        );
    }
    assert_eq!(request.told, told_so_far(packet));
    assert_eq!(told.len(), 3, "{told:?}");
    for t in &request.told {
        assert_eq!(t.accounts, ["pa-intake".into()]);
    }

    // The whole request, as it is written to the file: these fields and nothing else.
    let json = serde_json::to_value(&request).unwrap();
    assert_eq!(
        keys(&json),
        ["agency", "due", "id", "lead", "note", "packet", "sent_at", "token", "told"]
    );
    assert_eq!(keys(&json["packet"]), ["case", "schema"], "a stored case");
    assert_eq!(keys(&json["lead"]), ["agency", "key"]);
    let mut found = BTreeSet::new();
    strings(&json, &mut found);
    let text = serde_json::to_string(&json).unwrap();
    for absent in [
        "pa-video",
        "q-debt-police",
        "q-controllers",
        "q-journey",
        "token-of-r-police",
        "question_requests",
        "Tessaly County Prosecutor's Office",
    ] {
        assert!(!text.contains(absent), "{absent} is in the request");
    }
    for referral in &case.referrals {
        assert!(!found.contains(&referral.service.name), "a referral leaked");
    }
    for accommodation in &case.profile.accommodations {
        assert!(!found.contains(accommodation), "{accommodation} leaked");
    }
    for session in &case.sessions {
        assert!(!found.contains(session.id.as_str()), "a session leaked");
    }
}

#[test]
fn with_share_consent_the_request_tells_what_every_shared_record_told_at_its_fullest() {
    let case = sample_case();
    let request = request_for(&case, "prosecutor", "r-pros");
    assert_eq!(
        request.packet,
        share_packet(&case, &a("prosecutor"), request.sent_at)
    );
    let told = |topic: &str| request.told.iter().find(|t| t.topic.as_str() == topic);
    let travel = told(ids::TRAVEL).expect("the video record told the journey");
    assert_eq!(travel.accounts, ["pa-video".into()]);
    assert_eq!(travel.coverage, tell_once::model::case::Coverage::Detailed);
    assert!(
        told(ids::ACCOMMODATION).is_some(),
        "the NGO's record is shared"
    );
    // Catalogue order, each topic once.
    let topics: Vec<&TopicId> = request.told.iter().map(|t| &t.topic).collect();
    let catalogue: Vec<&TopicId> = request
        .packet
        .topics
        .topics()
        .map(|t| &t.id)
        .filter(|id| topics.contains(id))
        .collect();
    assert_eq!(topics, catalogue);
    assert_eq!(request.note, terms().note);
    assert_eq!(request.agency_name(), "Tessaly County Prosecutor's Office");
}

#[test]
fn a_request_is_refused_for_an_unknown_agency_a_used_id_or_questions_due_before_it() {
    let case = sample_case();
    let address = |id: &str| ReplyAddress {
        request: QuestionRequestId::new(id),
        token: ReplyToken::new("t"),
        key: ExchangeKey("age1x".into()),
    };
    assert_eq!(
        question_request(&case, &a("customs"), terms(), address("r1")).err(),
        Some(EditRefusal::UnknownAgency {
            agency: a("customs")
        })
    );
    let early = RequestTerms {
        due: Timestamp(terms().sent_at.0 - 1),
        ..terms()
    };
    assert_eq!(
        question_request(&case, &a("ngo"), early, address("r1")).err(),
        Some(EditRefusal::Exchange(ExchangeRefusal::DueBeforeRequest))
    );
    let case = with_request(case.clone(), &request_for(&case, "ngo", "r1"));
    assert_eq!(
        question_request(&case, &a("police"), terms(), address("r1")).err(),
        Some(EditRefusal::AlreadyInCase { id: "r1".into() })
    );
    let sent = case.question_request(&"r1".into()).unwrap();
    let ngo_questions: Vec<&str> = sent
        .agency_questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ngo_questions, ["q-job-offer", "q-passport", "q-support"]);
    assert_eq!(sent.last_merged, 0);
}

// ---------------------------------------------------------------------------------------------
// The contribution: the agency's own questions, and nothing else

#[test]
fn a_contribution_changes_only_the_agencys_own_questions() {
    // After a merge, the prosecutor's packet holds the police's question credited to it.
    let merged = tell_once::model::planner::accept(
        &sample_case(),
        &Suggestion::Merge {
            keep: q("q-debt-police"),
            merged: vec![q("q-debt-prosecutor")],
        },
    )
    .unwrap();
    let request = request_for(&merged, "prosecutor", "r-pros");
    let mut contribution = Contribution::open(request.clone(), day(2));
    assert_eq!(contribution.case.questions, request.packet.questions);
    assert!(contribution.case.question(&q("q-debt-police")).is_some());
    let at = day(3);
    let police_question = contribution
        .case
        .question(&q("q-debt-police"))
        .unwrap()
        .clone();

    let not_own = |id: &str| Err(ContributionRefusal::NotOwnQuestion { question: q(id) });
    let reworded = Question {
        text: "Tell me about the money.".into(),
        ..police_question.clone()
    };
    assert_eq!(
        contribution.check(&put(reworded.clone())),
        not_own("q-debt-police")
    );
    // Taking it over (putting it as the prosecutor's) is changing another agency's question too.
    let taken = Question {
        agency: a("prosecutor"),
        ..reworded
    };
    assert_eq!(contribution.check(&put(taken)), not_own("q-debt-police"));
    assert_eq!(
        contribution.check(&withdraw("q-debt-police")),
        not_own("q-debt-police")
    );
    assert_eq!(
        contribution.check(&CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Reword {
                question: q("q-debt-police"),
                text: "Tell me about the money.".into()
            }
        }),
        not_own("q-debt-police")
    );
    // A new question in another agency's name.
    assert_eq!(
        contribution.check(&put(question("q-new", "police", "Describe the farm.", &[]))),
        not_own("q-new")
    );
    for edit in [
        CaseEdit::RenameCase { code: "X".into() },
        CaseEdit::SetSupportPerson {
            support_person: Some("a friend".into()),
        },
        CaseEdit::RemovePriorAccount {
            account: "pa-video".into(),
        },
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-journey"),
                merged: vec![q("q-leaving")],
            },
        },
    ] {
        assert_eq!(
            contribution.check(&edit),
            Err(ContributionRefusal::NotAQuestionChange),
            "{edit:?}"
        );
    }
    let before = contribution.clone();
    assert!(contribution
        .record(withdraw("q-debt-police"), at, PROSECUTOR)
        .is_err());
    assert_eq!(contribution, before, "a refusal changes nothing");

    // An edit of its own question that the case itself refuses keeps the case's reason.
    assert_eq!(
        contribution.check(&put(question("q-blank", "prosecutor", "  ", &[]))),
        Err(ContributionRefusal::Edit(EditRefusal::Blank {
            what: tell_once::model::edit::Blank::QuestionText
        }))
    );

    // Its own: added, reworded by the coach, moved, withdrawn; each in its history.
    contribution
        .record(
            put(question("q-new", "prosecutor", "Describe the farm.", &[])),
            at,
            PROSECUTOR,
        )
        .unwrap();
    contribution
        .record(
            CaseEdit::AcceptSuggestion {
                suggestion: Suggestion::Reword {
                    question: q("q-leaving"),
                    text: "Tell me what happened when you thought about leaving.".into(),
                },
            },
            Timestamp(at.0 + 600_000),
            PROSECUTOR,
        )
        .unwrap();
    contribution
        .record(
            CaseEdit::UndoSuggestion { position: 0 },
            Timestamp(at.0 + 1_200_000),
            PROSECUTOR,
        )
        .unwrap();
    contribution
        .record(
            withdraw("q-journey"),
            Timestamp(at.0 + 1_800_000),
            PROSECUTOR,
        )
        .unwrap();
    let own: Vec<&str> = contribution
        .own_questions()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(own, ["q-debt-prosecutor", "q-leaving", "q-new"]);
    assert_eq!(
        contribution.case.history.len(),
        5,
        "where it begins and four edits"
    );

    // The return carries them, each without what the lead's suggestions set on them.
    let answer = contribution.next_return();
    assert_eq!(answer.sequence, 1);
    assert_eq!(answer.agency, a("prosecutor"));
    let returned: Vec<&str> = answer.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(returned, own);
    assert!(contribution
        .case
        .question(&q("q-debt-prosecutor"))
        .unwrap()
        .set_aside
        .is_some());
    assert!(answer
        .questions
        .iter()
        .all(|q| q.set_aside.is_none() && q.credited_to.is_empty()));
    contribution.returned(&answer);
    assert_eq!(contribution.next_return().sequence, 2);
}

#[test]
fn the_planner_reads_a_contribution_as_any_case() {
    let case = sample_case();
    let mut contribution = Contribution::open(request_for(&case, "prosecutor", "r-pros"), day(2));
    contribute(&mut contribution, day(3));
    let analysis = contribution.analysis();
    let about = |kind: FindingKind, id: &str| {
        analysis.findings.iter().any(|f| {
            f.kind == kind
                && f.concerns
                    .contains(&tell_once::model::planner::finding::FindingSubject::Question(q(id)))
        })
    };
    // The NGO's intake record, shared with the prosecutor, told the accommodation in detail.
    assert!(
        about(FindingKind::AlreadyTold, "q-pros-sleeping"),
        "{analysis:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The round trip over two vaults

fn vault() -> UnlockedVault<MemoryStore> {
    block_on(Vault::new(MemoryStore::new()).create(
        &secret(VAULT_PASSPHRASE),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_770_000_000_000),
    ))
    .expect("create")
}

struct Exchange {
    lead: UnlockedVault<MemoryStore>,
    agency: UnlockedVault<MemoryStore>,
    agency_store: MemoryStore,
    case: Case,
    request: QuestionRequest,
    file: String,
}

/// The police (lead) send the prosecutor a request sealed to its sharing key and record it.
fn exchange() -> Exchange {
    let lead = vault();
    let agency_store = MemoryStore::new();
    let agency = block_on(Vault::new(agency_store.clone()).create(
        &secret(VAULT_PASSPHRASE),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_770_000_000_000),
    ))
    .unwrap();
    let agency_key = block_on(agency.exchange_key()).unwrap();
    let lead_key = block_on(lead.exchange_key()).unwrap();
    block_on(lead.add_contact(
        "Tessaly County Prosecutor's Office",
        tell_once::model::case::AgencyRole::Prosecutor,
        agency_key.as_str(),
    ))
    .unwrap();
    block_on(agency.add_contact(
        "Marrowby Police",
        tell_once::model::case::AgencyRole::Police,
        lead_key.as_str(),
    ))
    .unwrap();

    let mut case = sample_case();
    let made = block_on(lead.make_question_request(
        &case,
        &a("prosecutor"),
        terms(),
        RequestLock::ExchangeKey(agency_key.clone()),
    ))
    .expect("the request is made");
    assert_eq!(made.sealed_with, SealedWith::ExchangeKey(agency_key));
    assert_eq!(made.request.lead.key, lead_key);
    assert!(made.file.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!made.file.contains("Tessaly"), "the file is encrypted");
    record(&mut case, made.edit.clone(), made.request.sent_at, LEAD).unwrap();
    Exchange {
        lead,
        agency,
        agency_store,
        case,
        request: made.request,
        file: made.file,
    }
}

#[test]
fn request_contribution_return_and_merge_round_trip_over_two_vaults() {
    let Exchange {
        lead,
        agency,
        agency_store,
        mut case,
        request,
        file,
    } = exchange();
    let start = sample_case();
    let opened_at = day(2);

    // The prosecutor opens the request in its own vault: the packet, read only, and its questions.
    let mut contribution =
        block_on(agency.open_question_request(file.as_bytes(), None, opened_at)).unwrap();
    assert_eq!(contribution.request, request);
    assert_eq!(contribution.case.questions, request.packet.questions);
    contribute(&mut contribution, day(3));
    block_on(agency.save_contribution(&contribution)).unwrap();

    // The work survives a reload of the agency's vault; opening the file again gives it back.
    let agency = block_on(agency.lock().unlock(&secret(VAULT_PASSPHRASE))).unwrap();
    assert!(agency.integrity_problems().is_empty());
    assert_eq!(
        block_on(agency.contributions()).unwrap(),
        [contribution.clone()]
    );
    assert_eq!(
        block_on(agency.open_question_request(file.as_bytes(), None, day(9))).unwrap(),
        contribution
    );
    let _ = agency_store;

    let first = block_on(agency.return_to_lead(&request.id)).unwrap();
    assert_eq!(first.sequence, 1);

    // The lead opens it and previews the merge.
    let answer = block_on(lead.read_question_return(first.file.as_bytes())).unwrap();
    assert_eq!(answer.sequence, 1);
    assert_eq!(check_return(&case, &answer).unwrap().id, request.id);
    let preview = preview_merge(&case, &answer, &no_choices()).unwrap();
    assert_eq!(
        items(&preview),
        [
            ("q-journey", ReturnedChange::Changed),
            ("q-pros-controllers", ReturnedChange::New),
            ("q-pros-sleeping", ReturnedChange::New),
            ("q-leaving", ReturnedChange::Withdrawn),
        ]
    );
    assert!(preview.items.iter().all(|item| !item.conflict
        && item.choice == Some(MergeChoice::TakeReturned)
        && item.refused.is_none()));
    let item = |id: &str| {
        preview
            .items
            .iter()
            .find(|i| i.question.as_str() == id)
            .unwrap()
    };
    let kinds =
        |id: &str| -> Vec<FindingKind> { item(id).findings.iter().map(|f| f.kind).collect() };
    assert!(
        kinds("q-pros-controllers").contains(&FindingKind::DuplicateQuestion),
        "a duplicate of the police's question: {:?}",
        kinds("q-pros-controllers")
    );
    assert!(kinds("q-pros-sleeping").contains(&FindingKind::AlreadyTold));
    assert!(item("q-leaving").findings.is_empty());
    assert_eq!(
        item("q-journey").lead.as_ref().unwrap().text,
        "Describe the journey from your home town to Marrowby."
    );
    assert_ne!(preview.retelling_before, preview.retelling_after);

    // Accepting merges it as one typed edit, in the history as from the agency, return 1.
    let merged_at = day(5);
    merge(&mut case, &answer, merged_at);
    assert_eq!(
        case.question(&q("q-journey")).unwrap().text,
        "Describe the journey from your home town to Marrowby, step by step."
    );
    assert!(case.question(&q("q-leaving")).is_none());
    for id in ["q-pros-controllers", "q-pros-sleeping"] {
        assert_eq!(case.question(&q(id)).unwrap().agency, a("prosecutor"));
    }
    let sent = case.question_request(&request.id).unwrap();
    assert_eq!(sent.last_merged, 1);
    match case.history.last().map(|entry| &**entry) {
        Some(HistoryEntry::Edited { at, by, edit }) => {
            assert_eq!((*at, by.as_str()), (merged_at, LEAD));
            let CaseEdit::MergeReturn { merge } = &**edit else {
                panic!("{edit:?}")
            };
            assert_eq!((merge.agency.as_str(), merge.sequence), ("prosecutor", 1));
            assert_eq!(merge.changes.len(), 4);
            assert!(matches!(
                &merge.changes[3],
                MergedChange::Withdraw { question } if question.as_str() == "q-leaving"
            ));
        }
        other => panic!("{other:?}"),
    }

    // The prosecutor changes its mind on one question and returns again: return 2 merges.
    let mut contribution = block_on(agency.contribution(&request.id)).unwrap();
    assert_eq!(contribution.returns_made, 1);
    contribution
        .record(
            put(question(
                "q-pros-sleeping",
                "prosecutor",
                "Describe the rooms where the workers slept.",
                &[ids::ACCOMMODATION],
            )),
            day(6),
            PROSECUTOR,
        )
        .unwrap();
    block_on(agency.save_contribution(&contribution)).unwrap();
    let second = block_on(agency.return_to_lead(&request.id)).unwrap();
    assert_eq!(second.sequence, 2);
    let answer2 = block_on(lead.read_question_return(second.file.as_bytes())).unwrap();
    let preview = preview_merge(&case, &answer2, &no_choices()).unwrap();
    assert_eq!(
        items(&preview),
        [("q-pros-sleeping", ReturnedChange::Changed)]
    );
    merge(&mut case, &answer2, day(7));
    assert_eq!(case.question_request(&request.id).unwrap().last_merged, 2);

    // An older return, or the same one again, is refused: it would undo what came after it.
    for (old, sequence) in [(&answer, 1), (&answer2, 2)] {
        let refused = Err(ExchangeRefusal::AlreadyMerged {
            request: request.id.clone(),
            sequence,
            last_merged: 2,
        });
        assert_eq!(
            preview_merge(&case, old, &no_choices()).map(|_| ()),
            refused
        );
        assert_eq!(merge_edit(&case, old, &no_choices()).map(|_| ()), refused);
    }

    // The history replays onto the case as it began, and gives the same case.
    let replayed = replay(
        &Case {
            history: Vec::new(),
            ..start
        },
        &case.history,
    )
    .expect("the history replays");
    assert_eq!(replayed, case);
    // The case reads back as stored, its requests included.
    let stored = tell_once::model::schema::encode_case(&case);
    assert_eq!(
        tell_once::model::schema::decode_case(&stored).unwrap(),
        case
    );
}

#[test]
fn nothing_else_of_the_agencys_vault_goes_out_with_a_return() {
    let Exchange {
        lead,
        agency,
        mut case,
        request,
        file,
        ..
    } = exchange();
    // The prosecutor's vault holds a case of its own, settings and contacts.
    let mut own = Case::new(
        CaseId::new("case-zanvoria"),
        "ZV-MARKER-CASE",
        LanguageTag::new("qu"),
    );
    own.fictional = true;
    own.profile.accommodations = vec!["FICTIONAL-MARKER-accommodation".into()];
    block_on(agency.save_case(
        &own.id,
        tell_once::model::schema::encode_case(&own).as_bytes(),
    ))
    .unwrap();
    block_on(
        agency.save_settings(
            &tell_once::vault::VaultSettings::default()
                .with_author("FICTIONAL-MARKER-author")
                .unwrap(),
        ),
    )
    .unwrap();
    let mut contribution =
        block_on(agency.open_question_request(file.as_bytes(), None, day(2))).unwrap();
    contribute(&mut contribution, day(3));
    block_on(agency.save_contribution(&contribution)).unwrap();
    let written = block_on(agency.return_to_lead(&request.id)).unwrap();

    // Decrypted as any age tool would, with the lead's identity exported.
    let identity_file = block_on(lead.export_exchange_identity()).unwrap();
    let secret_line = identity_file
        .expose_secret()
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap()
        .to_owned();
    let identity = age::x25519::Identity::from_str(&secret_line).unwrap();
    let plaintext = age::decrypt(&identity, &{
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut age::armor::ArmoredReader::new(written.file.as_bytes()),
            &mut bytes,
        )
        .unwrap();
        bytes
    })
    .unwrap();
    let text = String::from_utf8(plaintext).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(keys(&json), ["format", "return", "schema"]);
    assert_eq!(json["format"], "tell-once-question-return");
    assert_eq!(
        keys(&json["return"]),
        ["agency", "questions", "request", "sequence", "token"]
    );
    for question in json["return"]["questions"].as_array().unwrap() {
        assert_eq!(question["agency"], "prosecutor");
    }
    for absent in [
        "FICTIONAL-MARKER",
        "ZV-MARKER-CASE",
        "case-zanvoria",
        "Marrowby Police",
        PROSECUTOR,
        "pa-video",
        "pa-intake",
        "q-debt-police",
    ] {
        assert!(!text.contains(absent), "{absent} went out with the return");
    }
    // And it merges.
    let answer = block_on(lead.read_question_return(written.file.as_bytes())).unwrap();
    merge(&mut case, &answer, day(4));
}

// ---------------------------------------------------------------------------------------------
// Refusals

#[test]
fn a_return_that_does_not_answer_the_request_is_refused_with_its_reason() {
    let Exchange {
        lead,
        agency,
        case,
        request,
        file,
        ..
    } = exchange();
    let contribution =
        block_on(agency.open_question_request(file.as_bytes(), None, day(2))).unwrap();
    let genuine = contribution.next_return();
    let lead_key = block_on(lead.exchange_key()).unwrap();
    // Each forged as only someone without the request could: sealed to the lead's key, read back.
    let read = |answer: &QuestionReturn| {
        let sealed = seal_return(answer, &lead_key).unwrap();
        block_on(lead.read_question_return(sealed.as_bytes())).unwrap()
    };
    let refused = |answer: QuestionReturn| {
        let answer = read(&answer);
        let previewed = preview_merge(&case, &answer, &no_choices()).map(|_| ());
        let merged = merge_edit(&case, &answer, &no_choices()).map(|_| ());
        assert_eq!(previewed, merged);
        previewed.unwrap_err()
    };

    let unknown = QuestionReturn {
        request: QuestionRequestId::new("r-another-case"),
        ..genuine.clone()
    };
    assert_eq!(
        refused(unknown),
        ExchangeRefusal::UnknownRequest {
            request: "r-another-case".into()
        }
    );
    let wrong_token = QuestionReturn {
        token: ReplyToken::new("guessed"),
        ..genuine.clone()
    };
    assert_eq!(
        refused(wrong_token),
        ExchangeRefusal::WrongToken {
            request: request.id.clone()
        }
    );
    let wrong_agency = QuestionReturn {
        agency: a("ngo"),
        questions: Vec::new(),
        ..genuine.clone()
    };
    assert_eq!(
        refused(wrong_agency),
        ExchangeRefusal::WrongAgency {
            request: request.id.clone(),
            expected: a("prosecutor"),
            found: a("ngo"),
        }
    );
    let zero = QuestionReturn {
        sequence: 0,
        ..genuine.clone()
    };
    assert_eq!(
        refused(zero),
        ExchangeRefusal::AlreadyMerged {
            request: request.id.clone(),
            sequence: 0,
            last_merged: 0,
        }
    );
    let mut foreign = genuine.clone();
    foreign.questions.push(question(
        "q-police-own",
        "police",
        "Where is the farm?",
        &[],
    ));
    assert_eq!(
        refused(foreign),
        ExchangeRefusal::ForeignQuestion {
            question: q("q-police-own"),
            agency: a("police"),
        }
    );
    let mut twice = genuine.clone();
    twice.questions.push(twice.questions[0].clone());
    assert_eq!(
        refused(twice),
        ExchangeRefusal::QuestionTwice {
            question: genuine.questions[0].id.clone()
        }
    );
    // The edit itself refuses the same, should one be replayed onto another case.
    let edit = merge_edit(&case, &read(&genuine), &no_choices()).unwrap();
    assert_eq!(
        check(&sample_case(), &edit),
        Err(EditRefusal::Exchange(ExchangeRefusal::UnknownRequest {
            request: request.id.clone()
        }))
    );
}

#[test]
fn a_damaged_file_a_file_that_is_not_a_return_and_another_vaults_file_are_refused() {
    let Exchange {
        lead,
        agency,
        request,
        file,
        ..
    } = exchange();
    block_on(agency.open_question_request(file.as_bytes(), None, day(2))).unwrap();
    let written = block_on(agency.return_to_lead(&request.id)).unwrap();
    let file_error = |result: Result<QuestionReturn, ExchangeError>| match result {
        Err(ExchangeError::File(error)) => error,
        other => panic!("{other:?}"),
    };

    // Damaged: a character changed inside, or the end cut off.
    let lines: Vec<&str> = written.file.lines().collect();
    let mut damaged: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let middle = damaged.len() / 2;
    let flipped: String = damaged[middle]
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 10 {
                if c == 'A' {
                    'B'
                } else {
                    'A'
                }
            } else {
                c
            }
        })
        .collect();
    damaged[middle] = flipped;
    let damaged = damaged.join("\n");
    assert!(matches!(
        file_error(block_on(lead.read_question_return(damaged.as_bytes()))),
        ExchangeFileError::File(OpenError::Corrupted)
    ));
    let cut = &written.file[..written.file.len() / 2];
    assert_eq!(
        file_error(block_on(lead.read_question_return(cut.as_bytes()))),
        ExchangeFileError::File(OpenError::Truncated)
    );
    assert_eq!(
        file_error(block_on(
            lead.read_question_return(b"Dear colleague, see attached")
        )),
        ExchangeFileError::File(OpenError::NotAgeFile)
    );

    // Not a return: another file sealed to the lead's key, a request, a passphrase file.
    let lead_key = block_on(lead.exchange_key()).unwrap();
    let recipient = age::x25519::Recipient::from_str(lead_key.as_str()).unwrap();
    for content in [
        r#"{"format":"tell-once-export","schema":1,"cases":[]}"#,
        r#"{"format":"tell-once-question-request","schema":1}"#,
        "not json at all",
    ] {
        let sealed = seal_armored(content.as_bytes(), &recipient).unwrap();
        assert_eq!(
            file_error(block_on(lead.read_question_return(sealed.as_bytes()))),
            ExchangeFileError::NotAReturn,
            "{content}"
        );
    }
    let newer = seal_armored(
        br#"{"format":"tell-once-question-return","schema":9,"return":{}}"#,
        &recipient,
    )
    .unwrap();
    assert_eq!(
        file_error(block_on(lead.read_question_return(newer.as_bytes()))),
        ExchangeFileError::NewerFormat {
            found: 9,
            supported: 1
        }
    );
    let broken = seal_armored(
        br#"{"format":"tell-once-question-return","schema":1,"return":{"request":"r"}}"#,
        &recipient,
    )
    .unwrap();
    assert!(matches!(
        file_error(block_on(lead.read_question_return(broken.as_bytes()))),
        ExchangeFileError::Damaged { .. }
    ));
    let with_passphrase = seal_with_passphrase(
        b"{}",
        &secret("pebble orchard compass 7"),
        WorkFactor::insecure_for_tests(10),
    )
    .unwrap();
    assert_eq!(
        file_error(block_on(
            lead.read_question_return(with_passphrase.as_bytes())
        )),
        ExchangeFileError::NotAReturn
    );

    // Opened with the wrong vault: a third agency's opens neither the request nor the return,
    // and the lead cannot open its own request as a contribution.
    let third = vault();
    assert_eq!(
        block_on(third.open_question_request(file.as_bytes(), None, day(3))).err(),
        Some(ExchangeError::File(ExchangeFileError::NotForThisVault))
    );
    assert_eq!(
        file_error(block_on(
            third.read_question_return(written.file.as_bytes())
        )),
        ExchangeFileError::NotForThisVault
    );
    assert!(block_on(third.contributions()).unwrap().is_empty());
    assert_eq!(
        block_on(lead.open_question_request(file.as_bytes(), None, day(3))).err(),
        Some(ExchangeError::File(ExchangeFileError::NotForThisVault))
    );
    // A return is not a request.
    assert_eq!(
        block_on(lead.open_question_request(written.file.as_bytes(), None, day(3))).err(),
        Some(ExchangeError::File(ExchangeFileError::NotARequest))
    );
}

#[test]
fn a_request_locked_with_a_passphrase_opens_with_that_passphrase_only() {
    let lead = vault();
    let agency = vault();
    let case = sample_case();
    let lock = |passphrase: &str| RequestLock::Passphrase {
        passphrase: secret(passphrase),
        work_factor: WorkFactor::insecure_for_tests(10),
    };
    assert!(matches!(
        block_on(lead.make_question_request(&case, &a("ngo"), terms(), lock("short"))),
        Err(ExchangeError::WeakPassphrase(_))
    ));
    let made = block_on(lead.make_question_request(
        &case,
        &a("ngo"),
        terms(),
        lock("pebble orchard compass 7"),
    ))
    .unwrap();
    assert_eq!(made.sealed_with, SealedWith::Passphrase);
    let at = day(2);
    let open = |passphrase: Option<&str>| {
        block_on(agency.open_question_request(
            made.file.as_bytes(),
            passphrase.map(secret).as_ref(),
            at,
        ))
    };
    assert_eq!(
        open(None).err(),
        Some(ExchangeError::File(ExchangeFileError::PassphraseNeeded))
    );
    assert_eq!(
        open(Some("not the passphrase at all")).err(),
        Some(ExchangeError::File(ExchangeFileError::File(
            OpenError::WrongPassphrase
        )))
    );
    let contribution = open(Some("pebble orchard compass 7")).unwrap();
    assert_eq!(contribution.request, made.request);
    // A request for an agency not in the case is refused before anything is sealed.
    assert!(matches!(
        block_on(lead.make_question_request(
            &case,
            &a("customs"),
            terms(),
            lock("pebble orchard compass 7")
        )),
        Err(ExchangeError::Request(EditRefusal::UnknownAgency { .. }))
    ));
}

// ---------------------------------------------------------------------------------------------
// Conflicts: the lead's own changes are never overwritten unasked

/// The sample case with a request to the prosecutor recorded, and the prosecutor's
/// contribution opened from it.
fn lead_and_contribution() -> (Case, Contribution) {
    let case = sample_case();
    let request = request_for(&case, "prosecutor", "r-pros");
    let case = with_request(case, &request);
    let contribution = Contribution::open(request, day(2));
    (case, contribution)
}

fn reword(case: &mut Case, id: &str, text: &str, at: Timestamp, by: &str) {
    let question = Question {
        text: text.to_owned(),
        ..case.question(&q(id)).unwrap().clone()
    };
    record(case, put(question), at, by).unwrap();
}

#[test]
fn a_question_both_changed_is_a_conflict_for_the_lead_to_decide() {
    let (mut case, mut contribution) = lead_and_contribution();
    let lead_words = "Tell me about your journey to Marrowby.";
    let agency_words = "Describe each part of the journey to Marrowby.";
    reword(&mut case, "q-journey", lead_words, day(3), LEAD);
    reword(
        &mut contribution.case,
        "q-journey",
        agency_words,
        day(3),
        PROSECUTOR,
    );
    // Both changed the same question to the same words: nothing to merge for it.
    reword(
        &mut case,
        "q-leaving",
        "Tell me about leaving the farm.",
        day(3),
        LEAD,
    );
    reword(
        &mut contribution.case,
        "q-leaving",
        "Tell me about leaving the farm.",
        day(3),
        PROSECUTOR,
    );
    let answer = contribution.next_return();

    let preview = preview_merge(&case, &answer, &no_choices()).unwrap();
    assert_eq!(items(&preview), [("q-journey", ReturnedChange::Changed)]);
    let item = &preview.items[0];
    assert!(item.conflict);
    assert_eq!(item.choice, None, "undecided until the lead chooses");
    assert_eq!(item.lead.as_ref().unwrap().text, lead_words);
    assert_eq!(item.returned.as_ref().unwrap().text, agency_words);
    assert_eq!(
        item.agreed.as_ref().unwrap().text,
        "Describe the journey from your home town to Marrowby."
    );
    assert_eq!(
        merge_edit(&case, &answer, &no_choices()).err(),
        Some(ExchangeRefusal::ConflictUndecided {
            question: q("q-journey")
        })
    );

    // Keeping the lead's version merges nothing into it; the agreed version moves on, so the
    // same return's question does not come back as a conflict.
    let keep = BTreeMap::from([(q("q-journey"), MergeChoice::KeepLead)]);
    let mut kept = case.clone();
    let edit = merge_edit(&kept, &answer, &keep).unwrap();
    record(&mut kept, edit, day(4), LEAD).unwrap();
    assert_eq!(kept.question(&q("q-journey")).unwrap().text, lead_words);
    let mut again = contribution.clone();
    again.returned(&answer);
    let preview = preview_merge(&kept, &again.next_return(), &no_choices()).unwrap();
    assert!(preview.items.is_empty(), "{:?}", preview.items);

    // Taking the agency's version replaces the lead's.
    let take = BTreeMap::from([(q("q-journey"), MergeChoice::TakeReturned)]);
    let edit = merge_edit(&case, &answer, &take).unwrap();
    record(&mut case, edit, day(4), LEAD).unwrap();
    assert_eq!(case.question(&q("q-journey")).unwrap().text, agency_words);
}

#[test]
fn the_leads_change_stays_when_the_agency_left_the_question_as_it_was() {
    let (mut case, mut contribution) = lead_and_contribution();
    reword(
        &mut case,
        "q-journey",
        "Tell me about the journey.",
        day(3),
        LEAD,
    );
    // The lead removed a question the agency changed: a conflict, shown with no lead version.
    record(&mut case, withdraw("q-leaving"), day(3), LEAD).unwrap();
    reword(
        &mut contribution.case,
        "q-leaving",
        "Tell me what would have happened if you had left.",
        day(3),
        PROSECUTOR,
    );
    let answer = contribution.next_return();
    let preview = preview_merge(&case, &answer, &no_choices()).unwrap();
    assert_eq!(items(&preview), [("q-leaving", ReturnedChange::Changed)]);
    assert!(preview.items[0].conflict && preview.items[0].lead.is_none());
    let keep = BTreeMap::from([(q("q-leaving"), MergeChoice::KeepLead)]);
    let edit = merge_edit(&case, &answer, &keep).unwrap();
    record(&mut case, edit, day(4), LEAD).unwrap();
    assert_eq!(
        case.question(&q("q-journey")).unwrap().text,
        "Tell me about the journey."
    );
    assert!(case.question(&q("q-leaving")).is_none());
}

#[test]
fn a_withdrawal_the_case_cannot_take_yet_is_left_out_and_shows_again() {
    let (mut case, mut contribution) = lead_and_contribution();
    // The lead merged the police's debt question into the prosecutor's.
    record(
        &mut case,
        CaseEdit::AcceptSuggestion {
            suggestion: Suggestion::Merge {
                keep: q("q-debt-prosecutor"),
                merged: vec![q("q-debt-police")],
            },
        },
        day(3),
        LEAD,
    )
    .unwrap();
    assert!(matches!(
        case.question(&q("q-debt-police")).unwrap().set_aside,
        Some(SetAside::MergedInto { .. })
    ));
    contribution
        .record(withdraw("q-debt-prosecutor"), day(3), PROSECUTOR)
        .unwrap();
    contribution
        .record(
            put(question(
                "q-pros-new",
                "prosecutor",
                "Describe the farm.",
                &[],
            )),
            day(3),
            PROSECUTOR,
        )
        .unwrap();
    let answer = contribution.next_return();
    // The merge raised the kept question's priority to the police's: the lead changed it too.
    let preview = preview_merge(&case, &answer, &no_choices()).unwrap();
    let withdrawn = preview
        .items
        .iter()
        .find(|i| i.question.as_str() == "q-debt-prosecutor")
        .unwrap();
    assert!(withdrawn.conflict && withdrawn.refused.is_none());
    let take = BTreeMap::from([(q("q-debt-prosecutor"), MergeChoice::TakeReturned)]);
    let preview = preview_merge(&case, &answer, &take).unwrap();
    let withdrawn = preview
        .items
        .iter()
        .find(|i| i.question.as_str() == "q-debt-prosecutor")
        .unwrap();
    assert_eq!(
        withdrawn.refused,
        Some(EditRefusal::QuestionInUse {
            question: q("q-debt-prosecutor")
        })
    );
    let edit = merge_edit(&case, &answer, &take).unwrap();
    record(&mut case, edit, day(4), LEAD).unwrap();
    assert!(
        case.question(&q("q-debt-prosecutor")).is_some(),
        "still in use"
    );
    assert!(case.question(&q("q-pros-new")).is_some(), "the rest merged");

    // The next return shows the withdrawal again, and once the lead undoes the merge, it goes.
    contribution.returned(&answer);
    let next = contribution.next_return();
    let preview = preview_merge(&case, &next, &no_choices()).unwrap();
    assert_eq!(
        items(&preview),
        [("q-debt-prosecutor", ReturnedChange::Withdrawn)]
    );
    record(
        &mut case,
        CaseEdit::UndoSuggestion { position: 0 },
        day(5),
        LEAD,
    )
    .unwrap();
    // Undone, the question is as the lead and the agency last agreed: no conflict left.
    merge(&mut case, &next, day(6));
    assert!(case.question(&q("q-debt-prosecutor")).is_none());
    assert_eq!(
        case.question_request(&"r-pros".into()).unwrap().last_merged,
        2
    );
}

#[test]
fn a_new_question_whose_id_the_case_already_uses_is_refused_not_merged_over_it() {
    let (case, mut contribution) = lead_and_contribution();
    // The agency's new question happens to have the id of one of the police's.
    contribution
        .record(
            put(question(
                "q-rapport",
                "prosecutor",
                "Describe the farm.",
                &[],
            )),
            day(3),
            PROSECUTOR,
        )
        .unwrap();
    let answer = contribution.next_return();
    let preview = preview_merge(&case, &answer, &no_choices()).unwrap();
    assert_eq!(items(&preview), [("q-rapport", ReturnedChange::New)]);
    assert_eq!(
        preview.items[0].refused,
        Some(EditRefusal::AlreadyInCase {
            id: "q-rapport".into()
        })
    );
    let mut merged = case.clone();
    let edit = merge_edit(&merged, &answer, &no_choices()).unwrap();
    record(&mut merged, edit, day(4), LEAD).unwrap();
    assert_eq!(
        merged.question(&q("q-rapport")),
        case.question(&q("q-rapport"))
    );
}

// ---------------------------------------------------------------------------------------------
// Words for every refusal

#[test]
fn every_exchange_refusal_has_its_words_in_english_and_spanish() {
    use tell_once::i18n::{Locale, Translator};
    use tell_once::vault::exchange::{ContactError, ExchangeKeyError};
    let request = QuestionRequestId::new("r1");
    let model: Vec<&'static str> = [
        ExchangeRefusal::DueBeforeRequest,
        ExchangeRefusal::UnknownRequest {
            request: request.clone(),
        },
        ExchangeRefusal::WrongToken {
            request: request.clone(),
        },
        ExchangeRefusal::WrongAgency {
            request: request.clone(),
            expected: a("prosecutor"),
            found: a("ngo"),
        },
        ExchangeRefusal::AlreadyMerged {
            request,
            sequence: 1,
            last_merged: 2,
        },
        ExchangeRefusal::ForeignQuestion {
            question: q("q1"),
            agency: a("police"),
        },
        ExchangeRefusal::QuestionTwice { question: q("q1") },
        ExchangeRefusal::ConflictUndecided { question: q("q1") },
    ]
    .iter()
    .map(ExchangeRefusal::message_id)
    .chain(
        [
            ContributionRefusal::NotAQuestionChange,
            ContributionRefusal::NotOwnQuestion { question: q("q1") },
            ContributionRefusal::Edit(EditRefusal::ZeroDuration),
        ]
        .iter()
        .map(ContributionRefusal::message_id),
    )
    .collect();
    let vault: Vec<&'static str> = [
        ExchangeKeyError::Blank,
        ExchangeKeyError::SecretKeyGiven,
        ExchangeKeyError::NotAnExchangeKey,
        ExchangeKeyError::WrongChecksum,
        ExchangeKeyError::OwnKey,
    ]
    .iter()
    .map(ExchangeKeyError::message_id)
    .chain(
        [
            ContactError::BlankName,
            ContactError::AlreadyAContact {
                agency: "Marrowby Police".into(),
            },
            ContactError::UnknownContact,
        ]
        .iter()
        .map(ContactError::message_id),
    )
    .chain(
        [
            ExchangeFileError::TooLarge { size: 9, max: 8 },
            ExchangeFileError::File(OpenError::Corrupted),
            ExchangeFileError::NotForThisVault,
            ExchangeFileError::PassphraseNeeded,
            ExchangeFileError::NotARequest,
            ExchangeFileError::NotAReturn,
            ExchangeFileError::NewerFormat {
                found: 2,
                supported: 1,
            },
            ExchangeFileError::Damaged {
                detail: String::new(),
            },
            ExchangeFileError::OwnRequest,
        ]
        .iter()
        .map(ExchangeFileError::message_id),
    )
    .chain(
        [
            ExchangeError::Request(EditRefusal::ZeroDuration),
            ExchangeError::WeakPassphrase(tell_once::vault::crypto::PassphraseError::Blank),
            ExchangeError::UnknownContribution("r1".into()),
            ExchangeError::Vault(tell_once::vault::VaultError::NoVault),
            ExchangeError::Encryption(tell_once::vault::crypto::SealError(String::new())),
        ]
        .iter()
        .map(ExchangeError::message_id),
    )
    .collect();
    let mut ids: Vec<&str> = model.iter().chain(&vault).copied().collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "one message for each refusal");
    for locale in [Locale::En, Locale::Es] {
        let t = Translator::new(locale);
        for id in &ids {
            let text = t.tr_with(
                id,
                &[
                    ("request", "r1".into()),
                    ("agency", "Tessaly County Prosecutor's Office".into()),
                    ("found", "Harbour Light Support Centre".into()),
                    ("sequence", 1.into()),
                    ("merged", 2.into()),
                    ("question", "“Describe the farm.”".into()),
                    ("size", 9.into()),
                    ("max", 8.into()),
                    ("supported", 1.into()),
                    ("reason", "a reason".into()),
                ],
            );
            assert_ne!(&text, id, "{locale:?} lacks it");
            assert!(!text.contains('{'), "{locale:?}: {text}");
        }
    }
}
