//! Practice mode: the built-in scenarios, their planted flaws, the score card and practice files.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::i18n::{Locale, Translator};
use tell_once::model::case::{Attendee, AttendeeRole, Case, LocationKind, Suggestion};
use tell_once::model::case::{CaseEdit, HistoryEntry};
use tell_once::model::consent::{
    ConsentEvent, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::edit::{apply, record};
use tell_once::model::held::{
    carry_over, proposed_topics, HeldSession, NotAskedReason, QuestionOutcome, RecordingForm,
};
use tell_once::model::planner::finding::{Finding, FindingKind};
use tell_once::model::planner::{accept, analyze};
use tell_once::model::practice::file::{
    practice_file, read_practice_file, PracticeFileError, PRACTICE_FILE_VERSION,
};
use tell_once::model::practice::scenarios::{scenario, Scenario, ScenarioKey, SCENARIO_LANGUAGES};
use tell_once::model::practice::score::score;
use tell_once::model::practice::{
    flaws_of, is_practice_case_id, planted_flaws, FlawGroup, Guidance, PlantedFlaw,
};
use tell_once::model::sample::sample_case;
use tell_once::model::schema::{SchemaError, CURRENT_SCHEMA};
use tell_once::model::{
    ConsentEventId, LanguageTag, PriorAccountId, QuestionId, SessionId, Timestamp,
};

fn translator(language: &str) -> Translator {
    Translator::new(Locale::from_tag(language).expect("an interface language"))
}

fn build(key: ScenarioKey, language: &str) -> Scenario {
    let t = translator(language);
    scenario(key, &LanguageTag::new(language), &|id| {
        assert!(t.has(id), "{language} lacks the scenario text {id}");
        t.tr(id)
    })
}

fn every_scenario() -> Vec<(ScenarioKey, &'static str, Scenario)> {
    let mut all = Vec::new();
    for key in ScenarioKey::ALL {
        for &language in SCENARIO_LANGUAGES {
            all.push((key, language, build(key, language)));
        }
    }
    all
}

fn describe(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("{:?} {:?}", f.kind, f.concerns))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn there_are_three_scenarios_in_english_and_spanish() {
    assert!(ScenarioKey::ALL.len() >= 3);
    assert_eq!(SCENARIO_LANGUAGES, &["en", "es"]);
    for (key, language, scenario) in every_scenario() {
        assert!(scenario.case.fictional, "{key:?} must be fictional");
        assert!(
            is_practice_case_id(&scenario.case.id),
            "{:?}",
            scenario.case.id
        );
        assert_eq!(scenario.language.0, language);
        assert!(!scenario.title.is_empty() && !scenario.summary.is_empty());
        assert!(
            !scenario.case.prior_accounts.is_empty(),
            "{key:?} has prior accounts"
        );
        assert!(scenario.case.agencies.len() >= 3, "{key:?} has agencies");
        for question in &scenario.case.questions {
            assert_eq!(question.language.0, language);
        }
        assert!(
            scenario.flaws.len() >= 8,
            "{key:?} plants at least eight flaws"
        );
    }
}

#[test]
fn the_spanish_texts_differ_from_the_english_ones() {
    for key in ScenarioKey::ALL {
        let (en, es) = (build(key, "en"), build(key, "es"));
        assert_ne!(en.title, es.title);
        assert_ne!(en.summary, es.summary);
        for (q_en, q_es) in en.case.questions.iter().zip(&es.case.questions) {
            assert_eq!(q_en.id, q_es.id);
            assert_ne!(q_en.text, q_es.text, "{} is not translated", q_en.id);
        }
    }
}

#[test]
fn every_scenario_text_exists_in_both_languages() {
    for key in ScenarioKey::ALL {
        let used = key.message_ids();
        assert!(used.len() > 15, "{used:?}");
        for &language in SCENARIO_LANGUAGES {
            let t = translator(language);
            let missing: Vec<_> = used.iter().filter(|id| !t.has(id)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
        }
    }
}

#[test]
fn every_planted_flaw_is_found_and_nothing_else() {
    for (key, language, scenario) in every_scenario() {
        let analysis = analyze(&scenario.case);
        for flaw in &scenario.flaws {
            assert!(
                flaw.is_left_in(&analysis),
                "{key:?} ({language}): planted {flaw:?} is not found; the planner says:\n{}",
                describe(&analysis.findings)
            );
        }
        // The draft has exactly the planted flaws: a trainee is never scored on an accident.
        let found = flaws_of(&analysis);
        for flaw in &found {
            assert!(
                scenario.flaws.contains(flaw),
                "{key:?} ({language}): {flaw:?} is found but not planted"
            );
        }
        // Besides what the draft shows, only what its fixes bring to light is planted.
        let shown = scenario
            .flaws
            .iter()
            .filter(|f| f.arises_from.is_none())
            .count();
        assert_eq!(found.len(), shown, "{key:?} ({language})");
        let order = |f: &PlantedFlaw| format!("{f:?}");
        let mut expected = planted_flaws(&analysis);
        let mut planted = scenario.flaws.clone();
        expected.sort_by_key(order);
        planted.sort_by_key(order);
        assert_eq!(planted, expected, "{key:?} ({language})");
    }
}

#[test]
fn the_flaws_cover_every_group_and_every_rule() {
    let mut groups = Vec::new();
    let mut rules = Vec::new();
    for (_, _, scenario) in every_scenario() {
        for flaw in &scenario.flaws {
            groups.push(flaw.group());
            rules.push(flaw.kind.rule().number());
        }
        let kinds: Vec<FindingKind> = scenario.flaws.iter().map(|f| f.kind).collect();
        // The issue's four kinds of planted flaw are in every scenario.
        assert!(kinds.contains(&FindingKind::DuplicateQuestion));
        assert!(kinds
            .iter()
            .any(|k| FlawGroup::of(*k) == FlawGroup::CoachRemarks));
        assert!(kinds.contains(&FindingKind::ConsentMissing));
        assert!(kinds
            .iter()
            .any(|k| FlawGroup::of(*k) == FlawGroup::WellbeingRisks));
    }
    for group in FlawGroup::ALL {
        assert!(groups.contains(&group), "{group:?}");
    }
    for rule in 1..=7 {
        assert!(rules.contains(&rule), "rule {rule}");
    }
}

#[test]
fn every_coach_remark_kind_is_planted_in_both_languages() {
    use FindingKind::*;
    for kind in [
        CoachLeading,
        CoachCompound,
        CoachForcedChoice,
        CoachWhy,
        CoachJargon,
        CoachClosedInFreeRecall,
    ] {
        for &language in SCENARIO_LANGUAGES {
            let planted = every_scenario()
                .into_iter()
                .filter(|(_, l, _)| *l == language)
                .any(|(_, _, s)| s.flaws.iter().any(|f| f.kind == kind));
            assert!(planted, "{kind:?} in {language}");
        }
    }
}

#[test]
fn an_untouched_draft_scores_nothing_fixed() {
    for (key, language, scenario) in every_scenario() {
        let card = score(&scenario.flaws, &scenario.case);
        assert_eq!(card.fixed(), 0, "{key:?} ({language})");
        assert_eq!(card.total(), scenario.flaws.len());
        assert!(card.introduced.is_empty(), "{:?}", card.introduced);
        // Grouped in the score card's order, each with its rule and guidance.
        let order: Vec<FlawGroup> = card.flaws.iter().map(|f| f.group).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        for scored in &card.flaws {
            assert!(!scored.guidance.is_empty());
            assert_eq!(scored.rule, scored.flaw.kind.rule().number());
        }
        assert_eq!(
            FlawGroup::ALL.iter().map(|g| card.left(*g)).sum::<usize>(),
            card.total()
        );
    }
}

/// Fixes one flaw the way a trainee would, without touching anything else the flaw is not about.
fn fix(case: &Case, flaw_kind: FindingKind, analysis_findings: &[Finding], index: usize) -> Case {
    let finding = analysis_findings
        .iter()
        .filter(|f| f.kind == flaw_kind)
        .nth(index)
        .expect("the finding to fix");
    let mut fixed = case.clone();
    // The session the finding is about; the draft's one session where it names none.
    let session = finding
        .concerns
        .iter()
        .find_map(|s| match s {
            tell_once::model::planner::finding::FindingSubject::Session(id) => Some(id.clone()),
            _ => None,
        })
        .unwrap_or_else(|| SessionId::new("s-draft"));
    fn session_mut<'a>(
        case: &'a mut Case,
        id: &SessionId,
    ) -> &'a mut tell_once::model::case::SessionPlan {
        case.sessions
            .iter_mut()
            .find(|s| &s.id == id)
            .expect("the finding's session")
    }
    use FindingKind::*;
    match flaw_kind {
        // Accepting the planner's suggestion: merge, read the record, reword, ask for share consent.
        AlreadyTold
        | ConsentToShareMissing
        | DuplicateQuestion
        | CoachLeading
        | CoachCompound
        | CoachForcedChoice
        | CoachWhy
        | CoachJargon
        | CoachClosedInFreeRecall
        // Requesting the evidence the planner suggests.
        | WordAlone => {
            let suggestion = finding.suggestion.clone().expect("a suggestion");
            return accept(case, &suggestion).expect("accepted");
        }
        RetoldTopic => {
            // Drop the question that would make her tell it a third time.
            fixed
                .questions
                .retain(|q| q.id != QuestionId::new("q-room"));
            session_mut(&mut fixed, &session)
                .questions
                .retain(|q| q.as_str() != "q-room");
        }
        ConsentMissing => {
            let purpose = finding
                .concerns
                .iter()
                .find_map(|s| match s {
                    tell_once::model::planner::finding::FindingSubject::ConsentPurpose(p) => {
                        Some(p.clone())
                    }
                    _ => None,
                })
                .expect("a purpose");
            record_consent(&mut fixed, purpose);
        }
        LongWithoutBreak => session_mut(&mut fixed, &session).breaks = vec![45, 90],
        InterpreterMissing => session_mut(&mut fixed, &session)
            .attendees
            .push(Attendee::new("Sari Wijaya", AttendeeRole::Interpreter)),
        IntimidatingLocation => {
            session_mut(&mut fixed, &session).location = LocationKind::NgoPremises
        }
        TooManyAttendees => session_mut(&mut fixed, &session)
            .attendees
            .retain(|a| a.role != AttendeeRole::Observer),
        NoSupportPerson => session_mut(&mut fixed, &session).support_person_declined = true,
        SensitiveBeforeRapport => {
            let order = &mut session_mut(&mut fixed, &session).questions;
            let first = order.remove(0);
            order.insert(2, first);
        }
        AvoidedTopic => fixed
            .questions
            .retain(|q| q.id != QuestionId::new("q-injuries")),
        SeveralLeadInterviewers => {
            let attendees = &mut session_mut(&mut fixed, &session).attendees;
            let second = attendees
                .iter()
                .rposition(|a| a.role == AttendeeRole::LeadInterviewer)
                .expect("a second lead");
            attendees[second].role = AttendeeRole::Observer;
        }
        SeveralNoteTakers => {
            let attendees = &mut session_mut(&mut fixed, &session).attendees;
            let second = attendees
                .iter()
                .rposition(|a| a.role == AttendeeRole::NoteTaker)
                .expect("a second note-taker");
            attendees.remove(second);
        }
        NoNoteTaker => session_mut(&mut fixed, &session)
            .attendees
            .push(Attendee::new("DC Ari Mendes", AttendeeRole::NoteTaker)),
        SessionNotRecorded => {
            // As the scenario tells it: notes only, and no time left for the question on pay.
            let plan = case.session(&session).expect("the plan");
            let account = PriorAccountId::new(format!("pa-held-{session}"));
            let mut held = HeldSession::from_plan(case, plan, account);
            held.recording = RecordingForm::NotesOnly;
            for outcome in &mut held.outcomes {
                if outcome.question == QuestionId::new("q-pay") {
                    outcome.outcome = QuestionOutcome::NotAsked {
                        reason: NotAskedReason::OutOfTime,
                    };
                }
            }
            held.topics = proposed_topics(case, &held.outcomes, &held.added_at_break);
            let edit = CaseEdit::RecordHeldSession {
                record: Box::new(held),
            };
            apply(&mut fixed, &edit).expect("recorded as held");
        }
        NotCarriedOver => {
            let next = case
                .sessions
                .iter()
                .find(|plan| case.held_session(&plan.id).is_none())
                .expect("a plan still to come")
                .id
                .clone();
            let edit = carry_over(case, &session, &next).expect("questions to carry over");
            apply(&mut fixed, &edit).expect("carried over");
        }
        other => panic!("no fix written for {other:?}"),
    }
    fixed
}

