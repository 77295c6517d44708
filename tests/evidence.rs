//! Evidence items of a case: the catalogue, the typed edits and their refusals, status moves,
//! accepting and undoing an evidence request, and stored cases with and without evidence.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use tell_once::model::case::{Agency, AgencyRole, Case, CaseEdit, Suggestion};
use tell_once::model::edit::{apply, check, record, replay, AgencyUses, EditRefusal};
use tell_once::model::evidence::of_case::{
    corroboration_of, guidance_for, items_covering, kinds_for, new_evidence_id,
};
use tell_once::model::evidence::{
    check_move, default_guidance, Corroboration, EvidenceGuidance, EvidenceItem, EvidenceKind,
    EvidenceRefusal, EvidenceStatus,
};
use tell_once::model::planner::{accept, undo, PlannerError};
use tell_once::model::sample::sample_case;
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::topic::{default_topics, Topic};
use tell_once::model::{AgencyId, CaseId, EvidenceId, LanguageTag, Timestamp, TopicId};

const DAY: i64 = 86_400_000;

fn day(n: i64) -> Timestamp {
    Timestamp(1_772_323_200_000 + n * DAY)
}

fn case() -> Case {
    let mut case = Case::new(CaseId::new("c-ev"), "TO-EV-1", LanguageTag::new("en"));
    case.fictional = true;
    for (id, role) in [("police", AgencyRole::Police), ("ngo", AgencyRole::Ngo)] {
        case.agencies.push(Agency {
            id: AgencyId::new(id),
            name: format!("Quillmoor {id}"),
            role,
        });
    }
    case
}

fn item(id: &str, topics: &[&str], status: EvidenceStatus) -> EvidenceItem {
    EvidenceItem {
        id: EvidenceId::new(id),
        kind: EvidenceKind::FinancialRecords,
        description: "Transfers to the recruiter's account".into(),
        topics: topics.iter().map(|t| TopicId::new(*t)).collect(),
        agency: AgencyId::new("police"),
        status,
    }
}

fn put(item: EvidenceItem) -> CaseEdit {
    CaseEdit::PutEvidence { item }
}

fn moved(id: &str, to: EvidenceStatus) -> CaseEdit {
    CaseEdit::MoveEvidence {
        item: EvidenceId::new(id),
        to,
    }
}

fn applied(case: &Case, edit: CaseEdit) -> Case {
    let mut next = case.clone();
    apply(&mut next, &edit).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    next
}

fn refused(case: &Case, edit: CaseEdit) -> EvidenceRefusal {
    let mut next = case.clone();
    let refusal = apply(&mut next, &edit).expect_err("refused");
    assert_eq!(&next, case, "a refused edit changes nothing");
    assert_eq!(check(case, &edit), Err(refusal.clone()));
    match refusal {
        EditRefusal::Evidence(refusal) => refusal,
        other => panic!("not an evidence refusal: {other:?}"),
    }
}

// ---------- the catalogue ----------

#[test]
fn every_default_topic_has_at_least_one_kind_of_evidence_with_a_line_of_guidance() {
    let case = case();
    for topic in default_topics() {
        let lines = guidance_for(&case, &topic.id);
        assert!(!lines.is_empty(), "{} has no evidence", topic.id);
        for line in lines {
            assert!(!line.guidance.trim().is_empty());
            assert!(!line.guidance.contains('\n'), "one line: {}", line.guidance);
        }
    }
    // Every line is about a default topic, and names a kind once per topic.
    for line in default_guidance() {
        assert!(case.topics.get(&line.topic).is_some(), "{}", line.topic);
        let same = default_guidance()
            .iter()
            .filter(|other| other.topic == line.topic && other.kind == line.kind)
            .count();
        assert_eq!(same, 1, "{} {:?}", line.topic, line.kind);
    }
    // The table of DESIGN: a few rows checked by name.
    let kinds = |topic: &str| kinds_for(&case, &TopicId::new(topic));
    assert!(kinds("payment-and-debt").contains(&EvidenceKind::FinancialRecords));
    assert!(kinds("travel").contains(&EvidenceKind::IdentityAndTravelDocuments));
    assert!(kinds("travel").contains(&EvidenceKind::DeviceData));
    assert!(kinds("injuries-and-health").contains(&EvidenceKind::MedicalAndForensicReports));
    assert!(kinds("working-hours").contains(&EvidenceKind::EmploymentRecords));
}

