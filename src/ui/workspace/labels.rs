//! The words for the case's enum values, one function per enum, shared by every section of the
//! workspace: how a PEACE phase, a priority, a form of record, a coverage level, a place, an
//! attendee role, an agency role, an age group or a finding's severity is named in the interface
//! language, the orders in which selects list them, and the values the selects carry.
//!
//! Also the names of the case's things (an agency, a topic, a session, a prior account, a
//! consent purpose) as every section writes them, each defined here once: no section imports
//! another section's words.

use crate::i18n::{Locale, Translator};
use crate::model::case::Suggestion;
use crate::model::case::{
    AccountForm, AgencyRole, AttendeeRole, Case, Coverage, LocationKind, PeacePhase, PriorAccount,
    Priority,
};
use crate::model::coach::RemarkKind;
use crate::model::consent::ConsentPurpose;
use crate::model::evidence::{EvidenceKind, EvidenceStatus};
use crate::model::held::{NotAskedReason, QuestionOutcome, RecordingForm};
use crate::model::planner::finding::{FindingKind, FindingSubject, Severity};
use crate::model::topic::Topic;
use crate::model::QuestionId;
use crate::model::{AgeGroup, AgencyId, PriorAccountId, ServiceId, SessionId, Timestamp, TopicId};
use crate::ui::format::date_time;
use yew::prelude::*;

/// The value among `all` whose select value is `value`.
fn from_value<T: Copy>(all: &[T], value_of: fn(T) -> &'static str, value: &str) -> Option<T> {
    all.iter().copied().find(|v| value_of(*v) == value)
}

// ----- PEACE phases -----

/// The PEACE phases, in interview order.
pub const PEACE_PHASES: [PeacePhase; 5] = [
    PeacePhase::Plan,
    PeacePhase::Engage,
    PeacePhase::Account,
    PeacePhase::Closure,
    PeacePhase::Evaluate,
];

/// A PEACE phase's name.
pub fn phase_name(t: &Translator, phase: PeacePhase) -> String {
    match phase {
        PeacePhase::Plan => t.tr("questions-phase-plan"),
        PeacePhase::Engage => t.tr("questions-phase-engage"),
        PeacePhase::Account => t.tr("questions-phase-account"),
        PeacePhase::Closure => t.tr("questions-phase-closure"),
        PeacePhase::Evaluate => t.tr("questions-phase-evaluate"),
    }
}

/// What happens in a PEACE phase, in one line.
pub fn phase_explanation(t: &Translator, phase: PeacePhase) -> String {
    match phase {
        PeacePhase::Plan => t.tr("questions-phase-plan-explained"),
        PeacePhase::Engage => t.tr("questions-phase-engage-explained"),
        PeacePhase::Account => t.tr("questions-phase-account-explained"),
        PeacePhase::Closure => t.tr("questions-phase-closure-explained"),
        PeacePhase::Evaluate => t.tr("questions-phase-evaluate-explained"),
    }
}

/// The value of a phase in a select.
pub fn phase_value(phase: PeacePhase) -> &'static str {
    match phase {
        PeacePhase::Plan => "plan",
        PeacePhase::Engage => "engage",
        PeacePhase::Account => "account",
        PeacePhase::Closure => "closure",
        PeacePhase::Evaluate => "evaluate",
    }
}

/// The phase a select value names; the account phase for an unknown value.
pub fn phase_from_value(value: &str) -> PeacePhase {
    from_value(&PEACE_PHASES, phase_value, value).unwrap_or(PeacePhase::Account)
}

// ----- Priorities -----

/// Priorities, highest first, as the priority select lists them.
pub const PRIORITIES: [Priority; 3] = [Priority::High, Priority::Normal, Priority::Low];

/// A priority in plain words.
pub fn priority_name(t: &Translator, priority: Priority) -> String {
    match priority {
        Priority::High => t.tr("questions-priority-high"),
        Priority::Normal => t.tr("questions-priority-normal"),
        Priority::Low => t.tr("questions-priority-low"),
    }
}

/// The value of a priority in a select.
pub fn priority_value(priority: Priority) -> &'static str {
    match priority {
        Priority::High => "high",
        Priority::Normal => "normal",
        Priority::Low => "low",
    }
}

/// The priority a select value names; the default priority for an unknown value.
pub fn priority_from_value(value: &str) -> Priority {
    from_value(&PRIORITIES, priority_value, value).unwrap_or_default()
}

