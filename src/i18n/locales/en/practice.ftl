# Practice mode for trainers: fictional scenarios, the score card and the presenter view.

practice-heading = Practice
practice-banner = Practice: fictional data
practice-banner-detail = Nothing here is saved, and the vault is never read or written.
practice-intro = Choose a fictional scenario. Its draft plan has deliberate flaws: repeated questions, leading and compound questions, missing consents and risks to the survivor's wellbeing. Improve the draft with the same sections as a real case, then open the score card.
practice-choose-heading = Choose a scenario
practice-scenario = Scenario
practice-language = Language of the scenario
practice-start = Start exercise
practice-replace-confirm-title = Start another exercise?
practice-replace-confirm = Your changes to the current exercise will be lost.
practice-replace-confirm-action = Start the new exercise
practice-current-heading = Current exercise: { $title }
practice-continue = Continue the exercise
practice-flaw-count = { $count ->
    [one] The draft has { $count } planted flaw.
   *[other] The draft has { $count } planted flaws.
}
practice-open-file-heading = Open a practice file
practice-open-file-intro = A trainer can save a fictional case as a practice file from its profile. Open one here to practise on it.
practice-file = Practice file
practice-open-file = Open practice file
practice-file-none = Choose a practice file first.
practice-file-unreadable = The file could not be read.
practice-error-not-fictional = This file holds a case that is not marked fictional. Practice files may only hold made-up cases.
practice-error-malformed = This is not a practice file: it is not readable JSON.
practice-error-wrong-format = This is not a Tell Once practice file. Choose a file saved with "Save as practice file".
practice-error-newer = This practice file was saved by a newer version of Tell Once (version { $found }; this one reads up to { $supported }). Update the app to open it.
practice-error-invalid = This practice file is damaged: { $detail }
practice-error-case = The case in this practice file cannot be read: { $detail }
practice-workspace-heading = Practice case { $code }
practice-summary-heading = The scenario
practice-tools = Practice tools
practice-reset = Reset
practice-reset-confirm-title = Reset the scenario?
practice-reset-confirm = Every change you made to this draft will be undone, and the scenario will be as it was at the start.
practice-reset-confirm-action = Reset the scenario
practice-reset-done = The scenario is back to its original draft.
practice-score-link = Score card
practice-presenter-link = Presenter view
practice-choose-link = Choose another scenario
practice-back-to-exercise = Back to the exercise
practice-none = No exercise is open. Choose a scenario first.
practice-score-heading = Score card
practice-score-summary = { $fixed } of { $total } planted flaws fixed.
practice-group-repeated = Repeated questions left
practice-group-coach = Coach remarks left
practice-group-consent = Consents missing
practice-group-wellbeing = Wellbeing risks
practice-group-roles = Roles in the room
practice-group-after-session = After a session: its record
practice-group-evidence = Topics on the survivor's word alone
practice-group-left = { $left } of { $total } left
practice-fixed = Fixed
practice-missed = Missed
practice-rule-label = Rule { $rule }
practice-guidance-label = Guidance
practice-introduced-heading = New problems
practice-introduced-intro = The planner finds these now, and they were not in the draft. Check them too.
practice-introduced-none = Your changes brought in no new problem.
practice-presenter-heading = Presenter view
practice-presenter-position = { $position } of { $total }
practice-presenter-next = Next
practice-presenter-previous = Previous
practice-presenter-keys = Next: right arrow or Page Down. Previous: left arrow or Page Up. Escape: back to the score card.
practice-presenter-back = Back to the score card
practice-save-heading = Practice file
practice-save-intro = Save this case as a practice file that trainees can open in practice mode. The file is not encrypted, which is why only a case created as fictional can be saved.
practice-save-summary = Summary for trainees (optional)
practice-save = Save as practice file
practice-save-refused = This case was not created as fictional, so it cannot be saved as a practice file. Real cases never leave the vault unencrypted. To train, create a new fictional case with invented data.
practice-save-done = Practice file saved.

# The seven planner rules, as the score card explains them.
practice-rule-1 = Already told: if a record the team can obtain already holds the answer, and the survivor agreed to share it, read the record instead of asking again; if not, ask for that consent instead of the question. A session that took place counts as told only once it is recorded as held, and what it did not ask is carried over to the next session.
practice-rule-2 = Duplicates: when two agencies ask the same thing, one lead interviewer asks it once, for both.
practice-rule-3 = Retelling: each time the survivor retells a part of the story hurts, and differences between tellings are used against them. Keep each topic to as few tellings as possible.
practice-rule-4 = Consent: recording, sharing, referrals, medical examinations and photographs need the survivor's informed consent, purpose by purpose; for a child, the guardian's consent and the child's own assent.
practice-rule-5 = Wellbeing: breaks at least every 90 minutes, few people in the room, an interpreter where languages differ, a support person offered, a neutral place, rapport before painful topics, and no topics the survivor asked to avoid.
practice-rule-6 = Roles: exactly one lead interviewer asks every agency's questions, and exactly one official note-taker keeps the record.
practice-rule-7 = Question coach: open questions (Tell, Explain, Describe) give the survivor's own account; leading, compound, forced-choice, closed and "why" questions taint the evidence or sound like blame.

# The published guidance behind the rules.
practice-guidance-who-2003 = WHO ethical and safety recommendations for interviewing trafficked women (2003): do no harm, find out whether the person was already interviewed, get informed consent, and offer support.
practice-guidance-abe = Achieving Best Evidence: record the account once, well, and reuse the record rather than interview again.
practice-guidance-ovc-5-3 = US Office for Victims of Crime task force e-guide, section 5.3: one official note-taker, so that there is one record of the interview.
practice-guidance-peace-unodc-8 = PEACE interviewing (Plan, Engage and explain, Account, Closure, Evaluate), UNODC anti-trafficking manual, module 8: build rapport first, then free recall with open questions.
practice-guidance-barnahus = Barnahus: one child-friendly place and one interview by one trained interviewer, which every agency follows instead of interviewing again.
practice-guidance-unodc-evidential-2017 = UNODC, Evidential Issues in Trafficking in Persons Cases (2017): a case is a mosaic of testimonial, documentary and real evidence, and is stronger when it does not rest on the victim's testimony alone.
practice-guidance-ovc-5-4 = US Office for Victims of Crime task force e-guide, section 5.4: no detail is too insignificant to corroborate.
practice-language-unavailable = The { $language } texts of this scenario could not be fetched. Check the connection, then start again.
