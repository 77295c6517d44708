//! The practice scenario whose first session took place but is not recorded: the trainee
//! records it (notes only, since the survivor did not agree to be filmed), then carries over
//! the question there was no time for. Both are planted flaws on the score card.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::i18n::{Locale, Translator};
use tell_once::model::case::{Case, CaseEdit};
use tell_once::model::consent::{ConsentPurpose, ConsentStatus};
use tell_once::model::edit::{check, record, EditRefusal};
use tell_once::model::held::{
    carry_over, carry_over_offer, proposed_topics, HeldSession, HeldSessionError, NotAskedReason,
    QuestionOutcome, RecordingForm,
};
use tell_once::model::planner::finding::{FindingKind, FindingSubject};
use tell_once::model::planner::{analyze, latest_consent_time, Analysis};
use tell_once::model::practice::scenarios::{scenario, Scenario, ScenarioKey, SCENARIO_LANGUAGES};
use tell_once::model::practice::score::{score, ScoreCard};
use tell_once::model::practice::{FlawGroup, PlantedFlaw};
use tell_once::model::{LanguageTag, PriorAccountId, QuestionId, SessionId, Timestamp};

const TRAINEE: &str = "Trainee";
/// When the trainee makes each change: after the scenario's clock (13 March 2026).
const NOW: Timestamp = Timestamp(1_773_792_000_000);

fn build(language: &str) -> Scenario {
    let t = Translator::new(Locale::from_tag(language).expect("an interface language"));
    scenario(
        ScenarioKey::Greenhouse,
        &LanguageTag::new(language),
        &|id| {
            assert!(t.has(id), "{language} lacks the scenario text {id}");
            t.tr(id)
        },
    )
}

fn first() -> SessionId {
    SessionId::new("s-first")
}

fn second() -> SessionId {
    SessionId::new("s-second")
}

fn pay() -> QuestionId {
    QuestionId::new("q-pay")
}

/// The record the plan proposes: on video (the plan said so), every question answered.
fn proposed_record(case: &Case) -> HeldSession {
    let plan = case.session(&first()).expect("the first session's plan");
    HeldSession::from_plan(case, plan, PriorAccountId::new("pa-held-first"))
}

/// The record as the scenario tells it: notes only; no time left for the question on pay.
fn true_record(case: &Case) -> HeldSession {
    let mut held = proposed_record(case);
    held.recording = RecordingForm::NotesOnly;
    for outcome in &mut held.outcomes {
        if outcome.question == pay() {
            outcome.outcome = QuestionOutcome::NotAsked {
                reason: NotAskedReason::OutOfTime,
            };
        }
    }
    held.topics = proposed_topics(case, &held.outcomes, &held.added_at_break);
    held
}

fn recorded(case: &Case, edit: CaseEdit) -> Case {
    let mut next = case.clone();
    record(&mut next, edit.clone(), NOW, TRAINEE).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    next
}

fn record_first(case: &Case) -> Case {
    recorded(
        case,
        CaseEdit::RecordHeldSession {
            record: Box::new(true_record(case)),
        },
    )
}

fn carry_pay_over(case: &Case) -> Case {
    let edit = carry_over(case, &first(), &second()).expect("something to carry over");
    recorded(case, edit)
}

fn kinds_on(analysis: &Analysis, kind: FindingKind) -> Vec<&Vec<FindingSubject>> {
    analysis
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| &f.concerns)
        .collect()
}

fn not_recorded() -> PlantedFlaw {
    PlantedFlaw::new(
        FindingKind::SessionNotRecorded,
        vec![FindingSubject::Session(first())],
    )
}

/// The planted flaw of a kind, scored.
fn scored(card: &ScoreCard, kind: FindingKind) -> bool {
    card.flaws
        .iter()
        .find(|s| s.flaw.kind == kind)
        .unwrap_or_else(|| panic!("{kind:?} is planted"))
        .fixed
}

#[test]
fn the_first_session_took_place_by_the_scenarios_clock_and_is_planted_as_not_recorded() {
    for &language in SCENARIO_LANGUAGES {
        let scenario = build(language);
        let case = &scenario.case;
        let clock = scenario.clock();
        assert_eq!(clock, latest_consent_time(case));
        let plan = case.session(&first()).expect("s-first");
        let end = plan.date.0 + i64::from(plan.duration_minutes) * 60_000;
        assert!(end < clock.0, "the first session ended before the clock");
        assert!(case.session(&second()).expect("s-second").date > clock);
        assert!(case.held_sessions.is_empty());

        let analysis = analyze(case);
        assert_eq!(
            kinds_on(&analysis, FindingKind::SessionNotRecorded),
            [&vec![FindingSubject::Session(first())]],
            "only the first session is past"
        );
        // Nothing to carry over before the trainee says what was not asked.
        assert!(kinds_on(&analysis, FindingKind::NotCarriedOver).is_empty());

        assert!(scenario.flaws.contains(&not_recorded()));
        let follow_on = scenario
            .flaws
            .iter()
            .find(|f| f.kind == FindingKind::NotCarriedOver)
            .expect("carrying over is planted");
        assert_eq!(follow_on.subjects, [FindingSubject::Session(first())]);
        assert_eq!(follow_on.arises_from.as_deref(), Some(&not_recorded()));
        assert_eq!(follow_on.group(), FlawGroup::AfterSession);
        // The summary tells the trainee what happened.
        assert!(scenario.summary.contains(if language == "en" {
            "no time left for the question on her pay"
        } else {
            "no quedó tiempo para la pregunta sobre su salario"
        }));
    }
}