// ----- Forms of record -----

/// Every form of record, best evidence first, as the form select lists them.
pub const ACCOUNT_FORMS: [AccountForm; 4] = [
    AccountForm::VideoRecorded,
    AccountForm::Audio,
    AccountForm::WrittenStatement,
    AccountForm::Notes,
];

/// The form of a record in plain words.
pub fn account_form_name(t: &Translator, form: AccountForm) -> String {
    match form {
        AccountForm::VideoRecorded => t.tr("accounts-form-video-recorded"),
        AccountForm::Audio => t.tr("accounts-form-audio"),
        AccountForm::WrittenStatement => t.tr("accounts-form-written-statement"),
        AccountForm::Notes => t.tr("accounts-form-notes"),
    }
}

/// The value of a form of record in a select.
pub fn account_form_value(form: AccountForm) -> &'static str {
    match form {
        AccountForm::VideoRecorded => "video_recorded",
        AccountForm::Audio => "audio",
        AccountForm::WrittenStatement => "written_statement",
        AccountForm::Notes => "notes",
    }
}

/// The form of record a select value names; notes for an unknown value.
pub fn account_form_from_value(value: &str) -> AccountForm {
    from_value(&ACCOUNT_FORMS, account_form_value, value).unwrap_or(AccountForm::Notes)
}

// ----- Coverage levels -----

/// Every coverage level, least first, as the coverage select lists them.
pub const COVERAGE_LEVELS: [Coverage; 3] =
    [Coverage::Mentioned, Coverage::Partial, Coverage::Detailed];

/// How fully a topic was told, in plain words, standing on its own (an option, a list entry).
pub fn coverage_name(t: &Translator, coverage: Coverage) -> String {
    match coverage {
        Coverage::Mentioned => t.tr("topic-picker-coverage-mentioned"),
        Coverage::Partial => t.tr("topic-picker-coverage-partial"),
        Coverage::Detailed => t.tr("topic-picker-coverage-detailed"),
    }
}

/// How fully a topic was told, as the words placed inside a sentence ("told this in detail");
/// a separate message from [`coverage_name`] because languages inflect the inner form
/// differently from the standalone one.
pub fn coverage_in_sentence(t: &Translator, coverage: Coverage) -> String {
    match coverage {
        Coverage::Mentioned => t.tr("coverage-level-mentioned"),
        Coverage::Partial => t.tr("coverage-level-partial"),
        Coverage::Detailed => t.tr("coverage-level-detailed"),
    }
}

/// The value of a coverage level in a select.
pub fn coverage_value(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Mentioned => "mentioned",
        Coverage::Partial => "partial",
        Coverage::Detailed => "detailed",
    }
}

/// The coverage level a select value names.
pub fn coverage_from_value(value: &str) -> Option<Coverage> {
    from_value(&COVERAGE_LEVELS, coverage_value, value)
}

// ----- Places -----

/// Every kind of place, in the order the list offers them (the gentler places first).
pub const LOCATIONS: [LocationKind; 7] = [
    LocationKind::NeutralRoom,
    LocationKind::NgoPremises,
    LocationKind::ChildFriendlyRoom,
    LocationKind::Medical,
    LocationKind::PoliceStation,
    LocationKind::ImmigrationOffice,
    LocationKind::Other,
];

/// A kind of place in plain words.
pub fn location_name(t: &Translator, kind: LocationKind) -> String {
    match kind {
        LocationKind::NeutralRoom => t.tr("session-location-neutral-room"),
        LocationKind::NgoPremises => t.tr("session-location-ngo-premises"),
        LocationKind::ChildFriendlyRoom => t.tr("session-location-child-friendly-room"),
        LocationKind::PoliceStation => t.tr("session-location-police-station"),
        LocationKind::ImmigrationOffice => t.tr("session-location-immigration-office"),
        LocationKind::Medical => t.tr("session-location-medical"),
        LocationKind::Other => t.tr("session-location-other"),
    }
}

// ----- Attendee roles -----

/// Every attendee role, in the order the list offers them.
pub const ATTENDEE_ROLES: [AttendeeRole; 8] = [
    AttendeeRole::LeadInterviewer,
    AttendeeRole::NoteTaker,
    AttendeeRole::Interpreter,
    AttendeeRole::SupportPerson,
    AttendeeRole::Observer,
    AttendeeRole::LegalRepresentative,
    AttendeeRole::Guardian,
    AttendeeRole::Other,
];

