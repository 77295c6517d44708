//! The findings section of the case workspace: everything the planner says about the case,
//! grouped by rule, with one-click acceptance of its suggestions and undo of accepted ones.
//!
//! Also the words the three planning sections share: how a session, a question, a prior account
//! or a finding is named in the interface language.

use crate::i18n::Translator;
use crate::model::case::{AttendeeRole, Case, CaseEdit, Suggestion};
use crate::model::consent::ConsentPurpose;
use crate::model::edit::EditRefusal;
use crate::model::planner::finding::{Finding, FindingKind, FindingSubject, Rule, Severity};
use crate::model::planner::{Analysis, PlannerError, LONGEST_STRETCH_MINUTES, MOST_PEOPLE_IN_ROOM};
use crate::model::{AgencyId, PriorAccountId, QuestionId, SessionId, TopicId};
use crate::ui::format::date_time;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::labels::{account_form_name, location_name, severity_slug, severity_tag};
use crate::ui::workspace::SectionProps;
use wasm_bindgen::JsCast;
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
        }
    }
}

// ----- Names of the case's items, shared by the session, findings and coverage sections -----

/// "Session 2, 3 March 2026 at 10:00": sessions are numbered in plan order.
pub(super) fn session_name(t: &Translator, case: &Case, id: &SessionId) -> String {
    match case.sessions.iter().position(|s| &s.id == id) {
        Some(i) => t.tr_with(
            "session-name",
            &[
                ("number", (i + 1).into()),
                ("date", date_time(case.sessions[i].date, t.locale()).into()),
            ],
        ),
        None => t.tr("session-name-gone"),
    }
}

/// An agency's name as the case records it.
pub(super) fn agency_name(t: &Translator, case: &Case, id: &AgencyId) -> String {
    case.agency(id)
        .map(|agency| agency.name.clone())
        .unwrap_or_else(|| t.tr("findings-agency-gone"))
}

