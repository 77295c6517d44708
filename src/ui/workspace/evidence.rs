//! The evidence section of the case workspace: what records, devices, documents and witnesses
//! can prove, who holds or will obtain each item, and where its request stands. Every topic
//! that evidence proves is one the survivor need not be pressed on (planner rule 8).

use super::analysis::corroboration_line;
use super::labels::{
    agency_name, evidence_kind_name, evidence_refusal, evidence_status_name, guidance_text,
    severity_tag, topic_name,
};
use super::section::{SectionPanel, SectionProps, WorkspaceSection};
use super::topic_picker::TopicPicker;
use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit, TopicCoverage};
use crate::model::edit::EditRefusal;
use crate::model::evidence::of_case::guidance_for;
use crate::model::evidence::{EvidenceGuidance, EvidenceItem, EvidenceKind, EvidenceStatus};
use crate::model::planner::finding::{FindingKind, FindingSubject, Severity};
use crate::model::planner::{corroboration, EVIDENCE_REMINDER_DAYS};
use crate::model::{AgencyId, EvidenceId, TopicId};
use crate::ui::clock::new_id;
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::{input_value, outcome_line};
use crate::ui::format::date;
use crate::ui::hooks::use_translator;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A refused evidence edit in plain words.
fn refusal_text(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::Evidence(refusal) => evidence_refusal(t, case, refusal),
        other => other.to_string(),
    }
}

/// Where an item stands, with its dates: "Requested on 3 March 2026".
fn status_line(t: &Translator, status: &EvidenceStatus) -> String {
    let day = |at| date(at, t.locale());
    match status {
        EvidenceStatus::ToRequest => evidence_status_name(t, status),
        EvidenceStatus::Requested { at } => {
            t.tr_with("evidence-status-requested-on", &[("date", day(*at).into())])
        }
        EvidenceStatus::Obtained { at, .. } => {
            t.tr_with("evidence-status-obtained-on", &[("date", day(*at).into())])
        }
        EvidenceStatus::NotObtainable { at, why } => t.tr_with(
            "evidence-status-not-obtainable-on",
            &[("date", day(*at).into()), ("why", why.clone().into())],
        ),
    }
}

