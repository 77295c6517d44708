//! The case list: create, open, rename, duplicate, delete and search the cases of the vault.

use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit, HistoryEntry};
use crate::model::{CaseId, LanguageTag};
use crate::ui::clock::{new_id, now};
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::{input_value, NavLink};
use crate::ui::errors::vault_error;
use crate::ui::hooks::{use_page_title, use_translator, use_vault};
use crate::ui::routes::Route;
use crate::ui::tabs::TabChannel;
use crate::ui::vault_state::{TabRole, UnlockedState, VaultAction};
use crate::ui::vault_tasks::delete_case;
use crate::vault::manifest::{IntegrityProblem, SharedRecord};
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

/// Why a case code cannot be used, as a message id.
fn code_problem(
    unlocked: &UnlockedState,
    code: &str,
    except: Option<&CaseId>,
) -> Option<&'static str> {
    if code.trim().is_empty() {
        Some("error-code-blank")
    } else if unlocked.code_taken(code, except) {
        Some("error-code-taken")
    } else {
        None
    }
}

/// A code for a copy that no other case uses: "CODE copy", "CODE copy 2", ...
fn copy_code(unlocked: &UnlockedState, code: &str, copy_word: &str) -> String {
    let base = format!("{code} {copy_word}");
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base} {n}")
            }
        })
        .find(|candidate| !unlocked.code_taken(candidate, None))
        .expect("an unused code exists")
}

