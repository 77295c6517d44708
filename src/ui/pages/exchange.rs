//! Exchange between agencies, the agency's side: this vault's sharing key (text, QR code and
//! fingerprint), the contacts it keeps, and the question requests other agencies sent it, each
//! opened as a contribution. The lead's side is in the case workspace.

use crate::model::case::AgencyRole;
use crate::model::exchange::{Contribution, ExchangeKey};
use crate::model::QuestionRequestId;
use crate::ui::clock::now;
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::{input_value, NavLink};
use crate::ui::errors::{exchange_error, vault_error};
use crate::ui::format::date_time;
use crate::ui::hooks::{use_page_title, use_translator, use_vault};
use crate::ui::routes::Route;
use crate::ui::vault_state::{OpenVault, TabRole};
use crate::ui::workspace::labels::{
    agency_role_from_value, agency_role_name, agency_role_value, AGENCY_ROLES,
};
use crate::vault::exchange::{fingerprint, qr_svg, Contact, ExchangeError, ExchangeFileError};
use crate::vault::export::MAX_IMPORT_BYTES;
use age::secrecy::SecretString;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;

/// What a part of the page read from the vault: not yet, or what it found, or why not.
#[derive(Clone, PartialEq)]
enum Loaded<T> {
    Loading,
    Ready(T),
    Failed(String),
}

#[component]
pub fn ExchangePage() -> Html {
    let t = use_translator();
    use_page_title("exchange-heading");
    let vault = use_vault();
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let open = unlocked.vault.clone();
    let read_only = unlocked.role != TabRole::Writer;
    html! {
        <>
            <h1>{ t.tr("exchange-heading") }</h1>
            <p>{ t.tr("exchange-intro") }</p>
            <SharingKeySection vault={open.clone()} />
            <ContactsSection vault={open.clone()} {read_only} />
            <RequestsSection vault={open} {read_only} />
        </>
    }
}

#[derive(Properties, Clone)]
struct VaultProps {
    vault: OpenVault,
    #[prop_or_default]
    read_only: bool,
}

impl PartialEq for VaultProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.vault, &other.vault) && self.read_only == other.read_only
    }
}

/// The vault's public sharing key as text, as a QR code and as its fingerprint.
#[component]
fn SharingKeySection(props: &VaultProps) -> Html {
    let t = use_translator();
    let key = use_state(|| Loaded::<ExchangeKey>::Loading);
    {
        let (key, vault, t) = (key.clone(), props.vault.clone(), t.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                key.set(match vault.exchange_key().await {
                    Ok(found) => Loaded::Ready(found),
                    Err(error) => Loaded::Failed(exchange_error(&t, &ExchangeError::Vault(error))),
                });
            });
        });
    }
    let body = match &*key {
        Loaded::Loading => html! { <p role="status">{ t.tr("exchange-key-loading") }</p> },
        Loaded::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Loaded::Ready(key) => {
            let svg = Html::from_html_unchecked(AttrValue::from(qr_svg(key)));
            html! {
                <>
                    <label for="own-sharing-key">{ t.tr("exchange-key-text") }</label>
                    <input id="own-sharing-key" class="sharing-key" type="text" readonly=true
                        spellcheck="false" autocomplete="off" value={key.to_string()}
                        onfocus={Callback::from(|event: FocusEvent| {
                            event.target_unchecked_into::<HtmlInputElement>().select();
                        })} />
                    <div class="qr-code" role="img" aria-label={t.tr("exchange-key-qr")}>{ svg }</div>
                    <p class="fingerprint-line">
                        { t.tr("exchange-key-fingerprint") }{ " " }
                        <strong class="fingerprint">{ fingerprint(key) }</strong>
                    </p>
                </>
            }
        }
    };
    html! {
        <section aria-labelledby="sharing-key-heading" class="panel exchange-key">
            <h2 id="sharing-key-heading">{ t.tr("exchange-key-heading") }</h2>
            <p>{ t.tr("exchange-key-intro") }</p>
            { body }
        </section>
    }
}

