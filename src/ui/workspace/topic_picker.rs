//! Picking topics from a case's catalogue, with how fully each was told where that matters,
//! and adding a topic of the case's own.

use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit, Coverage, TopicCoverage};
use crate::model::edit::EditRefusal;
use crate::model::topic::{Topic, TopicCatalogue, TopicError};
use crate::model::TopicId;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::labels::{
    coverage_from_value, coverage_name, coverage_value, COVERAGE_LEVELS,
};
use crate::ui::workspace::labels::{topic_description, topic_name};
use crate::ui::workspace::section::CaseEditor;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The coverage level a topic gets when it is picked for a prior account.
const FIRST_COVERAGE: Coverage = Coverage::Partial;

/// What a picker calls to add a topic of the case's own: the topic joins the case's catalogue.
/// None while the case is read-only, so that the picker offers no way to add one.
pub fn add_topic_callback(
    editor: &CaseEditor,
    case: &Rc<Case>,
    read_only: bool,
) -> Option<Callback<Topic, Result<(), EditRefusal>>> {
    (!read_only).then(|| {
        let (editor, case) = (editor.clone(), case.clone());
        Callback::from(move |topic: Topic| editor.send(&case, CaseEdit::AddTopic { topic }))
    })
}

/// Why a topic could not be added, in plain words.
pub fn topic_error(t: &Translator, error: &TopicError) -> String {
    match error {
        TopicError::InvalidId { id } => t.tr_with(
            "topic-picker-error-invalid-id",
            &[("id", id.to_string().into())],
        ),
        TopicError::AlreadyInCatalogue { id } => t.tr_with(
            "topic-picker-error-exists",
            &[("id", id.to_string().into())],
        ),
        TopicError::EmptyDescription { id } => t.tr_with(
            "topic-picker-error-description",
            &[("id", id.to_string().into())],
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct TopicPickerProps {
    /// Keeps the ids of the picker's elements unique on the page.
    pub id_prefix: AttrValue,
    pub legend: AttrValue,
    pub catalogue: TopicCatalogue,
    /// The picked topics, in the order they were picked. Their coverage counts only `with_coverage`.
    pub chosen: Vec<TopicCoverage>,
    /// Asks how fully each picked topic was told (prior accounts).
    #[prop_or_default]
    pub with_coverage: bool,
    pub on_change: Callback<Vec<TopicCoverage>>,
    /// Adds a topic to the case's catalogue; without it, no topic can be added.
    #[prop_or_default]
    pub on_add_topic: Option<Callback<Topic, Result<(), EditRefusal>>>,
}

/// The case's topic catalogue as a list of checkboxes, each with its description, and for
/// prior accounts a coverage level per picked topic.
#[component]
pub fn TopicPicker(props: &TopicPickerProps) -> Html {
    let t = use_translator();
    let prefix = props.id_prefix.clone();

    let toggle = |id: TopicId| {
        let (chosen, on_change) = (props.chosen.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next: Vec<TopicCoverage> =
                chosen.iter().filter(|c| c.topic != id).cloned().collect();
            if on {
                next.push(TopicCoverage {
                    topic: id.clone(),
                    coverage: FIRST_COVERAGE,
                });
            }
            on_change.emit(next);
        })
    };
    let set_coverage = |id: TopicId| {
        let (chosen, on_change) = (props.chosen.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let Some(coverage) = coverage_from_value(&value) else {
                return;
            };
            let next = chosen
                .iter()
                .map(|c| TopicCoverage {
                    topic: c.topic.clone(),
                    coverage: if c.topic == id { coverage } else { c.coverage },
                })
                .collect();
            on_change.emit(next);
        })
    };

    let topics = props.catalogue.topics().map(|topic| {
        let picked = props.chosen.iter().find(|c| c.topic == topic.id);
        let checkbox_id = format!("{prefix}-topic-{}", topic.id);
        let description_id = format!("{checkbox_id}-description");
        let coverage_id = format!("{checkbox_id}-coverage");
        let name = topic_name(&t, &topic.id);
        html! {
            <li key={topic.id.to_string()} class={classes!("topic-choice", picked.is_some().then_some("picked"))}>
                <div class="check">
                    <input id={checkbox_id.clone()} type="checkbox" checked={picked.is_some()}
                        aria-describedby={description_id.clone()} onchange={toggle(topic.id.clone())} />
                    <label for={checkbox_id}>
                        { name.clone() }
                        if topic.sensitive {
                            <span class="tag">{ t.tr("topic-picker-sensitive") }</span>
                        }
                    </label>
                </div>
                <p id={description_id} class="hint">{ topic_description(&t, topic) }</p>
                if let (true, Some(picked)) = (props.with_coverage, picked) {
                    <label for={coverage_id.clone()} class="coverage-label">
                        { t.tr_with("topic-picker-coverage", &[("topic", name.into())]) }
                    </label>
                    <select id={coverage_id} onchange={set_coverage(topic.id.clone())}>
                        { for COVERAGE_LEVELS.iter().map(|c| html! {
                            <option value={coverage_value(*c)} selected={*c == picked.coverage}>
                                { coverage_name(&t, *c) }
                            </option>
                        }) }
                    </select>
                }
            </li>
        }
    });

    html! {
        <fieldset class="topic-picker">
            <legend>{ props.legend.clone() }</legend>
            <ul class="topic-list">{ for topics }</ul>
            if let Some(on_add_topic) = &props.on_add_topic {
                <NewTopic id_prefix={prefix.clone()} catalogue={props.catalogue.clone()}
                    chosen={props.chosen.clone()} on_change={props.on_change.clone()}
                    on_add_topic={on_add_topic.clone()} />
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct NewTopicProps {
    id_prefix: AttrValue,
    catalogue: TopicCatalogue,
    chosen: Vec<TopicCoverage>,
    on_change: Callback<Vec<TopicCoverage>>,
    on_add_topic: Callback<Topic, Result<(), EditRefusal>>,
}

/// A small form, inside the picker, that adds a topic to the case and picks it.
#[component]
fn NewTopic(props: &NewTopicProps) -> Html {
    let t = use_translator();
    let id = use_state(String::new);
    let description = use_state(String::new);
    let sensitive = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let added = use_state(|| None::<String>);
    let prefix = &props.id_prefix;

    let add = {
        let (id, description, sensitive, problem, added, t) = (
            id.clone(),
            description.clone(),
            sensitive.clone(),
            problem.clone(),
            added.clone(),
            t.clone(),
        );
        let chosen = props.chosen.clone();
        let (on_change, on_add_topic) = (props.on_change.clone(), props.on_add_topic.clone());
        move || {
            let topic = Topic {
                id: TopicId::new(id.trim()),
                description: description.trim().to_owned(),
                sensitive: *sensitive,
            };
            // The model decides what a valid topic is; a refused one leaves the case as it was.
            if let Err(refusal) = on_add_topic.emit(topic.clone()) {
                added.set(None);
                problem.set(Some(match refusal {
                    EditRefusal::Topic(error) => topic_error(&t, &error),
                    other => other.to_string(),
                }));
                return;
            }
            let mut next = chosen.clone();
            next.push(TopicCoverage {
                topic: topic.id.clone(),
                coverage: FIRST_COVERAGE,
            });
            added.set(Some(t.tr_with(
                "topic-picker-added",
                &[("topic", topic.id.to_string().into())],
            )));
            on_change.emit(next);
            problem.set(None);
            id.set(String::new());
            description.set(String::new());
            sensitive.set(false);
        }
    };
    let onclick = {
        let add = add.clone();
        Callback::from(move |_: MouseEvent| add())
    };
    // Enter adds the topic rather than submitting the form the picker sits in.
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            add();
        }
    });
    let id_input = format!("{prefix}-new-topic-id");
    let description_input = format!("{prefix}-new-topic-description");
    let sensitive_input = format!("{prefix}-new-topic-sensitive");
    let error_id = format!("{prefix}-new-topic-error");
    html! {
        <details class="new-topic">
            <summary>{ t.tr("topic-picker-add-summary") }</summary>
            <p class="hint">{ t.tr("topic-picker-add-intro") }</p>
            <label for={id_input.clone()}>{ t.tr("topic-picker-new-id") }</label>
            <input id={id_input.clone()} type="text" autocomplete="off" spellcheck="false"
                aria-describedby={format!("{id_input}-hint")}
                aria-invalid={problem.is_some().then_some("true")}
                aria-errormessage={problem.is_some().then(|| error_id.clone())}
                value={(*id).clone()} onkeydown={onkeydown.clone()}
                oninput={let s = id.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
            <p id={format!("{id_input}-hint")} class="hint">{ t.tr("topic-picker-new-id-hint") }</p>
            <label for={description_input.clone()}>{ t.tr("topic-picker-new-description") }</label>
            <input id={description_input} type="text" autocomplete="off"
                value={(*description).clone()} onkeydown={onkeydown}
                oninput={let s = description.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
            <div class="check">
                <input id={sensitive_input.clone()} type="checkbox" checked={*sensitive}
                    onchange={let s = sensitive.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().checked())} />
                <label for={sensitive_input}>{ t.tr("topic-picker-new-sensitive") }</label>
            </div>
            if let Some(problem) = &*problem {
                <p id={error_id} class="error" role="alert">{ problem.clone() }</p>
            }
            <div role="status">
                if let Some(added) = &*added {
                    <p class="success">{ added.clone() }</p>
                }
            </div>
            <button type="button" class="secondary" {onclick}>{ t.tr("topic-picker-add") }</button>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Locale, Translator};
    use crate::model::topic::default_topics;

    #[test]
    fn every_default_topic_has_a_name_and_a_description_in_every_language() {
        for &locale in Locale::ALL {
            let t = Translator::new(locale);
            for topic in default_topics() {
                assert!(t.has(&topic.message_id()), "{}", topic.message_id());
                assert!(
                    t.has(&topic.description_message_id()),
                    "{}",
                    topic.description_message_id()
                );
            }
        }
    }
}
