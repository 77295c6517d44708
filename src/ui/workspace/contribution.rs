//! The contribution workspace: a question request from another agency, opened in this vault.
//! The agency reads what it was sent, adds, changes and withdraws its own questions with the
//! questions section it uses for its own cases, and returns them to the lead as a file.

use super::labels::{account_summary, age_group_name, coverage_name, topic_name};
use super::questions::ContributionQuestions;
use super::section::{CaseEditor, SectionProps};
use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit};
use crate::model::exchange::{Contribution, ContributionRefusal};
use crate::model::planner::Analysis;
use crate::model::QuestionRequestId;
use crate::ui::clock::now;
use crate::ui::components::{outcome_line, NavLink};
use crate::ui::download::download;
use crate::ui::errors::exchange_error;
use crate::ui::format::date_time;
use crate::ui::hooks::{use_latest, use_translator, use_vault};
use crate::ui::language_names;
use crate::ui::routes::Route;
use crate::ui::vault_state::{OpenVault, TabRole};
use crate::vault::exchange::ExchangeError;
use std::cell::RefCell;
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The contribution as the page shows it: the contribution, its case and their analysis,
/// made together whenever the contribution changes.
#[derive(Clone)]
struct Shown {
    contribution: Rc<Contribution>,
    case: Rc<Case>,
    analysis: Rc<Analysis>,
}

impl Shown {
    fn of(contribution: Rc<Contribution>) -> Self {
        Self {
            case: Rc::new(contribution.case.clone()),
            analysis: Rc::new(contribution.analysis()),
            contribution,
        }
    }
}

#[derive(Clone)]
enum Opened {
    Loading,
    Failed(String),
    Ready(Shown),
}

/// Why an edit of the contribution was refused, in plain words.
fn refusal_text(t: &Translator, case: &Case, refusal: &ContributionRefusal) -> String {
    let id = refusal.message_id();
    match refusal {
        ContributionRefusal::NotAQuestionChange => t.tr(id),
        ContributionRefusal::NotOwnQuestion { question } => {
            let words = case
                .question(question)
                .map_or_else(|| question.to_string(), |q| q.text.clone());
            t.tr_with(id, &[("question", words.into())])
        }
        ContributionRefusal::Edit(edit) => t.tr_with(id, &[("reason", edit.to_string().into())]),
    }
}

