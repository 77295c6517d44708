//! The current decision of each consent purpose, read from the ledger once per rule.

use crate::model::consent::{ConsentLedger, ConsentPurpose, Decision};
use crate::model::AgencyId;
use std::collections::HashMap;

/// The current decision per purpose: the decision of the purpose's last event in the ledger.
pub(crate) struct ConsentView<'a> {
    latest: HashMap<&'a ConsentPurpose, Decision>,
}

impl<'a> ConsentView<'a> {
    pub(crate) fn of(ledger: &'a ConsentLedger) -> Self {
        let mut latest = HashMap::new();
        for event in ledger.events() {
            latest.insert(&event.purpose, event.decision);
        }
        Self { latest }
    }

    /// `None` when no event was recorded for the purpose.
    pub(crate) fn decision(&self, purpose: &ConsentPurpose) -> Option<Decision> {
        self.latest.get(purpose).copied()
    }

    pub(crate) fn share_decision(&self, agency: &AgencyId) -> Option<Decision> {
        self.decision(&ConsentPurpose::ShareRecord {
            agency: agency.clone(),
        })
    }

    pub(crate) fn share_given(&self, agency: &AgencyId) -> bool {
        self.share_decision(agency) == Some(Decision::Given)
    }
}