fn record_consent(case: &mut Case, purpose: ConsentPurpose) {
    let minor = case.profile.age_group == tell_once::model::AgeGroup::Minor;
    let parties: &[ConsentParty] = if minor {
        &[ConsentParty::Survivor, ConsentParty::Guardian]
    } else {
        &[ConsentParty::Survivor]
    };
    for party in parties {
        if case
            .consent
            .status(&purpose, Timestamp(i64::MAX), case.profile.age_group)
            .is_given()
        {
            break;
        }
        let n = case.consent.events().len();
        let _ = case.consent.record(ConsentEvent {
            id: ConsentEventId::new(format!("c-trainee-{n}")),
            purpose: purpose.clone(),
            decision: Decision::Given,
            party: *party,
            // Before the session.
            at: Timestamp(1_772_323_200_000 + 10 * 86_400_000),
            recorded_by: "Trainee".to_owned(),
            method: ConsentMethod::Spoken,
            language: case.profile.language.clone(),
            interpreter: None,
            understanding_confirmed: true,
            note: String::new(),
            corrects: None,
        });
    }
}

/// Fixes the one flaw `flaw` of `case`, which the planner reports there.
fn fix_flaw(case: &Case, flaw: &PlantedFlaw) -> Case {
    let analysis = analyze(case);
    // Which finding of that kind is this flaw.
    let index = analysis
        .findings
        .iter()
        .filter(|f| f.kind == flaw.kind)
        .position(|f| PlantedFlaw::from_finding(f).subjects == flaw.subjects)
        .expect("the flaw's finding");
    fix(case, flaw.kind, &analysis.findings, index)
}

