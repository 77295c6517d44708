//! The consent ledger: append-only recording, corrections, status per purpose and time, minors.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tell_once::model::case::{Agency, AgencyRole, Case, PeacePhase, Question, SetAside};
use tell_once::model::consent::{
    ConsentError, ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose,
    ConsentStatus, Decision,
};
use tell_once::model::directory::Service;
use tell_once::model::planner::finding::{Finding, FindingKind, FindingSubject, Severity};
use tell_once::model::planner::{analyze, consent_findings, finding_purposes, offered_purposes};
use tell_once::model::referral::Referral;
use tell_once::model::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, LanguageTag, PriorAccountId, QuestionId,
    ReferralId, ServiceId, Timestamp,
};

use AgeGroup::{Adult, Minor};
use ConsentParty::{Guardian, Survivor};
use Decision::{Declined, Given, Withdrawn};

fn event(
    id: &str,
    purpose: ConsentPurpose,
    decision: Decision,
    party: ConsentParty,
    at: i64,
) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision,
        party,
        at: Timestamp(at),
        recorded_by: "Specialist Mira Okafor".to_owned(),
        method: ConsentMethod::Written,
        language: LanguageTag::new("es"),
        interpreter: Some("Interpreter Leo Vance".to_owned()),
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

fn correction(id: &str, corrects: &str, decision: Decision, at: i64) -> ConsentEvent {
    ConsentEvent {
        corrects: Some(ConsentEventId::new(corrects)),
        ..event(id, ConsentPurpose::Recording, decision, Survivor, at)
    }
}

fn record(ledger: &mut ConsentLedger, event: ConsentEvent) {
    ledger.record(event).expect("a valid event is recorded");
}

fn rec(id: &str, decision: Decision, party: ConsentParty, at: i64) -> ConsentEvent {
    event(id, ConsentPurpose::Recording, decision, party, at)
}

fn status(ledger: &ConsentLedger, at: i64, age: AgeGroup) -> ConsentStatus {
    ledger.status(&ConsentPurpose::Recording, Timestamp(at), age)
}

#[test]
fn nothing_recorded_is_missing() {
    let ledger = ConsentLedger::new();
    assert_eq!(status(&ledger, 100, Adult), ConsentStatus::Missing);
    assert_eq!(status(&ledger, 100, Minor), ConsentStatus::Missing);
    assert!(ledger.purposes().is_empty());
}

#[test]
fn status_is_the_last_event_at_or_before_the_time() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, rec("c2", Withdrawn, Survivor, 20));
    record(&mut ledger, rec("c3", Given, Survivor, 30));
    assert_eq!(status(&ledger, 9, Adult), ConsentStatus::Missing);
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Given);
    assert_eq!(status(&ledger, 19, Adult), ConsentStatus::Given);
    assert_eq!(status(&ledger, 20, Adult), ConsentStatus::Withdrawn);
    assert_eq!(status(&ledger, 29, Adult), ConsentStatus::Withdrawn);
    assert_eq!(status(&ledger, 30, Adult), ConsentStatus::Given);
    assert!(status(&ledger, 30, Adult).is_given());
    assert!(!status(&ledger, 25, Adult).is_given());
}

#[test]
fn a_refusal_is_declined() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Declined, Survivor, 10));
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Declined);
}

#[test]
fn events_at_the_same_time_go_to_the_one_recorded_later() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, rec("c2", Withdrawn, Survivor, 10));
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Withdrawn);
}

#[test]
fn purposes_are_independent_and_name_their_agency_or_service() {
    let mut ledger = ConsentLedger::new();
    let share_police = ConsentPurpose::ShareRecord {
        agency: AgencyId::new("police-north"),
    };
    let share_labour = ConsentPurpose::ShareRecord {
        agency: AgencyId::new("labour-inspectorate"),
    };
    let shelter = ConsentPurpose::Referral {
        service: ServiceId::new("shelter-harbour"),
    };
    record(
        &mut ledger,
        event("c1", share_police.clone(), Given, Survivor, 5),
    );
    record(
        &mut ledger,
        event("c2", shelter.clone(), Declined, Survivor, 6),
    );
    assert_eq!(
        ledger.status(&share_police, Timestamp(7), Adult),
        ConsentStatus::Given
    );
    assert_eq!(
        ledger.status(&share_labour, Timestamp(7), Adult),
        ConsentStatus::Missing
    );
    assert_eq!(
        ledger.status(&shelter, Timestamp(7), Adult),
        ConsentStatus::Declined
    );
    assert_eq!(status(&ledger, 7, Adult), ConsentStatus::Missing);
    assert_eq!(ledger.purposes(), vec![share_police, shelter]);
}

