//! The referral workflow: allowed moves, the consent gate on referring, and the history.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, ConsentStatus,
    Decision,
};
use tell_once::model::directory::{Phone, Service};
use tell_once::model::referral::{Referral, ReferralError, ReferralStatus, StatusChange};
use tell_once::model::{AgeGroup, ConsentEventId, LanguageTag, ReferralId, ServiceId, Timestamp};

use ReferralStatus::{Accepted, Confirmed, Declined, Offered, Referred, Suggested};

fn shelter() -> Service {
    Service {
        id: ServiceId::new("shelter-harbour"),
        name: "Harbour Safe House".to_owned(),
        description: "Emergency shelter for adults.".to_owned(),
        organization: Some("Harbour Aid Trust".to_owned()),
        categories: vec!["Shelter".to_owned()],
        languages: vec!["Spanish (es)".to_owned()],
        phones: vec![Phone {
            number: "+00 555 0100".to_owned(),
            description: None,
        }],
        email: None,
        url: None,
        hours: vec!["Every day: 00:00 to 23:59".to_owned()],
        eligibility: None,
    }
}

fn referral_consent(id: &str, decision: Decision, party: ConsentParty, at: i64) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose: ConsentPurpose::Referral {
            service: ServiceId::new("shelter-harbour"),
        },
        decision,
        party,
        at: Timestamp(at),
        recorded_by: "Specialist Mira Okafor".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("es"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

fn given_at(at: i64) -> ConsentLedger {
    let mut ledger = ConsentLedger::new();
    ledger
        .record(referral_consent(
            "c1",
            Decision::Given,
            ConsentParty::Survivor,
            at,
        ))
        .unwrap();
    ledger
}

fn suggested() -> Referral {
    Referral::suggest(ReferralId::new("r1"), shelter(), Timestamp(100))
}

/// Moves through `steps`, each one minute after the last, panicking on a refusal.
fn walk(mut referral: Referral, steps: &[ReferralStatus], consent: &ConsentLedger) -> Referral {
    for (n, to) in steps.iter().enumerate() {
        let at = Timestamp(1_000 + 60_000 * n as i64);
        referral = referral
            .transition(*to, at, consent, AgeGroup::Adult)
            .expect("allowed move");
    }
    referral
}

#[test]
fn a_suggestion_starts_the_history() {
    let referral = suggested();
    assert_eq!(referral.status, Suggested);
    assert_eq!(referral.id, ReferralId::new("r1"));
    assert_eq!(referral.service, shelter());
    assert_eq!(referral.note, "");
    assert_eq!(
        referral.history,
        vec![StatusChange {
            from: Suggested,
            to: Suggested,
            at: Timestamp(100)
        }]
    );
    assert_eq!(referral.suggested_at(), Some(Timestamp(100)));
    assert_eq!(
        referral.consent_purpose(),
        ConsentPurpose::Referral {
            service: ServiceId::new("shelter-harbour")
        }
    );
}

#[test]
fn the_whole_way_to_confirmed_is_kept_in_the_history() {
    let consent = given_at(0);
    let done = walk(
        suggested(),
        &[Offered, Accepted, Referred, Confirmed],
        &consent,
    );
    assert_eq!(done.status, Confirmed);
    let moves: Vec<(ReferralStatus, ReferralStatus)> =
        done.history.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        moves,
        vec![
            (Suggested, Suggested),
            (Suggested, Offered),
            (Offered, Accepted),
            (Accepted, Referred),
            (Referred, Confirmed),
        ]
    );
    assert_eq!(done.history[4].at, Timestamp(1_000 + 3 * 60_000));
}

#[test]
fn transition_returns_a_new_referral_and_leaves_the_old_one() {
    let referral = suggested();
    let offered = referral
        .transition(
            Offered,
            Timestamp(200),
            &ConsentLedger::new(),
            AgeGroup::Adult,
        )
        .unwrap();
    assert_eq!(referral.status, Suggested);
    assert_eq!(referral.history.len(), 1);
    assert_eq!(offered.status, Offered);
    assert_eq!(offered.history.len(), 2);
}

#[test]
fn the_transition_table_is_exactly_the_documented_one() {
    let allowed = [
        (Suggested, Offered),
        (Suggested, Declined),
        (Offered, Accepted),
        (Offered, Declined),
        (Accepted, Referred),
        (Accepted, Declined),
        (Declined, Offered),
        (Referred, Confirmed),
        (Referred, Declined),
    ];
    for from in ReferralStatus::ALL {
        for to in ReferralStatus::ALL {
            assert_eq!(
                from.can_move_to(to),
                allowed.contains(&(from, to)),
                "{from} -> {to}"
            );
        }
    }
    let open: Vec<ReferralStatus> = ReferralStatus::ALL
        .into_iter()
        .filter(|s| s.is_open())
        .collect();
    assert_eq!(open, vec![Suggested, Offered, Accepted, Referred]);
}

#[test]
fn every_move_outside_the_table_is_an_error_naming_from_and_to() {
    let consent = given_at(0);
    // Reach each status, then try every move the table does not allow.
    let paths: [&[ReferralStatus]; 6] = [
        &[],
        &[Offered],
        &[Offered, Accepted],
        &[Offered, Declined],
        &[Offered, Accepted, Referred],
        &[Offered, Accepted, Referred, Confirmed],
    ];
    for path in paths {
        let referral = walk(suggested(), path, &consent);
        for to in ReferralStatus::ALL {
            if referral.status.can_move_to(to) {
                continue;
            }
            let err = referral
                .transition(to, Timestamp(10_000_000), &consent, AgeGroup::Adult)
                .unwrap_err();
            assert_eq!(
                err,
                ReferralError::InvalidTransition {
                    id: ReferralId::new("r1"),
                    from: referral.status,
                    to
                }
            );
            let text = err.to_string();
            assert!(
                text.contains(&format!("from {} to {to}", referral.status)),
                "{text}"
            );
        }
    }
}

