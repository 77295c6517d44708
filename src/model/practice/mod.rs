//! Practice mode for trainers: fictional scenarios with deliberately flawed draft plans, the
//! flaws planted in each, and a score card that says which of them a trainee fixed.
//!
//! A flaw is known by the kind of finding the planner reports for it and by the items it sits
//! on (a question, a session, a consent purpose...), never by its wording or position, so that
//! any legitimate fix counts: rewording the question, deleting it, accepting the planner's
//! suggestion, recording the consent, adding a break. A flaw is fixed when the planner no longer
//! reports a finding of that kind on those items. A flaw that only a fix can bring to light
//! (questions to carry over from a session the trainee records as held) is planted with the flaw
//! it follows, and is fixed once that one is and the planner does not report it.
//!
//! Nothing here touches the vault: a scenario is built in memory, from texts looked up by the
//! caller (the UI passes its Fluent catalogue of the scenario's language).

// Each part reads the flaws defined here and is named from its own module: re-exported here,
// this module would import the parts that import it.
pub mod file;
pub mod scenarios;
pub mod score;

use super::planner::finding::{Finding, FindingKind, FindingSubject};
use super::planner::Analysis;
use super::CaseId;
use serde::{Deserialize, Serialize};

/// Every practice case's id starts with this; ids of real cases never do (they are random UUIDs),
/// so the app can tell a practice case from a case of the vault by its id alone.
pub const PRACTICE_ID_PREFIX: &str = "practice-";

/// Whether a case id belongs to a practice case, which lives only in memory and never in the vault.
pub fn is_practice_case_id(id: &CaseId) -> bool {
    id.as_str().starts_with(PRACTICE_ID_PREFIX)
}

/// A flaw deliberately left in a draft plan: which finding must report it, and on which items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlantedFlaw {
    pub kind: FindingKind,
    /// The items the flaw sits on (see [`PlantedFlaw::from_finding`] for which ones count).
    pub subjects: Vec<FindingSubject>,
    /// The flaw whose fix brings this one to light ([`PlantedFlaw::follow_on`]): the planner
    /// cannot report it before, so it counts as left while that flaw is left.
    // Left out when absent, so that files of flaws the draft shows read as they always did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arises_from: Option<Box<PlantedFlaw>>,
}

impl PlantedFlaw {
    /// A flaw of `kind` on `subjects`.
    pub fn new(kind: FindingKind, subjects: Vec<FindingSubject>) -> Self {
        Self {
            kind,
            subjects,
            arises_from: None,
        }
    }

    /// The flaw that fixing this one can bring to light, planted with it: a session that took
    /// place, once recorded, may leave questions to carry over, and the draft cannot show them
    /// before the trainee says which were not asked.
    pub fn follow_on(&self) -> Option<PlantedFlaw> {
        match self.kind {
            FindingKind::SessionNotRecorded => Some(PlantedFlaw {
                kind: FindingKind::NotCarriedOver,
                subjects: self.subjects.clone(),
                arises_from: Some(Box::new(self.clone())),
            }),
            _ => None,
        }
    }

    /// The flaw a finding reports. It keeps the items that identify the problem and drops the
    /// ones a fix may change without fixing it: a coach remark is about its question (not the
    /// words that triggered it), a consent finding about the item and the purpose (not which
    /// agencies are still missing), a duplicate about all its questions, a session problem
    /// about its session, questions to carry over about the held session (not which are left).
    pub fn from_finding(finding: &Finding) -> Self {
        use FindingKind::*;
        let identifying =
            |subject: &FindingSubject| !matches!(subject, FindingSubject::Wording { .. });
        let subjects: Vec<FindingSubject> = match finding.kind {
            DuplicateQuestion => finding
                .concerns
                .iter()
                .filter(|s| identifying(s))
                .cloned()
                .collect(),
            ConsentMissing | ConsentDeclined | ConsentWithdrawn | SensitiveBeforeRapport => {
                finding.concerns.iter().take(2).cloned().collect()
            }
            _ => finding.concerns.iter().take(1).cloned().collect(),
        };
        Self::new(finding.kind, subjects)
    }

    /// Whether this flaw is still in a plan with this analysis. A duplicate stays while any two
    /// of its questions are still reported as duplicates of each other; a flaw that arises from
    /// another stays while that one does.
    pub fn is_left_in(&self, analysis: &Analysis) -> bool {
        if self
            .arises_from
            .as_ref()
            .is_some_and(|cause| cause.is_left_in(analysis))
        {
            return true;
        }
        analysis
            .findings
            .iter()
            .filter(|finding| finding.kind == self.kind)
            .any(|finding| {
                let shared = self
                    .subjects
                    .iter()
                    .filter(|subject| finding.concerns.contains(subject))
                    .count();
                if self.kind == FindingKind::DuplicateQuestion {
                    shared >= 2
                } else {
                    shared == self.subjects.len()
                }
            })
    }

    /// The part of the score card the flaw belongs to.
    pub fn group(&self) -> FlawGroup {
        FlawGroup::of(self.kind)
    }
}

/// Every flaw an analysis reports, each once, in the analysis's order.
pub fn flaws_of(analysis: &Analysis) -> Vec<PlantedFlaw> {
    let mut flaws: Vec<PlantedFlaw> = Vec::new();
    for finding in &analysis.findings {
        let flaw = PlantedFlaw::from_finding(finding);
        if !flaws.contains(&flaw) {
            flaws.push(flaw);
        }
    }
    flaws
}

