//! The share packet: a copy of a case for one agency, holding only what the survivor consented
//! to share with it.
//!
//! Consent is read with [`ConsentLedger::status`] at the packet's time `at`, for the survivor's
//! age group (so a minor's consent needs the guardian's decision and the child's assent, and a
//! consent given without confirmed understanding does not count). "Share consent" below is the
//! status of [`ConsentPurpose::ShareRecord`] for the agency.
//!
//! What the packet keeps, field by field:
//!
//! | field | in the packet |
//! | --- | --- |
//! | `id`, `code`, `fictional` | as they are (the code is pseudonymous; a practice case stays marked as one) |
//! | `profile.language`, `interpreter_needed`, `age_group` | always: the agency needs them to speak with the survivor at all, and to know that a minor's consent needs a guardian |
//! | `profile.accommodations`, `avoid_topics`, `support_person` | only with share consent: they are wellbeing information that says something of what happened (a topic to avoid names it), so they travel under the same consent as the records |
//! | `agencies` | the agency itself and every agency the kept items name (holders of kept records, agencies of kept questions), so that references resolve |
//! | `topics` | the case's topic catalogue as it is: topic definitions, not the survivor's words |
//! | `prior_accounts` | the agency's own records always; other agencies' records only with share consent |
//! | `questions` | the agency's own questions and those credited to it by a merge, unchanged |
//! | `sessions` | none: the interview plan stays with the team that runs it |
//! | `held_sessions` | none, for the same reason; the prior account standing for a held session is a record like the others |
//! | `question_requests` | none: they hold reply tokens and other agencies' questions |
//! | `evidence` | only with share consent, and then only the items the agency holds or is to obtain (its own `agency`): other agencies' evidence is theirs to share |
//! | `evidence_guidance` | as it is, like `topics`: lines of the catalogue, not the survivor's words |
//! | `consent` | the events about sharing with this agency, taking part and use as evidence, with every event of their correction chains (see below) |
//! | `referrals` | none, ever: support referrals are the survivor's own business |
//! | `accepted` | none: the undo history holds copies of other agencies' questions |
//!
//! The packet's ledger is replayed through [`ConsentLedger::record`], so it is a valid ledger that
//! reads back like any other. A correction and the event it corrects travel together (else the
//! correction would name an unknown event, or a corrected event would count again); so when a
//! correction crossed purposes (say, a share consent first recorded for the wrong agency), the
//! mistaken event comes along, marked as corrected. Events recorded after `at` are kept: a later
//! withdrawal is exactly what the agency must see.

use super::case::Case;
use super::consent::{ConsentEvent, ConsentLedger, ConsentPurpose};
use super::{AgencyId, ConsentEventId, Timestamp};
use std::collections::{HashMap, HashSet};

/// A copy of `case` for `agency`, holding only what the survivor consented at `at` to share
/// with it (the module documentation lists what is kept).
pub fn share_packet(case: &Case, agency: &AgencyId, at: Timestamp) -> Case {
    let share_purpose = ConsentPurpose::ShareRecord {
        agency: agency.clone(),
    };
    let share_given = case
        .consent
        .status(&share_purpose, at, case.profile.age_group)
        .is_given();

    let prior_accounts: Vec<_> = case
        .prior_accounts
        .iter()
        .filter(|account| &account.agency == agency || share_given)
        .cloned()
        .collect();
    let questions: Vec<_> = case
        .questions
        .iter()
        .filter(|question| question.served_agencies().contains(agency))
        .cloned()
        .collect();

    // Evidence says what happened to the survivor as records do: it travels under the same
    // consent, and only the agency's own.
    let evidence = case
        .evidence
        .iter()
        .filter(|item| share_given && &item.agency == agency)
        .cloned()
        .collect();

    let mut named: HashSet<&AgencyId> = HashSet::from([agency]);
    named.extend(prior_accounts.iter().map(|account| &account.agency));
    for question in &questions {
        named.insert(&question.agency);
        named.extend(question.credited_to.iter());
    }
    let agencies = case
        .agencies
        .iter()
        .filter(|entry| named.contains(&entry.id))
        .cloned()
        .collect();

    let mut profile = case.profile.clone();
    if !share_given {
        profile.accommodations.clear();
        profile.avoid_topics.clear();
        profile.support_person = None;
    }

    let shared_purposes = [
        share_purpose,
        ConsentPurpose::TakePart,
        ConsentPurpose::UseAsEvidence,
    ];
    let consent = ledger_about(&case.consent, &shared_purposes);

    Case {
        id: case.id.clone(),
        code: case.code.clone(),
        fictional: case.fictional,
        profile,
        agencies,
        topics: case.topics.clone(),
        prior_accounts: prior_accounts.into(),
        questions,
        sessions: Vec::new().into(),
        // Like the plans, the records of held sessions stay with the team that ran them; the
        // prior accounts that stand for them travel as any other record does.
        held_sessions: Vec::new(),
        // The requests sent to agencies hold their reply tokens and other agencies' questions:
        // the lead's own business.
        question_requests: Vec::new(),
        evidence,
        evidence_guidance: case.evidence_guidance.clone(),
        consent: consent.into(),
        referrals: Vec::new(),
        accepted: Vec::new(),
        // The history of the case is the lead's own record: it never leaves with a share packet.
        history: Vec::new(),
    }
}

/// The events of `ledger` whose correction chain touches one of `purposes`, replayed in
/// recording order. An event the replay refuses is left out with the corrections that follow
/// from it; that can only happen to an event of another purpose that came along with a chain
/// (a withdrawal whose earlier consent stays behind).
fn ledger_about(ledger: &ConsentLedger, purposes: &[ConsentPurpose]) -> ConsentLedger {
    let events = ledger.events();
    let by_id: HashMap<&ConsentEventId, &ConsentEvent> =
        events.iter().map(|event| (&event.id, event)).collect();
    // A chain is known by its first event: follow `corrects` back as far as it goes.
    let chain_of = |event: &ConsentEvent| -> ConsentEventId {
        let mut first = event;
        // The ledger refuses a correction of an unknown event, so every link resolves; the
        // bound only guards against a cycle that `record` never lets in.
        for _ in 0..events.len() {
            match first.corrects.as_ref().and_then(|id| by_id.get(id)) {
                Some(earlier) => first = earlier,
                None => break,
            }
        }
        first.id.clone()
    };
    let shared_chains: HashSet<ConsentEventId> = events
        .iter()
        .filter(|event| purposes.contains(&event.purpose))
        .map(chain_of)
        .collect();

    let mut packet = ConsentLedger::new();
    let mut left_out: HashSet<&ConsentEventId> = HashSet::new();
    for event in events {
        if !shared_chains.contains(&chain_of(event)) {
            continue;
        }
        let follows_left_out = event
            .corrects
            .as_ref()
            .is_some_and(|corrected| left_out.contains(corrected));
        if follows_left_out || packet.record(event.clone()).is_err() {
            left_out.insert(&event.id);
        }
    }
    packet
}
