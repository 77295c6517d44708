//! The case workspace: one case, in sections, with the plan's headline always in view.

mod accounts;
mod agencies;
mod analysis;
mod consent;
mod coverage;
mod findings;
mod handout;
mod history;
mod labels;
mod list_form;
mod plan;
mod profile;
mod questions;
mod references;
mod referrals;
mod session;
mod topic_picker;

use crate::model::case::Case;
use crate::model::case::CaseEdit;
use crate::model::edit::{check, EditRefusal};
use crate::model::planner::Analysis;
use crate::model::CaseId;
use crate::ui::clock::now;
use crate::ui::components::author::AuthorForm;
use crate::ui::components::NavLink;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::routes::Route;
use crate::ui::session::{TabRole, VaultAction, VaultState};
use accounts::AccountsSection;
use agencies::AgenciesSection;
pub(crate) use analysis::{use_analysis, SameCase};
use consent::ConsentSection;
use coverage::CoverageSection;
use findings::FindingsSection;
pub(crate) use findings::{kind_title, subject_name};
use handout::HandoutSection;
use history::HistorySection;
use plan::PlanSection;
use profile::ProfileSection;
use questions::QuestionsSection;
use referrals::ReferralsSection;
use session::SessionSection;
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

#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    pub id: CaseId,
    pub section: WorkspaceSection,
}

#[component]
pub fn Workspace(props: &WorkspaceProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let case = vault
        .session()
        .and_then(|session| session.cases.get(&props.id).cloned());
    let analysis = use_analysis(case.clone());
    let (Some(session), Some(case), Some(analysis)) = (vault.session(), case, analysis) else {
        return html! {
            <>
                <h1>{ t.tr("case-missing-heading") }</h1>
                <p>{ t.tr("case-missing") }</p>
                <p><NavLink to={Route::Cases}>{ t.tr("case-back-to-list") }</NavLink></p>
            </>
        };
    };
    let title = t.tr_with(
        "page-title",
        &[
            ("page", t.tr(props.section.message_id()).into()),
            ("app", case.code.clone().into()),
        ],
    );
    gloo::utils::document().set_title(&title);
    let read_only = session.role != TabRole::Writer;
    let section = SectionProps {
        case: case.clone(),
        analysis,
        editor: CaseEditor::for_vault(case.id.clone(), vault.dispatcher()),
        read_only,
    };
    html! {
        <>
            <p class="no-print"><NavLink to={Route::Cases}>{ t.tr("case-back-to-list") }</NavLink></p>
            <h1 class="no-print">{ t.tr_with("case-heading", &[("code", case.code.clone().into())]) }</h1>
            // Asked once per vault, the first time a case is open for editing; edits made before
            // it is answered are recorded without a name, which the history says.
            if session.settings.author.is_none() && !read_only {
                <AuthorForm first_use=true />
            }
            if let Some(refused) = &session.refused {
                <p class="error no-print" role="alert">{ t.tr_with("edit-refused", &[("reason", refused.to_string().into())]) }</p>
            }
            <WorkspaceView {section} current={props.section} sections={WorkspaceSection::ALL} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkspaceViewProps {
    pub section: SectionProps,
    pub current: WorkspaceSection,
    /// The sections offered, in order.
    pub sections: &'static [WorkspaceSection],
}

/// The plan's headline, the section navigation and the current section, for a case of the vault
/// or a practice case alike.
#[component]
pub fn WorkspaceView(props: &WorkspaceViewProps) -> Html {
    let t = use_translator();
    let section = props.section.clone();
    let case = section.case.clone();
    let avoided = section.analysis.retelling.repeated_questions_avoided;
    html! {
        <>
            // A child of the page itself, not of a heading block, so that it stays in view while the page scrolls.
            <p class="headline no-print">
                { t.tr_with("headline-avoided", &[("count", avoided.into())]) }
            </p>
            <nav class="sections no-print" aria-label={t.tr("workspace-sections")}>
                <ul>
                    { for props.sections.iter().map(|s| html! {
                        <li>
                            <NavLink to={Route::CaseSection { id: case.id.to_string(), section: s.slug().to_owned() }}
                                current={*s == props.current}>
                                { t.tr(s.message_id()) }
                            </NavLink>
                        </li>
                    }) }
                </ul>
            </nav>
            { match props.current {
                WorkspaceSection::Profile => html! { <ProfileSection ..section.clone() /> },
                WorkspaceSection::Agencies => html! { <AgenciesSection ..section.clone() /> },
                WorkspaceSection::Accounts => html! { <AccountsSection ..section.clone() /> },
                WorkspaceSection::Questions => html! { <QuestionsSection ..section.clone() /> },
                WorkspaceSection::Session => html! { <SessionSection ..section.clone() /> },
                WorkspaceSection::Findings => html! { <FindingsSection ..section.clone() /> },
                WorkspaceSection::Coverage => html! { <CoverageSection ..section.clone() /> },
                WorkspaceSection::Consent => html! { <ConsentSection ..section.clone() /> },
                WorkspaceSection::Referrals => html! { <ReferralsSection ..section.clone() /> },
                WorkspaceSection::Plan => html! { <PlanSection ..section.clone() /> },
                WorkspaceSection::Handout => html! { <HandoutSection ..section.clone() /> },
                WorkspaceSection::History => html! { <HistorySection ..section.clone() /> },
            } }
        </>
    }
}
