//! The parts of the app that the first screen does not need: their code is fetched the first
//! time one of their pages is shown, so that opening Tell Once downloads only the shell.
//! The vault's core (its reducer, the work that opens and saves it, the case list and the
//! save status) is a part too: the home and safety pages never use it, so it is fetched as soon
//! as the first screen is painted, and every other part's pages wait for it.
//!
//! Each `wasm_split` function below is a cut point: build/wasm-link.sh moves everything that only
//! it reaches into a module of its own, and the function becomes async, fetching that module
//! first. Only the app that trunk builds has the feature `parts`; without it (native tests, the
//! browser tests' wasm) the app is one piece and a cut point is a plain call. The service worker
//! keeps every part, so a part loads offline as soon as the app has been opened once.

use super::clock::after_first_contentful_paint;
use super::components::journal_recovery::JournalRecovery;
use super::components::vault_status::{FollowerBanner, SaveFailureAlert, VaultStatus};
use super::hooks::{use_translator, use_vault};
use super::journal;
use super::language::LanguageChoice;
use super::pages::{
    CasesPage, CreateVaultForm, ExchangePage, ExportForm, GateForm, UnlockForm, VaultGate,
    VaultPage,
};
use super::practice::chooser::PracticePage;
use super::practice::score::{PracticePresenterPage, PracticeScorePage};
use super::practice::workspace::PracticeWorkspace;
use super::practice::{reduce_practice_state, PracticeAction, PracticeState};
use super::vault_effects::VaultEffects;
use super::vault_state::{reduce_vault_state, LockNotice, VaultAction, VaultState};
use super::workspace::contribution::ContributionWorkspace;
use super::workspace::section::WorkspaceSection;
use super::workspace::Workspace;
use crate::i18n::texts::{self, TextsUnavailable};
use crate::i18n::{Catalogue, Locale, SurvivorLanguage, TextFile};
use crate::model::{CaseId, QuestionRequestId};
use futures_util::future::{join, try_join_all};
use std::cell::Cell;
#[cfg(feature = "parts")]
use std::future::Future;
#[cfg(feature = "parts")]
use std::pin::pin;
use std::rc::Rc;
#[cfg(feature = "parts")]
use std::task::{Context, Poll, Waker};
#[cfg(feature = "parts")]
use wasm_split_helpers::wasm_split;
use wasm_split_helpers::SplitLoaderError;
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
    /// The export offered when saving fails: the vault page's export form.
    EmergencyExport,
    /// The vault's gate: choose the passphrase on first run, or unlock.
    Gate(GateForm),
    /// Exchange between agencies, the agency's side: sharing key, contacts, requests received.
    Exchange,
    /// The contribution to another agency's question request.
    Contribution {
        id: QuestionRequestId,
    },
    /// The cases of the vault.
    Cases,
}

/// The separately loaded modules. Pages that share code share what they have in common too:
/// the workspace sections are fetched once, for a case of the vault or a practice case alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Workspace,
    Practice,
    Vault,
    Gate,
    /// The form that chooses a new vault's passphrase: apart from the unlock form, because the
    /// passphrase estimator's dictionaries are large and unlocking does not need them.
    CreateVault,
    /// The agency's side of an exchange: the keys page and the contribution workspace, which
    /// shows the workspace's questions section and so its texts.
    Exchange,
    /// The vault's core: its reducer and background work, the gate, the case list and the
    /// vault's status in the header. The pages of every other part read and change the vault,
    /// so each waits for it.
    VaultCore,
}

impl PartPage {
    fn part(&self) -> Part {
        match self {
            PartPage::Case { .. } => Part::Workspace,
            PartPage::PracticeChooser
            | PartPage::PracticeCase { .. }
            | PartPage::PracticeScore
            | PartPage::PracticePresenter => Part::Practice,
            PartPage::Vault | PartPage::EmergencyExport => Part::Vault,
            PartPage::Gate(GateForm::Create) => Part::CreateVault,
            PartPage::Gate(_) => Part::Gate,
            PartPage::Exchange | PartPage::Contribution { .. } => Part::Exchange,
            PartPage::Cases => Part::VaultCore,
        }
    }

