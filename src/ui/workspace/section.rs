//! What every section of the workspace shares and nothing else: which sections there are, the
//! properties each receives, and the one way each changes its case. Apart from `mod.rs`, which
//! renders the sections, so that a section never imports the module that imports it.

use crate::model::case::{Case, CaseEdit};
use crate::model::edit::{check, EditRefusal};
use crate::model::planner::Analysis;
use crate::model::CaseId;
use crate::ui::clock::now;
use crate::ui::session::{VaultAction, VaultState};
use std::rc::Rc;
use yew::prelude::*;

/// The sections of the workspace, in the order the section navigation lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkspaceSection {
    Profile,
    Agencies,
    Accounts,
    Questions,
    Session,
    Findings,
    Coverage,
    Consent,
    Referrals,
    Plan,
    Handout,
    History,
}

impl WorkspaceSection {
    pub const ALL: &'static [WorkspaceSection] = &[
        WorkspaceSection::Profile,
        WorkspaceSection::Agencies,
        WorkspaceSection::Accounts,
        WorkspaceSection::Questions,
        WorkspaceSection::Session,
        WorkspaceSection::Findings,
        WorkspaceSection::Coverage,
        WorkspaceSection::Consent,
        WorkspaceSection::Referrals,
        WorkspaceSection::Plan,
        WorkspaceSection::Handout,
        WorkspaceSection::History,
    ];

    /// The sections practice mode offers: every one but the referrals, which need the vault's directory.
    pub const PRACTICE: &'static [WorkspaceSection] = &[
        WorkspaceSection::Profile,
        WorkspaceSection::Agencies,
        WorkspaceSection::Accounts,
        WorkspaceSection::Questions,
        WorkspaceSection::Session,
        WorkspaceSection::Findings,
        WorkspaceSection::Coverage,
        WorkspaceSection::Consent,
        WorkspaceSection::Plan,
        WorkspaceSection::Handout,
        WorkspaceSection::History,
    ];

    /// The part of the address that names the section.
    pub fn slug(self) -> &'static str {
        match self {
            WorkspaceSection::Profile => "profile",
            WorkspaceSection::Agencies => "agencies",
            WorkspaceSection::Accounts => "accounts",
            WorkspaceSection::Questions => "questions",
            WorkspaceSection::Session => "session",
            WorkspaceSection::Findings => "findings",
            WorkspaceSection::Coverage => "coverage",
            WorkspaceSection::Consent => "consent",
            WorkspaceSection::Referrals => "referrals",
            WorkspaceSection::Plan => "plan",
            WorkspaceSection::Handout => "handout",
            WorkspaceSection::History => "history",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.slug() == slug)
    }

    /// The message id of the section's name.
    pub fn message_id(self) -> &'static str {
        match self {
            WorkspaceSection::Profile => "profile-heading",
            WorkspaceSection::Agencies => "agencies-heading",
            WorkspaceSection::Accounts => "accounts-heading",
            WorkspaceSection::Questions => "questions-heading",
            WorkspaceSection::Session => "session-heading",
            WorkspaceSection::Findings => "findings-heading",
            WorkspaceSection::Coverage => "coverage-heading",
            WorkspaceSection::Consent => "consent-heading",
            WorkspaceSection::Referrals => "referrals-heading",
            WorkspaceSection::Plan => "plan-heading",
            WorkspaceSection::Handout => "handout-heading",
            WorkspaceSection::History => "history-heading",
        }
    }
}

/// Changes one case: every section edits through this. In the vault workspace each edit goes to
/// the vault reducer and is autosaved; in practice mode it goes to the practice reducer, in
/// memory only. Either reducer checks the edit again on the case it holds and records it there.
#[derive(Clone, PartialEq)]
pub struct CaseEditor {
    send: Callback<CaseEdit>,
}

impl CaseEditor {
    /// An editor that hands every edit to `send`.
    pub fn new(send: Callback<CaseEdit>) -> Self {
        Self { send }
    }

    /// An editor of a case of the vault: each edit is dispatched to the vault and autosaved.
    pub fn for_vault(id: CaseId, dispatcher: UseReducerDispatcher<VaultState>) -> Self {
        Self::new(Callback::from(move |edit: CaseEdit| {
            dispatcher.dispatch(VaultAction::EditCase {
                id: id.clone(),
                edit: Box::new(edit),
                now: now(),
            })
        }))
    }

    /// Sends `edit` when the model allows it on `case` (the case the section shows), or says why
    /// not, so that the section can show the refusal at once.
    pub fn send(&self, case: &Case, edit: CaseEdit) -> Result<(), EditRefusal> {
        check(case, &edit)?;
        self.send.emit(edit);
        Ok(())
    }
}

/// What every section receives.
#[derive(Properties, Clone)]
pub struct SectionProps {
    pub case: Rc<Case>,
    pub analysis: Rc<Analysis>,
    pub editor: CaseEditor,
    /// Another tab is editing: show, do not change.
    pub read_only: bool,
}

impl PartialEq for SectionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.case, &other.case)
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.read_only == other.read_only
    }
}
