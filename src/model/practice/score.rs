//! The score card of an exercise: which planted flaws the trainee fixed and which are left.

use super::{flaws_of, FlawGroup, Guidance, PlantedFlaw};
use crate::model::case::Case;
use crate::model::planner::analyze;

/// One planted flaw, scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoredFlaw {
    pub flaw: PlantedFlaw,
    /// The planner no longer reports it.
    pub fixed: bool,
    pub group: FlawGroup,
    /// The planner rule (1-7) behind it.
    pub rule: u8,
    pub guidance: &'static [Guidance],
}

/// What a trainee fixed and what they missed, with the problems their changes brought in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreCard {
    /// Every planted flaw, grouped in [`FlawGroup::ALL`] order, in the scenario's order within a group.
    pub flaws: Vec<ScoredFlaw>,
    /// Problems the planner finds now that were not planted (a new wording that is itself leading,
    /// a session added without a break...).
    pub introduced: Vec<PlantedFlaw>,
}

impl ScoreCard {
    /// How many planted flaws are fixed.
    pub fn fixed(&self) -> usize {
        self.flaws.iter().filter(|f| f.fixed).count()
    }

    /// How many flaws were planted.
    pub fn total(&self) -> usize {
        self.flaws.len()
    }

    /// The flaws of one group.
    pub fn group(&self, group: FlawGroup) -> impl Iterator<Item = &ScoredFlaw> {
        self.flaws.iter().filter(move |f| f.group == group)
    }

    /// How many flaws of one group are left (not fixed).
    pub fn left(&self, group: FlawGroup) -> usize {
        self.group(group).filter(|f| !f.fixed).count()
    }
}

/// Scores the trainee's case against the flaws planted in the scenario's draft.
pub fn score(planted: &[PlantedFlaw], case: &Case) -> ScoreCard {
    let analysis = analyze(case);
    let mut flaws: Vec<ScoredFlaw> = planted
        .iter()
        .map(|flaw| ScoredFlaw {
            flaw: flaw.clone(),
            fixed: !flaw.is_left_in(&analysis),
            group: flaw.group(),
            rule: flaw.kind.rule().number(),
            guidance: Guidance::behind(flaw.kind),
        })
        .collect();
    // Stable: the scenario's order is kept within a group.
    flaws.sort_by_key(|f| f.group);
    let introduced = flaws_of(&analysis)
        .into_iter()
        .filter(|now| {
            // A flaw reported now that no planted flaw accounts for.
            !planted.iter().any(|flaw| {
                flaw.kind == now.kind && now.subjects.iter().all(|s| flaw.subjects.contains(s))
            })
        })
        .collect();
    ScoreCard { flaws, introduced }
}
