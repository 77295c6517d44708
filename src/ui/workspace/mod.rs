//! The case workspace: one case, in sections, with the plan's headline always in view.

mod accounts;
mod agencies;
pub mod analysis;
mod consent;
pub mod contribution;
mod coverage;
mod evidence;
mod finding_item;
mod findings;
mod handout;
mod held;
mod history;
pub mod labels;
mod list_form;
mod plan;
mod profile;
mod questions;
mod references;
mod referrals;
mod requests;
pub mod section;
mod session;
mod topic_picker;

use crate::model::CaseId;
use crate::ui::components::author::AuthorForm;
use crate::ui::components::NavLink;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::routes::Route;
use crate::ui::vault_state::TabRole;
use accounts::AccountsSection;
use agencies::AgenciesSection;
use analysis::{achieved_headline, use_analysis, CaseAnalysis};
use consent::ConsentSection;
use coverage::CoverageSection;
use evidence::EvidenceSection;
use findings::FindingsSection;
use handout::HandoutSection;
use history::HistorySection;
use plan::PlanSection;
use profile::ProfileSection;
use questions::QuestionsSection;
use referrals::ReferralsSection;
use requests::RequestsSection;
use section::{CaseEditor, SectionProps, WorkspaceSection};
use session::SessionSection;
use yew::prelude::*;

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
        .unlocked()
        .and_then(|unlocked| unlocked.cases.get(&props.id).cloned());
    let CaseAnalysis {
        analysis,
        restarted,
    } = use_analysis(case.clone());
    // Asked once per vault, the first time a case is open for editing; once answered, the form
    // stays for this visit to say what was kept. Edits made before it is answered are recorded
    // without a name, which the history says.
    let ask_author = use_state(|| {
        vault
            .unlocked()
            .is_some_and(|s| s.settings.author.is_none() && s.role == TabRole::Writer)
    });
    if let (Some(case), None) = (&case, &analysis) {
        return html! { <PlannerChecking code={case.code.clone()} /> };
    }
    let (Some(unlocked), Some(case), Some(analysis)) = (vault.unlocked(), case, analysis) else {
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
            ("page", t.tr(&props.section.message_id()).into()),
            ("app", case.code.clone().into()),
        ],
    );
    gloo::utils::document().set_title(&title);
    let read_only = unlocked.role != TabRole::Writer;
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
            if *ask_author && !read_only {
                <AuthorForm first_use=true />
            }
            if let Some(refused) = &unlocked.refused {
                <p class="error no-print" role="alert">{ t.tr_with("edit-refused", &[("reason", refused.to_string().into())]) }</p>
            }
            <WorkspaceView {section} current={props.section} practice=false {restarted} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkspaceViewProps {
    pub section: SectionProps,
    pub current: WorkspaceSection,
    /// Practice mode, which offers every section but the referrals.
    pub practice: bool,
    /// The planner's worker was started again during this visit.
    #[prop_or_default]
    pub restarted: bool,
}

#[derive(Properties, PartialEq)]
pub struct PlannerCheckingProps {
    pub code: String,
}

/// A case being analysed for the first time: shown until its findings are ready, so that the
/// findings of one case are never shown beside another.
#[component]
pub fn PlannerChecking(props: &PlannerCheckingProps) -> Html {
    let t = use_translator();
    html! {
        <>
            <h1>{ t.tr_with("case-heading", &[("code", props.code.clone().into())]) }</h1>
            <p role="status">{ t.tr("planner-checking") }</p>
        </>
    }
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
            if props.restarted {
                <p class="notice no-print" role="status">{ t.tr("planner-restarted") }</p>
            }
            <p class="headline no-print">
                { t.tr_with("headline-avoided", &[("count", avoided.into())]) }
                if let Some(achieved) = achieved_headline(&t, &case, &section.analysis) {
                    { " " }{ achieved }
                }
            </p>
            <nav class="sections no-print" aria-label={t.tr("workspace-sections")}>
                <ul>
                    { for WorkspaceSection::offered(props.practice).map(|s| html! {
                        <li>
                            <NavLink to={Route::CaseSection { id: case.id.to_string(), section: s.slug().to_owned() }}
                                current={s == props.current}>
                                { t.tr(&s.message_id()) }
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
                WorkspaceSection::Requests => html! { <RequestsSection ..section.clone() /> },
                WorkspaceSection::Session => html! { <SessionSection ..section.clone() /> },
                WorkspaceSection::Findings => html! { <FindingsSection ..section.clone() /> },
                WorkspaceSection::Coverage => html! { <CoverageSection ..section.clone() /> },
                WorkspaceSection::Evidence => html! { <EvidenceSection ..section.clone() /> },
                WorkspaceSection::Consent => html! { <ConsentSection ..section.clone() /> },
                WorkspaceSection::Referrals => html! { <ReferralsSection ..section.clone() /> },
                WorkspaceSection::Plan => html! { <PlanSection ..section.clone() /> },
                WorkspaceSection::Handout => html! { <HandoutSection ..section.clone() /> },
                WorkspaceSection::History => html! { <HistorySection ..section.clone() /> },
            } }
        </>
    }
}