#[test]
fn consent_without_confirmed_understanding_is_not_valid() {
    let mut ledger = ConsentLedger::new();
    record(
        &mut ledger,
        ConsentEvent {
            understanding_confirmed: false,
            ..rec("c1", Given, Survivor, 10)
        },
    );
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::NotUnderstood);
    assert!(!status(&ledger, 10, Adult).is_given());
    // Explained again, understood this time.
    record(&mut ledger, rec("c2", Given, Survivor, 20));
    assert_eq!(status(&ledger, 20, Adult), ConsentStatus::Given);
}

#[test]
fn a_refusal_counts_without_confirmed_understanding() {
    let mut ledger = ConsentLedger::new();
    record(
        &mut ledger,
        ConsentEvent {
            understanding_confirmed: false,
            ..rec("c1", Declined, Survivor, 10)
        },
    );
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Declined);
}

#[test]
fn an_adult_decides_alone() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Guardian, 10));
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Missing);
    record(&mut ledger, rec("c2", Given, Survivor, 11));
    record(&mut ledger, rec("c3", Withdrawn, Guardian, 12));
    assert_eq!(status(&ledger, 12, Adult), ConsentStatus::Given);
}

#[test]
fn a_minor_needs_the_guardian_and_their_own_assent() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("g1", Given, Guardian, 10));
    assert_eq!(status(&ledger, 10, Minor), ConsentStatus::AssentMissing);
    record(&mut ledger, rec("s1", Given, Survivor, 20));
    assert_eq!(status(&ledger, 20, Minor), ConsentStatus::Given);

    let mut child_only = ConsentLedger::new();
    record(&mut child_only, rec("s1", Given, Survivor, 10));
    assert_eq!(
        status(&child_only, 10, Minor),
        ConsentStatus::GuardianMissing
    );
}

#[test]
fn a_withdrawal_by_either_withdraws_for_a_minor() {
    for withdrawing in [Guardian, Survivor] {
        let mut ledger = ConsentLedger::new();
        record(&mut ledger, rec("g1", Given, Guardian, 10));
        record(&mut ledger, rec("s1", Given, Survivor, 10));
        record(&mut ledger, rec("w1", Withdrawn, withdrawing, 30));
        assert_eq!(status(&ledger, 29, Minor), ConsentStatus::Given);
        assert_eq!(
            status(&ledger, 30, Minor),
            ConsentStatus::Withdrawn,
            "{withdrawing}"
        );
    }
}

#[test]
fn for_a_minor_withdrawal_outranks_refusal_and_refusal_outranks_missing() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("s1", Declined, Survivor, 10));
    assert_eq!(status(&ledger, 10, Minor), ConsentStatus::Declined);
    record(&mut ledger, rec("g1", Given, Guardian, 20));
    record(&mut ledger, rec("g2", Withdrawn, Guardian, 30));
    assert_eq!(status(&ledger, 20, Minor), ConsentStatus::Declined);
    assert_eq!(status(&ledger, 30, Minor), ConsentStatus::Withdrawn);
}

#[test]
fn a_minor_whose_assent_was_not_understood_has_not_assented() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("g1", Given, Guardian, 10));
    record(
        &mut ledger,
        ConsentEvent {
            understanding_confirmed: false,
            ..rec("s1", Given, Survivor, 10)
        },
    );
    assert_eq!(status(&ledger, 10, Minor), ConsentStatus::NotUnderstood);
}

#[test]
fn a_duplicate_id_is_refused_and_nothing_changes() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    let before = ledger.clone();
    let err = ledger
        .record(rec("c1", Declined, Survivor, 20))
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::DuplicateId {
            id: ConsentEventId::new("c1")
        }
    );
    assert_eq!(ledger, before);
    assert!(err.to_string().contains("c1"));
}

