//! The findings section of the case workspace: everything the planner says about the case,
//! grouped by rule, with one-click acceptance of its suggestions and undo of accepted ones.
//!
//! Also the words the three planning sections share: how a session, a question, a prior account
//! or a finding is named in the interface language.

use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit, Suggestion};
use crate::model::edit::EditRefusal;
use crate::model::planner::finding::{Rule, Severity};
use crate::model::planner::{dated_request, PlannerError};
use crate::ui::components::paged::Paged;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::finding_item::FindingItem;
use crate::ui::workspace::labels::{
    agency_name, describe_suggestion, evidence_refusal, prior_account_name, question_words,
    request_description,
};
use crate::ui::workspace::section::{SectionPanel, SectionProps, WorkspaceSection};
use web_sys::HtmlElement;
use yew::prelude::*;

/// How the findings section names and explains each rule.
trait RuleText {
    fn name(self, t: &Translator) -> String;
    fn checks(self, t: &Translator) -> String;
}

impl RuleText for Rule {
    fn name(self, t: &Translator) -> String {
        match self {
            Rule::AlreadyTold => t.tr("findings-rule-already-told"),
            Rule::Duplicates => t.tr("findings-rule-duplicates"),
            Rule::Retelling => t.tr("findings-rule-retelling"),
            Rule::Consent => t.tr("findings-rule-consent"),
            Rule::Wellbeing => t.tr("findings-rule-wellbeing"),
            Rule::Roles => t.tr("findings-rule-roles"),
            Rule::Coach => t.tr("findings-rule-coach"),
            Rule::Corroboration => t.tr("findings-rule-corroboration"),
        }
    }

    fn checks(self, t: &Translator) -> String {
        match self {
            Rule::AlreadyTold => t.tr("findings-rule-already-told-checks"),
            Rule::Duplicates => t.tr("findings-rule-duplicates-checks"),
            Rule::Retelling => t.tr("findings-rule-retelling-checks"),
            Rule::Consent => t.tr("findings-rule-consent-checks"),
            Rule::Wellbeing => t.tr("findings-rule-wellbeing-checks"),
            Rule::Roles => t.tr("findings-rule-roles-checks"),
            Rule::Coach => t.tr("findings-rule-coach-checks"),
            Rule::Corroboration => t.tr("findings-rule-corroboration-checks"),
        }
    }
}

// ----- Names of the case's items, shared by the session, findings and coverage sections -----

// ----- Findings in words -----

/// What an accepted suggestion did, naming its questions as they were before it.
fn describe_accepted(t: &Translator, case: &Case, position: usize) -> String {
    let Some(entry) = case.accepted.get(position) else {
        return String::new();
    };
    // The questions as they read before: a reworded question is named by its old words.
    let mut before = case.clone();
    for question in &entry.before {
        if let Some(q) = before.questions.iter_mut().find(|q| q.id == question.id) {
            **q = question.clone();
        }
    }
    describe_suggestion(t, &before, &entry.suggestion)
}

/// Why accepting or undoing a suggestion was refused, in plain words.
fn finding_refusal(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::Planner(error) => planner_error(t, case, error),
        other => other.to_string(),
    }
}

/// A planner error as the user reads it: what is wrong and what to do.
fn planner_error(t: &Translator, case: &Case, error: &PlannerError) -> String {
    match error {
        PlannerError::UnknownQuestion { .. } => t.tr("findings-error-unknown-question"),
        PlannerError::UnknownPriorAccount { .. } => t.tr("findings-error-unknown-account"),
        PlannerError::QuestionSetAside { question } => t.tr_with(
            "findings-error-question-set-aside",
            &[("question", question_words(t, case, question).into())],
        ),
        PlannerError::MergeNeedsDistinctQuestions => t.tr("findings-error-merge-distinct"),
        PlannerError::RecordNotObtainable { record } => t.tr_with(
            "findings-error-record-not-obtainable",
            &[("record", prior_account_name(t, case, record).into())],
        ),
        PlannerError::RecordDoesNotCover { record, question } => t.tr_with(
            "findings-error-record-does-not-cover",
            &[
                ("record", prior_account_name(t, case, record).into()),
                ("question", question_words(t, case, question).into()),
            ],
        ),
        PlannerError::ShareConsentNotGiven { record, agency } => t.tr_with(
            "findings-error-share-consent-not-given",
            &[
                ("record", prior_account_name(t, case, record).into()),
                ("agency", agency_name(t, case, agency).into()),
            ],
        ),
        PlannerError::EmptyRewording { .. } => t.tr("findings-error-empty-rewording"),
        PlannerError::NoSuchAcceptedSuggestion { .. } => t.tr("findings-error-no-such-accepted"),
        PlannerError::UndoBlocked { later, .. } => t.tr_with(
            "findings-error-undo-blocked",
            &[
                ("number", (later + 1).into()),
                ("later", describe_accepted(t, case, *later).into()),
            ],
        ),
        PlannerError::Evidence(refusal) => evidence_refusal(t, case, refusal),
    }
}

/// What happened after the last accept or undo.
#[derive(Clone, PartialEq)]
enum Outcome {
    Done(String),
    Failed(String),
}

