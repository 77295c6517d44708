//! Rule 4, consent gate: an item that needs consent is blocked until its consent is given.
//!
//! Items and the purpose each needs:
//! - every session: taking part; a recorded session: recording; a session with a medical
//!   examination: medical examination; a session where photographs are taken: photographs;
//! - a question answered from a record: sharing the record with every agency the question
//!   serves other than the one holding the record;
//! - a referral at status referred or confirmed (the survivor's details went to the service):
//!   referral to that service.
//!
//! The status comes from [`ConsentLedger::status`](crate::model::consent::ConsentLedger::status)
//! for the survivor's age group: a session's consents at the session's date (as known at `as_of`),
//! every other item's at `as_of`. Only `Given` lets an item go ahead; the status decides the finding:
//!
//! | status | finding |
//! | --- | --- |
//! | missing, given without confirmed understanding, a minor's guardian decision or own assent missing | `consent_missing` |
//! | declined (for a minor: by the guardian or the child) | `consent_declined` |
//! | withdrawn (for a minor: by the guardian or the child) | `consent_withdrawn` |
//!
//! The explanation says which of these it is. One withdrawal flags every item depending on it.

use super::consent_view::ConsentView;
use super::finding::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::Case;
use crate::model::consent::{ConsentPurpose, ConsentStatus};
use crate::model::referral::ReferralStatus;
use crate::model::Timestamp;

/// Rule 4 over sessions, questions answered from records, and referrals, with consent read as of `as_of`.
pub fn consent_gate(case: &Case, as_of: Timestamp) -> Vec<Finding> {
    let consent = ConsentView::of(case, as_of);
    let mut findings = Vec::new();
    let mut check = |item: FindingSubject, what: String, purpose: ConsentPurpose, status| {
        let Some((kind, state)) = status_finding(status, consent.minor()) else {
            return;
        };
        let whose = if consent.minor() {
            "the guardian's consent and the child's own assent"
        } else {
            "the survivor's consent"
        };
        findings.push(Finding {
            kind,
            severity: Severity::Blocking,
            explanation: format!(
                "{what} needs {whose} ({}), which {state}. It cannot go ahead until consent is given.",
                purpose_words(&purpose)
            ),
            concerns: vec![item, FindingSubject::ConsentPurpose(purpose)],
            suggestion: None,
        });
    };

    for session in &case.sessions {
        let item = || FindingSubject::Session(session.id.clone());
        let name = |what: &str| format!("{what} in session {}", session.id);
        let mut needs = vec![(format!("Session {}", session.id), ConsentPurpose::TakePart)];
        if session.needs_recording {
            needs.push((name("Recording"), ConsentPurpose::Recording));
        }
        if session.medical_examination {
            needs.push((
                name("The medical examination"),
                ConsentPurpose::MedicalExamination,
            ));
        }
        if session.photographs {
            needs.push((name("Taking photographs"), ConsentPurpose::Photographs));
        }
        for (what, purpose) in needs {
            let status = consent.status_for(&purpose, session.date);
            check(item(), what, purpose, status);
        }
    }
    for question in &case.questions {
        let Some(record) = question.answered_by_record() else {
            continue;
        };
        let holder = case.prior_account(record).map(|account| &account.agency);
        for agency in question.served_agencies() {
            if Some(&agency) != holder {
                let status = consent.share_status(&agency);
                check(
                    FindingSubject::Question(question.id.clone()),
                    format!(
                        "Reading prior account {record} for question {} by {agency}",
                        question.id
                    ),
                    ConsentPurpose::ShareRecord { agency },
                    status,
                );
            }
        }
    }
    for referral in &case.referrals {
        if matches!(
            referral.status,
            ReferralStatus::Referred | ReferralStatus::Confirmed
        ) {
            let purpose = ConsentPurpose::Referral {
                service: referral.service.id.clone(),
            };
            let status = consent.status(&purpose);
            check(
                FindingSubject::Referral(referral.id.clone()),
                format!("Referral {} to {}", referral.id, referral.service.name),
                purpose,
                status,
            );
        }
    }
    findings
}

/// The finding a consent status calls for, and what it means in words; `None` for `Given`.
pub(crate) fn status_finding(
    status: ConsentStatus,
    minor: bool,
) -> Option<(FindingKind, &'static str)> {
    use ConsentStatus::*;
    Some(match status {
        Given => return None,
        Missing => (
            FindingKind::ConsentMissing,
            "has not been asked or recorded",
        ),
        NotUnderstood => (
            FindingKind::ConsentMissing,
            "was recorded as given without confirming that it was understood, so it is not informed consent; \
             explain again, in the survivor's language, and confirm understanding",
        ),
        GuardianMissing => (
            FindingKind::ConsentMissing,
            "the child assented to, but the guardian's decision is not recorded; a minor needs both",
        ),
        AssentMissing => (
            FindingKind::ConsentMissing,
            "the guardian consented to, but the child's own assent is not recorded; a minor needs both",
        ),
        Declined if minor => (
            FindingKind::ConsentDeclined,
            "was declined by the guardian or the child",
        ),
        Declined => (FindingKind::ConsentDeclined, "was declined"),
        Withdrawn if minor => (
            FindingKind::ConsentWithdrawn,
            "was withdrawn by the guardian or the child",
        ),
        Withdrawn => (FindingKind::ConsentWithdrawn, "was withdrawn"),
    })
}

fn purpose_words(purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => "to take part".to_owned(),
        ConsentPurpose::Recording => "to audio or video recording".to_owned(),
        ConsentPurpose::UseAsEvidence => "to use as evidence".to_owned(),
        ConsentPurpose::ShareRecord { agency } => format!("to share a record with {agency}"),
        ConsentPurpose::Referral { service } => format!("to a referral to service {service}"),
        ConsentPurpose::MedicalExamination => "to a medical examination".to_owned(),
        ConsentPurpose::Photographs => "to photographs".to_owned(),
        ConsentPurpose::ContactAfterwards => "to contact afterwards".to_owned(),
    }
}
