//! Topics of the account: a catalogue of sensible defaults, extendable for one case.
//!
//! Every topic has a stable id that doubles as the suffix of its Fluent message ids
//! (`topic-<id>` for the name, `topic-<id>-description` for the description), so the UI can
//! translate it later while the model keeps plain English.

use super::TopicId;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

/// A subject of the survivor's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable id: lower-case ASCII letters, digits and hyphens, starting with a letter.
    pub id: TopicId,
    /// Plain-language English description (the UI translates it by [`Topic::description_message_id`]).
    pub description: String,
    /// Whether asking about it before rapport is built risks harm (wellbeing rule).
    pub sensitive: bool,
}

impl Topic {
    /// The Fluent message id of the topic's name, e.g. `topic-recruitment`.
    pub fn message_id(&self) -> String {
        format!("topic-{}", self.id)
    }

    /// The Fluent message id of the topic's description, e.g. `topic-recruitment-description`.
    pub fn description_message_id(&self) -> String {
        format!("topic-{}-description", self.id)
    }
}

/// Ids of the default topics, for code that needs to name one.
pub mod ids {
    pub const BACKGROUND: &str = "background";
    pub const RECRUITMENT: &str = "recruitment";
    pub const TRAVEL: &str = "travel";
    pub const ARRIVAL: &str = "arrival";
    pub const ACCOMMODATION: &str = "accommodation";
    pub const CONTROL_METHODS: &str = "control-methods";
    pub const THREATS_AND_VIOLENCE: &str = "threats-and-violence";
    pub const WORK_CONDITIONS: &str = "work-conditions";
    pub const WORKING_HOURS: &str = "working-hours";
    pub const PAYMENT_AND_DEBT: &str = "payment-and-debt";
    pub const IDENTITY_DOCUMENTS: &str = "identity-documents";
    pub const INJURIES_AND_HEALTH: &str = "injuries-and-health";
    pub const SEXUAL_EXPLOITATION: &str = "sexual-exploitation";
    pub const OTHER_VICTIMS: &str = "other-victims";
    pub const PERPETRATORS: &str = "perpetrators";
    pub const LOCATIONS: &str = "locations";
    pub const EVIDENCE_HELD: &str = "evidence-held";
    pub const ESCAPE: &str = "escape";
    pub const CURRENT_SAFETY: &str = "current-safety";
}

const DEFAULTS: [(&str, &str, bool); 19] = [
    (
        ids::BACKGROUND,
        "Life before the recruitment: home, family, school, work.",
        false,
    ),
    (
        ids::RECRUITMENT,
        "How the person was approached, by whom, and what was promised.",
        false,
    ),
    (
        ids::TRAVEL,
        "The journey: routes, transport, who arranged and paid for it.",
        false,
    ),
    (
        ids::ARRIVAL,
        "What happened on arrival and who met the person.",
        false,
    ),
    (
        ids::ACCOMMODATION,
        "Where the person lived, with whom, and under what rules.",
        false,
    ),
    (
        ids::CONTROL_METHODS,
        "How the person was controlled: watching, isolation, rules, deception.",
        true,
    ),
    (
        ids::THREATS_AND_VIOLENCE,
        "Threats and violence against the person or their family.",
        true,
    ),
    (
        ids::WORK_CONDITIONS,
        "What the work was and what a working day was like.",
        false,
    ),
    (
        ids::WORKING_HOURS,
        "How long and how often the person had to work, and rest days.",
        false,
    ),
    (
        ids::PAYMENT_AND_DEBT,
        "Wages, deductions and any debt the person was told they owed.",
        false,
    ),
    (
        ids::IDENTITY_DOCUMENTS,
        "Passport and other documents: who held them and when.",
        false,
    ),
    (
        ids::INJURIES_AND_HEALTH,
        "Injuries, illness and access to medical care.",
        true,
    ),
    (
        ids::SEXUAL_EXPLOITATION,
        "Sexual exploitation and abuse.",
        true,
    ),
    (
        ids::OTHER_VICTIMS,
        "Other people in the same situation.",
        false,
    ),
    (
        ids::PERPETRATORS,
        "The people involved: names, roles, descriptions.",
        false,
    ),
    (
        ids::LOCATIONS,
        "Places: addresses, workplaces, routes.",
        false,
    ),
    (
        ids::EVIDENCE_HELD,
        "Messages, photos, papers or objects the person still has.",
        false,
    ),
    (
        ids::ESCAPE,
        "How the situation ended or how the person got away.",
        true,
    ),
    (
        ids::CURRENT_SAFETY,
        "The person's safety and needs now.",
        false,
    ),
];

/// The default topics, in the order a plan usually follows.
pub fn default_topics() -> &'static [Topic] {
    static TOPICS: OnceLock<Vec<Topic>> = OnceLock::new();
    TOPICS.get_or_init(|| {
        DEFAULTS
            .iter()
            .map(|(id, description, sensitive)| Topic {
                id: TopicId::new(*id),
                description: (*description).to_owned(),
                sensitive: *sensitive,
            })
            .collect()
    })
}

/// Why a topic cannot be added to a case's catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TopicError {
    /// The id is not usable as a message id suffix.
    InvalidId { id: TopicId },
    /// A default topic or an earlier extension already has this id.
    AlreadyInCatalogue { id: TopicId },
    /// The description is empty.
    EmptyDescription { id: TopicId },
}

impl fmt::Display for TopicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TopicError::InvalidId { id } => write!(
                f,
                "the topic id \"{id}\" is not valid: use lower-case letters, digits and hyphens, starting with a letter"
            ),
            TopicError::AlreadyInCatalogue { id } => write!(
                f,
                "the topic \"{id}\" is already in the catalogue: choose another id or use the existing topic"
            ),
            TopicError::EmptyDescription { id } => {
                write!(f, "the topic \"{id}\" needs a short description")
            }
        }
    }
}

impl std::error::Error for TopicError {}

/// Whether an id can serve as a Fluent message id suffix.
fn valid_topic_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A case's topics: the defaults plus the extensions added for this case.
/// Only the extensions are stored; the defaults come with the program.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicCatalogue {
    pub extensions: Vec<Topic>,
}

impl TopicCatalogue {
    /// Every topic: the defaults first, then the extensions.
    pub fn topics(&self) -> impl Iterator<Item = &Topic> {
        default_topics().iter().chain(self.extensions.iter())
    }

    /// The topic with this id, if the catalogue has it.
    pub fn get(&self, id: &TopicId) -> Option<&Topic> {
        self.topics().find(|topic| &topic.id == id)
    }

    /// Whether the topic is sensitive; unknown topics are not.
    pub fn is_sensitive(&self, id: &TopicId) -> bool {
        self.get(id).is_some_and(|topic| topic.sensitive)
    }

    /// Adds a topic for this case.
    pub fn add(&mut self, topic: Topic) -> Result<(), TopicError> {
        if !valid_topic_id(topic.id.as_str()) {
            return Err(TopicError::InvalidId { id: topic.id });
        }
        if self.get(&topic.id).is_some() {
            return Err(TopicError::AlreadyInCatalogue { id: topic.id });
        }
        if topic.description.trim().is_empty() {
            return Err(TopicError::EmptyDescription { id: topic.id });
        }
        self.extensions.push(topic);
        Ok(())
    }
}