#[test]
fn fixing_each_flaw_flips_it_to_fixed_and_only_it() {
    for (key, language, scenario) in every_scenario() {
        for (i, flaw) in scenario.flaws.iter().enumerate() {
            // A flaw that a fix brings to light is there to fix only after that fix.
            let start = match &flaw.arises_from {
                Some(cause) => fix_flaw(&scenario.case, cause),
                None => scenario.case.clone(),
            };
            let fixed_case = fix_flaw(&start, flaw);
            let card = score(&scenario.flaws, &fixed_case);
            let this = card.flaws.iter().find(|s| s.flaw == *flaw).expect("scored");
            assert!(
                this.fixed,
                "{key:?} ({language}) flaw {i} {flaw:?} is not fixed"
            );
            assert!(card.fixed() >= 1);
            assert!(
                card.fixed() < card.total(),
                "{key:?} ({language}): fixing {flaw:?} alone fixed everything"
            );
        }
    }
}

#[test]
fn fixing_every_flaw_scores_everything_fixed() {
    for (key, language, scenario) in every_scenario() {
        let mut case = scenario.case.clone();
        // Fix flaws one at a time, from the current analysis, until none is left.
        for _ in 0..40 {
            let card = score(&scenario.flaws, &case);
            let Some(left) = card.flaws.iter().find(|s| !s.fixed) else {
                break;
            };
            let analysis = analyze(&case);
            let index = analysis
                .findings
                .iter()
                .filter(|f| f.kind == left.flaw.kind)
                .position(|f| {
                    left.flaw.is_left_in(&tell_once::model::planner::Analysis {
                        findings: vec![f.clone()],
                        retelling: analysis.retelling.clone(),
                        achieved: analysis.achieved.clone(),
                        corroboration: analysis.corroboration,
                    })
                })
                .expect("the finding of a flaw left");
            case = fix(&case, left.flaw.kind, &analysis.findings, index);
        }
        let card = score(&scenario.flaws, &case);
        assert_eq!(
            card.fixed(),
            card.total(),
            "{key:?} ({language}): {:?}",
            card.flaws
        );
    }
}

