//! The agencies section of the case workspace: who is involved, and in what role.

use crate::i18n::Translator;
use crate::model::case::{Agency, AgencyRole, Case};
use crate::model::consent::ConsentPurpose;
use crate::model::AgencyId;
use crate::ui::clock::new_id;
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::labels::{
    agency_role_from_value, agency_role_name, agency_role_value, AGENCY_ROLES,
};
use crate::ui::workspace::SectionProps;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The name of the agency with this id, or a plain note that the case no longer has it.
pub fn agency_name(t: &Translator, case: &Case, id: &AgencyId) -> String {
    case.agency(id)
        .map(|agency| agency.name.clone())
        .unwrap_or_else(|| t.tr("agencies-unknown"))
}

/// What in the case still names an agency, so that removing it would leave them pointing nowhere.
#[derive(Debug, Default, PartialEq, Eq)]
struct AgencyUses {
    questions: usize,
    prior_accounts: usize,
    consent_events: usize,
}

impl AgencyUses {
    fn of(case: &Case, id: &AgencyId) -> Self {
        Self {
            questions: case
                .questions
                .iter()
                .filter(|q| q.served_agencies().contains(id))
                .count(),
            prior_accounts: case
                .prior_accounts
                .iter()
                .filter(|a| &a.agency == id)
                .count(),
            consent_events: case
                .consent
                .events()
                .iter()
                .filter(|e| matches!(&e.purpose, ConsentPurpose::ShareRecord { agency } if agency == id))
                .count(),
        }
    }

    fn any(&self) -> bool {
        *self != Self::default()
    }

    /// The uses in plain words, such as "2 questions, 1 prior account".
    fn describe(&self, t: &Translator) -> String {
        let mut parts = Vec::new();
        if self.questions > 0 {
            parts.push(t.tr_with(
                "agencies-use-questions",
                &[("count", self.questions.into())],
            ));
        }
        if self.prior_accounts > 0 {
            parts.push(t.tr_with(
                "agencies-use-accounts",
                &[("count", self.prior_accounts.into())],
            ));
        }
        if self.consent_events > 0 {
            parts.push(t.tr_with(
                "agencies-use-consent",
                &[("count", self.consent_events.into())],
            ));
        }
        parts.join(", ")
    }
}

fn role_options(t: &Translator, selected: AgencyRole) -> Html {
    html! {
        { for AGENCY_ROLES.iter().map(|r| html! {
            <option value={agency_role_value(*r)} selected={*r == selected}>{ agency_role_name(t, *r) }</option>
        }) }
    }
}

