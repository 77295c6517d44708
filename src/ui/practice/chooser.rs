//! The practice page: choose a built-in scenario and its language, or open a practice file.

use super::{built_in, practice_file_error, use_practice, PracticeAction, PracticeBanner};
use crate::i18n::{texts, Catalogue, Locale};
use crate::model::practice::file::read_practice_file;
use crate::model::practice::scenarios::{Scenario, ScenarioKey};
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::NavLink;
use crate::ui::hooks::{use_page_title, use_translator};
use crate::ui::routes::Route;
use crate::ui::workspace::section::WorkspaceSection;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

/// Where an exercise starts: the first section of its case.
fn start_route(scenario: &Scenario) -> Route {
    Route::CaseSection {
        id: scenario.case.id.to_string(),
        section: WorkspaceSection::Profile.slug().to_owned(),
    }
}

#[component]
pub fn PracticePage() -> Html {
    let t = use_translator();
    use_page_title("practice-heading");
    let practice = use_practice();
    let navigator = use_navigator();
    let key = use_state(|| ScenarioKey::FishingVessel);
    let language = use_state(|| t.locale());
    // A scenario waiting for confirmation, because it would replace the exercise in progress.
    let pending = use_state(|| None::<Rc<Scenario>>);
    let file_input = use_node_ref();
    let file_problem = use_state(|| None::<String>);
    let start_problem = use_state(|| None::<String>);

    let start = {
        let (practice, navigator, pending) = (practice.clone(), navigator.clone(), pending.clone());
        Callback::from(move |scenario: Rc<Scenario>| {
            let route = start_route(&scenario);
            practice.dispatch(PracticeAction::Start(scenario));
            pending.set(None);
            if let Some(navigator) = &navigator {
                navigator.replace(&route);
            }
        })
    };
    // Starts at once, or asks first when an exercise is in progress.
    let offer = {
        let (practice, pending, start) = (practice.clone(), pending.clone(), start.clone());
        Callback::from(move |scenario: Rc<Scenario>| {
            if practice.exercise.is_some() {
                pending.set(Some(scenario));
            } else {
                start.emit(scenario);
            }
        })
    };
    let on_key = {
        let key = key.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = ScenarioKey::from_slug(&value) {
                key.set(chosen);
            }
        })
    };
    let on_language = {
        let language = language.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = Locale::from_tag(&value) {
                language.set(chosen);
            }
        })
    };
    let on_start = {
        let (key, language, offer) = (key.clone(), language.clone(), offer.clone());
        let (start_problem, t) = (start_problem.clone(), t.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (key, language, offer) = (*key, *language, offer.clone());
            let (start_problem, t) = (start_problem.clone(), t.clone());
            // The scenario's texts in its own language, which need not be the interface's.
            spawn_local(async move {
                if texts::fetch(language.tag(), language.files())
                    .await
                    .is_err()
                {
                    let name = t.tr(&format!("interface-language-{}", language.tag()));
                    start_problem.set(Some(t.tr_with(
                        "practice-language-unavailable",
                        &[("language", name.into())],
                    )));
                    return;
                }
                start_problem.set(None);
                offer.emit(Rc::new(built_in(key, language)));
            });
        })
    };
    let on_open = {
        let (file_input, file_problem, offer, t) = (
            file_input.clone(),
            file_problem.clone(),
            offer.clone(),
            t.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let file = file_input
                .cast::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else {
                file_problem.set(Some(t.tr("practice-file-none")));
                return;
            };
            let (file_problem, offer, t) = (file_problem.clone(), offer.clone(), t.clone());
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let Some(text) = text else {
                    file_problem.set(Some(t.tr("practice-file-unreadable")));
                    return;
                };
                // A file that cannot be read leaves the exercise in progress as it is.
                match read_practice_file(&text) {
                    Ok(scenario) => {
                        file_problem.set(None);
                        offer.emit(Rc::new(scenario));
                    }
                    Err(error) => file_problem.set(Some(practice_file_error(&t, &error))),
                }
            });
        })
    };
    let on_confirm = {
        let (pending, start) = (pending.clone(), start.clone());
        Callback::from(move |()| {
            if let Some(scenario) = (*pending).clone() {
                start.emit(scenario);
            }
        })
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |()| pending.set(None))
    };

    html! {
        <>
            <PracticeBanner />
            <h1>{ t.tr("practice-heading") }</h1>
            <p class="practice-intro">{ t.tr("practice-intro") }</p>
            if let Some(exercise) = &practice.exercise {
                <section class="panel" aria-labelledby="practice-current-heading">
                    <h2 id="practice-current-heading">
                        { t.tr_with("practice-current-heading", &[("title", exercise.scenario.title.clone().into())]) }
                    </h2>
                    <ul class="practice-links">
                        <li><NavLink to={start_route(&exercise.scenario)}>{ t.tr("practice-continue") }</NavLink></li>
                        <li><NavLink to={Route::PracticeScore}>{ t.tr("practice-score-link") }</NavLink></li>
                        <li><NavLink to={Route::PracticePresenter}>{ t.tr("practice-presenter-link") }</NavLink></li>
                    </ul>
                </section>
            }
            <section class="panel" aria-labelledby="practice-choose-heading">
                <h2 id="practice-choose-heading">{ t.tr("practice-choose-heading") }</h2>
                <form onsubmit={on_start} class="practice-choose">
                    <label for="practice-scenario">{ t.tr("practice-scenario") }</label>
                    <select id="practice-scenario" onchange={on_key} aria-describedby="practice-scenario-summary">
                        { for ScenarioKey::ALL.iter().map(|k| html! {
                            <option value={k.slug()} selected={*k == *key}>{ t.tr(&k.message_id("title")) }</option>
                        }) }
                    </select>
                    <p id="practice-scenario-summary" class="hint">{ t.tr(&key.message_id("summary")) }</p>
                    <label for="practice-language">{ t.tr("practice-language") }</label>
                    <select id="practice-language" onchange={on_language}>
                        { for Locale::ALL.iter().map(|locale| html! {
                            <option value={locale.tag()} selected={*locale == *language}>
                                { t.tr(&format!("interface-language-{}", locale.tag())) }
                            </option>
                        }) }
                    </select>
                    <p class="hint">
                        { t.tr_with("practice-flaw-count", &[("count", built_in(*key, *language).flaws.len().into())]) }
                    </p>
                    if let Some(problem) = &*start_problem {
                        <p role="alert" class="error">{ problem.clone() }</p>
                    }
                    <button type="submit">{ t.tr("practice-start") }</button>
                </form>
            </section>
            <section class="panel" aria-labelledby="practice-open-file-heading">
                <h2 id="practice-open-file-heading">{ t.tr("practice-open-file-heading") }</h2>
                <p class="hint">{ t.tr("practice-open-file-intro") }</p>
                <form onsubmit={on_open}>
                    <label for="practice-file">{ t.tr("practice-file") }</label>
                    <input id="practice-file" type="file" accept=".json,application/json" ref={file_input} />
                    if let Some(problem) = &*file_problem {
                        <p role="alert" class="error">{ problem.clone() }</p>
                    }
                    <button type="submit">{ t.tr("practice-open-file") }</button>
                </form>
            </section>
            if pending.is_some() {
                <ConfirmDialog
                    title={t.tr("practice-replace-confirm-title")}
                    message={t.tr("practice-replace-confirm")}
                    confirm_label={t.tr("practice-replace-confirm-action")}
                    {on_confirm} {on_cancel} />
            }
        </>
    }
}