#[test]
fn deleting_or_rewording_a_question_fixes_its_coach_remark() {
    let scenario = build(ScenarioKey::FishingVessel, "en");
    let leading = QuestionId::new("q-captain");
    let mut deleted = scenario.case.clone();
    deleted.questions.retain(|q| q.id != leading);
    let card = score(&scenario.flaws, &deleted);
    assert!(card
        .flaws
        .iter()
        .any(|s| s.flaw.kind == FindingKind::CoachLeading && s.fixed));

    let mut reworded = scenario.case.clone();
    reworded
        .questions
        .iter_mut()
        .find(|q| q.id == leading)
        .expect("q-captain")
        .text = "Describe the people who were in charge on the boat.".to_owned();
    let card = score(&scenario.flaws, &reworded);
    assert!(card
        .flaws
        .iter()
        .any(|s| s.flaw.kind == FindingKind::CoachLeading && s.fixed));
    assert!(card.introduced.is_empty(), "{:?}", card.introduced);

    // A new wording that is just as leading is not a fix, in Spanish too.
    let scenario = build(ScenarioKey::FishingVessel, "es");
    let mut still = scenario.case.clone();
    still
        .questions
        .iter_mut()
        .find(|q| q.id == leading)
        .expect("q-captain")
        .text = "¿No es cierto que el capitán mandaba en el barco?".to_owned();
    let card = score(&scenario.flaws, &still);
    assert!(card
        .flaws
        .iter()
        .any(|s| s.flaw.kind == FindingKind::CoachLeading && !s.fixed));
}

