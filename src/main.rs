use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use tell_once::i18n::{texts, TextFile};

/// How long the app waits for the shell's texts in a language other than English.
const STARTUP_WAIT_MS: u32 = 3_000;
use tell_once::ui::preferences::starting_locale;
use tell_once::ui::quick_exit::ExitDestination;
use tell_once::ui::{App, AppProps};

fn main() {
    let props = AppProps {
        exit: ExitDestination::from_document(),
    };
    // The app starts once the shell's texts in its starting language are here, or after
    // STARTUP_WAIT_MS without them, in English, whose shell texts are compiled in: a slow
    // network never leaves the page blank, without even Quick exit.
    let start = {
        let props = RefCell::new(Some(props));
        Rc::new(move || {
            if let Some(props) = props.borrow_mut().take() {
                yew::Renderer::<App>::with_props(props).render();
            }
        })
    };
    {
        let start = start.clone();
        Timeout::new(STARTUP_WAIT_MS, move || start()).forget();
    }
    yew::platform::spawn_local(async move {
        let _ = texts::fetch(starting_locale().tag(), &[TextFile::Main]).await;
        start();
    });
}
