//! The worker (see `tell_once::worker`): trunk builds it beside the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tell_once::worker::scope::serve();
}
