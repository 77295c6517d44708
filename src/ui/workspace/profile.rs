//! The survivor profile section of the case workspace.

use crate::model::case::Case;
use crate::model::{AgeGroup, LanguageTag};
use crate::ui::hooks::use_translator;
use crate::ui::workspace::SectionProps;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How a form field's text changes the case.
type FieldEdit = Rc<dyn Fn(&mut Case, String)>;

/// The survivor's profile: language, interpreter, age group, support person, accommodations.
#[component]
pub fn ProfileSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let read_only = props.read_only;

    // Every field edits the case through the same path: a change, then autosave.
    let change = |apply: FieldEdit| {
        let editor = props.editor.clone();
        move |value: String| {
            let apply = apply.clone();
            editor.apply(move |case: &mut Case| apply(case, value.clone()));
        }
    };
    let text_input = |apply: FieldEdit| {
        let change = change(apply);
        Callback::from(move |e: InputEvent| {
            change(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_language = text_input(Rc::new(|case, value| {
        case.profile.language = LanguageTag::new(value)
    }));
    let on_support = text_input(Rc::new(|case, value| {
        // Kept as typed: trimming while typing would swallow the space between two words.
        case.profile.support_person = (!value.trim().is_empty()).then_some(value);
    }));
    let on_accommodations = {
        let change = change(Rc::new(|case, value| {
            case.profile.accommodations = value
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect();
        }));
        // On change, not on input: the list drops blank lines, which would eat a new line being typed.
        Callback::from(move |e: Event| {
            change(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_age_group = {
        let change = change(Rc::new(|case, value| {
            case.profile.age_group = if value == "minor" {
                AgeGroup::Minor
            } else {
                AgeGroup::Adult
            }
        }));
        Callback::from(move |e: Event| {
            change(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let checkbox = |apply: fn(&mut Case, bool)| {
        let change = change(Rc::new(move |case, value| apply(case, value == "true")));
        Callback::from(move |e: Event| {
            change(
                e.target_unchecked_into::<HtmlInputElement>()
                    .checked()
                    .to_string(),
            )
        })
    };
    let on_interpreter = checkbox(|case, on| case.profile.interpreter_needed = on);
    let on_fictional = checkbox(|case, on| case.fictional = on);

    html! {
        <>
            <section aria-labelledby="profile-heading" class="panel">
                <h2 id="profile-heading">{ t.tr("profile-heading") }</h2>
                <p class="hint">{ t.tr("profile-intro") }</p>
                <fieldset disabled={read_only}>
                    <legend class="visually-hidden">{ t.tr("profile-heading") }</legend>
                    <label for="profile-language">{ t.tr("profile-language") }</label>
                    <input id="profile-language" type="text" autocomplete="off"
                        aria-describedby="profile-language-hint"
                        value={case.profile.language.0.clone()} oninput={on_language} />
                    <p id="profile-language-hint" class="hint">{ t.tr("profile-language-hint") }</p>

                    <div class="check">
                        <input id="profile-interpreter" type="checkbox"
                            checked={case.profile.interpreter_needed} onchange={on_interpreter} />
                        <label for="profile-interpreter">{ t.tr("profile-interpreter") }</label>
                    </div>

                    <label for="profile-age-group">{ t.tr("profile-age-group") }</label>
                    <select id="profile-age-group" onchange={on_age_group}>
                        <option value="adult" selected={case.profile.age_group == AgeGroup::Adult}>
                            { t.tr("age-group-adult") }
                        </option>
                        <option value="minor" selected={case.profile.age_group == AgeGroup::Minor}>
                            { t.tr("age-group-minor") }
                        </option>
                    </select>

                    <label for="profile-support">{ t.tr("profile-support-person") }</label>
                    <input id="profile-support" type="text" autocomplete="off"
                        aria-describedby="profile-support-hint"
                        value={case.profile.support_person.clone().unwrap_or_default()}
                        oninput={on_support} />
                    <p id="profile-support-hint" class="hint">{ t.tr("profile-support-person-hint") }</p>

                    <label for="profile-accommodations">{ t.tr("profile-accommodations") }</label>
                    <textarea id="profile-accommodations" rows="4"
                        aria-describedby="profile-accommodations-hint"
                        value={case.profile.accommodations.join("\n")}
                        onchange={on_accommodations} />
                    <p id="profile-accommodations-hint" class="hint">{ t.tr("profile-accommodations-hint") }</p>

                    <div class="check">
                        <input id="case-fictional" type="checkbox"
                            checked={case.fictional} onchange={on_fictional} />
                        <label for="case-fictional">{ t.tr("case-fictional") }</label>
                    </div>
                </fieldset>
            </section>
        </>
    }
}
