//! Practice mode: a trainee improves a fictional draft plan with the same workspace sections as
//! a real case, then sees a score card; a trainer shows the findings one at a time on a projector.
//!
//! Everything here lives in memory, in the practice reducer below. Nothing reads or writes the
//! vault, IndexedDB or localStorage: the sections edit the practice case through a
//! [`CaseEditor`](crate::ui::workspace::section::CaseEditor) that sends each change to this reducer.

// The pages read the practice state held here and are named from their own modules:
// re-exported here, this module would import the pages that import it.
pub mod chooser;
pub mod score;
pub mod workspace;

use crate::i18n::{Locale, Translator};
use crate::model::case::{Case, CaseEdit};
use crate::model::edit::record;
use crate::model::practice::file::PracticeFileError;
use crate::model::practice::scenarios::{scenario, Scenario, ScenarioKey};
use crate::model::{LanguageTag, Timestamp};
use crate::ui::hooks::use_translator;
use std::rc::Rc;
use yew::prelude::*;

/// A scenario being worked on: the scenario as it came, and the trainee's version of its case.
#[derive(Clone)]
pub struct Exercise {
    pub scenario: Rc<Scenario>,
    pub case: Rc<Case>,
}

impl PartialEq for Exercise {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario) && Rc::ptr_eq(&self.case, &other.case)
    }
}

/// The state of practice mode: at most one exercise, in memory only.
#[derive(Clone, Default, PartialEq)]
pub struct PracticeState {
    pub exercise: Option<Exercise>,
}

/// Everything that changes practice mode.
pub enum PracticeAction {
    /// Start an exercise on a scenario, dropping the current one.
    Start(Rc<Scenario>),
    /// An edit of the practice case, made by a workspace section; recorded in its history.
    Edit { edit: Box<CaseEdit>, now: Timestamp },
    /// Put the case back as the scenario drafted it.
    Reset,
}

/// Practice mode's reducer. It is reached through `Reducible for PracticeState` in the parts,
/// since its code (the model's edits) is in the vault's core part (src/ui/parts.rs).
pub fn reduce_practice_state(
    state: Rc<PracticeState>,
    action: PracticeAction,
) -> Rc<PracticeState> {
    let mut next = (*state).clone();
    match action {
        PracticeAction::Start(scenario) => {
            next.exercise = Some(Exercise {
                case: Rc::new(scenario.case.clone()),
                scenario,
            });
        }
        PracticeAction::Edit { edit, now } => {
            let Some(exercise) = &mut next.exercise else {
                return state;
            };
            // A refused edit was shown by the section that checked it; nothing changes.
            if record(Rc::make_mut(&mut exercise.case), *edit, now, "").is_err() {
                return state;
            }
        }
        PracticeAction::Reset => {
            let Some(exercise) = &mut next.exercise else {
                return state;
            };
            exercise.case = Rc::new(exercise.scenario.case.clone());
        }
    }
    Rc::new(next)
}

/// The practice state and the handle to change it.
pub type PracticeHandle = UseReducerHandle<PracticeState>;

/// The practice state of the app.
#[hook]
pub fn use_practice() -> PracticeHandle {
    use_context::<PracticeHandle>().expect("the app provides practice mode above every page")
}

#[derive(Properties, PartialEq)]
pub struct PracticeProviderProps {
    pub children: Html,
}

/// Holds practice mode for the pages below it, so that an exercise survives moving between
/// sections, the score card and the presenter view. Quick exit drops it with the rest of the app.
#[component]
pub fn PracticeProvider(props: &PracticeProviderProps) -> Html {
    let practice = use_reducer(PracticeState::default);
    html! {
        <ContextProvider<PracticeHandle> context={practice}>
            { props.children.clone() }
        </ContextProvider<PracticeHandle>>
    }
}

/// The banner every practice screen shows, so that nobody takes practice for a real case.
#[component]
pub fn PracticeBanner() -> Html {
    let t = use_translator();
    html! {
        <div class="practice-banner no-print" role="note">
            <strong>{ t.tr("practice-banner") }</strong>
            <span>{ t.tr("practice-banner-detail") }</span>
        </div>
    }
}

/// A built-in scenario with its texts in `locale`.
pub fn built_in(key: ScenarioKey, locale: Locale) -> Scenario {
    let texts = Translator::new(locale);
    scenario(key, &LanguageTag::new(locale.tag()), &|id| texts.tr(id))
}

/// What is wrong with a practice file, in the interface language.
pub fn practice_file_error(t: &Translator, error: &PracticeFileError) -> String {
    match error {
        PracticeFileError::NotFictional => t.tr("practice-error-not-fictional"),
        PracticeFileError::Malformed { .. } => t.tr("practice-error-malformed"),
        PracticeFileError::WrongFormat => t.tr("practice-error-wrong-format"),
        PracticeFileError::Newer { found, supported } => t.tr_with(
            "practice-error-newer",
            &[
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        PracticeFileError::Invalid { detail } => t.tr_with(
            "practice-error-invalid",
            &[("detail", detail.clone().into())],
        ),
        PracticeFileError::Case(error) => t.tr_with(
            "practice-error-case",
            &[("detail", error.to_string().into())],
        ),
    }
}