#[test]
fn a_new_problem_is_reported_as_introduced() {
    let scenario = build(ScenarioKey::DomesticServitude, "en");
    let mut case = scenario.case.clone();
    case.questions
        .iter_mut()
        .find(|q| q.id == QuestionId::new("q-rapport"))
        .expect("q-rapport")
        .text = "Why are you here today?".to_owned();
    let card = score(&scenario.flaws, &case);
    assert_eq!(card.introduced.len(), 1, "{:?}", card.introduced);
    assert_eq!(card.introduced[0].kind, FindingKind::CoachWhy);
    assert_eq!(card.fixed(), 0);
}

#[test]
fn a_duplicate_stays_while_two_of_its_questions_are_alike() {
    let scenario = build(ScenarioKey::OnlineRecruitment, "en");
    let analysis = analyze(&scenario.case);
    let merge = analysis
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::DuplicateQuestion)
        .and_then(|f| f.suggestion.clone())
        .expect("a merge");
    assert!(matches!(merge, Suggestion::Merge { .. }));
    let merged = accept(&scenario.case, &merge).expect("merge accepted");
    let card = score(&scenario.flaws, &merged);
    let duplicate = card
        .flaws
        .iter()
        .find(|s| s.flaw.kind == FindingKind::DuplicateQuestion)
        .expect("scored");
    assert!(duplicate.fixed);
    // Making a third agency ask it again brings the duplicate back.
    let mut again = merged.clone();
    let mut copy = again
        .question(&QuestionId::new("q-contact-ngo"))
        .cloned()
        .expect("q");
    copy.id = QuestionId::new("q-contact-prosecutor");
    copy.agency = tell_once::model::AgencyId::new("prosecutor");
    copy.set_aside = None;
    again.questions.push(copy.into());
    let card = score(&scenario.flaws, &again);
    assert!(card
        .introduced
        .iter()
        .any(|f| f.kind == FindingKind::DuplicateQuestion));
}

