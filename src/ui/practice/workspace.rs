//! The practice case in the same workspace sections as a real case, with the practice tools.

use super::{use_practice, PracticeAction, PracticeBanner};
use crate::model::case::CaseEdit;
use crate::model::CaseId;
use crate::ui::clock::now;
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::NavLink;
use crate::ui::hooks::use_translator;
use crate::ui::routes::Route;
use crate::ui::workspace::analysis::{use_analysis, CaseAnalysis};
use crate::ui::workspace::section::{CaseEditor, SectionProps, WorkspaceSection};
use crate::ui::workspace::{PlannerChecking, WorkspaceView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PracticeWorkspaceProps {
    /// The practice case the address names.
    pub id: CaseId,
    pub section: WorkspaceSection,
}

/// The exercise's case, edited in memory: never autosaved, never in the vault.
#[component]
pub fn PracticeWorkspace(props: &PracticeWorkspaceProps) -> Html {
    let t = use_translator();
    let practice = use_practice();
    let confirming = use_state(|| false);
    let reset_done = use_state(|| false);
    let exercise = practice
        .exercise
        .clone()
        .filter(|exercise| exercise.case.id == props.id);
    let CaseAnalysis {
        analysis,
        restarted,
    } = use_analysis(exercise.as_ref().map(|e| e.case.clone()));
    if let (Some(exercise), None) = (&exercise, &analysis) {
        return html! {
            <>
                <PracticeBanner />
                <PlannerChecking code={exercise.case.code.clone()} />
            </>
        };
    }
    let (Some(exercise), Some(analysis)) = (exercise, analysis) else {
        return html! {
            <>
                <PracticeBanner />
                <h1>{ t.tr("practice-heading") }</h1>
                <p>{ t.tr("practice-none") }</p>
                <p><NavLink to={Route::Practice}>{ t.tr("practice-choose-link") }</NavLink></p>
            </>
        };
    };
    let case = exercise.case.clone();
    gloo::utils::document().set_title(&t.tr_with(
        "page-title",
        &[
            ("page", t.tr(&props.section.message_id()).into()),
            ("app", t.tr("practice-banner").into()),
        ],
    ));
    let editor = {
        let dispatcher = practice.dispatcher();
        CaseEditor::on_scenario_clock(
            Callback::from(move |edit: CaseEdit| {
                dispatcher.dispatch(PracticeAction::Edit {
                    edit: Box::new(edit),
                    now: now(),
                })
            }),
            exercise.scenario.clock(),
        )
    };
    let section = SectionProps {
        case: case.clone(),
        analysis,
        editor,
        read_only: false,
    };
    // The referrals section needs the vault's directory; practice mode leaves it out.
    let current = if WorkspaceSection::offered(true).any(|s| s == props.section) {
        props.section
    } else {
        WorkspaceSection::Profile
    };
    let on_reset = {
        let (confirming, reset_done) = (confirming.clone(), reset_done.clone());
        Callback::from(move |_: MouseEvent| {
            reset_done.set(false);
            confirming.set(true);
        })
    };
    let on_confirm = {
        let (confirming, reset_done, practice) =
            (confirming.clone(), reset_done.clone(), practice.clone());
        Callback::from(move |()| {
            practice.dispatch(PracticeAction::Reset);
            confirming.set(false);
            reset_done.set(true);
        })
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(false))
    };
    let scenario = &exercise.scenario;
    html! {
        <>
            <PracticeBanner />
            <h1 class="no-print">{ t.tr_with("practice-workspace-heading", &[("code", case.code.clone().into())]) }</h1>
            <section class="panel practice-summary no-print" aria-labelledby="practice-summary-heading">
                <h2 id="practice-summary-heading">{ scenario.title.clone() }</h2>
                if !scenario.summary.is_empty() {
                    <p>{ scenario.summary.clone() }</p>
                }
                <nav aria-label={t.tr("practice-tools")} class="practice-tools">
                    <ul>
                        <li><NavLink to={Route::PracticeScore}>{ t.tr("practice-score-link") }</NavLink></li>
                        <li><NavLink to={Route::PracticePresenter}>{ t.tr("practice-presenter-link") }</NavLink></li>
                        <li><NavLink to={Route::Practice}>{ t.tr("practice-choose-link") }</NavLink></li>
                    </ul>
                </nav>
                <div class="actions">
                    <button type="button" class="secondary" onclick={on_reset}>{ t.tr("practice-reset") }</button>
                </div>
                if *reset_done {
                    <p role="status" class="success">{ t.tr("practice-reset-done") }</p>
                }
            </section>
            if *confirming {
                <ConfirmDialog
                    title={t.tr("practice-reset-confirm-title")}
                    message={t.tr("practice-reset-confirm")}
                    confirm_label={t.tr("practice-reset-confirm-action")}
                    {on_confirm} {on_cancel} />
            }
            <WorkspaceView {section} {current} practice=true {restarted} />
        </>
    }
}