#[test]
fn a_correction_must_name_a_recorded_event() {
    let mut ledger = ConsentLedger::new();
    let err = ledger
        .record(correction("c2", "c-none", Declined, 10))
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::UnknownCorrected {
            id: ConsentEventId::new("c2"),
            corrects: ConsentEventId::new("c-none"),
        }
    );
    assert!(ledger.events().is_empty());
}

#[test]
fn an_event_is_corrected_once_and_the_correction_is_corrected_next() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, correction("c2", "c1", Declined, 10));
    let err = ledger
        .record(correction("c3", "c1", Given, 10))
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::AlreadyCorrected {
            id: ConsentEventId::new("c3"),
            corrects: ConsentEventId::new("c1"),
            corrected_by: ConsentEventId::new("c2"),
        }
    );
    assert!(err.to_string().contains("correct c2 instead"));
    record(&mut ledger, correction("c3", "c2", Given, 10));
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Given);
}

#[test]
fn who_recorded_and_the_language_are_required() {
    let mut ledger = ConsentLedger::new();
    let err = ledger
        .record(ConsentEvent {
            recorded_by: "  ".to_owned(),
            ..rec("c1", Given, Survivor, 10)
        })
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::BlankRecordedBy {
            id: ConsentEventId::new("c1")
        }
    );
    let err = ledger
        .record(ConsentEvent {
            language: LanguageTag::new(""),
            ..rec("c1", Given, Survivor, 10)
        })
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::BlankLanguage {
            id: ConsentEventId::new("c1")
        }
    );
    assert!(ledger.events().is_empty());
}

#[test]
fn a_decision_cannot_be_slipped_in_before_one_already_recorded() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Declined, Survivor, 50));
    let err = ledger.record(rec("c2", Given, Survivor, 40)).unwrap_err();
    assert_eq!(
        err,
        ConsentError::OutOfOrder {
            id: ConsentEventId::new("c2"),
            purpose: ConsentPurpose::Recording,
            party: Survivor,
            at: Timestamp(40),
            latest: Timestamp(50),
        }
    );
    // Other parties and other purposes keep their own order.
    record(&mut ledger, rec("g1", Given, Guardian, 40));
    record(
        &mut ledger,
        event("p1", ConsentPurpose::Photographs, Given, Survivor, 40),
    );
}

#[test]
fn only_a_given_consent_can_be_withdrawn() {
    let mut ledger = ConsentLedger::new();
    let err = ledger
        .record(rec("w1", Withdrawn, Survivor, 10))
        .unwrap_err();
    assert_eq!(
        err,
        ConsentError::NothingToWithdraw {
            id: ConsentEventId::new("w1"),
            purpose: ConsentPurpose::Recording,
            party: Survivor,
        }
    );
    record(&mut ledger, rec("c1", Declined, Survivor, 10));
    assert!(matches!(
        ledger.record(rec("w1", Withdrawn, Survivor, 20)),
        Err(ConsentError::NothingToWithdraw { .. })
    ));
    // The guardian's consent is not the child's to withdraw through the guardian's record.
    record(&mut ledger, rec("g1", Given, Guardian, 20));
    assert!(matches!(
        ledger.record(rec("w2", Withdrawn, Survivor, 30)),
        Err(ConsentError::NothingToWithdraw { .. })
    ));
}

#[test]
fn a_corrected_event_no_longer_counts_at_any_time() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, rec("c2", Withdrawn, Survivor, 20));
    // The consent at 10 was in fact a refusal; the mistake is found later.
    record(&mut ledger, correction("c3", "c1", Declined, 10));
    assert_eq!(status(&ledger, 15, Adult), ConsentStatus::Declined);
    // The correction is not bound to come after the later withdrawal.
    assert_eq!(ledger.events().len(), 3);
    assert_eq!(
        ledger
            .corrected_by(&ConsentEventId::new("c1"))
            .map(|e| e.id.as_str()),
        Some("c3")
    );
}

#[test]
fn a_correction_may_move_an_event_to_its_real_time() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 100));
    record(&mut ledger, correction("c2", "c1", Given, 60));
    assert_eq!(status(&ledger, 60, Adult), ConsentStatus::Given);
    assert_eq!(status(&ledger, 59, Adult), ConsentStatus::Missing);
}

