//! The questions section of the case workspace: what each agency needs answered, coached as it
//! is written, with what the planner says about each question beside it.

use super::labels::agency_name;
use super::labels::session_name;
use super::labels::topic_name;
use super::labels::{account_summary, agency_names, evidence_name, remark_kind_text};
use super::labels::{
    agency_role_name, phase_explanation, phase_from_value, phase_name, phase_value,
    priority_from_value, priority_name, priority_value, severity_name, severity_slug, PEACE_PHASES,
    PRIORITIES,
};
use super::list_form::{use_list_form, RemovalText};
use super::references::{same_questions, use_references_token, QuestionPositions, ReferencesToken};
use super::section::{SectionPanel, SectionProps};
use super::topic_picker::{add_topic_callback, TopicPicker};
use crate::i18n::Translator;
use crate::model::case::{
    Case, CaseEdit, Coverage, Direction, PeacePhase, Question, SetAside, Suggestion, TopicCoverage,
};
use crate::model::coach::{review, supports, CoachRemark, RemarkKind};
use crate::model::edit::EditRefusal;
use crate::model::planner::finding::{Finding, FindingKind, FindingSubject};
use crate::model::planner::Analysis;
use crate::model::topic::Topic;
use crate::model::{AgencyId, LanguageTag, QuestionId};
use crate::ui::clock::new_id;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::components::paged::{use_page, Paged};
use crate::ui::components::NavLink;
use crate::ui::hooks::{use_latest, use_translator};
use crate::ui::language_names;
use crate::ui::routes::Route;
use crate::ui::workspace::section::WorkspaceSection;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Why a question edit was refused, in plain words.
fn question_refusal(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::QuestionInUse { question } => {
            let text = case
                .question(question)
                .map(|q| q.text.clone())
                .unwrap_or_default();
            t.tr_with("questions-in-use", &[("question", text.into())])
        }
        other => other.to_string(),
    }
}

/// Where the question stands in the plan, in plain words.
fn status_text(t: &Translator, case: &Case, question: &Question) -> String {
    let record = |id| {
        case.prior_account(id)
            .map(|account| account_summary(t, case, account))
            .unwrap_or_else(|| t.tr("questions-record-unknown"))
    };
    match &question.set_aside {
        None => t.tr("questions-status-asked"),
        Some(SetAside::MergedInto { question: kept }) => match case.question(kept) {
            Some(kept) => t.tr_with(
                "questions-status-merged",
                &[
                    ("question", kept.text.clone().into()),
                    ("agency", agency_name(t, case, &kept.agency).into()),
                ],
            ),
            None => t.tr("questions-status-merged-unknown"),
        },
        Some(SetAside::AnsweredByRecord { record: id }) => t.tr_with(
            "questions-status-answered",
            &[("account", record(id).into())],
        ),
        Some(SetAside::AwaitingShareConsent {
            record: id,
            agencies,
        }) => t.tr_with(
            "questions-status-awaiting",
            &[
                ("account", record(id).into()),
                ("agencies", agency_names(t, case, agencies).into()),
            ],
        ),
    }
}