#[test]
fn every_kind_and_default_line_has_a_message_in_english_and_spanish() {
    use tell_once::i18n::{Locale, Translator};
    for locale in [Locale::En, Locale::Es] {
        let t = Translator::new(locale);
        for kind in EvidenceKind::ALL {
            assert!(
                t.has(&kind.message_id()),
                "{locale:?} {}",
                kind.message_id()
            );
            assert_eq!(EvidenceKind::from_slug(kind.slug()), Some(kind));
        }
        for line in default_guidance() {
            assert!(
                t.has(&line.message_id()),
                "{locale:?} {}",
                line.message_id()
            );
        }
        for status in ["to-request", "requested", "obtained", "not-obtainable"] {
            assert!(t.has(&format!("evidence-status-{status}")));
        }
    }
}

#[test]
fn a_case_extends_the_catalogue_for_its_own_topics_and_the_defaults() {
    let mut case = case();
    let custom = Topic {
        id: TopicId::new("forced-begging"),
        description: "Being made to beg in the street.".into(),
        sensitive: false,
    };
    apply(&mut case, &CaseEdit::AddTopic { topic: custom }).unwrap();
    let topic = TopicId::new("forced-begging");
    assert!(
        kinds_for(&case, &topic).is_empty(),
        "none until the team adds one"
    );
    let line = EvidenceGuidance {
        topic: topic.clone(),
        kind: EvidenceKind::PhotographsAndObjects,
        guidance: "CCTV stills of the street corners".into(),
    };
    let case = applied(
        &case,
        CaseEdit::AddEvidenceGuidance {
            guidance: line.clone(),
        },
    );
    assert_eq!(
        kinds_for(&case, &topic),
        [EvidenceKind::PhotographsAndObjects]
    );
    assert_eq!(guidance_for(&case, &topic), [&line]);
    // A default topic gains a line after its defaults.
    let travel = TopicId::new("travel");
    let before = kinds_for(&case, &travel);
    let case = applied(
        &case,
        CaseEdit::AddEvidenceGuidance {
            guidance: EvidenceGuidance {
                topic: travel.clone(),
                kind: EvidenceKind::WitnessStatements,
                guidance: "Other passengers on the bus".into(),
            },
        },
    );
    let after = kinds_for(&case, &travel);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.last(), Some(&EvidenceKind::WitnessStatements));

    // Refused: the same kind again, a blank line, an unknown topic.
    let again = EvidenceGuidance {
        guidance: "Something else".into(),
        ..line.clone()
    };
    assert_eq!(
        refused(&case, CaseEdit::AddEvidenceGuidance { guidance: again }),
        EvidenceRefusal::GuidanceAlreadyListed {
            topic: topic.clone(),
            kind: EvidenceKind::PhotographsAndObjects
        }
    );
    let default_again = EvidenceGuidance {
        topic: TopicId::new("payment-and-debt"),
        kind: EvidenceKind::FinancialRecords,
        guidance: "Bank records".into(),
    };
    assert!(matches!(
        refused(
            &case,
            CaseEdit::AddEvidenceGuidance {
                guidance: default_again
            }
        ),
        EvidenceRefusal::GuidanceAlreadyListed { .. }
    ));
    let blank = EvidenceGuidance {
        kind: EvidenceKind::Other,
        guidance: "  ".into(),
        ..line.clone()
    };
    assert_eq!(
        refused(&case, CaseEdit::AddEvidenceGuidance { guidance: blank }),
        EvidenceRefusal::BlankGuidance
    );
    let unknown = EvidenceGuidance {
        topic: TopicId::new("no-such-topic"),
        ..line
    };
    assert_eq!(
        refused(&case, CaseEdit::AddEvidenceGuidance { guidance: unknown }),
        EvidenceRefusal::UnknownTopic {
            topic: TopicId::new("no-such-topic")
        }
    );
}

