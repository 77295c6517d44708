//! The parts of the app that the first screen does not need: their code is fetched the first
//! time one of their pages is shown, so that opening Tell Once downloads only the shell.
//!
//! Each `wasm_split` function below is a cut point: build/wasm-link.sh moves everything that only
//! it reaches into a module of its own, and on wasm the function becomes async, fetching that
//! module first. Natively it is called directly. The service worker keeps every part, so a part
//! loads offline as soon as the app has been opened once.

use super::hooks::use_translator;
use super::pages::VaultPage;
use super::practice::{PracticePage, PracticePresenterPage, PracticeScorePage, PracticeWorkspace};
use super::workspace::{Workspace, WorkspaceSection};
use crate::model::CaseId;
use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::platform::spawn_local;
use yew::prelude::*;

/// A page whose code lives in a part of its own.
#[derive(Clone, Debug, PartialEq)]
pub enum PartPage {
    /// A case of the vault, in its workspace.
    Case {
        id: CaseId,
        section: WorkspaceSection,
    },
    PracticeChooser,
    PracticeCase {
        id: CaseId,
        section: WorkspaceSection,
    },
    PracticeScore,
    PracticePresenter,
    /// Backups, import, automatic lock, wipe.
    Vault,
}

/// The separately loaded modules. Pages that share code share what they have in common too:
/// the workspace sections are fetched once, for a case of the vault or a practice case alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Workspace,
    Practice,
    Vault,
}

impl PartPage {
    fn part(&self) -> Part {
        match self {
            PartPage::Case { .. } => Part::Workspace,
            PartPage::PracticeChooser
            | PartPage::PracticeCase { .. }
            | PartPage::PracticeScore
            | PartPage::PracticePresenter => Part::Practice,
            PartPage::Vault => Part::Vault,
        }
    }
}

thread_local! {
    /// Parts already fetched in this page's life; a part is never fetched twice.
    static LOADED: [Cell<bool>; 3] = const { [const { Cell::new(false) }; 3] };
}

impl Part {
    fn index(self) -> usize {
        match self {
            Part::Workspace => 0,
            Part::Practice => 1,
            Part::Vault => 2,
        }
    }

    fn is_loaded(self) -> bool {
        LOADED.with(|loaded| loaded[self.index()].get())
    }

    async fn load(self) -> Result<(), SplitLoaderError> {
        match self {
            Part::Workspace => load_workspace().await,
            Part::Practice => load_practice().await,
            Part::Vault => load_vault().await,
        }?;
        LOADED.with(|loaded| loaded[self.index()].set(true));
        Ok(())
    }
}

#[wasm_split(workspace, preload(load_workspace), fallible)]
fn workspace_page(id: CaseId, section: WorkspaceSection) -> Result<Html, SplitLoaderError> {
    Ok(html! { <Workspace {id} {section} /> })
}

#[wasm_split(practice, preload(load_practice), fallible)]
fn practice_page(page: PartPage) -> Result<Html, SplitLoaderError> {
    Ok(match page {
        PartPage::PracticeCase { id, section } => html! { <PracticeWorkspace {id} {section} /> },
        PartPage::PracticeScore => html! { <PracticeScorePage /> },
        PartPage::PracticePresenter => html! { <PracticePresenterPage /> },
        _ => html! { <PracticePage /> },
    })
}

#[wasm_split(vault, preload(load_vault), fallible)]
fn vault_page() -> Result<Html, SplitLoaderError> {
    Ok(html! { <VaultPage /> })
}

/// The page, once its part is loaded. Only called then, so the future is ready at once.
fn render(page: &PartPage) -> Html {
    let rendered = match page.clone() {
        PartPage::Case { id, section } => at_once(workspace_page(id, section)),
        PartPage::Vault => at_once(vault_page()),
        practice => at_once(practice_page(practice)),
    };
    // The part is loaded, so neither waiting nor a load failure can happen here.
    rendered.and_then(Result::ok).unwrap_or_default()
}

/// The value of a future that needs no waiting: a cut point whose part is already loaded.
fn at_once<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct PartPageViewProps {
    pub page: PartPage,
}

/// Shows a page of a separately loaded part: at once when the part is there, else after fetching
/// it, with a clear message and a retry if it cannot be fetched.
#[component]
pub fn PartPageView(props: &PartPageViewProps) -> Html {
    let t = use_translator();
    let part = props.page.part();
    let failed = use_state(|| None::<Part>);
    let attempt = use_state(|| 0_u32);
    let update = use_force_update();
    {
        let failed = failed.clone();
        use_effect_with((part, *attempt), move |&(part, _)| {
            if !part.is_loaded() {
                spawn_local(async move {
                    match part.load().await {
                        Ok(()) => update.force_update(),
                        Err(_) => failed.set(Some(part)),
                    }
                });
            }
        });
    }
    if part.is_loaded() {
        return render(&props.page);
    }
    if *failed == Some(part) {
        let retry = {
            let failed = failed.clone();
            let attempt = attempt.clone();
            Callback::from(move |_| {
                failed.set(None);
                attempt.set(*attempt + 1);
            })
        };
        return html! {
            <div class="part-failed" role="alert">
                <h1>{ t.tr("part-failed-heading") }</h1>
                <p>{ t.tr("part-failed") }</p>
                <button type="button" onclick={retry}>{ t.tr("part-retry") }</button>
            </div>
        };
    }
    html! { <p class="part-loading" role="status">{ t.tr("part-loading") }</p> }
}
