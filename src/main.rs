use tell_once::i18n::{texts, TextFile};
use tell_once::ui::preferences::starting_locale;
use tell_once::ui::quick_exit::ExitDestination;
use tell_once::ui::{App, AppProps};

fn main() {
    let props = AppProps {
        exit: ExitDestination::from_document(),
    };
    yew::platform::spawn_local(async move {
        // The shell's texts in the language the app starts in. Should they not arrive, the app
        // starts in English, whose shell texts are compiled in.
        let _ = texts::fetch(starting_locale().tag(), &[TextFile::Main]).await;
        yew::Renderer::<App>::with_props(props).render();
    });
}
