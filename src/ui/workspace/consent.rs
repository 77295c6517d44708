//! The consent section of the case workspace: every purpose with its current status, its full
//! history and the plan items that depend on it; recording, withdrawing and correcting decisions.
//!
//! The ledger decides everything (`ConsentLedger::check`, `withdrawal`, `status`, `history`) and
//! the planner which purposes to offer (`offered_purposes`); this section only gathers the form,
//! sends the event as a `CaseEdit::RecordConsent` and shows what the model says.

use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit};
use crate::model::consent::{
    ConsentError, ConsentEvent, ConsentMethod, ConsentParty, ConsentPurpose, ConsentStatus,
    Decision,
};
use crate::model::edit::EditRefusal;
use crate::model::planner::finding::{Finding, FindingKind, FindingSubject};
use crate::model::planner::{depends_on_consent, finding_purposes, offered_purposes};
use crate::model::{AgeGroup, ConsentEventId, LanguageTag, Timestamp};
use crate::ui::clock::new_id;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::components::paged::{use_page, PAGE_ROWS};
use crate::ui::components::{input_value, outcome_line, NavLink};
use crate::ui::format::{date_time, local_input_value, parse_local_input};
use crate::ui::hooks::{use_latest, use_translator};
use crate::ui::language_names;
use crate::ui::routes::Route;
use crate::ui::workspace::analysis::SameAnalysis;
use crate::ui::workspace::labels::purpose_name;
use crate::ui::workspace::references::{
    same_questions, use_references_token, QuestionPositions, ReferencesToken,
};
use crate::ui::workspace::section::{SectionProps, WorkspaceSection};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlDialogElement, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};
use yew::prelude::*;

/// A stable text form of a purpose, for the purpose picker's option values.
fn purpose_key(purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => "take_part".to_owned(),
        ConsentPurpose::Recording => "recording".to_owned(),
        ConsentPurpose::UseAsEvidence => "use_as_evidence".to_owned(),
        ConsentPurpose::MedicalExamination => "medical_examination".to_owned(),
        ConsentPurpose::Photographs => "photographs".to_owned(),
        ConsentPurpose::ContactAfterwards => "contact_afterwards".to_owned(),
        ConsentPurpose::ShareRecord { agency } => format!("share_record:{agency}"),
        ConsentPurpose::Referral { service } => format!("referral:{service}"),
    }
}

/// What agreeing to a purpose means, in one plain sentence.
fn purpose_hint(t: &Translator, purpose: &ConsentPurpose) -> String {
    match purpose {
        ConsentPurpose::TakePart => t.tr("consent-purpose-take-part-hint"),
        ConsentPurpose::Recording => t.tr("consent-purpose-recording-hint"),
        ConsentPurpose::UseAsEvidence => t.tr("consent-purpose-use-as-evidence-hint"),
        ConsentPurpose::MedicalExamination => t.tr("consent-purpose-medical-examination-hint"),
        ConsentPurpose::Photographs => t.tr("consent-purpose-photographs-hint"),
        ConsentPurpose::ContactAfterwards => t.tr("consent-purpose-contact-afterwards-hint"),
        ConsentPurpose::ShareRecord { .. } => t.tr("consent-purpose-share-record-hint"),
        ConsentPurpose::Referral { .. } => t.tr("consent-purpose-referral-hint"),
    }
}

fn status_label(t: &Translator, status: ConsentStatus) -> String {
    match status {
        ConsentStatus::Given => t.tr("consent-status-given"),
        ConsentStatus::Declined => t.tr("consent-status-declined"),
        ConsentStatus::Withdrawn => t.tr("consent-status-withdrawn"),
        ConsentStatus::Missing => t.tr("consent-status-missing"),
        ConsentStatus::NotUnderstood => t.tr("consent-status-not-understood"),
        ConsentStatus::GuardianMissing => t.tr("consent-status-guardian-missing"),
        ConsentStatus::AssentMissing => t.tr("consent-status-assent-missing"),
    }
}

/// What a status means for the plan, when it needs saying.
fn status_explanation(t: &Translator, status: ConsentStatus) -> Option<String> {
    match status {
        ConsentStatus::NotUnderstood => Some(t.tr("consent-status-not-understood-hint")),
        ConsentStatus::GuardianMissing => Some(t.tr("consent-status-guardian-missing-hint")),
        ConsentStatus::AssentMissing => Some(t.tr("consent-status-assent-missing-hint")),
        _ => None,
    }
}

fn status_class(status: ConsentStatus) -> Classes {
    let tone = match status {
        ConsentStatus::Given => "given",
        ConsentStatus::Declined | ConsentStatus::Withdrawn => "refused",
        _ => "pending",
    };
    classes!("consent-status", tone)
}

/// Who decided, as a sentence names them: for a minor the survivor's own decision is the child's assent.
fn party_name(t: &Translator, party: ConsentParty, age_group: AgeGroup) -> String {
    match (party, age_group) {
        (ConsentParty::Guardian, _) => t.tr("consent-party-guardian-name"),
        (ConsentParty::Survivor, AgeGroup::Minor) => t.tr("consent-party-child-name"),
        (ConsentParty::Survivor, AgeGroup::Adult) => t.tr("consent-party-survivor-name"),
    }
}

