//! A language picked by its name: an ARIA 1.2 combobox whose list shows each language in the
//! interface language and in itself ("Albanian — shqip"), filtered by either name or by the tag
//! as it is typed. It hands back a BCP 47 tag; names are never stored.

use crate::model::language::{find, well_formed, NamedLanguage};
use crate::model::LanguageTag;
use crate::ui::hooks::use_translator;
use crate::ui::language_names::{fold, label, named, offered};
use web_sys::{HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The id of the text field, which its label names.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The language picked so far; blank for none.
    pub value: LanguageTag,
    /// Called with the tag of the language picked (blank for "any language").
    pub on_pick: Callback<LanguageTag>,
    /// The id of a hint below the picker.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// The first option's text when a search may be for any language; picking it hands back a blank tag.
    #[prop_or_default]
    pub any: Option<AttrValue>,
    #[prop_or_default]
    pub disabled: bool,
}

/// One line of the list: a language, or "any language".
#[derive(Clone, PartialEq)]
enum Choice {
    Any(AttrValue),
    Language(NamedLanguage),
}

/// A language picker: type a name in either language, or a tag, then pick from the list.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let t = use_translator();
    // What is typed, while typing; `None` shows the language picked.
    let query = use_state(|| None::<String>);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);

    let listbox_id = format!("{}-list", props.id);
    let note_id = format!("{}-note", props.id);
    let option_id = |index: usize| format!("{}-option-{index}", props.id);

    let current = (!props.value.0.trim().is_empty()).then(|| named(&props.value, t.locale()));
    // A tag the browser cannot name is shown as written, with a note, and kept.
    let unknown = current
        .as_ref()
        .is_some_and(|c| c.name.is_none() && c.autonym.is_none());
    let shown = match &current {
        None => String::new(),
        Some(_) if unknown => props.value.0.trim().to_owned(),
        Some(current) => label(&t, current),
    };

    // The list is built only while open: naming every language loads the browser's data once.
    let choices: Vec<Choice> = if *open {
        let typed = query.as_deref().unwrap_or_default();
        let languages = offered(t.locale());
        let mut choices: Vec<Choice> = Vec::new();
        if let (Some(any), true) = (&props.any, typed.trim().is_empty()) {
            choices.push(Choice::Any(any.clone()));
        }
        let found = find(&languages, &fold(typed));
        // A well-formed tag that is not on the list can still be picked, by the name the
        // browser gives it or as written.
        if let Some(tag) = well_formed(typed) {
            if !found.iter().any(|l| l.tag == tag) {
                choices.push(Choice::Language(named(&tag, t.locale())));
            }
        }
        choices.extend(found.into_iter().cloned().map(Choice::Language));
        choices
    } else {
        Vec::new()
    };
    let expanded = *open && !choices.is_empty();
    let active_index = active.filter(|&i| i < choices.len() && expanded);

    // The active option stays in sight as the arrow keys move through a long list.
    {
        let active_id = active_index.map(option_id);
        use_effect_with(active_id, |active_id| {
            if let Some(element) = active_id
                .as_deref()
                .and_then(|id| gloo::utils::document().get_element_by_id(id))
            {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Nearest);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }

    let pick = {
        let (on_pick, query, open, active) = (
            props.on_pick.clone(),
            query.clone(),
            open.clone(),
            active.clone(),
        );
        Callback::from(move |choice: Choice| {
            query.set(None);
            open.set(false);
            active.set(None);
            on_pick.emit(match choice {
                Choice::Any(_) => LanguageTag::new(""),
                Choice::Language(language) => language.tag,
            });
        })
    };
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |event: InputEvent| {
            query.set(Some(
                event.target_unchecked_into::<HtmlInputElement>().value(),
            ));
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (query, open, active, pick) =
            (query.clone(), open.clone(), active.clone(), pick.clone());
        let choices = choices.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                event.prevent_default();
                if !*open {
                    // Opened from the keyboard: the list, with the first (or last) one active.
                    open.set(true);
                    active.set(Some(0));
                    return;
                }
                let count = choices.len();
                if count == 0 {
                    return;
                }
                let down = event.key() == "ArrowDown";
                active.set(Some(match (*active, down) {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(i), true) => (i + 1) % count,
                    (Some(i), false) => (i + count - 1) % count,
                }));
            }
            "Enter" if *open => {
                // Enter picks, and never submits the form the picker is in while the list is open.
                event.prevent_default();
                let chosen = active.and_then(|i| choices.get(i)).or(choices.first());
                if let Some(choice) = chosen {
                    pick.emit(choice.clone());
                }
            }
            "Escape" => {
                if *open {
                    open.set(false);
                    active.set(None);
                } else {
                    // A second Escape gives back the language picked before typing.
                    query.set(None);
                }
            }
            _ => {}
        })
    };
    let onblur = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        // Leaving the field without picking keeps the language picked before.
        Callback::from(move |_: FocusEvent| {
            query.set(None);
            open.set(false);
            active.set(None);
        })
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };

    let described_by = props
        .described_by
        .iter()
        .map(|id| id.to_string())
        .chain(unknown.then(|| note_id.clone()))
        .collect::<Vec<_>>()
        .join(" ");
    let typed = query.as_deref();
    let no_match = *open && choices.is_empty() && typed.is_some_and(|q| !q.trim().is_empty());

    html! {
        <div class="language-picker">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" role="combobox"
                autocomplete="off" spellcheck="false" disabled={props.disabled}
                aria-autocomplete="list"
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-controls={listbox_id.clone()}
                aria-activedescendant={active_index.map(option_id)}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                value={typed.map(str::to_owned).unwrap_or(shown)}
                {oninput} {onkeydown} {onblur} {onclick} />
            // Always in the page, so that aria-controls names an element; empty and hidden when closed.
            // Named apart from the field, so that finding the field by its label finds it alone.
            <ul id={listbox_id} role="listbox" aria-label={t.tr("language-picker-list")} hidden={!expanded}>
                { for choices.iter().enumerate().map(|(index, choice)| {
                    let text = match choice {
                        Choice::Any(any) => any.to_string(),
                        Choice::Language(language) => label(&t, language),
                    };
                    // Marked, not announced: the field already says which language is picked.
                    let picked = match choice {
                        Choice::Any(_) => props.value.0.trim().is_empty(),
                        Choice::Language(language) => language.tag == props.value,
                    };
                    let is_active = active_index == Some(index);
                    let onclick = {
                        let (pick, choice) = (pick.clone(), choice.clone());
                        Callback::from(move |_: MouseEvent| pick.emit(choice.clone()))
                    };
                    html! {
                        <li id={option_id(index)} role="option"
                            class={classes!(is_active.then_some("active"), picked.then_some("picked"))}
                            // As in the APG combobox: the option the arrow keys reached is the selected one.
                            aria-selected={if is_active { "true" } else { "false" }}
                            // Keeps the focus in the field, whose blur would close the list before the click.
                            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                            {onclick}>
                            { text }
                        </li>
                    }
                }) }
            </ul>
            if no_match {
                <p class="hint">{ t.tr_with("language-picker-no-match", &[("text", typed.unwrap_or_default().trim().to_owned().into())]) }</p>
            }
            if unknown {
                <p id={note_id} class="note">{ t.tr("language-unknown-note") }</p>
            }
        </div>
    }
}