#[component]
pub fn EvidenceSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let notice = use_state(|| None::<Result<String, String>>);
    let removing = use_state(|| None::<EvidenceId>);
    let explaining = use_state(|| None::<EvidenceId>);
    let why = use_state(String::new);

    // Sends one edit and says what happened.
    let send = {
        let (editor, case, notice, t) = (
            props.editor.clone(),
            case.clone(),
            notice.clone(),
            t.clone(),
        );
        Rc::new(move |edit: CaseEdit, done: String| {
            notice.set(Some(
                editor
                    .send(&case, edit)
                    .map(|()| done)
                    .map_err(|refusal| refusal_text(&t, &case, &refusal)),
            ));
        })
    };
    let move_to = |item: &EvidenceItem, to: EvidenceStatus, done_id: &'static str| {
        let (send, t, id, description) = (
            send.clone(),
            t.clone(),
            item.id.clone(),
            item.description.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            send(
                CaseEdit::MoveEvidence {
                    item: id.clone(),
                    to: to.clone(),
                },
                t.tr_with(done_id, &[("item", description.clone().into())]),
            )
        })
    };
    let now = props.editor.now();
    // Rule 8's reminders read at the real now (the analysis reads the case's own clock, its last
    // consent decision, which a request's age does not move).
    let overdue: Vec<EvidenceId> = corroboration(&case, now)
        .into_iter()
        .filter(|finding| finding.kind == FindingKind::EvidenceOverdue)
        .flat_map(|finding| finding.concerns)
        .filter_map(|subject| match subject {
            FindingSubject::Evidence(id) => Some(id),
            _ => None,
        })
        .collect();

    let item_view = |item: &EvidenceItem| {
        let topics = item
            .topics
            .iter()
            .map(|topic| topic_name(&t, topic))
            .collect::<Vec<_>>()
            .join(", ");
        let requested = EvidenceStatus::Requested { at: now };
        let obtained = EvidenceStatus::Obtained {
            requested_at: item.status.requested_at(),
            at: now,
        };
        let can_request = matches!(
            item.status,
            EvidenceStatus::ToRequest | EvidenceStatus::NotObtainable { .. }
        );
        let can_obtain = matches!(
            item.status,
            EvidenceStatus::ToRequest | EvidenceStatus::Requested { .. }
        );
        let open = can_request || can_obtain;
        let explaining_this = explaining.as_ref() == Some(&item.id);
        let why_id = format!("evidence-why-{}", item.id);
        let on_explain = {
            let (explaining, why, id) = (explaining.clone(), why.clone(), item.id.clone());
            Callback::from(move |_: MouseEvent| {
                why.set(String::new());
                explaining.set(Some(id.clone()));
            })
        };
        let on_not_obtainable = {
            let (send, t, why, explaining, id, description) = (
                send.clone(),
                t.clone(),
                why.clone(),
                explaining.clone(),
                item.id.clone(),
                item.description.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                send(
                    CaseEdit::MoveEvidence {
                        item: id.clone(),
                        to: EvidenceStatus::NotObtainable {
                            at: now,
                            why: why.trim().to_owned(),
                        },
                    },
                    t.tr_with(
                        "evidence-done-not-obtainable",
                        &[("item", description.clone().into())],
                    ),
                );
                explaining.set(None);
            })
        };
        let on_remove = {
            let (removing, id) = (removing.clone(), item.id.clone());
            Callback::from(move |_: MouseEvent| removing.set(Some(id.clone())))
        };
        html! {
            <li key={item.id.to_string()} aria-labelledby={format!("evidence-{}-name", item.id)}
                class={classes!("evidence-item", item.status.is_obtained().then_some("obtained"))}>
                <h3 id={format!("evidence-{}-name", item.id)}>{ item.description.clone() }</h3>
                <dl>
                    <dt>{ t.tr("evidence-kind") }</dt><dd>{ evidence_kind_name(&t, item.kind) }</dd>
                    <dt>{ t.tr("evidence-topics") }</dt><dd>{ topics }</dd>
                    <dt>{ t.tr("evidence-agency") }</dt><dd>{ agency_name(&t, &case, &item.agency) }</dd>
                    <dt>{ t.tr("evidence-status") }</dt><dd>{ status_line(&t, &item.status) }</dd>
                </dl>
                if overdue.contains(&item.id) {
                    <p class="warning">
                        { severity_tag(&t, Severity::Warning) }{ " " }
                        { t.tr_with("findings-explain-evidence-overdue", &[("days", EVIDENCE_REMINDER_DAYS.into())]) }
                    </p>
                }
                <div class="actions">
                    if can_request {
                        <button type="button" onclick={move_to(item, requested, "evidence-done-requested")}>
                            { t.tr_with("evidence-mark-requested", &[("item", item.description.clone().into())]) }
                        </button>
                    }
                    if can_obtain {
                        <button type="button" onclick={move_to(item, obtained, "evidence-done-obtained")}>
                            { t.tr_with("evidence-mark-obtained", &[("item", item.description.clone().into())]) }
                        </button>
                    }
                    if open && !explaining_this && !matches!(item.status, EvidenceStatus::NotObtainable { .. }) {
                        <button type="button" onclick={on_explain}>
                            { t.tr_with("evidence-mark-not-obtainable", &[("item", item.description.clone().into())]) }
                        </button>
                    }
                    <button type="button" class="danger" onclick={on_remove}>
                        { t.tr_with("evidence-remove", &[("item", item.description.clone().into())]) }
                    </button>
                </div>
                if explaining_this {
                    <div class="field">
                        <label for={why_id.clone()}>{ t.tr("evidence-why") }</label>
                        <input id={why_id} type="text" value={(*why).clone()}
                            oninput={let s = why.clone(); move |e| s.set(input_value(e))} />
                        <button type="button" onclick={on_not_obtainable}>{ t.tr("evidence-save-not-obtainable") }</button>
                    </div>
                }
            </li>
        }
    };

    let dialog = match removing.as_ref().and_then(|id| case.evidence_item(id)) {
        None => Html::default(),
        Some(item) => {
            let on_confirm = {
                let (send, t, removing, id, description) = (
                    send.clone(),
                    t.clone(),
                    removing.clone(),
                    item.id.clone(),
                    item.description.clone(),
                );
                Callback::from(move |()| {
                    removing.set(None);
                    send(
                        CaseEdit::RemoveEvidence { item: id.clone() },
                        t.tr_with(
                            "evidence-done-removed",
                            &[("item", description.clone().into())],
                        ),
                    );
                })
            };
            let on_cancel = {
                let removing = removing.clone();
                Callback::from(move |()| removing.set(None))
            };
            html! {
                <ConfirmDialog title={t.tr("evidence-remove-title")}
                    message={t.tr_with("evidence-remove-message", &[("item", item.description.clone().into())])}
                    confirm_label={t.tr("evidence-remove-confirm")} {on_confirm} {on_cancel} />
            }
        }
    };

    let after = html! {
        <>
            { outcome_line(&notice) }
            { dialog }
        </>
    };

    html! {
        <SectionPanel section={WorkspaceSection::Evidence} intro="evidence-intro" read_only={props.read_only} {after}>
            <p>{ corroboration_line(&t, &props.analysis) }</p>
            if case.evidence.is_empty() {
                <p>{ t.tr("evidence-none") }</p>
            } else {
                <ul class="evidence-list" aria-label={t.tr("evidence-list")}>
                    { for case.evidence.iter().map(item_view) }
                </ul>
            }
            <EvidenceForm case={case.clone()} send={Callback::from({
                let send = send.clone();
                move |(edit, done): (CaseEdit, String)| send(edit, done)
            })} />
            <EvidenceCatalogue case={case.clone()} send={Callback::from({
                let send = send.clone();
                move |(edit, done): (CaseEdit, String)| send(edit, done)
            })} />
        </SectionPanel>
    }
}