fn method_label(t: &Translator, method: ConsentMethod) -> String {
    match method {
        ConsentMethod::Spoken => t.tr("consent-method-spoken"),
        ConsentMethod::Written => t.tr("consent-method-written"),
        ConsentMethod::Signed => t.tr("consent-method-signed"),
    }
}

/// A history line's headline, such as "Given by the survivor".
fn entry_headline(t: &Translator, event: &ConsentEvent, age_group: AgeGroup) -> String {
    let party = party_name(t, event.party, age_group);
    match event.decision {
        Decision::Given => t.tr_with("consent-entry-given", &[("party", party.into())]),
        Decision::Declined => t.tr_with("consent-entry-declined", &[("party", party.into())]),
        Decision::Withdrawn => t.tr_with("consent-entry-withdrawn", &[("party", party.into())]),
    }
}

/// Why an edit was refused: the ledger's refusal translated, any other in the model's words.
fn refusal_text(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::Consent(error) => consent_error(t, case, error),
        other => other.to_string(),
    }
}

/// The ledger's refusal, translated by kind: what is wrong and what to do.
fn consent_error(t: &Translator, case: &Case, error: &ConsentError) -> String {
    let when = |at: Timestamp| date_time(at, t.locale());
    let age_group = case.profile.age_group;
    match error {
        ConsentError::DuplicateId { .. } => t.tr("consent-error-duplicate-id"),
        ConsentError::UnknownCorrected { .. } => t.tr("consent-error-unknown-corrected"),
        ConsentError::AlreadyCorrected { corrected_by, .. } => {
            let at = case
                .consent
                .event(corrected_by)
                .map(|e| when(e.at))
                .unwrap_or_default();
            t.tr_with("consent-error-already-corrected", &[("at", at.into())])
        }
        ConsentError::BlankRecordedBy { .. } => t.tr("consent-error-blank-recorded-by"),
        ConsentError::BlankLanguage { .. } => t.tr("consent-error-blank-language"),
        ConsentError::OutOfOrder {
            purpose,
            party,
            at,
            latest,
            ..
        } => t.tr_with(
            "consent-error-out-of-order",
            &[
                ("purpose", purpose_name(t, case, purpose).into()),
                ("party", party_name(t, *party, age_group).into()),
                ("at", when(*at).into()),
                ("latest", when(*latest).into()),
            ],
        ),
        ConsentError::NothingToWithdraw { purpose, party, .. } => t.tr_with(
            "consent-error-nothing-to-withdraw",
            &[
                ("purpose", purpose_name(t, case, purpose).into()),
                ("party", party_name(t, *party, age_group).into()),
            ],
        ),
    }
}

/// The plan item a finding flags, in words, and the workspace section where it is planned.
fn flagged_item(t: &Translator, case: &Case, finding: &Finding) -> (String, WorkspaceSection) {
    for subject in &finding.concerns {
        match subject {
            FindingSubject::Session(id) => {
                let text = match case.session(id) {
                    Some(session) if !session.place.trim().is_empty() => t.tr_with(
                        "consent-item-session-at",
                        &[
                            ("date", date_time(session.date, t.locale()).into()),
                            ("place", session.place.clone().into()),
                        ],
                    ),
                    Some(session) => t.tr_with(
                        "consent-item-session",
                        &[("date", date_time(session.date, t.locale()).into())],
                    ),
                    None => t.tr_with("consent-item-session", &[("date", id.to_string().into())]),
                };
                return (text, WorkspaceSection::Session);
            }
            FindingSubject::Question(id) => {
                let text = case
                    .question(id)
                    .map_or_else(|| id.to_string(), |q| q.text.clone());
                return (
                    t.tr_with("consent-item-question", &[("text", text.into())]),
                    WorkspaceSection::Questions,
                );
            }
            FindingSubject::Referral(id) => {
                let name = case
                    .referrals
                    .iter()
                    .find(|r| &r.id == id)
                    .map_or_else(|| id.to_string(), |r| r.service.name.clone());
                return (
                    t.tr_with("consent-item-referral", &[("service", name.into())]),
                    WorkspaceSection::Referrals,
                );
            }
            _ => {}
        }
    }
    (t.tr("consent-item-other"), WorkspaceSection::Findings)
}

/// What a flag says about its item, by kind.
fn flag_text(t: &Translator, kind: FindingKind, item: String) -> String {
    let args = [("item", item.into())];
    match kind {
        FindingKind::ConsentMissing => t.tr_with("consent-flag-missing", &args),
        FindingKind::ConsentDeclined => t.tr_with("consent-flag-declined", &args),
        FindingKind::ConsentWithdrawn => t.tr_with("consent-flag-withdrawn", &args),
        FindingKind::ConsentToShareMissing => t.tr_with("consent-flag-share-missing", &args),
        _ => t.tr_with("consent-flag-share-refused", &args),
    }
}