// ---------- putting and removing ----------

#[test]
fn an_item_is_added_and_changed_by_id_keeping_its_status() {
    let case = applied(
        &case(),
        put(item(
            "ev1",
            &["payment-and-debt"],
            EvidenceStatus::ToRequest,
        )),
    );
    assert_eq!(case.evidence.len(), 1);
    let case = applied(
        &case,
        moved("ev1", EvidenceStatus::Requested { at: day(1) }),
    );
    // A form sends the item as it shows it, status and all: the status stays the case's.
    let mut changed = item(
        "ev1",
        &["payment-and-debt", "perpetrators"],
        EvidenceStatus::ToRequest,
    );
    changed.description = "  Transfers between the recruiters  ".into();
    changed.kind = EvidenceKind::Communications;
    changed.agency = AgencyId::new("ngo");
    let case = applied(&case, put(changed));
    let kept = case.evidence_item(&EvidenceId::new("ev1")).unwrap();
    assert_eq!(case.evidence.len(), 1);
    assert_eq!(kept.description, "Transfers between the recruiters");
    assert_eq!(kept.kind, EvidenceKind::Communications);
    assert_eq!(kept.agency, AgencyId::new("ngo"));
    assert_eq!(kept.topics.len(), 2);
    assert_eq!(kept.status, EvidenceStatus::Requested { at: day(1) });
}

#[test]
fn an_item_is_refused_without_words_topics_a_known_agency_or_a_reason() {
    let case = case();
    let mut blank = item("ev1", &["recruitment"], EvidenceStatus::ToRequest);
    blank.description = " ".into();
    assert_eq!(
        refused(&case, put(blank)),
        EvidenceRefusal::BlankDescription
    );
    assert_eq!(
        refused(&case, put(item("ev1", &[], EvidenceStatus::ToRequest))),
        EvidenceRefusal::NoTopics
    );
    assert_eq!(
        refused(
            &case,
            put(item("ev1", &["no-such-topic"], EvidenceStatus::ToRequest))
        ),
        EvidenceRefusal::UnknownTopic {
            topic: TopicId::new("no-such-topic")
        }
    );
    let mut elsewhere = item("ev1", &["recruitment"], EvidenceStatus::ToRequest);
    elsewhere.agency = AgencyId::new("embassy");
    assert_eq!(
        refused(&case, put(elsewhere)),
        EvidenceRefusal::UnknownAgency {
            agency: AgencyId::new("embassy")
        }
    );
    let no_reason = EvidenceStatus::NotObtainable {
        at: day(2),
        why: "   ".into(),
    };
    assert_eq!(
        refused(&case, put(item("ev1", &["recruitment"], no_reason))),
        EvidenceRefusal::NoReason
    );
    let backwards = EvidenceStatus::Obtained {
        requested_at: Some(day(5)),
        at: day(4),
    };
    assert_eq!(
        refused(&case, put(item("ev1", &["recruitment"], backwards))),
        EvidenceRefusal::DateBeforePrevious {
            date: day(4),
            previous: day(5)
        }
    );
    // Each refusal has its own message id.
    let ids: std::collections::HashSet<&str> = [
        EvidenceRefusal::BlankDescription,
        EvidenceRefusal::NoTopics,
        EvidenceRefusal::NoReason,
        EvidenceRefusal::BlankGuidance,
    ]
    .iter()
    .map(|r| r.message_id())
    .collect();
    assert_eq!(ids.len(), 4);
}

