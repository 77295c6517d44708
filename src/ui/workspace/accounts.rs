//! The prior accounts section of the case workspace: the ledger of what the survivor already told.

use super::labels::{account_date, account_summary, agency_name};
use super::labels::{
    account_form_from_value, account_form_name, account_form_value, coverage_name, ACCOUNT_FORMS,
};
use super::labels::{session_name, topic_name};
use super::list_form::{use_list_form, RemovalText};
use super::section::{SectionPanel, SectionProps};
use super::topic_picker::{add_topic_callback, TopicPicker};
use crate::i18n::Translator;
use crate::model::case::{AccountForm, Case, CaseEdit, PriorAccount, TopicCoverage};
use crate::model::edit::EditRefusal;
use crate::model::topic::Topic;
use crate::model::{AgencyId, PriorAccountId};
use crate::ui::clock::new_id;
use crate::ui::components::NavLink;
use crate::ui::format::{day_input_value, parse_day_input};
use crate::ui::hooks::use_translator;
use crate::ui::routes::Route;
use crate::ui::workspace::section::WorkspaceSection;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Why a prior account edit was refused, in plain words.
fn account_refusal(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::PriorAccountInUse { account, questions } => t.tr_with(
            "accounts-in-use",
            &[
                (
                    "account",
                    case.prior_account(account)
                        .map(|a| account_summary(t, case, a))
                        .unwrap_or_default()
                        .into(),
                ),
                ("count", (*questions).into()),
            ],
        ),
        EditRefusal::UnknownAgency { .. } => t.tr("accounts-error-agency"),
        EditRefusal::Blank { .. } => t.tr("accounts-error-topics"),
        other => other.to_string(),
    }
}

/// What the form is doing: adding an account or changing one.
#[derive(Clone, PartialEq)]
enum Editing {
    New,
    Existing(PriorAccountId),
}

