//! The app shell: product name, navigation, vault status, quick exit, and the current page.

use super::components::{NavLink, QuickExitButton};
use super::hooks::{use_latest, use_translator};
use super::language::LanguageChoice;
use super::offline::UpdateNotice;
use super::pages::{GateForm, GateForms, HomePage, NotFoundPage, SafetyPage};
use super::parts::{journal_at_exit, CoreView, PartPage, PartPageView, VaultCoreView};
use super::practice::PracticeProvider;
use super::preferences::{starting_locale, Preferences};
use super::quick_exit::{hide_page, use_shift_gesture, ExitDestination};
use super::routes::Route;
use super::tabs::TabChannel;
use super::vault_state::{VaultAction, VaultState};
use super::vault_tasks::release_writer;
use super::workspace::section::WorkspaceSection;
use crate::i18n::{texts, Catalogue, Locale, Translator};
use crate::model::practice::is_practice_case_id;
use crate::model::{CaseId, QuestionRequestId};
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where quick exit goes.
    pub exit: ExitDestination,
}

/// The root component. Everything the user entered lives below it, so that quick exit,
/// which renders nothing from then on, drops it all.
#[component]
pub fn App(props: &AppProps) -> Html {
    let translator = use_state(|| Translator::new(starting_locale()));
    // The language in use, read when a fetch ends rather than when it began: texts that
    // arrive late never bring back a language the user has left.
    let in_use = use_latest(&translator.locale());
    // Numbers each choice of language: a fetch that ends after a newer choice changes nothing.
    let choices = use_mut_ref(|| 0_u32);
    // The language that could not be fetched, and how many times that happened.
    let unavailable = use_state(|| None::<(Locale, u32)>);
    let choose_language = {
        let (translator, unavailable) = (translator.clone(), unavailable.clone());
        let (in_use, choices) = (in_use.clone(), choices.clone());
        Callback::from(move |locale: Locale| {
            let (translator, unavailable) = (translator.clone(), unavailable.clone());
            let (in_use, choices) = (in_use.clone(), choices.clone());
            let ticket = {
                let mut choices = choices.borrow_mut();
                *choices += 1;
                *choices
            };
            spawn_local(async move {
                // The new language's files for every part opened so far, before switching.
                let current = *in_use.borrow();
                let files = texts::present(current.tag(), locale.files());
                let fetched = texts::fetch(locale.tag(), &files).await;
                if *choices.borrow() != ticket {
                    return;
                }
                if fetched.is_err() {
                    let failures = unavailable.as_ref().map_or(0, |(_, n)| *n);
                    unavailable.set(Some((locale, failures + 1)));
                    return;
                }
                let mut preferences = Preferences::load();
                preferences.language = Some(locale.tag().to_owned());
                preferences.save();
                unavailable.set(None);
                *in_use.borrow_mut() = locale;
                translator.set(Translator::new(locale));
            });
        })
    };
    let texts_arrived = {
        let (translator, in_use) = (translator.clone(), in_use.clone());
        Callback::from(move |()| translator.set(Translator::new(*in_use.borrow())))
    };
    let choose_language = LanguageChoice {
        choose: choose_language,
        texts_arrived,
        unavailable: *unavailable,
    };
    let exited = use_state(|| false);
    let vault = use_reducer(VaultState::default);
    // Made once, so that the gate's consumers are not rendered again for a new callback.
    let gate_forms = use_memo((), |_| {
        GateForms(Callback::from(|form: GateForm| {
            html! { <PartPageView page={PartPage::Gate(form)} /> }
        }))
    });
    let tabs = use_memo((), |_| TabChannel::open());

    let latest_vault = use_latest(&vault);
    let quick_exit = {
        let exited = exited.clone();
        let exit = props.exit.clone();
        let dispatcher = vault.dispatcher();
        Callback::from(move |()| {
            // A save started now would never finish: the page is leaving. The journal keeps
            // the unsaved cases, encrypted, written synchronously from the latest state.
            journal_at_exit(latest_vault.borrow().clone());
            hide_page();
            dispatcher.dispatch(VaultAction::Lock(None));
            release_writer();
            exited.set(true);
            exit.leave.emit(exit.url.clone());
        })
    };
    use_shift_gesture(quick_exit.clone());

    {
        let tag = translator.locale().tag();
        use_effect_with(tag, |tag| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", tag);
            }
        });
    }

    if *exited {
        return Html::default();
    }

    html! {
        <ContextProvider<Translator> context={(*translator).clone()}>
        <ContextProvider<LanguageChoice> context={choose_language}>
        <ContextProvider<UseReducerHandle<VaultState>> context={vault}>
        <ContextProvider<TabChannel> context={(*tabs).clone()}>
        <ContextProvider<GateForms> context={(*gate_forms).clone()}>
            <HashRouter>
                <PracticeProvider>
                    <Shell {quick_exit} />
                </PracticeProvider>
            </HashRouter>
        </ContextProvider<GateForms>>
        </ContextProvider<TabChannel>>
        </ContextProvider<UseReducerHandle<VaultState>>>
        </ContextProvider<LanguageChoice>>
        </ContextProvider<Translator>>
    }
}

