//! The score card of an exercise, and the same findings one at a time for a projector.

use super::{use_practice, Exercise, PracticeBanner};
use crate::i18n::Translator;
use crate::model::practice::score::{score, ScoreCard, ScoredFlaw};
use crate::model::practice::{FlawGroup, PlantedFlaw};
use crate::ui::components::NavLink;
use crate::ui::hooks::{use_page_title, use_translator};
use crate::ui::routes::Route;
use crate::ui::workspace::analysis::SameCase;
use crate::ui::workspace::labels::{kind_title, subject_name};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;
use yew_router::prelude::*;

/// The score card of the exercise in progress, worked out again only when the case changes.
#[hook]
fn use_score_card() -> Option<(Exercise, Rc<ScoreCard>)> {
    let practice = use_practice();
    let exercise = practice.exercise.clone();
    let key = SameCase(exercise.as_ref().map(|e| e.case.clone()));
    let card = {
        let exercise = exercise.clone();
        use_memo(key, move |_| {
            exercise.map(|e| Rc::new(score(&e.scenario.flaws, &e.case)))
        })
    };
    exercise.zip((*card).clone())
}

fn group_name(t: &Translator, group: FlawGroup) -> String {
    t.tr(&format!("practice-group-{}", group.slug()))
}

/// What a flaw is about, named as in the scenario's draft (where every item still exists).
fn flaw_subjects(t: &Translator, exercise: &Exercise, flaw: &PlantedFlaw) -> String {
    flaw.subjects
        .iter()
        .map(|subject| subject_name(t, &exercise.scenario.case, subject))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One flaw: its status, what it is, the rule behind it and where the rule comes from.
fn flaw_details(t: &Translator, exercise: &Exercise, scored: &ScoredFlaw) -> Html {
    let status = if scored.fixed {
        html! { <span class="tag practice-fixed">{ t.tr("practice-fixed") }</span> }
    } else {
        html! { <span class="tag practice-missed">{ t.tr("practice-missed") }</span> }
    };
    html! {
        <>
            <p class="practice-flaw-title">
                { status }{ " " }
                <strong>{ kind_title(t, scored.flaw.kind) }</strong>
            </p>
            <p class="practice-flaw-subject">{ flaw_subjects(t, exercise, &scored.flaw) }</p>
            <p class="practice-rule">
                <strong>{ t.tr_with("practice-rule-label", &[("rule", scored.rule.into())]) }{ ": " }</strong>
                { t.tr(&format!("practice-rule-{}", scored.rule)) }
            </p>
            <div class="practice-guidance">
                <strong>{ t.tr("practice-guidance-label") }{ ": " }</strong>
                <ul>
                    { for scored.guidance.iter().map(|g| html! {
                        <li>{ t.tr(&format!("practice-guidance-{}", g.slug())) }</li>
                    }) }
                </ul>
            </div>
        </>
    }
}

fn no_exercise(t: &Translator, heading: &str) -> Html {
    html! {
        <>
            <PracticeBanner />
            <h1>{ t.tr(heading) }</h1>
            <p>{ t.tr("practice-none") }</p>
            <p><NavLink to={Route::Practice}>{ t.tr("practice-choose-link") }</NavLink></p>
        </>
    }
}

fn back_to_exercise(exercise: &Exercise) -> Route {
    Route::Case {
        id: exercise.case.id.to_string(),
    }
}

#[component]
pub fn PracticeScorePage() -> Html {
    let t = use_translator();
    use_page_title("practice-score-heading");
    let Some((exercise, card)) = use_score_card() else {
        return no_exercise(&t, "practice-score-heading");
    };
    html! {
        <>
            <PracticeBanner />
            <h1>{ t.tr("practice-score-heading") }</h1>
            <p class="practice-scenario-title">{ exercise.scenario.title.clone() }</p>
            <p class="practice-score-summary" role="status">
                { t.tr_with("practice-score-summary", &[("fixed", card.fixed().into()), ("total", card.total().into())]) }
            </p>
            <ul class="practice-links no-print">
                <li><NavLink to={back_to_exercise(&exercise)}>{ t.tr("practice-back-to-exercise") }</NavLink></li>
                <li><NavLink to={Route::PracticePresenter}>{ t.tr("practice-presenter-link") }</NavLink></li>
                <li><NavLink to={Route::Practice}>{ t.tr("practice-choose-link") }</NavLink></li>
            </ul>
            { for FlawGroup::ALL.iter().copied().filter(|g| card.group(*g).next().is_some()).map(|group| {
                let heading = format!("practice-group-{}-heading", group.slug());
                let total = card.group(group).count();
                html! {
                    <section class="panel practice-group" aria-labelledby={heading.clone()}>
                        <h2 id={heading}>{ group_name(&t, group) }</h2>
                        <p class="practice-left">
                            { t.tr_with("practice-group-left", &[("left", card.left(group).into()), ("total", total.into())]) }
                        </p>
                        <ul class="practice-flaws">
                            { for card.group(group).map(|scored| html! {
                                <li class={classes!("practice-flaw", if scored.fixed { "is-fixed" } else { "is-missed" })}>
                                    { flaw_details(&t, &exercise, scored) }
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
            <section class="panel" aria-labelledby="practice-introduced-heading">
                <h2 id="practice-introduced-heading">{ t.tr("practice-introduced-heading") }</h2>
                if card.introduced.is_empty() {
                    <p>{ t.tr("practice-introduced-none") }</p>
                } else {
                    <p class="hint">{ t.tr("practice-introduced-intro") }</p>
                    <ul>
                        { for card.introduced.iter().map(|flaw| html! {
                            <li>
                                <strong>{ kind_title(&t, flaw.kind) }</strong>{ " " }
                                { flaw.subjects.iter().map(|s| subject_name(&t, &exercise.case, s)).collect::<Vec<_>>().join("; ") }
                            </li>
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}

/// Large type, one finding at a time; arrow keys or Page Up and Page Down move, Escape goes back.
#[component]
pub fn PracticePresenterPage() -> Html {
    let t = use_translator();
    use_page_title("practice-presenter-heading");
    let navigator = use_navigator();
    let position = use_state(|| 0usize);
    let scored = use_score_card();
    let total = scored.as_ref().map_or(0, |(_, card)| card.total());
    {
        let (position, navigator) = (position.clone(), navigator.clone());
        use_effect_with((*position, total), move |&(at, total)| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                // Keys typed into a control (the language picker) are the control's.
                let in_control = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|element| {
                        matches!(element.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                    });
                if in_control || event.alt_key() || event.ctrl_key() || event.meta_key() {
                    return;
                }
                match event.key().as_str() {
                    "ArrowRight" | "PageDown" if at + 1 < total => {
                        event.prevent_default();
                        position.set(at + 1);
                    }
                    "ArrowLeft" | "PageUp" if at > 0 => {
                        event.prevent_default();
                        position.set(at - 1);
                    }
                    "Escape" => {
                        if let Some(navigator) = &navigator {
                            navigator.replace(&Route::PracticeScore);
                        }
                    }
                    _ => {}
                }
            });
            move || drop(listener)
        });
    }
    let Some((exercise, card)) = scored else {
        return no_exercise(&t, "practice-presenter-heading");
    };
    let at = (*position).min(total.saturating_sub(1));
    let on_previous = {
        let position = position.clone();
        Callback::from(move |_: MouseEvent| position.set(at.saturating_sub(1)))
    };
    let on_next = {
        let position = position.clone();
        Callback::from(move |_: MouseEvent| position.set((at + 1).min(total.saturating_sub(1))))
    };
    html! {
        <div class="practice-presenter">
            <PracticeBanner />
            <h1>{ t.tr("practice-presenter-heading") }</h1>
            <p class="hint">{ t.tr("practice-presenter-keys") }</p>
            if let Some(scored) = card.flaws.get(at) {
                <p class="practice-position" aria-live="polite">
                    { t.tr_with("practice-presenter-position", &[("position", (at + 1).into()), ("total", total.into())]) }
                </p>
                <article class="practice-slide" aria-labelledby="practice-slide-group">
                    <h2 id="practice-slide-group">{ group_name(&t, scored.group) }</h2>
                    { flaw_details(&t, &exercise, scored) }
                </article>
            }
            <div class="actions practice-presenter-nav">
                <button type="button" class="secondary" onclick={on_previous} disabled={at == 0}>
                    { t.tr("practice-presenter-previous") }
                </button>
                <button type="button" onclick={on_next} disabled={at + 1 >= total}>
                    { t.tr("practice-presenter-next") }
                </button>
            </div>
            <p><NavLink to={Route::PracticeScore}>{ t.tr("practice-presenter-back") }</NavLink></p>
        </div>
    }
}