#[test]
fn every_kind_has_a_rule_and_guidance() {
    use FindingKind::*;
    let all = [
        AlreadyTold,
        ConsentToShareMissing,
        ShareConsentGiven,
        ShareConsentRefused,
        SessionNotRecorded,
        NotCarriedOver,
        DuplicateQuestion,
        RetoldTopic,
        ConsentMissing,
        ConsentDeclined,
        ConsentWithdrawn,
        LongWithoutBreak,
        TooManyAttendees,
        InterpreterMissing,
        NoSupportPerson,
        IntimidatingLocation,
        SensitiveBeforeRapport,
        AvoidedTopic,
        NoLeadInterviewer,
        SeveralLeadInterviewers,
        NoNoteTaker,
        SeveralNoteTakers,
        CoachLeading,
        CoachCompound,
        CoachForcedChoice,
        CoachWhy,
        CoachJargon,
        CoachClosedInFreeRecall,
    ];
    let mut cited = Vec::new();
    for kind in all {
        assert!((1..=7).contains(&kind.rule().number()));
        assert!(!Guidance::behind(kind).is_empty());
        cited.extend_from_slice(Guidance::behind(kind));
    }
    for guidance in [
        Guidance::WhoEthics2003,
        Guidance::AchievingBestEvidence,
        Guidance::OvcEGuide53,
        Guidance::PeaceUnodcModule8,
        Guidance::Barnahus,
    ] {
        assert!(cited.contains(&guidance), "{guidance:?}");
        // The UI explains each source and each rule in both languages.
        for &language in SCENARIO_LANGUAGES {
            let t = translator(language);
            let id = format!("practice-guidance-{}", guidance.slug());
            assert!(t.has(&id), "{language} lacks {id}");
        }
    }
    for &language in SCENARIO_LANGUAGES {
        let t = translator(language);
        for rule in 1..=7 {
            assert!(
                t.has(&format!("practice-rule-{rule}")),
                "{language} rule {rule}"
            );
        }
        for group in FlawGroup::ALL {
            assert!(
                t.has(&format!("practice-group-{}", group.slug())),
                "{language} {group:?}"
            );
        }
        for key in ScenarioKey::ALL {
            assert!(t.has(&key.message_id("title")));
        }
    }
}

// ----- Practice files -----

#[test]
fn a_fictional_case_round_trips_through_a_practice_file() {
    let mut case = sample_case();
    assert!(case.fictional);
    let trainer = "Trainer Ilsa Marrow";
    record(
        &mut case,
        CaseEdit::SetInterpreterNeeded { needed: true },
        Timestamp(1_772_366_400_000),
        trainer,
    )
    .expect("recorded");
    let json = practice_file(&case, "Two sessions, one of them badly planned").expect("saved");
    let document: serde_json::Value = serde_json::from_str(&json).expect("plain JSON");
    assert_eq!(document["format"], "tell-once-practice");
    assert_eq!(document["version"], PRACTICE_FILE_VERSION);
    assert_eq!(document["case"]["schema"], CURRENT_SCHEMA);
    // Not encrypted: the history, which names who changed the case, stays behind.
    assert_eq!(
        document["case"]["case"]["history"],
        serde_json::json!([{ "begins": { "at": null, "migrated": false } }])
    );
    assert!(!json.contains(trainer));

    let opened = read_practice_file(&json).expect("opened");
    assert_eq!(opened.title, case.code);
    assert_eq!(opened.summary, "Two sessions, one of them badly planned");
    assert!(is_practice_case_id(&opened.case.id));
    assert!(!is_practice_case_id(&case.id));
    // Everything but the id is the case as saved.
    let mut same = opened.case.clone();
    same.id = case.id.clone();
    assert_eq!(
        same,
        Case {
            history: vec![HistoryEntry::begins(None).into()],
            ..case.clone()
        }
    );
    // Its flaws are the planner's findings at save time, all still in the draft.
    assert_eq!(opened.flaws, flaws_of(&analyze(&case)));
    assert!(!opened.flaws.is_empty());
    let card = score(&opened.flaws, &opened.case);
    assert_eq!(card.fixed(), 0);
    assert!(card.introduced.is_empty());
}

