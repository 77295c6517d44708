//! The survivor profile section of the case workspace.

use crate::model::case::CaseEdit;
use crate::model::practice::file::{practice_file, PracticeFileError};
use crate::model::{AgeGroup, LanguageTag};
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::components::outcome_line;
use crate::ui::download::download;
use crate::ui::hooks::{use_draft, use_translator};
use crate::ui::workspace::section::SectionProps;
use crate::vault::export::file_name_part;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The edit a form field's value makes.
type FieldEdit = fn(String) -> CaseEdit;

/// The survivor's profile: language, interpreter, age group, support person, accommodations.
#[component]
pub fn ProfileSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let read_only = props.read_only;

    // Every field edits the case through the same path: an edit, then autosave. A refusal is
    // shown below the fields; profile edits are refused only in a practice case (fictional mark).
    let refusal = use_state(|| None::<String>);
    let change = |edit: FieldEdit| {
        let (editor, case, refusal) = (props.editor.clone(), case.clone(), refusal.clone());
        move |value: String| match editor.send(&case, edit(value)) {
            Ok(()) => refusal.set(None),
            Err(error) => refusal.set(Some(error.to_string())),
        }
    };
    let text_input = |apply: FieldEdit| {
        let change = change(apply);
        Callback::from(move |e: InputEvent| {
            change(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_language = {
        let change = change(|value| CaseEdit::SetLanguage {
            language: LanguageTag::new(value),
        });
        Callback::from(move |tag: LanguageTag| change(tag.0))
    };
    // Kept as typed: trimming while typing would swallow the space between two words.
    let on_support = text_input(|value| CaseEdit::SetSupportPerson {
        support_person: Some(value),
    });
    let accommodations_draft = use_draft();
    let on_accommodations = {
        let change = change(|value| CaseEdit::SetAccommodations {
            accommodations: value
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
        });
        // On change, not on input: the list drops blank lines, which would eat a new line being typed.
        let draft = accommodations_draft.clone();
        Callback::from(move |e: Event| {
            change(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            draft.saved();
        })
    };
    let on_age_group = {
        let change = change(|value| CaseEdit::SetAgeGroup {
            age_group: if value == "minor" {
                AgeGroup::Minor
            } else {
                AgeGroup::Adult
            },
        });
        Callback::from(move |e: Event| {
            change(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let checkbox = |edit: FieldEdit| {
        let change = change(edit);
        Callback::from(move |e: Event| {
            change(
                e.target_unchecked_into::<HtmlInputElement>()
                    .checked()
                    .to_string(),
            )
        })
    };
    let on_interpreter = checkbox(|on| CaseEdit::SetInterpreterNeeded {
        needed: on == "true",
    });

    // Saving as a practice file: only a case created fictional, since the file is not encrypted.
    let practice_summary = use_state(String::new);
    let practice_outcome = use_state(|| None::<Result<String, String>>);
    let on_practice_summary = {
        let practice_summary = practice_summary.clone();
        Callback::from(move |e: InputEvent| {
            practice_summary.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_save_practice = {
        let (case, practice_summary, practice_outcome, t) = (
            case.clone(),
            practice_summary.clone(),
            practice_outcome.clone(),
            t.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let outcome = match practice_file(&case, practice_summary.trim()) {
                Ok(json) => download(&practice_file_name(&case.code), &json)
                    .map(|()| t.tr("practice-save-done"))
                    .map_err(|_| t.tr("error-download")),
                Err(PracticeFileError::NotFictional) => Err(t.tr("practice-save-refused")),
                Err(error) => Err(error.to_string()),
            };
            practice_outcome.set(Some(outcome));
        })
    };

    html! {
        <>
            <section aria-labelledby="profile-heading" class="panel">
                <h2 id="profile-heading">{ t.tr("profile-heading") }</h2>
                <p class="hint">{ t.tr("profile-intro") }</p>
                <fieldset disabled={read_only}>
                    <legend class="visually-hidden">{ t.tr("profile-heading") }</legend>
                    <LanguagePicker id="profile-language" label={t.tr("profile-language")}
                        described_by="profile-language-hint"
                        value={case.profile.language.clone()} on_pick={on_language} />
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
                        value={accommodations_draft.value(case.profile.accommodations.join("\n"))}
                        oninput={accommodations_draft.oninput()} onchange={on_accommodations} />
                    <p id="profile-accommodations-hint" class="hint">{ t.tr("profile-accommodations-hint") }</p>

                    if let Some(refusal) = &*refusal {
                        <p class="error" role="alert">{ refusal.clone() }</p>
                    }
                </fieldset>
                // Read only: the mark is given when the case is created (see the case list).
                if case.fictional {
                    <p class="tag">{ t.tr("case-fictional") }</p>
                }
            </section>
            // Only for a case created fictional: a real case never leaves the vault unencrypted.
            if case.fictional {
                <section aria-labelledby="practice-save-heading" class="panel no-print">
                    <h2 id="practice-save-heading">{ t.tr("practice-save-heading") }</h2>
                    <p class="hint">{ t.tr("practice-save-intro") }</p>
                    <label for="practice-save-summary">{ t.tr("practice-save-summary") }</label>
                    <textarea id="practice-save-summary" rows="3"
                        value={(*practice_summary).clone()} oninput={on_practice_summary} />
                    { outcome_line(&practice_outcome) }
                    <button type="button" onclick={on_save_practice}>{ t.tr("practice-save") }</button>
                </section>
            }
        </>
    }
}

/// `tell-once-practice-<code>.json`, with the code's letters and digits only.
fn practice_file_name(code: &str) -> String {
    format!("tell-once-practice-{}.json", file_name_part(code))
}