/// The time of the decision being recorded.
#[derive(Clone, PartialEq)]
enum When {
    /// Untouched: dated when it is recorded, to the millisecond.
    Now,
    /// A correction, untouched: the time of the entry it corrects, to the millisecond, so that
    /// the history lists it right after that entry.
    Exactly(Timestamp),
    /// As typed in the `datetime-local` field (to the minute).
    Typed(String),
}

/// The record-a-decision form as typed so far.
#[derive(Clone, PartialEq)]
struct DecisionForm {
    purpose: String,
    decision: Decision,
    party: ConsentParty,
    when: When,
    recorded_by: String,
    method: ConsentMethod,
    language: String,
    interpreter: String,
    understood: bool,
    note: String,
    /// The entry this decision corrects, if it is a correction.
    corrects: Option<ConsentEventId>,
}

impl DecisionForm {
    fn new(case: &Case) -> Self {
        Self {
            purpose: purpose_key(&ConsentPurpose::TakePart),
            decision: Decision::Given,
            party: ConsentParty::Survivor,
            when: When::Now,
            recorded_by: String::new(),
            method: ConsentMethod::Spoken,
            language: case.profile.language.0.clone(),
            interpreter: String::new(),
            understood: false,
            note: String::new(),
            corrects: None,
        }
    }

    /// The form after a decision was recorded: who records, how and in which language stay;
    /// what belongs to one decision (its time, understanding, note) starts afresh.
    fn after_recording(&self) -> Self {
        Self {
            decision: Decision::Given,
            when: When::Now,
            understood: false,
            note: String::new(),
            corrects: None,
            ..self.clone()
        }
    }
}

/// A withdrawal waiting for confirmation.
#[derive(Clone, PartialEq)]
struct PendingWithdrawal {
    purpose: ConsentPurpose,
    party: ConsentParty,
}

fn select_value(event: &Event) -> String {
    event.target_unchecked_into::<HtmlSelectElement>().value()
}

