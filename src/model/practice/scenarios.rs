//! What a practice scenario is, and the built-in ones. Every person, place and organisation in
//! them is made up.
//!
//! Each scenario's texts (agency names, places, questions, notes) are looked up by message id
//! (`scenario-<slug>-<part>`) in the language asked for, so the same scenario exists in English
//! and Spanish with the same items and the same planted flaws. The coach reads both languages,
//! so the flawed wordings are flawed in both.

use super::{PlantedFlaw, PRACTICE_ID_PREFIX};
use crate::model::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, Coverage, LocationKind,
    PeacePhase, PriorAccount, Priority, Question, SessionPlan, SurvivorProfile, TopicCoverage,
};
use crate::model::consent::{
    ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use crate::model::evidence::{EvidenceItem, EvidenceKind, EvidenceStatus};
use crate::model::planner::finding::{FindingKind, FindingSubject};
use crate::model::planner::latest_consent_time;
use crate::model::shared::Shared;
use crate::model::topic::{ids, TopicCatalogue};
use crate::model::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, EvidenceId, LanguageTag, PriorAccountId,
    QuestionId, SessionId, Timestamp, TopicId,
};

/// The languages every scenario's texts exist in.
pub const SCENARIO_LANGUAGES: &[&str] = &["en", "es"];

/// Where a scenario came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioOrigin {
    /// One of the built-in scenarios.
    Catalogue(ScenarioKey),
    /// A practice file a trainer saved from a fictional case.
    File,
}

/// A practice exercise: a fictional case as drafted, and the flaws planted in its draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub origin: ScenarioOrigin,
    pub title: String,
    pub summary: String,
    /// The language the scenario's texts are written in.
    pub language: LanguageTag,
    /// The flawed draft, `fictional`, with an id starting with [`PRACTICE_ID_PREFIX`].
    pub case: Case,
    pub flaws: Vec<PlantedFlaw>,
}

impl Scenario {
    /// The moment the scenario is set at, as the planner reads its draft: its latest consent
    /// event ([`latest_consent_time`]). Plans that ended before it took place. A decision
    /// dated later (today, say) moves the case's clock on, and every plan that ended before
    /// then is flagged as a session to record: practice events are best dated by this clock.
    pub fn clock(&self) -> Timestamp {
        latest_consent_time(&self.case)
    }
}

/// A built-in scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScenarioKey {
    /// Labour exploitation of an adult man on a fishing vessel.
    FishingVessel,
    /// Online recruitment of an adult woman into sexual exploitation.
    OnlineRecruitment,
    /// Domestic servitude of a girl of fifteen.
    DomesticServitude,
    /// Labour exploitation of an adult woman in greenhouses, after a first session that took
    /// place and that the trainee must record.
    Greenhouse,
}

impl ScenarioKey {
    pub const ALL: [ScenarioKey; 4] = [
        ScenarioKey::FishingVessel,
        ScenarioKey::OnlineRecruitment,
        ScenarioKey::DomesticServitude,
        ScenarioKey::Greenhouse,
    ];

