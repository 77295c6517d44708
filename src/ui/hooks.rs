//! Hooks shared by the components.

use crate::i18n::Translator;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The translator of the interface language the user chose.
#[hook]
pub fn use_translator() -> Translator {
    use_context::<Translator>().expect("the app provides a translator above every component")
}

/// Sets the document title to a page's name followed by the product name.
#[hook]
pub fn use_page_title(page_message_id: &'static str) {
    let t = use_translator();
    let title = if page_message_id == "app-name" {
        t.tr("app-name")
    } else {
        t.tr_with(
            "page-title",
            &[
                ("page", t.tr(page_message_id).into()),
                ("app", t.tr("app-name").into()),
            ],
        )
    };
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}

/// The vault state of the app, and the handle to change it.
#[hook]
pub fn use_vault() -> UseReducerHandle<crate::ui::vault_state::VaultState> {
    use_context::<UseReducerHandle<crate::ui::vault_state::VaultState>>()
        .expect("the app provides the vault state above every component")
}

/// What is being typed in a field that saves on change rather than on every keystroke.
///
/// Yew sets a field's value back to the rendered one whenever its component renders again (a
/// save finishing, the planner's findings arriving), which would erase text not saved yet; the
/// draft keeps it on screen until it is saved, or shown with its error if it cannot be.
#[derive(Clone)]
pub struct Draft(UseStateHandle<Option<String>>);

impl Draft {
    /// The field's value: the draft while there is one, else the saved value.
    pub fn value(&self, saved: String) -> String {
        (*self.0).clone().unwrap_or(saved)
    }

    /// Keeps what is typed (for `oninput` of an input or a textarea).
    pub fn oninput(&self) -> Callback<InputEvent> {
        let draft = self.0.clone();
        Callback::from(move |event: InputEvent| {
            let typed = event
                .target()
                .and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok())
                .and_then(|value| value.as_string())
                .unwrap_or_default();
            draft.set(Some(typed));
        })
    }

    /// The draft was saved: show the saved value again.
    pub fn saved(&self) {
        self.0.set(None);
    }
}

#[hook]
pub fn use_draft() -> Draft {
    Draft(use_state(|| None))
}

/// The value as of the latest render, for callbacks and listeners made once that must not act
/// on the value they were made with (a row that did not render again, a window listener).
#[hook]
pub fn use_latest<T: Clone + 'static>(value: &T) -> Rc<RefCell<T>> {
    let latest = use_mut_ref(|| value.clone());
    latest.borrow_mut().clone_from(value);
    latest
}