    /// Whether the page shows the vault's cases, and so only while the vault is unlocked: the
    /// gate stands in front of it. A practice case lives in memory only and has no gate.
    fn needs_unlocked_vault(&self) -> bool {
        matches!(
            self,
            PartPage::Case { .. }
                | PartPage::Cases
                | PartPage::Exchange
                | PartPage::Contribution { .. }
        )
    }
}

thread_local! {
    /// Parts already fetched in this page's life; a part is never fetched twice.
    static LOADED: [Cell<bool>; 7] = const { [const { Cell::new(false) }; 7] };
}

impl Part {
    /// The interface's files that only this part's pages use, fetched with it.
    pub fn texts(self) -> &'static [TextFile] {
        match self {
            // With practice mode's texts: a fictional case is saved as a practice file from its profile.
            Part::Workspace => &[
                TextFile::Questions,
                TextFile::Session,
                TextFile::Consent,
                TextFile::Practice,
                TextFile::History,
            ],
            // The contribution workspace shows the questions section and the workspace's labels.
            Part::Exchange => Part::Workspace.texts(),
            // Practice mode shows the same workspace sections.
            Part::Practice => &[
                TextFile::Questions,
                TextFile::Session,
                TextFile::Consent,
                TextFile::Practice,
                TextFile::Scenarios,
                TextFile::History,
            ],
            Part::Vault | Part::Gate | Part::CreateVault | Part::VaultCore => &[],
        }
    }

    /// Whether the part's pages show texts for the survivor (handout, consent explanations), in
    /// whichever language the survivor reads.
    fn shows_survivor_texts(self) -> bool {
        matches!(self, Part::Workspace | Part::Practice)
    }

    fn index(self) -> usize {
        match self {
            Part::Workspace => 0,
            Part::Practice => 1,
            Part::Vault => 2,
            Part::Gate => 3,
            Part::CreateVault => 4,
            Part::Exchange => 5,
            Part::VaultCore => 6,
        }
    }

    /// Whether the part's code (and the core's) and its texts in this interface language are here.
    fn is_loaded(self, locale: Locale) -> bool {
        self.code_is_loaded()
            && Part::VaultCore.code_is_loaded()
            && self
                .texts()
                .iter()
                .all(|&file| texts::has(locale.tag(), file))
    }

    /// Fetches what of the part's code and texts is not here yet, all side by side.
    async fn load(self, locale: Locale) -> Result<(), PartUnavailable> {
        let survivor: &[SurvivorLanguage] = if self.shows_survivor_texts() {
            SurvivorLanguage::ALL
        } else {
            &[]
        };
        let texts = try_join_all(
            std::iter::once(texts::fetch(locale.tag(), self.texts())).chain(
                survivor
                    .iter()
                    .map(|language| texts::fetch(language.tag(), language.files())),
            ),
        );
        let code = async {
            // Every other part's pages read and change the vault, whose reducer is in the core.
            if self != Part::VaultCore {
                Part::VaultCore.load_code().await?;
            }
            self.load_code().await
        };
        let (texts, code) = join(texts, code).await;
        texts?;
        code
    }

    /// Whether the part's code is here.
    fn code_is_loaded(self) -> bool {
        LOADED.with(|loaded| loaded[self.index()].get())
    }

    /// Fetches the part's code unless it is here.
    async fn load_code(self) -> Result<(), PartUnavailable> {
        if !self.code_is_loaded() {
            match self {
                Part::Workspace => load_workspace().await,
                Part::Practice => load_practice().await,
                Part::Vault => load_vault().await,
                Part::Gate => load_gate().await,
                Part::CreateVault => load_create_vault().await,
                Part::Exchange => load_exchange().await,
                Part::VaultCore => load_vault_core_everywhere().await,
            }
            .map_err(|_| PartUnavailable)?;
            LOADED.with(|loaded| loaded[self.index()].set(true));
        }
        Ok(())
    }
}