#[component]
pub fn ConsentSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = props.case.clone();
    let read_only = props.read_only;
    let age_group = case.profile.age_group;
    let form = {
        let case = case.clone();
        use_state(move || DecisionForm::new(&case))
    };
    // What the form reports (shown by its button), and what a withdrawal reports (shown on top).
    let outcome = use_state(|| None::<Result<String, String>>);
    let notice = use_state(|| None::<String>);
    let withdrawal = use_state(|| None::<PendingWithdrawal>);
    let withdrawal_error = use_state(|| None::<String>);
    let purpose_select = use_node_ref();
    let references = use_references_token(&case);
    // The form as of this render, for the callbacks of cards that did not render again.
    let form_now = use_latest(&*form);
    let at = props.editor.now();
    let purposes = offered_purposes(&case, &props.analysis.findings);

    // One way to change a field of the form.
    let edit = |apply: fn(&mut DecisionForm, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let on_purpose = edit(|f, v| f.purpose = v).reform(|e: Event| select_value(&e));
    let on_decision = edit(|f, v| {
        f.decision = match v.as_str() {
            "declined" => Decision::Declined,
            "withdrawn" => Decision::Withdrawn,
            _ => Decision::Given,
        }
    })
    .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_party = edit(|f, v| {
        f.party = if v == "guardian" {
            ConsentParty::Guardian
        } else {
            ConsentParty::Survivor
        }
    })
    .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_when = edit(|f, v| f.when = When::Typed(v)).reform(input_value);
    let on_recorded_by = edit(|f, v| f.recorded_by = v).reform(input_value);
    let on_method = edit(|f, v| {
        f.method = match v.as_str() {
            "written" => ConsentMethod::Written,
            "signed" => ConsentMethod::Signed,
            _ => ConsentMethod::Spoken,
        }
    })
    .reform(|e: Event| select_value(&e));
    let on_language = edit(|f, v| f.language = v).reform(|tag: LanguageTag| tag.0);
    let on_interpreter = edit(|f, v| f.interpreter = v).reform(input_value);
    let on_understood = edit(|f, v| f.understood = v == "true").reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .checked()
            .to_string()
    });
    let on_note = edit(|f, v| f.note = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());

    let onsubmit = {
        let (form, outcome, notice, case, editor, t) = (
            form.clone(),
            outcome.clone(),
            notice.clone(),
            case.clone(),
            props.editor.clone(),
            t.clone(),
        );
        let purposes = purposes.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(purpose) = purposes
                .iter()
                .find(|p| purpose_key(p) == form.purpose)
                .cloned()
            else {
                outcome.set(Some(Err(t.tr("consent-error-purpose"))));
                return;
            };
            let at = match &form.when {
                When::Now => editor.now(),
                When::Exactly(at) => *at,
                When::Typed(value) => match parse_local_input(value) {
                    Some(at) => at,
                    None => {
                        outcome.set(Some(Err(t.tr("consent-error-when"))));
                        return;
                    }
                },
            };
            let party = if case.profile.age_group == AgeGroup::Minor {
                form.party
            } else {
                ConsentParty::Survivor
            };
            let interpreter = form.interpreter.trim();
            let consent_event = ConsentEvent {
                id: ConsentEventId::new(new_id()),
                purpose: purpose.clone(),
                decision: form.decision,
                party,
                at,
                recorded_by: form.recorded_by.trim().to_owned(),
                method: form.method,
                language: LanguageTag::new(form.language.trim()),
                interpreter: (!interpreter.is_empty()).then(|| interpreter.to_owned()),
                understanding_confirmed: form.understood,
                note: form.note.trim().to_owned(),
                corrects: form.corrects.clone(),
            };
            let edit = CaseEdit::RecordConsent {
                event: consent_event.clone(),
            };
            if let Err(refusal) = editor.send(&case, edit) {
                outcome.set(Some(Err(refusal_text(&t, &case, &refusal))));
                return;
            }
            // The status the purpose has now: the ledger the event was checked on, with the
            // event in (a copy of the ledger, not of the whole case with its history).
            let mut recorded = case.consent.clone();
            let status = recorded
                .record(consent_event)
                .map(|()| recorded.status(&purpose, editor.now(), case.profile.age_group));
            match status {
                Ok(status) => outcome.set(Some(Ok(t.tr_with(
                    "consent-recorded",
                    &[
                        ("purpose", purpose_name(&t, &case, &purpose).into()),
                        ("status", status_label(&t, status).into()),
                    ],
                )))),
                Err(error) => outcome.set(Some(Err(refusal_text(
                    &t,
                    &case,
                    &EditRefusal::Consent(error),
                )))),
            }
            form.set(form.after_recording());
            notice.set(None);
        })
    };

    let start_correction = {
        let (form, form_now, outcome, purpose_select) = (
            form.clone(),
            form_now.clone(),
            outcome.clone(),
            purpose_select.clone(),
        );
        Callback::from(move |event: ConsentEvent| {
            let current = form_now.borrow().clone();
            form.set(DecisionForm {
                purpose: purpose_key(&event.purpose),
                decision: event.decision,
                party: event.party,
                when: When::Exactly(event.at),
                method: event.method,
                language: event.language.0.clone(),
                interpreter: event.interpreter.clone().unwrap_or_default(),
                understood: event.understanding_confirmed,
                note: String::new(),
                corrects: Some(event.id.clone()),
                ..current
            });
            outcome.set(None);
            // The form is where the correction is made: take the user there.
            if let Some(select) = purpose_select.cast::<HtmlElement>() {
                let _ = select.focus();
            }
        })
    };
    let cancel_correction = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| form.set(form.after_recording()))
    };

    let ask_withdrawal = {
        let (withdrawal, withdrawal_error) = (withdrawal.clone(), withdrawal_error.clone());
        Callback::from(move |pending: PendingWithdrawal| {
            withdrawal_error.set(None);
            withdrawal.set(Some(pending));
        })
    };
    let cancel_withdrawal = {
        let withdrawal = withdrawal.clone();
        Callback::from(move |()| withdrawal.set(None))
    };
    let confirm_withdrawal = {
        let (withdrawal, withdrawal_error, notice, form, case, editor, t) = (
            withdrawal.clone(),
            withdrawal_error.clone(),
            notice.clone(),
            form.clone(),
            case.clone(),
            props.editor.clone(),
            t.clone(),
        );
        Callback::from(move |recorded_by: String| {
            let Some(pending) = (*withdrawal).clone() else {
                return;
            };
            let sent = case
                .consent
                .withdrawal(
                    ConsentEventId::new(new_id()),
                    pending.purpose.clone(),
                    pending.party,
                    editor.now(),
                    recorded_by.trim(),
                )
                .map_err(EditRefusal::Consent)
                .and_then(|event| editor.send(&case, CaseEdit::RecordConsent { event }));
            match sent {
                Err(refusal) => withdrawal_error.set(Some(refusal_text(&t, &case, &refusal))),
                Ok(()) => {
                    // Whoever withdrew it is likely to record the next decision too.
                    if form.recorded_by.trim().is_empty() {
                        form.set(DecisionForm {
                            recorded_by: recorded_by.trim().to_owned(),
                            ..(*form).clone()
                        });
                    }
                    notice.set(Some(t.tr_with(
                        "consent-withdrawn-done",
                        &[("purpose", purpose_name(&t, &case, &pending.purpose).into())],
                    )));
                    withdrawal.set(None);
                }
            }
        })
    };

    // Each purpose's findings (by their place in the analysis), sorted out in one pass: every
    // card scanning every consent finding cost purposes × findings (about 9,000 consent
    // findings in the 100x case). Once per analysis: they are the analysis's, and a change
    // waits for its own analysis to show its flags.
    let flags = {
        let case = case.clone();
        use_memo(
            SameAnalysis(props.analysis.clone()),
            move |SameAnalysis(analysis)| {
                let mut flags: HashMap<String, Vec<usize>> = HashMap::new();
                let consent_flags = analysis.findings.iter().enumerate();
                for (place, finding) in consent_flags.filter(|(_, f)| depends_on_consent(f)) {
                    let keys: HashSet<String> = finding_purposes(&case, finding)
                        .iter()
                        .map(purpose_key)
                        .collect();
                    for key in keys {
                        flags.entry(key).or_default().push(place);
                    }
                }
                flags
            },
        )
    };

    let positions = Rc::new(QuestionPositions::of(&case));
    // A page of purposes at a time (a case with a thousand agencies offers a thousand or more);
    // the one chosen in the form is brought into view, so that its history is beside it.
    let chosen = purposes.iter().position(|p| purpose_key(p) == form.purpose);
    let purpose_page = use_page(
        purposes.len(),
        PAGE_ROWS,
        &t.tr("consent-purposes-list"),
        chosen,
    );
    let purpose_card = |(index, purpose): (usize, &ConsentPurpose)| -> Html {
        let status = case.consent.status(purpose, at, age_group);
        let flagged: Vec<Finding> =
            flags
                .get(&purpose_key(purpose))
                .map_or_else(Vec::new, |places| {
                    places
                        .iter()
                        .map(|&place| props.analysis.findings[place].clone())
                        .collect()
                });
        // Who can withdraw now: a party whose own decision is `Given` (understood or not).
        // For the survivor that is `status` for an adult, who decides alone; for a minor's
        // guardian it is every status that means the guardian's consent stands.
        let survivor_gave = matches!(
            case.consent.status(purpose, at, AgeGroup::Adult),
            ConsentStatus::Given | ConsentStatus::NotUnderstood
        );
        let guardian_gave = age_group == AgeGroup::Minor
            && matches!(
                status,
                ConsentStatus::Given | ConsentStatus::NotUnderstood | ConsentStatus::AssentMissing
            );
        html! {
            <PurposeCard key={purpose_key(purpose)} case={case.clone()} purpose={purpose.clone()} {index}
                {status} {survivor_gave} {guardian_gave} {flagged} references={references.clone()}
                positions={positions.clone()} {read_only} on_withdraw={ask_withdrawal.clone()} on_correct={start_correction.clone()} />
        }
    };

    let correcting = form
        .corrects
        .as_ref()
        .and_then(|id| case.consent.event(id))
        .cloned();
    let when_value = match &form.when {
        When::Now => local_input_value(at),
        When::Exactly(exact) => local_input_value(*exact),
        When::Typed(value) => value.clone(),
    };
    let decision_radio = |value: &'static str, decision: Decision, label: String| {
        let id = format!("consent-decision-{value}");
        html! {
            <div class="check">
                <input type="radio" id={id.clone()} name="consent-decision" {value}
                    checked={form.decision == decision} onchange={on_decision.clone()} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let party_radio = |value: &'static str, party: ConsentParty, label: String| {
        let id = format!("consent-party-{value}");
        html! {
            <div class="check">
                <input type="radio" id={id.clone()} name="consent-party" {value}
                    checked={form.party == party} onchange={on_party.clone()} />
                <label for={id}>{ label }</label>
            </div>
        }
    };

    let dialog = (*withdrawal).as_ref().map(|pending| {
        html! {
            <WithdrawDialog
                purpose={purpose_name(&t, &case, &pending.purpose)}
                party={party_name(&t, pending.party, age_group)}
                recorded_by={form.recorded_by.clone()}
                error={(*withdrawal_error).clone().map(AttrValue::from)}
                on_confirm={confirm_withdrawal.clone()}
                on_cancel={cancel_withdrawal.clone()} />
        }
    });

    html! {
        <>
            <section aria-labelledby="consent-heading" class="panel consent">
                <h2 id="consent-heading">{ t.tr("consent-heading") }</h2>
                <p class="hint">{ t.tr("consent-intro") }</p>
                if age_group == AgeGroup::Minor {
                    <p class="warning">{ t.tr("consent-minor-explained") }</p>
                }
                if let Some(message) = &*notice {
                    <p role="status" class="success">{ message.clone() }</p>
                }
                { purpose_page.shown }
                <ul class="consent-purposes">
                    { for purposes.iter().enumerate().skip(purpose_page.range.start).take(purpose_page.range.len()).map(purpose_card) }
                </ul>
                { purpose_page.controls }
            </section>

            <section aria-labelledby="consent-record-heading" class="panel consent-record">
                <h2 id="consent-record-heading">
                    { if correcting.is_some() { t.tr("consent-correct-heading") } else { t.tr("consent-record-heading") } }
                </h2>
                if let Some(mistaken) = &correcting {
                    <p class="warning">
                        { t.tr_with("consent-correcting", &[
                            ("entry", entry_headline(&t, mistaken, age_group).into()),
                            ("at", date_time(mistaken.at, t.locale()).into()),
                        ]) }
                    </p>
                }
                <form onsubmit={onsubmit} novalidate=true>
                    <fieldset disabled={read_only}>
                        <legend class="visually-hidden">{ t.tr("consent-record-heading") }</legend>
                        <label for="consent-purpose">{ t.tr("consent-field-purpose") }</label>
                        <select id="consent-purpose" ref={purpose_select} onchange={on_purpose}>
                            { for purposes.iter().map(|purpose| {
                                let key = purpose_key(purpose);
                                html! {
                                    <option value={key.clone()} selected={key == form.purpose}>
                                        { purpose_name(&t, &case, purpose) }
                                    </option>
                                }
                            }) }
                        </select>

                        <fieldset class="consent-choice">
                            <legend>{ t.tr("consent-field-decision") }</legend>
                            { decision_radio("given", Decision::Given, t.tr("consent-decision-given")) }
                            { decision_radio("declined", Decision::Declined, t.tr("consent-decision-declined")) }
                            { decision_radio("withdrawn", Decision::Withdrawn, t.tr("consent-decision-withdrawn")) }
                        </fieldset>

                        if age_group == AgeGroup::Minor {
                            <fieldset class="consent-choice" aria-describedby="consent-party-hint">
                                <legend>{ t.tr("consent-field-party") }</legend>
                                <p id="consent-party-hint" class="hint">{ t.tr("consent-party-hint") }</p>
                                { party_radio("survivor", ConsentParty::Survivor, t.tr("consent-party-child")) }
                                { party_radio("guardian", ConsentParty::Guardian, t.tr("consent-party-guardian")) }
                            </fieldset>
                        }

                        <label for="consent-when">{ t.tr("consent-field-when") }</label>
                        <input id="consent-when" type="datetime-local" value={when_value}
                            aria-describedby="consent-when-hint" oninput={on_when} />
                        <p id="consent-when-hint" class="hint">{ t.tr("consent-field-when-hint") }</p>

                        <label for="consent-recorded-by">{ t.tr("consent-field-recorded-by") }</label>
                        <input id="consent-recorded-by" type="text" autocomplete="off"
                            aria-describedby="consent-recorded-by-hint"
                            value={form.recorded_by.clone()} oninput={on_recorded_by} />
                        <p id="consent-recorded-by-hint" class="hint">{ t.tr("consent-field-recorded-by-hint") }</p>

                        <label for="consent-method">{ t.tr("consent-field-method") }</label>
                        <select id="consent-method" onchange={on_method}>
                            <option value="spoken" selected={form.method == ConsentMethod::Spoken}>{ t.tr("consent-method-spoken") }</option>
                            <option value="written" selected={form.method == ConsentMethod::Written}>{ t.tr("consent-method-written") }</option>
                            <option value="signed" selected={form.method == ConsentMethod::Signed}>{ t.tr("consent-method-signed") }</option>
                        </select>

                        <LanguagePicker id="consent-language" label={t.tr("consent-field-language")}
                            described_by="consent-language-hint"
                            value={LanguageTag::new(form.language.clone())} on_pick={on_language} />
                        <p id="consent-language-hint" class="hint">{ t.tr("consent-field-language-hint") }</p>

                        <label for="consent-interpreter">{ t.tr("consent-field-interpreter") }</label>
                        <input id="consent-interpreter" type="text" autocomplete="off"
                            value={form.interpreter.clone()} oninput={on_interpreter} />

                        <div class="check">
                            <input id="consent-understood" type="checkbox" aria-describedby="consent-understood-why"
                                checked={form.understood} onchange={on_understood} />
                            <label for="consent-understood">{ t.tr("consent-field-understood") }</label>
                        </div>
                        <p id="consent-understood-why" class="hint">{ t.tr("consent-field-understood-why") }</p>

                        <label for="consent-note">{ t.tr("consent-field-note") }</label>
                        <textarea id="consent-note" rows="3" value={form.note.clone()} oninput={on_note} />

                        { outcome_line(&outcome) }
                        <div class="actions">
                            <button type="submit">
                                { if correcting.is_some() { t.tr("consent-submit-correction") } else { t.tr("consent-submit") } }
                            </button>
                            if correcting.is_some() {
                                <button type="button" class="secondary" onclick={cancel_correction}>
                                    { t.tr("consent-cancel-correction") }
                                </button>
                            }
                        </div>
                    </fieldset>
                </form>
            </section>
            { for dialog }
        </>
    }
}