#[test]
fn a_correction_may_fix_the_purpose() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(
        &mut ledger,
        ConsentEvent {
            corrects: Some(ConsentEventId::new("c1")),
            ..event("c2", ConsentPurpose::Photographs, Given, Survivor, 10)
        },
    );
    assert_eq!(status(&ledger, 10, Adult), ConsentStatus::Missing);
    assert_eq!(
        ledger.status(&ConsentPurpose::Photographs, Timestamp(10), Adult),
        ConsentStatus::Given
    );
    // The purpose keeps its history even though nothing counts for it any more.
    assert_eq!(
        ledger.purposes(),
        vec![ConsentPurpose::Recording, ConsentPurpose::Photographs]
    );
}

#[test]
fn withdraw_builds_a_withdrawal_in_the_language_of_the_consent() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    let withdrawal = ledger
        .withdraw(
            ConsentEventId::new("c2"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(20),
            "Officer Dana Reyes",
        )
        .expect("a given consent can be withdrawn")
        .clone();
    assert_eq!(withdrawal.decision, Withdrawn);
    assert_eq!(withdrawal.party, Survivor);
    assert_eq!(withdrawal.at, Timestamp(20));
    assert_eq!(withdrawal.recorded_by, "Officer Dana Reyes");
    assert_eq!(withdrawal.language, LanguageTag::new("es"));
    assert_eq!(
        withdrawal.interpreter.as_deref(),
        Some("Interpreter Leo Vance")
    );
    assert_eq!(withdrawal.corrects, None);
    assert_eq!(status(&ledger, 20, Adult), ConsentStatus::Withdrawn);
    assert_eq!(ledger.events().last(), Some(&withdrawal));
}

#[test]
fn withdraw_refuses_what_was_never_given() {
    let mut ledger = ConsentLedger::new();
    let err = ledger
        .withdraw(
            ConsentEventId::new("c1"),
            ConsentPurpose::Photographs,
            Survivor,
            Timestamp(5),
            "Officer Dana Reyes",
        )
        .unwrap_err();
    assert!(matches!(err, ConsentError::NothingToWithdraw { .. }));
    assert!(ledger.events().is_empty());
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    // Before the consent was given there was nothing to withdraw.
    assert!(ledger
        .withdraw(
            ConsentEventId::new("c2"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(5),
            "Officer Dana Reyes"
        )
        .is_err());
    // The same id twice is refused.
    assert!(matches!(
        ledger.withdraw(
            ConsentEventId::new("c1"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(20),
            "Officer Dana Reyes"
        ),
        Err(ConsentError::DuplicateId { .. })
    ));
}

#[test]
fn withdrawal_builds_the_event_withdraw_records_without_recording_it() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    let before = ledger.clone();
    let built = ledger
        .withdrawal(
            ConsentEventId::new("c2"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(20),
            "Officer Dana Reyes",
        )
        .expect("a given consent can be withdrawn");
    assert_eq!(ledger, before, "building a withdrawal records nothing");
    assert_eq!(status(&ledger, 20, Adult), ConsentStatus::Given);
    assert_eq!(
        built,
        ConsentEvent {
            method: ConsentMethod::Spoken,
            recorded_by: "Officer Dana Reyes".to_owned(),
            ..rec("c2", Withdrawn, Survivor, 20)
        },
        "spoken, in the language and with the interpreter of the consent it withdraws"
    );
    let recorded = ledger
        .withdraw(
            ConsentEventId::new("c2"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(20),
            "Officer Dana Reyes",
        )
        .expect("the same withdrawal records")
        .clone();
    assert_eq!(recorded, built);
}

#[test]
fn withdrawal_refuses_what_the_party_has_not_given_at_that_time() {
    let mut ledger = ConsentLedger::new();
    let nothing = |ledger: &ConsentLedger, party, at| {
        matches!(
            ledger.withdrawal(
                ConsentEventId::new("w"),
                ConsentPurpose::Recording,
                party,
                Timestamp(at),
                "Officer Dana Reyes",
            ),
            Err(ConsentError::NothingToWithdraw { .. })
        )
    };
    assert!(nothing(&ledger, Survivor, 10));
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, rec("c2", Declined, Guardian, 10));
    assert!(nothing(&ledger, Survivor, 5), "not given yet at that time");
    assert!(!nothing(&ledger, Survivor, 10));
    assert!(nothing(&ledger, Guardian, 10), "the guardian declined");
    // Only building: what recording checks (who recorded it) is left to `check` and `record`.
    let unsigned = ledger
        .withdrawal(
            ConsentEventId::new("c3"),
            ConsentPurpose::Recording,
            Survivor,
            Timestamp(10),
            " ",
        )
        .expect("built");
    assert!(matches!(
        ledger.check(&unsigned),
        Err(ConsentError::BlankRecordedBy { .. })
    ));
}

#[test]
fn history_lists_every_event_of_a_purpose_in_time_order_with_corrections() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 30));
    record(
        &mut ledger,
        event("p1", ConsentPurpose::Photographs, Given, Survivor, 5),
    );
    record(&mut ledger, correction("c2", "c1", Given, 10));
    record(&mut ledger, rec("c3", Withdrawn, Survivor, 40));
    let history = ledger.history(&ConsentPurpose::Recording);
    let ids: Vec<&str> = history
        .iter()
        .map(|entry| entry.event.id.as_str())
        .collect();
    assert_eq!(ids, vec!["c2", "c1", "c3"]);
    assert_eq!(history[1].corrected_by, Some(&ConsentEventId::new("c2")));
    assert_eq!(history[0].corrected_by, None);
    assert_eq!(history[2].corrected_by, None);
}

