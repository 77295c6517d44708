//! Consent as the planner reads it: [`ConsentLedger::status`] at one moment, for the case's survivor.
//!
//! The ledger alone decides what counts (corrections, a minor's guardian and assent, confirmed
//! understanding); this view only fixes the moment and the age group, and remembers the status
//! of each purpose so that a rule asking about the same purpose many times scans the ledger once.

use crate::model::case::Case;
use crate::model::consent::{ConsentLedger, ConsentPurpose, ConsentStatus};
use crate::model::{AgeGroup, AgencyId, Timestamp};
use std::collections::HashMap;

/// The time of the latest event in the case's consent ledger, corrections included.
///
/// This is the moment [`analyze`](super::analyze) and [`accept`](super::accept) read consent at
/// when no time is given: everything recorded counts, and the result depends on the case alone.
/// An empty ledger gives `Timestamp(i64::MIN)`; every status is then missing whatever the time.
pub fn latest_consent_time(case: &Case) -> Timestamp {
    case.consent
        .events()
        .iter()
        .map(|event| event.at)
        .max()
        .unwrap_or(Timestamp(i64::MIN))
}

/// The status of every purpose at `as_of`, for the case's age group.
pub(crate) struct ConsentView<'a> {
    ledger: &'a ConsentLedger,
    age_group: AgeGroup,
    as_of: Timestamp,
    /// Status at `as_of` of each purpose the ledger has events for; any other purpose is asked of the ledger.
    at_as_of: HashMap<ConsentPurpose, ConsentStatus>,
}

impl<'a> ConsentView<'a> {
    /// Consent in `case` as it stood at `as_of`.
    pub(crate) fn of(case: &'a Case, as_of: Timestamp) -> Self {
        let ledger = &case.consent;
        let age_group = case.profile.age_group;
        let at_as_of = ledger
            .purposes()
            .into_iter()
            .map(|purpose| {
                let status = ledger.status(&purpose, as_of, age_group);
                (purpose, status)
            })
            .collect();
        Self {
            ledger,
            age_group,
            as_of,
            at_as_of,
        }
    }

    /// The status of `purpose` at the view's moment.
    pub(crate) fn status(&self, purpose: &ConsentPurpose) -> ConsentStatus {
        match self.at_as_of.get(purpose) {
            Some(status) => *status,
            None => self.ledger.status(purpose, self.as_of, self.age_group),
        }
    }

    /// The status of `purpose` for something happening at `when`, as known at the view's moment:
    /// the earlier of the two, so that a later view never counts an event recorded after it.
    pub(crate) fn status_for(&self, purpose: &ConsentPurpose, when: Timestamp) -> ConsentStatus {
        if when >= self.as_of {
            self.status(purpose)
        } else {
            self.ledger.status(purpose, when, self.age_group)
        }
    }

    /// The status of sharing records with `agency`.
    pub(crate) fn share_status(&self, agency: &AgencyId) -> ConsentStatus {
        self.status(&ConsentPurpose::ShareRecord {
            agency: agency.clone(),
        })
    }

    /// Whether the survivor gave informed consent to share records with `agency`.
    pub(crate) fn share_given(&self, agency: &AgencyId) -> bool {
        self.share_status(agency).is_given()
    }

    /// Whether the survivor is a minor (the guardian decides too, and the child assents).
    pub(crate) fn minor(&self) -> bool {
        self.age_group == AgeGroup::Minor
    }
}
