//! What every section of the workspace shares and nothing else: which sections there are, the
//! properties each receives, and the one way each changes its case. Apart from `mod.rs`, which
//! renders the sections, so that a section never imports the module that imports it.

use crate::model::case::{Case, CaseEdit};
use crate::model::edit::{check, EditRefusal};
use crate::model::planner::Analysis;
use crate::model::{CaseId, Timestamp};
use crate::ui::clock::now;
use crate::ui::hooks::use_translator;
use crate::ui::vault_state::{VaultAction, VaultState};
use std::rc::Rc;
use yew::prelude::*;

/// The sections of the workspace, in the order the section navigation lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkspaceSection {
    Profile,
    Agencies,
    Accounts,
    Questions,
    Requests,
    Session,
    Findings,
    Coverage,
    Evidence,
    Consent,
    Referrals,
    Plan,
    Handout,
    History,
}

impl WorkspaceSection {
    /// Every section, in order, with the part of the address that names it. The message id of
    /// a section's name is its slug followed by `-heading`.
    const SLUGS: [(WorkspaceSection, &'static str); 14] = [
        (WorkspaceSection::Profile, "profile"),
        (WorkspaceSection::Agencies, "agencies"),
        (WorkspaceSection::Accounts, "accounts"),
        (WorkspaceSection::Questions, "questions"),
        (WorkspaceSection::Requests, "requests"),
        (WorkspaceSection::Session, "session"),
        (WorkspaceSection::Findings, "findings"),
        (WorkspaceSection::Coverage, "coverage"),
        (WorkspaceSection::Evidence, "evidence"),
        (WorkspaceSection::Consent, "consent"),
        (WorkspaceSection::Referrals, "referrals"),
        (WorkspaceSection::Plan, "plan"),
        (WorkspaceSection::Handout, "handout"),
        (WorkspaceSection::History, "history"),
    ];

    /// The sections offered, in the order the section navigation lists them: in practice mode
    /// every one but the referrals, which need the vault's directory, and the question requests,
    /// which need the vault's sharing key.
    pub fn offered(practice: bool) -> impl Iterator<Item = WorkspaceSection> {
        Self::SLUGS
            .into_iter()
            .map(|(section, _)| section)
            .filter(move |section| {
                !(practice
                    && matches!(
                        section,
                        WorkspaceSection::Referrals | WorkspaceSection::Requests
                    ))
            })
    }

    /// The part of the address that names the section.
    pub fn slug(self) -> &'static str {
        Self::SLUGS
            .into_iter()
            .find_map(|(section, slug)| (section == self).then_some(slug))
            .expect("every section has a slug")
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::SLUGS
            .into_iter()
            .find_map(|(section, named)| (named == slug).then_some(section))
    }

    /// The message id of the section's name.
    pub fn message_id(self) -> String {
        format!("{}-heading", self.slug())
    }
}

/// Changes one case: every section edits through this. In the vault workspace each edit goes to
/// the vault reducer and is autosaved; in practice mode it goes to the practice reducer, in
/// memory only. Either reducer checks the edit again on the case it holds and records it there.
#[derive(Clone, PartialEq)]
pub struct CaseEditor {
    send: Callback<CaseEdit>,
    /// The case's "now" when it is not the browser's: a practice scenario's fixed clock.
    fixed_clock: Option<Timestamp>,
}

impl CaseEditor {
    /// An editor that hands every edit to `send`, on the browser's clock.
    pub fn new(send: Callback<CaseEdit>) -> Self {
        Self {
            send,
            fixed_clock: None,
        }
    }

    /// An editor of a practice case, whose "now" is the scenario's clock: a consent dated at
    /// the real time would move the case months past its past-dated plans, and every one of
    /// them would then count as a session not recorded.
    pub fn on_scenario_clock(send: Callback<CaseEdit>, clock: Timestamp) -> Self {
        Self {
            send,
            fixed_clock: Some(clock),
        }
    }

    /// The time a section dates what happens "now" (a decision, a withdrawal, a new plan).
    pub fn now(&self) -> Timestamp {
        self.fixed_clock.unwrap_or_else(now)
    }

    /// When a new plan starts: the next full hour, a date to change, not a guess at the real one.
    pub fn next_full_hour(&self) -> Timestamp {
        const HOUR_MS: i64 = 3_600_000;
        Timestamp((self.now().0 / HOUR_MS + 1) * HOUR_MS)
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

#[derive(Properties, PartialEq)]
pub struct SectionPanelProps {
    pub section: WorkspaceSection,
    /// Classes besides `panel`, for the section's own layout.
    #[prop_or_default]
    pub class: Classes,
    /// The message id of the sentence under the heading that says what the section is for.
    pub intro: &'static str,
    /// Another tab is editing: every control of the section is disabled.
    #[prop_or_default]
    pub read_only: bool,
    /// Whether the children are controls that edit the case, in one fieldset a read-only tab
    /// disables; a section that only shows the case (findings, history) has none.
    #[prop_or(true)]
    pub edits: bool,
    /// The section's lists and forms.
    pub children: Html,
    /// What follows the controls: the status line and any dialog.
    #[prop_or_default]
    pub after: Html,
}

/// The frame of a section that edits the case: its heading, what it is for, and its controls
/// in one fieldset that a read-only tab disables at once.
#[component]
pub fn SectionPanel(props: &SectionPanelProps) -> Html {
    let t = use_translator();
    let heading_id = format!("{}-heading", props.section.slug());
    let heading = t.tr(&props.section.message_id());
    html! {
        <section aria-labelledby={heading_id.clone()} class={classes!("panel", props.class.clone())}>
            <h2 id={heading_id}>{ heading.clone() }</h2>
            <p class="hint">{ t.tr(props.intro) }</p>
            if props.edits {
                <fieldset disabled={props.read_only}>
                    <legend class="visually-hidden">{ heading }</legend>
                    { props.children.clone() }
                </fieldset>
            } else {
                { props.children.clone() }
            }
            { props.after.clone() }
        </section>
    }
}
