use crate::ui::components::NavLink;
use crate::ui::hooks::{use_page_title, use_translator};
use crate::ui::routes::Route;
use yew::prelude::*;

/// A link to a page that does not exist, with a way back.
#[component]
pub fn NotFoundPage() -> Html {
    let t = use_translator();
    use_page_title("not-found-heading");
    html! {
        <>
            <h1>{ t.tr("not-found-heading") }</h1>
            <p>{ t.tr("not-found") }</p>
            <p><NavLink to={Route::Home}>{ t.tr("not-found-home") }</NavLink></p>
        </>
    }
}
