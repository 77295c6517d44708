//! One finding of the planner as every section shows it: severity, what it is, what it
//! concerns, why it matters, and what to do. The findings section lists them all; the session
//! and consent sections show those about what they hold.

use crate::i18n::Translator;
use crate::model::case::{AttendeeRole, Case, Suggestion};
use crate::model::consent::ConsentPurpose;
use crate::model::planner::finding::{Finding, FindingKind, FindingSubject, Rule};
use crate::model::planner::{Analysis, LONGEST_STRETCH_MINUTES, MOST_PEOPLE_IN_ROOM};
use crate::model::{SessionId, TopicId};
use crate::ui::hooks::use_translator;
use crate::ui::language_names;
use crate::ui::workspace::labels::{
    agency_names, describe_suggestion, kind_title, location_name, purpose_in_sentence,
    severity_slug, severity_tag, subject_name, topic_name,
};
use yew::prelude::*;
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
pub fn explanation(t: &Translator, case: &Case, analysis: &Analysis, finding: &Finding) -> String {
    use FindingKind::*;
    let session = session_of(finding).and_then(|id| case.session(id));
    let purpose = || {
        purpose_of(finding)
            .map(|p| purpose_in_sentence(t, case, p))
            .unwrap_or_default()
    };
    let words = || ("words", wording_of(finding).into());
    match finding.kind {
        AlreadyTold => t.tr("findings-explain-already-told"),
        ConsentToShareMissing => {
            let agencies = finding.share_agencies();
            t.tr_with(
                "findings-explain-consent-to-share-missing",
                &[("agencies", agency_names(t, case, &agencies).into())],
            )
        }
        ShareConsentGiven => t.tr("findings-explain-share-consent-given"),
        ShareConsentRefused => t.tr("findings-explain-share-consent-refused"),
        SessionNotRecorded => t.tr("findings-explain-session-not-recorded"),
        NotCarriedOver => {
            let questions = finding
                .concerns
                .iter()
                .filter(|subject| matches!(subject, FindingSubject::Question(_)))
                .count();
            t.tr_with(
                "findings-explain-not-carried-over",
                &[("count", questions.into())],
            )
        }
        DuplicateQuestion => t.tr("findings-explain-duplicate-question"),
        RetoldTopic => {
            let row = topic_of(finding)
                .and_then(|id| analysis.retelling.topics.iter().find(|r| &r.topic == id));
            match row {
                Some(row) => t.tr_with(
                    "findings-explain-retold-topic",
                    &[
                        ("topic", topic_name(t, &row.topic).into()),
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
                    (
                        "survivor",
                        language_names::shown(t, &case.profile.language).into(),
                    ),
                    ("session", language_names::shown(t, &s.language).into()),
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
        WordAlone => {
            let topic = topic_of(finding);
            let kinds = topic
                .map(|id| crate::model::evidence::of_case::kinds_for(case, id))
                .unwrap_or_default();
            let kinds: Vec<String> = kinds
                .into_iter()
                .map(|kind| crate::ui::workspace::labels::evidence_kind_name(t, kind))
                .collect();
            t.tr_with(
                "findings-explain-word-alone",
                &[
                    (
                        "topic",
                        topic.map(|id| topic_name(t, id)).unwrap_or_default().into(),
                    ),
                    ("count", kinds.len().into()),
                    ("kinds", kinds.join("; ").into()),
                ],
            )
        }
        CoveredByEvidence => t.tr("findings-explain-covered-by-evidence"),
        EvidenceOverdue => t.tr_with(
            "findings-explain-evidence-overdue",
            &[("days", crate::model::planner::EVIDENCE_REMINDER_DAYS.into())],
        ),
    }
}

/// One finding: severity, what it is, what it concerns, why it matters, and what to do.
#[derive(Properties, PartialEq)]
pub struct FindingItemProps {
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
pub fn FindingItem(props: &FindingItemProps) -> Html {
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

/// Whether the finding belongs next to a session plan: a wellbeing or roles finding about it.
pub fn concerns_session_plan(finding: &Finding, session: &SessionId) -> bool {
    matches!(finding.kind.rule(), Rule::Wellbeing | Rule::Roles)
        && finding
            .concerns
            .iter()
            .any(|subject| matches!(subject, FindingSubject::Session(id) if id == session))
}
