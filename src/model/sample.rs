//! A fictional practice case for trainers, demonstrations and tests.
//!
//! Police, prosecutor and an NGO plan an interview of a survivor (case TO-2026-014) who already
//! told parts of the story twice: on video to the police and to the NGO at intake. The plan as
//! drafted re-asks a topic already on video, asks about a record the NGO may not yet see,
//! duplicates a question across two agencies, has two wordings the coach can improve, and a
//! follow-up session with several wellbeing problems. Every person and place is made up.

use super::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, Coverage, HistoryEntry,
    LocationKind, PeacePhase, PriorAccount, Priority, Question, SessionPlan, SurvivorProfile,
    TopicCoverage,
};
use super::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use super::directory::{Phone, Service};
use super::evidence::{EvidenceItem, EvidenceKind, EvidenceStatus};
use super::referral::{Referral, ReferralStatus, StatusChange};
use super::shared::Shared;
use super::topic::{ids, TopicCatalogue};
use super::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, EvidenceId, LanguageTag, PriorAccountId,
    QuestionId, ReferralId, ServiceId, SessionId, Timestamp, TopicId,
};

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
/// 2026-02-01 00:00 UTC.
const FEBRUARY_2026: i64 = 1_769_904_000_000;

fn at(day: i64, hour: i64) -> Timestamp {
    Timestamp(FEBRUARY_2026 + (day - 1) * DAY + hour * HOUR)
}

fn topics(list: &[&str]) -> Vec<TopicId> {
    list.iter().map(|t| TopicId::new(*t)).collect()
}

fn question(
    id: &str,
    agency: &str,
    text: &str,
    topic_ids: &[&str],
    phase: PeacePhase,
    priority: Priority,
) -> Question {
    Question {
        id: QuestionId::new(id),
        agency: AgencyId::new(agency),
        text: text.to_owned(),
        language: LanguageTag::new("en"),
        topics: topics(topic_ids),
        phase,
        priority,
        credited_to: Vec::new(),
        set_aside: None,
    }
}

fn attendee(name: &str, agency: Option<&str>, role: AttendeeRole) -> Attendee {
    Attendee {
        name: name.to_owned(),
        agency: agency.map(AgencyId::new),
        role,
    }
}

fn consent(id: &str, purpose: ConsentPurpose, day: i64) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision: Decision::Given,
        party: ConsentParty::Survivor,
        at: at(day, 10),
        recorded_by: "Nadia Brennholt, Harbour Light caseworker".to_owned(),
        method: ConsentMethod::Signed,
        language: LanguageTag::new("es"),
        interpreter: Some("Tomás Ferrer".to_owned()),
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