/// The agencies of the case: list, add, rename or change role, remove when nothing refers to them.
#[component]
pub fn AgenciesSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let new_name = use_state(String::new);
    let new_role = use_state(|| AgencyRole::Police);
    let add_problem = use_state(|| None::<String>);
    let status = use_state(String::new);
    let editing = use_state(|| None::<AgencyId>);
    let removing = use_state(|| None::<AgencyId>);
    let refusal = use_state(|| None::<String>);

    let onadd = {
        let (editor, t) = (props.editor.clone(), t.clone());
        let (new_name, new_role, add_problem, status) = (
            new_name.clone(),
            new_role.clone(),
            add_problem.clone(),
            status.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = new_name.trim().to_owned();
            if name.is_empty() {
                add_problem.set(Some(t.tr("agencies-error-name")));
                return;
            }
            let agency = Agency {
                id: AgencyId::new(new_id()),
                name: name.clone(),
                role: *new_role,
            };
            editor.apply(move |case: &mut Case| case.agencies.push(agency.clone()));
            status.set(t.tr_with("agencies-added", &[("name", name.into())]));
            add_problem.set(None);
            new_name.set(String::new());
        })
    };

    let on_remove_click = |agency: &Agency| {
        let (case, t) = (case.clone(), t.clone());
        let (removing, refusal) = (removing.clone(), refusal.clone());
        let agency = agency.clone();
        Callback::from(move |_: MouseEvent| {
            let uses = AgencyUses::of(&case, &agency.id);
            if uses.any() {
                refusal.set(Some(t.tr_with(
                    "agencies-in-use",
                    &[
                        ("name", agency.name.clone().into()),
                        ("uses", uses.describe(&t).into()),
                    ],
                )));
            } else {
                refusal.set(None);
                removing.set(Some(agency.id.clone()));
            }
        })
    };
    let on_remove = {
        let (editor, removing, status, case, t) = (
            props.editor.clone(),
            removing.clone(),
            status.clone(),
            case.clone(),
            t.clone(),
        );
        Callback::from(move |()| {
            if let Some(id) = (*removing).clone() {
                status.set(t.tr_with(
                    "agencies-removed",
                    &[("name", agency_name(&t, &case, &id).into())],
                ));
                editor.apply(move |case: &mut Case| {
                    // Checked again on the case as it is now: nothing may point at a removed agency.
                    if !AgencyUses::of(case, &id).any() {
                        case.agencies.retain(|a| a.id != id);
                    }
                });
            }
            removing.set(None);
        })
    };

    let rows = case.agencies.iter().map(|agency| {
        if editing.as_ref() == Some(&agency.id) {
            let on_done = {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(None))
            };
            html! {
                <AgencyEditRow key={agency.id.to_string()} agency={agency.clone()}
                    editor={props.editor.clone()} {on_done} />
            }
        } else {
            let on_edit = {
                let (editing, refusal, id) = (editing.clone(), refusal.clone(), agency.id.clone());
                Callback::from(move |_: MouseEvent| {
                    refusal.set(None);
                    editing.set(Some(id.clone()));
                })
            };
            html! {
                <tr key={agency.id.to_string()}>
                    <th scope="row">{ agency.name.clone() }</th>
                    <td>{ agency_role_name(&t, agency.role) }</td>
                    <td>
                        <div class="actions">
                            <button type="button" class="secondary" onclick={on_edit}
                                aria-label={t.tr_with("agencies-edit-named", &[("name", agency.name.clone().into())])}>
                                { t.tr("agencies-edit") }
                            </button>
                            <button type="button" class="danger" onclick={on_remove_click(agency)}
                                aria-label={t.tr_with("agencies-remove-named", &[("name", agency.name.clone().into())])}>
                                { t.tr("agencies-remove") }
                            </button>
                        </div>
                    </td>
                </tr>
            }
        }
    });

    html! {
        <section aria-labelledby="agencies-heading" class="panel workspace-agencies">
            <h2 id="agencies-heading">{ t.tr("agencies-heading") }</h2>
            <p class="hint">{ t.tr("agencies-intro") }</p>
            <fieldset disabled={props.read_only}>
                <legend class="visually-hidden">{ t.tr("agencies-heading") }</legend>
                if case.agencies.is_empty() {
                    <p>{ t.tr("agencies-empty") }</p>
                } else {
                    <table class="agency-table">
                        <caption class="visually-hidden">{ t.tr("agencies-table-caption") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.tr("agencies-name") }</th>
                                <th scope="col">{ t.tr("agencies-role") }</th>
                                <th scope="col">{ t.tr("agencies-actions") }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
                if let Some(refusal) = &*refusal {
                    <p class="error" role="alert">{ refusal.clone() }</p>
                }
                <h3 id="agency-add-heading">{ t.tr("agencies-add-heading") }</h3>
                <form onsubmit={onadd} novalidate=true aria-labelledby="agency-add-heading" class="agency-add">
                    <div class="field">
                        <label for="agency-new-name">{ t.tr("agencies-name") }</label>
                        <input id="agency-new-name" type="text" autocomplete="off"
                            aria-invalid={add_problem.is_some().then_some("true")}
                            aria-errormessage={add_problem.is_some().then_some("agency-new-error")}
                            value={(*new_name).clone()}
                            oninput={let s = new_name.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                    </div>
                    <div class="field">
                        <label for="agency-new-role">{ t.tr("agencies-role") }</label>
                        <select id="agency-new-role"
                            onchange={let s = new_role.clone(); move |e: Event| s.set(agency_role_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                            { role_options(&t, *new_role) }
                        </select>
                    </div>
                    <button type="submit">{ t.tr("agencies-add") }</button>
                </form>
                if let Some(problem) = &*add_problem {
                    <p id="agency-new-error" class="error" role="alert">{ problem.clone() }</p>
                }
            </fieldset>
            <p role="status" class="success">{ (*status).clone() }</p>
            if let Some(id) = &*removing {
                <ConfirmDialog
                    title={t.tr_with("agencies-remove-title", &[("name", agency_name(&t, &case, id).into())])}
                    message={t.tr("agencies-remove-message")}
                    confirm_label={t.tr("agencies-remove-confirm")}
                    on_confirm={on_remove}
                    on_cancel={{ let removing = removing.clone(); Callback::from(move |()| removing.set(None)) }} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AgencyEditRowProps {
    agency: Agency,
    editor: super::CaseEditor,
    on_done: Callback<()>,
}

/// One agency's row while its name and role are being changed.
#[component]
fn AgencyEditRow(props: &AgencyEditRowProps) -> Html {
    let t = use_translator();
    let name = use_state(|| props.agency.name.clone());
    let role = use_state(|| props.agency.role);
    let problem = use_state(|| None::<String>);
    let name_input = use_node_ref();
    {
        let name_input = name_input.clone();
        use_effect_with((), move |_| {
            if let Some(input) = name_input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let id = props.agency.id.clone();
    let onsave = {
        let (editor, on_done, t) = (props.editor.clone(), props.on_done.clone(), t.clone());
        let (name, role, problem, id) = (name.clone(), role.clone(), problem.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let new_name = name.trim().to_owned();
            if new_name.is_empty() {
                problem.set(Some(t.tr("agencies-error-name")));
                return;
            }
            let (id, new_role) = (id.clone(), *role);
            editor.apply(move |case: &mut Case| {
                if let Some(agency) = case.agencies.iter_mut().find(|a| a.id == id) {
                    agency.name = new_name.clone();
                    agency.role = new_role;
                }
            });
            on_done.emit(());
        })
    };
    let name_id = format!("agency-{id}-name");
    let role_id = format!("agency-{id}-role");
    let old_name = props.agency.name.clone();
    html! {
        <tr class="editing">
            <th scope="row">
                <label for={name_id.clone()}>
                    { t.tr_with("agencies-name-of", &[("name", old_name.clone().into())]) }
                </label>
                <input id={name_id} ref={name_input} type="text" autocomplete="off" value={(*name).clone()}
                    oninput={let s = name.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                if let Some(problem) = &*problem {
                    <p class="error" role="alert">{ problem.clone() }</p>
                }
            </th>
            <td>
                <label for={role_id.clone()}>
                    { t.tr_with("agencies-role-of", &[("name", old_name.clone().into())]) }
                </label>
                <select id={role_id}
                    onchange={let s = role.clone(); move |e: Event| s.set(agency_role_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                    { role_options(&t, *role) }
                </select>
            </td>
            <td>
                <div class="actions">
                    <button type="button" onclick={onsave}>{ t.tr("save") }</button>
                    <button type="button" class="secondary" onclick={props.on_done.reform(|_: MouseEvent| ())}>
                        { t.tr("cancel") }
                    </button>
                </div>
            </td>
        </tr>
    }
}