/// The role of a person in the interview room in plain words.
pub fn attendee_role_name(t: &Translator, role: AttendeeRole) -> String {
    match role {
        AttendeeRole::LeadInterviewer => t.tr("session-role-lead-interviewer"),
        AttendeeRole::NoteTaker => t.tr("session-role-note-taker"),
        AttendeeRole::Interpreter => t.tr("session-role-interpreter"),
        AttendeeRole::SupportPerson => t.tr("session-role-support-person"),
        AttendeeRole::Observer => t.tr("session-role-observer"),
        AttendeeRole::LegalRepresentative => t.tr("session-role-legal-representative"),
        AttendeeRole::Guardian => t.tr("session-role-guardian"),
        AttendeeRole::Other => t.tr("session-role-other"),
    }
}

// ----- Held sessions -----

/// Every form a held session can have been recorded in, in the order the list offers them.
pub const RECORDING_FORMS: [RecordingForm; 4] = [
    RecordingForm::Video,
    RecordingForm::Audio,
    RecordingForm::WrittenStatement,
    RecordingForm::NotesOnly,
];

/// How a held session was recorded, in plain words.
pub fn recording_form_name(t: &Translator, form: RecordingForm) -> String {
    match form {
        RecordingForm::Video => t.tr("held-recording-video"),
        RecordingForm::Audio => t.tr("held-recording-audio"),
        RecordingForm::WrittenStatement => t.tr("held-recording-written"),
        RecordingForm::NotesOnly => t.tr("held-recording-notes"),
    }
}

/// Every outcome of a question in a held session, in the order the list offers them.
pub const QUESTION_OUTCOMES: [QuestionOutcome; 6] = [
    QuestionOutcome::Answered,
    QuestionOutcome::PartlyAnswered,
    QuestionOutcome::NotAsked {
        reason: NotAskedReason::SurvivorDeclined,
    },
    QuestionOutcome::NotAsked {
        reason: NotAskedReason::OutOfTime,
    },
    QuestionOutcome::NotAsked {
        reason: NotAskedReason::NoLongerNeeded,
    },
    QuestionOutcome::NotAsked {
        reason: NotAskedReason::MovedToLaterSession,
    },
];

/// What became of a question in a held session, in plain words.
pub fn question_outcome_name(t: &Translator, outcome: QuestionOutcome) -> String {
    match outcome {
        QuestionOutcome::Answered => t.tr("held-outcome-answered"),
        QuestionOutcome::PartlyAnswered => t.tr("held-outcome-partly"),
        QuestionOutcome::NotAsked { reason } => match reason {
            NotAskedReason::SurvivorDeclined => t.tr("held-outcome-declined"),
            NotAskedReason::OutOfTime => t.tr("held-outcome-out-of-time"),
            NotAskedReason::NoLongerNeeded => t.tr("held-outcome-no-longer-needed"),
            NotAskedReason::MovedToLaterSession => t.tr("held-outcome-moved"),
        },
    }
}

// ----- Agency roles -----

/// Every agency role, in the order the role select lists them.
pub const AGENCY_ROLES: [AgencyRole; 8] = [
    AgencyRole::Police,
    AgencyRole::Prosecutor,
    AgencyRole::LabourInspectorate,
    AgencyRole::Ngo,
    AgencyRole::Immigration,
    AgencyRole::Medical,
    AgencyRole::ChildProtection,
    AgencyRole::Other,
];

/// An agency role in plain words.
pub fn agency_role_name(t: &Translator, role: AgencyRole) -> String {
    match role {
        AgencyRole::Police => t.tr("agencies-role-police"),
        AgencyRole::Prosecutor => t.tr("agencies-role-prosecutor"),
        AgencyRole::LabourInspectorate => t.tr("agencies-role-labour-inspectorate"),
        AgencyRole::Ngo => t.tr("agencies-role-ngo"),
        AgencyRole::Immigration => t.tr("agencies-role-immigration"),
        AgencyRole::Medical => t.tr("agencies-role-medical"),
        AgencyRole::ChildProtection => t.tr("agencies-role-child-protection"),
        AgencyRole::Other => t.tr("agencies-role-other"),
    }
}

