//! Import: open an export file, show what it holds next to the cases of this vault, and bring
//! the chosen cases in through the reducer. Nothing in the vault is overwritten without the
//! user's explicit, confirmed choice.

use crate::model::case::Case;
use crate::model::schema::SchemaError;
use crate::model::CaseId;
use crate::ui::clock::{new_id, now};
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::input_value;
use crate::ui::download::file_bytes;
use crate::ui::errors::{case_schema_error, import_error};
use crate::ui::format::date_time;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::vault_state::{TabRole, VaultAction};
use crate::ui::worker::InTheWorker;
use crate::vault::export::{
    apply, read_import_by, ApplyError, ImportChoice, ImportError, ImportPlan, ImportStatus,
    MAX_IMPORT_BYTES,
};
use age::secrecy::SecretString;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

/// What the user chose for one case of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseDecision {
    /// Bring in a case the vault does not have.
    Import,
    /// Bring in a copy under a new id and code, keeping the case already in the vault.
    KeepBoth,
    /// Overwrite the case in the vault with the one in the file (confirmed separately).
    Replace,
    /// Leave it out.
    Skip,
}

/// An opened import file: the plan, and each of its cases as read (in the plan's order).
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedImport {
    pub plan: ImportPlan,
    pub cases: Vec<Result<Rc<Case>, SchemaError>>,
}

impl OpenedImport {
    /// The cases of the plan, each as the plan read it.
    pub fn new(plan: ImportPlan) -> Self {
        let cases = plan
            .cases
            .iter()
            .map(|planned| Ok(planned.case.clone()))
            .collect();
        Self { plan, cases }
    }

    /// The decisions to start from: import every readable new case; cases already in the
    /// vault wait for the user's choice.
    pub fn default_decisions(&self) -> BTreeMap<CaseId, CaseDecision> {
        self.plan
            .cases
            .iter()
            .zip(&self.cases)
            .filter(|(planned, case)| case.is_ok() && planned.status == ImportStatus::New)
            .map(|(planned, _)| (planned.document.id().clone(), CaseDecision::Import))
            .collect()
    }

    /// The code of a case of the file as shown to the user (its id when it cannot be read).
    pub fn code_of(&self, id: &CaseId) -> String {
        self.plan
            .cases
            .iter()
            .zip(&self.cases)
            .find(|(planned, _)| planned.document.id() == id)
            .and_then(|(_, case)| case.as_ref().ok().map(|c| c.code.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    /// The first readable case already in the vault that has no decision yet, by code.
    pub fn first_undecided(&self, decisions: &BTreeMap<CaseId, CaseDecision>) -> Option<String> {
        self.plan
            .cases
            .iter()
            .zip(&self.cases)
            .find(|(planned, case)| {
                case.is_ok()
                    && planned.status == ImportStatus::AlreadyExists
                    && !decisions.contains_key(planned.document.id())
            })
            .map(|(planned, _)| self.code_of(planned.document.id()))
    }

    /// The codes of the cases the user chose to replace: these need a confirmation.
    pub fn replacements(&self, decisions: &BTreeMap<CaseId, CaseDecision>) -> Vec<String> {
        self.plan
            .cases
            .iter()
            .zip(&self.cases)
            .filter(|(planned, case)| {
                case.is_ok()
                    && planned.status == ImportStatus::AlreadyExists
                    && decisions.get(planned.document.id()) == Some(&CaseDecision::Replace)
            })
            .map(|(planned, _)| self.code_of(planned.document.id()))
            .collect()
    }
}

/// One case ready to be added to the vault.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedCase {
    /// The case under the id and code it will have in the vault.
    pub case: Case,
    /// Its code in the file, when the vault gets it under another code.
    pub renamed_from: Option<String>,
}

fn normalized(code: &str) -> String {
    code.trim().to_lowercase()
}

/// "CODE (imported)", "CODE (imported 2)", ...: the first such code that `taken` refuses not.
fn imported_code(code: &str, imported_word: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{code} ({imported_word})")
            } else {
                format!("{code} ({imported_word} {n})")
            }
        })
        .find(|candidate| !taken(candidate))
        .expect("an unused code exists")
}

