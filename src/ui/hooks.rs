//! Hooks shared by the components.

use crate::i18n::Translator;
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
pub fn use_vault() -> UseReducerHandle<crate::ui::session::VaultState> {
    use_context::<UseReducerHandle<crate::ui::session::VaultState>>()
        .expect("the app provides the vault state above every component")
}