    /// The stable name of the scenario, in its message ids and its case id.
    pub fn slug(self) -> &'static str {
        match self {
            ScenarioKey::FishingVessel => "fishing",
            ScenarioKey::OnlineRecruitment => "online",
            ScenarioKey::DomesticServitude => "domestic",
            ScenarioKey::Greenhouse => "greenhouse",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ScenarioKey> {
        Self::ALL.into_iter().find(|key| key.slug() == slug)
    }

    /// The message id of one of the scenario's texts, e.g. `scenario-fishing-title`.
    pub fn message_id(self, part: &str) -> String {
        format!("scenario-{}-{part}", self.slug())
    }

    /// Every message id the scenario looks up.
    pub fn message_ids(self) -> Vec<String> {
        let used = std::cell::RefCell::new(Vec::new());
        scenario(self, &LanguageTag::new("en"), &|id| {
            used.borrow_mut().push(id.to_owned());
            id.to_owned()
        });
        let mut used = used.into_inner();
        used.sort();
        used.dedup();
        used
    }
}

/// Builds a scenario in `language`, looking up its texts with `text` (a message id in, the text out).
pub fn scenario(
    key: ScenarioKey,
    language: &LanguageTag,
    text: &dyn Fn(&str) -> String,
) -> Scenario {
    let draft = Draft {
        key,
        language: language.clone(),
        text,
    };
    let (case, flaws) = match key {
        ScenarioKey::FishingVessel => fishing_vessel(&draft),
        ScenarioKey::OnlineRecruitment => online_recruitment(&draft),
        ScenarioKey::DomesticServitude => domestic_servitude(&draft),
        ScenarioKey::Greenhouse => greenhouse(&draft),
    };
    Scenario {
        origin: ScenarioOrigin::Catalogue(key),
        title: draft.text("title"),
        summary: draft.text("summary"),
        language: language.clone(),
        case,
        flaws,
    }
}

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
/// 2026-03-01 00:00 UTC.
const MARCH_2026: i64 = 1_772_323_200_000;

fn at(day: i64, hour: i64) -> Timestamp {
    Timestamp(MARCH_2026 + (day - 1) * DAY + hour * HOUR)
}

/// What every scenario is built from: its key, its language and its texts.
struct Draft<'a> {
    key: ScenarioKey,
    language: LanguageTag,
    text: &'a dyn Fn(&str) -> String,
}

impl Draft<'_> {
    fn text(&self, part: &str) -> String {
        (self.text)(&self.key.message_id(part))
    }

    fn case(&self, profile: SurvivorProfile) -> Case {
        let mut case = Case::new(
            CaseId::new(format!("{PRACTICE_ID_PREFIX}{}", self.key.slug())),
            format!("PRACTICE-{}", self.key.slug().to_ascii_uppercase()),
            self.language.clone(),
        );
        case.fictional = true;
        case.profile = profile;
        case.topics = TopicCatalogue::default();
        case
    }

    fn agency(&self, id: &str, role: AgencyRole) -> Agency {
        Agency {
            id: AgencyId::new(id),
            name: self.text(&format!("agency-{id}")),
            role,
        }
    }

    /// A question whose text is the scenario's message `q-<id>`.
    fn question(&self, id: &str, agency: &str, topics: &[&str], phase: PeacePhase) -> Question {
        Question::new(
            QuestionId::new(id),
            AgencyId::new(agency),
            self.text(id),
            self.language.clone(),
            topics.iter().map(|t| TopicId::new(*t)).collect(),
            phase,
        )
    }

    /// Evidence requested on `day`, described by the scenario's message `evidence-<id>`.
    fn evidence(
        &self,
        id: &str,
        kind: EvidenceKind,
        agency: &str,
        topics: &[&str],
        day: i64,
    ) -> EvidenceItem {
        EvidenceItem {
            id: EvidenceId::new(id),
            kind,
            description: self.text(&format!("evidence-{id}")),
            topics: topics.iter().map(|t| TopicId::new(*t)).collect(),
            agency: AgencyId::new(agency),
            status: EvidenceStatus::Requested { at: at(day, 9) },
        }
    }

    fn consent(
        &self,
        id: &str,
        purpose: ConsentPurpose,
        party: ConsentParty,
        day: i64,
    ) -> ConsentEvent {
        ConsentEvent {
            id: ConsentEventId::new(id),
            purpose,
            decision: Decision::Given,
            party,
            at: at(day, 11),
            recorded_by: self.text("consent-recorded-by"),
            method: ConsentMethod::Signed,
            language: self.language.clone(),
            interpreter: None,
            understanding_confirmed: true,
            note: String::new(),
            corrects: None,
        }
    }
}

fn account(
    id: &str,
    agency: &str,
    day: i64,
    form: AccountForm,
    topics: &[(&str, Coverage)],
) -> PriorAccount {
    PriorAccount {
        id: PriorAccountId::new(id),
        agency: AgencyId::new(agency),
        at: at(day, 10),
        form,
        topics: topics
            .iter()
            .map(|(topic, coverage)| TopicCoverage {
                topic: TopicId::new(*topic),
                coverage: *coverage,
            })
            .collect(),
        obtainable: true,
    }
}

fn attendee(name: &str, agency: Option<&str>, role: AttendeeRole) -> Attendee {
    Attendee {
        name: name.to_owned(),
        agency: agency.map(AgencyId::new),
        role,
    }
}