/// Turns the user's decisions into the cases to add, using the export module's rules
/// ([`apply`]) so that nothing in the vault is overwritten without a confirmed choice.
///
/// Codes stay unique, as everywhere in the vault: a copy kept beside an existing case is
/// always renamed "CODE (imported)", and any other case whose code another case already uses
/// gets such a code too. Cases that cannot be read are left out whatever the decision.
pub fn cases_to_import(
    opened: &OpenedImport,
    decisions: &BTreeMap<CaseId, CaseDecision>,
    replace_confirmed: bool,
    codes_in_vault: &BTreeMap<CaseId, String>,
    imported_word: &str,
    mut fresh_id: impl FnMut() -> CaseId,
) -> Result<Vec<ImportedCase>, ApplyError> {
    let mut readable: BTreeMap<&CaseId, &Case> = BTreeMap::new();
    let mut choices = BTreeMap::new();
    for (planned, case) in opened.plan.cases.iter().zip(&opened.cases) {
        let id = planned.document.id();
        let Ok(case) = case else {
            choices.insert(id.clone(), ImportChoice::Skip);
            continue;
        };
        readable.insert(id, case);
        let choice = match decisions.get(id) {
            None => continue,
            Some(CaseDecision::Import) => ImportChoice::Import,
            Some(CaseDecision::Skip) => ImportChoice::Skip,
            Some(CaseDecision::Replace) => ImportChoice::Replace {
                confirmed: replace_confirmed,
            },
            Some(CaseDecision::KeepBoth) => ImportChoice::KeepBoth { new_id: fresh_id() },
        };
        choices.insert(id.clone(), choice);
    }
    let writes = apply(&opened.plan, &choices)?;

    let vault_codes: BTreeMap<&CaseId, String> = codes_in_vault
        .iter()
        .map(|(id, code)| (id, normalized(code)))
        .collect();
    let mut batch_codes = BTreeSet::new();
    let mut imported = Vec::with_capacity(writes.len());
    for write in writes {
        let file_id = write.renamed_from.as_ref().unwrap_or(write.document.id());
        let Some(case) = readable.get(file_id) else {
            continue;
        };
        // A replaced case gives up its code to its replacement.
        let replaced = write.replaces_existing.then(|| write.document.id());
        let taken = |code: &str| {
            let code = normalized(code);
            batch_codes.contains(&code)
                || vault_codes
                    .iter()
                    .any(|(id, used)| *used == code && Some(*id) != replaced)
        };
        let code = if write.renamed_from.is_some() || taken(&case.code) {
            imported_code(case.code.trim(), imported_word, taken)
        } else {
            case.code.clone()
        };
        batch_codes.insert(normalized(&code));
        let mut case = (*case).clone();
        // The id the plan was checked against is the one stored, whatever the document says.
        case.id = write.document.id().clone();
        let renamed_from = (code != case.code).then(|| case.code.clone());
        case.code = code;
        imported.push(ImportedCase { case, renamed_from });
    }
    Ok(imported)
}