#[test]
fn a_stored_ledger_reads_back_and_a_broken_one_is_refused() {
    let mut ledger = ConsentLedger::new();
    record(&mut ledger, rec("c1", Given, Survivor, 10));
    record(&mut ledger, correction("c2", "c1", Declined, 10));
    let json = serde_json::to_string(&ledger).unwrap();
    assert!(
        json.starts_with('['),
        "stored as a plain list of events: {json}"
    );
    let back: ConsentLedger = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ledger);

    let twice = format!(
        "[{0},{0}]",
        serde_json::to_string(&rec("c1", Given, Survivor, 10)).unwrap()
    );
    let err = serde_json::from_str::<ConsentLedger>(&twice).unwrap_err();
    assert!(err.to_string().contains("already in the ledger"), "{err}");
}

#[test]
fn error_messages_say_what_to_do() {
    let err = ConsentError::OutOfOrder {
        id: ConsentEventId::new("c9"),
        purpose: ConsentPurpose::Referral {
            service: ServiceId::new("legal-aid-east"),
        },
        party: Guardian,
        at: Timestamp(1),
        latest: Timestamp(2),
    };
    let text = err.to_string();
    assert!(text.contains("referral to legal-aid-east"), "{text}");
    assert!(text.contains("as a correction"), "{text}");
}

// ---- the purposes a case asks consent for -----------------------------------------------

fn case_with(agencies: &[&str], services: &[&str]) -> Case {
    let mut case = Case::new(CaseId::new("c1"), "TR-0001", LanguageTag::new("es"));
    for id in agencies {
        case.agencies.push(Agency {
            id: AgencyId::new(*id),
            name: format!("Fenwold {id}"),
            role: AgencyRole::Other,
        });
    }
    for (n, id) in services.iter().enumerate() {
        let service = Service {
            id: ServiceId::new(*id),
            name: format!("Service {id}"),
            description: String::new(),
            organization: None,
            categories: Vec::new(),
            languages: Vec::new(),
            phones: Vec::new(),
            email: None,
            url: None,
            hours: Vec::new(),
            eligibility: None,
        };
        case.referrals.push(Referral::suggest(
            ReferralId::new(format!("r{n}")),
            service,
            Timestamp(1),
        ));
    }
    case
}

fn share(agency: &str) -> ConsentPurpose {
    ConsentPurpose::ShareRecord {
        agency: AgencyId::new(agency),
    }
}

fn referral(service: &str) -> ConsentPurpose {
    ConsentPurpose::Referral {
        service: ServiceId::new(service),
    }
}

fn finding(kind: FindingKind, concerns: Vec<FindingSubject>) -> Finding {
    Finding {
        kind,
        severity: Severity::Blocking,
        concerns,
        explanation: String::new(),
        suggestion: None,
    }
}

const FIXED: [ConsentPurpose; 6] = [
    ConsentPurpose::TakePart,
    ConsentPurpose::Recording,
    ConsentPurpose::UseAsEvidence,
    ConsentPurpose::MedicalExamination,
    ConsentPurpose::Photographs,
    ConsentPurpose::ContactAfterwards,
];