/// Letters, digits and dashes only, for a file name.
fn file_safe(text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    safe.split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Keeps `contribution` in the vault; `saves` numbers the saves, so that only the latest one
/// reports. A failure is shown, and the contribution stays on the page to be saved again.
fn save(
    vault: OpenVault,
    contribution: Rc<Contribution>,
    saves: Rc<RefCell<u64>>,
    problem: UseStateHandle<Option<String>>,
    t: Translator,
) {
    let ticket = {
        let mut saves = saves.borrow_mut();
        *saves += 1;
        *saves
    };
    spawn_local(async move {
        let result = vault.save_contribution(&contribution).await;
        if *saves.borrow() != ticket {
            return;
        }
        match result {
            Ok(()) => problem.set(None),
            Err(error) => problem.set(Some(t.tr_with(
                "contribution-save-failed",
                &[("reason", exchange_error(&t, &error).into())],
            ))),
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ContributionWorkspaceProps {
    pub id: QuestionRequestId,
}

#[component]
pub fn ContributionWorkspace(props: &ContributionWorkspaceProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let loading = use_state(|| Opened::Loading);
    // The contribution as last changed, for the editor's callback, which may run again before
    // the page renders.
    let current = use_mut_ref(|| None::<Rc<Contribution>>);
    let saves = use_mut_ref(|| 0_u64);
    let refusal = use_state(|| None::<String>);
    let save_problem = use_state(|| None::<String>);
    let returned = use_state(|| None::<Result<String, String>>);
    let returning = use_state(|| false);
    let latest_t = use_latest(&t);
    let open = vault.unlocked().map(|unlocked| unlocked.vault.clone());
    let author = vault
        .unlocked()
        .and_then(|unlocked| unlocked.settings.author.clone())
        .unwrap_or_default();
    let latest_author = use_latest(&author);
    {
        let (loading, current, open, t) =
            (loading.clone(), current.clone(), open.clone(), t.clone());
        use_effect_with(props.id.clone(), move |id| {
            let id = id.clone();
            if let Some(open) = open {
                spawn_local(async move {
                    match open.contribution(&id).await {
                        Ok(found) => {
                            let found = Rc::new(found);
                            *current.borrow_mut() = Some(found.clone());
                            loading.set(Opened::Ready(Shown::of(found)));
                        }
                        Err(error) => loading.set(Opened::Failed(exchange_error(&t, &error))),
                    }
                });
            }
        });
    }
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let read_only = unlocked.role != TabRole::Writer;
    let back = html! {
        <p><NavLink to={Route::Exchange}>{ t.tr("contribution-back") }</NavLink></p>
    };
    let shown = match &*loading {
        Opened::Loading => {
            return html! { <>{ back }<p role="status">{ t.tr("contribution-loading") }</p></> }
        }
        Opened::Failed(message) => {
            return html! {
                <>
                    { back }
                    <h1>{ t.tr("contribution-missing-heading") }</h1>
                    <p class="error" role="alert">{ message.clone() }</p>
                </>
            };
        }
        Opened::Ready(shown) => shown.clone(),
    };
    let contribution = shown.contribution.clone();
    let request = &contribution.request;
    let heading = t.tr_with(
        "contribution-heading",
        &[
            ("code", request.packet.code.clone().into()),
            ("lead", request.lead.agency.clone().into()),
        ],
    );
    gloo::utils::document().set_title(&t.tr_with(
        "page-title",
        &[
            ("page", heading.clone().into()),
            ("app", t.tr("app-name").into()),
        ],
    ));

    let editor = {
        let (current, loading, refusal, save_problem, saves) = (
            current.clone(),
            loading.clone(),
            refusal.clone(),
            save_problem.clone(),
            saves.clone(),
        );
        let (open, latest_t, latest_author) = (
            unlocked.vault.clone(),
            latest_t.clone(),
            latest_author.clone(),
        );
        CaseEditor::new(Callback::from(move |edit: CaseEdit| {
            let t = latest_t.borrow().clone();
            let Some(before) = current.borrow().clone() else {
                return;
            };
            let mut after = (*before).clone();
            let author = latest_author.borrow().clone();
            match after.record(edit, now(), &author) {
                Err(refused) => refusal.set(Some(refusal_text(&t, &before.case, &refused))),
                Ok(()) => {
                    refusal.set(None);
                    let after = Rc::new(after);
                    *current.borrow_mut() = Some(after.clone());
                    loading.set(Opened::Ready(Shown::of(after.clone())));
                    save(open.clone(), after, saves.clone(), save_problem.clone(), t);
                }
            }
        }))
    };

    let retry_save = {
        let (current, saves, save_problem, open, t) = (
            current.clone(),
            saves.clone(),
            save_problem.clone(),
            unlocked.vault.clone(),
            t.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(contribution) = current.borrow().clone() {
                save(
                    open.clone(),
                    contribution,
                    saves.clone(),
                    save_problem.clone(),
                    t.clone(),
                );
            }
        })
    };

    let on_return = {
        let (current, loading, returned, returning, save_problem, open, t) = (
            current.clone(),
            loading.clone(),
            returned.clone(),
            returning.clone(),
            save_problem.clone(),
            unlocked.vault.clone(),
            t.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(contribution) = current.borrow().clone() else {
                return;
            };
            returning.set(true);
            returned.set(None);
            let (current, loading, returned, returning, save_problem, open, t) = (
                current.clone(),
                loading.clone(),
                returned.clone(),
                returning.clone(),
                save_problem.clone(),
                open.clone(),
                t.clone(),
            );
            spawn_local(async move {
                // The return is written from what the vault keeps: the questions on the page first.
                let written = match open.save_contribution(&contribution).await {
                    Ok(()) => {
                        save_problem.set(None);
                        open.return_to_lead(&contribution.request.id).await
                    }
                    Err(error) => Err(error),
                };
                let outcome = written
                    .map_err(|error: ExchangeError| {
                        t.tr_with(
                            "contribution-return-failed",
                            &[("reason", exchange_error(&t, &error).into())],
                        )
                    })
                    .and_then(|file| {
                        let request = &contribution.request;
                        let name = format!(
                            "tell-once-return-{}-{}-{}.age",
                            file_safe(&request.packet.code),
                            file_safe(request.agency_name()),
                            file.sequence
                        );
                        // The vault counts the return as written: so does the page.
                        let now_shown = current.borrow().clone();
                        if let Some(now_shown) = now_shown {
                            let mut after = (*now_shown).clone();
                            after.returns_made = after.returns_made.max(file.sequence);
                            let after = Rc::new(after);
                            *current.borrow_mut() = Some(after.clone());
                            loading.set(Opened::Ready(Shown::of(after)));
                        }
                        download(&name, &file.file)
                            .map_err(|_| t.tr("contribution-return-download-failed"))?;
                        Ok(t.tr_with(
                            "contribution-returned",
                            &[
                                ("sequence", file.sequence.to_string().into()),
                                ("lead", request.lead.agency.clone().into()),
                            ],
                        ))
                    });
                returned.set(Some(outcome));
                returning.set(false);
            });
        })
    };

    let section = SectionProps {
        case: shown.case.clone(),
        analysis: shown.analysis.clone(),
        editor,
        read_only,
    };
    let agency = contribution.agency().clone();
    html! {
        <>
            { back }
            <h1>{ heading }</h1>
            if let Some(refused) = &*refusal {
                <p class="error" role="alert">{ refused.clone() }</p>
            }
            if let Some(problem) = &*save_problem {
                <div class="error" role="alert">
                    <p>{ problem.clone() }</p>
                    <button type="button" onclick={retry_save}>{ t.tr("contribution-save-retry") }</button>
                </div>
            }
            <p class="headline">
                { t.tr_with("contribution-own-count", &[
                    ("count", contribution.own_questions().count().into()),
                    ("agency", request.agency_name().to_owned().into()),
                ]) }
            </p>
            <WhatWasSent contribution={contribution.clone()} />
            <ContributionQuestions {section} {agency} />
            <section aria-labelledby="contribution-return-heading" class="panel contribution-return">
                <h2 id="contribution-return-heading">{ t.tr("contribution-return-heading") }</h2>
                <p class="hint">
                    { t.tr_with("contribution-return-intro", &[("lead", request.lead.agency.clone().into())]) }
                </p>
                <p>
                    { if contribution.returns_made == 0 {
                        t.tr("contribution-no-return-yet")
                    } else {
                        t.tr_with("contribution-returns-made", &[("sequence", contribution.returns_made.to_string().into())])
                    } }
                </p>
                <button type="button" onclick={on_return} disabled={read_only || *returning}>
                    { t.tr("contribution-return") }
                </button>
                if *returning {
                    <p role="status" class="progress">{ t.tr("contribution-returning") }</p>
                }
                { outcome_line(&returned) }
            </section>
        </>
    }
}

#[derive(Properties)]
struct WhatWasSentProps {
    contribution: Rc<Contribution>,
}

impl PartialEq for WhatWasSentProps {
    fn eq(&self, other: &Self) -> bool {
        // What was sent never changes; only another request is another thing to show.
        self.contribution.request.id == other.contribution.request.id
    }
}

/// What the lead sent, read only: the survivor's needs as the packet holds them, the lead's
/// note and due date, and what the survivor has already told, topic by topic.
#[component]
fn WhatWasSent(props: &WhatWasSentProps) -> Html {
    let t = use_translator();
    let request = &props.contribution.request;
    let packet = &request.packet;
    let profile = &packet.profile;
    let yes_no = |yes: bool| {
        t.tr(if yes {
            "contribution-yes"
        } else {
            "contribution-no"
        })
    };
    let accommodations = if profile.accommodations.is_empty() {
        t.tr("contribution-none")
    } else {
        profile.accommodations.join(", ")
    };
    let avoid = if profile.avoid_topics.is_empty() {
        t.tr("contribution-none")
    } else {
        profile
            .avoid_topics
            .iter()
            .map(|topic| topic_name(&t, topic))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let note = if request.note.is_empty() {
        t.tr("contribution-no-note")
    } else {
        request.note.clone()
    };
    let told = request.told.iter().map(|told| {
        let records = told
            .accounts
            .iter()
            .filter_map(|id| packet.prior_account(id))
            .map(|account| account_summary(&t, packet, account))
            .collect::<Vec<_>>()
            .join("; ");
        html! {
            <li key={told.topic.to_string()}>
                <strong>{ topic_name(&t, &told.topic) }</strong>{ ": " }
                { coverage_name(&t, told.coverage) }{ " " }
                { t.tr_with("contribution-told-in", &[("records", records.into())]) }
            </li>
        }
    });
    html! {
        <section aria-labelledby="contribution-sent-heading" class="panel contribution-sent">
            <h2 id="contribution-sent-heading">{ t.tr("contribution-sent-heading") }</h2>
            <p class="hint">{ t.tr("contribution-sent-intro") }</p>
            <dl class="facts">
                <div>
                    <dt>{ t.tr("contribution-lead") }</dt>
                    <dd>{ request.lead.agency.clone() }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-for") }</dt>
                    <dd>{ request.agency_name().to_owned() }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-sent-at") }</dt>
                    <dd>{ date_time(request.sent_at, t.locale()) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-due") }</dt>
                    <dd>{ date_time(request.due, t.locale()) }</dd>
                </div>
                <div class="wide">
                    <dt>{ t.tr("contribution-note") }</dt>
                    <dd class="note">{ note }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-language") }</dt>
                    <dd>{ language_names::shown(&t, &profile.language) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-interpreter") }</dt>
                    <dd>{ yes_no(profile.interpreter_needed) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-age-group") }</dt>
                    <dd>{ age_group_name(&t, profile.age_group) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-accommodations") }</dt>
                    <dd>{ accommodations }</dd>
                </div>
                <div>
                    <dt>{ t.tr("contribution-avoid") }</dt>
                    <dd>{ avoid }</dd>
                </div>
                if let Some(support) = &profile.support_person {
                    <div>
                        <dt>{ t.tr("contribution-support") }</dt>
                        <dd>{ support.clone() }</dd>
                    </div>
                }
            </dl>
            <h3 id="contribution-told-heading">{ t.tr("contribution-told-heading") }</h3>
            if request.told.is_empty() {
                <p class="hint">{ t.tr("contribution-told-none") }</p>
            } else {
                <ul class="told" aria-labelledby="contribution-told-heading">{ for told }</ul>
            }
        </section>
    }
}