/// Opens an export file and imports the cases the user picks.
#[component]
pub fn ImportSection() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let file_input = use_node_ref();
    let passphrase = use_state(String::new);
    let busy = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let opened = use_state(|| None::<Rc<OpenedImport>>);
    let decisions = use_state(BTreeMap::<CaseId, CaseDecision>::new);
    let confirming = use_state(|| false);
    let done = use_state(Vec::<String>::new);
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let read_only = unlocked.role != TabRole::Writer;

    let onopen = {
        let (file_input, passphrase, busy, problem, opened, decisions, done, vault, t) = (
            file_input.clone(),
            passphrase.clone(),
            busy.clone(),
            problem.clone(),
            opened.clone(),
            decisions.clone(),
            done.clone(),
            vault.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            done.set(Vec::new());
            opened.set(None);
            let file = file_input
                .cast::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else {
                problem.set(Some(t.tr("import-no-file")));
                return;
            };
            // Refused before the file is even read into memory.
            let size = file.size() as usize;
            if size > MAX_IMPORT_BYTES {
                let error = ImportError::TooLarge {
                    size,
                    max: MAX_IMPORT_BYTES,
                };
                problem.set(Some(import_error(&t, &error)));
                return;
            }
            if passphrase.is_empty() {
                problem.set(Some(t.tr("error-passphrase-blank")));
                return;
            }
            let secret = SecretString::from(passphrase.to_string());
            passphrase.set(String::new());
            // Unreadable records count as existing: importing over one needs a choice too.
            let existing: BTreeSet<CaseId> = unlocked
                .cases
                .keys()
                .cloned()
                .chain(unlocked.unreadable.iter().map(|u| u.id.clone()))
                .collect();
            let store = unlocked.vault.store().clone();
            problem.set(None);
            busy.set(true);
            let (busy, problem, opened, decisions, t) = (
                busy.clone(),
                problem.clone(),
                opened.clone(),
                decisions.clone(),
                t.clone(),
            );
            spawn_local(async move {
                let Some(bytes) = file_bytes(&file).await else {
                    problem.set(Some(t.tr("import-read-failed")));
                    busy.set(false);
                    return;
                };
                // The key derivation runs in the worker, and each case is read in a task of its
                // own: the page keeps answering.
                match read_import_by(&InTheWorker, &bytes, &secret, &existing, &store).await {
                    Ok(plan) => {
                        let file = OpenedImport::new(plan);
                        decisions.set(file.default_decisions());
                        opened.set(Some(Rc::new(file)));
                    }
                    Err(error) => problem.set(Some(import_error(&t, &error))),
                }
                busy.set(false);
            });
        })
    };

    let run_import = {
        let (opened, decisions, confirming, problem, done, file_input, vault, t) = (
            opened.clone(),
            decisions.clone(),
            confirming.clone(),
            problem.clone(),
            done.clone(),
            file_input.clone(),
            vault.clone(),
            t.clone(),
        );
        Callback::from(move |replace_confirmed: bool| {
            confirming.set(false);
            let (Some(file), Some(unlocked)) = ((*opened).clone(), vault.unlocked()) else {
                return;
            };
            let codes: BTreeMap<CaseId, String> = unlocked
                .cases
                .iter()
                .map(|(id, case)| (id.clone(), case.code.clone()))
                .collect();
            let result = cases_to_import(
                &file,
                &decisions,
                replace_confirmed,
                &codes,
                &t.tr("import-copy-word"),
                || CaseId::new(new_id()),
            );
            match result {
                Ok(cases) => {
                    let mut messages =
                        vec![t.tr_with("import-done", &[("count", cases.len().into())])];
                    for imported in cases {
                        if let Some(from) = imported.renamed_from {
                            messages.push(t.tr_with(
                                "import-renamed",
                                &[
                                    ("from", from.into()),
                                    ("code", imported.case.code.clone().into()),
                                ],
                            ));
                        }
                        vault.dispatch(VaultAction::AddCase {
                            case: Box::new(imported.case),
                            now: now(),
                        });
                    }
                    done.set(messages);
                    problem.set(None);
                    opened.set(None);
                    decisions.set(BTreeMap::new());
                    if let Some(input) = file_input.cast::<HtmlInputElement>() {
                        input.set_value("");
                    }
                }
                Err(ApplyError::ChoiceNeeded(id)) => problem.set(Some(t.tr_with(
                    "import-choice-needed",
                    &[("code", file.code_of(&id).into())],
                ))),
                Err(error) => problem.set(Some(
                    t.tr_with("error-internal", &[("detail", error.to_string().into())]),
                )),
            }
        })
    };

    let onimport = {
        let (opened, decisions, confirming, problem, run_import, t) = (
            opened.clone(),
            decisions.clone(),
            confirming.clone(),
            problem.clone(),
            run_import.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(file) = &*opened else {
                return;
            };
            if let Some(code) = file.first_undecided(&decisions) {
                problem.set(Some(
                    t.tr_with("import-choice-needed", &[("code", code.into())]),
                ));
            } else if file.replacements(&decisions).is_empty() {
                run_import.emit(false);
            } else {
                confirming.set(true);
            }
        })
    };

    let oncancel_plan = {
        let (opened, decisions, problem) = (opened.clone(), decisions.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            opened.set(None);
            decisions.set(BTreeMap::new());
            problem.set(None);
        })
    };

    let decide = {
        let decisions = decisions.clone();
        move |id: CaseId, decision: CaseDecision| {
            let decisions = decisions.clone();
            Callback::from(move |_: Event| {
                let mut changed = (*decisions).clone();
                changed.insert(id.clone(), decision);
                decisions.set(changed);
            })
        }
    };

    let plan_view = opened.as_ref().map(|file| {
        let rows = file.plan.cases.iter().zip(&file.cases).enumerate().map(|(index, (planned, case))| {
            let id = planned.document.id().clone();
            let exists = planned.status == ImportStatus::AlreadyExists;
            let code = file.code_of(&id);
            let status = match (case, exists) {
                (Err(error), _) => t.tr_with("import-case-unusable", &[("reason", case_schema_error(&t, error).into())]),
                (Ok(_), true) => t.tr("import-case-exists"),
                (Ok(_), false) => t.tr("import-case-new"),
            };
            let options: &[(CaseDecision, &str)] = match (case, exists) {
                (Err(_), _) => &[],
                (Ok(_), false) => &[(CaseDecision::Import, "import-choice-import"), (CaseDecision::Skip, "import-choice-skip")],
                (Ok(_), true) => &[
                    (CaseDecision::KeepBoth, "import-choice-keep-both"),
                    (CaseDecision::Replace, "import-choice-replace"),
                    (CaseDecision::Skip, "import-choice-skip"),
                ],
            };
            let chosen = decisions.get(&id).copied();
            html! {
                <li key={id.to_string()}>
                    <fieldset class="import-case">
                        <legend>{ t.tr_with("import-case-legend", &[("code", code.into()), ("status", status.into())]) }</legend>
                        { for options.iter().map(|(decision, label)| {
                            let input_id = format!("import-{index}-{decision:?}");
                            html! {
                                <div class="check">
                                    <input type="radio" id={input_id.clone()} name={format!("import-{index}")}
                                        checked={chosen == Some(*decision)}
                                        onchange={decide(id.clone(), *decision)} />
                                    <label for={input_id}>{ t.tr(label) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </li>
            }
        });
        let summary = match file.plan.exported_at {
            Some(at) => t.tr_with("import-plan-summary-dated", &[
                ("count", file.plan.cases.len().into()),
                ("when", date_time(at, t.locale()).into()),
            ]),
            None => t.tr_with("import-plan-summary", &[("count", file.plan.cases.len().into())]),
        };
        html! {
            <form onsubmit={onimport.clone()} novalidate=true aria-labelledby="import-plan-heading">
                <h3 id="import-plan-heading">{ t.tr("import-plan-heading") }</h3>
                <p>{ summary }</p>
                <ul class="import-plan">{ for rows }</ul>
                <div class="actions">
                    <button type="submit" disabled={read_only}>{ t.tr("import-submit") }</button>
                    <button type="button" class="secondary" onclick={oncancel_plan.clone()}>{ t.tr("cancel") }</button>
                </div>
            </form>
        }
    });

    let replacements = opened
        .as_ref()
        .map(|file| file.replacements(&decisions))
        .unwrap_or_default();

    html! {
        <section aria-labelledby="import-heading" class="panel">
            <h2 id="import-heading">{ t.tr("import-heading") }</h2>
            <p>{ t.tr("import-intro") }</p>
            <form onsubmit={onopen} novalidate=true autocomplete="off">
                <label for="import-file">{ t.tr("import-file") }</label>
                <input id="import-file" type="file" ref={file_input} accept=".age,application/octet-stream,text/plain"
                    aria-describedby="import-file-hint" disabled={*busy} />
                <p id="import-file-hint" class="hint">
                    { t.tr_with("import-file-hint", &[("max", (MAX_IMPORT_BYTES / (1024 * 1024)).into())]) }
                </p>
                <label for="import-passphrase">{ t.tr("import-passphrase") }</label>
                <input id="import-passphrase" type="password" autocomplete="off" disabled={*busy}
                    value={(*passphrase).clone()}
                    oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
                if *busy {
                    <p role="status" class="progress">{ t.tr("import-progress") }</p>
                }
                <button type="submit" disabled={*busy || read_only}>{ t.tr("import-open") }</button>
            </form>
            if let Some(problem) = &*problem {
                <p role="alert" class="error">{ problem.clone() }</p>
            }
            if !done.is_empty() {
                <div role="status" class="success">
                    { for done.iter().map(|line| html! { <p>{ line.clone() }</p> }) }
                </div>
            }
            { plan_view.unwrap_or_default() }
            if *confirming {
                <ConfirmDialog
                    title={t.tr_with("import-replace-title", &[("count", replacements.len().into())])}
                    message={t.tr_with("import-replace-message", &[("codes", replacements.join(", ").into())])}
                    confirm_label={t.tr("import-replace-confirm")}
                    on_confirm={run_import.reform(|()| true)}
                    on_cancel={{ let confirming = confirming.clone(); Callback::from(move |()| confirming.set(false)) }} />
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LanguageTag;
    use crate::vault::export::{ImportSource, PlannedCase};
    use crate::vault::CaseDocument;

    fn case(id: &str, code: &str) -> Case {
        Case::new(CaseId::new(id), code, LanguageTag::new("en"))
    }

    /// A file holding `cases`, planned against a vault holding `in_vault`.
    fn opened(cases: &[Case], in_vault: &[Case]) -> OpenedImport {
        let existing: BTreeSet<CaseId> = in_vault.iter().map(|c| c.id.clone()).collect();
        let planned = cases
            .iter()
            .map(|c| PlannedCase {
                document: CaseDocument::of_case(c),
                case: Rc::new(c.clone()),
                status: if existing.contains(&c.id) {
                    ImportStatus::AlreadyExists
                } else {
                    ImportStatus::New
                },
            })
            .collect();
        OpenedImport::new(ImportPlan {
            source: ImportSource::Bundle,
            exported_at: None,
            cases: planned,
            existing,
        })
    }

    fn codes(cases: &[Case]) -> BTreeMap<CaseId, String> {
        cases
            .iter()
            .map(|c| (c.id.clone(), c.code.clone()))
            .collect()
    }

    fn fresh() -> impl FnMut() -> CaseId {
        let mut n = 0;
        move || {
            n += 1;
            CaseId::new(format!("fresh-{n}"))
        }
    }

    #[test]
    fn new_cases_are_imported_by_default_and_existing_ones_wait_for_a_choice() {
        let file = opened(
            &[case("c-1", "HB-1"), case("c-2", "HB-2")],
            &[case("c-2", "HB-2")],
        );
        let decisions = file.default_decisions();
        assert_eq!(
            decisions.get(&CaseId::new("c-1")),
            Some(&CaseDecision::Import)
        );
        assert_eq!(decisions.get(&CaseId::new("c-2")), None);
        assert_eq!(file.first_undecided(&decisions), Some("HB-2".to_owned()));
        let result = cases_to_import(
            &file,
            &decisions,
            false,
            &codes(&[case("c-2", "HB-2")]),
            "imported",
            fresh(),
        );
        assert_eq!(result, Err(ApplyError::ChoiceNeeded(CaseId::new("c-2"))));
    }

    #[test]
    fn keep_both_gets_a_new_id_and_an_unused_imported_code() {
        let vault = [case("c-1", "HB-1"), case("c-9", "HB-1 (imported)")];
        let file = opened(&[case("c-1", "HB-1")], &vault[..1]);
        let decisions = BTreeMap::from([(CaseId::new("c-1"), CaseDecision::KeepBoth)]);
        let imported = cases_to_import(
            &file,
            &decisions,
            false,
            &codes(&vault),
            "imported",
            fresh(),
        )
        .unwrap();
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].case.id, CaseId::new("fresh-1"));
        assert_eq!(imported[0].case.code, "HB-1 (imported 2)");
        assert_eq!(imported[0].renamed_from.as_deref(), Some("HB-1"));
    }

    #[test]
    fn replace_needs_confirmation_and_keeps_the_code() {
        let vault = [case("c-1", "HB-1")];
        let mut changed = case("c-1", "HB-1");
        changed.fictional = true;
        let file = opened(&[changed], &vault);
        let decisions = BTreeMap::from([(CaseId::new("c-1"), CaseDecision::Replace)]);
        assert_eq!(file.replacements(&decisions), ["HB-1"]);
        assert_eq!(
            cases_to_import(
                &file,
                &decisions,
                false,
                &codes(&vault),
                "imported",
                fresh()
            ),
            Err(ApplyError::ReplaceNotConfirmed(CaseId::new("c-1")))
        );
        let imported =
            cases_to_import(&file, &decisions, true, &codes(&vault), "imported", fresh()).unwrap();
        assert_eq!(imported[0].case.id, CaseId::new("c-1"));
        assert_eq!(imported[0].case.code, "HB-1");
        assert!(imported[0].case.fictional);
        assert_eq!(imported[0].renamed_from, None);
    }

    #[test]
    fn a_new_case_whose_code_is_used_is_renamed_and_skipped_ones_are_left_out() {
        let vault = [case("c-1", "hb-1")];
        let file = opened(&[case("c-2", "HB-1"), case("c-3", "HB-3")], &vault);
        let mut decisions = file.default_decisions();
        decisions.insert(CaseId::new("c-3"), CaseDecision::Skip);
        let imported = cases_to_import(
            &file,
            &decisions,
            false,
            &codes(&vault),
            "imported",
            fresh(),
        )
        .unwrap();
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].case.id, CaseId::new("c-2"));
        assert_eq!(imported[0].case.code, "HB-1 (imported)");
    }

    #[test]
    fn an_unreadable_case_is_never_imported() {
        let mut file = opened(&[case("c-1", "HB-1")], &[]);
        file.cases[0] = Err(SchemaError::MissingVersion);
        assert!(file.default_decisions().is_empty());
        let decisions = BTreeMap::from([(CaseId::new("c-1"), CaseDecision::Import)]);
        let imported = cases_to_import(
            &file,
            &decisions,
            false,
            &BTreeMap::new(),
            "imported",
            fresh(),
        )
        .unwrap();
        assert!(imported.is_empty());
    }
}