/// The fictional practice case TO-2026-014.
pub fn sample_case() -> Case {
    let agencies = vec![
        Agency {
            id: AgencyId::new("police"),
            name: "Marrowby Police, Anti-Trafficking Unit".to_owned(),
            role: AgencyRole::Police,
        },
        Agency {
            id: AgencyId::new("prosecutor"),
            name: "Tessaly County Prosecutor's Office".to_owned(),
            role: AgencyRole::Prosecutor,
        },
        Agency {
            id: AgencyId::new("ngo"),
            name: "Harbour Light Support Centre".to_owned(),
            role: AgencyRole::Ngo,
        },
    ];
    let coverage = |topic: &str, coverage: Coverage| TopicCoverage {
        topic: TopicId::new(topic),
        coverage,
    };
    let prior_accounts = vec![
        PriorAccount {
            id: PriorAccountId::new("pa-video"),
            agency: AgencyId::new("police"),
            at: at(10, 9),
            form: AccountForm::VideoRecorded,
            topics: vec![
                coverage(ids::RECRUITMENT, Coverage::Detailed),
                coverage(ids::TRAVEL, Coverage::Detailed),
                coverage(ids::ARRIVAL, Coverage::Partial),
                coverage(ids::PAYMENT_AND_DEBT, Coverage::Mentioned),
            ],
            obtainable: true,
        },
        PriorAccount {
            id: PriorAccountId::new("pa-intake"),
            agency: AgencyId::new("ngo"),
            at: at(12, 14),
            form: AccountForm::Notes,
            topics: vec![
                coverage(ids::ACCOMMODATION, Coverage::Detailed),
                coverage(ids::WORKING_HOURS, Coverage::Partial),
                coverage(ids::INJURIES_AND_HEALTH, Coverage::Mentioned),
            ],
            obtainable: true,
        },
    ];
    use PeacePhase::{Account, Closure, Engage};
    let questions = vec![
        question(
            "q-rapport",
            "police",
            "Tell me what you would like us to call you today.",
            &[],
            Engage,
            Priority::Normal,
        ),
        question(
            "q-journey",
            "prosecutor",
            "Describe the journey from your home town to Marrowby.",
            &[ids::TRAVEL],
            Account,
            Priority::High,
        ),
        question(
            "q-job-offer",
            "ngo",
            "Tell me how you first heard about the job offer.",
            &[ids::RECRUITMENT],
            Account,
            Priority::Normal,
        ),
        question(
            "q-debt-police",
            "police",
            "Tell me about the money you were told you owed.",
            &[ids::PAYMENT_AND_DEBT],
            Account,
            Priority::High,
        ),
        question(
            "q-debt-prosecutor",
            "prosecutor",
            "Tell me about the money they told you that you owed.",
            &[ids::PAYMENT_AND_DEBT],
            Account,
            Priority::Normal,
        ),
        question(
            "q-working-day",
            "police",
            "Describe a normal working day at the farm.",
            &[ids::WORK_CONDITIONS, ids::WORKING_HOURS],
            Account,
            Priority::Normal,
        ),
        question(
            "q-controllers",
            "police",
            "Describe the people who controlled your work.",
            &[ids::PERPETRATORS, ids::CONTROL_METHODS],
            Account,
            Priority::High,
        ),
        question(
            "q-leaving",
            "prosecutor",
            "Why didn't you leave the farm?",
            &[ids::ESCAPE],
            Account,
            Priority::Normal,
        ),
        question(
            "q-passport",
            "ngo",
            "Did they take your passport?",
            &[ids::IDENTITY_DOCUMENTS],
            Account,
            Priority::Normal,
        ),
        question(
            "q-support",
            "ngo",
            "Tell me what support you would like after today.",
            &[],
            Closure,
            Priority::Normal,
        ),
    ];
    let first_session_order = [
        "q-rapport",
        "q-journey",
        "q-job-offer",
        "q-debt-police",
        "q-debt-prosecutor",
        "q-working-day",
        "q-controllers",
        "q-leaving",
        "q-passport",
        "q-support",
    ];
    let sessions = vec![
        SessionPlan {
            id: SessionId::new("s-main"),
            date: at(24, 10),
            location: LocationKind::NgoPremises,
            place: "Family room, Harbour Light Support Centre, Tessaly Cross".to_owned(),
            language: LanguageTag::new("en"),
            duration_minutes: 150,
            breaks: vec![60, 110],
            attendees: vec![
                attendee(
                    "DS Imogen Varley",
                    Some("police"),
                    AttendeeRole::LeadInterviewer,
                ),
                attendee("Ruth Okafor", Some("prosecutor"), AttendeeRole::NoteTaker),
                attendee("Tomás Ferrer", None, AttendeeRole::Interpreter),
                attendee("Nadia Brennholt", Some("ngo"), AttendeeRole::SupportPerson),
            ],
            support_person_declined: false,
            questions: first_session_order
                .iter()
                .map(|q| QuestionId::new(*q))
                .collect(),
            needs_recording: true,
            medical_examination: false,
            photographs: false,
            observers_outside: false,
            question_break: None,
            brief_names_accounts: false,
        },
        // A draft follow-up that a trainee still has to fix.
        SessionPlan {
            id: SessionId::new("s-follow-up"),
            date: at(27, 15),
            location: LocationKind::PoliceStation,
            place: "Interview room 2, Marrowby police station".to_owned(),
            language: LanguageTag::new("en"),
            duration_minutes: 100,
            breaks: Vec::new(),
            attendees: vec![
                attendee(
                    "DS Imogen Varley",
                    Some("police"),
                    AttendeeRole::LeadInterviewer,
                ),
                attendee("DC Owen Pryce", Some("police"), AttendeeRole::NoteTaker),
                attendee("Ruth Okafor", Some("prosecutor"), AttendeeRole::NoteTaker),
            ],
            support_person_declined: false,
            questions: vec![QuestionId::new("q-controllers")],
            needs_recording: false,
            medical_examination: false,
            photographs: true,
            observers_outside: false,
            question_break: None,
            brief_names_accounts: false,
        },
    ];
    let shelter = Service {
        id: ServiceId::new("svc-safe-house"),
        name: "Harbour Light Safe House".to_owned(),
        description: "Short-stay accommodation for adults leaving exploitation.".to_owned(),
        organization: Some("Harbour Light Support Centre".to_owned()),
        categories: vec!["shelter".to_owned()],
        languages: vec!["en".to_owned(), "es".to_owned()],
        phones: vec![Phone {
            number: "0100 555 0142".to_owned(),
            description: Some("Referral line".to_owned()),
        }],
        email: None,
        url: None,
        hours: vec!["Open 24 hours".to_owned()],
        eligibility: Some("Adults referred by a caseworker".to_owned()),
    };
    let change = |from, to, day| StatusChange {
        from,
        to,
        at: at(day, 11),
    };
    let referrals = vec![Referral {
        id: ReferralId::new("ref-safe-house"),
        service: shelter.clone(),
        status: ReferralStatus::Referred,
        history: vec![
            change(ReferralStatus::Suggested, ReferralStatus::Offered, 12),
            change(ReferralStatus::Offered, ReferralStatus::Accepted, 12),
            change(ReferralStatus::Accepted, ReferralStatus::Referred, 13),
        ],
        note: String::new(),
    }];
    let ledger = ConsentLedger::try_from(vec![
        consent("c-take-part", ConsentPurpose::TakePart, 12),
        consent(
            "c-safe-house",
            ConsentPurpose::Referral {
                service: shelter.id.clone(),
            },
            12,
        ),
        consent("c-recording", ConsentPurpose::Recording, 20),
        consent(
            "c-share-prosecutor",
            ConsentPurpose::ShareRecord {
                agency: AgencyId::new("prosecutor"),
            },
            20,
        ),
    ])
    // Fixed events, each a first decision for its purpose: the ledger's rules hold by construction.
    .expect("the sample consent ledger is valid");
    // The payroll is in hand; bank transfers and passports are asked for; nothing yet for the
    // advert (to request), and nothing at all for how she was controlled or for her escape.
    let item = |id: &str, kind, description: &str, topic_ids: &[&str], status| EvidenceItem {
        id: EvidenceId::new(id),
        kind,
        description: description.to_owned(),
        topics: topics(topic_ids),
        agency: AgencyId::new("police"),
        status,
    };
    let evidence = vec![
        item(
            "ev-payroll",
            EvidenceKind::EmploymentRecords,
            "Labour inspection report and the farm's payroll",
            &[ids::WORK_CONDITIONS, ids::WORKING_HOURS],
            EvidenceStatus::Obtained {
                requested_at: Some(at(10, 9)),
                at: at(18, 15),
            },
        ),
        item(
            "ev-transfers",
            EvidenceKind::FinancialRecords,
            "Money transfers to the farm manager's account",
            &[ids::PAYMENT_AND_DEBT, ids::PERPETRATORS],
            EvidenceStatus::Requested { at: at(12, 9) },
        ),
        item(
            "ev-passports",
            EvidenceKind::IdentityAndTravelDocuments,
            "Passports seized at the farm, with their entry stamps",
            &[ids::IDENTITY_DOCUMENTS, ids::TRAVEL],
            EvidenceStatus::Requested { at: at(12, 9) },
        ),
        item(
            "ev-advert",
            EvidenceKind::Communications,
            "The job advert she was sent",
            &[ids::RECRUITMENT],
            EvidenceStatus::ToRequest,
        ),
    ];
    Case {
        id: CaseId::new("case-to-2026-014"),
        code: "TO-2026-014".to_owned(),
        fictional: true,
        profile: SurvivorProfile {
            language: LanguageTag::new("es"),
            interpreter_needed: false,
            age_group: AgeGroup::Adult,
            accommodations: vec![
                "female lead interviewer".to_owned(),
                "a break at least every hour".to_owned(),
            ],
            avoid_topics: topics(&[ids::SEXUAL_EXPLOITATION]),
            support_person: Some("Harbour Light caseworker".to_owned()),
        },
        agencies,
        topics: TopicCatalogue::default(),
        prior_accounts: prior_accounts.into(),
        questions: questions.into_iter().map(Shared::new).collect(),
        sessions: sessions.into(),
        held_sessions: Vec::new(),
        question_requests: Vec::new(),
        evidence,
        evidence_guidance: Vec::new(),
        consent: ledger.into(),
        referrals,
        accepted: Vec::new(),
        history: vec![HistoryEntry::begins(None).into()],
    }
}