fn ledger(events: Vec<ConsentEvent>) -> ConsentLedger {
    // Fixed events, each a first decision for its purpose and party: valid by construction.
    ConsentLedger::try_from(events).expect("a scenario's consent ledger is valid")
}

fn question_order(ids: &[&str]) -> Vec<QuestionId> {
    ids.iter().map(|id| QuestionId::new(*id)).collect()
}

fn on_question(kind: FindingKind, id: &str) -> PlantedFlaw {
    PlantedFlaw::new(kind, vec![FindingSubject::Question(QuestionId::new(id))])
}

fn on_session(kind: FindingKind, id: &str) -> PlantedFlaw {
    PlantedFlaw::new(kind, vec![FindingSubject::Session(SessionId::new(id))])
}

fn consent_missing(session: &str, purpose: ConsentPurpose) -> PlantedFlaw {
    PlantedFlaw::new(
        FindingKind::ConsentMissing,
        vec![
            FindingSubject::Session(SessionId::new(session)),
            FindingSubject::ConsentPurpose(purpose),
        ],
    )
}

fn duplicate(questions: &[&str]) -> PlantedFlaw {
    PlantedFlaw::new(
        FindingKind::DuplicateQuestion,
        questions
            .iter()
            .map(|id| FindingSubject::Question(QuestionId::new(*id)))
            .collect(),
    )
}