/// The interface language picker; shown when the interface exists in more than one language.
#[component]
fn LanguagePicker() -> Html {
    let t = use_translator();
    let choice = use_context::<LanguageChoice>().expect("App provides the language choice");
    if Locale::ALL.len() < 2 {
        return Html::default();
    }
    let choose = choice.choose.clone();
    let onchange = Callback::from(move |e: Event| {
        let tag = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        if let Some(locale) = Locale::from_tag(&tag) {
            choose.emit(locale);
        }
    });
    let unavailable = choice.unavailable.map(|(locale, _)| {
        let language = t.tr(&format!("interface-language-{}", locale.tag()));
        html! {
            <p class="error" role="alert">
                { t.tr_with("interface-language-unavailable", &[("language", language.into())]) }
            </p>
        }
    });
    html! {
        <div class="language-picker">
            <label for="interface-language">{ t.tr("interface-language") }</label>
            // Keyed by the failures: after each, a new select shows the language in use again,
            // where the old one would keep showing the language that could not be fetched.
            <select id="interface-language" key={choice.unavailable.map_or(0, |(_, n)| n)} {onchange}>
                { for Locale::ALL.iter().map(|locale| html! {
                    <option value={locale.tag()} selected={*locale == t.locale()}>
                        { t.tr(&format!("interface-language-{}", locale.tag())) }
                    </option>
                }) }
            </select>
            { unavailable }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    quick_exit: Callback<()>,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let t = use_translator();
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ t.tr("skip-to-main") }</a>
            <header class="app-header">
                <NavLink to={Route::Home}>
                    <span class="brand">{ t.tr("app-name") }</span>
                </NavLink>
                <nav aria-label={t.tr("nav-label")}>
                    <ul>
                        { for Route::NAVIGATION.iter().map(|(route, label)| html! {
                            <li><NavLink to={route.clone()}>{ t.tr(label) }</NavLink></li>
                        }) }
                    </ul>
                </nav>
                <VaultCoreView view={CoreView::Status} />
                <LanguagePicker />
                <QuickExitButton onclick={props.quick_exit.clone()} />
            </header>
            <UpdateNotice />
            // The vault's background work, and the notices about it.
            <VaultCoreView view={CoreView::Notices} />
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="app-footer">
                <p>{ t.tr("footer-device") }</p>
            </footer>
        </>
    }
}

/// The skip link moves focus to the main region; a plain `#main` href would change the hash route.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    })
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Safety => html! { <SafetyPage /> },
        Route::Cases => html! { <PartPageView page={PartPage::Cases} /> },
        // A practice case lives in memory only: it never goes through the vault's gate.
        Route::Case { id } => case_page(CaseId::new(id), WorkspaceSection::Profile),
        Route::CaseSection { id, section } => match WorkspaceSection::from_slug(&section) {
            Some(section) => case_page(CaseId::new(id), section),
            None => html! { <NotFoundPage /> },
        },
        Route::Vault => html! { <PartPageView page={PartPage::Vault} /> },
        Route::Exchange => html! { <PartPageView page={PartPage::Exchange} /> },
        Route::ExchangeRequest { id } => html! {
            <PartPageView page={PartPage::Contribution { id: QuestionRequestId::new(id) }} />
        },
        Route::Practice => html! { <PartPageView page={PartPage::PracticeChooser} /> },
        Route::PracticeScore => html! { <PartPageView page={PartPage::PracticeScore} /> },
        Route::PracticePresenter => html! { <PartPageView page={PartPage::PracticePresenter} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// A case's workspace. A practice case lives in memory only: it never goes through the vault's gate.
fn case_page(id: CaseId, section: WorkspaceSection) -> Html {
    let page = if is_practice_case_id(&id) {
        PartPage::PracticeCase { id, section }
    } else {
        PartPage::Case { id, section }
    };
    html! { <PartPageView {page} /> }
}