#[test]
fn an_item_is_removed_once_and_an_unknown_one_is_refused() {
    let case = applied(
        &case(),
        put(item("ev1", &["recruitment"], EvidenceStatus::ToRequest)),
    );
    let gone = applied(
        &case,
        CaseEdit::RemoveEvidence {
            item: EvidenceId::new("ev1"),
        },
    );
    assert!(gone.evidence.is_empty());
    assert_eq!(
        refused(
            &gone,
            CaseEdit::RemoveEvidence {
                item: EvidenceId::new("ev1")
            }
        ),
        EvidenceRefusal::UnknownItem {
            item: EvidenceId::new("ev1")
        }
    );
    assert_eq!(
        refused(
            &gone,
            moved("ev1", EvidenceStatus::Requested { at: day(1) })
        ),
        EvidenceRefusal::UnknownItem {
            item: EvidenceId::new("ev1")
        }
    );
}

#[test]
fn an_agency_holding_evidence_cannot_be_removed_until_the_evidence_moves_or_goes() {
    let case = applied(
        &case(),
        put(item("ev1", &["recruitment"], EvidenceStatus::ToRequest)),
    );
    let remove = CaseEdit::RemoveAgency {
        agency: AgencyId::new("police"),
    };
    assert_eq!(
        check(&case, &remove),
        Err(EditRefusal::AgencyInUse {
            agency: AgencyId::new("police"),
            uses: AgencyUses {
                evidence: 1,
                ..AgencyUses::default()
            },
        })
    );
    // Given to another agency, the evidence no longer holds the police in the case.
    let mut handed = item("ev1", &["recruitment"], EvidenceStatus::ToRequest);
    handed.agency = AgencyId::new("ngo");
    let case = applied(&case, put(handed));
    let case = applied(&case, remove);
    assert!(case.agency(&AgencyId::new("police")).is_none());
}

// ---------- status moves ----------

#[test]
fn status_moves_forward_only_and_dates_never_go_back() {
    use EvidenceStatus as S;
    let requested = S::Requested { at: day(3) };
    let obtained = S::Obtained {
        requested_at: Some(day(3)),
        at: day(9),
    };
    let lost = S::NotObtainable {
        at: day(8),
        why: "The phone was wiped".into(),
    };
    // Allowed.
    for (from, to) in [
        (S::ToRequest, requested.clone()),
        (
            S::ToRequest,
            S::Obtained {
                requested_at: None,
                at: day(1),
            },
        ),
        (S::ToRequest, lost.clone()),
        (requested.clone(), obtained.clone()),
        (requested.clone(), S::Requested { at: day(40) }),
        (requested.clone(), lost.clone()),
        (lost.clone(), S::Requested { at: day(10) }),
    ] {
        assert_eq!(check_move(&from, &to), Ok(()), "{from:?} -> {to:?}");
    }
    // Refused: back to "to request", on from "obtained", or a request date that is not the one made.
    for (from, to) in [
        (requested.clone(), S::ToRequest),
        (obtained.clone(), lost.clone()),
        (obtained.clone(), S::Requested { at: day(20) }),
        (lost.clone(), obtained.clone()),
        (
            requested.clone(),
            S::Obtained {
                requested_at: Some(day(2)),
                at: day(9),
            },
        ),
    ] {
        assert!(
            matches!(
                check_move(&from, &to),
                Err(EvidenceRefusal::MoveNotAllowed { .. })
            ),
            "{from:?} -> {to:?}"
        );
    }
    // Dates.
    assert_eq!(
        check_move(&requested, &S::Requested { at: day(2) }),
        Err(EvidenceRefusal::DateBeforePrevious {
            date: day(2),
            previous: day(3)
        })
    );
    assert_eq!(
        check_move(&lost, &S::Requested { at: day(7) }),
        Err(EvidenceRefusal::DateBeforePrevious {
            date: day(7),
            previous: day(8)
        })
    );
    assert_eq!(
        check_move(
            &requested,
            &S::NotObtainable {
                at: day(4),
                why: String::new()
            }
        ),
        Err(EvidenceRefusal::NoReason)
    );
}

