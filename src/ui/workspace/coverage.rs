//! The coverage section of the case workspace: a matrix of topics against prior accounts and
//! planned sessions, showing where the survivor already told something and where the plan
//! would have them tell it again.

use super::labels::{coverage_in_sentence, prior_account_name, session_name, topic_name};
use crate::i18n::Translator;
use crate::model::case::{Case, Question};
use crate::model::planner::finding::{FindingKind, FindingSubject};
use crate::model::planner::TopicRetelling;
use crate::model::TopicId;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::section::SectionProps;
use yew::prelude::*;

/// Of a group of questions, how many on a topic are still asked and how many were set aside.
#[derive(Default)]
struct Asking {
    planned: usize,
    avoided: usize,
}

impl Asking {
    fn of<'a>(questions: impl Iterator<Item = &'a Question>, topic: &TopicId) -> Self {
        let mut asking = Asking::default();
        for question in questions.filter(|q| q.topics.contains(topic)) {
            if question.is_asked() {
                asking.planned += 1;
            } else {
                asking.avoided += 1;
            }
        }
        asking
    }
}

/// A cell with nothing in it still says so to a screen reader, and shows a quiet dash.
fn empty_cell(t: &Translator) -> Html {
    html! {
        <td class="cell-empty">
            <span aria-hidden="true">{ "–" }</span>
            <span class="visually-hidden">{ t.tr("coverage-cell-nothing") }</span>
        </td>
    }
}

fn asking_cell(t: &Translator, asking: &Asking) -> Html {
    if asking.planned == 0 && asking.avoided == 0 {
        return empty_cell(t);
    }
    html! {
        <td class={classes!((asking.planned > 0).then_some("cell-planned"), (asking.avoided > 0).then_some("cell-avoided"))}>
            if asking.planned > 0 {
                <span class="mark mark-planned">
                    <span aria-hidden="true">{ "▲ " }</span>
                    { t.tr_with("coverage-cell-planned", &[("count", asking.planned.into())]) }
                </span>
            }
            if asking.avoided > 0 {
                <span class="mark mark-avoided">
                    <span aria-hidden="true">{ "✕ " }</span>
                    { t.tr_with("coverage-cell-avoided", &[("count", asking.avoided.into())]) }
                </span>
            }
        </td>
    }
}

/// Topics against prior accounts and sessions, with the retelling figures of each topic.
#[component]
pub fn CoverageSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case: &Case = &props.case;
    let rows: &[TopicRetelling] = &props.analysis.retelling.topics;
    let in_a_session = |question: &Question| {
        case.sessions
            .iter()
            .any(|s| s.questions.contains(&question.id))
    };
    let over_limit = |topic: &TopicId| {
        props.analysis.findings.iter().any(|f| {
            f.kind == FindingKind::RetoldTopic
                && f.concerns
                    .iter()
                    .any(|s| matches!(s, FindingSubject::Topic(id) if id == topic))
        })
    };
    // Topic, each prior account, each session, the questions not in a session, three figures.
    let columns = 1 + case.prior_accounts.len() + case.sessions.len() + 1 + 3;

    let body = rows.iter().map(|row| {
        let topic = &row.topic;
        let tellings = row.already_told + row.planned_now;
        let tag = if over_limit(topic) {
            html! { <span class="tag retell-over">{ t.tr("coverage-retold-too-often") }</span> }
        } else if tellings > 1 {
            html! { <span class="tag retell">{ t.tr("coverage-retold") }</span> }
        } else {
            Html::default()
        };
        let accounts = case.prior_accounts.iter().map(|account| match account.coverage_of(topic) {
            Some(level) => html! {
                <td class="cell-told">
                    <span class="mark mark-told">
                        <span aria-hidden="true">{ "● " }</span>
                        { t.tr_with("coverage-cell-told", &[("level", coverage_in_sentence(&t, level).into())]) }
                    </span>
                </td>
            },
            None => empty_cell(&t),
        });
        let sessions = case.sessions.iter().map(|session| {
            let questions = session.questions.iter().filter_map(|id| case.question(id));
            asking_cell(&t, &Asking::of(questions, topic))
        });
        let unscheduled = Asking::of(case.questions.iter().filter(|q| !in_a_session(q)), topic);
        html! {
            <tr class={classes!((tellings > 1).then_some("row-retold"))}>
                <th scope="row">
                    <span class="topic-name">{ topic_name(&t, topic) }</span>
                    { tag }
                </th>
                { for accounts }
                { for sessions }
                { asking_cell(&t, &unscheduled) }
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
            <div class="coverage-scroll" role="region" aria-labelledby="coverage-caption" tabindex="0">
                <table class="coverage-table">
                    <caption id="coverage-caption">{ t.tr("coverage-caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.tr("coverage-col-topic") }</th>
                            { for case.prior_accounts.iter().map(|account| html! {
                                <th scope="col" class="col-account">
                                    <span class="col-kind">{ t.tr("coverage-col-account") }</span>
                                    { prior_account_name(&t, case, &account.id) }
                                </th>
                            }) }
                            { for case.sessions.iter().map(|session| html! {
                                <th scope="col" class="col-session">{ session_name(&t, case, &session.id) }</th>
                            }) }
                            <th scope="col" class="col-session">{ t.tr("coverage-col-unscheduled") }</th>
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
            <p class="hint">
                { t.tr_with("coverage-totals", &[
                    ("questions", props.analysis.retelling.repeated_questions_avoided.into()),
                    ("askings", props.analysis.retelling.topic_askings_avoided.into()),
                ]) }
            </p>
        </section>
    }
}