#[test]
fn a_declined_referral_can_be_offered_again() {
    let consent = ConsentLedger::new();
    let again = walk(
        suggested(),
        &[Offered, Declined, Offered, Accepted],
        &consent,
    );
    assert_eq!(again.status, Accepted);
}

#[test]
fn the_survivor_can_decline_even_after_the_referral_was_sent() {
    let consent = given_at(0);
    let declined = walk(
        suggested(),
        &[Offered, Accepted, Referred, Declined],
        &consent,
    );
    assert_eq!(declined.status, Declined);
}

#[test]
fn a_confirmed_referral_is_closed() {
    let consent = given_at(0);
    let done = walk(
        suggested(),
        &[Offered, Accepted, Referred, Confirmed],
        &consent,
    );
    let err = done
        .transition(Declined, Timestamp(9_000_000), &consent, AgeGroup::Adult)
        .unwrap_err();
    assert!(err.to_string().contains("closed"), "{err}");
}

#[test]
fn no_referral_is_sent_without_consent() {
    let accepted = walk(suggested(), &[Offered, Accepted], &ConsentLedger::new());
    let at = Timestamp(5_000_000);
    let err = accepted
        .transition(Referred, at, &ConsentLedger::new(), AgeGroup::Adult)
        .unwrap_err();
    assert_eq!(
        err,
        ReferralError::ConsentRequired {
            id: ReferralId::new("r1"),
            service: ServiceId::new("shelter-harbour"),
            consent: ConsentStatus::Missing,
        }
    );
    assert!(err.to_string().contains("shelter-harbour"));
}

#[test]
fn consent_is_checked_at_the_time_of_the_move() {
    let accepted = walk(suggested(), &[Offered, Accepted], &ConsentLedger::new());
    let mut consent = given_at(5_000_000);
    // Before consent was given.
    assert!(matches!(
        accepted.transition(Referred, Timestamp(4_999_999), &consent, AgeGroup::Adult),
        Err(ReferralError::ConsentRequired {
            consent: ConsentStatus::Missing,
            ..
        })
    ));
    assert!(accepted
        .transition(Referred, Timestamp(5_000_000), &consent, AgeGroup::Adult)
        .is_ok());
    // After it was withdrawn.
    consent
        .record(referral_consent(
            "c2",
            Decision::Withdrawn,
            ConsentParty::Survivor,
            6_000_000,
        ))
        .unwrap();
    assert!(matches!(
        accepted.transition(Referred, Timestamp(6_000_000), &consent, AgeGroup::Adult),
        Err(ReferralError::ConsentRequired {
            consent: ConsentStatus::Withdrawn,
            ..
        })
    ));
}

#[test]
fn consent_to_another_service_does_not_count() {
    let accepted = walk(suggested(), &[Offered, Accepted], &ConsentLedger::new());
    let mut consent = ConsentLedger::new();
    consent
        .record(ConsentEvent {
            purpose: ConsentPurpose::Referral {
                service: ServiceId::new("legal-aid-east"),
            },
            ..referral_consent("c1", Decision::Given, ConsentParty::Survivor, 0)
        })
        .unwrap();
    assert!(matches!(
        accepted.transition(Referred, Timestamp(5_000_000), &consent, AgeGroup::Adult),
        Err(ReferralError::ConsentRequired { .. })
    ));
}

#[test]
fn a_minor_is_referred_only_with_guardian_consent_and_assent() {
    let accepted = walk(suggested(), &[Offered, Accepted], &ConsentLedger::new());
    let at = Timestamp(5_000_000);
    let consent = given_at(0);
    assert_eq!(
        accepted
            .transition(Referred, at, &consent, AgeGroup::Minor)
            .unwrap_err(),
        ReferralError::ConsentRequired {
            id: ReferralId::new("r1"),
            service: ServiceId::new("shelter-harbour"),
            consent: ConsentStatus::GuardianMissing,
        }
    );
    let mut both = consent.clone();
    both.record(referral_consent(
        "g1",
        Decision::Given,
        ConsentParty::Guardian,
        0,
    ))
    .unwrap();
    assert_eq!(
        accepted
            .transition(Referred, at, &both, AgeGroup::Minor)
            .unwrap()
            .status,
        Referred
    );
}

#[test]
fn a_change_cannot_be_dated_before_the_last_one() {
    let offered = suggested()
        .transition(
            Offered,
            Timestamp(500),
            &ConsentLedger::new(),
            AgeGroup::Adult,
        )
        .unwrap();
    let err = offered
        .transition(
            Accepted,
            Timestamp(499),
            &ConsentLedger::new(),
            AgeGroup::Adult,
        )
        .unwrap_err();
    assert_eq!(
        err,
        ReferralError::BeforeLastChange {
            id: ReferralId::new("r1"),
            at: Timestamp(499),
            last: Timestamp(500)
        }
    );
    // Nor before the suggestion itself.
    assert!(matches!(
        suggested().transition(
            Offered,
            Timestamp(99),
            &ConsentLedger::new(),
            AgeGroup::Adult
        ),
        Err(ReferralError::BeforeLastChange { .. })
    ));
}

#[test]
fn a_referral_reads_back_from_storage() {
    let referral = walk(suggested(), &[Offered], &ConsentLedger::new());
    let json = serde_json::to_string(&referral).unwrap();
    assert!(json.contains("\"status\":\"offered\""), "{json}");
    let back: Referral = serde_json::from_str(&json).unwrap();
    assert_eq!(back, referral);
}