#[test]
fn moving_an_item_through_its_statuses_by_edits_is_recorded_and_replays() {
    let start = case();
    let mut case = start.clone();
    let edits = [
        put(item(
            "ev1",
            &["payment-and-debt"],
            EvidenceStatus::ToRequest,
        )),
        moved("ev1", EvidenceStatus::Requested { at: day(1) }),
        moved("ev1", EvidenceStatus::Requested { at: day(35) }),
        moved(
            "ev1",
            EvidenceStatus::Obtained {
                requested_at: Some(day(35)),
                at: day(40),
            },
        ),
    ];
    for (n, edit) in edits.into_iter().enumerate() {
        record(&mut case, edit, day(n as i64), "Investigator").unwrap();
    }
    assert_eq!(
        case.evidence[0].status,
        EvidenceStatus::Obtained {
            requested_at: Some(day(35)),
            at: day(40)
        }
    );
    assert_eq!(case.history.len(), 5);
    let replayed = replay(
        &Case {
            history: Vec::new(),
            ..start
        },
        &case.history,
    )
    .unwrap();
    assert_eq!(replayed, case);
    // Obtained is where it stays.
    assert!(matches!(
        refused(
            &case,
            moved("ev1", EvidenceStatus::Requested { at: day(50) })
        ),
        EvidenceRefusal::MoveNotAllowed { .. }
    ));
}

// ---------- accepting an evidence request ----------

#[test]
fn an_accepted_evidence_request_adds_the_item_and_undoing_takes_it_out() {
    let case = case();
    let request = Suggestion::RequestEvidence {
        item: item(
            "ev-recruitment-financial",
            &["recruitment"],
            EvidenceStatus::Requested { at: day(2) },
        ),
    };
    let accepted = applied(
        &case,
        CaseEdit::AcceptSuggestion {
            suggestion: request.clone(),
        },
    );
    assert_eq!(accepted.evidence.len(), 1);
    assert_eq!(accepted.accepted.len(), 1);
    assert!(
        accepted.accepted[0].before.is_empty(),
        "no question changed"
    );
    assert_eq!(accepted.questions, case.questions);
    // Added by a suggestion, it leaves by undoing that suggestion, even once it moved on.
    let id = EvidenceId::new("ev-recruitment-financial");
    assert_eq!(
        refused(&accepted, CaseEdit::RemoveEvidence { item: id.clone() }),
        EvidenceRefusal::AddedBySuggestion { item: id.clone() }
    );
    let obtained = applied(
        &accepted,
        moved(
            "ev-recruitment-financial",
            EvidenceStatus::Obtained {
                requested_at: Some(day(2)),
                at: day(6),
            },
        ),
    );
    let undone = applied(&obtained, CaseEdit::UndoSuggestion { position: 0 });
    assert_eq!(undone, case);
    assert_eq!(undo(&accepted, 0).unwrap(), case);
    // The same request twice is refused: the id is taken.
    assert_eq!(
        accept(&accepted, &request),
        Err(PlannerError::Evidence(EvidenceRefusal::AlreadyInCase {
            item: id
        }))
    );
    // A request for an agency or topic the case does not have is refused too.
    let mut stranger = item(
        "ev2",
        &["recruitment"],
        EvidenceStatus::Requested { at: day(2) },
    );
    stranger.agency = AgencyId::new("embassy");
    assert!(matches!(
        accept(&case, &Suggestion::RequestEvidence { item: stranger }),
        Err(PlannerError::Evidence(
            EvidenceRefusal::UnknownAgency { .. }
        ))
    ));
}