#[component]
pub fn CasesPage() -> Html {
    let t = use_translator();
    use_page_title("cases-heading");
    let vault = use_vault();
    let navigator = use_navigator();
    let new_code = use_state(String::new);
    let create_problem = use_state(|| None::<String>);
    let search = use_state(String::new);
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let read_only = unlocked.role != TabRole::Writer;

    let new_fictional = use_state(|| false);
    let confirming_fictional = use_state(|| false);
    // Creates the case; `fictional` only once the user confirmed what the mark allows.
    let create = {
        let (new_code, new_fictional, create_problem, vault, t) = (
            new_code.clone(),
            new_fictional.clone(),
            create_problem.clone(),
            vault.clone(),
            t.clone(),
        );
        let navigator = navigator.clone();
        Callback::from(move |fictional: bool| {
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            if let Some(problem) = code_problem(unlocked, &new_code, None) {
                create_problem.set(Some(t.tr(problem)));
                return;
            }
            let created = now();
            let mut case = Case::new(
                CaseId::new(new_id()),
                new_code.trim(),
                LanguageTag::new(t.locale().tag()),
            );
            // The only moment a case can be marked fictional: see `EditRefusal::FictionalOnlyAtCreation`.
            case.fictional = fictional;
            // A new case's history begins when it is made.
            case.history = vec![HistoryEntry::begins(Some(created)).into()];
            let id = case.id.clone();
            vault.dispatch(VaultAction::AddCase {
                case: Box::new(case),
                now: created,
            });
            new_code.set(String::new());
            new_fictional.set(false);
            create_problem.set(None);
            if let Some(navigator) = &navigator {
                navigator.replace(&Route::Case { id: id.to_string() });
            }
        })
    };
    let oncreate = {
        let (create, new_fictional, confirming_fictional) = (
            create.clone(),
            new_fictional.clone(),
            confirming_fictional.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *new_fictional {
                confirming_fictional.set(true);
            } else {
                create.emit(false);
            }
        })
    };
    let on_confirm_fictional = {
        let confirming_fictional = confirming_fictional.clone();
        Callback::from(move |()| {
            confirming_fictional.set(false);
            create.emit(true);
        })
    };
    let on_cancel_fictional = {
        let confirming_fictional = confirming_fictional.clone();
        Callback::from(move |()| confirming_fictional.set(false))
    };

    let needle = search.trim().to_lowercase();
    let cases: Vec<Rc<Case>> = unlocked
        .cases_by_code()
        .into_iter()
        .filter(|case| needle.is_empty() || case.code.to_lowercase().contains(&needle))
        .collect();

    html! {
        <>
            <h1>{ t.tr("cases-heading") }</h1>
            <section aria-labelledby="new-case-heading" class="panel">
                <h2 id="new-case-heading">{ t.tr("case-new-heading") }</h2>
                <form onsubmit={oncreate} novalidate=true>
                    <label for="new-case-code">{ t.tr("case-code") }</label>
                    <input id="new-case-code" type="text" autocomplete="off" disabled={read_only}
                        aria-describedby="new-case-code-hint"
                        value={(*new_code).clone()}
                        oninput={let s = new_code.clone(); move |e| s.set(input_value(e))} />
                    <p id="new-case-code-hint" class="hint">{ t.tr("case-code-hint") }</p>
                    <div class="check">
                        <input id="new-case-fictional" type="checkbox" disabled={read_only}
                            aria-describedby="new-case-fictional-hint"
                            checked={*new_fictional}
                            onchange={let s = new_fictional.clone(); move |e: Event| {
                                s.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
                            }} />
                        <label for="new-case-fictional">{ t.tr("case-new-fictional") }</label>
                    </div>
                    <p id="new-case-fictional-hint" class="hint">{ t.tr("case-new-fictional-hint") }</p>
                    if let Some(problem) = &*create_problem {
                        <p class="error" role="alert">{ problem.clone() }</p>
                    }
                    <button type="submit" disabled={read_only}>{ t.tr("case-create") }</button>
                </form>
                if *confirming_fictional {
                    <ConfirmDialog
                        title={t.tr("case-fictional-confirm-title")}
                        message={t.tr("case-fictional-confirm-message")}
                        confirm_label={t.tr("case-fictional-confirm")}
                        on_confirm={on_confirm_fictional}
                        on_cancel={on_cancel_fictional} />
                }
            </section>
            <section aria-labelledby="case-list-heading">
                <h2 id="case-list-heading">{ t.tr("case-list-heading") }</h2>
                <label for="case-search">{ t.tr("case-search") }</label>
                <input id="case-search" type="search" value={(*search).clone()}
                    oninput={let s = search.clone(); move |e| s.set(input_value(e))} />
                if unlocked.cases.is_empty() {
                    <p>{ t.tr("case-list-empty") }</p>
                } else if cases.is_empty() {
                    <p role="status">{ t.tr("case-search-none") }</p>
                } else {
                    <ul class="case-list">
                        { for cases.into_iter().map(|case| {
                            let key = case.id.to_string();
                            html! { <CaseRow {key} {case} {read_only} /> }
                        }) }
                    </ul>
                }
            </section>
            if !unlocked.integrity.is_empty() {
                <section aria-labelledby="integrity-heading" class="panel warning">
                    <h2 id="integrity-heading">{ t.tr("integrity-heading") }</h2>
                    <p>{ t.tr("integrity-intro") }</p>
                    <ul>
                        { for unlocked.integrity.iter().map(|problem| html! {
                            <li>{ integrity_problem(&t, unlocked, problem) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !unlocked.unreadable.is_empty() {
                <section aria-labelledby="unreadable-heading" class="panel warning">
                    <h2 id="unreadable-heading">{ t.tr("unreadable-heading") }</h2>
                    <p>{ t.tr("unreadable-intro") }</p>
                    <ul>
                        { for unlocked.unreadable.iter().map(|u| html! {
                            <li>{ t.tr_with("unreadable-item", &[
                                ("id", u.id.to_string().into()),
                                ("reason", u.reason.clone().into()),
                            ]) }</li>
                        }) }
                    </ul>
                </section>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CaseRowProps {
    case: Rc<Case>,
    read_only: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum RowMode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

#[component]
fn CaseRow(props: &CaseRowProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let tabs = use_context::<TabChannel>().expect("App provides the tab channel");
    let mode = use_state(|| RowMode::Showing);
    let new_code = use_state(|| props.case.code.clone());
    let problem = use_state(|| None::<String>);
    let case = &props.case;
    let heading_id = format!("case-{}", case.id);

    let set_mode = |m: RowMode| {
        let mode = mode.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            mode.set(m);
        })
    };

    let onrename = {
        let (mode, new_code, problem, vault, t) = (
            mode.clone(),
            new_code.clone(),
            problem.clone(),
            vault.clone(),
            t.clone(),
        );
        let id = case.id.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            if let Some(message) = code_problem(unlocked, &new_code, Some(&id)) {
                problem.set(Some(t.tr(message)));
                return;
            }
            vault.dispatch(VaultAction::EditCase {
                id: id.clone(),
                edit: Box::new(CaseEdit::RenameCase {
                    code: new_code.trim().to_owned(),
                }),
                now: now(),
            });
            mode.set(RowMode::Showing);
        })
    };

    let onduplicate = {
        let (vault, t) = (vault.clone(), t.clone());
        let original = case.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            let mut copy = (*original).clone();
            copy.id = CaseId::new(new_id());
            copy.code = copy_code(unlocked, &original.code, &t.tr("case-copy-word"));
            vault.dispatch(VaultAction::AddCase {
                case: Box::new(copy),
                now: now(),
            });
        })
    };

    let ondelete = {
        let (vault, mode, problem, t) = (vault.clone(), mode.clone(), problem.clone(), t.clone());
        let id = case.id.clone();
        Callback::from(move |()| {
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            let task = delete_case(
                unlocked.vault.clone(),
                id.clone(),
                vault.dispatcher(),
                tabs.clone(),
            );
            let (mode, problem, t) = (mode.clone(), problem.clone(), t.clone());
            mode.set(RowMode::Showing);
            spawn_local(async move {
                if let Err(error) = task.await {
                    problem.set(Some(vault_error(&t, &error)));
                }
            });
        })
    };

    html! {
        <li class="case-row" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <NavLink to={Route::Case { id: case.id.to_string() }}>{ case.code.clone() }</NavLink>
                if case.fictional {
                    <span class="tag">{ t.tr("case-fictional-tag") }</span>
                }
            </h3>
            if *mode == RowMode::Renaming {
                <form onsubmit={onrename} novalidate=true class="inline">
                    <label for={format!("rename-{}", case.id)}>
                        { t.tr_with("case-rename-label", &[("code", case.code.clone().into())]) }
                    </label>
                    <input id={format!("rename-{}", case.id)} type="text" autocomplete="off"
                        value={(*new_code).clone()}
                        oninput={let s = new_code.clone(); move |e| s.set(input_value(e))} />
                    <button type="submit">{ t.tr("save") }</button>
                    <button type="button" class="secondary" onclick={set_mode(RowMode::Showing)}>
                        { t.tr("cancel") }
                    </button>
                </form>
            } else {
                <div class="actions">
                    <button type="button" class="secondary" disabled={props.read_only}
                        aria-label={t.tr_with("case-rename-named", &[("code", case.code.clone().into())])}
                        onclick={set_mode(RowMode::Renaming)}>{ t.tr("case-rename") }</button>
                    <button type="button" class="secondary" disabled={props.read_only}
                        aria-label={t.tr_with("case-duplicate-named", &[("code", case.code.clone().into())])}
                        onclick={onduplicate}>{ t.tr("case-duplicate") }</button>
                    <button type="button" class="danger" disabled={props.read_only}
                        aria-label={t.tr_with("case-delete-named", &[("code", case.code.clone().into())])}
                        onclick={set_mode(RowMode::ConfirmingDelete)}>{ t.tr("case-delete") }</button>
                </div>
            }
            if let Some(problem) = &*problem {
                <p class="error" role="alert">{ problem.clone() }</p>
            }
            if *mode == RowMode::ConfirmingDelete {
                <ConfirmDialog
                    title={t.tr_with("case-delete-title", &[("code", case.code.clone().into())])}
                    message={t.tr("case-delete-message")}
                    confirm_label={t.tr("case-delete-confirm")}
                    on_confirm={ondelete}
                    on_cancel={{ let mode = mode.clone(); Callback::from(move |()| mode.set(RowMode::Showing)) }} />
            }
        </li>
    }
}

/// One change made outside Tell Once, in the user's language; a case is named by its code
/// when it is open.
fn integrity_problem(
    t: &Translator,
    unlocked: &UnlockedState,
    problem: &IntegrityProblem,
) -> String {
    let case = |id: &CaseId| -> String {
        unlocked
            .cases
            .get(id)
            .map_or_else(|| id.to_string(), |case| case.code.clone())
    };
    match problem {
        IntegrityProblem::RolledBack {
            case_id,
            found,
            expected,
        } => t.tr_with(
            "integrity-rolled-back",
            &[
                ("case", case(case_id).into()),
                ("found", (*found as i64).into()),
                ("expected", (*expected as i64).into()),
            ],
        ),
        IntegrityProblem::Missing { case_id } => {
            t.tr_with("integrity-missing", &[("case", case(case_id).into())])
        }
        IntegrityProblem::Altered { case_id } => {
            t.tr_with("integrity-altered", &[("case", case(case_id).into())])
        }
        IntegrityProblem::Unlisted { case_id } => {
            t.tr_with("integrity-unlisted", &[("case", case(case_id).into())])
        }
        IntegrityProblem::MetadataAltered => t.tr("integrity-metadata"),
        IntegrityProblem::SharedRecordAltered { record } => t.tr(match record {
            SharedRecord::Directory => "integrity-directory",
            SharedRecord::Settings => "integrity-settings",
            SharedRecord::ExchangeKeys => "integrity-exchange-keys",
            SharedRecord::Contributions => "integrity-contributions",
        }),
        IntegrityProblem::ManifestUntrusted { .. } => t.tr("integrity-manifest"),
    }
}