#[test]
fn recording_the_first_session_on_video_or_audio_is_refused_since_she_did_not_agree() {
    let case = build("en").case;
    let proposed = proposed_record(&case);
    // The plan said video, so that is what the record proposes.
    assert_eq!(proposed.recording, RecordingForm::Video);
    for form in [RecordingForm::Video, RecordingForm::Audio] {
        let mut held = true_record(&case);
        held.recording = form;
        assert_eq!(
            check(
                &case,
                &CaseEdit::RecordHeldSession {
                    record: Box::new(held)
                }
            ),
            Err(EditRefusal::Held(
                HeldSessionError::RecordingWithoutConsent {
                    form,
                    status: ConsentStatus::Missing,
                }
            )),
            "{form:?}"
        );
    }
    assert!(!case
        .consent
        .status(
            &ConsentPurpose::Recording,
            Timestamp(i64::MAX),
            case.profile.age_group
        )
        .is_given());
    for form in [RecordingForm::NotesOnly, RecordingForm::WrittenStatement] {
        let mut held = true_record(&case);
        held.recording = form;
        assert_eq!(
            check(
                &case,
                &CaseEdit::RecordHeldSession {
                    record: Box::new(held)
                }
            ),
            Ok(()),
            "{form:?}"
        );
    }
}

#[test]
fn recording_it_as_notes_clears_the_unrecorded_session_and_brings_the_question_on_pay_to_carry_over(
) {
    for &language in SCENARIO_LANGUAGES {
        let scenario = build(language);
        let after = record_first(&scenario.case);
        let analysis = analyze(&after);
        assert!(kinds_on(&analysis, FindingKind::SessionNotRecorded).is_empty());
        assert_eq!(
            kinds_on(&analysis, FindingKind::NotCarriedOver),
            [&vec![
                FindingSubject::Session(first()),
                FindingSubject::Question(pay())
            ]],
            "{language}"
        );
        assert_eq!(carry_over_offer(&after, &first()), [pay()]);

        let card = score(&scenario.flaws, &after);
        assert!(scored(&card, FindingKind::SessionNotRecorded));
        assert!(!scored(&card, FindingKind::NotCarriedOver));
        // The finding that arose is the planted one, not a new problem.
        assert!(card.introduced.is_empty(), "{:?}", card.introduced);
        assert_eq!(card.left(FlawGroup::AfterSession), 1);
    }
}

#[test]
fn carrying_the_question_over_clears_it() {
    for &language in SCENARIO_LANGUAGES {
        let scenario = build(language);
        let done = carry_pay_over(&record_first(&scenario.case));
        let analysis = analyze(&done);
        assert!(kinds_on(&analysis, FindingKind::NotCarriedOver).is_empty());
        assert!(done
            .session(&second())
            .expect("s-second")
            .questions
            .contains(&pay()));
        let card = score(&scenario.flaws, &done);
        assert!(scored(&card, FindingKind::SessionNotRecorded));
        assert!(scored(&card, FindingKind::NotCarriedOver));
        assert_eq!(card.left(FlawGroup::AfterSession), 0);
        assert!(card.introduced.is_empty(), "{:?}", card.introduced);
    }
}

#[test]
fn the_score_card_counts_both_as_left_until_done() {
    let scenario = build("es");
    let untouched = score(&scenario.flaws, &scenario.case);
    assert!(!scored(&untouched, FindingKind::SessionNotRecorded));
    // Not reported yet, but left: the session it comes from is not recorded.
    assert!(!scored(&untouched, FindingKind::NotCarriedOver));
    assert_eq!(untouched.left(FlawGroup::AfterSession), 2);
    assert_eq!(untouched.fixed(), 0);

    let recorded = record_first(&scenario.case);
    let done = carry_pay_over(&recorded);
    let (after_record, at_end) = (
        score(&scenario.flaws, &recorded),
        score(&scenario.flaws, &done),
    );
    assert_eq!(
        after_record.fixed(),
        2,
        "the session and its recording consent"
    );
    assert_eq!(at_end.fixed(), 3);
    assert_eq!(at_end.total(), untouched.total());
    // Everything planted in the second session's draft is still left.
    assert_eq!(at_end.left(FlawGroup::WellbeingRisks), 2);
    assert_eq!(at_end.left(FlawGroup::CoachRemarks), 3);
}