#[test]
fn offered_purposes_are_the_fixed_ones_then_each_agency_then_each_service() {
    let case = case_with(&["police", "ngo"], &["legal-aid", "shelter"]);
    let mut expected = FIXED.to_vec();
    expected.extend([
        share("police"),
        share("ngo"),
        referral("legal-aid"),
        referral("shelter"),
    ]);
    assert_eq!(offered_purposes(&case, &analyze(&case).findings), expected);
    let bare = case_with(&[], &[]);
    assert_eq!(
        offered_purposes(&bare, &analyze(&bare).findings),
        FIXED.to_vec()
    );
}

#[test]
fn offered_purposes_keep_what_the_ledger_names_once() {
    let mut case = case_with(&["police"], &[]);
    // Consent to share with an agency removed since, and more events of purposes already offered.
    for (n, purpose) in [share("court"), ConsentPurpose::Photographs, share("police")]
        .into_iter()
        .enumerate()
    {
        record(
            &mut case.consent,
            event(&format!("c{n}"), purpose, Given, Survivor, 10),
        );
    }
    let mut expected = FIXED.to_vec();
    expected.extend([share("police"), share("court")]);
    assert_eq!(offered_purposes(&case, &analyze(&case).findings), expected);
}

#[test]
fn offered_purposes_keep_what_a_consent_finding_waits_for() {
    let mut case = case_with(&["police"], &[]);
    let mut waiting = Question::new(
        QuestionId::new("q1"),
        AgencyId::new("police"),
        "What happened at the border?",
        LanguageTag::new("es"),
        Vec::new(),
        PeacePhase::Account,
    );
    waiting.set_aside = Some(SetAside::AwaitingShareConsent {
        record: PriorAccountId::new("video"),
        agencies: vec![AgencyId::new("labour"), AgencyId::new("police")],
    });
    case.questions.push(waiting.into());
    let mut analysis = analyze(&case);
    analysis.findings = vec![
        // A finding that names its purpose.
        finding(
            FindingKind::ConsentMissing,
            vec![FindingSubject::ConsentPurpose(referral("closed-service"))],
        ),
        // A refused share names the question it set aside, which waits for these agencies.
        finding(
            FindingKind::ShareConsentRefused,
            vec![FindingSubject::Question(QuestionId::new("q1"))],
        ),
        // Not a consent finding: what it names is not a purpose to ask for.
        finding(
            FindingKind::DuplicateQuestion,
            vec![FindingSubject::ConsentPurpose(share("not-consent"))],
        ),
    ];
    assert_eq!(
        consent_findings(&analysis.findings)
            .map(|f| f.kind)
            .collect::<Vec<_>>(),
        [
            FindingKind::ConsentMissing,
            FindingKind::ShareConsentRefused
        ]
    );
    assert_eq!(
        finding_purposes(&case, &analysis.findings[1]),
        [share("labour"), share("police")]
    );
    let mut expected = FIXED.to_vec();
    expected.extend([share("police"), referral("closed-service"), share("labour")]);
    assert_eq!(offered_purposes(&case, &analysis.findings), expected);
}

// ---- properties -------------------------------------------------------------------------

fn purposes() -> Vec<ConsentPurpose> {
    vec![
        ConsentPurpose::Recording,
        ConsentPurpose::ShareRecord {
            agency: AgencyId::new("police-north"),
        },
        ConsentPurpose::Referral {
            service: ServiceId::new("shelter-harbour"),
        },
    ]
}

fn arbitrary_event() -> impl Strategy<Value = ConsentEvent> {
    (
        0..8u8,
        0..3usize,
        prop_oneof![Just(Given), Just(Declined), Just(Withdrawn)],
        prop_oneof![Just(Survivor), Just(Guardian)],
        0..30i64,
        any::<bool>(),
        proptest::option::weighted(0.3, 0..8u8),
        0..10u8,
    )
        .prop_map(
            |(id, purpose, decision, party, at, understood, corrects, blank)| ConsentEvent {
                understanding_confirmed: understood,
                corrects: corrects.map(|c| ConsentEventId::new(format!("e{c}"))),
                recorded_by: if blank == 0 {
                    String::new()
                } else {
                    "Specialist Mira Okafor".to_owned()
                },
                ..event(
                    &format!("e{id}"),
                    purposes()[purpose].clone(),
                    decision,
                    party,
                    at,
                )
            },
        )
}