/// The value of an agency role in a select.
pub fn agency_role_value(role: AgencyRole) -> &'static str {
    match role {
        AgencyRole::Police => "police",
        AgencyRole::Prosecutor => "prosecutor",
        AgencyRole::LabourInspectorate => "labour_inspectorate",
        AgencyRole::Ngo => "ngo",
        AgencyRole::Immigration => "immigration",
        AgencyRole::Medical => "medical",
        AgencyRole::ChildProtection => "child_protection",
        AgencyRole::Other => "other",
    }
}

/// The agency role a select value names; "other" for an unknown value.
pub fn agency_role_from_value(value: &str) -> AgencyRole {
    from_value(&AGENCY_ROLES, agency_role_value, value).unwrap_or(AgencyRole::Other)
}

// ----- Age groups -----

/// An age group in plain words.
pub fn age_group_name(t: &Translator, age_group: AgeGroup) -> String {
    match age_group {
        AgeGroup::Adult => t.tr("age-group-adult"),
        AgeGroup::Minor => t.tr("age-group-minor"),
    }
}

// ----- Severity of a finding -----

/// A finding's severity in plain words.
pub fn severity_name(t: &Translator, severity: Severity) -> String {
    match severity {
        Severity::Info => t.tr("findings-severity-info"),
        Severity::Warning => t.tr("findings-severity-warning"),
        Severity::Blocking => t.tr("findings-severity-blocking"),
    }
}

/// The word that stands for a severity in style class names ("finding-warning").
pub fn severity_slug(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Blocking => "blocking",
    }
}

/// Severity in words, with a mark that is not colour alone.
pub fn severity_tag(t: &Translator, severity: Severity) -> Html {
    let mark = match severity {
        Severity::Blocking => "■",
        Severity::Warning => "▲",
        Severity::Info => "●",
    };
    let class = format!("severity severity-{}", severity_slug(severity));
    html! {
        <span class={class}><span aria-hidden="true">{ mark }</span>{ " " }{ severity_name(t, severity) }</span>
    }
}

// ----- Names of the case's things -----

/// The name of the agency with this id, or a plain note that the case no longer has it.
pub fn agency_name(t: &Translator, case: &Case, id: &AgencyId) -> String {
    case.agency(id)
        .map(|agency| agency.name.clone())
        .unwrap_or_else(|| t.tr("agencies-unknown"))
}

/// The name of a topic in the interface language; a topic added for one case is named by its id.
pub fn topic_name(t: &Translator, id: &TopicId) -> String {
    let message = format!("topic-{id}");
    if t.has(&message) {
        t.tr(&message)
    } else {
        id.to_string()
    }
}

/// The description of a topic in the interface language, or as typed for a topic added for one case.
pub fn topic_description(t: &Translator, topic: &Topic) -> String {
    let message = topic.description_message_id();
    if t.has(&message) {
        t.tr(&message)
    } else {
        topic.description.clone()
    }
}

/// "Session 2, 3 March 2026 at 10:00": sessions are numbered in plan order.
pub fn session_name(t: &Translator, case: &Case, id: &SessionId) -> String {
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

/// "Video-recorded account to Northvale Police, 3 February 2026 at 10:00".
pub fn prior_account_name(t: &Translator, case: &Case, id: &PriorAccountId) -> String {
    match case.prior_account(id) {
        Some(account) => prior_account_label(t, case, account),
        None => t.tr("findings-account-gone"),
    }
}

/// A prior account named as [`prior_account_name`] names it, also when the case no longer
/// holds it (as a history remembers it).
pub fn prior_account_label(t: &Translator, case: &Case, account: &PriorAccount) -> String {
    t.tr_with(
        "findings-account-name",
        &[
            ("form", account_form_name(t, account.form).into()),
            ("agency", agency_name(t, case, &account.agency).into()),
            ("date", date_time(account.at, t.locale()).into()),
        ],
    )
}

/// The name of the service a referral of the case is to, or its id when the case no longer
/// refers to it.
pub fn service_name(case: &Case, service: &ServiceId) -> String {
    case.referrals
        .iter()
        .find(|r| &r.service.id == service)
        .map_or_else(|| service.to_string(), |r| r.service.name.clone())
}

/// The name of a consent purpose as the survivor and the specialist say it.
pub fn purpose_name(t: &Translator, case: &Case, purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => t.tr("consent-purpose-take-part"),
        ConsentPurpose::Recording => t.tr("consent-purpose-recording"),
        ConsentPurpose::UseAsEvidence => t.tr("consent-purpose-use-as-evidence"),
        ConsentPurpose::MedicalExamination => t.tr("consent-purpose-medical-examination"),
        ConsentPurpose::Photographs => t.tr("consent-purpose-photographs"),
        ConsentPurpose::ContactAfterwards => t.tr("consent-purpose-contact-afterwards"),
        ConsentPurpose::ShareRecord { agency } => {
            let name = case
                .agency(agency)
                .map_or_else(|| agency.to_string(), |a| a.name.clone());
            t.tr_with("consent-purpose-share-record", &[("agency", name.into())])
        }
        ConsentPurpose::Referral { service } => {
            let name = service_name(case, service);
            t.tr_with("consent-purpose-referral", &[("service", name.into())])
        }
    }
}