/// Agency names joined into one phrase.
pub(super) fn agency_names(t: &Translator, case: &Case, ids: &[AgencyId]) -> String {
    ids.iter()
        .map(|id| agency_name(t, case, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A question's words in quotation marks, with the agency that asks it.
pub(super) fn question_name(t: &Translator, case: &Case, id: &QuestionId) -> String {
    match case.question(id) {
        Some(question) => t.tr_with(
            "findings-question-name",
            &[
                ("text", question.text.clone().into()),
                ("agency", agency_name(t, case, &question.agency).into()),
            ],
        ),
        None => t.tr("findings-question-gone"),
    }
}

/// A question's words only, for places where the agency is already clear.
pub(super) fn question_words(t: &Translator, case: &Case, id: &QuestionId) -> String {
    case.question(id)
        .map(|question| question.text.clone())
        .unwrap_or_else(|| t.tr("findings-question-gone"))
}

/// "Video-recorded account to Northvale Police, 3 February 2026 at 10:00".
pub(super) fn prior_account_name(t: &Translator, case: &Case, id: &PriorAccountId) -> String {
    match case.prior_account(id) {
        Some(account) => t.tr_with(
            "findings-account-name",
            &[
                ("form", account_form_name(t, account.form).into()),
                ("agency", agency_name(t, case, &account.agency).into()),
                ("date", date_time(account.at, t.locale()).into()),
            ],
        ),
        None => t.tr("findings-account-gone"),
    }
}

/// A topic's name in the interface language; a topic added for this case only has no
/// translation, so its id stands in.
pub(super) fn topic_name(t: &Translator, case: &Case, id: &TopicId) -> String {
    let message = case
        .topics
        .get(id)
        .map(|topic| topic.message_id())
        .unwrap_or_else(|| format!("topic-{id}"));
    if t.has(&message) {
        t.tr(&message)
    } else {
        id.as_str().replace('-', " ")
    }
}

fn purpose_name(t: &Translator, case: &Case, purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => t.tr("findings-purpose-take-part"),
        ConsentPurpose::Recording => t.tr("findings-purpose-recording"),
        ConsentPurpose::UseAsEvidence => t.tr("findings-purpose-use-as-evidence"),
        ConsentPurpose::ShareRecord { agency } => t.tr_with(
            "findings-purpose-share-record",
            &[("agency", agency_name(t, case, agency).into())],
        ),
        ConsentPurpose::Referral { service } => {
            let name = case
                .referrals
                .iter()
                .find(|r| &r.service.id == service)
                .map(|r| r.service.name.clone())
                .unwrap_or_else(|| service.to_string());
            t.tr_with("findings-purpose-referral", &[("service", name.into())])
        }
        ConsentPurpose::MedicalExamination => t.tr("findings-purpose-medical-examination"),
        ConsentPurpose::Photographs => t.tr("findings-purpose-photographs"),
        ConsentPurpose::ContactAfterwards => t.tr("findings-purpose-contact-afterwards"),
    }
}

// ----- Findings in words -----

/// The short title of a finding's kind.
pub(crate) fn kind_title(t: &Translator, kind: FindingKind) -> String {
    use FindingKind::*;
    match kind {
        AlreadyTold => t.tr("findings-kind-already-told"),
        ConsentToShareMissing => t.tr("findings-kind-consent-to-share-missing"),
        ShareConsentGiven => t.tr("findings-kind-share-consent-given"),
        ShareConsentRefused => t.tr("findings-kind-share-consent-refused"),
        DuplicateQuestion => t.tr("findings-kind-duplicate-question"),
        RetoldTopic => t.tr("findings-kind-retold-topic"),
        ConsentMissing => t.tr("findings-kind-consent-missing"),
        ConsentDeclined => t.tr("findings-kind-consent-declined"),
        ConsentWithdrawn => t.tr("findings-kind-consent-withdrawn"),
        LongWithoutBreak => t.tr("findings-kind-long-without-break"),
        TooManyAttendees => t.tr("findings-kind-too-many-attendees"),
        InterpreterMissing => t.tr("findings-kind-interpreter-missing"),
        NoSupportPerson => t.tr("findings-kind-no-support-person"),
        IntimidatingLocation => t.tr("findings-kind-intimidating-location"),
        SensitiveBeforeRapport => t.tr("findings-kind-sensitive-before-rapport"),
        AvoidedTopic => t.tr("findings-kind-avoided-topic"),
        NoLeadInterviewer => t.tr("findings-kind-no-lead-interviewer"),
        SeveralLeadInterviewers => t.tr("findings-kind-several-lead-interviewers"),
        NoNoteTaker => t.tr("findings-kind-no-note-taker"),
        SeveralNoteTakers => t.tr("findings-kind-several-note-takers"),
        CoachLeading => t.tr("findings-kind-coach-leading"),
        CoachCompound => t.tr("findings-kind-coach-compound"),
        CoachForcedChoice => t.tr("findings-kind-coach-forced-choice"),
        CoachWhy => t.tr("findings-kind-coach-why"),
        CoachJargon => t.tr("findings-kind-coach-jargon"),
        CoachClosedInFreeRecall => t.tr("findings-kind-coach-closed-in-free-recall"),
    }
}

fn session_of(finding: &Finding) -> Option<&SessionId> {
    finding.concerns.iter().find_map(|subject| match subject {
        FindingSubject::Session(id) => Some(id),
        _ => None,
    })
}

fn topic_of(finding: &Finding) -> Option<&TopicId> {
    finding.concerns.iter().find_map(|subject| match subject {
        FindingSubject::Topic(id) => Some(id),
        _ => None,
    })
}

fn purpose_of(finding: &Finding) -> Option<&ConsentPurpose> {
    finding.concerns.iter().find_map(|subject| match subject {
        FindingSubject::ConsentPurpose(purpose) => Some(purpose),
        _ => None,
    })
}

fn wording_of(finding: &Finding) -> String {
    finding
        .concerns
        .iter()
        .find_map(|subject| match subject {
            FindingSubject::Wording { trigger, .. } => Some(trigger.text.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// The plain-language explanation of a finding, in the interface language. The model's own
/// explanation is English with ids; this one uses the figures and names of the case.
pub(super) fn explanation(
    t: &Translator,
    case: &Case,
    analysis: &Analysis,
    finding: &Finding,
) -> String {
    use FindingKind::*;
    let session = session_of(finding).and_then(|id| case.session(id));
    let purpose = || {
        purpose_of(finding)
            .map(|p| purpose_name(t, case, p))
            .unwrap_or_default()
    };
    let words = || ("words", wording_of(finding).into());
    match finding.kind {
        AlreadyTold => t.tr("findings-explain-already-told"),
        ConsentToShareMissing => {
            let agencies: Vec<AgencyId> = finding
                .concerns
                .iter()
                .filter_map(|subject| match subject {
                    FindingSubject::ConsentPurpose(ConsentPurpose::ShareRecord { agency }) => {
                        Some(agency.clone())
                    }
                    _ => None,
                })
                .collect();
            t.tr_with(
                "findings-explain-consent-to-share-missing",
                &[("agencies", agency_names(t, case, &agencies).into())],
            )
        }
        ShareConsentGiven => t.tr("findings-explain-share-consent-given"),
        ShareConsentRefused => t.tr("findings-explain-share-consent-refused"),
        DuplicateQuestion => t.tr("findings-explain-duplicate-question"),
        RetoldTopic => {
            let row = topic_of(finding)
                .and_then(|id| analysis.retelling.topics.iter().find(|r| &r.topic == id));
            match row {
                Some(row) => t.tr_with(
                    "findings-explain-retold-topic",
                    &[
                        ("topic", topic_name(t, case, &row.topic).into()),
                        ("told", row.already_told.into()),
                        ("planned", row.planned_now.into()),
                    ],
                ),
                None => t.tr("findings-kind-retold-topic"),
            }
        }
        ConsentMissing => t.tr_with(
            "findings-explain-consent-missing",
            &[("purpose", purpose().into())],
        ),
        ConsentDeclined => t.tr_with(
            "findings-explain-consent-declined",
            &[("purpose", purpose().into())],
        ),
        ConsentWithdrawn => t.tr_with(
            "findings-explain-consent-withdrawn",
            &[("purpose", purpose().into())],
        ),
        LongWithoutBreak => t.tr_with(
            "findings-explain-long-without-break",
            &[("limit", LONGEST_STRETCH_MINUTES.into())],
        ),
        TooManyAttendees => t.tr_with(
            "findings-explain-too-many-attendees",
            &[
                ("count", session.map_or(0, |s| s.attendees.len()).into()),
                ("limit", MOST_PEOPLE_IN_ROOM.into()),
            ],
        ),
        InterpreterMissing => match session {
            Some(s) if !s.language.same_language(&case.profile.language) => t.tr_with(
                "findings-explain-interpreter-missing-language",
                &[
                    ("survivor", case.profile.language.0.clone().into()),
                    ("session", s.language.0.clone().into()),
                ],
            ),
            _ => t.tr("findings-explain-interpreter-missing-profile"),
        },
        NoSupportPerson => t.tr("findings-explain-no-support-person"),
        IntimidatingLocation => t.tr_with(
            "findings-explain-intimidating-location",
            &[(
                "place",
                session
                    .map(|s| location_name(t, s.location))
                    .unwrap_or_default()
                    .into(),
            )],
        ),
        SensitiveBeforeRapport => t.tr("findings-explain-sensitive-before-rapport"),
        AvoidedTopic => t.tr("findings-explain-avoided-topic"),
        NoLeadInterviewer => t.tr("findings-explain-no-lead-interviewer"),
        SeveralLeadInterviewers => t.tr_with(
            "findings-explain-several-lead-interviewers",
            &[(
                "count",
                session
                    .map_or(0, |s| s.with_role(AttendeeRole::LeadInterviewer).count())
                    .into(),
            )],
        ),
        NoNoteTaker => t.tr("findings-explain-no-note-taker"),
        SeveralNoteTakers => t.tr_with(
            "findings-explain-several-note-takers",
            &[(
                "count",
                session
                    .map_or(0, |s| s.with_role(AttendeeRole::NoteTaker).count())
                    .into(),
            )],
        ),
        CoachLeading => t.tr_with("findings-explain-coach-leading", &[words()]),
        CoachCompound => t.tr_with("findings-explain-coach-compound", &[words()]),
        CoachForcedChoice => t.tr_with("findings-explain-coach-forced-choice", &[words()]),
        CoachWhy => t.tr_with("findings-explain-coach-why", &[words()]),
        CoachJargon => t.tr_with("findings-explain-coach-jargon", &[words()]),
        CoachClosedInFreeRecall => {
            t.tr_with("findings-explain-coach-closed-in-free-recall", &[words()])
        }
    }
}

/// The name of one item a finding concerns.
pub(crate) fn subject_name(t: &Translator, case: &Case, subject: &FindingSubject) -> String {
    match subject {
        FindingSubject::Question(id) => question_name(t, case, id),
        FindingSubject::Wording { question, trigger } => t.tr_with(
            "findings-subject-wording",
            &[
                ("words", trigger.text.clone().into()),
                ("question", question_words(t, case, question).into()),
            ],
        ),
        FindingSubject::Session(id) => session_name(t, case, id),
        FindingSubject::PriorAccount(id) => prior_account_name(t, case, id),
        FindingSubject::ConsentPurpose(purpose) => t.tr_with(
            "findings-subject-consent",
            &[("purpose", purpose_name(t, case, purpose).into())],
        ),
        FindingSubject::Referral(id) => {
            let service = case
                .referrals
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.service.name.clone())
                .unwrap_or_else(|| id.to_string());
            t.tr_with("findings-subject-referral", &[("service", service.into())])
        }
        FindingSubject::Topic(id) => t.tr_with(
            "findings-subject-topic",
            &[("topic", topic_name(t, case, id).into())],
        ),
        FindingSubject::Agency(id) => agency_name(t, case, id),
    }
}

/// What a suggestion does, naming the questions as they read in `case`.
fn describe_suggestion(t: &Translator, case: &Case, suggestion: &Suggestion) -> String {
    let quote = |id: &QuestionId| question_words(t, case, id);
    match suggestion {
        Suggestion::Merge { keep, merged } => t.tr_with(
            "findings-suggest-merge",
            &[
                ("keep", quote(keep).into()),
                (
                    "merged",
                    merged
                        .iter()
                        .map(|id| t.tr_with("findings-quoted", &[("text", quote(id).into())]))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                ),
            ],
        ),
        Suggestion::MarkAnsweredByRecord { question, record } => t.tr_with(
            "findings-suggest-answered-by-record",
            &[
                ("question", quote(question).into()),
                ("record", prior_account_name(t, case, record).into()),
            ],
        ),
        Suggestion::RequestShareConsent {
            question,
            record,
            agencies,
        } => t.tr_with(
            "findings-suggest-request-share-consent",
            &[
                ("question", quote(question).into()),
                ("record", prior_account_name(t, case, record).into()),
                ("agencies", agency_names(t, case, agencies).into()),
            ],
        ),
        Suggestion::Reword { question, text } => t.tr_with(
            "findings-suggest-reword",
            &[
                ("question", quote(question).into()),
                ("text", text.clone().into()),
            ],
        ),
    }
}

/// What an accepted suggestion did, naming its questions as they were before it.
fn describe_accepted(t: &Translator, case: &Case, position: usize) -> String {
    let Some(entry) = case.accepted.get(position) else {
        return String::new();
    };
    // The questions as they read before: a reworded question is named by its old words.
    let mut before = case.clone();
    for question in &entry.before {
        if let Some(q) = before.questions.iter_mut().find(|q| q.id == question.id) {
            *q = question.clone();
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
    }
}

/// One finding: severity, what it is, what it concerns, why it matters, and what to do.
#[derive(Properties, PartialEq)]
pub(super) struct FindingItemProps {
    /// The heading level of the finding's title (3, 4 or 5), below the heading of its list.
    pub title_level: u8,
    pub finding: Finding,
    pub case: std::rc::Rc<Case>,
    pub analysis: std::rc::Rc<Analysis>,
    /// Accepts the finding's suggestion; `None` where suggestions are not offered here.
    #[prop_or_default]
    pub on_accept: Option<Callback<Suggestion>>,
    #[prop_or_default]
    pub read_only: bool,
    /// Shown beside this session's plan: the session goes without saying among what it concerns.
    #[prop_or_default]
    pub within_session: Option<SessionId>,
}

#[component]
pub(super) fn FindingItem(props: &FindingItemProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let finding = &props.finding;
    let title = html! { <>{ severity_tag(&t, finding.severity) }{ " " }{ kind_title(&t, finding.kind) }</> };
    let heading = match props.title_level {
        3 => html! { <h3 class="finding-title">{ title }</h3> },
        4 => html! { <h4 class="finding-title">{ title }</h4> },
        _ => html! { <h5 class="finding-title">{ title }</h5> },
    };
    let concerns: Vec<String> = finding
        .concerns
        .iter()
        // A coach remark names its question twice (the question, and its words); the words suffice.
        .filter(|subject| {
            !matches!(subject, FindingSubject::Question(id) if finding.concerns.iter().any(
                |s| matches!(s, FindingSubject::Wording { question, .. } if question == id)))
        })
        .filter(|subject| {
            !matches!((subject, &props.within_session), (FindingSubject::Session(id), Some(here)) if id == here)
        })
        .map(|subject| subject_name(&t, case, subject))
        .collect();
    let suggestion = match (&finding.suggestion, &props.on_accept) {
        (Some(suggestion), Some(on_accept)) => {
            let description = describe_suggestion(&t, case, suggestion);
            let onclick = {
                let on_accept = on_accept.clone();
                let suggestion = suggestion.clone();
                Callback::from(move |_| on_accept.emit(suggestion.clone()))
            };
            html! {
                <div class="finding-suggestion">
                    <p><strong>{ t.tr("findings-suggestion") }</strong>{ " " }{ description.clone() }</p>
                    <button type="button" disabled={props.read_only} onclick={onclick}
                        aria-label={t.tr_with("findings-accept-named", &[("suggestion", description.into())])}>
                        { t.tr("findings-accept") }
                    </button>
                </div>
            }
        }
        (Some(suggestion), None) => html! {
            <p><strong>{ t.tr("findings-suggestion") }</strong>{ " " }{ describe_suggestion(&t, case, suggestion) }</p>
        },
        (None, _) => Html::default(),
    };
    html! {
        <li class={classes!("finding", format!("finding-{}", severity_slug(finding.severity)))}>
            { heading }
            if !concerns.is_empty() {
                <p class="finding-concerns">
                    <span class="finding-label">{ t.tr("findings-concerns") }</span>{ " " }
                    { concerns.join("; ") }
                </p>
            }
            <p>{ explanation(&t, case, &props.analysis, finding) }</p>
            { suggestion }
        </li>
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

    let on_accept = {
        let case = case.clone();
        let editor = props.editor.clone();
        let outcome = outcome.clone();
        let t = t.clone();
        Callback::from(move |suggestion: Suggestion| {
            let description = describe_suggestion(&t, &case, &suggestion);
            match editor.send(&case, CaseEdit::AcceptSuggestion { suggestion }) {
                Ok(()) => outcome.set(Some(Outcome::Done(t.tr_with(
                    "findings-accepted-done",
                    &[("suggestion", description.into())],
                )))),
                Err(refusal) => {
                    outcome.set(Some(Outcome::Failed(finding_refusal(&t, &case, &refusal))))
                }
            }
        })
    };
    let on_undo = {
        let case = case.clone();
        let editor = props.editor.clone();
        let outcome = outcome.clone();
        let t = t.clone();
        Callback::from(move |position: usize| {
            let description = describe_accepted(&t, &case, position);
            match editor.send(&case, CaseEdit::UndoSuggestion { position }) {
                Ok(()) => outcome.set(Some(Outcome::Done(
                    t.tr_with("findings-undone", &[("suggestion", description.into())]),
                ))),
                Err(refusal) => {
                    outcome.set(Some(Outcome::Failed(finding_refusal(&t, &case, &refusal))))
                }
            }
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
        let findings: Vec<&Finding> = analysis
            .findings
            .iter()
            .filter(|f| f.kind.rule() == rule)
            .collect();
        let heading_id = format!("findings-rule-{}", rule.slug());
        html! {
            <section class="finding-group" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>
                    { t.tr_with("findings-rule-heading", &[
                        ("rule", rule.name(&t).into()),
                        ("count", findings.len().into()),
                    ]) }
                </h3>
                <p class="hint">{ rule.checks(&t) }</p>
                if findings.is_empty() {
                    <p>{ t.tr("findings-rule-none") }</p>
                } else {
                    <ul class="finding-list">
                        { for findings.into_iter().map(|finding| html! {
                            <FindingItem title_level={4} finding={finding.clone()} case={case.clone()}
                                analysis={analysis.clone()} on_accept={on_accept.clone()}
                                read_only={props.read_only} />
                        }) }
                    </ul>
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
        <section aria-labelledby="findings-heading" class="panel findings">
            <h2 id="findings-heading">{ t.tr("findings-heading") }</h2>
            <p class="hint">{ t.tr("findings-intro") }</p>
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
        </section>
    }
}

/// Whether the finding belongs next to a session plan: a wellbeing or roles finding about it.
pub(super) fn concerns_session_plan(finding: &Finding, session: &SessionId) -> bool {
    matches!(finding.kind.rule(), Rule::Wellbeing | Rule::Roles)
        && finding
            .concerns
            .iter()
            .any(|subject| matches!(subject, FindingSubject::Session(id) if id == session))
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub(super) fn focus_element(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
