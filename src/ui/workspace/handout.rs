//! The survivor's handout: their rights in the interview, the consents they gave and how to
//! withdraw them, and their referral contacts — printed in the survivor's language.

use crate::i18n::{Catalogue, Direction, SurvivorLanguage, Translator};
use crate::model::case::Case;
use crate::model::consent::{ConsentPurpose, ConsentStatus};
use crate::model::referral::ReferralStatus;
use crate::model::{LanguageTag, Timestamp};
use crate::ui::clock::now;
use crate::ui::format::date;
use crate::ui::hooks::use_translator;
use crate::ui::language_names;
use crate::ui::workspace::labels::service_name;
use crate::ui::workspace::section::SectionProps;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The rights every handout lists, in order.
const RIGHTS: &[&str] = &[
    "right-stop",
    "right-break",
    "right-not-answer",
    "right-interpreter",
    "right-support-person",
    "right-tell-once",
];

/// A message with its one value set apart from the words around it (`<bdi>`): in a
/// right-to-left handout, a phone number, a code, a date or a Latin name keeps its own order and
/// does not reorder the punctuation beside it. `direction`: a value always written left to right
/// (a phone number, an e-mail address); otherwise its own first letter decides.
fn isolated(
    (before, after): (String, String),
    value: String,
    direction: Option<Direction>,
) -> Html {
    html! {
        <>{ before }<bdi dir={direction.map(Direction::attribute)}>{ value }</bdi>{ after }</>
    }
}

/// The name and the plain explanation of a purpose, in the survivor's language.
fn purpose_texts(
    s: &Translator<SurvivorLanguage>,
    case: &Case,
    purpose: &ConsentPurpose,
) -> (Html, Html) {
    let simple = |id: &str| {
        (
            html! { <>{ s.tr(id) }</> },
            html! { <>{ s.tr(&format!("{id}-explain")) }</> },
        )
    };
    match purpose {
        ConsentPurpose::TakePart => simple("purpose-take-part"),
        ConsentPurpose::Recording => simple("purpose-recording"),
        ConsentPurpose::UseAsEvidence => simple("purpose-use-as-evidence"),
        ConsentPurpose::MedicalExamination => simple("purpose-medical-examination"),
        ConsentPurpose::Photographs => simple("purpose-photographs"),
        ConsentPurpose::ContactAfterwards => simple("purpose-contact-afterwards"),
        ConsentPurpose::ShareRecord { agency } => {
            let name = case
                .agency(agency)
                .map_or_else(|| agency.to_string(), |a| a.name.clone());
            (
                isolated(
                    s.tr_around("purpose-share-record", "agency"),
                    name.clone(),
                    None,
                ),
                isolated(
                    s.tr_around("purpose-share-record-explain", "agency"),
                    name,
                    None,
                ),
            )
        }
        ConsentPurpose::Referral { service } => {
            let name = service_name(case, service);
            (
                isolated(
                    s.tr_around("purpose-referral", "service"),
                    name.clone(),
                    None,
                ),
                isolated(
                    s.tr_around("purpose-referral-explain", "service"),
                    name,
                    None,
                ),
            )
        }
    }
}

/// What the survivor decided for each purpose, with the date of the decision that counts.
fn decisions(case: &Case, at: Timestamp) -> Vec<(ConsentPurpose, ConsentStatus, Timestamp)> {
    case.consent
        .purposes()
        .into_iter()
        .filter_map(|purpose| {
            let status = case.consent.status(&purpose, at, case.profile.age_group);
            let decided_at = case
                .consent
                .history(&purpose)
                .iter()
                .filter(|entry| entry.corrected_by.is_none() && entry.event.at <= at)
                .map(|entry| entry.event.at)
                .max()?;
            matches!(
                status,
                ConsentStatus::Given | ConsentStatus::Declined | ConsentStatus::Withdrawn
            )
            .then_some((purpose, status, decided_at))
        })
        .collect()
}

