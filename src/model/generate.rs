//! Deterministic made-up cases of any size, for benchmarks and property tests.
//!
//! A small linear congruential generator seeded by the caller stands in for randomness, so the
//! same settings always give the same case. The cases look like real plans: most questions
//! are open and distinct, about one in ten repeats an earlier question for another agency,
//! some are badly worded, and prior accounts cover topics in varying detail.

use super::case::{
    AccountForm, Agency, AgencyRole, Attendee, AttendeeRole, Case, Coverage, HistoryEntry,
    LocationKind, PeacePhase, PriorAccount, Priority, Question, SessionPlan, SurvivorProfile,
    TopicCoverage,
};
use super::consent::{
    ConsentError, ConsentEvent, ConsentLedger, ConsentMethod, ConsentParty, ConsentPurpose,
    Decision,
};
use super::directory::Service;
use super::referral::{Referral, ReferralStatus};
use super::shared::Shared;
use super::topic::{default_topics, Topic, TopicCatalogue};
use super::{
    AgeGroup, AgencyId, CaseId, ConsentEventId, LanguageTag, PriorAccountId, QuestionId,
    ReferralId, ServiceId, SessionId, Timestamp, TopicId,
};

/// How big a generated case is, and from which seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratorSettings {
    pub seed: u64,
    pub agencies: usize,
    pub prior_accounts: usize,
    pub questions: usize,
    pub sessions: usize,
    pub consent_events: usize,
    pub referrals: usize,
}

impl GeneratorSettings {
    /// `scale` times the 1x case: 10 agencies, 40 prior accounts, 150 questions, 3 sessions,
    /// 20 consent events and 2 referrals; seeded by the scale.
    pub fn at_scale(scale: usize) -> Self {
        Self {
            seed: scale as u64,
            agencies: 10 * scale,
            prior_accounts: 40 * scale,
            questions: 150 * scale,
            sessions: 3 * scale,
            consent_events: 20 * scale,
            referrals: 2 * scale,
        }
    }
}

/// The generated case at `scale` (see [`GeneratorSettings::at_scale`]).
pub fn generated_case(scale: usize) -> Case {
    generated_case_with(&GeneratorSettings::at_scale(scale))
}

