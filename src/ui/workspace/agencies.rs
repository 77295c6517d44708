//! The agencies section of the case workspace: who is involved, and in what role.

use crate::i18n::Translator;
use crate::model::case::{Agency, AgencyRole, Case, CaseEdit};
use crate::model::edit::{AgencyUses, EditRefusal};
use crate::model::AgencyId;
use crate::ui::clock::new_id;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::labels::agency_name;
use crate::ui::workspace::labels::{
    agency_role_from_value, agency_role_name, agency_role_value, AGENCY_ROLES,
};
use crate::ui::workspace::list_form::{use_list_form, RemovalText};
use crate::ui::workspace::section::{CaseEditor, SectionPanel, SectionProps, WorkspaceSection};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The uses of an agency in plain words, such as "2 questions, 1 prior account".
fn describe_uses(t: &Translator, uses: &AgencyUses) -> String {
    let counts = [
        ("agencies-use-questions", uses.questions),
        ("agencies-use-accounts", uses.prior_accounts),
        ("agencies-use-consent", uses.consent_events),
        ("agencies-use-attendees", uses.attendees),
        ("agencies-use-evidence", uses.evidence),
    ];
    counts
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(message, count)| t.tr_with(message, &[("count", count.into())]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why an agency edit was refused, in plain words.
fn agency_refusal(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::AgencyInUse { agency, uses } => t.tr_with(
            "agencies-in-use",
            &[
                ("name", agency_name(t, case, agency).into()),
                ("uses", describe_uses(t, uses).into()),
            ],
        ),
        EditRefusal::Blank { .. } => t.tr("agencies-error-name"),
        other => other.to_string(),
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
    // The form here edits one row at a time, by agency id.
    let form = use_list_form::<AgencyId, AgencyId>(agency_refusal);

    let onadd = {
        let (editor, case, t) = (props.editor.clone(), case.clone(), t.clone());
        let (new_name, new_role, add_problem, form) = (
            new_name.clone(),
            new_role.clone(),
            add_problem.clone(),
            form.clone(),
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
            match editor.send(&case, CaseEdit::PutAgency { agency }) {
                Ok(()) => {
                    form.say(t.tr_with("agencies-added", &[("name", name.into())]));
                    add_problem.set(None);
                    new_name.set(String::new());
                }
                Err(refusal) => add_problem.set(Some(agency_refusal(&t, &case, &refusal))),
            }
        })
    };

    let on_remove_click = |agency: &Agency| {
        let (form, case, t, id) = (form.clone(), case.clone(), t.clone(), agency.id.clone());
        Callback::from(move |_: MouseEvent| {
            let edit = CaseEdit::RemoveAgency { agency: id.clone() };
            form.ask_removal(&t, &case, id.clone(), &edit);
        })
    };
    let removing_name = form.removal_pending().map(|id| agency_name(&t, &case, id));
    let removal = form.removal_dialog(
        &props.editor,
        &case,
        &t,
        RemovalText {
            title: t.tr_with(
                "agencies-remove-title",
                &[("name", removing_name.clone().unwrap_or_default().into())],
            ),
            message: t.tr("agencies-remove-message"),
            confirm: t.tr("agencies-remove-confirm"),
            done: t.tr_with(
                "agencies-removed",
                &[("name", removing_name.unwrap_or_default().into())],
            ),
        },
        |agency| CaseEdit::RemoveAgency { agency },
    );

    let rows = case.agencies.iter().map(|agency| {
        if form.is_editing(&agency.id) {
            let on_done = form.closer();
            html! {
                <AgencyEditRow key={agency.id.to_string()} agency={agency.clone()} case={case.clone()}
                    editor={props.editor.clone()} {on_done} />
            }
        } else {
            let on_edit = form.opener(agency.id.clone());
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
        <SectionPanel section={WorkspaceSection::Agencies} class="workspace-agencies" intro="agencies-intro"
            read_only={props.read_only} after={form.footer(removal)}>
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
                { form.refusal_view() }
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
        </SectionPanel>
    }
}

#[derive(Properties, PartialEq)]
struct AgencyEditRowProps {
    agency: Agency,
    case: Rc<Case>,
    editor: CaseEditor,
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
        let (editor, case, on_done, t) = (
            props.editor.clone(),
            props.case.clone(),
            props.on_done.clone(),
            t.clone(),
        );
        let (name, role, problem, id) = (name.clone(), role.clone(), problem.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let new_name = name.trim().to_owned();
            if new_name.is_empty() {
                problem.set(Some(t.tr("agencies-error-name")));
                return;
            }
            let agency = Agency {
                id: id.clone(),
                name: new_name,
                role: *role,
            };
            match editor.send(&case, CaseEdit::PutAgency { agency }) {
                Ok(()) => on_done.emit(()),
                Err(refusal) => problem.set(Some(agency_refusal(&t, &case, &refusal))),
            }
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