#[test]
fn a_case_not_marked_fictional_is_refused() {
    let mut case = sample_case();
    case.fictional = false;
    assert_eq!(
        practice_file(&case, ""),
        Err(PracticeFileError::NotFictional)
    );
    assert!(PracticeFileError::NotFictional
        .to_string()
        .contains("fictional"));

    // Nor can a file be edited by hand into holding a real case.
    let json = practice_file(&sample_case(), "").expect("saved");
    let tampered = json.replace("\"fictional\": true", "\"fictional\": false");
    assert_ne!(tampered, json);
    assert_eq!(
        read_practice_file(&tampered),
        Err(PracticeFileError::NotFictional)
    );
}

#[test]
fn wrong_corrupt_and_newer_files_are_refused_with_a_clear_error() {
    let json = practice_file(&sample_case(), "").expect("saved");
    assert!(matches!(
        read_practice_file("not json"),
        Err(PracticeFileError::Malformed { .. })
    ));
    assert_eq!(
        read_practice_file(r#"{"schema": 2, "case": {}}"#),
        Err(PracticeFileError::WrongFormat)
    );
    let age = "-----BEGIN AGE ENCRYPTED FILE-----";
    assert!(read_practice_file(age).is_err());

    let mut newer: serde_json::Value = serde_json::from_str(&json).expect("json");
    newer["version"] = serde_json::json!(PRACTICE_FILE_VERSION + 1);
    let error = read_practice_file(&newer.to_string()).expect_err("newer is refused");
    assert_eq!(
        error,
        PracticeFileError::Newer {
            found: u64::from(PRACTICE_FILE_VERSION + 1),
            supported: PRACTICE_FILE_VERSION
        }
    );
    assert!(error.to_string().contains("update the program"));

    let mut newer_case: serde_json::Value = serde_json::from_str(&json).expect("json");
    newer_case["case"]["schema"] = serde_json::json!(99);
    assert!(matches!(
        read_practice_file(&newer_case.to_string()),
        Err(PracticeFileError::Case(SchemaError::Newer {
            found: 99,
            ..
        }))
    ));

    let mut broken: serde_json::Value = serde_json::from_str(&json).expect("json");
    broken["flaws"] = serde_json::json!([{"kind": "no_such_kind", "subjects": []}]);
    assert!(matches!(
        read_practice_file(&broken.to_string()),
        Err(PracticeFileError::Invalid { .. })
    ));
    let mut extra: serde_json::Value = serde_json::from_str(&json).expect("json");
    extra["password"] = serde_json::json!("x");
    assert!(matches!(
        read_practice_file(&extra.to_string()),
        Err(PracticeFileError::Invalid { .. })
    ));
}

#[test]
fn a_built_in_scenario_saved_as_a_file_keeps_its_flaws() {
    for (key, language, scenario) in every_scenario() {
        let json = practice_file(&scenario.case, &scenario.summary).expect("fictional");
        let opened = read_practice_file(&json).expect("opened");
        let mut planted = scenario.flaws.clone();
        let mut saved = opened.flaws.clone();
        let order = |f: &tell_once::model::practice::PlantedFlaw| format!("{f:?}");
        planted.sort_by_key(order);
        saved.sort_by_key(order);
        assert_eq!(saved, planted, "{key:?} ({language})");
        assert_eq!(opened.language.0, language);
    }
}

#[test]
fn sample_consent_decision_enum_is_used() {
    // Keeps the imports honest: a declined consent is a different finding, not a missing one.
    let scenario = build(ScenarioKey::OnlineRecruitment, "en");
    let mut case = scenario.case.clone();
    let _ = case.consent.record(ConsentEvent {
        id: ConsentEventId::new("c-photos-declined"),
        purpose: ConsentPurpose::Photographs,
        decision: Decision::Declined,
        party: ConsentParty::Survivor,
        at: Timestamp(1_772_323_200_000 + 5 * 86_400_000),
        recorded_by: "Trainee".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("en"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    });
    let card = score(&scenario.flaws, &case);
    // The consent was asked and recorded: the missing consent is fixed, and the declined one
    // is a new problem the trainee must still resolve (drop the photographs).
    assert!(card
        .flaws
        .iter()
        .any(|s| s.flaw.kind == FindingKind::ConsentMissing && s.fixed));
    assert!(card
        .introduced
        .iter()
        .any(|f| f.kind == FindingKind::ConsentDeclined));
}

/// The domestic scenario's central topic, how she was kept indoors, rests on her word alone.
fn kept_indoors() -> PlantedFlaw {
    PlantedFlaw::new(
        FindingKind::WordAlone,
        vec![tell_once::model::planner::finding::FindingSubject::Topic(
            tell_once::model::TopicId::new("control-methods"),
        )],
    )
}

#[test]
fn the_domestic_scenario_scores_whether_evidence_was_requested_for_its_central_topic() {
    use tell_once::model::evidence::{EvidenceItem, EvidenceKind, EvidenceStatus};
    use tell_once::model::{AgencyId, EvidenceId, TopicId};
    for &language in SCENARIO_LANGUAGES {
        let scenario = build(ScenarioKey::DomesticServitude, language);
        let flaw = kept_indoors();
        assert!(scenario.flaws.contains(&flaw), "{language}");
        assert_eq!(flaw.group(), FlawGroup::Evidence);
        assert_eq!(scenario.flaws.len(), 11);
        // Only this topic is uncorroborated: the rest of the plan has evidence requested.
        let analysis = analyze(&scenario.case);
        let alone: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::WordAlone)
            .collect();
        assert_eq!(alone.len(), 1, "{language}");
        let untouched = score(&scenario.flaws, &scenario.case);
        assert_eq!(untouched.left(FlawGroup::Evidence), 1);

        let request = |status: EvidenceStatus| {
            let mut case = scenario.case.clone();
            let edit = CaseEdit::PutEvidence {
                item: EvidenceItem {
                    id: EvidenceId::new("ev-lock"),
                    kind: EvidenceKind::PhotographsAndObjects,
                    description: "Photographs of the lock on her door".into(),
                    topics: vec![TopicId::new("control-methods")],
                    agency: AgencyId::new("police"),
                    status,
                },
            };
            apply(&mut case, &edit).expect("the evidence is added");
            score(&scenario.flaws, &case)
        };
        // Only noting that evidence exists is not asking for it.
        let noted = request(EvidenceStatus::ToRequest);
        assert_eq!(noted.left(FlawGroup::Evidence), 1, "{language}");
        let requested = request(EvidenceStatus::Requested {
            at: scenario.clock(),
        });
        assert_eq!(requested.left(FlawGroup::Evidence), 0, "{language}");
        assert_eq!(requested.fixed(), 1);
        assert!(
            requested.introduced.is_empty(),
            "{:?}",
            requested.introduced
        );

        // Accepting the planner's suggestion fixes it the same way, and nothing else.
        let suggestion = alone[0].suggestion.clone().expect("an evidence request");
        let accepted = accept(&scenario.case, &suggestion).expect("accepted");
        let card = score(&scenario.flaws, &accepted);
        assert_eq!(card.left(FlawGroup::Evidence), 0);
        assert_eq!(card.fixed(), 1);
        assert!(card.introduced.is_empty(), "{:?}", card.introduced);
        assert_eq!(accepted.questions, scenario.case.questions);
    }
}