#[derive(Properties, Clone)]
struct PurposeCardProps {
    case: Rc<Case>,
    purpose: ConsentPurpose,
    /// Its place in the list, for the ids that tie headings to their sections.
    index: usize,
    status: ConsentStatus,
    /// Whether the survivor's (or the child's) own consent stands and can be withdrawn.
    survivor_gave: bool,
    /// Whether a minor's guardian's consent stands and can be withdrawn.
    guardian_gave: bool,
    /// The plan items that wait for this purpose.
    flagged: Vec<Finding>,
    references: ReferencesToken,
    /// Where each question of `case` is, to compare the questions the flagged items name.
    positions: Rc<QuestionPositions>,
    read_only: bool,
    on_withdraw: Callback<PendingWithdrawal>,
    on_correct: Callback<ConsentEvent>,
}

/// Only what the card shows decides whether it renders again, so that recording one decision
/// renders one card. The callbacks are left out: they read the form as it is when they run.
impl PartialEq for PurposeCardProps {
    fn eq(&self, other: &Self) -> bool {
        self.purpose == other.purpose
            && self.index == other.index
            && self.status == other.status
            && self.survivor_gave == other.survivor_gave
            && self.guardian_gave == other.guardian_gave
            && self.read_only == other.read_only
            && self.references == other.references
            && self.case.profile.age_group == other.case.profile.age_group
            && self.flagged == other.flagged
            && same_questions(
                (&self.case, &self.positions),
                (&other.case, &other.positions),
                self.flagged
                    .iter()
                    .flat_map(|finding| &finding.concerns)
                    .filter_map(|subject| match subject {
                        FindingSubject::Question(id) => Some(id),
                        _ => None,
                    }),
            )
            && self.case.consent.history(&self.purpose)
                == other.case.consent.history(&other.purpose)
    }
}