/// A finding about a question, in plain words, with the names of what it concerns.
fn finding_text(t: &Translator, case: &Case, finding: &Finding, question: &Question) -> String {
    let record = finding
        .concerns
        .iter()
        .find_map(|s| match s {
            FindingSubject::PriorAccount(id) => case.prior_account(id),
            _ => None,
        })
        .map(|account| account_summary(t, case, account))
        .unwrap_or_else(|| t.tr("questions-record-unknown"));
    let share_with = agency_names(t, case, &finding.share_agencies());
    let trigger = finding
        .concerns
        .iter()
        .find_map(|s| match s {
            FindingSubject::Wording { trigger, .. } => Some(trigger.text.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let rewording = match &finding.suggestion {
        Some(Suggestion::Reword { text, .. }) => text.clone(),
        _ => String::new(),
    };
    let coach = |kind: RemarkKind| {
        t.tr_with(
            "questions-finding-coach",
            &[
                ("remark", remark_kind_text(t, kind).into()),
                ("trigger", trigger.clone().into()),
                ("rewording", rewording.clone().into()),
            ],
        )
    };
    let awaiting_agencies = match &question.set_aside {
        Some(SetAside::AwaitingShareConsent { agencies, .. }) => agency_names(t, case, agencies),
        _ => String::new(),
    };
    match finding.kind {
        FindingKind::AlreadyTold => t.tr_with(
            "questions-finding-already-told",
            &[("account", record.into())],
        ),
        FindingKind::ConsentToShareMissing => t.tr_with(
            "questions-finding-consent-to-share-missing",
            &[("account", record.into()), ("agencies", share_with.into())],
        ),
        FindingKind::ShareConsentGiven => t.tr_with(
            "questions-finding-share-consent-given",
            &[
                ("account", record.into()),
                ("agencies", awaiting_agencies.into()),
            ],
        ),
        FindingKind::ShareConsentRefused => t.tr_with(
            "questions-finding-share-consent-refused",
            &[
                ("account", record.into()),
                ("agencies", awaiting_agencies.into()),
            ],
        ),
        FindingKind::DuplicateQuestion => {
            let mut agencies: Vec<AgencyId> = Vec::new();
            for subject in &finding.concerns {
                if let FindingSubject::Question(id) = subject {
                    for agency in case
                        .question(id)
                        .map(Question::served_agencies)
                        .unwrap_or_default()
                    {
                        if !agencies.contains(&agency) {
                            agencies.push(agency);
                        }
                    }
                }
            }
            t.tr_with(
                "questions-finding-duplicate",
                &[("agencies", agency_names(t, case, &agencies).into())],
            )
        }
        FindingKind::ConsentMissing => t.tr_with(
            "questions-finding-consent-missing",
            &[("agencies", share_with.into())],
        ),
        FindingKind::ConsentDeclined => t.tr_with(
            "questions-finding-consent-declined",
            &[("agencies", share_with.into())],
        ),
        FindingKind::ConsentWithdrawn => t.tr_with(
            "questions-finding-consent-withdrawn",
            &[("agencies", share_with.into())],
        ),
        FindingKind::SensitiveBeforeRapport => t.tr("questions-finding-sensitive-before-rapport"),
        FindingKind::AvoidedTopic => t.tr("questions-finding-avoided-topic"),
        FindingKind::NotCarriedOver => {
            let held = finding.concerns.iter().find_map(|s| match s {
                FindingSubject::Session(id) => Some(session_name(t, case, id)),
                _ => None,
            });
            t.tr_with(
                "questions-finding-not-carried-over",
                &[("session", held.unwrap_or_default().into())],
            )
        }
        FindingKind::CoachLeading => coach(RemarkKind::Leading),
        FindingKind::CoachCompound => coach(RemarkKind::Compound),
        FindingKind::CoachForcedChoice => coach(RemarkKind::ForcedChoice),
        FindingKind::CoachWhy => coach(RemarkKind::Why),
        FindingKind::CoachJargon => coach(RemarkKind::Jargon),
        FindingKind::CoachClosedInFreeRecall => coach(RemarkKind::ClosedInFreeRecall),
        FindingKind::CoveredByEvidence => {
            let evidence: Vec<String> = finding
                .concerns
                .iter()
                .filter_map(|s| match s {
                    FindingSubject::Evidence(id) => Some(evidence_name(t, case, id)),
                    _ => None,
                })
                .collect();
            t.tr_with(
                "questions-finding-covered-by-evidence",
                &[("evidence", evidence.join(", ").into())],
            )
        }
        // These rules speak of sessions, topics and roles, never of one question; should one
        // ever name a question, its own explanation is shown rather than nothing.
        FindingKind::RetoldTopic
        | FindingKind::SessionNotRecorded
        | FindingKind::LongWithoutBreak
        | FindingKind::TooManyAttendees
        | FindingKind::InterpreterMissing
        | FindingKind::NoSupportPerson
        | FindingKind::IntimidatingLocation
        | FindingKind::NoLeadInterviewer
        | FindingKind::SeveralLeadInterviewers
        | FindingKind::NoNoteTaker
        | FindingKind::SeveralNoteTakers
        | FindingKind::WordAlone
        | FindingKind::EvidenceOverdue => finding.explanation.clone(),
    }
}

/// What the form is doing: adding a question for an agency, or changing one.
#[derive(Clone, PartialEq)]
enum Editing {
    New(AgencyId),
    Existing(QuestionId),
}

/// The callbacks of one question's buttons. They receive only the question's id and read the
/// case as it is when they run, because a row that did not change keeps its old callbacks.
#[derive(Clone)]
struct QuestionActions {
    on_edit: Callback<QuestionId>,
    on_remove: Callback<QuestionId>,
    on_move: Callback<(QuestionId, bool)>,
}

/// The findings of one analysis grouped by the question they are about, found in one pass
/// rather than once per question (a 10x case has 1,500 questions and thousands of findings).
struct QuestionFindings {
    analysis: Rc<Analysis>,
    by_question: HashMap<QuestionId, Vec<usize>>,
}

impl QuestionFindings {
    fn new(analysis: Rc<Analysis>) -> Self {
        let mut by_question: HashMap<QuestionId, Vec<usize>> = HashMap::new();
        for (index, finding) in analysis.findings.iter().enumerate() {
            let mut seen: Vec<&QuestionId> = Vec::new();
            for subject in &finding.concerns {
                if let FindingSubject::Question(id) | FindingSubject::Wording { question: id, .. } =
                    subject
                {
                    if !seen.contains(&id) {
                        seen.push(id);
                        by_question.entry(id.clone()).or_default().push(index);
                    }
                }
            }
        }
        Self {
            analysis,
            by_question,
        }
    }

    /// The findings about this question (or its wording), in the analysis's order.
    fn about<'a>(&'a self, id: &QuestionId) -> impl Iterator<Item = &'a Finding> + 'a {
        self.by_question
            .get(id)
            .into_iter()
            .flatten()
            .map(|&index| &self.analysis.findings[index])
    }
}

#[derive(Properties, Clone)]
struct QuestionRowProps {
    case: Rc<Case>,
    /// Where the question is in `case.questions`.
    position: usize,
    findings: Rc<QuestionFindings>,
    references: ReferencesToken,
    /// Where each question of `case` is, to compare the questions this row names.
    positions: Rc<QuestionPositions>,
    first: bool,
    last: bool,
    actions: QuestionActions,
    /// Whether the row offers its buttons: in a contribution, another agency's question is
    /// shown only, since only the lead changes it.
    editable: bool,
}

impl QuestionRowProps {
    fn question(&self) -> &Question {
        &self.case.questions[self.position]
    }
}

/// Only what the row shows decides whether it renders again: adding one question to a 10x case
/// then renders one row, not 1,500. The callbacks are left out (see [`QuestionActions`]).
impl PartialEq for QuestionRowProps {
    fn eq(&self, other: &Self) -> bool {
        let (mine, theirs) = (self.question(), other.question());
        mine == theirs
            && self.first == other.first
            && self.last == other.last
            && self.editable == other.editable
            && self.references == other.references
            && self
                .findings
                .about(&mine.id)
                .eq(other.findings.about(&theirs.id))
            && same_questions(
                (&self.case, &self.positions),
                (&other.case, &other.positions),
                self.named_questions(),
            )
    }
}

impl QuestionRowProps {
    /// The other questions the row names: the one it was merged into, and those its findings
    /// are about (a duplicate names the agencies of each).
    fn named_questions(&self) -> impl Iterator<Item = &QuestionId> {
        let question = self.question();
        let merged_into = match &question.set_aside {
            Some(SetAside::MergedInto { question }) => Some(question),
            _ => None,
        };
        let in_findings = self
            .findings
            .about(&question.id)
            .flat_map(|finding| &finding.concerns)
            .filter_map(|subject| match subject {
                FindingSubject::Question(id) => Some(id),
                _ => None,
            });
        merged_into.into_iter().chain(in_findings)
    }
}

/// One question as the list shows it: its wording, facts, status and findings, and its buttons.
#[component]
fn QuestionRow(props: &QuestionRowProps) -> Html {
    let t = use_translator();
    let t = &t;
    let case = &props.case;
    let question = props.question();
    let (first, last, actions) = (props.first, props.last, &props.actions);
    let id = &question.id;
    let dom_id = format!("question-{id}");
    let named = |message: &str| t.tr_with(message, &[("question", question.text.clone().into())]);
    let findings: Vec<&Finding> = props.findings.about(id).collect();
    let topics = if question.topics.is_empty() {
        t.tr("questions-topics-none")
    } else {
        question
            .topics
            .iter()
            .map(|topic| topic_name(t, topic))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let status_class = if question.is_asked() {
        "asked"
    } else {
        "set-aside"
    };
    let on = |up: bool| {
        let (on_move, id) = (actions.on_move.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_move.emit((id.clone(), up)))
    };
    html! {
        <li class={classes!("question", status_class)} aria-labelledby={dom_id.clone()}>
            <h4 id={dom_id} class="question-text">{ question.text.clone() }</h4>
            <dl class="facts">
                <div>
                    <dt>{ t.tr("questions-phase") }</dt>
                    <dd>{ phase_name(t, question.phase) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("questions-priority") }</dt>
                    <dd>{ priority_name(t, question.priority) }</dd>
                </div>
                <div>
                    <dt>{ t.tr("questions-topics-label") }</dt>
                    <dd>{ topics }</dd>
                </div>
                if !question.language.same_language(&case.profile.language) {
                    <div>
                        <dt>{ t.tr("questions-language") }</dt>
                        <dd>{ language_names::shown(t, &question.language) }</dd>
                    </div>
                }
                <div class="wide">
                    <dt>{ t.tr("questions-status") }</dt>
                    <dd>
                        { status_text(t, case, question) }
                        if !question.credited_to.is_empty() {
                            { " " }{ t.tr_with("questions-status-credited", &[
                                ("agencies", agency_names(t, case, &question.credited_to).into()),
                            ]) }
                        }
                    </dd>
                </div>
            </dl>
            if !findings.is_empty() {
                <div class="question-findings">
                    <p class="findings-heading">{ t.tr("questions-findings-heading") }</p>
                    <ul>
                        { for findings.iter().map(|f| html! {
                            <li class={classes!("finding", severity_slug(f.severity))}>
                                <strong>{ severity_name(t, f.severity) }{ ": " }</strong>
                                { finding_text(t, case, f, question) }
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if props.editable {
            <div class="actions">
                <button type="button" class="secondary" aria-label={named("questions-edit-named")}
                    onclick={{ let (c, id) = (actions.on_edit.clone(), id.clone()); Callback::from(move |_: MouseEvent| c.emit(id.clone())) }}>
                    { t.tr("questions-edit") }
                </button>
                <button type="button" class="secondary" disabled={first}
                    aria-label={named("questions-move-up-named")} onclick={on(true)}>
                    { t.tr("questions-move-up") }
                </button>
                <button type="button" class="secondary" disabled={last}
                    aria-label={named("questions-move-down-named")} onclick={on(false)}>
                    { t.tr("questions-move-down") }
                </button>
                <button type="button" class="danger" aria-label={named("questions-remove-named")}
                    onclick={{ let (c, id) = (actions.on_remove.clone(), id.clone()); Callback::from(move |_: MouseEvent| c.emit(id.clone())) }}>
                    { t.tr("questions-remove") }
                </button>
            </div>
            }
        </li>
    }
}

/// The questions of every agency, grouped by agency, with the question coach and the planner's findings.
#[component]
pub fn QuestionsSection(props: &SectionProps) -> Html {
    html! { <QuestionsView section={props.clone()} contributor={None::<AgencyId>} /> }
}

#[derive(Properties, PartialEq)]
pub struct ContributionQuestionsProps {
    /// The contribution's case (the request's packet with the agency's work), its analysis,
    /// and an editor that records each edit in the contribution.
    pub section: SectionProps,
    /// The agency contributing: only its questions can be added, changed and withdrawn.
    pub agency: AgencyId,
}

/// The questions of a contribution to another agency's question request: the contributing
/// agency's own, which it adds, changes and withdraws, first; every other agency's shown only.
#[component]
pub fn ContributionQuestions(props: &ContributionQuestionsProps) -> Html {
    html! { <QuestionsView section={props.section.clone()} contributor={Some(props.agency.clone())} /> }
}

#[derive(Properties, PartialEq)]
struct QuestionsViewProps {
    section: SectionProps,
    /// In a contribution, the agency contributing; `None` in a case's own workspace.
    contributor: Option<AgencyId>,
}

/// Agencies whose questions are shown at once: each group is itself a page of up to 50 rows.
const AGENCY_GROUPS_PER_PAGE: usize = 10;

#[component]
fn QuestionsView(view: &QuestionsViewProps) -> Html {
    let props = &view.section;
    let contributor = view.contributor.as_ref();
    let t = use_translator();
    let case = props.case.clone();
    let form = use_list_form::<Editing, QuestionId>(question_refusal);

    // A contribution changes questions only: no topic is added to what the lead sent.
    let on_add_topic = add_topic_callback(
        &props.editor,
        &case,
        props.read_only || contributor.is_some(),
    );
    // The question added last: its group shows the page it landed on, the last one.
    let added_last = use_state(|| None::<QuestionId>);
    let on_save = {
        let (form, editor, case, t) = (form.clone(), props.editor.clone(), case.clone(), t.clone());
        let added_last = added_last.clone();
        Callback::from(move |question: Question| {
            let added = matches!(form.editing(), Some(Editing::New(_)));
            if added {
                added_last.set(Some(question.id.clone()));
            }
            let done = t.tr(if added {
                "questions-added"
            } else {
                "questions-saved"
            });
            form.save(&editor, &case, &t, CaseEdit::PutQuestion { question }, done);
        })
    };
    // The case and language as of this render, for callbacks kept by rows that did not render again.
    let current = use_latest(&(case.clone(), t.clone()));
    let references = use_references_token(&case);
    let findings = Rc::new(QuestionFindings::new(props.analysis.clone()));
    let question_positions = Rc::new(QuestionPositions::of(&case));
    let actions = QuestionActions {
        on_edit: {
            let form = form.clone();
            Callback::from(move |id: QuestionId| form.open(Editing::Existing(id)))
        },
        on_remove: {
            let (current, form) = (current.clone(), form.clone());
            Callback::from(move |id: QuestionId| {
                let (case, t) = &*current.borrow();
                let edit = CaseEdit::RemoveQuestion {
                    question: id.clone(),
                };
                form.ask_removal(t, case, id, &edit);
            })
        },
        on_move: {
            let (editor, form, current) = (props.editor.clone(), form.clone(), current.clone());
            Callback::from(move |(id, up): (QuestionId, bool)| {
                let (case, t) = &*current.borrow();
                let text = case
                    .question(&id)
                    .map(|q| q.text.clone())
                    .unwrap_or_default();
                let direction = if up { Direction::Up } else { Direction::Down };
                let edit = CaseEdit::MoveQuestion {
                    question: id,
                    direction,
                };
                match editor.send(case, edit) {
                    Ok(()) => form.say(t.tr_with(
                        if up {
                            "questions-moved-up"
                        } else {
                            "questions-moved-down"
                        },
                        &[("question", text.into())],
                    )),
                    Err(refusal) => form.refuse(t, case, &refusal),
                }
            })
        },
    };
    let form_props = |initial: Option<Question>, agency: AgencyId| QuestionFormProps {
        case: case.clone(),
        initial,
        agency,
        on_save: on_save.clone(),
        on_cancel: form.closer(),
        on_add_topic: on_add_topic.clone(),
        only_agency: contributor.cloned(),
    };

    // Each agency's questions, in one pass over them (a hash of the agency per question: any
    // scan per question costs agencies × questions in a large case).
    let mut positions_by_agency: HashMap<&AgencyId, Vec<usize>> = HashMap::new();
    let mut first_asked = Vec::new();
    for (position, question) in case.questions.iter().enumerate() {
        positions_by_agency
            .entry(&question.agency)
            .or_insert_with(|| {
                first_asked.push(&question.agency);
                Vec::new()
            })
            .push(position);
    }
    // One group per agency; questions whose agency is gone (from an older or imported case) get
    // a group too, in the order they are first asked.
    let listed: HashSet<&AgencyId> = case.agencies.iter().map(|a| &a.id).collect();
    let mut groups: Vec<(Option<&crate::model::case::Agency>, AgencyId)> = case
        .agencies
        .iter()
        .map(|a| (Some(a), a.id.clone()))
        .chain(
            first_asked
                .into_iter()
                .filter(|id| !listed.contains(id))
                .map(|id| (None, id.clone())),
        )
        .collect();
    // In a contribution, the agency's own questions come first.
    if let Some(own) = contributor {
        groups.sort_by_key(|(_, id)| id != own);
    }

    // The model takes a removed question out of every session plan too.
    let removal = form.removal_dialog(
        &props.editor,
        &case,
        &t,
        RemovalText {
            title: t.tr("questions-remove-title"),
            message: t.tr_with(
                "questions-remove-message",
                &[(
                    "question",
                    form.removal_pending()
                        .and_then(|id| case.question(id))
                        .map(|q| q.text.clone())
                        .unwrap_or_default()
                        .into(),
                )],
            ),
            confirm: t.tr("questions-remove-confirm"),
            done: t.tr("questions-removed"),
        },
        |question| CaseEdit::RemoveQuestion { question },
    );

    // The agencies' groups a page at a time too: a case of a thousand agencies builds ten groups.
    let shown_group = form.editing().and_then(|editing| {
        let agency = match editing {
            Editing::New(agency) => Some(agency),
            Editing::Existing(id) => case.question(id).map(|q| &q.agency),
        }?;
        groups.iter().position(|(_, id)| id == agency)
    });
    let group_page = use_page(
        groups.len(),
        AGENCY_GROUPS_PER_PAGE,
        &t.tr("questions-agency-groups"),
        shown_group,
    );
    let group_html = groups[group_page.range.clone()].iter().map(|(agency, agency_id)| {
        let positions: &[usize] = positions_by_agency.get(agency_id).map_or(&[], Vec::as_slice);
        let count = positions.len();
        let heading_id = format!("questions-group-{agency_id}");
        let name = agency_name(&t, &case, agency_id);
        let editable = contributor.is_none_or(|own| own == agency_id);
        // The question being changed, if it is in this group: its form stands in for its row.
        let editing = positions.iter().enumerate().find_map(|(i, &position)| {
            let question = &case.questions[position];
            form.is_editing(&Editing::Existing(question.id.clone())).then(|| {
                let fields = form_props(Some((**question).clone()), agency_id.clone());
                (i, question.id.clone(), html! { <QuestionForm ..fields /> })
            })
        });
        let editing_row = editing.as_ref().map(|(i, _, _)| *i).or_else(|| {
            let added = (*added_last).as_ref()?;
            positions
                .iter()
                .position(|&position| case.questions[position].id == *added)
        });
        // Only the rows of the page shown are built: a change costs the same in any case size.
        let rows = {
            let positions = positions.to_vec();
            let case = case.clone();
            let (findings, references, question_positions, actions) = (
                findings.clone(),
                references.clone(),
                question_positions.clone(),
                actions.clone(),
            );
            Callback::from(move |shown: std::ops::Range<usize>| {
                let items = shown.clone().map(|i| {
                    let position = positions[i];
                    let question = &case.questions[position];
                    match &editing {
                        Some((_, id, form)) if *id == question.id => html! {
                            <li key={question.id.to_string()} class="question editing">{ form.clone() }</li>
                        },
                        _ => html! {
                            <QuestionRow key={question.id.to_string()} case={case.clone()} {position}
                                findings={findings.clone()} references={references.clone()} positions={question_positions.clone()}
                                first={i == 0} last={i + 1 == count} actions={actions.clone()} {editable} />
                        },
                    }
                });
                html! { <ol class="question-list" start={(shown.start + 1).to_string()}>{ for items }</ol> }
            })
        };
        let open_new = form.opener(Editing::New(agency_id.clone()));
        html! {
            <section key={agency_id.to_string()} class="agency-questions" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>
                    { name.clone() }
                    if let Some(agency) = agency {
                        <span class="tag">{ agency_role_name(&t, agency.role) }</span>
                    }
                </h3>
                if !editable {
                    <p class="hint">{ t.tr_with("contribution-others-read-only", &[("agency", name.clone().into())]) }</p>
                }
                if positions.is_empty() {
                    <p class="hint">{ t.tr_with("questions-group-empty", &[("agency", name.clone().into())]) }</p>
                } else {
                    <Paged count={count} {rows} reveal={editing_row}
                        label={t.tr_with("questions-group-list", &[("agency", name.clone().into())])} />
                }
                if agency.is_some() && editable {
                    if form.is_editing(&Editing::New(agency_id.clone())) {
                        <div class="question-new"><QuestionForm ..form_props(None, agency_id.clone()) /></div>
                    } else {
                        <button type="button" class="secondary" onclick={open_new}>
                            { t.tr_with("questions-add-for", &[("agency", name.into())]) }
                        </button>
                    }
                }
            </section>
        }
    });

    if contributor.is_some() {
        // The same controls under the contribution's own heading.
        return html! {
            <section aria-labelledby="contribution-questions-heading" class="panel workspace-questions">
                <h2 id="contribution-questions-heading">{ t.tr("contribution-questions-heading") }</h2>
                <p class="hint">{ t.tr("contribution-questions-intro") }</p>
                <fieldset disabled={props.read_only}>
                    <legend class="visually-hidden">{ t.tr("contribution-questions-heading") }</legend>
                    { form.refusal_view() }
                    { group_page.shown }
                    { for group_html }
                    { group_page.controls }
                </fieldset>
                { form.footer(removal) }
            </section>
        };
    }
    html! {
        <SectionPanel section={WorkspaceSection::Questions} class="workspace-questions" intro="questions-intro"
            read_only={props.read_only} after={form.footer(removal)}>
                if case.agencies.is_empty() {
                    <p class="warning">
                        { t.tr("questions-need-agency") }{ " " }
                        <NavLink to={Route::CaseSection { id: case.id.to_string(), section: WorkspaceSection::Agencies.slug().to_owned() }}>
                            { t.tr("questions-go-to-agencies") }
                        </NavLink>
                    </p>
                }
                { form.refusal_view() }
                { group_page.shown }
                { for group_html }
                { group_page.controls }
        </SectionPanel>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct QuestionFormProps {
    case: Rc<Case>,
    /// The question being changed; `None` for a new one.
    initial: Option<Question>,
    /// The agency a new question is for, until the user picks another.
    agency: AgencyId,
    on_save: Callback<Question>,
    on_cancel: Callback<()>,
    on_add_topic: Option<Callback<Topic, Result<(), EditRefusal>>>,
    /// In a contribution, the one agency whose questions can be written.
    only_agency: Option<AgencyId>,
}

/// Adds or changes one question, with the coach's remarks on the wording as it is typed.
#[component]
fn QuestionForm(props: &QuestionFormProps) -> Html {
    let t = use_translator();
    let initial = props.initial.clone();
    let agency = use_state(|| {
        initial
            .as_ref()
            .map(|q| q.agency.clone())
            .unwrap_or_else(|| props.agency.clone())
    });
    let text = use_state(|| initial.as_ref().map(|q| q.text.clone()).unwrap_or_default());
    let language = use_state(|| {
        initial
            .as_ref()
            .map(|q| q.language.0.clone())
            .unwrap_or_else(|| props.case.profile.language.0.clone())
    });
    // The picker speaks in topic coverages; a question only needs which topics.
    let topics = use_state(|| {
        initial
            .as_ref()
            .map(|q| {
                q.topics
                    .iter()
                    .map(|topic| TopicCoverage {
                        topic: topic.clone(),
                        coverage: Coverage::Detailed,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let phase = use_state(|| {
        initial
            .as_ref()
            .map(|q| q.phase)
            .unwrap_or(PeacePhase::Account)
    });
    let priority = use_state(|| initial.as_ref().map(|q| q.priority).unwrap_or_default());
    let problem = use_state(|| None::<String>);
    let text_area = use_node_ref();
    {
        let text_area = text_area.clone();
        use_effect_with((), move |_| {
            if let Some(area) = text_area.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        });
    }
    let prefix = match &props.initial {
        Some(question) => format!("question-{}", question.id),
        None => format!("question-new-{}", props.agency),
    };

    let tag = if language.trim().is_empty() {
        props.case.profile.language.clone()
    } else {
        LanguageTag::new(language.trim())
    };
    let remarks: Vec<CoachRemark> = review(&text, &tag, *phase);

    let onsubmit = {
        let (agency, text, tag, topics, phase, priority, problem, t) = (
            agency.clone(),
            text.clone(),
            tag.clone(),
            topics.clone(),
            phase.clone(),
            priority.clone(),
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
            if case.agency(&agency).is_none() {
                problem.set(Some(t.tr("questions-error-agency")));
                return;
            }
            if text.trim().is_empty() {
                problem.set(Some(t.tr("questions-error-text")));
                return;
            }
            let topics: Vec<_> = topics.iter().map(|c| c.topic.clone()).collect();
            let question = match &initial {
                Some(before) => Question {
                    agency: (*agency).clone(),
                    text: text.trim().to_owned(),
                    language: tag.clone(),
                    topics,
                    phase: *phase,
                    priority: *priority,
                    ..before.clone()
                },
                None => Question {
                    priority: *priority,
                    ..Question::new(
                        QuestionId::new(new_id()),
                        (*agency).clone(),
                        text.trim(),
                        tag.clone(),
                        topics,
                        *phase,
                    )
                },
            };
            on_save.emit(question);
        })
    };

    let use_wording = |rewording: String| {
        let (text, text_area) = (text.clone(), text_area.clone());
        Callback::from(move |_: MouseEvent| {
            text.set(rewording.clone());
            if let Some(area) = text_area.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        })
    };

    let heading_id = format!("{prefix}-heading");
    let text_id = format!("{prefix}-text");
    let phase_id = format!("{prefix}-phase");
    let language_id = format!("{prefix}-language");
    let coach_id = format!("{prefix}-coach");
    html! {
        <form {onsubmit} novalidate=true aria-labelledby={heading_id.clone()} class="question-form">
            <h4 id={heading_id}>
                { t.tr(if props.initial.is_some() { "questions-edit-heading" } else { "questions-add-heading" }) }
            </h4>
            <label for={format!("{prefix}-agency")}>{ t.tr("questions-agency") }</label>
            <select id={format!("{prefix}-agency")}
                onchange={let s = agency.clone(); move |e: Event| s.set(AgencyId::new(e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                if props.case.agency(&agency).is_none() {
                    <option value="" selected=true>{ t.tr("questions-agency-choose") }</option>
                }
                { for props.case.agencies.iter().filter(|a| props.only_agency.as_ref().is_none_or(|own| own == &a.id)).map(|a| html! {
                    <option value={a.id.to_string()} selected={*agency == a.id}>{ a.name.clone() }</option>
                }) }
            </select>

            <label for={text_id.clone()}>{ t.tr("questions-text") }</label>
            <textarea id={text_id.clone()} ref={text_area.clone()} rows="3"
                aria-describedby={format!("{text_id}-hint {coach_id}-summary")}
                value={(*text).clone()}
                oninput={let s = text.clone(); move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())} />
            <p id={format!("{text_id}-hint")} class="hint">{ t.tr("questions-text-hint") }</p>

            <div class="coach" id={coach_id.clone()}>
                <p class="coach-heading">{ t.tr("questions-coach-heading") }</p>
                <p id={format!("{coach_id}-summary")} role="status">
                    if !supports(&tag) {
                        { t.tr_with("questions-coach-unsupported", &[("language", language_names::shown(&t, &tag).into())]) }
                    } else if text.trim().is_empty() {
                        { t.tr("questions-coach-waiting") }
                    } else if remarks.is_empty() {
                        { t.tr("questions-coach-none") }
                    } else {
                        { t.tr_with("questions-coach-count", &[("count", remarks.len().into())]) }
                    }
                </p>
                if !remarks.is_empty() {
                    <ul class="coach-remarks">
                        { for remarks.iter().enumerate().map(|(i, remark)| {
                            let suggestion_id = format!("{coach_id}-{i}-suggestion");
                            html! {
                                <li>
                                    <p class="remark-kind">{ remark_kind_text(&t, remark.kind) }</p>
                                    <p>{ t.tr_with("questions-coach-trigger", &[("words", remark.trigger.text.clone().into())]) }</p>
                                    <p id={suggestion_id.clone()}>
                                        { t.tr_with("questions-coach-suggestion", &[("wording", remark.rewording.clone().into())]) }
                                    </p>
                                    <button type="button" class="secondary" aria-describedby={suggestion_id}
                                        onclick={use_wording(remark.rewording.clone())}>
                                        { t.tr("questions-coach-use") }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>

            <LanguagePicker id={language_id.clone()} label={t.tr("questions-language")}
                described_by={format!("{language_id}-hint")}
                value={tag.clone()}
                on_pick={let s = language.clone(); Callback::from(move |tag: LanguageTag| s.set(tag.0))} />
            <p id={format!("{language_id}-hint")} class="hint">
                { t.tr_with("questions-language-hint", &[("language", language_names::shown(&t, &props.case.profile.language).into())]) }
            </p>

            <TopicPicker id_prefix={prefix.clone()} legend={t.tr("questions-topics")}
                catalogue={props.case.topics.clone()} chosen={(*topics).clone()}
                on_change={let s = topics.clone(); Callback::from(move |chosen: Vec<TopicCoverage>| s.set(chosen))}
                on_add_topic={props.on_add_topic.clone()} />

            <div class="question-fields">
                <div class="field">
                    <label for={phase_id.clone()}>{ t.tr("questions-phase") }</label>
                    <select id={phase_id.clone()} aria-describedby={format!("{phase_id}-hint")}
                        onchange={let s = phase.clone(); move |e: Event| s.set(phase_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                        { for PEACE_PHASES.iter().map(|p| html! {
                            <option value={phase_value(*p)} selected={*p == *phase}>{ phase_name(&t, *p) }</option>
                        }) }
                    </select>
                    <p id={format!("{phase_id}-hint")} class="hint">{ phase_explanation(&t, *phase) }</p>
                </div>
                <div class="field">
                    <label for={format!("{prefix}-priority")}>{ t.tr("questions-priority") }</label>
                    <select id={format!("{prefix}-priority")}
                        onchange={let s = priority.clone(); move |e: Event| s.set(priority_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                        { for PRIORITIES.iter().map(|p| html! {
                            <option value={priority_value(*p)} selected={*p == *priority}>{ priority_name(&t, *p) }</option>
                        }) }
                    </select>
                </div>
            </div>

            if let Some(problem) = &*problem {
                <p class="error" role="alert">{ problem.clone() }</p>
            }
            <div class="actions">
                <button type="submit">{ t.tr("questions-save") }</button>
                <button type="button" class="secondary" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>
                    { t.tr("cancel") }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LanguageTag;

    fn question(id: &str, agency: &str) -> Question {
        Question::new(
            QuestionId::new(id),
            AgencyId::new(agency),
            format!("Tell me about {id}."),
            LanguageTag::new("en"),
            Vec::new(),
            PeacePhase::Account,
        )
    }

    /// The props of the row of question `id` in `case`, as the section would make them.
    fn row(case: &Rc<Case>, id: &str, references: &ReferencesToken) -> QuestionRowProps {
        let position = case
            .questions
            .iter()
            .position(|q| q.id.as_str() == id)
            .expect("the question is in the case");
        QuestionRowProps {
            case: case.clone(),
            position,
            findings: Rc::new(QuestionFindings::new(Rc::new(
                crate::model::planner::analyze(case),
            ))),
            references: references.clone(),
            positions: Rc::new(QuestionPositions::of(case)),
            first: false,
            last: false,
            actions: QuestionActions {
                on_edit: Callback::noop(),
                on_remove: Callback::noop(),
                on_move: Callback::noop(),
            },
            editable: true,
        }
    }

    /// A case with two agencies; the NGO's question was merged into the police's.
    fn merged_case() -> Case {
        let mut case = Case::new(
            crate::model::CaseId::new("c1"),
            "TO-TEST-1",
            LanguageTag::new("en"),
        );
        let mut merged = question("n1", "ngo");
        merged.set_aside = Some(SetAside::MergedInto {
            question: QuestionId::new("p1"),
        });
        case.questions = vec![
            question("p1", "police").into(),
            merged.into(),
            question("p2", "police").into(),
        ];
        case
    }

    #[test]
    fn a_row_stays_as_it_is_when_another_question_is_added() {
        let references = ReferencesToken::new();
        let before = Rc::new(merged_case());
        let mut changed = merged_case();
        changed.questions.push(question("p3", "police").into());
        let after = Rc::new(changed);
        for id in ["p1", "n1", "p2"] {
            assert!(
                row(&before, id, &references) == row(&after, id, &references),
                "{id}"
            );
        }
    }

    #[test]
    fn a_merged_row_renders_again_when_the_question_it_names_is_reworded() {
        let references = ReferencesToken::new();
        let before = Rc::new(merged_case());
        let mut changed = merged_case();
        changed.questions[0].text = "Describe the first day at the farm.".into();
        let after = Rc::new(changed);
        assert!(row(&before, "n1", &references) != row(&after, "n1", &references));
        // The other police question names no other question: it stays.
        assert!(row(&before, "p2", &references) == row(&after, "p2", &references));
    }

    #[test]
    fn a_row_renders_again_when_its_findings_or_the_names_change() {
        let references = ReferencesToken::new();
        let before = Rc::new(merged_case());
        // Another agency asks p2 again: p2 itself is unchanged, its findings are not.
        let mut asked_twice = merged_case();
        asked_twice
            .questions
            .push(question("p2", "prosecutor").into());
        asked_twice.questions[3].id = QuestionId::new("x2");
        let after = Rc::new(asked_twice);
        let again = row(&after, "p2", &references);
        assert!(again
            .findings
            .about(&QuestionId::new("p2"))
            .any(|f| f.kind == FindingKind::DuplicateQuestion));
        assert!(row(&before, "p2", &references) != again);
        let renamed = ReferencesToken::new();
        assert!(row(&before, "p1", &references) != row(&before, "p1", &renamed));
    }
}