/// Every finding of the planner, by rule; suggestions to accept, and accepted ones to undo.
#[component]
pub fn FindingsSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let analysis = props.analysis.clone();
    let outcome = use_state(|| None::<Outcome>);
    let outcome_ref = use_node_ref();
    // Accepting removes the button that was pressed: move focus to the outcome so that it is read.
    {
        let outcome_ref = outcome_ref.clone();
        use_effect_with((*outcome).clone(), move |outcome| {
            if outcome.is_some() {
                if let Some(element) = outcome_ref.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    // Accepting and undoing each send one edit and say what came of it.
    let send = {
        let (case, editor, outcome, t) = (
            case.clone(),
            props.editor.clone(),
            outcome.clone(),
            t.clone(),
        );
        move |edit: CaseEdit, done: String| match editor.send(&case, edit) {
            Ok(()) => outcome.set(Some(Outcome::Done(done))),
            Err(refusal) => {
                outcome.set(Some(Outcome::Failed(finding_refusal(&t, &case, &refusal))))
            }
        }
    };
    let on_accept = {
        let (send, case, t, editor) = (send.clone(), case.clone(), t.clone(), props.editor.clone());
        Callback::from(move |suggestion: Suggestion| {
            // An evidence request is made now, not at the case's last consent decision, and
            // described in the interface language.
            let suggestion = match dated_request(&suggestion, editor.now()) {
                Suggestion::RequestEvidence { mut item } => {
                    item.description = request_description(&t, &case, &item);
                    Suggestion::RequestEvidence { item }
                }
                other => other,
            };
            let description = describe_suggestion(&t, &case, &suggestion);
            let done = t.tr_with(
                "findings-accepted-done",
                &[("suggestion", description.into())],
            );
            send(CaseEdit::AcceptSuggestion { suggestion }, done);
        })
    };
    let on_undo = {
        let (case, t) = (case.clone(), t.clone());
        Callback::from(move |position: usize| {
            let description = describe_accepted(&t, &case, position);
            let done = t.tr_with("findings-undone", &[("suggestion", description.into())]);
            send(CaseEdit::UndoSuggestion { position }, done);
        })
    };

    let count = |severity: Severity| {
        analysis
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let summary = t.tr_with(
        "findings-summary",
        &[
            ("count", analysis.findings.len().into()),
            ("blocking", count(Severity::Blocking).into()),
            ("warning", count(Severity::Warning).into()),
            ("info", count(Severity::Info).into()),
        ],
    );

    let groups = Rule::ALL.iter().map(|&rule| {
        // Where this rule's findings stand in the analysis: their count, and the rows of a page.
        let positions: Vec<usize> = analysis
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind.rule() == rule)
            .map(|(position, _)| position)
            .collect();
        let count = positions.len();
        let heading_id = format!("findings-rule-{}", rule.slug());
        // Only the findings of the page shown are built.
        let rows = {
            let (case, analysis, on_accept) = (case.clone(), analysis.clone(), on_accept.clone());
            let read_only = props.read_only;
            Callback::from(move |shown: std::ops::Range<usize>| {
                html! {
                    <ul class="finding-list">
                        { for positions[shown].iter().map(|&position| html! {
                            <FindingItem title_level={4} finding={analysis.findings[position].clone()} case={case.clone()}
                                analysis={analysis.clone()} on_accept={on_accept.clone()} {read_only} />
                        }) }
                    </ul>
                }
            })
        };
        html! {
            <section class="finding-group" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>
                    { t.tr_with("findings-rule-heading", &[
                        ("rule", rule.name(&t).into()),
                        ("count", count.into()),
                    ]) }
                </h3>
                <p class="hint">{ rule.checks(&t) }</p>
                if count == 0 {
                    <p>{ t.tr("findings-rule-none") }</p>
                } else {
                    <Paged {count} label={rule.name(&t)} rows={rows} />
                }
            </section>
        }
    });

    let accepted = case.accepted.iter().enumerate().map(|(position, _)| {
        let description = describe_accepted(&t, &case, position);
        let onclick = on_undo.reform(move |_| position);
        html! {
            <li>
                <span>{ description.clone() }</span>
                <button type="button" class="secondary" disabled={props.read_only} onclick={onclick}
                    aria-label={t.tr_with("findings-undo-named", &[("suggestion", description.into())])}>
                    { t.tr("findings-undo") }
                </button>
            </li>
        }
    });

    html! {
        <SectionPanel section={WorkspaceSection::Findings} class="findings" intro="findings-intro" edits=false>
            <p class="findings-summary">{ summary }</p>
            <div ref={outcome_ref} tabindex="-1" class="findings-outcome">
                { match &*outcome {
                    Some(Outcome::Done(text)) => html! { <p role="status" class="success">{ text }</p> },
                    Some(Outcome::Failed(text)) => html! { <p role="alert" class="error">{ text }</p> },
                    None => Html::default(),
                } }
            </div>
            <section class="finding-group accepted" aria-labelledby="findings-accepted-heading">
                <h3 id="findings-accepted-heading">
                    { t.tr_with("findings-accepted-heading", &[("count", case.accepted.len().into())]) }
                </h3>
                if case.accepted.is_empty() {
                    <p>{ t.tr("findings-accepted-none") }</p>
                } else {
                    <p class="hint">{ t.tr("findings-accepted-hint") }</p>
                    <ol class="accepted-list">{ for accepted }</ol>
                }
            </section>
            { for groups }
        </SectionPanel>
    }
}