#[cfg_attr(
    feature = "parts",
    wasm_split(workspace, preload(load_workspace), fallible)
)]
fn workspace_page(id: CaseId, section: WorkspaceSection) -> Result<Html, SplitLoaderError> {
    Ok(html! { <Workspace {id} {section} /> })
}

#[cfg_attr(
    feature = "parts",
    wasm_split(practice, preload(load_practice), fallible)
)]
fn practice_page(page: PartPage) -> Result<Html, SplitLoaderError> {
    Ok(match page {
        PartPage::PracticeCase { id, section } => html! { <PracticeWorkspace {id} {section} /> },
        PartPage::PracticeScore => html! { <PracticeScorePage /> },
        PartPage::PracticePresenter => html! { <PracticePresenterPage /> },
        _ => html! { <PracticePage /> },
    })
}

#[cfg_attr(feature = "parts", wasm_split(vault, preload(load_vault), fallible))]
fn vault_page(page: PartPage) -> Result<Html, SplitLoaderError> {
    Ok(match page {
        PartPage::EmergencyExport => html! { <ExportForm /> },
        _ => html! { <VaultPage /> },
    })
}

#[cfg_attr(feature = "parts", wasm_split(gate, preload(load_gate), fallible))]
fn gate_form(notice: Option<LockNotice>) -> Result<Html, SplitLoaderError> {
    Ok(html! { <UnlockForm {notice} /> })
}

#[cfg_attr(
    feature = "parts",
    wasm_split(create_vault, preload(load_create_vault), fallible)
)]
fn create_vault_form() -> Result<Html, SplitLoaderError> {
    Ok(html! { <CreateVaultForm /> })
}

#[cfg_attr(
    feature = "parts",
    wasm_split(exchange, preload(load_exchange), fallible)
)]
fn exchange_page(page: PartPage) -> Result<Html, SplitLoaderError> {
    Ok(match page {
        PartPage::Contribution { id } => html! { <ContributionWorkspace {id} /> },
        _ => html! { <ExchangePage /> },
    })
}

/// With the app in one piece, every part is there from the start.
#[cfg(not(feature = "parts"))]
mod whole {
    use wasm_split_helpers::SplitLoaderError;

    pub async fn load_workspace() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_practice() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_vault() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_gate() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_create_vault() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_exchange() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_vault_core() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_vault_reducer() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_practice_reducer() -> Result<(), SplitLoaderError> {
        Ok(())
    }
    pub async fn load_exit_journal() -> Result<(), SplitLoaderError> {
        Ok(())
    }
}
#[cfg(not(feature = "parts"))]
use whole::{
    load_create_vault, load_exchange, load_exit_journal, load_gate, load_practice,
    load_practice_reducer, load_vault, load_vault_core, load_vault_reducer, load_workspace,
};

/// Calls a cut point whose part is loaded: async when the app is in parts (and then ready at
/// once), a plain call when it is in one piece.
macro_rules! loaded {
    ($call:expr) => {{
        #[cfg(feature = "parts")]
        let value = at_once($call);
        #[cfg(not(feature = "parts"))]
        let value = Some($call);
        value
    }};
}

/// What the vault's core shows around the pages: the header's save status, the notices below
/// it (with the vault's background work), and the gate.
#[derive(Clone, PartialEq)]
pub enum CoreView {
    /// The save indicator and the lock button.
    Status,
    /// The vault's background work, which renders nothing, and the notices about it: another
    /// tab editing, a failed save, what the journal kept.
    Notices,
    /// The case list.
    Cases,
    /// A page shown only while the vault is unlocked; otherwise the form that opens it.
    Gate(Html),
}