/// A man recruited as a deckhand, kept at sea for months and told he owed for his travel. He told
/// parts of it to the labour inspectorate and, on video, to the port police. The draft plan re-asks
/// both, duplicates the debt question, has three flawed wordings, no interpreter although he speaks
/// Indonesian, no recording consent, two note-takers, and a long session at a police station.
fn fishing_vessel(d: &Draft<'_>) -> (Case, Vec<PlantedFlaw>) {
    use PeacePhase::{Account, Closure, Engage};
    let mut case = d.case(SurvivorProfile {
        language: LanguageTag::new("id"),
        interpreter_needed: true,
        age_group: AgeGroup::Adult,
        accommodations: vec![d.text("accommodation")],
        avoid_topics: Vec::new(),
        support_person: Some(d.text("support-person")),
    });
    case.agencies = vec![
        d.agency("police", AgencyRole::Police),
        d.agency("inspectorate", AgencyRole::LabourInspectorate),
        d.agency("prosecutor", AgencyRole::Prosecutor),
        d.agency("ngo", AgencyRole::Ngo),
    ];
    case.prior_accounts = vec![
        account(
            "pa-inspection",
            "inspectorate",
            3,
            AccountForm::WrittenStatement,
            &[
                (ids::RECRUITMENT, Coverage::Detailed),
                (ids::WORKING_HOURS, Coverage::Detailed),
            ],
        ),
        account(
            "pa-port-video",
            "police",
            5,
            AccountForm::VideoRecorded,
            &[
                (ids::TRAVEL, Coverage::Detailed),
                (ids::IDENTITY_DOCUMENTS, Coverage::Detailed),
            ],
        ),
    ]
    .into();
    case.questions = vec![
        d.question("q-rapport", "ngo", &[], Engage),
        d.question("q-hours", "prosecutor", &[ids::WORKING_HOURS], Account),
        d.question("q-documents", "ngo", &[ids::IDENTITY_DOCUMENTS], Account),
        {
            let mut q = d.question("q-debt-police", "police", &[ids::PAYMENT_AND_DEBT], Account);
            q.priority = Priority::High;
            q
        },
        d.question(
            "q-debt-inspectorate",
            "inspectorate",
            &[ids::PAYMENT_AND_DEBT],
            Account,
        ),
        d.question("q-captain", "police", &[ids::PERPETRATORS], Account),
        d.question("q-leave", "prosecutor", &[ids::ESCAPE], Account),
        d.question("q-cabin", "ngo", &[ids::ACCOMMODATION], Account),
        d.question("q-support", "ngo", &[], Closure),
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    let mut session = SessionPlan::new(
        SessionId::new("s-draft"),
        at(20, 9),
        LocationKind::PoliceStation,
        d.language.clone(),
        150,
    );
    session.place = d.text("place");
    session.attendees = vec![
        attendee(
            "DS Aled Quarrie",
            Some("police"),
            AttendeeRole::LeadInterviewer,
        ),
        attendee("DC Mira Santell", Some("police"), AttendeeRole::NoteTaker),
        attendee(
            "Joss Pennard",
            Some("inspectorate"),
            AttendeeRole::NoteTaker,
        ),
        attendee("Tamsin Orrow", Some("ngo"), AttendeeRole::SupportPerson),
    ];
    session.needs_recording = true;
    session.questions = question_order(&[
        "q-rapport",
        "q-hours",
        "q-documents",
        "q-debt-police",
        "q-debt-inspectorate",
        "q-captain",
        "q-leave",
        "q-cabin",
        "q-support",
    ]);
    case.sessions = vec![session].into();
    // Every topic the plan asks about has evidence requested.
    case.evidence = vec![
        d.evidence(
            "logbook",
            EvidenceKind::EmploymentRecords,
            "inspectorate",
            &[ids::WORKING_HOURS, ids::PAYMENT_AND_DEBT],
            4,
        ),
        d.evidence(
            "passport",
            EvidenceKind::IdentityAndTravelDocuments,
            "police",
            &[ids::IDENTITY_DOCUMENTS],
            5,
        ),
        d.evidence(
            "crew",
            EvidenceKind::WitnessStatements,
            "police",
            &[ids::PERPETRATORS, ids::ESCAPE, ids::ACCOMMODATION],
            5,
        ),
    ];
    case.consent = ledger(vec![
        d.consent(
            "c-take-part",
            ConsentPurpose::TakePart,
            ConsentParty::Survivor,
            5,
        ),
        d.consent(
            "c-share-prosecutor",
            ConsentPurpose::ShareRecord {
                agency: AgencyId::new("prosecutor"),
            },
            ConsentParty::Survivor,
            6,
        ),
    ])
    .into();
    use FindingKind::*;
    let flaws = vec![
        PlantedFlaw::new(
            AlreadyTold,
            vec![FindingSubject::Question(QuestionId::new("q-hours"))],
        ),
        on_question(ConsentToShareMissing, "q-documents"),
        duplicate(&["q-debt-police", "q-debt-inspectorate"]),
        consent_missing("s-draft", ConsentPurpose::Recording),
        on_session(LongWithoutBreak, "s-draft"),
        on_session(InterpreterMissing, "s-draft"),
        on_session(IntimidatingLocation, "s-draft"),
        on_session(SeveralNoteTakers, "s-draft"),
        on_question(CoachLeading, "q-captain"),
        on_question(CoachWhy, "q-leave"),
        on_question(CoachCompound, "q-cabin"),
    ];
    (case, flaws)
}

/// A woman contacted online with a modelling offer, then sexually exploited in a flat. She rang an
/// NGO's helpline once. The draft plan opens with the most painful topic before any rapport, asks
/// about injuries she asked not to discuss, duplicates the first-contact question, has three flawed
/// wordings, six people and two lead interviewers in the room, no support person, and a medical
/// examination and photographs without consent.
fn online_recruitment(d: &Draft<'_>) -> (Case, Vec<PlantedFlaw>) {
    use PeacePhase::{Account, Closure, Engage};
    let mut case = d.case(SurvivorProfile {
        language: d.language.clone(),
        interpreter_needed: false,
        age_group: AgeGroup::Adult,
        accommodations: vec![d.text("accommodation")],
        avoid_topics: vec![TopicId::new(ids::INJURIES_AND_HEALTH)],
        support_person: Some(d.text("support-person")),
    });
    case.agencies = vec![
        d.agency("police", AgencyRole::Police),
        d.agency("prosecutor", AgencyRole::Prosecutor),
        d.agency("ngo", AgencyRole::Ngo),
        d.agency("medical", AgencyRole::Medical),
    ];
    case.prior_accounts = vec![account(
        "pa-helpline",
        "ngo",
        2,
        AccountForm::Notes,
        &[
            (ids::SEXUAL_EXPLOITATION, Coverage::Mentioned),
            (ids::CURRENT_SAFETY, Coverage::Partial),
        ],
    )]
    .into();
    case.questions = vec![
        d.question("q-flat", "police", &[ids::SEXUAL_EXPLOITATION], Account),
        d.question("q-rapport", "ngo", &[], Engage),
        {
            let mut q = d.question("q-contact-police", "police", &[ids::RECRUITMENT], Account);
            q.priority = Priority::High;
            q
        },
        d.question("q-contact-ngo", "ngo", &[ids::RECRUITMENT], Account),
        d.question("q-platform", "police", &[ids::EVIDENCE_HELD], Account),
        d.question("q-phone", "prosecutor", &[ids::CONTROL_METHODS], Account),
        d.question(
            "q-pressure",
            "prosecutor",
            &[ids::THREATS_AND_VIOLENCE],
            Account,
        ),
        d.question(
            "q-injuries",
            "medical",
            &[ids::INJURIES_AND_HEALTH],
            Account,
        ),
        d.question("q-support", "ngo", &[], Closure),
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    let mut session = SessionPlan::new(
        SessionId::new("s-draft"),
        at(14, 10),
        LocationKind::NgoPremises,
        d.language.clone(),
        80,
    );
    session.place = d.text("place");
    session.attendees = vec![
        attendee(
            "DI Rhona Castell",
            Some("police"),
            AttendeeRole::LeadInterviewer,
        ),
        attendee(
            "Petra Voss",
            Some("prosecutor"),
            AttendeeRole::LeadInterviewer,
        ),
        attendee("DC Ilya Brandt", Some("police"), AttendeeRole::NoteTaker),
        attendee("Dr Wen Harrow", Some("medical"), AttendeeRole::Observer),
        attendee("DS Colm Arden", Some("police"), AttendeeRole::Observer),
        attendee("Nell Sarto", None, AttendeeRole::LegalRepresentative),
    ];
    session.medical_examination = true;
    session.photographs = true;
    session.questions = question_order(&[
        "q-flat",
        "q-rapport",
        "q-contact-police",
        "q-contact-ngo",
        "q-platform",
        "q-phone",
        "q-pressure",
        "q-injuries",
        "q-support",
    ]);
    case.sessions = vec![session].into();
    // Every topic the plan asks about has evidence requested.
    case.evidence = vec![
        d.evidence(
            "messages",
            EvidenceKind::Communications,
            "police",
            &[
                ids::RECRUITMENT,
                ids::EVIDENCE_HELD,
                ids::CONTROL_METHODS,
                ids::THREATS_AND_VIOLENCE,
            ],
            2,
        ),
        d.evidence(
            "payments",
            EvidenceKind::FinancialRecords,
            "prosecutor",
            &[ids::SEXUAL_EXPLOITATION],
            3,
        ),
        d.evidence(
            "clinic",
            EvidenceKind::MedicalAndForensicReports,
            "medical",
            &[ids::INJURIES_AND_HEALTH],
            3,
        ),
    ];
    case.consent = ledger(vec![
        d.consent(
            "c-take-part",
            ConsentPurpose::TakePart,
            ConsentParty::Survivor,
            3,
        ),
        d.consent(
            "c-recording",
            ConsentPurpose::Recording,
            ConsentParty::Survivor,
            3,
        ),
    ])
    .into();
    use FindingKind::*;
    let flaws = vec![
        duplicate(&["q-contact-police", "q-contact-ngo"]),
        consent_missing("s-draft", ConsentPurpose::MedicalExamination),
        consent_missing("s-draft", ConsentPurpose::Photographs),
        on_session(TooManyAttendees, "s-draft"),
        on_session(NoSupportPerson, "s-draft"),
        PlantedFlaw::new(
            SensitiveBeforeRapport,
            vec![
                FindingSubject::Session(SessionId::new("s-draft")),
                FindingSubject::Question(QuestionId::new("q-flat")),
            ],
        ),
        on_question(AvoidedTopic, "q-injuries"),
        on_session(SeveralLeadInterviewers, "s-draft"),
        on_question(CoachForcedChoice, "q-platform"),
        on_question(CoachLeading, "q-phone"),
        on_question(CoachJargon, "q-pressure"),
    ];
    (case, flaws)
}

/// A girl of fifteen brought from abroad to cook and clean for a family, unpaid and kept indoors.
/// She told a teacher, then children's services on video. The draft plan re-asks what is on video,
/// duplicates the passport question, makes her describe her room a third time, lacks her own
/// assent to take part, has three flawed wordings, no note-taker, and a long session at an
/// immigration office; and nobody asked for evidence of how she was kept indoors, so that
/// central topic rests on her word alone.
fn domestic_servitude(d: &Draft<'_>) -> (Case, Vec<PlantedFlaw>) {
    use PeacePhase::{Account, Closure, Engage};
    let mut case = d.case(SurvivorProfile {
        language: d.language.clone(),
        interpreter_needed: false,
        age_group: AgeGroup::Minor,
        accommodations: vec![d.text("accommodation")],
        avoid_topics: Vec::new(),
        support_person: Some(d.text("support-person")),
    });
    case.agencies = vec![
        d.agency("police", AgencyRole::Police),
        d.agency("children", AgencyRole::ChildProtection),
        d.agency("prosecutor", AgencyRole::Prosecutor),
        d.agency("immigration", AgencyRole::Immigration),
    ];
    case.prior_accounts = vec![
        account(
            "pa-teacher",
            "children",
            1,
            AccountForm::Notes,
            &[(ids::ACCOMMODATION, Coverage::Mentioned)],
        ),
        account(
            "pa-child-video",
            "children",
            4,
            AccountForm::VideoRecorded,
            &[
                (ids::WORK_CONDITIONS, Coverage::Detailed),
                (ids::WORKING_HOURS, Coverage::Detailed),
                (ids::ACCOMMODATION, Coverage::Partial),
            ],
        ),
    ]
    .into();
    case.questions = vec![
        d.question("q-rapport", "children", &[], Engage),
        d.question(
            "q-day",
            "police",
            &[ids::WORK_CONDITIONS, ids::WORKING_HOURS],
            Account,
        ),
        {
            let mut q = d.question(
                "q-passport-police",
                "police",
                &[ids::IDENTITY_DOCUMENTS],
                Account,
            );
            q.priority = Priority::High;
            q
        },
        d.question(
            "q-passport-immigration",
            "immigration",
            &[ids::IDENTITY_DOCUMENTS],
            Account,
        ),
        d.question("q-room", "prosecutor", &[ids::ACCOMMODATION], Account),
        d.question("q-lock", "police", &[ids::CONTROL_METHODS], Account),
        d.question("q-teacher", "prosecutor", &[ids::ESCAPE], Account),
        d.question("q-pay", "immigration", &[ids::PAYMENT_AND_DEBT], Account),
        d.question("q-support", "children", &[], Closure),
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    let mut session = SessionPlan::new(
        SessionId::new("s-draft"),
        at(18, 13),
        LocationKind::ImmigrationOffice,
        d.language.clone(),
        120,
    );
    session.place = d.text("place");
    session.attendees = vec![
        attendee(
            "DC Hana Voles",
            Some("police"),
            AttendeeRole::LeadInterviewer,
        ),
        attendee("Bryn Tallow", Some("children"), AttendeeRole::SupportPerson),
        attendee("Orla Fenwick", None, AttendeeRole::Guardian),
    ];
    session.needs_recording = true;
    session.questions = question_order(&[
        "q-rapport",
        "q-day",
        "q-passport-police",
        "q-passport-immigration",
        "q-room",
        "q-lock",
        "q-teacher",
        "q-pay",
        "q-support",
    ]);
    case.sessions = vec![session].into();
    // Evidence is requested for every topic the plan asks about but one: how she was kept
    // indoors, which rests on her word alone.
    case.evidence = vec![
        d.evidence(
            "immigration",
            EvidenceKind::IdentityAndTravelDocuments,
            "immigration",
            &[ids::IDENTITY_DOCUMENTS],
            5,
        ),
        d.evidence(
            "teacher",
            EvidenceKind::WitnessStatements,
            "police",
            &[
                ids::WORK_CONDITIONS,
                ids::WORKING_HOURS,
                ids::ACCOMMODATION,
                ids::ESCAPE,
            ],
            5,
        ),
        d.evidence(
            "bank",
            EvidenceKind::FinancialRecords,
            "police",
            &[ids::PAYMENT_AND_DEBT],
            5,
        ),
    ];
    let share_police = || ConsentPurpose::ShareRecord {
        agency: AgencyId::new("police"),
    };
    case.consent = ledger(vec![
        // The guardian agreed to the interview; nobody asked the girl herself.
        d.consent(
            "c-take-part-guardian",
            ConsentPurpose::TakePart,
            ConsentParty::Guardian,
            5,
        ),
        d.consent(
            "c-recording-guardian",
            ConsentPurpose::Recording,
            ConsentParty::Guardian,
            5,
        ),
        d.consent(
            "c-recording-child",
            ConsentPurpose::Recording,
            ConsentParty::Survivor,
            5,
        ),
        d.consent(
            "c-share-guardian",
            share_police(),
            ConsentParty::Guardian,
            6,
        ),
        d.consent("c-share-child", share_police(), ConsentParty::Survivor, 6),
    ])
    .into();
    use FindingKind::*;
    let flaws = vec![
        on_question(AlreadyTold, "q-day"),
        duplicate(&["q-passport-police", "q-passport-immigration"]),
        PlantedFlaw::new(
            RetoldTopic,
            vec![FindingSubject::Topic(TopicId::new(ids::ACCOMMODATION))],
        ),
        consent_missing("s-draft", ConsentPurpose::TakePart),
        on_session(LongWithoutBreak, "s-draft"),
        on_session(IntimidatingLocation, "s-draft"),
        on_session(NoNoteTaker, "s-draft"),
        on_question(CoachClosedInFreeRecall, "q-lock"),
        on_question(CoachWhy, "q-teacher"),
        on_question(CoachCompound, "q-pay"),
        PlantedFlaw::new(
            WordAlone,
            vec![FindingSubject::Topic(TopicId::new(ids::CONTROL_METHODS))],
        ),
    ];
    (case, flaws)
}

/// A woman recruited from abroad to pick in greenhouses, housed in a caravan and paid less what
/// was taken for rent and transport. She told an outreach worker a little. Her first session
/// took place on 12 March (the summary says what she answered, and that the question on pay was
/// out of time) but nobody recorded it, and she agreed to take part but not to be filmed, though
/// its plan said video. The day after, she agreed to share the record with the prosecutor, so
/// the case's clock (its latest consent) is past that session. The draft of the second session
/// duplicates the passport question, has three flawed wordings, no break in two and a half
/// hours, and is at a police station.
fn greenhouse(d: &Draft<'_>) -> (Case, Vec<PlantedFlaw>) {
    use PeacePhase::{Account, Closure, Engage};
    let mut case = d.case(SurvivorProfile {
        language: d.language.clone(),
        interpreter_needed: false,
        age_group: AgeGroup::Adult,
        accommodations: vec![d.text("accommodation")],
        avoid_topics: Vec::new(),
        support_person: Some(d.text("support-person")),
    });
    case.agencies = vec![
        d.agency("police", AgencyRole::Police),
        d.agency("inspectorate", AgencyRole::LabourInspectorate),
        d.agency("prosecutor", AgencyRole::Prosecutor),
        d.agency("ngo", AgencyRole::Ngo),
    ];
    case.prior_accounts = vec![account(
        "pa-outreach",
        "ngo",
        2,
        AccountForm::Notes,
        &[
            (ids::ACCOMMODATION, Coverage::Mentioned),
            (ids::CURRENT_SAFETY, Coverage::Partial),
        ],
    )]
    .into();
    case.questions = vec![
        // The first session's questions.
        d.question("q-rapport", "ngo", &[], Engage),
        {
            let mut q = d.question("q-recruited", "police", &[ids::RECRUITMENT], Account);
            q.priority = Priority::High;
            q
        },
        d.question(
            "q-day",
            "inspectorate",
            &[ids::WORK_CONDITIONS, ids::WORKING_HOURS],
            Account,
        ),
        {
            let mut q = d.question("q-pay", "inspectorate", &[ids::PAYMENT_AND_DEBT], Account);
            q.priority = Priority::High;
            q
        },
        d.question("q-support", "ngo", &[], Closure),
        // The second session's draft.
        d.question("q-since", "ngo", &[], Engage),
        {
            let mut q = d.question(
                "q-passport-police",
                "police",
                &[ids::IDENTITY_DOCUMENTS],
                Account,
            );
            q.priority = Priority::High;
            q
        },
        d.question(
            "q-passport-inspectorate",
            "inspectorate",
            &[ids::IDENTITY_DOCUMENTS],
            Account,
        ),
        d.question("q-supervisor", "police", &[ids::PERPETRATORS], Account),
        d.question("q-leave", "prosecutor", &[ids::ESCAPE], Account),
        d.question("q-caravan", "ngo", &[ids::ACCOMMODATION], Account),
        d.question("q-next", "ngo", &[], Closure),
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    let lead = || {
        attendee(
            "DS Petra Lowell",
            Some("police"),
            AttendeeRole::LeadInterviewer,
        )
    };
    let note_taker = || attendee("PC Idris Quell", Some("police"), AttendeeRole::NoteTaker);
    let support = || attendee("Maren Holt", Some("ngo"), AttendeeRole::SupportPerson);
    let mut first = SessionPlan::new(
        SessionId::new("s-first"),
        at(12, 10),
        LocationKind::NgoPremises,
        d.language.clone(),
        90,
    );
    first.place = d.text("place-first");
    first.breaks = vec![45];
    first.attendees = vec![lead(), note_taker(), support()];
    // The plan said video; she did not agree to it (the ledger has no recording consent).
    first.needs_recording = true;
    first.questions = question_order(&["q-rapport", "q-recruited", "q-day", "q-pay", "q-support"]);
    let mut second = SessionPlan::new(
        SessionId::new("s-second"),
        at(19, 10),
        LocationKind::PoliceStation,
        d.language.clone(),
        150,
    );
    second.place = d.text("place-second");
    second.attendees = vec![lead(), note_taker(), support()];
    second.questions = question_order(&[
        "q-since",
        "q-passport-police",
        "q-passport-inspectorate",
        "q-supervisor",
        "q-leave",
        "q-caravan",
        "q-next",
    ]);
    case.sessions = vec![first, second].into();
    // Every topic the plans ask about has evidence requested.
    case.evidence = vec![
        d.evidence(
            "payroll",
            EvidenceKind::EmploymentRecords,
            "inspectorate",
            &[
                ids::RECRUITMENT,
                ids::WORK_CONDITIONS,
                ids::WORKING_HOURS,
                ids::PAYMENT_AND_DEBT,
            ],
            11,
        ),
        d.evidence(
            "passports",
            EvidenceKind::IdentityAndTravelDocuments,
            "police",
            &[ids::IDENTITY_DOCUMENTS],
            12,
        ),
        d.evidence(
            "pickers",
            EvidenceKind::WitnessStatements,
            "police",
            &[ids::PERPETRATORS, ids::ESCAPE, ids::ACCOMMODATION],
            12,
        ),
    ];
    case.consent = ledger(vec![
        d.consent(
            "c-take-part",
            ConsentPurpose::TakePart,
            ConsentParty::Survivor,
            10,
        ),
        // The latest event, the day after the first session: the case's clock is past it.
        d.consent(
            "c-share-prosecutor",
            ConsentPurpose::ShareRecord {
                agency: AgencyId::new("prosecutor"),
            },
            ConsentParty::Survivor,
            13,
        ),
    ])
    .into();
    use FindingKind::*;
    let not_recorded = on_session(SessionNotRecorded, "s-first");
    let flaws = vec![
        not_recorded.clone(),
        not_recorded
            .follow_on()
            .expect("recording a session can leave questions to carry over"),
        duplicate(&["q-passport-police", "q-passport-inspectorate"]),
        consent_missing("s-first", ConsentPurpose::Recording),
        on_session(LongWithoutBreak, "s-second"),
        on_session(IntimidatingLocation, "s-second"),
        on_question(CoachLeading, "q-supervisor"),
        on_question(CoachWhy, "q-leave"),
        on_question(CoachCompound, "q-caravan"),
    ];
    (case, flaws)
}
