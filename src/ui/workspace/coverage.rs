//! The coverage section of the case workspace: a matrix of topics against prior accounts, the
//! sessions that took place and the planned sessions (the model's [`CoverageMatrix`]), showing
//! where the survivor already told something and where the plan would have them tell it again.

use super::analysis::corroboration_line;
use super::labels::{
    coverage_in_sentence, evidence_kind_name, evidence_status_name, prior_account_name,
    session_name, topic_name,
};
use crate::i18n::Translator;
use crate::model::case::Case;
use crate::model::evidence::EvidenceItem;
use crate::model::planner::finding::{FindingKind, FindingSubject};
use crate::model::planner::{CoverageCell, CoverageColumn, CoverageMatrix, TopicRetelling};
use crate::model::TopicId;
use crate::ui::components::paged::{use_page, PAGE_ROWS};
use crate::ui::hooks::use_translator;
use crate::ui::workspace::section::SectionProps;
use yew::prelude::*;

/// A cell with nothing in it still says so to a screen reader, and shows a quiet dash.
fn empty_cell(t: &Translator) -> Html {
    html! {
        <td class="cell-empty">
            <span aria-hidden="true">{ "–" }</span>
            <span class="visually-hidden">{ t.tr("coverage-cell-nothing") }</span>
        </td>
    }
}

fn asking_cell(t: &Translator, planned: usize, avoided: usize) -> Html {
    if planned == 0 && avoided == 0 {
        return empty_cell(t);
    }
    html! {
        <td class={classes!((planned > 0).then_some("cell-planned"), (avoided > 0).then_some("cell-avoided"))}>
            if planned > 0 {
                <span class="mark mark-planned">
                    <span aria-hidden="true">{ "▲ " }</span>
                    { t.tr_with("coverage-cell-planned", &[("count", planned.into())]) }
                </span>
            }
            if avoided > 0 {
                <span class="mark mark-avoided">
                    <span aria-hidden="true">{ "✕ " }</span>
                    { t.tr_with("coverage-cell-avoided", &[("count", avoided.into())]) }
                </span>
            }
        </td>
    }
}

/// The evidence that can corroborate a topic: each item's kind and where it stands.
fn evidence_cell(t: &Translator, items: &[&EvidenceItem]) -> Html {
    if items.is_empty() {
        return empty_cell(t);
    }
    html! {
        <td class={classes!("cell-evidence", items.iter().any(|i| i.status.is_obtained()).then_some("cell-corroborated"))}>
            <ul class="evidence-marks">
                { for items.iter().map(|item| html! {
                    <li>
                        { t.tr_with("coverage-cell-evidence", &[
                            ("kind", evidence_kind_name(t, item.kind).into()),
                            ("status", evidence_status_name(t, &item.status).into()),
                        ]) }
                    </li>
                }) }
            </ul>
        </td>
    }
}

/// A cell of the matrix as the model fills it.
fn matrix_cell(t: &Translator, cell: CoverageCell) -> Html {
    match cell {
        CoverageCell::Empty => empty_cell(t),
        CoverageCell::Told { coverage } => html! {
            <td class="cell-told">
                <span class="mark mark-told">
                    <span aria-hidden="true">{ "● " }</span>
                    { t.tr_with("coverage-cell-told", &[("level", coverage_in_sentence(t, coverage).into())]) }
                </span>
            </td>
        },
        CoverageCell::Held {
            told,
            asked,
            not_asked,
        } => html! {
            <td class={classes!(told.is_some().then_some("cell-told"))}>
                if let Some(level) = told {
                    <span class="mark mark-told">
                        <span aria-hidden="true">{ "● " }</span>
                        { t.tr_with("coverage-cell-told", &[("level", coverage_in_sentence(t, level).into())]) }
                    </span>
                }
                if asked + not_asked > 0 {
                    <span class="mark">
                        { t.tr_with("coverage-cell-held", &[("asked", asked.into()), ("notAsked", not_asked.into())]) }
                    </span>
                }
            </td>
        },
        CoverageCell::Planned { planned, avoided } => asking_cell(t, planned, avoided),
    }
}

/// The heading of a column of the matrix.
fn column_heading(t: &Translator, case: &Case, column: &CoverageColumn) -> Html {
    match column {
        CoverageColumn::PriorAccount(id) => html! {
            <th scope="col" class="col-account">
                <span class="col-kind">{ t.tr("coverage-col-account") }</span>
                { prior_account_name(t, case, id) }
            </th>
        },
        CoverageColumn::HeldSession(id) => html! {
            <th scope="col" class="col-account">
                <span class="col-kind">{ t.tr("coverage-col-held") }</span>
                { session_name(t, case, id) }
            </th>
        },
        CoverageColumn::PlannedSession(id) => html! {
            <th scope="col" class="col-session">{ session_name(t, case, id) }</th>
        },
    }
}

