use crate::ui::hooks::{use_page_title, use_translator};
use yew::prelude::*;

/// What Tell Once does, for whom, and that nothing leaves the device.
#[component]
pub fn HomePage() -> Html {
    let t = use_translator();
    use_page_title("app-name");
    html! {
        <>
            <h1>{ t.tr("app-name") }</h1>
            <p class="lead">{ t.tr("home-lead") }</p>
            <section aria-labelledby="home-what">
                <h2 id="home-what">{ t.tr("home-what-heading") }</h2>
                <ul class="mission">
                    <li>
                        <h3>{ t.tr("home-tell-once-heading") }</h3>
                        <p>{ t.tr("home-tell-once") }</p>
                    </li>
                    <li>
                        <h3>{ t.tr("home-consent-heading") }</h3>
                        <p>{ t.tr("home-consent") }</p>
                    </li>
                    <li>
                        <h3>{ t.tr("home-referrals-heading") }</h3>
                        <p>{ t.tr("home-referrals") }</p>
                    </li>
                </ul>
            </section>
            <section aria-labelledby="home-device">
                <h2 id="home-device">{ t.tr("home-device-heading") }</h2>
                <p>{ t.tr("home-device") }</p>
            </section>
            <section aria-labelledby="home-who">
                <h2 id="home-who">{ t.tr("home-who-heading") }</h2>
                <p>{ t.tr("home-who") }</p>
            </section>
        </>
    }
}
