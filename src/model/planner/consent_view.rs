//! Consent as the planner reads it: [`ConsentLedger::status`] at one moment, for the case's survivor.
//!
//! The ledger alone decides what counts (corrections, a minor's guardian and assent, confirmed
//! understanding); this view only fixes the moment and the age group, and remembers the status
//! of each purpose so that a rule asking about the same purpose many times scans the ledger once.

use super::finding::{Finding, FindingKind, FindingSubject};
use crate::model::case::{Case, SetAside};
use crate::model::consent::{ConsentLedger, ConsentPurpose, ConsentStatus};
use crate::model::{AgeGroup, AgencyId, Timestamp};
use std::collections::{HashMap, HashSet};

/// The purposes every case offers, before the per-agency and per-service ones.
const FIXED_PURPOSES: [ConsentPurpose; 6] = [
    ConsentPurpose::TakePart,
    ConsentPurpose::Recording,
    ConsentPurpose::UseAsEvidence,
    ConsentPurpose::MedicalExamination,
    ConsentPurpose::Photographs,
    ConsentPurpose::ContactAfterwards,
];

/// The purposes a case asks consent for, each once: the fixed ones, sharing a record with each
/// agency of the case, referral to each attached service, then any other purpose the ledger or
/// the analysis names (an agency removed since, say), so that no history and no flag is hidden.
pub fn offered_purposes(case: &Case, findings: &[Finding]) -> Vec<ConsentPurpose> {
    let mut purposes: Vec<ConsentPurpose> = FIXED_PURPOSES.to_vec();
    // Seen ones in a set: a case with a thousand agencies offers a thousand purposes or more.
    let mut seen: HashSet<ConsentPurpose> = purposes.iter().cloned().collect();
    let mut add = |purpose: ConsentPurpose| {
        if seen.insert(purpose.clone()) {
            purposes.push(purpose);
        }
    };
    for agency in &case.agencies {
        add(ConsentPurpose::ShareRecord {
            agency: agency.id.clone(),
        });
    }
    for referral in &case.referrals {
        add(referral.consent_purpose());
    }
    for purpose in case.consent.purposes() {
        add(purpose);
    }
    for finding in consent_findings(findings) {
        for purpose in finding_purposes(case, finding) {
            add(purpose);
        }
    }
    purposes
}

/// The findings, of those the planner made, that depend on a consent.
pub fn consent_findings(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings
        .iter()
        .filter(|finding| depends_on_consent(finding))
}

/// Whether a finding depends on a consent.
pub fn depends_on_consent(finding: &Finding) -> bool {
    matches!(
        finding.kind,
        FindingKind::ConsentMissing
            | FindingKind::ConsentDeclined
            | FindingKind::ConsentWithdrawn
            | FindingKind::ConsentToShareMissing
            | FindingKind::ShareConsentRefused
    )
}

/// The purposes a consent finding depends on. Most findings name them; a refused share names
/// the question it set aside, which waits for sharing with the agencies recorded on it.
pub fn finding_purposes(case: &Case, finding: &Finding) -> Vec<ConsentPurpose> {
    let mut purposes: Vec<ConsentPurpose> = finding
        .concerns
        .iter()
        .filter_map(|subject| match subject {
            FindingSubject::ConsentPurpose(purpose) => Some(purpose.clone()),
            _ => None,
        })
        .collect();
    if purposes.is_empty() {
        for subject in &finding.concerns {
            let FindingSubject::Question(id) = subject else {
                continue;
            };
            if let Some(SetAside::AwaitingShareConsent { agencies, .. }) =
                case.question(id).and_then(|q| q.set_aside.as_ref())
            {
                purposes.extend(agencies.iter().map(|agency| ConsentPurpose::ShareRecord {
                    agency: agency.clone(),
                }));
            }
        }
    }
    purposes
}

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
    /// Status at `as_of` of each purpose the ledger has events for.
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
        // A purpose without a single event is missing for adults and minors alike, which is
        // what the ledger would say after scanning every event.
        self.at_as_of
            .get(purpose)
            .copied()
            .unwrap_or(ConsentStatus::Missing)
    }

    /// The status of `purpose` for something happening at `when`, as known at the view's moment:
    /// the earlier of the two, so that a later view never counts an event recorded after it.
    pub(crate) fn status_for(&self, purpose: &ConsentPurpose, when: Timestamp) -> ConsentStatus {
        if when >= self.as_of || !self.at_as_of.contains_key(purpose) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::generated_case;

    /// The view answers `Missing` for a purpose without events instead of scanning the ledger;
    /// the ledger must agree, for adults and minors, at any time.
    #[test]
    fn a_purpose_without_events_is_missing_as_the_ledger_says() {
        let mut case = generated_case(1);
        assert!(!case.consent.events().is_empty());
        let unknown = ConsentPurpose::ShareRecord {
            agency: AgencyId::new("an agency with no consent event"),
        };
        for age_group in [AgeGroup::Adult, AgeGroup::Minor] {
            case.profile.age_group = age_group;
            let as_of = latest_consent_time(&case);
            let view = ConsentView::of(&case, as_of);
            for at in [Timestamp(i64::MIN), Timestamp(0), as_of] {
                assert_eq!(
                    view.status_for(&unknown, at),
                    case.consent.status(&unknown, at, age_group)
                );
            }
            for purpose in case.consent.purposes() {
                assert_eq!(
                    view.status(&purpose),
                    case.consent.status(&purpose, as_of, age_group)
                );
            }
        }
    }
}