/// The catalogue: the kinds of evidence that can corroborate each topic, with a line of guidance
/// each, and a line the team adds for this case.
#[component]
fn EvidenceCatalogue(props: &EvidenceFormProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let topic = use_state(|| case.topics.topics().next().map(|topic| topic.id.clone()));
    let kind = use_state(|| EvidenceKind::ALL[0]);
    let guidance = use_state(String::new);
    let onsubmit = {
        let (topic, kind, guidance, send, t) = (
            topic.clone(),
            kind.clone(),
            guidance.clone(),
            props.send.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(chosen) = (*topic).clone() else {
                return;
            };
            let line = EvidenceGuidance {
                topic: chosen.clone(),
                kind: *kind,
                guidance: guidance.trim().to_owned(),
            };
            let done = t.tr_with(
                "evidence-catalogue-done",
                &[
                    ("kind", evidence_kind_name(&t, *kind).into()),
                    ("topic", topic_name(&t, &chosen).into()),
                ],
            );
            send.emit((CaseEdit::AddEvidenceGuidance { guidance: line }, done));
            guidance.set(String::new());
        })
    };
    let on_topic = {
        let topic = topic.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            topic.set((!value.is_empty()).then(|| TopicId::new(value)));
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = EvidenceKind::from_slug(&value) {
                kind.set(chosen);
            }
        })
    };
    html! {
        <section aria-labelledby="evidence-catalogue-heading">
            <h3 id="evidence-catalogue-heading">{ t.tr("evidence-catalogue-heading") }</h3>
            <details>
                <summary>{ t.tr("evidence-catalogue-show") }</summary>
                <dl class="evidence-catalogue">
                    { for case.topics.topics().map(|topic| {
                        let lines = guidance_for(case, &topic.id);
                        html! {
                            <>
                                <dt>{ topic_name(&t, &topic.id) }</dt>
                                if lines.is_empty() {
                                    <dd>{ t.tr("evidence-catalogue-nothing") }</dd>
                                }
                                { for lines.into_iter().map(|line| html! {
                                    <dd>{ format!("{}: {}", evidence_kind_name(&t, line.kind), guidance_text(&t, line)) }</dd>
                                }) }
                            </>
                        }
                    }) }
                </dl>
            </details>
            <form {onsubmit} novalidate=true autocomplete="off" class="stacked-form"
                aria-labelledby="evidence-catalogue-add-heading">
                <h4 id="evidence-catalogue-add-heading">{ t.tr("evidence-catalogue-add-heading") }</h4>
                <label for="evidence-catalogue-topic">{ t.tr("evidence-catalogue-topic") }</label>
                <select id="evidence-catalogue-topic" onchange={on_topic}>
                    { for case.topics.topics().map(|one| html! {
                        <option value={one.id.to_string()} selected={topic.as_ref() == Some(&one.id)}>{ topic_name(&t, &one.id) }</option>
                    }) }
                </select>
                <label for="evidence-catalogue-kind">{ t.tr("evidence-kind") }</label>
                <select id="evidence-catalogue-kind" onchange={on_kind}>
                    { for EvidenceKind::ALL.iter().map(|k| html! {
                        <option value={k.slug()} selected={*k == *kind}>{ evidence_kind_name(&t, *k) }</option>
                    }) }
                </select>
                <label for="evidence-catalogue-guidance">{ t.tr("evidence-catalogue-guidance") }</label>
                <input id="evidence-catalogue-guidance" type="text" value={(*guidance).clone()}
                    oninput={let s = guidance.clone(); move |e| s.set(input_value(e))} />
                <button type="submit">{ t.tr("evidence-catalogue-add") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EvidenceFormProps {
    case: Rc<Case>,
    send: Callback<(CaseEdit, String)>,
}

/// A new evidence item, to request.
#[component]
fn EvidenceForm(props: &EvidenceFormProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let kind = use_state(|| EvidenceKind::ALL[0]);
    let description = use_state(String::new);
    let topics = use_state(Vec::<TopicCoverage>::new);
    let agency = use_state(|| case.agencies.first().map(|a| a.id.clone()));

    let onsubmit = {
        let (kind, description, topics, agency, send, t) = (
            kind.clone(),
            description.clone(),
            topics.clone(),
            agency.clone(),
            props.send.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let item = EvidenceItem {
                id: EvidenceId::new(new_id()),
                kind: *kind,
                description: description.trim().to_owned(),
                topics: topics.iter().map(|chosen| chosen.topic.clone()).collect(),
                agency: (*agency).clone().unwrap_or_else(|| AgencyId::new("")),
                status: EvidenceStatus::ToRequest,
            };
            let done = t.tr_with(
                "evidence-done-added",
                &[("item", item.description.clone().into())],
            );
            send.emit((CaseEdit::PutEvidence { item }, done));
            description.set(String::new());
            topics.set(Vec::new());
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = EvidenceKind::from_slug(&value) {
                kind.set(chosen);
            }
        })
    };
    let on_agency = {
        let agency = agency.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            agency.set((!value.is_empty()).then(|| AgencyId::new(value)));
        })
    };
    html! {
        <form {onsubmit} novalidate=true autocomplete="off" class="stacked-form"
            aria-labelledby="evidence-add-heading">
            <h3 id="evidence-add-heading">{ t.tr("evidence-add-heading") }</h3>
            <label for="evidence-new-kind">{ t.tr("evidence-kind") }</label>
            <select id="evidence-new-kind" onchange={on_kind}>
                { for EvidenceKind::ALL.iter().map(|k| html! {
                    <option value={k.slug()} selected={*k == *kind}>{ evidence_kind_name(&t, *k) }</option>
                }) }
            </select>
            <label for="evidence-new-description">{ t.tr("evidence-description") }</label>
            <input id="evidence-new-description" type="text" value={(*description).clone()}
                oninput={let s = description.clone(); move |e| s.set(input_value(e))} />
            <TopicPicker id_prefix="evidence-new" legend={t.tr("evidence-topics")}
                catalogue={case.topics.clone()} chosen={(*topics).clone()} with_coverage={false}
                on_change={let s = topics.clone(); Callback::from(move |chosen: Vec<TopicCoverage>| s.set(chosen))} />
            <label for="evidence-new-agency">{ t.tr("evidence-agency") }</label>
            <select id="evidence-new-agency" onchange={on_agency}>
                { for case.agencies.iter().map(|a| html! {
                    <option value={a.id.to_string()} selected={agency.as_ref() == Some(&a.id)}>{ a.name.clone() }</option>
                }) }
            </select>
            <button type="submit">{ t.tr("evidence-add") }</button>
        </form>
    }
}