/// One purpose: its status, the plan items waiting for it, its withdrawal and its history.
#[component]
fn PurposeCard(props: &PurposeCardProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let purpose = &props.purpose;
    let (status, read_only) = (props.status, props.read_only);
    let (survivor_gave, guardian_gave) = (props.survivor_gave, props.guardian_gave);
    let age_group = case.profile.age_group;
    let (ask_withdrawal, start_correction) = (&props.on_withdraw, &props.on_correct);
    let name = purpose_name(&t, case, purpose);
    let heading_id = format!("consent-purpose-{}", props.index);
    let history = case.consent.history(purpose);
    let page = use_page(
        history.len(),
        PAGE_ROWS,
        &t.tr_with(
            "consent-history-of",
            &[("purpose", purpose_name(&t, case, purpose).into())],
        ),
        None,
    );
    let flagged = &props.flagged;
    let withdraw_button = |party: ConsentParty, label: String| {
        let ask = ask_withdrawal.clone();
        let purpose = purpose.clone();
        let full_name = t.tr_with(
            "consent-button-for",
            &[
                ("action", label.clone().into()),
                ("subject", name.clone().into()),
            ],
        );
        html! {
            <button type="button" class="danger" disabled={read_only} aria-label={full_name}
                onclick={move |_| ask.emit(PendingWithdrawal { purpose: purpose.clone(), party })}>
                { label }
            </button>
        }
    };
    html! {
        <li class="consent-purpose">
            <section aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ name.clone() }</h3>
                <p class="hint">{ purpose_hint(&t, purpose) }</p>
                <p class="consent-status-line">
                    { t.tr("consent-status-label") }{ " " }
                    <span class={status_class(status)}>{ status_label(&t, status) }</span>
                </p>
                if let Some(explanation) = status_explanation(&t, status) {
                    <p class="warning">{ explanation }</p>
                }
                if !flagged.is_empty() {
                    <div class="consent-flags">
                        <h4>{ t.tr_with("consent-flags-heading", &[("count", flagged.len().into())]) }</h4>
                        <ul>
                            { for flagged.iter().map(|finding| {
                                let (item, section) = flagged_item(&t, case, finding);
                                html! {
                                    <li>
                                        { flag_text(&t, finding.kind, item) }{ " " }
                                        <NavLink to={Route::CaseSection { id: case.id.to_string(), section: section.slug().to_owned() }}>
                                            { t.tr(&section.message_id()) }
                                        </NavLink>
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
                if survivor_gave || guardian_gave {
                    <div class="actions">
                        if survivor_gave {
                            { withdraw_button(ConsentParty::Survivor, if age_group == AgeGroup::Minor {
                                t.tr("consent-withdraw-child")
                            } else {
                                t.tr("consent-withdraw")
                            }) }
                        }
                        if guardian_gave {
                            { withdraw_button(ConsentParty::Guardian, t.tr("consent-withdraw-guardian")) }
                        }
                    </div>
                }
                if history.is_empty() {
                    <p class="hint">{ t.tr("consent-history-empty") }</p>
                } else {
                    <h4>{ t.tr("consent-history-heading") }</h4>
                    { page.shown }
                    <ol class="consent-history" start={(page.range.start + 1).to_string()}>
                        { for history[page.range.clone()].iter().map(|entry| {
                            let event = entry.event;
                            let when = date_time(event.at, t.locale());
                            let corrected_at = entry.corrected_by
                                .and_then(|id| case.consent.event(id))
                                .map(|e| date_time(e.at, t.locale()));
                            let corrects_at = event.corrects.as_ref()
                                .and_then(|id| case.consent.event(id))
                                .map(|e| date_time(e.at, t.locale()));
                            let correct = {
                                let start = start_correction.clone();
                                let event = event.clone();
                                move |_: MouseEvent| start.emit(event.clone())
                            };
                            html! {
                                <li class={classes!("consent-entry", corrected_at.is_some().then_some("corrected"))}>
                                    <p class="consent-entry-head">
                                        <strong>{ entry_headline(&t, event, age_group) }</strong>
                                        { " · " }<time>{ when.clone() }</time>
                                        if corrected_at.is_some() {
                                            <span class="tag">{ t.tr("consent-entry-corrected-tag") }</span>
                                        }
                                        if corrects_at.is_some() {
                                            <span class="tag">{ t.tr("consent-entry-correction-tag") }</span>
                                        }
                                    </p>
                                    <p class="hint">
                                        { t.tr_with("consent-entry-details", &[
                                            ("method", method_label(&t, event.method).into()),
                                            ("language", language_names::shown(&t, &event.language).into()),
                                            ("recorder", event.recorded_by.clone().into()),
                                        ]) }
                                        if let Some(interpreter) = &event.interpreter {
                                            { " " }{ t.tr_with("consent-entry-interpreter", &[("interpreter", interpreter.clone().into())]) }
                                        }
                                        { " " }
                                        if event.decision == Decision::Given {
                                            if event.understanding_confirmed {
                                                { t.tr("consent-entry-understood") }
                                            } else {
                                                <strong>{ t.tr("consent-entry-not-understood") }</strong>
                                            }
                                        }
                                    </p>
                                    if !event.note.is_empty() {
                                        <p class="consent-entry-note">{ t.tr_with("consent-entry-note", &[("note", event.note.clone().into())]) }</p>
                                    }
                                    if let Some(corrected_at) = corrected_at {
                                        <p>{ t.tr_with("consent-entry-corrected-by", &[("at", corrected_at.into())]) }</p>
                                    }
                                    if let Some(corrects_at) = corrects_at {
                                        <p>{ t.tr_with("consent-entry-corrects", &[("at", corrects_at.into())]) }</p>
                                    }
                                    if entry.corrected_by.is_none() {
                                        <button type="button" class="secondary" disabled={read_only} onclick={correct}
                                            aria-label={t.tr_with("consent-button-for", &[
                                                ("action", t.tr("consent-correct").into()),
                                                ("subject", t.tr_with("consent-entry-subject", &[
                                                    ("purpose", name.clone().into()),
                                                    ("at", when.clone().into()),
                                                ]).into()),
                                            ])}>
                                            { t.tr("consent-correct") }
                                        </button>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                    { page.controls }
                }
            </section>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct WithdrawDialogProps {
    purpose: AttrValue,
    party: AttrValue,
    /// Who recorded the last decision in this tab, offered as who records the withdrawal.
    recorded_by: AttrValue,
    /// Why the ledger refused the withdrawal, if it did.
    error: Option<AttrValue>,
    /// Called with who recorded the withdrawal.
    on_confirm: Callback<String>,
    on_cancel: Callback<()>,
}

/// Asks to confirm a withdrawal and who records it, in a modal `<dialog>` that traps focus,
/// closes on Escape and gives focus back when it closes.
#[component]
fn WithdrawDialog(props: &WithdrawDialogProps) -> Html {
    let t = use_translator();
    let dialog = use_node_ref();
    let recorded_by = use_state(|| props.recorded_by.to_string());
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let previous = gloo::utils::document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
            move || {
                if let Some(previous) = previous.filter(|p| p.is_connected()) {
                    let _ = previous.focus();
                }
            }
        });
    }
    let on_cancel_event = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |event: Event| {
            event.prevent_default();
            on_cancel.emit(());
        })
    };
    let onsubmit = {
        let (on_confirm, recorded_by) = (props.on_confirm.clone(), recorded_by.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_confirm.emit((*recorded_by).clone());
        })
    };
    let oninput = {
        let recorded_by = recorded_by.clone();
        Callback::from(move |e: InputEvent| recorded_by.set(input_value(e)))
    };
    html! {
        <dialog ref={dialog} class="dialog" aria-labelledby="consent-withdraw-title"
            aria-describedby="consent-withdraw-message" oncancel={on_cancel_event}>
            <h2 id="consent-withdraw-title">
                { t.tr_with("consent-withdraw-title", &[("purpose", props.purpose.to_string().into())]) }
            </h2>
            <p id="consent-withdraw-message">
                { t.tr_with("consent-withdraw-message", &[
                    ("purpose", props.purpose.to_string().into()),
                    ("party", props.party.to_string().into()),
                ]) }
            </p>
            <form onsubmit={onsubmit} novalidate=true>
                <label for="consent-withdraw-recorded-by">{ t.tr("consent-field-recorded-by") }</label>
                <input id="consent-withdraw-recorded-by" type="text" autocomplete="off"
                    value={(*recorded_by).clone()} {oninput} />
                if let Some(error) = &props.error {
                    <p role="alert" class="error">{ error.clone() }</p>
                }
                <div class="actions">
                    <button type="button" class="secondary" onclick={props.on_cancel.reform(|_| ())}>
                        { t.tr("cancel") }
                    </button>
                    <button type="submit" class="danger">{ t.tr("consent-withdraw-confirm") }</button>
                </div>
            </form>
        </dialog>
    }
}
