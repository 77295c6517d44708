//! Rule 4, consent gate: an item that needs consent is blocked while its consent is missing,
//! declined or withdrawn.
//!
//! Items and the purpose each needs:
//! - every session: taking part; a recorded session: recording; a session with a medical
//!   examination: medical examination; a session where photographs are taken: photographs;
//! - a question answered from a record: sharing the record with every agency the question
//!   serves other than the one holding the record;
//! - a referral at status referred or confirmed (the survivor's details went to the service):
//!   referral to that service.
//!
//! The status of a purpose is its last event, so one withdrawal flags every item depending on it.

use super::consent_view::ConsentView;
use super::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::Case;
use crate::model::consent::{ConsentPurpose, Decision};
use crate::model::referral::ReferralStatus;

/// Rule 4 over sessions, questions answered from records, and referrals.
pub fn consent_gate(case: &Case) -> Vec<Finding> {
    let consent = ConsentView::of(&case.consent);
    let mut findings = Vec::new();
    let mut check = |item: FindingSubject, what: String, purpose: ConsentPurpose| {
        let decision = consent.decision(&purpose);
        let (kind, state) = match decision {
            Some(Decision::Given) => return,
            None => (
                FindingKind::ConsentMissing,
                "has not been asked or recorded",
            ),
            Some(Decision::Declined) => (FindingKind::ConsentDeclined, "was declined"),
            Some(Decision::Withdrawn) => (FindingKind::ConsentWithdrawn, "was withdrawn"),
        };
        findings.push(Finding {
            kind,
            severity: Severity::Blocking,
            explanation: format!(
                "{what} needs the survivor's consent ({}), which {state}. It cannot go ahead until the survivor gives it.",
                purpose_words(&purpose)
            ),
            concerns: vec![item, FindingSubject::ConsentPurpose(purpose)],
            suggestion: None,
        });
    };

    for session in &case.sessions {
        let item = || FindingSubject::Session(session.id.clone());
        let name = |what: &str| format!("{what} in session {}", session.id);
        check(
            item(),
            format!("Session {}", session.id),
            ConsentPurpose::TakePart,
        );
        if session.needs_recording {
            check(item(), name("Recording"), ConsentPurpose::Recording);
        }
        if session.medical_examination {
            check(
                item(),
                name("The medical examination"),
                ConsentPurpose::MedicalExamination,
            );
        }
        if session.photographs {
            check(
                item(),
                name("Taking photographs"),
                ConsentPurpose::Photographs,
            );
        }
    }
    for question in &case.questions {
        let Some(record) = question.answered_by_record() else {
            continue;
        };
        let holder = case.prior_account(record).map(|account| &account.agency);
        for agency in question.served_agencies() {
            if Some(&agency) != holder {
                check(
                    FindingSubject::Question(question.id.clone()),
                    format!(
                        "Reading prior account {record} for question {} by {agency}",
                        question.id
                    ),
                    ConsentPurpose::ShareRecord { agency },
                );
            }
        }
    }
    for referral in &case.referrals {
        if matches!(
            referral.status,
            ReferralStatus::Referred | ReferralStatus::Confirmed
        ) {
            check(
                FindingSubject::Referral(referral.id.clone()),
                format!("Referral {} to {}", referral.id, referral.service.name),
                ConsentPurpose::Referral {
                    service: referral.service.id.clone(),
                },
            );
        }
    }
    findings
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