#[cfg_attr(
    feature = "parts",
    wasm_split(vault_core, preload(load_vault_core), fallible)
)]
fn vault_core_view(view: CoreView) -> Result<Html, SplitLoaderError> {
    Ok(match view {
        CoreView::Status => html! { <VaultStatus /> },
        CoreView::Notices => html! {
            <>
                <VaultEffects />
                <EmergencyExportReady />
                <FollowerBanner />
                <SaveFailureAlert export_form={html! { <PartPageView page={PartPage::EmergencyExport} /> }} />
                <JournalRecovery />
            </>
        },
        CoreView::Cases => html! { <CasesPage /> },
        CoreView::Gate(page) => html! { <VaultGate>{ page }</VaultGate> },
    })
}

#[cfg_attr(
    feature = "parts",
    wasm_split(vault_core, preload(load_vault_reducer), fallible)
)]
fn reduce_vault(
    state: Rc<VaultState>,
    action: VaultAction,
) -> Result<Rc<VaultState>, SplitLoaderError> {
    Ok(reduce_vault_state(state, action))
}

#[cfg_attr(
    feature = "parts",
    wasm_split(vault_core, preload(load_practice_reducer), fallible)
)]
fn reduce_practice(
    state: Rc<PracticeState>,
    action: PracticeAction,
) -> Result<Rc<PracticeState>, SplitLoaderError> {
    Ok(reduce_practice_state(state, action))
}

#[cfg_attr(
    feature = "parts",
    wasm_split(vault_core, preload(load_exit_journal), fallible)
)]
fn journal_unsaved(vault: UseReducerHandle<VaultState>) -> Result<(), SplitLoaderError> {
    if let Some(unlocked) = vault.unlocked() {
        journal::write_unsaved(unlocked);
    }
    Ok(())
}

/// Readies every cut point of the core. Each keeps a loader of its own, which answers at once only
/// after it was awaited: the module is fetched once, the others then resolve without a fetch.
async fn load_vault_core_everywhere() -> Result<(), SplitLoaderError> {
    load_vault_core().await?;
    load_vault_reducer().await?;
    load_practice_reducer().await?;
    load_exit_journal().await
}

// The reducers are the core's: these impls are the cut points that reach them. Every action is
// dispatched by a page of a part, and each part waits for the core, so the core is here; before
// it is, nothing was opened and nothing can change.
impl Reducible for VaultState {
    type Action = VaultAction;

    fn reduce(self: Rc<Self>, action: VaultAction) -> Rc<Self> {
        loaded!(reduce_vault(self.clone(), action))
            .and_then(Result::ok)
            .unwrap_or(self)
    }
}

impl Reducible for PracticeState {
    type Action = PracticeAction;

    fn reduce(self: Rc<Self>, action: PracticeAction) -> Rc<Self> {
        loaded!(reduce_practice(self.clone(), action))
            .and_then(Result::ok)
            .unwrap_or(self)
    }
}

/// At quick exit: the journal keeps the unsaved cases, encrypted, written synchronously. Without
/// the core nothing was ever opened, so nothing is unsaved.
pub fn journal_at_exit(vault: UseReducerHandle<VaultState>) {
    let _ = loaded!(journal_unsaved(vault));
}

#[derive(Properties, PartialEq)]
pub struct VaultCoreViewProps {
    pub view: CoreView,
}

/// A view of the vault's core around the pages, shown once the core is here and nothing before:
/// the first screen is painted without it, and the core fetched once that paint is recorded.
/// A core that cannot be fetched is reported by the pages that need it, with a retry.
#[component]
pub fn VaultCoreView(props: &VaultCoreViewProps) -> Html {
    let arrived = use_state(|| Part::VaultCore.code_is_loaded());
    {
        let arrived = arrived.clone();
        use_effect_with((), move |_| {
            if !*arrived {
                spawn_local(async move {
                    after_first_contentful_paint().await;
                    if Part::VaultCore.load_code().await.is_ok() {
                        arrived.set(true);
                    }
                });
            }
        });
    }
    if !*arrived && !Part::VaultCore.code_is_loaded() {
        return Html::default();
    }
    view_of_loaded(loaded!(vault_core_view(props.view.clone())))
}

