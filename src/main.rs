use tell_once::ui::quick_exit::ExitDestination;
use tell_once::ui::{App, AppProps};

fn main() {
    let props = AppProps {
        exit: ExitDestination::from_document(),
    };
    yew::Renderer::<App>::with_props(props).render();
}
