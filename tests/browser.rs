//! Components in headless Chromium: the shell renders, quick exit drops everything, and a
//! language is named by the browser and picked by its name.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tell_once::i18n::{Locale, Translator};
use tell_once::model::language::find;
use tell_once::model::LanguageTag;
use tell_once::ui::components::language_picker::LanguagePicker;
use tell_once::ui::language_names::{autonym, fold, name, offered, shown};
use tell_once::ui::quick_exit::{ExitDestination, DEFAULT_EXIT_URL};
use tell_once::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
};
use yew::prelude::*;
use yew::AppHandle;

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

#[wasm_bindgen_test]
fn the_browser_names_a_language_in_the_interface_language_and_in_itself() {
    let tag = LanguageTag::new;
    assert_eq!(name(&tag("sq"), Locale::En).as_deref(), Some("Albanian"));
    assert_eq!(name(&tag("sq"), Locale::Es).as_deref(), Some("albanés"));
    assert_eq!(autonym(&tag("uk")).as_deref(), Some("українська"));
    // Without the browser's data for a language (Debian's Chromium has none for Albanian) there
    // is no own name rather than a wrong one: "Albanian" in English is not Albanian's own name.
    assert_ne!(autonym(&tag("sq")).as_deref(), Some("Albanian"));
    // No name, and no panic, for a tag the browser does not know or cannot read.
    for unknown in ["qaa", "xx-foo", "<b>en</b>", "en_GB", ""] {
        assert_eq!(name(&tag(unknown), Locale::En), None, "{unknown}");
    }
    let t = Translator::new(Locale::En);
    assert_eq!(shown(&t, &tag("sq")), "Albanian");
    assert_eq!(
        shown(&t, &tag("xx-foo")),
        "xx-foo (not a language this browser knows; kept as written)"
    );
}

#[wasm_bindgen_test]
fn the_languages_offered_are_named_and_found_by_either_name_without_accents() {
    let languages = offered(Locale::En);
    // How many the browser can name depends on its data (144 in Debian's Chromium); the
    // languages survivors most often speak must be among them.
    assert!(languages.len() > 100, "{} languages named", languages.len());
    for tag in [
        "sq", "uk", "ro", "bg", "pl", "vi", "zh-Hans", "ar", "es", "pt", "fr", "en",
    ] {
        assert!(languages.iter().any(|l| l.tag.0 == tag), "{tag} is offered");
    }
    assert!(languages.iter().all(|l| l.name.is_some()));
    let found = |typed: &str| -> Vec<String> {
        find(&languages, &fold(typed))
            .iter()
            .map(|l| l.tag.0.clone())
            .collect()
    };
    assert_eq!(found("Alban").first().map(String::as_str), Some("sq"));
    assert_eq!(found("українськ").first().map(String::as_str), Some("uk"));
    assert!(found("espanol").contains(&"es".to_owned()));
    assert!(found("ESPAÑOL").contains(&"es".to_owned()));
    assert_eq!(found("pt-BR").first().map(String::as_str), Some("pt-BR"));
}

#[derive(Properties, PartialEq)]
struct PickerHarnessProps {
    picked: Callback<LanguageTag>,
}

/// A language picker alone, with the English texts, keeping what it picks.
#[component]
fn PickerHarness(props: &PickerHarnessProps) -> Html {
    let translator = use_state(|| Translator::new(Locale::En));
    let value = use_state(|| LanguageTag::new(""));
    let on_pick = {
        let (value, picked) = (value.clone(), props.picked.clone());
        Callback::from(move |tag: LanguageTag| {
            picked.emit(tag.clone());
            value.set(tag);
        })
    };
    html! {
        <ContextProvider<Translator> context={(*translator).clone()}>
            <LanguagePicker id="test-language" label="Preferred language"
                value={(*value).clone()} {on_pick} />
        </ContextProvider<Translator>>
    }
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn key_on(input: &HtmlInputElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_picker_lists_languages_by_name_and_hands_back_the_tag_picked_by_keyboard() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let picked = Rc::new(RefCell::new(Vec::<String>::new()));
    let on_picked = {
        let picked = picked.clone();
        Callback::from(move |tag: LanguageTag| picked.borrow_mut().push(tag.0))
    };
    let handle = yew::Renderer::<PickerHarness>::with_root_and_props(
        root.clone(),
        PickerHarnessProps { picked: on_picked },
    )
    .render();
    settle().await;

    let input: HtmlInputElement = root
        .query_selector("input[role=combobox]")
        .unwrap()
        .expect("a combobox")
        .dyn_into()
        .unwrap();
    let label = root.query_selector("label[for=test-language]").unwrap();
    assert_eq!(label.unwrap().text_content().unwrap(), "Preferred language");
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    type_into(&input, "Ukrain");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let listbox = root.query_selector("[role=listbox]").unwrap().unwrap();
    assert_eq!(
        input.get_attribute("aria-controls"),
        Some(listbox.id()),
        "the field controls the list"
    );
    let first = listbox
        .query_selector("[role=option]")
        .unwrap()
        .expect("an option");
    assert_eq!(first.text_content().unwrap(), "Ukrainian — українська");

    key_on(&input, "ArrowDown");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant"),
        Some(first.id())
    );
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    key_on(&input, "Enter");
    settle().await;
    assert_eq!(*picked.borrow(), vec!["uk".to_owned()]);
    assert_eq!(input.value(), "Ukrainian — українська");
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    // Nothing matches: said in words, nothing picked.
    type_into(&input, "Klingonese");
    settle().await;
    assert!(root.text_content().unwrap().contains("No language matches"));
    key_on(&input, "Enter");
    key_on(&input, "Escape");
    key_on(&input, "Escape");
    settle().await;
    assert_eq!(picked.borrow().len(), 1);
    assert_eq!(input.value(), "Ukrainian — українська");

    // A well-formed tag without a name is offered as written, and kept with a note.
    type_into(&input, "qaa");
    settle().await;
    key_on(&input, "Enter");
    settle().await;
    assert_eq!(picked.borrow().last().map(String::as_str), Some("qaa"));
    assert_eq!(input.value(), "qaa");
    assert!(root
        .text_content()
        .unwrap()
        .contains("This browser has no name for this language tag"));

    handle.destroy();
    root.remove();
}
