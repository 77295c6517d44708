//! The words for the case's enum values, one function per enum, shared by every section of the
//! workspace: how a PEACE phase, a priority, a form of record, a coverage level, a place, an
//! attendee role, an agency role or a finding's severity is named in the interface language,
//! the orders in which selects list them, and the values the selects carry.

use crate::i18n::Translator;
use crate::model::case::{
    AccountForm, AgencyRole, AttendeeRole, Coverage, LocationKind, PeacePhase, Priority,
};
use crate::model::planner::finding::Severity;
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