#[test]
fn new_ids_are_deterministic_and_unused() {
    let mut case = case();
    let topic = TopicId::new("travel");
    let first = new_evidence_id(&case, &topic, EvidenceKind::DeviceData);
    assert_eq!(first.as_str(), "ev-travel-device");
    assert_eq!(
        new_evidence_id(&case, &topic, EvidenceKind::DeviceData),
        first
    );
    case.evidence.push(EvidenceItem {
        id: first,
        ..item("x", &["travel"], EvidenceStatus::ToRequest)
    });
    assert_eq!(
        new_evidence_id(&case, &topic, EvidenceKind::DeviceData).as_str(),
        "ev-travel-device-2"
    );
}

#[test]
fn corroboration_of_a_topic_is_the_best_status_of_its_items() {
    let topic = TopicId::new("payment-and-debt");
    let mut case = case();
    assert_eq!(corroboration_of(&case, &topic), Corroboration::None);
    case.evidence.push(item(
        "lost",
        &["payment-and-debt"],
        EvidenceStatus::NotObtainable {
            at: day(1),
            why: "Closed account".into(),
        },
    ));
    assert_eq!(corroboration_of(&case, &topic), Corroboration::None);
    case.evidence.push(item(
        "noted",
        &["payment-and-debt"],
        EvidenceStatus::ToRequest,
    ));
    assert_eq!(corroboration_of(&case, &topic), Corroboration::ToRequest);
    case.evidence.push(item(
        "asked",
        &["payment-and-debt"],
        EvidenceStatus::Requested { at: day(1) },
    ));
    assert_eq!(corroboration_of(&case, &topic), Corroboration::Requested);
    case.evidence.push(item(
        "held",
        &["payment-and-debt", "perpetrators"],
        EvidenceStatus::Obtained {
            requested_at: None,
            at: day(1),
        },
    ));
    assert_eq!(corroboration_of(&case, &topic), Corroboration::Obtained);
    assert_eq!(items_covering(&case, &topic).len(), 4);
    assert_eq!(
        items_covering(&case, &TopicId::new("perpetrators"))
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        ["held"]
    );
}

// ---------- stored cases ----------

#[test]
fn a_case_with_evidence_round_trips_and_one_without_leaves_the_fields_out() {
    let mut case = sample_case();
    case.evidence_guidance.push(EvidenceGuidance {
        topic: TopicId::new("escape"),
        kind: EvidenceKind::DeviceData,
        guidance: "Location of her phone the night she left".into(),
    });
    case.evidence.push(item(
        "ev-lost",
        &["escape"],
        EvidenceStatus::NotObtainable {
            at: day(3),
            why: "The operator keeps data for 90 days".into(),
        },
    ));
    let stored = encode_case(&case);
    assert!(stored.contains("\"not_obtainable\""), "{stored}");
    assert_eq!(decode_case(&stored).unwrap(), case);

    let mut without = case.clone();
    without.evidence.clear();
    without.evidence_guidance.clear();
    let stored = encode_case(&without);
    let json: Value = serde_json::from_str(&stored).unwrap();
    let fields = json["case"].as_object().unwrap();
    assert!(!fields.contains_key("evidence"));
    assert!(!fields.contains_key("evidence_guidance"));
    assert_eq!(decode_case(&stored).unwrap(), without);
}

#[test]
fn a_case_stored_before_evidence_existed_loads_with_none() {
    // The sample case as a version without evidence wrote it: no evidence fields at all.
    let mut old = sample_case();
    old.evidence.clear();
    let mut json: Value = serde_json::from_str(&encode_case(&old)).unwrap();
    let fields = json["case"].as_object_mut().unwrap();
    fields.remove("evidence");
    fields.remove("evidence_guidance");
    let read = decode_case(&json.to_string()).unwrap();
    assert!(read.evidence.is_empty() && read.evidence_guidance.is_empty());
    assert_eq!(read, old);
    // An unknown field inside an item is refused, as everywhere.
    let mut bad: Value = serde_json::from_str(&encode_case(&sample_case())).unwrap();
    bad["case"]["evidence"][0]["colour"] = Value::from("red");
    assert!(decode_case(&bad.to_string()).is_err());
}