/// Topics against prior accounts and sessions, with the retelling figures of each topic.
#[component]
pub fn CoverageSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case: &Case = &props.case;
    let rows: &[TopicRetelling] = &props.analysis.retelling.topics;
    let matrix = CoverageMatrix::of(case);
    let unscheduled = matrix.unscheduled();
    let over_limit = |topic: &TopicId| {
        props.analysis.findings.iter().any(|f| {
            f.kind == FindingKind::RetoldTopic
                && f.concerns
                    .iter()
                    .any(|s| matches!(s, FindingSubject::Topic(id) if id == topic))
        })
    };
    // Topic, each account and session, the questions not in a session, evidence, three figures.
    let columns = 1 + matrix.columns.len() + 1 + 1 + 3;

    let page = use_page(rows.len(), PAGE_ROWS, &t.tr("coverage-caption"), None);
    let body = rows[page.range.clone()].iter().map(|row| {
        let topic = &row.topic;
        let tellings = row.already_told + row.planned_now;
        let tag = if over_limit(topic) {
            html! { <span class="tag retell-over">{ t.tr("coverage-retold-too-often") }</span> }
        } else if tellings > 1 {
            html! { <span class="tag retell">{ t.tr("coverage-retold") }</span> }
        } else {
            Html::default()
        };
        let cells = matrix
            .columns
            .iter()
            .map(|column| matrix_cell(&t, matrix.cell(column, topic)));
        let (planned, avoided) = unscheduled
            .iter()
            .filter(|q| q.topics.contains(topic))
            .fold((0, 0), |(planned, avoided), q| {
                if q.is_asked() {
                    (planned + 1, avoided)
                } else {
                    (planned, avoided + 1)
                }
            });
        html! {
            <tr class={classes!((tellings > 1).then_some("row-retold"))}>
                <th scope="row">
                    <span class="topic-name">{ topic_name(&t, topic) }</span>
                    { tag }
                </th>
                { for cells }
                { asking_cell(&t, planned, avoided) }
                { evidence_cell(&t, &matrix.evidence(topic)) }
                <td class="figure">{ row.already_told }</td>
                <td class="figure">{ row.planned_raw }</td>
                <td class="figure">{ row.planned_now }</td>
            </tr>
        }
    });

    html! {
        <section aria-labelledby="coverage-heading" class="panel coverage">
            <h2 id="coverage-heading">{ t.tr("coverage-heading") }</h2>
            <p class="hint">{ t.tr("coverage-intro") }</p>
            <ul class="coverage-legend" aria-label={t.tr("coverage-legend")}>
                <li><span class="mark mark-told"><span aria-hidden="true">{ "● " }</span>{ t.tr("coverage-legend-told") }</span></li>
                <li><span class="mark mark-planned"><span aria-hidden="true">{ "▲ " }</span>{ t.tr("coverage-legend-planned") }</span></li>
                <li><span class="mark mark-avoided"><span aria-hidden="true">{ "✕ " }</span>{ t.tr("coverage-legend-avoided") }</span></li>
                <li><span class="tag retell">{ t.tr("coverage-retold") }</span>{ " " }{ t.tr("coverage-legend-retold") }</li>
            </ul>
            { page.shown }
            <div class="coverage-scroll" role="region" aria-labelledby="coverage-caption" tabindex="0">
                <table class="coverage-table">
                    <caption id="coverage-caption">{ t.tr("coverage-caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.tr("coverage-col-topic") }</th>
                            { for matrix.columns.iter().map(|column| column_heading(&t, case, column)) }
                            <th scope="col" class="col-session">{ t.tr("coverage-col-unscheduled") }</th>
                            <th scope="col" class="col-evidence">{ t.tr("coverage-col-evidence") }</th>
                            <th scope="col" class="figure">{ t.tr("coverage-col-already-told") }</th>
                            <th scope="col" class="figure">{ t.tr("coverage-col-planned-raw") }</th>
                            <th scope="col" class="figure">{ t.tr("coverage-col-planned-now") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        if rows.is_empty() {
                            <tr><td colspan={columns.to_string()}>{ t.tr("coverage-none") }</td></tr>
                        } else {
                            { for body }
                        }
                    </tbody>
                </table>
            </div>
            { page.controls }
            <p class="hint">
                { t.tr_with("coverage-totals", &[
                    ("questions", props.analysis.retelling.repeated_questions_avoided.into()),
                    ("askings", props.analysis.retelling.topic_askings_avoided.into()),
                ]) }
            </p>
            <p class="hint">{ corroboration_line(&t, &props.analysis) }</p>
        </section>
    }
}