/// The flaws a draft with this analysis plants: every flaw it reports ([`flaws_of`]), each
/// followed by the flaw its fix can bring to light ([`PlantedFlaw::follow_on`]).
pub fn planted_flaws(analysis: &Analysis) -> Vec<PlantedFlaw> {
    flaws_of(analysis)
        .into_iter()
        .flat_map(|flaw| {
            let follow_on = flaw.follow_on();
            std::iter::once(flaw).chain(follow_on)
        })
        .collect()
}

/// The parts of a score card, in the order it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlawGroup {
    /// Rules 1-3: the survivor would tell something again.
    RepeatedQuestions,
    /// Rule 7.
    CoachRemarks,
    /// Rule 4.
    ConsentsMissing,
    /// Rule 5.
    WellbeingRisks,
    /// Rule 6.
    Roles,
    /// Rule 1 after a session took place: recording it as held, and carrying over what it did
    /// not ask. Apart from the repeated questions, since the fix is a record, not a plan.
    AfterSession,
    /// Rule 8: a topic resting on the survivor's word alone, fixed by requesting evidence.
    Evidence,
}

impl FlawGroup {
    pub const ALL: [FlawGroup; 7] = [
        FlawGroup::RepeatedQuestions,
        FlawGroup::CoachRemarks,
        FlawGroup::ConsentsMissing,
        FlawGroup::WellbeingRisks,
        FlawGroup::Roles,
        FlawGroup::AfterSession,
        FlawGroup::Evidence,
    ];

    /// The group a finding of this kind is scored in.
    pub fn of(kind: FindingKind) -> FlawGroup {
        if matches!(
            kind,
            FindingKind::SessionNotRecorded | FindingKind::NotCarriedOver
        ) {
            return FlawGroup::AfterSession;
        }
        match kind.rule().number() {
            1..=3 => FlawGroup::RepeatedQuestions,
            4 => FlawGroup::ConsentsMissing,
            5 => FlawGroup::WellbeingRisks,
            6 => FlawGroup::Roles,
            8 => FlawGroup::Evidence,
            _ => FlawGroup::CoachRemarks,
        }
    }

    /// A stable name, for message ids and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            FlawGroup::RepeatedQuestions => "repeated",
            FlawGroup::CoachRemarks => "coach",
            FlawGroup::ConsentsMissing => "consent",
            FlawGroup::WellbeingRisks => "wellbeing",
            FlawGroup::Roles => "roles",
            FlawGroup::AfterSession => "after-session",
            FlawGroup::Evidence => "evidence",
        }
    }
}

/// The published guidance the planner's rules encode (see DESIGN, "Why it matters").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guidance {
    /// WHO ethical and safety recommendations for interviewing trafficked women (2003).
    WhoEthics2003,
    /// Achieving Best Evidence in Criminal Proceedings (Ministry of Justice, England and Wales).
    AchievingBestEvidence,
    /// US Office for Victims of Crime, human trafficking task force e-guide, section 5.3.
    OvcEGuide53,
    /// The PEACE interview model as taught in the UNODC anti-trafficking manual, module 8.
    PeaceUnodcModule8,
    /// The Barnahus model: one child-friendly house, one interview, every agency.
    Barnahus,
    /// UNODC, Evidential Issues in Trafficking in Persons Cases (2017): the case as a mosaic of
    /// testimonial, documentary and real evidence.
    UnodcEvidential2017,
    /// US Office for Victims of Crime, human trafficking task force e-guide, section 5.4:
    /// "no detail is too insignificant to corroborate".
    OvcEGuide54,
}

impl Guidance {
    /// A stable name, for message ids.
    pub fn slug(self) -> &'static str {
        match self {
            Guidance::WhoEthics2003 => "who-2003",
            Guidance::AchievingBestEvidence => "abe",
            Guidance::OvcEGuide53 => "ovc-5-3",
            Guidance::PeaceUnodcModule8 => "peace-unodc-8",
            Guidance::Barnahus => "barnahus",
            Guidance::UnodcEvidential2017 => "unodc-evidential-2017",
            Guidance::OvcEGuide54 => "ovc-5-4",
        }
    }

    /// The guidance a finding of this kind comes from, most direct first.
    pub fn behind(kind: FindingKind) -> &'static [Guidance] {
        use FindingKind::*;
        use Guidance::*;
        match kind {
            AlreadyTold | ConsentToShareMissing | ShareConsentGiven | ShareConsentRefused => {
                &[WhoEthics2003, AchievingBestEvidence]
            }
            // Record once and reuse the record; ask first whether the person was interviewed.
            SessionNotRecorded => &[AchievingBestEvidence, WhoEthics2003],
            // Every agency's question asked in the one interview; Evaluate before the next plan.
            NotCarriedOver => &[Barnahus, PeaceUnodcModule8],
            DuplicateQuestion => &[Barnahus, AchievingBestEvidence],
            RetoldTopic => &[AchievingBestEvidence, WhoEthics2003],
            ConsentMissing | ConsentDeclined | ConsentWithdrawn => &[WhoEthics2003],
            LongWithoutBreak | InterpreterMissing | NoSupportPerson | AvoidedTopic => {
                &[WhoEthics2003]
            }
            TooManyAttendees | IntimidatingLocation => &[Barnahus, WhoEthics2003],
            SensitiveBeforeRapport => &[PeaceUnodcModule8, WhoEthics2003],
            NoLeadInterviewer | SeveralLeadInterviewers => &[Barnahus],
            NoNoteTaker | SeveralNoteTakers => &[OvcEGuide53],
            CoachLeading
            | CoachCompound
            | CoachForcedChoice
            | CoachWhy
            | CoachJargon
            | CoachClosedInFreeRecall => &[PeaceUnodcModule8, AchievingBestEvidence],
            WordAlone | CoveredByEvidence | EvidenceOverdue => &[UnodcEvidential2017, OvcEGuide54],
        }
    }
}