/// The page, once its part (and the core) is loaded.
fn render(page: &PartPage) -> Html {
    let rendered = match page.clone() {
        PartPage::Case { id, section } => loaded!(workspace_page(id, section)),
        PartPage::Vault | PartPage::EmergencyExport => loaded!(vault_page(page.clone())),
        PartPage::Gate(GateForm::Create) => loaded!(create_vault_form()),
        PartPage::Gate(GateForm::Unlock(notice)) => loaded!(gate_form(notice)),
        PartPage::Exchange | PartPage::Contribution { .. } => loaded!(exchange_page(page.clone())),
        PartPage::PracticeChooser
        | PartPage::PracticeCase { .. }
        | PartPage::PracticeScore
        | PartPage::PracticePresenter => loaded!(practice_page(page.clone())),
        PartPage::Cases => loaded!(vault_core_view(CoreView::Cases)),
    };
    let rendered = view_of_loaded(rendered);
    if page.needs_unlocked_vault() {
        view_of_loaded(loaded!(vault_core_view(CoreView::Gate(rendered))))
    } else {
        rendered
    }
}

/// The view a cut point of a loaded part gave. The part is loaded, so neither waiting nor a load
/// failure can happen here.
fn view_of_loaded(view: Option<Result<Html, SplitLoaderError>>) -> Html {
    view.and_then(Result::ok).unwrap_or_default()
}

/// The value of a future that needs no waiting: a cut point whose part is already loaded.
#[cfg(feature = "parts")]
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

/// Fetches the export that the save-failure alert offers as soon as the vault is open, so that
/// it is at hand whatever the network does when saving fails later. Renders nothing.
#[component]
fn EmergencyExportReady() -> Html {
    let vault_open = use_vault().unlocked().is_some();
    use_emergency_export_ready(vault_open);
    Html::default()
}

#[hook]
fn use_emergency_export_ready(vault_open: bool) {
    use_effect_with(vault_open, |&vault_open| {
        if vault_open {
            // No texts of its own: the locale does not matter. A failure is shown if the alert
            // ever needs the part, with a retry.
            spawn_local(async {
                let _ = Part::Vault.load(Locale::default()).await;
            });
        }
    });
}

/// A part's code or texts could not be fetched (the network, most likely): the page says so and
/// offers to try again.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PartUnavailable;

impl From<TextsUnavailable> for PartUnavailable {
    fn from(_: TextsUnavailable) -> Self {
        PartUnavailable
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
    let language = use_context::<LanguageChoice>().expect("the app provides the language choice");
    let part = props.page.part();
    let locale = t.locale();
    // Shown once the part is here and the interface's translator has its texts too.
    let ready = part.is_loaded(locale) && part.texts().iter().all(|&file| t.has_file(file));
    let failed = use_state(|| None::<Part>);
    let attempt = use_state(|| 0_u32);
    {
        let failed = failed.clone();
        use_effect_with(
            (part, locale, ready, *attempt),
            move |&(part, locale, ready, _)| {
                if !ready {
                    // A failure seen earlier is not announced while the part loads again.
                    failed.set(None);
                    spawn_local(async move {
                        match part.load(locale).await {
                            // The translator is rebuilt with the part's texts, and the page shown.
                            Ok(()) => language.texts_arrived.emit(()),
                            Err(_) => failed.set(Some(part)),
                        }
                    });
                }
            },
        );
    }
    if ready {
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
        // No heading: the part may be a whole page or a form within one.
        return html! {
            <div class="part-failed" role="alert">
                <p class="error">{ t.tr("part-failed-heading") }</p>
                <p>{ t.tr("part-failed") }</p>
                <button type="button" onclick={retry}>{ t.tr("part-retry") }</button>
            </div>
        };
    }
    html! { <p class="part-loading" role="status">{ t.tr("part-loading") }</p> }
}
