//! The least a Yew app can be and still show what Tell Once's first screen shows: a heading and
//! an enabled button, rendered by Yew after the WebAssembly module starts.

use yew::prelude::*;

#[component]
fn Bare() -> Html {
    let pressed = use_state(|| false);
    let onclick = {
        let pressed = pressed.clone();
        Callback::from(move |_| pressed.set(true))
    };
    html! {
        <main>
            <h1>{ "Tell Once" }</h1>
            <button type="button" {onclick}>{ "Quick exit" }</button>
            if *pressed { <p>{ "Pressed" }</p> }
        </main>
    }
}

fn main() {
    yew::Renderer::<Bare>::new().render();
}
