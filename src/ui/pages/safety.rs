use crate::ui::hooks::{use_page_title, use_translator};
use yew::prelude::*;

/// How to leave in a hurry, and what the app keeps and where.
#[component]
pub fn SafetyPage() -> Html {
    let t = use_translator();
    use_page_title("safety-heading");
    html! {
        <>
            <h1>{ t.tr("safety-heading") }</h1>
            <section aria-labelledby="safety-exit">
                <h2 id="safety-exit">{ t.tr("safety-exit-heading") }</h2>
                <p>{ t.tr("safety-exit") }</p>
                <p>{ t.tr("safety-exit-history") }</p>
            </section>
            <section aria-labelledby="safety-storage">
                <h2 id="safety-storage">{ t.tr("safety-storage-heading") }</h2>
                <p>{ t.tr("safety-storage") }</p>
                <p>{ t.tr("safety-network") }</p>
                <p>{ t.tr("safety-origin") }</p>
            </section>
            <section aria-labelledby="safety-shared">
                <h2 id="safety-shared">{ t.tr("safety-shared-heading") }</h2>
                <p>{ t.tr("safety-shared") }</p>
            </section>
        </>
    }
}