/// Other agencies' sharing keys: add one, mark it verified once its fingerprint was compared,
/// remove it.
#[component]
fn ContactsSection(props: &VaultProps) -> Html {
    let t = use_translator();
    let contacts = use_state(|| Loaded::<Vec<Contact>>::Loading);
    let name = use_state(String::new);
    let role = use_state(|| AgencyRole::Police);
    let key = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let status = use_state(String::new);
    let busy = use_state(|| false);
    let removing = use_state(|| None::<Contact>);
    {
        let (contacts, vault, t) = (contacts.clone(), props.vault.clone(), t.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                contacts.set(match vault.contacts().await {
                    Ok(found) => Loaded::Ready(found),
                    Err(error) => Loaded::Failed(exchange_error(&t, &ExchangeError::Vault(error))),
                });
            });
        });
    }
    // After a change, the contacts as the vault now keeps them.
    let reload = {
        let (contacts, vault, t) = (contacts.clone(), props.vault.clone(), t.clone());
        move || {
            let (contacts, vault, t) = (contacts.clone(), vault.clone(), t.clone());
            async move {
                if let Ok(found) = vault.contacts().await {
                    contacts.set(Loaded::Ready(found));
                } else {
                    contacts.set(Loaded::Failed(t.tr("exchange-contacts-unreadable")));
                }
            }
        }
    };

    let onsubmit = {
        let (name, role, key, problem, status, busy) = (
            name.clone(),
            role.clone(),
            key.clone(),
            problem.clone(),
            status.clone(),
            busy.clone(),
        );
        let (vault, t, reload) = (props.vault.clone(), t.clone(), reload.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            busy.set(true);
            status.set(String::new());
            let (name, role, key, problem, status, busy) = (
                name.clone(),
                role.clone(),
                key.clone(),
                problem.clone(),
                status.clone(),
                busy.clone(),
            );
            let (vault, t, reload) = (vault.clone(), t.clone(), reload.clone());
            spawn_local(async move {
                match vault.add_contact(&name, *role, &key).await {
                    Ok(contact) => {
                        problem.set(None);
                        status.set(t.tr_with(
                            "exchange-contact-added",
                            &[
                                ("agency", contact.agency.clone().into()),
                                ("fingerprint", fingerprint(&contact.key).into()),
                            ],
                        ));
                        name.set(String::new());
                        key.set(String::new());
                    }
                    // What was typed stays, to be corrected.
                    Err(error) => problem.set(Some(exchange_error(&t, &error))),
                }
                reload().await;
                busy.set(false);
            });
        })
    };

    let on_verify = {
        let (problem, status, vault, t, reload) = (
            problem.clone(),
            status.clone(),
            props.vault.clone(),
            t.clone(),
            reload.clone(),
        );
        Callback::from(move |contact: Contact| {
            let (problem, status, vault, t, reload) = (
                problem.clone(),
                status.clone(),
                vault.clone(),
                t.clone(),
                reload.clone(),
            );
            spawn_local(async move {
                match vault.verify_contact(&contact.key).await {
                    Ok(_) => {
                        problem.set(None);
                        status.set(t.tr_with(
                            "exchange-contact-verified",
                            &[("agency", contact.agency.clone().into())],
                        ));
                    }
                    Err(error) => problem.set(Some(exchange_error(&t, &error))),
                }
                reload().await;
            });
        })
    };

    let dialog = match &*removing {
        None => Html::default(),
        Some(contact) => {
            let on_confirm = {
                let (removing, problem, status, vault, t, reload) = (
                    removing.clone(),
                    problem.clone(),
                    status.clone(),
                    props.vault.clone(),
                    t.clone(),
                    reload.clone(),
                );
                let contact = contact.clone();
                Callback::from(move |()| {
                    removing.set(None);
                    let (problem, status, vault, t, reload, contact) = (
                        problem.clone(),
                        status.clone(),
                        vault.clone(),
                        t.clone(),
                        reload.clone(),
                        contact.clone(),
                    );
                    spawn_local(async move {
                        match vault.remove_contact(&contact.key).await {
                            Ok(()) => {
                                problem.set(None);
                                status.set(t.tr_with(
                                    "exchange-contact-removed",
                                    &[("agency", contact.agency.clone().into())],
                                ));
                            }
                            Err(error) => problem.set(Some(exchange_error(&t, &error))),
                        }
                        reload().await;
                    });
                })
            };
            let on_cancel = {
                let removing = removing.clone();
                Callback::from(move |()| removing.set(None))
            };
            let agency = contact.agency.clone();
            html! {
                <ConfirmDialog title={t.tr("exchange-contact-remove-title")}
                    message={t.tr_with("exchange-contact-remove-message", &[("agency", agency.into())])}
                    confirm_label={t.tr("exchange-contact-remove-confirm")}
                    {on_confirm} {on_cancel} />
            }
        }
    };

    let list = match &*contacts {
        Loaded::Loading => html! { <p role="status">{ t.tr("exchange-loading") }</p> },
        Loaded::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Loaded::Ready(list) if list.is_empty() => {
            html! { <p class="hint">{ t.tr("exchange-contacts-none") }</p> }
        }
        Loaded::Ready(list) => html! {
            <>
            <table class="contacts">
                <caption class="visually-hidden">{ t.tr("exchange-contacts-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.tr("exchange-contact-agency") }</th>
                        <th scope="col">{ t.tr("exchange-contact-role") }</th>
                        <th scope="col">{ t.tr("exchange-contact-fingerprint") }</th>
                        <th scope="col">{ t.tr("exchange-contact-state") }</th>
                        <th scope="col">{ t.tr("exchange-contact-actions") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for list.iter().map(|contact| {
                        let agency = contact.agency.clone();
                        let verify = {
                            let (on_verify, contact) = (on_verify.clone(), contact.clone());
                            Callback::from(move |_: MouseEvent| on_verify.emit(contact.clone()))
                        };
                        let remove = {
                            let (removing, contact) = (removing.clone(), contact.clone());
                            Callback::from(move |_: MouseEvent| removing.set(Some(contact.clone())))
                        };
                        html! {
                            <tr key={contact.key.to_string()}>
                                <th scope="row">{ agency.clone() }</th>
                                <td>{ agency_role_name(&t, contact.role) }</td>
                                <td><span class="fingerprint">{ fingerprint(&contact.key) }</span></td>
                                <td>
                                    if contact.verified {
                                        <span class="tag verified">{ t.tr("exchange-contact-verified-state") }</span>
                                    } else {
                                        <span class="tag unverified">{ t.tr("exchange-contact-unverified-state") }</span>
                                    }
                                </td>
                                <td class="actions">
                                    if !contact.verified {
                                        <button type="button" class="secondary" disabled={props.read_only}
                                            aria-label={t.tr_with("exchange-contact-verify-named", &[("agency", agency.clone().into())])}
                                            aria-describedby="contacts-verify-hint" onclick={verify}>
                                            { t.tr("exchange-contact-verify") }
                                        </button>
                                    }
                                    <button type="button" class="danger" disabled={props.read_only}
                                        aria-label={t.tr_with("exchange-contact-remove-named", &[("agency", agency.into())])}
                                        onclick={remove}>
                                        { t.tr("exchange-contact-remove") }
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p id="contacts-verify-hint" class="hint">{ t.tr("exchange-contact-verify-hint") }</p>
            </>
        },
    };

    html! {
        <section aria-labelledby="contacts-heading" class="panel exchange-contacts">
            <h2 id="contacts-heading">{ t.tr("exchange-contacts-heading") }</h2>
            <p class="hint">{ t.tr("exchange-contacts-intro") }</p>
            { list }
            <form {onsubmit} novalidate=true autocomplete="off" aria-labelledby="contact-add-heading"
                class="contact-form">
                <h3 id="contact-add-heading">{ t.tr("exchange-contact-add-heading") }</h3>
                <fieldset disabled={props.read_only || *busy}>
                    <legend class="visually-hidden">{ t.tr("exchange-contact-add-heading") }</legend>
                    <label for="contact-name">{ t.tr("exchange-contact-name") }</label>
                    <input id="contact-name" type="text" autocomplete="off" value={(*name).clone()}
                        oninput={let s = name.clone(); move |e| s.set(input_value(e))} />
                    <label for="contact-role">{ t.tr("exchange-contact-role") }</label>
                    <select id="contact-role"
                        onchange={let s = role.clone(); move |e: Event| s.set(agency_role_from_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                        { for AGENCY_ROLES.iter().map(|r| html! {
                            <option value={agency_role_value(*r)} selected={*r == *role}>{ agency_role_name(&t, *r) }</option>
                        }) }
                    </select>
                    <label for="contact-key">{ t.tr("exchange-contact-key") }</label>
                    <input id="contact-key" class="sharing-key" type="text" autocomplete="off"
                        spellcheck="false" aria-describedby="contact-key-hint" value={(*key).clone()}
                        oninput={let s = key.clone(); move |e| s.set(input_value(e))} />
                    <p id="contact-key-hint" class="hint">{ t.tr("exchange-contact-key-hint") }</p>
                    if let Some(problem) = &*problem {
                        <p class="error" role="alert">{ problem.clone() }</p>
                    }
                    <button type="submit">{ t.tr("exchange-contact-add") }</button>
                </fieldset>
            </form>
            <p role="status" class="success">{ (*status).clone() }</p>
            { dialog }
        </section>
    }
}

/// Reads a chosen file's bytes.
async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Opens question requests from other agencies, and lists those opened, each a link to its
/// contribution.
#[component]
fn RequestsSection(props: &VaultProps) -> Html {
    let t = use_translator();
    let contributions = use_state(|| Loaded::<Vec<Contribution>>::Loading);
    let file_input = use_node_ref();
    let passphrase = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let status = use_state(String::new);
    let busy = use_state(|| false);
    {
        let (contributions, vault, t) = (contributions.clone(), props.vault.clone(), t.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                contributions.set(match vault.contributions().await {
                    Ok(found) => Loaded::Ready(found),
                    Err(error) => Loaded::Failed(vault_error(&t, &error)),
                });
            });
        });
    }

    let onsubmit = {
        let (file_input, passphrase, problem, status, busy, contributions) = (
            file_input.clone(),
            passphrase.clone(),
            problem.clone(),
            status.clone(),
            busy.clone(),
            contributions.clone(),
        );
        let (vault, t) = (props.vault.clone(), t.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            status.set(String::new());
            let file = file_input
                .cast::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else {
                problem.set(Some(t.tr("exchange-request-no-file")));
                return;
            };
            let size = file.size() as usize;
            if size > MAX_IMPORT_BYTES {
                let error = ExchangeError::File(ExchangeFileError::TooLarge {
                    size,
                    max: MAX_IMPORT_BYTES,
                });
                problem.set(Some(exchange_error(&t, &error)));
                return;
            }
            let secret =
                (!passphrase.is_empty()).then(|| SecretString::from(passphrase.to_string()));
            passphrase.set(String::new());
            problem.set(None);
            busy.set(true);
            let (problem, status, busy, contributions, vault, t) = (
                problem.clone(),
                status.clone(),
                busy.clone(),
                contributions.clone(),
                vault.clone(),
                t.clone(),
            );
            spawn_local(async move {
                let Some(bytes) = file_bytes(&file).await else {
                    problem.set(Some(t.tr("exchange-request-read-failed")));
                    busy.set(false);
                    return;
                };
                // Let the browser paint the progress message before a passphrase's key derivation.
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                match vault
                    .open_question_request(&bytes, secret.as_ref(), now())
                    .await
                {
                    Ok(opened) => status.set(t.tr_with(
                        "exchange-request-opened",
                        &[
                            ("code", opened.request.packet.code.clone().into()),
                            ("lead", opened.request.lead.agency.clone().into()),
                        ],
                    )),
                    Err(error) => problem.set(Some(exchange_error(&t, &error))),
                }
                if let Ok(found) = vault.contributions().await {
                    contributions.set(Loaded::Ready(found));
                }
                busy.set(false);
            });
        })
    };

    let list = match &*contributions {
        Loaded::Loading => html! { <p role="status">{ t.tr("exchange-loading") }</p> },
        Loaded::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Loaded::Ready(list) if list.is_empty() => {
            html! { <p class="hint">{ t.tr("exchange-requests-none") }</p> }
        }
        Loaded::Ready(list) => html! {
            <ul class="contributions">
                { for list.iter().map(|c| contribution_item(&t, c)) }
            </ul>
        },
    };

    html! {
        <section aria-labelledby="requests-heading" class="panel exchange-requests">
            <h2 id="requests-heading">{ t.tr("exchange-requests-heading") }</h2>
            <p class="hint">{ t.tr("exchange-requests-intro") }</p>
            <form {onsubmit} novalidate=true autocomplete="off" aria-labelledby="request-open-heading"
                class="request-form">
                <h3 id="request-open-heading">{ t.tr("exchange-request-open-heading") }</h3>
                <fieldset disabled={props.read_only || *busy}>
                    <legend class="visually-hidden">{ t.tr("exchange-request-open-heading") }</legend>
                    <label for="request-file">{ t.tr("exchange-request-file") }</label>
                    <input id="request-file" type="file" ref={file_input} />
                    <label for="request-passphrase">{ t.tr("exchange-request-passphrase") }</label>
                    <input id="request-passphrase" type="password" autocomplete="off"
                        value={(*passphrase).clone()}
                        oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
                    if let Some(problem) = &*problem {
                        <p class="error" role="alert">{ problem.clone() }</p>
                    }
                    if *busy {
                        <p role="status" class="progress">{ t.tr("exchange-request-opening") }</p>
                    }
                    <button type="submit">{ t.tr("exchange-request-open") }</button>
                </fieldset>
            </form>
            <p role="status" class="success">{ (*status).clone() }</p>
            <h3>{ t.tr("exchange-contributions-heading") }</h3>
            { list }
        </section>
    }
}

/// One request received, as a link to its contribution, with when it is due, from whom, and
/// how many returns were written.
fn contribution_item(t: &crate::i18n::Translator, contribution: &Contribution) -> Html {
    let request = &contribution.request;
    let id: &QuestionRequestId = &request.id;
    let link = t.tr_with(
        "exchange-contribution-link",
        &[
            ("code", request.packet.code.clone().into()),
            ("agency", request.agency_name().to_owned().into()),
        ],
    );
    let returns = if contribution.returns_made == 0 {
        t.tr("exchange-contribution-no-return")
    } else {
        t.tr_with(
            "exchange-contribution-last-return",
            &[("sequence", contribution.returns_made.to_string().into())],
        )
    };
    html! {
        <li key={id.to_string()}>
            <NavLink to={Route::ExchangeRequest { id: id.to_string() }}>{ link }</NavLink>
            <p class="hint">
                { t.tr_with("exchange-contribution-facts", &[
                    ("lead", request.lead.agency.clone().into()),
                    ("due", date_time(request.due, t.locale()).into()),
                ]) }
                { " " }{ returns }
            </p>
        </li>
    }
}