/// Knuth's MMIX linear congruential generator; the high bits are the usable ones.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Self {
        let mut lcg = Self(seed ^ 0x9E37_79B9_7F4A_7C15);
        lcg.next();
        lcg
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number below `n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TOWNS: &[&str] = &[
    "Marrowby",
    "Tessaly Cross",
    "Port Illen",
    "Ashcombe",
    "Fenwold",
    "Kestlemoor",
    "Brindle Vale",
    "Orrin Quay",
];
const ROLES: &[(AgencyRole, &str)] = &[
    (AgencyRole::Police, "Police"),
    (AgencyRole::Prosecutor, "Prosecutor's Office"),
    (AgencyRole::LabourInspectorate, "Labour Inspectorate"),
    (AgencyRole::Ngo, "Support Centre"),
    (AgencyRole::Immigration, "Immigration Service"),
    (AgencyRole::Medical, "Health Clinic"),
    (AgencyRole::ChildProtection, "Child Protection Team"),
    (AgencyRole::Other, "Welfare Office"),
];
const SUBJECTS_EN: &[&str] = &[
    "the house",
    "the van",
    "the supervisor",
    "the money",
    "your passport",
    "the phone",
    "the farm",
    "the factory",
    "the rules",
    "the debt",
    "the journey",
    "the guards",
    "the room",
    "the pay",
    "the shifts",
    "the contract",
    "the bus",
    "the kitchen",
    "the boat",
    "the letters",
];
const SUBJECTS_ES: &[&str] = &[
    "la casa",
    "la furgoneta",
    "el encargado",
    "el dinero",
    "su pasaporte",
    "el teléfono",
    "la granja",
    "la fábrica",
    "las normas",
    "la deuda",
    "el viaje",
    "los guardias",
];
const STREETS: &[&str] = &[
    "Mill Lane",
    "Quarry Road",
    "Harbour Street",
    "Station Row",
    "Orchard Way",
    "Tanner Yard",
];

fn place(lcg: &mut Lcg, variety: usize) -> String {
    format!(
        "{} {} {}",
        lcg.below(variety) + 1,
        lcg.pick(STREETS),
        lcg.pick(TOWNS)
    )
}

fn question_text(lcg: &mut Lcg, spanish: bool, variety: usize) -> String {
    let where_ = place(lcg, variety);
    if spanish {
        let subject = lcg.pick(SUBJECTS_ES);
        return match lcg.below(10) {
            0 => format!("¿Por qué fue a {where_}?"),
            1 => format!("¿Estaba {subject} en {where_}?"),
            2..=5 => format!("Cuénteme sobre {subject} en {where_}."),
            _ => format!("Describa {subject} de {where_}."),
        };
    }
    let subject = lcg.pick(SUBJECTS_EN);
    match lcg.below(20) {
        0 => format!("Why did you go to {where_}?"),
        1 => format!("Did they keep {subject} at {where_}?"),
        2 => format!("Was {subject} at {where_} or at {}?", place(lcg, variety)),
        3 => format!("Tell me about {subject} at {where_}, didn't they?"),
        4 => format!("Where was {subject} and who paid for {where_}?"),
        5..=11 => format!("Tell me about {subject} at {where_}."),
        12..=15 => format!("Describe {subject} near {where_}."),
        _ => format!("Explain what happened with {subject} in {where_}."),
    }
}

fn some_topics(lcg: &mut Lcg, topics: &[Topic], most: usize) -> Vec<TopicId> {
    let count = 1 + lcg.below(most);
    let mut chosen: Vec<TopicId> = Vec::with_capacity(count);
    while chosen.len() < count {
        let topic = &lcg.pick(topics).id;
        if !chosen.contains(topic) {
            chosen.push(topic.clone());
        }
    }
    chosen
}

/// A case generated from explicit settings.
pub fn generated_case_with(settings: &GeneratorSettings) -> Case {
    let mut lcg = Lcg::new(settings.seed);
    let start = 1_767_225_600_000; // 2026-01-01 00:00 UTC
    let hour = 3_600_000;
    let mut topic_list: Vec<Topic> = default_topics().to_vec();
    let extension = Topic {
        id: TopicId::new("vehicle-details"),
        description: "Vehicles used: make, colour, plates.".to_owned(),
        sensitive: false,
    };
    topic_list.push(extension.clone());
    let variety = 40 * settings.questions.max(1);

    let agencies: Vec<Agency> = (0..settings.agencies)
        .map(|i| {
            let (role, word) = ROLES[i % ROLES.len()];
            Agency {
                id: AgencyId::new(format!("ag-{i}")),
                name: format!("{} {word} {}", lcg.pick(TOWNS), i / ROLES.len() + 1),
                role,
            }
        })
        .collect();
    let agency_id = |lcg: &mut Lcg| -> AgencyId {
        if agencies.is_empty() {
            AgencyId::new("ag-none")
        } else {
            lcg.pick(&agencies).id.clone()
        }
    };

    let prior_accounts: Vec<PriorAccount> = (0..settings.prior_accounts)
        .map(|i| PriorAccount {
            id: PriorAccountId::new(format!("pa-{i}")),
            agency: agency_id(&mut lcg),
            at: Timestamp(start + i as i64 * 24 * hour),
            form: *lcg.pick(&[
                AccountForm::VideoRecorded,
                AccountForm::Audio,
                AccountForm::WrittenStatement,
                AccountForm::Notes,
            ]),
            topics: some_topics(&mut lcg, &topic_list, 6)
                .into_iter()
                .map(|topic| TopicCoverage {
                    topic,
                    coverage: *lcg.pick(&[
                        Coverage::Detailed,
                        Coverage::Detailed,
                        Coverage::Partial,
                        Coverage::Mentioned,
                    ]),
                })
                .collect(),
            obtainable: lcg.chance(80),
        })
        .collect();

    let mut questions: Vec<Question> = Vec::with_capacity(settings.questions);
    for i in 0..settings.questions {
        let agency = agency_id(&mut lcg);
        let phase = match lcg.below(20) {
            0 => PeacePhase::Plan,
            1 | 2 => PeacePhase::Engage,
            3 | 4 => PeacePhase::Closure,
            5 => PeacePhase::Evaluate,
            _ => PeacePhase::Account,
        };
        let priority = *lcg.pick(&[Priority::Low, Priority::Normal, Priority::High]);
        // About one question in ten repeats an earlier one, as another agency's need.
        let (text, language, topics) = if i > 0 && lcg.chance(10) {
            let earlier = &questions[lcg.below(i)];
            (
                earlier.text.clone(),
                earlier.language.clone(),
                earlier.topics.clone(),
            )
        } else {
            let spanish = lcg.chance(20);
            (
                question_text(&mut lcg, spanish, variety),
                LanguageTag::new(if spanish { "es" } else { "en" }),
                some_topics(&mut lcg, &topic_list, 3),
            )
        };
        questions.push(Question {
            id: QuestionId::new(format!("q-{i}")),
            agency,
            text,
            language,
            topics,
            phase,
            priority,
            credited_to: Vec::new(),
            set_aside: None,
        });
    }

    let sessions: Vec<SessionPlan> = (0..settings.sessions)
        .map(|i| {
            let duration = 60 + 15 * lcg.below(9) as u32;
            let breaks = (0..lcg.below(3))
                .map(|_| 30 + 10 * lcg.below(12) as u32)
                .collect();
            let mut roles = vec![AttendeeRole::LeadInterviewer, AttendeeRole::NoteTaker];
            for _ in 0..lcg.below(5) {
                roles.push(*lcg.pick(&[
                    AttendeeRole::Interpreter,
                    AttendeeRole::SupportPerson,
                    AttendeeRole::Observer,
                    AttendeeRole::LegalRepresentative,
                    AttendeeRole::NoteTaker,
                    AttendeeRole::LeadInterviewer,
                ]));
            }
            let attendees = roles
                .into_iter()
                .enumerate()
                .map(|(n, role)| Attendee {
                    name: format!("Attendee {n} of session {i}"),
                    agency: Some(agency_id(&mut lcg)),
                    role,
                })
                .collect();
            let ordered = if questions.is_empty() {
                Vec::new()
            } else {
                (0..10 + lcg.below(30))
                    .map(|_| lcg.pick(&questions).id.clone())
                    .collect()
            };
            SessionPlan {
                id: SessionId::new(format!("s-{i}")),
                date: Timestamp(start + (60 + i as i64) * 24 * hour),
                location: *lcg.pick(&[
                    LocationKind::NeutralRoom,
                    LocationKind::NgoPremises,
                    LocationKind::ChildFriendlyRoom,
                    LocationKind::PoliceStation,
                    LocationKind::ImmigrationOffice,
                    LocationKind::Medical,
                    LocationKind::Other,
                ]),
                place: place(&mut lcg, variety),
                language: LanguageTag::new(*lcg.pick(&["en", "en", "es"])),
                duration_minutes: duration,
                breaks,
                attendees,
                support_person_declined: lcg.chance(20),
                questions: ordered,
                needs_recording: lcg.chance(60),
                medical_examination: lcg.chance(10),
                photographs: lcg.chance(10),
                observers_outside: false,
                question_break: None,
                brief_names_accounts: false,
            }
        })
        .collect();

    let referrals: Vec<Referral> = (0..settings.referrals)
        .map(|i| Referral {
            id: ReferralId::new(format!("r-{i}")),
            service: Service {
                id: ServiceId::new(format!("svc-{}", i % 7)),
                name: format!("{} support service {}", lcg.pick(TOWNS), i % 7),
                description: "A made-up service.".to_owned(),
                organization: None,
                categories: vec!["counselling".to_owned()],
                languages: vec!["en".to_owned()],
                phones: Vec::new(),
                email: None,
                url: None,
                hours: Vec::new(),
                eligibility: None,
            },
            status: *lcg.pick(&[
                ReferralStatus::Suggested,
                ReferralStatus::Offered,
                ReferralStatus::Accepted,
                ReferralStatus::Referred,
                ReferralStatus::Confirmed,
            ]),
            history: Vec::new(),
            note: String::new(),
        })
        .collect();

    let age_group = if lcg.chance(20) {
        AgeGroup::Minor
    } else {
        AgeGroup::Adult
    };
    let consent = consent_ledger(&mut lcg, settings, age_group, &agencies, start);

    Case {
        id: CaseId::new(format!("generated-{}", settings.seed)),
        code: format!("GEN-{:04}", settings.seed % 10_000),
        fictional: true,
        profile: SurvivorProfile {
            language: LanguageTag::new(*lcg.pick(&["es", "en", "pt-BR", "ro"])),
            interpreter_needed: lcg.chance(30),
            age_group,
            accommodations: Vec::new(),
            avoid_topics: vec![lcg.pick(&topic_list).id.clone()],
            support_person: Some("Caseworker".to_owned()),
        },
        agencies,
        topics: TopicCatalogue {
            extensions: vec![extension],
        },
        prior_accounts: prior_accounts.into(),
        questions: questions.into_iter().map(Shared::new).collect(),
        sessions: sessions.into(),
        held_sessions: Vec::new(),
        question_requests: Vec::new(),
        evidence: Vec::new(),
        evidence_guidance: Vec::new(),
        consent: consent.into(),
        referrals,
        accepted: Vec::new(),
        history: vec![HistoryEntry::begins(None).into()],
    }
}

/// A ledger of `settings.consent_events` events, an hour apart from `start`, that `record` accepts.
///
/// Most events decide a purpose (given, declined or withdrawn); a few are given without confirmed
/// understanding; about one in twenty corrects an earlier event. For a minor, the guardian and
/// the child each decide. A withdrawal of what the party has not given is recorded as consent
/// instead, so that every event passes the ledger's own rules.
fn consent_ledger(
    lcg: &mut Lcg,
    settings: &GeneratorSettings,
    age_group: AgeGroup,
    agencies: &[Agency],
    start: i64,
) -> ConsentLedger {
    let hour = 3_600_000;
    let mut ledger = ConsentLedger::new();
    for i in 0..settings.consent_events {
        let id = ConsentEventId::new(format!("c-{i}"));
        let earlier = ledger.events().len();
        let corrected = (earlier > 0 && lcg.chance(5))
            .then(|| ledger.events()[lcg.below(earlier)].clone())
            .filter(|old| ledger.corrected_by(&old.id).is_none());
        let event = match corrected {
            // Restates an earlier decision, at its time, the other way round.
            Some(old) => ConsentEvent {
                id,
                decision: match old.decision {
                    Decision::Given => Decision::Declined,
                    Decision::Declined | Decision::Withdrawn => Decision::Given,
                },
                understanding_confirmed: true,
                note: "Corrects a recording mistake.".to_owned(),
                corrects: Some(old.id.clone()),
                ..old
            },
            None => {
                let purpose = match lcg.below(7) {
                    0 => ConsentPurpose::TakePart,
                    1 => ConsentPurpose::Recording,
                    2 | 3 => ConsentPurpose::ShareRecord {
                        agency: if agencies.is_empty() {
                            AgencyId::new("ag-none")
                        } else {
                            lcg.pick(agencies).id.clone()
                        },
                    },
                    4 => ConsentPurpose::Referral {
                        service: ServiceId::new(format!("svc-{}", lcg.below(7))),
                    },
                    5 => ConsentPurpose::MedicalExamination,
                    _ => ConsentPurpose::Photographs,
                };
                let party = if age_group == AgeGroup::Minor && lcg.chance(50) {
                    ConsentParty::Guardian
                } else {
                    ConsentParty::Survivor
                };
                let decision = match lcg.below(20) {
                    0..=2 => Decision::Declined,
                    3..=5 => Decision::Withdrawn,
                    _ => Decision::Given,
                };
                ConsentEvent {
                    id,
                    purpose,
                    decision,
                    party,
                    at: Timestamp(start + i as i64 * hour),
                    recorded_by: "Caseworker".to_owned(),
                    method: ConsentMethod::Written,
                    language: LanguageTag::new("en"),
                    interpreter: None,
                    understanding_confirmed: !lcg.chance(5),
                    note: String::new(),
                    corrects: None,
                }
            }
        };
        let recorded = match ledger.record(event.clone()) {
            Err(ConsentError::NothingToWithdraw { .. }) => ledger.record(ConsentEvent {
                decision: Decision::Given,
                ..event
            }),
            other => other,
        };
        // Ids are unique, fields filled in and times never go back, so only a withdrawal can be refused.
        recorded.expect("generated consent events follow the ledger's rules");
    }
    ledger
}

/// The worst case for the duplicate rule: the generated 1x case whose questions are topped up
/// to `questions` with near-identical ones (issue 17's 30,010-question file).
///
/// The added questions all share one topic set and one wording but for a number of their own
/// ("Tell me about the money kept at 17 Mill Lane in Marrowby."), and cycle through the agencies:
/// every pair of them is near-identical, and every word they share is common to all of them.
pub fn near_identical_case(questions: usize) -> Case {
    let mut case = generated_case(1);
    let topics: Vec<TopicId> = case.topics.topics().take(2).map(|t| t.id.clone()).collect();
    let agencies: Vec<AgencyId> = case.agencies.iter().map(|a| a.id.clone()).collect();
    let start = case.questions.len();
    for i in start..questions {
        case.questions.push(
            Question::new(
                QuestionId::new(format!("q-{i}")),
                agencies[i % agencies.len()].clone(),
                format!("Tell me about the money kept at {i} Mill Lane in Marrowby."),
                LanguageTag::new("en"),
                topics.clone(),
                PeacePhase::Account,
            )
            .into(),
        );
    }
    case
}
