//! The agency share packet: only what the survivor consented to share with that agency.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::model::case::{Case, Suggestion};
use tell_once::model::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::generate::generated_case;
use tell_once::model::planner::{accept, latest_consent_time};
use tell_once::model::sample::sample_case;
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::share::share_packet;
use tell_once::model::{AgeGroup, AgencyId, ConsentEventId, LanguageTag, QuestionId, Timestamp};

fn agency(id: &str) -> AgencyId {
    AgencyId::new(id)
}

fn share(id: &str) -> ConsentPurpose {
    ConsentPurpose::ShareRecord { agency: agency(id) }
}

/// A moment after everything in the sample case.
fn later(case: &Case) -> Timestamp {
    Timestamp(latest_consent_time(case).0 + 1_000)
}

fn event(id: &str, purpose: ConsentPurpose, decision: Decision, at: Timestamp) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision,
        party: ConsentParty::Survivor,
        at,
        recorded_by: "Caseworker".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("es"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

fn accounts(packet: &Case) -> Vec<&str> {
    packet
        .prior_accounts
        .iter()
        .map(|account| account.id.as_str())
        .collect()
}

fn questions(packet: &Case) -> Vec<&str> {
    packet.questions.iter().map(|q| q.id.as_str()).collect()
}

fn event_ids(packet: &Case) -> Vec<&str> {
    packet
        .consent
        .events()
        .iter()
        .map(|event| event.id.as_str())
        .collect()
}

fn agencies(packet: &Case) -> Vec<&str> {
    packet.agencies.iter().map(|a| a.id.as_str()).collect()
}

#[test]
fn with_share_consent_given_the_agency_gets_the_records_and_only_its_own_questions() {
    let case = sample_case();
    let packet = share_packet(&case, &agency("prosecutor"), later(&case));
    assert_eq!(accounts(&packet), ["pa-video", "pa-intake"]);
    assert_eq!(
        questions(&packet),
        ["q-journey", "q-debt-prosecutor", "q-leaving"]
    );
    // Only take part and the prosecutor's sharing: not recording, not the referral.
    assert_eq!(event_ids(&packet), ["c-take-part", "c-share-prosecutor"]);
    assert!(packet.referrals.is_empty() && !case.referrals.is_empty());
    assert!(packet.sessions.is_empty() && !case.sessions.is_empty());
    assert!(packet.accepted.is_empty());
    assert!(packet.fictional);
    assert_eq!((&packet.id, &packet.code), (&case.id, &case.code));
    // Wellbeing information travels with the share consent.
    assert_eq!(packet.profile, case.profile);
    // The holders of the shared records, so that the references resolve.
    assert_eq!(agencies(&packet), ["police", "prosecutor", "ngo"]);
}

#[test]
fn without_share_consent_the_agency_gets_only_its_own_record_and_no_wellbeing_details() {
    let case = sample_case();
    let packet = share_packet(&case, &agency("ngo"), later(&case));
    assert_eq!(accounts(&packet), ["pa-intake"]);
    assert_eq!(
        questions(&packet),
        ["q-job-offer", "q-passport", "q-support"]
    );
    assert_eq!(event_ids(&packet), ["c-take-part"]);
    assert_eq!(agencies(&packet), ["ngo"]);
    assert!(packet.profile.accommodations.is_empty());
    assert!(packet.profile.avoid_topics.is_empty());
    assert_eq!(packet.profile.support_person, None);
    // What the agency needs to speak with the survivor at all stays.
    assert_eq!(packet.profile.language, case.profile.language);
    assert_eq!(packet.profile.age_group, case.profile.age_group);
    assert_eq!(
        packet.profile.interpreter_needed,
        case.profile.interpreter_needed
    );
}

#[test]
fn a_withdrawal_takes_the_records_back_from_then_on() {
    let mut case = sample_case();
    let given_at = latest_consent_time(&case);
    let withdrawn_at = Timestamp(given_at.0 + 5_000);
    case.consent
        .record(event(
            "c-withdraw-prosecutor",
            share("prosecutor"),
            Decision::Withdrawn,
            withdrawn_at,
        ))
        .expect("the share consent was given");
    let packet = share_packet(&case, &agency("prosecutor"), later(&case));
    assert!(
        accounts(&packet).is_empty(),
        "the prosecutor holds no record"
    );
    assert!(packet.profile.accommodations.is_empty());
    assert_eq!(
        event_ids(&packet),
        ["c-take-part", "c-share-prosecutor", "c-withdraw-prosecutor"]
    );
    // A packet made before the withdrawal held the records.
    let before = share_packet(&case, &agency("prosecutor"), given_at);
    assert_eq!(accounts(&before), ["pa-video", "pa-intake"]);
}

#[test]
fn a_declined_share_keeps_other_agencies_records_out() {
    let mut case = sample_case();
    let at = later(&case);
    case.consent
        .record(event(
            "c-share-police",
            share("police"),
            Decision::Declined,
            at,
        ))
        .expect("a first decision");
    let packet = share_packet(&case, &agency("police"), at);
    assert_eq!(
        accounts(&packet),
        ["pa-video"],
        "only the police's own record"
    );
    assert_eq!(event_ids(&packet), ["c-take-part", "c-share-police"]);
    assert!(packet.profile.avoid_topics.is_empty());
}

#[test]
fn consent_given_without_confirmed_understanding_shares_nothing() {
    let mut case = sample_case();
    let at = later(&case);
    let mut unclear = event("c-share-ngo", share("ngo"), Decision::Given, at);
    unclear.understanding_confirmed = false;
    case.consent.record(unclear).expect("a first decision");
    let packet = share_packet(&case, &agency("ngo"), at);
    assert_eq!(accounts(&packet), ["pa-intake"]);
    assert_eq!(event_ids(&packet), ["c-take-part", "c-share-ngo"]);
}

#[test]
fn a_minor_needs_the_guardians_consent_and_the_childs_assent() {
    let mut case = sample_case();
    case.profile.age_group = AgeGroup::Minor;
    let at = later(&case);
    let mut guardian = event("c-guardian-ngo", share("ngo"), Decision::Given, at);
    guardian.party = ConsentParty::Guardian;
    case.consent.record(guardian).expect("a first decision");
    let packet = share_packet(&case, &agency("ngo"), at);
    assert_eq!(
        accounts(&packet),
        ["pa-intake"],
        "the child has not assented"
    );
    assert!(packet.profile.accommodations.is_empty());
    assert_eq!(packet.profile.age_group, AgeGroup::Minor);

    case.consent
        .record(event("c-child-ngo", share("ngo"), Decision::Given, at))
        .expect("a first decision of the child");
    let packet = share_packet(&case, &agency("ngo"), at);
    assert_eq!(accounts(&packet), ["pa-video", "pa-intake"]);
    assert_eq!(packet.profile.accommodations, case.profile.accommodations);
    assert_eq!(
        event_ids(&packet),
        ["c-take-part", "c-guardian-ngo", "c-child-ngo"]
    );

    // The sample's prosecutor consent was recorded for an adult survivor only: no guardian.
    let packet = share_packet(&case, &agency("prosecutor"), at);
    assert!(accounts(&packet).is_empty());
}

#[test]
fn a_merged_question_credited_to_the_agency_comes_along() {
    let case = accept(
        &sample_case(),
        &Suggestion::Merge {
            keep: QuestionId::new("q-debt-police"),
            merged: vec![QuestionId::new("q-debt-prosecutor")],
        },
    )
    .expect("the merge applies");
    let packet = share_packet(&case, &agency("prosecutor"), later(&case));
    assert_eq!(
        questions(&packet),
        [
            "q-journey",
            "q-debt-police",
            "q-debt-prosecutor",
            "q-leaving"
        ]
    );
    assert!(packet.accepted.is_empty() && !case.accepted.is_empty());
    let police = share_packet(&case, &agency("police"), later(&case));
    assert!(!questions(&police).contains(&"q-debt-prosecutor"));
}

#[test]
fn a_correction_across_purposes_travels_with_what_it_corrects() {
    let mut case = sample_case();
    let at = later(&case);
    // Recorded for the police by mistake; the survivor agreed to share with the NGO.
    case.consent
        .record(event("c-wrong", share("police"), Decision::Given, at))
        .expect("a first decision");
    let mut fix = event("c-fix", share("ngo"), Decision::Given, at);
    fix.corrects = Some(ConsentEventId::new("c-wrong"));
    case.consent.record(fix).expect("a correction");

    let packet = share_packet(&case, &agency("ngo"), at);
    assert_eq!(accounts(&packet), ["pa-video", "pa-intake"]);
    assert_eq!(event_ids(&packet), ["c-take-part", "c-wrong", "c-fix"]);
    assert!(packet
        .consent
        .status(&share("ngo"), at, AgeGroup::Adult)
        .is_given());
    assert!(!packet
        .consent
        .status(&share("police"), at, AgeGroup::Adult)
        .is_given());
    // The police get nothing of it: the corrected event is about them, but does not count.
    let police = share_packet(&case, &agency("police"), at);
    assert_eq!(accounts(&police), ["pa-video"]);
}

#[test]
fn packets_are_stored_cases_whose_consent_reads_as_in_the_case() {
    let (mut shared_packets, mut corrections) = (0, 0);
    for case in [sample_case(), generated_case(1), generated_case(10)] {
        let at = latest_consent_time(&case);
        for listed in &case.agencies {
            let packet = share_packet(&case, &listed.id, at);
            assert_eq!(decode_case(&encode_case(&packet)), Ok(packet.clone()));
            assert_eq!(
                ConsentLedger::try_from(packet.consent.events().to_vec()).as_ref(),
                Ok(&*packet.consent)
            );
            for purpose in [
                share(listed.id.as_str()),
                ConsentPurpose::TakePart,
                ConsentPurpose::UseAsEvidence,
            ] {
                assert_eq!(
                    packet.consent.status(&purpose, at, case.profile.age_group),
                    case.consent.status(&purpose, at, case.profile.age_group),
                    "{} in {}",
                    purpose,
                    case.code
                );
            }
            for event in packet.consent.events() {
                let about_packet = matches!(
                    &event.purpose,
                    ConsentPurpose::TakePart | ConsentPurpose::UseAsEvidence
                ) || event.purpose == share(listed.id.as_str());
                let corrected_chain =
                    event.corrects.is_some() || packet.consent.corrected_by(&event.id).is_some();
                assert!(about_packet || corrected_chain, "{:?}", event.id);
            }
            let shared = case
                .consent
                .status(&share(listed.id.as_str()), at, case.profile.age_group)
                .is_given();
            shared_packets += usize::from(shared);
            corrections += packet
                .consent
                .events()
                .iter()
                .filter(|e| e.corrects.is_some())
                .count();
            for account in &packet.prior_accounts {
                assert!(shared || account.agency == listed.id, "{}", account.id);
            }
            for question in &packet.questions {
                assert!(question.served_agencies().contains(&listed.id));
            }
            assert!(packet.referrals.is_empty());
        }
    }
    // The generated cases exercise both: shared records and corrections.
    assert!(
        shared_packets > 0 && corrections > 0,
        "{shared_packets} {corrections}"
    );
}

// ---------- evidence ----------

mod evidence {
    use super::*;
    use tell_once::model::evidence::{
        EvidenceGuidance, EvidenceItem, EvidenceKind, EvidenceStatus,
    };
    use tell_once::model::{EvidenceId, TopicId};

    fn item(id: &str, holder: &str) -> EvidenceItem {
        EvidenceItem {
            id: EvidenceId::new(id),
            kind: EvidenceKind::Communications,
            description: format!("Messages held by {holder}"),
            topics: vec![TopicId::new("recruitment")],
            agency: agency(holder),
            status: EvidenceStatus::ToRequest,
        }
    }

    /// The sample case (police holds all its evidence) with one item more for the prosecutor
    /// and one for the NGO, and a line of its own in the catalogue.
    fn with_evidence() -> Case {
        let mut case = sample_case();
        case.evidence.push(item("ev-prosecutor", "prosecutor"));
        case.evidence.push(item("ev-ngo", "ngo"));
        case.evidence_guidance.push(EvidenceGuidance {
            topic: TopicId::new("escape"),
            kind: EvidenceKind::DeviceData,
            guidance: "Phone location on the night she left".into(),
        });
        case
    }

    fn evidence_ids(packet: &Case) -> Vec<&str> {
        packet.evidence.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn with_share_consent_the_agency_gets_only_the_evidence_it_holds() {
        let case = with_evidence();
        // The sample's survivor agreed to share records with the prosecutor.
        let packet = share_packet(&case, &agency("prosecutor"), later(&case));
        assert_eq!(evidence_ids(&packet), ["ev-prosecutor"]);
        assert_eq!(packet.evidence[0], case.evidence[case.evidence.len() - 2]);
        // The catalogue travels as it is, like the topics.
        assert_eq!(packet.evidence_guidance, case.evidence_guidance);
    }

    #[test]
    fn without_share_consent_the_agency_gets_no_evidence_not_even_its_own() {
        let case = with_evidence();
        // Neither the police (which holds four items) nor the NGO has a share consent.
        for holder in ["police", "ngo"] {
            let packet = share_packet(&case, &agency(holder), later(&case));
            assert!(
                packet.evidence.is_empty(),
                "{holder}: {:?}",
                evidence_ids(&packet)
            );
        }
        assert_eq!(
            case.evidence
                .iter()
                .filter(|e| e.agency == agency("police"))
                .count(),
            4
        );
    }

    #[test]
    fn evidence_follows_the_share_consent_as_it_is_given_and_withdrawn() {
        let mut case = with_evidence();
        let given = later(&case);
        case.consent
            .record(event("c-ngo", share("ngo"), Decision::Given, given))
            .unwrap();
        let packet = share_packet(&case, &agency("ngo"), Timestamp(given.0 + 1));
        assert_eq!(evidence_ids(&packet), ["ev-ngo"]);
        // Before the consent was given, nothing.
        let before = share_packet(&case, &agency("ngo"), Timestamp(given.0 - 1));
        assert!(before.evidence.is_empty());
        let withdrawn = Timestamp(given.0 + 10);
        case.consent
            .record(event(
                "c-ngo-2",
                share("ngo"),
                Decision::Withdrawn,
                withdrawn,
            ))
            .unwrap();
        let after = share_packet(&case, &agency("ngo"), Timestamp(withdrawn.0 + 1));
        assert!(after.evidence.is_empty());
    }

    #[test]
    fn a_packet_with_evidence_is_a_stored_case_that_reads_back() {
        let case = with_evidence();
        let packet = share_packet(&case, &agency("prosecutor"), later(&case));
        assert!(!packet.evidence.is_empty());
        assert_eq!(decode_case(&encode_case(&packet)).unwrap(), packet);
    }
}
