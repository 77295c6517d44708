//! Components in headless Chromium: the shell renders, and quick exit drops everything.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tell_once::ui::quick_exit::{ExitDestination, DEFAULT_EXIT_URL};
use tell_once::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::{AppHandle, AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app, its root element, and the URLs its quick exit left for.
struct Mounted {
    root: Element,
    left: Rc<RefCell<Vec<String>>>,
    handle: AppHandle<App>,
}

impl Mounted {
    /// Unmounts the app, so that its window listeners do not outlive the test.
    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
        gloo::utils::document()
            .document_element()
            .unwrap()
            .remove_attribute("hidden")
            .unwrap();
    }
}

/// Mounts the app in a fresh element.
fn mount() -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let left = Rc::new(RefCell::new(Vec::new()));
    let exit = ExitDestination {
        url: AttrValue::from(DEFAULT_EXIT_URL),
        leave: {
            let left = left.clone();
            Callback::from(move |url: AttrValue| left.borrow_mut().push(url.to_string()))
        },
    };
    let handle =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { exit }).render();
    Mounted { root, left, handle }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
}

fn quick_exit_button(root: &Element) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|button| {
            button
                .text_content()
                .unwrap_or_default()
                .contains("Quick exit")
        })
        .expect("a button named Quick exit")
}

#[wasm_bindgen_test]
async fn the_shell_names_the_product_and_offers_navigation_and_quick_exit() {
    let app = mount();
    settle().await;
    let root = &app.root;
    let heading = root.query_selector("h1").unwrap().expect("a main heading");
    assert_eq!(heading.text_content().unwrap(), "Tell Once");
    let nav = root
        .query_selector("nav")
        .unwrap()
        .expect("a navigation region");
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Main"));
    let links = nav.text_content().unwrap();
    assert!(
        links.contains("Home") && links.contains("Safety and privacy"),
        "{links}"
    );
    quick_exit_button(root);
    app.unmount();
}

#[wasm_bindgen_test]
async fn clicking_quick_exit_hides_the_page_drops_the_app_and_leaves() {
    let app = mount();
    settle().await;
    let (root, left) = (&app.root, &app.left);
    assert!(root
        .text_content()
        .unwrap()
        .contains("Nothing leaves this device"));

    quick_exit_button(root).click();
    // Hidden at once, before the next render.
    let page = gloo::utils::document().document_element().unwrap();
    assert!(page.has_attribute("hidden"));
    settle().await;

    assert_eq!(*left.borrow(), vec![DEFAULT_EXIT_URL.to_owned()]);
    assert_eq!(
        root.child_element_count(),
        0,
        "app content is still in the DOM"
    );
    assert_eq!(root.text_content().unwrap(), "");
    app.unmount();
}

#[wasm_bindgen_test]
async fn three_shift_presses_leave_and_other_keys_between_do_not() {
    let app = mount();
    settle().await;
    let (root, left) = (&app.root, &app.left);

    for key in ["Shift", "Shift", "a", "Shift"] {
        press(key);
    }
    settle().await;
    assert!(left.borrow().is_empty(), "left on an interrupted run");
    assert!(root.child_element_count() > 0);

    press("Shift");
    press("Shift");
    settle().await;
    assert_eq!(left.borrow().len(), 1);
    assert_eq!(root.child_element_count(), 0);
    app.unmount();
}