fn all_statuses(ledger: &ConsentLedger, until: i64) -> Vec<ConsentStatus> {
    let mut statuses = Vec::new();
    for purpose in purposes() {
        for at in -1..until {
            for age in [Adult, Minor] {
                statuses.push(ledger.status(&purpose, Timestamp(at), age));
            }
        }
    }
    statuses
}

proptest! {
    #[test]
    fn status_never_panics_and_a_new_event_never_changes_the_past(
        events in proptest::collection::vec(arbitrary_event(), 0..24)
    ) {
        let mut ledger = ConsentLedger::new();
        for event in events {
            // The past, for this event, ends where it or the event it corrects begins.
            let corrected_at = event
                .corrects
                .as_ref()
                .and_then(|id| ledger.event(id))
                .map(|old| old.at);
            let until = corrected_at.map_or(event.at.0, |old| old.0.min(event.at.0));
            let before_len = ledger.events().len();
            let past = all_statuses(&ledger, until);
            let accepted = ledger.record(event).is_ok();
            prop_assert_eq!(ledger.events().len(), before_len + usize::from(accepted));
            prop_assert_eq!(all_statuses(&ledger, until), past);
            for purpose in purposes() {
                let _ = ledger.status(&purpose, Timestamp(i64::MAX), Minor);
                let _ = ledger.history(&purpose);
            }
        }
    }

    #[test]
    fn a_ledger_replays_to_itself(events in proptest::collection::vec(arbitrary_event(), 0..16)) {
        let mut ledger = ConsentLedger::new();
        for event in events {
            let _ = ledger.record(event);
        }
        let json = serde_json::to_string(&ledger).unwrap();
        let back: ConsentLedger = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, ledger);
    }

    /// The ledger finds decisions through an index kept as events are recorded; read straight
    /// from the rules (module documentation) over the plain list of events, the answer is the same.
    #[test]
    fn the_indexed_decisions_are_the_rules_read_over_every_event(
        events in proptest::collection::vec(arbitrary_event(), 0..24)
    ) {
        let mut ledger = ConsentLedger::new();
        for event in events {
            let _ = ledger.record(event);
        }
        let events = ledger.events();
        let corrected: Vec<_> = events.iter().filter_map(|e| e.corrects.clone()).collect();
        for purpose in purposes() {
            for at in -1..32 {
                // An adult's status is the survivor's last counting event at or before `at`,
                // a later-recorded one winning a tie.
                let last = events
                    .iter()
                    .filter(|e| e.purpose == purpose && e.party == Survivor && e.at.0 <= at)
                    .filter(|e| !corrected.contains(&e.id))
                    .max_by_key(|e| e.at);
                let expected = match last {
                    None => ConsentStatus::Missing,
                    Some(e) => match e.decision {
                        Given if e.understanding_confirmed => ConsentStatus::Given,
                        Given => ConsentStatus::NotUnderstood,
                        Declined => ConsentStatus::Declined,
                        Withdrawn => ConsentStatus::Withdrawn,
                    },
                };
                prop_assert_eq!(ledger.status(&purpose, Timestamp(at), Adult), expected);
            }
            // A purpose's history is every event of it, corrected ones included, in time order
            // (ties in recording order).
            let mut every: Vec<&ConsentEvent> = events.iter().filter(|e| e.purpose == purpose).collect();
            every.sort_by_key(|e| e.at);
            let history = ledger.history(&purpose);
            prop_assert_eq!(history.iter().map(|entry| entry.event).collect::<Vec<_>>(), every);
            for entry in history {
                let by = events.iter().find(|e| e.corrects.as_ref() == Some(&entry.event.id));
                prop_assert_eq!(entry.corrected_by, by.map(|e| &e.id));
            }
        }
        // The purposes named are those of the events, each once, in order.
        let mut named: Vec<ConsentPurpose> = events.iter().map(|e| e.purpose.clone()).collect();
        named.sort();
        named.dedup();
        prop_assert_eq!(ledger.purposes(), named);
    }
}