/// The ledger of prior accounts: list, add, change and remove.
#[component]
pub fn AccountsSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let form = use_list_form::<Editing, PriorAccountId>(account_refusal);

    let on_add_topic = add_topic_callback(&props.editor, &case, props.read_only);
    let on_save = {
        let (form, editor, case, t) = (form.clone(), props.editor.clone(), case.clone(), t.clone());
        Callback::from(move |account: PriorAccount| {
            let added = !matches!(form.editing(), Some(Editing::Existing(_)));
            let done = t.tr(if added {
                "accounts-added"
            } else {
                "accounts-saved"
            });
            form.save(
                &editor,
                &case,
                &t,
                CaseEdit::PutPriorAccount { account },
                done,
            );
        })
    };

    let mut accounts: Vec<&PriorAccount> = case.prior_accounts.iter().collect();
    accounts.sort_by_key(|a| a.at);
    let form_props = |initial: Option<PriorAccount>| PriorAccountFormProps {
        case: case.clone(),
        initial,
        on_save: on_save.clone(),
        on_cancel: form.closer(),
        on_add_topic: on_add_topic.clone(),
    };

    let items = accounts.into_iter().map(|account| {
        let summary = account_summary(&t, &case, account);
        if form.is_editing(&Editing::Existing(account.id.clone())) {
            let fields = form_props(Some(account.clone()));
            return html! {
                <li key={account.id.to_string()} class="account editing"><PriorAccountForm ..fields /></li>
            };
        }
        let heading_id = format!("account-{}", account.id);
        let on_remove_click = {
            let (form, case, t, id) = (form.clone(), case.clone(), t.clone(), account.id.clone());
            Callback::from(move |_: MouseEvent| {
                let edit = CaseEdit::RemovePriorAccount { account: id.clone() };
                form.ask_removal(&t, &case, id.clone(), &edit);
            })
        };
        html! {
            <li key={account.id.to_string()} class="account" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ summary.clone() }</h3>
                <dl class="facts">
                    <div>
                        <dt>{ t.tr("accounts-date") }</dt>
                        <dd>{ account_date(account.at, t.locale()) }</dd>
                    </div>
                    <div>
                        <dt>{ t.tr("accounts-agency") }</dt>
                        <dd>{ agency_name(&t, &case, &account.agency) }</dd>
                    </div>
                    <div>
                        <dt>{ t.tr("accounts-form") }</dt>
                        <dd>{ account_form_name(&t, account.form) }</dd>
                    </div>
                    <div>
                        <dt>{ t.tr("accounts-record") }</dt>
                        <dd>{ t.tr(if account.obtainable { "accounts-obtainable-yes" } else { "accounts-obtainable-no" }) }</dd>
                    </div>
                    <div class="wide">
                        <dt>{ t.tr("accounts-topics") }</dt>
                        <dd>
                            if account.topics.is_empty() {
                                { t.tr("accounts-topics-none") }
                            } else {
                                <ul class="coverage-list">
                                    { for account.topics.iter().map(|c| html! {
                                        <li>{ t.tr_with("accounts-topic-coverage", &[
                                            ("topic", topic_name(&t, &c.topic).into()),
                                            ("coverage", coverage_name(&t, c.coverage).into()),
                                        ]) }</li>
                                    }) }
                                </ul>
                            }
                        </dd>
                    </div>
                </dl>
                // The account of a held session changes with its record, in the session plan.
                if let Some(held) = case.held_session_of_account(&account.id) {
                    <p class="hint">{ t.tr_with("accounts-held-session", &[
                        ("session", session_name(&t, &case, &held.session).into()),
                    ]) }</p>
                } else {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={form.opener(Editing::Existing(account.id.clone()))}
                            aria-label={t.tr_with("accounts-edit-named", &[("account", summary.clone().into())])}>
                            { t.tr("accounts-edit") }
                        </button>
                        <button type="button" class="danger" onclick={on_remove_click}
                            aria-label={t.tr_with("accounts-remove-named", &[("account", summary.into())])}>
                            { t.tr("accounts-remove") }
                        </button>
                    </div>
                }
            </li>
        }
    });

    let removal = form.removal_dialog(
        &props.editor,
        &case,
        &t,
        RemovalText {
            title: t.tr("accounts-remove-title"),
            message: t.tr_with(
                "accounts-remove-message",
                &[(
                    "account",
                    form.removal_pending()
                        .and_then(|id| case.prior_account(id))
                        .map(|a| account_summary(&t, &case, a))
                        .unwrap_or_default()
                        .into(),
                )],
            ),
            confirm: t.tr("accounts-remove-confirm"),
            done: t.tr("accounts-removed"),
        },
        |account| CaseEdit::RemovePriorAccount { account },
    );

    html! {
        <SectionPanel section={WorkspaceSection::Accounts} class="workspace-accounts" intro="accounts-intro"
            read_only={props.read_only} after={form.footer(removal)}>
                if case.prior_accounts.is_empty() {
                    <p>{ t.tr("accounts-empty") }</p>
                } else {
                    <ul class="account-list">{ for items }</ul>
                }
                { form.refusal_view() }
                if case.agencies.is_empty() {
                    <p class="warning">
                        { t.tr("accounts-need-agency") }{ " " }
                        <NavLink to={Route::CaseSection { id: case.id.to_string(), section: WorkspaceSection::Agencies.slug().to_owned() }}>
                            { t.tr("accounts-go-to-agencies") }
                        </NavLink>
                    </p>
                } else if form.is_editing(&Editing::New) {
                    <div class="account-new"><PriorAccountForm ..form_props(None) /></div>
                } else {
                    <button type="button" onclick={form.opener(Editing::New)}>{ t.tr("accounts-add-open") }</button>
                }
        </SectionPanel>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct PriorAccountFormProps {
    case: Rc<Case>,
    /// The account being changed; `None` for a new one.
    initial: Option<PriorAccount>,
    on_save: Callback<PriorAccount>,
    on_cancel: Callback<()>,
    on_add_topic: Option<Callback<Topic, Result<(), EditRefusal>>>,
}

/// Adds or changes one prior account.
#[component]
fn PriorAccountForm(props: &PriorAccountFormProps) -> Html {
    let t = use_translator();
    let initial = props.initial.clone();
    let agency = use_state(|| {
        initial
            .as_ref()
            .map(|a| a.agency.to_string())
            .unwrap_or_default()
    });
    let date = use_state(|| {
        initial
            .as_ref()
            .map(|a| day_input_value(a.at))
            .unwrap_or_default()
    });
    let form = use_state(|| {
        initial
            .as_ref()
            .map(|a| a.form)
            .unwrap_or(AccountForm::VideoRecorded)
    });
    let obtainable = use_state(|| initial.as_ref().is_some_and(|a| a.obtainable));
    let topics = use_state(|| {
        initial
            .as_ref()
            .map(|a| a.topics.clone())
            .unwrap_or_default()
    });
    let problem = use_state(|| None::<String>);
    let first_field = use_node_ref();
    {
        let first_field = first_field.clone();
        use_effect_with((), move |_| {
            if let Some(select) = first_field.cast::<HtmlSelectElement>() {
                let _ = select.focus();
            }
        });
    }
    let prefix = match &props.initial {
        Some(account) => format!("account-{}", account.id),
        None => "account-new".to_owned(),
    };

    let onsubmit = {
        let (agency, date, form, obtainable, topics, problem, t) = (
            agency.clone(),
            date.clone(),
            form.clone(),
            obtainable.clone(),
            topics.clone(),
            problem.clone(),
            t.clone(),
        );
        let (case, initial, on_save) = (
            props.case.clone(),
            props.initial.clone(),
            props.on_save.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let agency_id = AgencyId::new((*agency).clone());
            let error = if case.agency(&agency_id).is_none() {
                Some(t.tr("accounts-error-agency"))
            } else if parse_day_input(&date).is_none() {
                Some(t.tr("accounts-error-date"))
            } else if topics.is_empty() {
                Some(t.tr("accounts-error-topics"))
            } else {
                None
            };
            if error.is_some() {
                problem.set(error);
                return;
            }
            let Some(at) = parse_day_input(&date) else {
                return;
            };
            on_save.emit(PriorAccount {
                id: initial
                    .as_ref()
                    .map(|a| a.id.clone())
                    .unwrap_or_else(|| PriorAccountId::new(new_id())),
                agency: agency_id,
                at,
                form: *form,
                topics: (*topics).clone(),
                obtainable: *obtainable,
            });
        })
    };

    let heading_id = format!("{prefix}-heading");
    let error_id = format!("{prefix}-error");
    html! {
        <form {onsubmit} novalidate=true aria-labelledby={heading_id.clone()} class="account-form">
            <h3 id={heading_id}>
                { t.tr(if props.initial.is_some() { "accounts-edit-heading" } else { "accounts-add-heading" }) }
            </h3>
            <div class="account-fields">
                <div class="field">
                    <label for={format!("{prefix}-agency")}>{ t.tr("accounts-agency") }</label>
                    <select id={format!("{prefix}-agency")} ref={first_field}
                        onchange={let s = agency.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlSelectElement>().value())}>
                        <option value="" selected={agency.is_empty()}>{ t.tr("accounts-agency-choose") }</option>
                        { for props.case.agencies.iter().map(|a| html! {
                            <option value={a.id.to_string()} selected={*agency == a.id.as_str()}>{ a.name.clone() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={format!("{prefix}-date")}>{ t.tr("accounts-date") }</label>
                    <input id={format!("{prefix}-date")} type="date" value={(*date).clone()}
                        oninput={let s = date.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value())}
                        onchange={let s = date.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                </div>
                <div class="field">
                    <label for={format!("{prefix}-form")}>{ t.tr("accounts-form") }</label>
                    <select id={format!("{prefix}-form")}
                        onchange={let s = form.clone(); move |e: Event| s.set(account_form_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                        { for ACCOUNT_FORMS.iter().map(|f| html! {
                            <option value={account_form_value(*f)} selected={*f == *form}>{ account_form_name(&t, *f) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="check">
                <input id={format!("{prefix}-obtainable")} type="checkbox" checked={*obtainable}
                    onchange={let s = obtainable.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().checked())} />
                <label for={format!("{prefix}-obtainable")}>{ t.tr("accounts-obtainable") }</label>
            </div>
            <TopicPicker id_prefix={prefix.clone()} legend={t.tr("accounts-topics-legend")}
                catalogue={props.case.topics.clone()} chosen={(*topics).clone()} with_coverage=true
                on_change={let s = topics.clone(); Callback::from(move |chosen: Vec<TopicCoverage>| s.set(chosen))}
                on_add_topic={props.on_add_topic.clone()} />
            if let Some(problem) = &*problem {
                <p id={error_id} class="error" role="alert">{ problem.clone() }</p>
            }
            <div class="actions">
                <button type="submit">{ t.tr("accounts-save") }</button>
                <button type="button" class="secondary" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>
                    { t.tr("cancel") }
                </button>
            </div>
        </form>
    }
}