#[component]
pub fn HandoutSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let preferred = SurvivorLanguage::from_tag(&case.profile.language.0);
    let language = use_state(|| preferred.unwrap_or_default());
    let s = Translator::new(*language);
    let direction = language.direction();
    let review = s
        .review_status()
        .map(|status| t.tr(&format!("handout-review-{}", status.keyword())));
    let today = now();
    let ltr = Some(Direction::LeftToRight);

    let on_language = {
        let language = language.clone();
        Callback::from(move |e: Event| {
            let tag = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(chosen) = SurvivorLanguage::from_tag(&tag) {
                language.set(chosen);
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let given = decisions(case, today);
    let referrals: Vec<_> = case
        .referrals
        .iter()
        .filter(|r| r.status != ReferralStatus::Declined)
        .collect();

    html! {
        <>
            <section class="panel no-print" aria-labelledby="handout-tools-heading">
                <h2 id="handout-tools-heading">{ t.tr("handout-heading") }</h2>
                <p class="hint">{ t.tr("handout-intro") }</p>
                if preferred.is_none() {
                    <p class="warning" role="note">
                        { t.tr_with("handout-language-missing", &[("language", language_names::shown(&t, &case.profile.language).into())]) }
                    </p>
                }
                <label for="handout-language">{ t.tr("handout-language") }</label>
                <select id="handout-language" aria-describedby="handout-review" onchange={on_language}>
                    { for SurvivorLanguage::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={*l == *language}>
                            { language_names::label(&t, &language_names::named(&LanguageTag::new(l.tag()), t.locale())) }
                        </option>
                    }) }
                </select>
                // How far the chosen translation has been checked: for the team only, never printed.
                <p id="handout-review" class="hint">{ review }</p>
                <button type="button" onclick={print}>{ t.tr("print-handout") }</button>
            </section>
            <article class="handout printable" lang={language.tag()} dir={direction.attribute()} aria-labelledby="handout-title">
                <h2 id="handout-title">{ s.tr("handout-title") }</h2>
                <p>{ isolated(s.tr_around("handout-reference", "code"), case.code.clone(), None) }</p>
                <p>{ isolated(s.tr_around("handout-date", "date"), date(today, *language), None) }</p>

                <h3>{ s.tr("rights-heading") }</h3>
                <ul>
                    { for RIGHTS.iter().map(|id| html! { <li>{ s.tr(id) }</li> }) }
                </ul>

                <h3>{ s.tr("consents-heading") }</h3>
                if given.is_empty() {
                    <p>{ s.tr("consents-none") }</p>
                } else {
                    <ul class="handout-consents">
                        { for given.iter().map(|(purpose, status, at)| {
                            let (name, explanation) = purpose_texts(&s, case, purpose);
                            let when = date(*at, *language);
                            let decision = match status {
                                ConsentStatus::Given => s.tr_around("consent-given", "date"),
                                ConsentStatus::Declined => s.tr_around("consent-declined", "date"),
                                _ => s.tr_around("consent-withdrawn", "date"),
                            };
                            let decision = isolated(decision, when, None);
                            html! {
                                <li>
                                    <strong>{ name }</strong>
                                    <p>{ explanation }</p>
                                    <p>{ decision }</p>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <p>{ s.tr("consent-withdraw-how") }</p>

                <h3>{ s.tr("support-heading") }</h3>
                if referrals.is_empty() {
                    <p>{ s.tr("support-none") }</p>
                } else {
                    <ul class="handout-support">
                        { for referrals.iter().map(|referral| {
                            let service = &referral.service;
                            html! {
                                <li>
                                    <strong><bdi>{ service.name.clone() }</bdi></strong>
                                    { for service.phones.iter().map(|phone| html! {
                                        <p>{ isolated(s.tr_around("support-phone", "number"), phone.number.clone(), ltr) }</p>
                                    }) }
                                    if let Some(email) = &service.email {
                                        <p>{ isolated(s.tr_around("support-email", "email"), email.clone(), ltr) }</p>
                                    }
                                    { for service.hours.iter().map(|hours| html! {
                                        <p>{ isolated(s.tr_around("support-hours", "hours"), hours.clone(), None) }</p>
                                    }) }
                                    if !service.languages.is_empty() {
                                        <p>{ isolated(s.tr_around("support-languages", "languages"), service.languages.join(", "), None) }</p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }
                <p class="handout-keep">{ s.tr("handout-keep") }</p>
            </article>
        </>
    }
}