/// Agency names joined into one phrase.
pub fn agency_names(t: &Translator, case: &Case, ids: &[AgencyId]) -> String {
    ids.iter()
        .map(|id| agency_name(t, case, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A question's words in quotation marks, with the agency that asks it.
pub fn question_name(t: &Translator, case: &Case, id: &QuestionId) -> String {
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
pub fn question_words(t: &Translator, case: &Case, id: &QuestionId) -> String {
    case.question(id)
        .map(|question| question.text.clone())
        .unwrap_or_else(|| t.tr("findings-question-gone"))
}

/// A consent purpose as it reads inside a sentence ("consent to audio or video recording").
pub fn purpose_in_sentence(t: &Translator, case: &Case, purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => t.tr("findings-purpose-take-part"),
        ConsentPurpose::Recording => t.tr("findings-purpose-recording"),
        ConsentPurpose::UseAsEvidence => t.tr("findings-purpose-use-as-evidence"),
        ConsentPurpose::ShareRecord { agency } => t.tr_with(
            "findings-purpose-share-record",
            &[("agency", agency_name(t, case, agency).into())],
        ),
        ConsentPurpose::Referral { service } => {
            let name = service_name(case, service);
            t.tr_with("findings-purpose-referral", &[("service", name.into())])
        }
        ConsentPurpose::MedicalExamination => t.tr("findings-purpose-medical-examination"),
        ConsentPurpose::Photographs => t.tr("findings-purpose-photographs"),
        ConsentPurpose::ContactAfterwards => t.tr("findings-purpose-contact-afterwards"),
    }
}

/// The name of a kind of evidence.
pub fn evidence_kind_name(t: &Translator, kind: EvidenceKind) -> String {
    t.tr(&kind.message_id())
}

/// The name of an evidence item's status, without its dates.
pub fn evidence_status_name(t: &Translator, status: &EvidenceStatus) -> String {
    t.tr(&format!("evidence-status-{}", status.slug()))
}

/// An evidence item's description in quotation marks, or its id when the case no longer has it.
pub fn evidence_name(t: &Translator, case: &Case, id: &crate::model::EvidenceId) -> String {
    match case.evidence_item(id) {
        Some(item) => t.tr_with(
            "findings-quoted",
            &[("text", item.description.trim().to_owned().into())],
        ),
        None => id.to_string(),
    }
}

/// Why an evidence edit was refused, in plain words: the refusal's own message with its
/// arguments named as the case names them.
pub fn evidence_refusal(
    t: &Translator,
    case: &Case,
    refusal: &crate::model::evidence::EvidenceRefusal,
) -> String {
    use crate::model::evidence::EvidenceRefusal as R;
    let id = refusal.message_id();
    let args: Vec<(&str, fluent_bundle::FluentValue<'static>)> = match refusal {
        R::UnknownTopic { topic } => vec![("topic", topic_name(t, topic).into())],
        R::UnknownAgency { agency } => vec![("agency", agency_name(t, case, agency).into())],
        R::AlreadyInCase { item } | R::UnknownItem { item } | R::AddedBySuggestion { item } => {
            vec![("item", evidence_name(t, case, item).into())]
        }
        R::DateBeforePrevious { date, previous } => vec![
            ("date", account_date(*date, t.locale()).into()),
            ("previous", account_date(*previous, t.locale()).into()),
        ],
        R::MoveNotAllowed { from, to } => vec![
            ("from", t.tr(&format!("evidence-status-{from}")).into()),
            ("to", t.tr(&format!("evidence-status-{to}")).into()),
        ],
        R::GuidanceAlreadyListed { topic, kind } => vec![
            ("topic", topic_name(t, topic).into()),
            ("kind", evidence_kind_name(t, *kind).into()),
        ],
        R::BlankDescription | R::NoTopics | R::NoReason | R::BlankGuidance => Vec::new(),
    };
    t.tr_with(id, &args)
}

/// The short title of a finding's kind.
pub fn kind_title(t: &Translator, kind: FindingKind) -> String {
    use FindingKind::*;
    match kind {
        AlreadyTold => t.tr("findings-kind-already-told"),
        ConsentToShareMissing => t.tr("findings-kind-consent-to-share-missing"),
        ShareConsentGiven => t.tr("findings-kind-share-consent-given"),
        ShareConsentRefused => t.tr("findings-kind-share-consent-refused"),
        SessionNotRecorded => t.tr("findings-kind-session-not-recorded"),
        NotCarriedOver => t.tr("findings-kind-not-carried-over"),
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
        WordAlone => t.tr("findings-kind-word-alone"),
        CoveredByEvidence => t.tr("findings-kind-covered-by-evidence"),
        EvidenceOverdue => t.tr("findings-kind-evidence-overdue"),
    }
}

/// The name of one item a finding concerns.
pub fn subject_name(t: &Translator, case: &Case, subject: &FindingSubject) -> String {
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
            &[("purpose", purpose_in_sentence(t, case, purpose).into())],
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
            &[("topic", topic_name(t, id).into())],
        ),
        FindingSubject::Agency(id) => agency_name(t, case, id),
        FindingSubject::Evidence(id) => t.tr_with(
            "findings-subject-evidence",
            &[("evidence", evidence_name(t, case, id).into())],
        ),
    }
}

/// The date of an account as the interface language writes it. Accounts are kept at noon UTC,
/// so the date reads the same in every time zone.
pub fn account_date(at: Timestamp, locale: Locale) -> String {
    crate::ui::format::utc_date(at, locale)
}

/// One account in a line: "Police, 4 March 2026 (Video recording)".
pub fn account_summary(t: &Translator, case: &Case, account: &PriorAccount) -> String {
    t.tr_with(
        "accounts-summary",
        &[
            ("agency", agency_name(t, case, &account.agency).into()),
            ("date", account_date(account.at, t.locale()).into()),
            ("form", account_form_name(t, account.form).into()),
        ],
    )
}

/// What a coach remark finds wrong, in plain words.
pub fn remark_kind_text(t: &Translator, kind: RemarkKind) -> String {
    match kind {
        RemarkKind::Leading => t.tr("questions-coach-leading"),
        RemarkKind::Compound => t.tr("questions-coach-compound"),
        RemarkKind::ForcedChoice => t.tr("questions-coach-forced-choice"),
        RemarkKind::Why => t.tr("questions-coach-why"),
        RemarkKind::Jargon => t.tr("questions-coach-jargon"),
        RemarkKind::ClosedInFreeRecall => t.tr("questions-coach-closed"),
    }
}

/// What a suggestion does, naming the questions as they read in `case`.
pub fn describe_suggestion(t: &Translator, case: &Case, suggestion: &Suggestion) -> String {
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
        Suggestion::RequestEvidence { item } => t.tr_with(
            "findings-suggest-request-evidence",
            &[
                ("kind", evidence_kind_name(t, item.kind).into()),
                ("evidence", request_description(t, case, item).into()),
                ("agency", agency_name(t, case, &item.agency).into()),
            ],
        ),
    }
}

/// A line of the evidence catalogue in the interface language: a default line as translated,
/// a line the case added as it was typed.
pub fn guidance_text(t: &Translator, line: &crate::model::evidence::EvidenceGuidance) -> String {
    let id = line.message_id();
    if t.has(&id) {
        t.tr(&id)
    } else {
        line.guidance.clone()
    }
}

/// The description of an evidence item the planner suggests: the catalogue's line, in the
/// interface language when it is a default line (the model writes the English one).
pub fn request_description(
    t: &Translator,
    case: &Case,
    item: &crate::model::evidence::EvidenceItem,
) -> String {
    item.topics
        .first()
        .and_then(|topic| {
            crate::model::evidence::of_case::guidance_for(case, topic)
                .into_iter()
                .find(|line| line.kind == item.kind && line.guidance == item.description)
        })
        .map_or_else(
            || item.description.trim().to_owned(),
            |line| guidance_text(t, line),
        )
}
