//! The evidence of one case: its catalogue (the defaults and the lines the case added), the
//! items on a topic and how far they go, new item ids, and the checks of an item, a line of the
//! catalogue or a new item against the case.

use super::{
    check_status, default_guidance, require, Corroboration, EvidenceGuidance, EvidenceItem,
    EvidenceKind, EvidenceRefusal, EvidenceStatus,
};
use crate::model::case::Case;
use crate::model::{EvidenceId, TopicId};

/// The catalogue's lines for `topic` in `case`: the defaults, then those the case added.
pub fn guidance_for<'a>(case: &'a Case, topic: &TopicId) -> Vec<&'a EvidenceGuidance> {
    default_guidance()
        .iter()
        .chain(case.evidence_guidance.iter())
        .filter(|line| &line.topic == topic)
        .collect()
}

/// The kinds of evidence the catalogue names for `topic` in `case`, each once, in its order.
pub fn kinds_for(case: &Case, topic: &TopicId) -> Vec<EvidenceKind> {
    let mut kinds = Vec::new();
    for line in guidance_for(case, topic) {
        if !kinds.contains(&line.kind) {
            kinds.push(line.kind);
        }
    }
    kinds
}

/// The items of `case` that can corroborate `topic`, in case order.
pub fn items_covering<'a>(case: &'a Case, topic: &TopicId) -> Vec<&'a EvidenceItem> {
    case.evidence
        .iter()
        .filter(|item| item.covers(topic))
        .collect()
}

/// How far the evidence of `case` goes for `topic`.
pub fn corroboration_of(case: &Case, topic: &TopicId) -> Corroboration {
    items_covering(case, topic)
        .into_iter()
        .map(|item| match item.status {
            EvidenceStatus::ToRequest => Corroboration::ToRequest,
            EvidenceStatus::Requested { .. } => Corroboration::Requested,
            EvidenceStatus::Obtained { .. } => Corroboration::Obtained,
            EvidenceStatus::NotObtainable { .. } => Corroboration::None,
        })
        .max()
        .unwrap_or(Corroboration::None)
}

/// An id for a new item of `kind` on `topic` that `case` does not use yet:
/// `ev-<topic>-<kind>`, then `-2`, `-3`... Deterministic, so a suggestion made twice is the same.
pub fn new_evidence_id(case: &Case, topic: &TopicId, kind: EvidenceKind) -> EvidenceId {
    let base = format!("ev-{topic}-{}", kind.slug());
    let taken = |id: &str| case.evidence.iter().any(|item| item.id.as_str() == id);
    if !taken(&base) {
        return EvidenceId::new(base);
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .map(EvidenceId::new)
        .expect("an unused id")
}

/// Whether `item` can be put in `case`: described, on known topics, held by an agency of the
/// case, with a status that holds together. (A new item's status is taken as it is; an item
/// already in the case keeps its own, which moves by [`check_move`].)
pub fn check_item(case: &Case, item: &EvidenceItem) -> Result<(), EvidenceRefusal> {
    require(!item.description.trim().is_empty(), || {
        EvidenceRefusal::BlankDescription
    })?;
    require(!item.topics.is_empty(), || EvidenceRefusal::NoTopics)?;
    for topic in &item.topics {
        require(case.topics.get(topic).is_some(), || {
            EvidenceRefusal::UnknownTopic {
                topic: topic.clone(),
            }
        })?;
    }
    require(case.agency(&item.agency).is_some(), || {
        EvidenceRefusal::UnknownAgency {
            agency: item.agency.clone(),
        }
    })?;
    check_status(&item.status)
}

/// Whether `item` can join `case` as a new item.
pub fn check_new_item(case: &Case, item: &EvidenceItem) -> Result<(), EvidenceRefusal> {
    require(case.evidence_item(&item.id).is_none(), || {
        EvidenceRefusal::AlreadyInCase {
            item: item.id.clone(),
        }
    })?;
    check_item(case, item)
}

/// Whether `line` can be added to the catalogue of `case`.
pub fn check_guidance(case: &Case, line: &EvidenceGuidance) -> Result<(), EvidenceRefusal> {
    require(case.topics.get(&line.topic).is_some(), || {
        EvidenceRefusal::UnknownTopic {
            topic: line.topic.clone(),
        }
    })?;
    require(!line.guidance.trim().is_empty(), || {
        EvidenceRefusal::BlankGuidance
    })?;
    require(!kinds_for(case, &line.topic).contains(&line.kind), || {
        EvidenceRefusal::GuidanceAlreadyListed {
            topic: line.topic.clone(),
            kind: line.kind,
        }
    })
}
