### Strings of the session part of the case workspace: the session plan, the findings and the coverage matrix.

## Session plan

session-intro = Plan each interview session: when and where, who is in the room and in which role, the breaks, and the questions in PEACE order. The planner's wellbeing and roles findings for a session appear beside it, and change as you edit.
session-none = No session is planned yet.
session-add = Add a session
session-name = Session { $number }, { $date }
session-name-gone = A session that is no longer in the plan
session-date = Date and time
session-error-date = Type a date and a time, such as 3 March 2026 at 10:00.
session-place = Place
session-place-hint = In plain words, for example: family room, Tessaly Cross advice centre.
session-location = Kind of place
session-location-neutral-room = Neutral interview room
session-location-ngo-premises = NGO premises
session-location-child-friendly-room = Child-friendly room
session-location-police-station = Police station
session-location-immigration-office = Immigration office
session-location-medical = Medical setting
session-location-other = Other place
session-language = Language of the session
session-language-hint = The language the interviewers speak, picked by name. The survivor's language is { $survivor }; where they differ, an interpreter must attend.
session-duration = Duration in minutes
session-duration-hint = Plan breaks so that no stretch is too long.
session-error-duration = Type the duration as a whole number of minutes greater than 0, such as 90.
session-breaks = Breaks
session-breaks-none = No break is planned.
session-break-at = Break after { $minutes } minutes
session-break-remove-named = Remove the break after { $minutes } minutes
session-break-new = New break, in minutes from the start
session-break-add = Add break
session-break-hint = A whole number of minutes between 1 and { $duration }.
session-error-break = Type the break as a whole number of minutes from the start, greater than 0 and less than the session's { $duration } minutes.
session-error-break-taken = There is already a break after { $minutes } minutes.
session-remove-item = Remove
session-attendees = People in the room
session-attendees-count = { $count ->
    [0] Nobody is listed yet besides the survivor.
    [one] 1 person besides the survivor.
   *[other] { $count } people besides the survivor.
}
session-attendee-legend = Person { $number }
session-attendee-legend-named = Person { $number }: { $name }
session-attendee-name = Name or role label
session-attendee-agency = Agency
session-attendee-no-agency = No agency
session-attendee-role = Role
session-attendee-remove-named = Remove { $person }
session-attendee-add-legend = Add a person to the room
session-attendee-hint = Professionals may be named; or write a role label such as police interviewer. Never the survivor.
session-attendee-add = Add person
session-error-attendee-name = Type a name or a role label, such as police interviewer.
session-role-lead-interviewer = Lead interviewer
session-role-note-taker = Note-taker
session-role-interpreter = Interpreter
session-role-support-person = Support person
session-role-observer = Observer
session-role-legal-representative = Legal representative
session-role-guardian = Guardian
session-role-other = Other role
session-support-declined = The survivor was offered a support person and declined
session-consent-legend = Needs the survivor's consent
session-consent-hint = Each of these needs the survivor's informed consent for that purpose, recorded in the Consent section. Without it, the item is blocked.
session-needs-recording = Audio or video recording (needs consent to recording)
session-medical-examination = Medical examination (needs consent to a medical examination)
session-photographs = Photographs (need consent to photographs)
session-questions = Questions, in PEACE order
session-questions-none = No question is in this session yet.
session-questions-gone = Questions no longer in the case
session-questions-none-to-add = No question to add: every question still to be asked is in this session, or the case has none yet. Questions are added in the Questions section.
session-question-pick = Question to add
session-question-option = { $phase }: { $text } ({ $agency })
session-question-add = Add to session
session-question-up = Move up
session-question-up-named = Move up: { $question }
session-question-down = Move down
session-question-down-named = Move down: { $question }
session-question-remove-named = Remove from this session: { $question }
session-question-merged = No longer asked: merged into another question.
session-question-answered-by-record = No longer asked: answered from a prior account's record.
session-question-awaiting-consent = No longer asked: waiting for the survivor's decision on sharing a record.
session-remove = Remove session
session-remove-named = Remove { $session }
session-remove-title = Remove { $session }?
session-remove-message = The session's date, place, people, breaks and question order are removed. Its questions stay in the case.
session-remove-confirm = Remove session
session-findings-heading = Wellbeing and roles: { $session }
session-findings-count = { $count ->
    [0] No wellbeing or roles finding for this session.
    [one] 1 wellbeing or roles finding for this session.
   *[other] { $count } wellbeing or roles findings for this session.
}

## Findings

findings-intro = Everything the planner found in this case, rule by rule. Where it suggests a change, accept it with one click; every accepted suggestion can be undone.
findings-summary = { $count ->
    [0] No findings.
    [one] 1 finding: { $blocking } blocking, { $warning } warnings, { $info } for information.
   *[other] { $count } findings: { $blocking } blocking, { $warning } warnings, { $info } for information.
}
findings-rule-heading = { $rule } ({ $count })
findings-rule-none = Nothing found.
findings-rule-already-told = Already told
findings-rule-already-told-checks = A question whose every topic the survivor already told in detail, in a record the team can obtain and may share; a session that took place but is not recorded as held; questions a held session did not ask that no later session has.
findings-rule-duplicates = Duplicate questions
findings-rule-duplicates-checks = Agencies asking about the same topics in near-identical words.
findings-rule-retelling = Retelling
findings-rule-retelling-checks = Topics the survivor would tell more than twice in all.
findings-rule-consent = Consent
findings-rule-consent-checks = Sessions, recordings, medical examinations, photographs, records and referrals that lack the survivor's consent.
findings-rule-wellbeing = Wellbeing
findings-rule-wellbeing-checks = Long stretches without a break, a crowded room, a missing interpreter or support person, an intimidating place, sensitive topics before rapport, topics the survivor asked to avoid.
findings-rule-roles = Roles
findings-rule-roles-checks = Exactly one lead interviewer and one official note-taker in every session.
findings-rule-coach = Question coach
findings-rule-coach-checks = Leading, compound, forced-choice, "why" and jargon questions, and closed questions during free recall.
findings-severity-blocking = Blocking
findings-severity-warning = Warning
findings-severity-info = For information
findings-concerns = Concerns:
findings-suggestion = Suggestion:
findings-accept = Accept
findings-accept-named = Accept: { $suggestion }
findings-accepted-done = Accepted, and listed under Accepted suggestions, where you can undo it: { $suggestion }
findings-undone = Undone: { $suggestion }
findings-accepted-heading = Accepted suggestions ({ $count })
findings-accepted-none = No suggestion has been accepted yet.
findings-accepted-hint = Oldest first. Undoing one puts its questions back as they were.
findings-undo = Undo
findings-undo-named = Undo: { $suggestion }
findings-quoted = “{ $text }”
findings-question-name = Question “{ $text }” ({ $agency })
findings-question-gone = a question that is no longer in the case
findings-agency-gone = an agency that is no longer in the case
findings-account-name = { $form } to { $agency }, { $date }
findings-account-gone = a prior account that is no longer in the case
findings-subject-wording = The words “{ $words }” in “{ $question }”
findings-subject-consent = Consent to { $purpose }
findings-subject-referral = Referral to { $service }
findings-subject-topic = Topic: { $topic }
findings-purpose-take-part = take part
findings-purpose-recording = audio or video recording
findings-purpose-use-as-evidence = use as evidence
findings-purpose-share-record = share a record with { $agency }
findings-purpose-referral = a referral to { $service }
findings-purpose-medical-examination = a medical examination
findings-purpose-photographs = photographs
findings-purpose-contact-afterwards = contact afterwards
findings-suggest-merge = Set aside { $merged }, and ask once, through the lead interviewer, for every agency: “{ $keep }”
findings-suggest-answered-by-record = Review the record ({ $record }) instead of asking “{ $question }”
findings-suggest-request-share-consent = Ask the survivor whether the record ({ $record }) may be shared with { $agencies }, instead of asking again “{ $question }”
findings-suggest-reword = Reword “{ $question }” as “{ $text }”
findings-kind-already-told = Already told in a record
findings-kind-consent-to-share-missing = Already told, but the record may not be shared yet
findings-kind-share-consent-given = The record may now be shared
findings-kind-share-consent-refused = The survivor did not agree to share the record
findings-kind-session-not-recorded = A session that took place is not recorded
findings-kind-not-carried-over = Questions not asked and not carried over
findings-kind-duplicate-question = The same question from several agencies
findings-kind-retold-topic = A topic told too many times
findings-kind-consent-missing = Consent not recorded
findings-kind-consent-declined = Consent declined
findings-kind-consent-withdrawn = Consent withdrawn
findings-kind-long-without-break = Too long without a break
findings-kind-too-many-attendees = Too many people in the room
findings-kind-interpreter-missing = No interpreter
findings-kind-no-support-person = No support person
findings-kind-intimidating-location = An intimidating place
findings-kind-sensitive-before-rapport = A sensitive topic before rapport
findings-kind-avoided-topic = A topic the survivor asked to avoid
findings-kind-no-lead-interviewer = No lead interviewer
findings-kind-several-lead-interviewers = Several lead interviewers
findings-kind-no-note-taker = No note-taker
findings-kind-several-note-takers = Several note-takers
findings-kind-coach-leading = Leading question
findings-kind-coach-compound = Two questions in one
findings-kind-coach-forced-choice = Forced choice
findings-kind-coach-why = A "why" question
findings-kind-coach-jargon = Jargon
findings-kind-coach-closed-in-free-recall = Closed question during free recall
findings-explain-already-told = The survivor already told every topic of this question in detail in this prior account. The team can obtain the record and may share it with the agencies asking: review the record instead of asking again.
findings-explain-consent-to-share-missing = The survivor already told this in detail in this prior account, but has not agreed to share the record with { $agencies }. Ask the survivor about sharing the record instead of asking the question again.
findings-explain-share-consent-given = The survivor agreed to share this record: the question can now be answered from it.
findings-explain-share-consent-refused = The survivor did not agree to share this record. The question was set aside waiting for that consent: undo that step under Accepted suggestions to ask it in the interview, or do without it.
findings-explain-session-not-recorded = The time planned for this session has passed, and it is not recorded as held. Record what happened: until then, what the survivor told in it is in no record, and the next plan asks it again. If the session did not take place, move or remove its plan.
findings-explain-not-carried-over = This session did not ask { $count ->
    [one] one question that still needs
   *[other] { $count } questions that still need
} an answer (the survivor declined, time ran out, or a later session was to ask), and no session still to come has { $count ->
    [one] it. Carry it over to the next session: it keeps its agency and priority.
   *[other] them. Carry them over to the next session: each keeps its agency and priority.
}
findings-explain-duplicate-question = These questions of different agencies ask about the same topics in near-identical words. Ask it once: the lead interviewer asks one question for every agency, credited to all of them.
findings-explain-retold-topic = The survivor has told { $topic } { $told ->
    [one] once
   *[other] { $told } times
} already, and this plan would ask about it { $planned ->
    [one] once more
   *[other] { $planned } more times
}. Look for questions to merge or to answer from a record.
findings-explain-consent-missing = This needs the survivor's consent to { $purpose }, which has not been asked or recorded. It cannot go ahead until the survivor gives it.
findings-explain-consent-declined = This needs the survivor's consent to { $purpose }, which the survivor declined. It cannot go ahead as planned.
findings-explain-consent-withdrawn = This needs the survivor's consent to { $purpose }, which the survivor withdrew. It cannot go ahead as planned.
findings-explain-long-without-break = This session goes more than { $limit } minutes without a break. Plan a break at least every { $limit } minutes.
findings-explain-too-many-attendees = { $count } people are in the room besides the survivor. Keep it to { $limit } or fewer, and let others follow from another room.
findings-explain-interpreter-missing-language = No interpreter attends, but the survivor's language ({ $survivor }) differs from the session's ({ $session }).
findings-explain-interpreter-missing-profile = No interpreter attends, but the survivor's profile says an interpreter is needed.
findings-explain-no-support-person = No support person attends, and none is recorded as offered and declined. Offer the survivor a support person.
findings-explain-intimidating-location = The session is held at a place of this kind ({ $place }), which can frighten a survivor. Prefer a neutral room, NGO premises or a child-friendly room.
findings-explain-sensitive-before-rapport = This question asks about a sensitive topic before any rapport (Engage and explain) question of the session. Move it after the Engage questions.
findings-explain-avoided-topic = This question touches a topic the survivor asked not to be asked about. Drop it, or agree with the survivor beforehand how to approach it.
findings-explain-no-lead-interviewer = Nobody is the lead interviewer. Name one person who asks every agency's questions.
findings-explain-several-lead-interviewers = { $count } people are lead interviewers. Keep one, who asks for every agency; the others may observe.
findings-explain-no-note-taker = Nobody is the note-taker. Name one official note-taker.
findings-explain-several-note-takers = { $count } people are note-takers. Keep one official record: several records of one interview can contradict each other.
findings-explain-coach-leading = “{ $words }” suggests its own answer, which can taint the evidence.
findings-explain-coach-compound = “{ $words }” asks two things at once. Ask one at a time.
findings-explain-coach-forced-choice = “{ $words }” offers only the interviewer's options during free recall.
findings-explain-coach-why = “{ $words }” asks why, which can sound like blame.
findings-explain-coach-jargon = “{ $words }” is a word the survivor may not share.
findings-explain-coach-closed-in-free-recall = “{ $words }” invites a yes or no during free recall.
findings-error-unknown-question = That question is no longer in the case, so nothing was changed.
findings-error-unknown-account = The prior account this suggestion names is no longer in the case, so nothing was changed.
findings-error-question-set-aside = “{ $question }” is already set aside (merged, answered from a record or waiting for consent). Undo that first under Accepted suggestions.
findings-error-merge-distinct = This merge needs one question to keep and at least one other question, so nothing was changed.
findings-error-record-not-obtainable = The record ({ $record }) cannot be obtained, so it cannot replace asking. Mark it as obtainable under Prior accounts once the team can get it.
findings-error-record-does-not-cover = The record ({ $record }) does not cover every topic of “{ $question }” in detail, so it cannot replace asking.
findings-error-share-consent-not-given = The survivor has not agreed to share the record ({ $record }) with { $agency }. Record that consent in the Consent section first.
findings-error-empty-rewording = The new wording is empty, so nothing was changed.
findings-error-no-such-accepted = That accepted suggestion is no longer in the list; it may have been undone already. Nothing was changed.
findings-error-undo-blocked = This cannot be undone yet: accepted suggestion { $number } ({ $later }) changed the same questions later. Undo that one first.

## Coverage

coverage-intro = Where the survivor already told each topic, and where this plan would ask about it again. A row with both told and planned cells is a retelling.
coverage-legend = Marks in the table
coverage-legend-told = Told in a prior account or a held session, with how fully
coverage-legend-planned = Planned: still to be asked in that session, or in the plan while the question is in no session yet
coverage-legend-avoided = Avoided: a question on the topic was set aside by an accepted suggestion
coverage-legend-retold = The survivor would tell the topic more than once in all
coverage-caption = Topics against prior accounts, held sessions and planned sessions
coverage-col-topic = Topic
coverage-col-account = Prior account:
coverage-col-held = Held session:
coverage-cell-held = Asked { $asked }, not asked { $notAsked }
coverage-col-unscheduled = Not yet in a session
coverage-col-evidence = Evidence
coverage-cell-evidence = { $kind }: { $status }
coverage-col-already-told = Already told
coverage-col-planned-raw = Planned in the plan as drafted
coverage-col-planned-now = Planned now
coverage-cell-nothing = nothing
coverage-cell-told = Told, { $level }
coverage-cell-planned = { $count ->
    [one] Planned: 1 question
   *[other] Planned: { $count } questions
}
coverage-cell-avoided = { $count ->
    [one] Avoided: 1 question
   *[other] Avoided: { $count } questions
}
coverage-level-mentioned = mentioned
coverage-level-partial = partly
coverage-level-detailed = in detail
coverage-retold = Retold
coverage-retold-too-often = Retold too often
coverage-none = No topic appears in a prior account or a question yet. Add prior accounts and questions, and their topics appear here.
coverage-totals = { $questions ->
    [one] Accepted suggestions spare the survivor 1 question
   *[other] Accepted suggestions spare the survivor { $questions } questions
}: { $askings ->
    [one] 1 fewer time a topic is asked about.
   *[other] { $askings } fewer times a topic is asked about.
}

## Held sessions: why a record of a session that took place, a correction or a carry-over is refused

held-error-already-held = This session is already recorded as held. Correct its record instead.
held-error-not-held = This session is not recorded as held yet.
held-error-plan-held = This session took place, so its plan stays as it was. Correct the record of the session instead.
held-error-account-stands-for-session = This prior account stands for { $session }, which took place. It changes with the session's record and cannot be changed or removed on its own.
held-error-account-changed = A correction keeps the prior account that stands for the session.
held-error-ends-before-start = The session ends before it starts. Check the start and end times.
held-error-stopped-outside = Give a time between the start and the end of the session for when the survivor stopped the interview.
held-error-break-outside = A break after { $minutes } minutes is not within the session.
held-error-lead-interviewers = { $count ->
    [0] Name the lead interviewer who was present.
   *[other] { $count } people are recorded as lead interviewer. Keep the one who asked the questions.
}
held-error-lead-without-agency = Choose the lead interviewer's agency: it holds the record of the session.
held-error-recording-without-consent = { $form ->
    [audio] The session cannot be recorded as kept on audio: the survivor had not given consent to recording when it started.
   *[video] The session cannot be recorded as kept on video: the survivor had not given consent to recording when it started.
} Record it as notes only or as a written statement; if consent was given, record it in the consent section first.
held-error-outcome-missing = Say what became of “{ $question }”: answered, partly answered, or why it was not asked.
held-error-outcome-not-planned = “{ $question }” is not in this session's plan.
held-error-outcome-twice = “{ $question }” has two outcomes. Keep one.
held-error-not-offered = “{ $question }” is not one to carry over: it was asked, is no longer needed, or is already in a plan.

## Held sessions: recording that a planned session took place, correcting the record, carrying over

held-heading = Held session
held-not-yet = Once this session has taken place, record what happened: it then counts as something the survivor has told, and the next plan does not ask it again.
held-record = Record as held
held-record-named = Record as held: { $session }
held-record-heading = Record { $session } as held
held-correct = Correct the record
held-correct-named = Correct the record: { $session }
held-correct-heading = Correct the record of { $session }
held-form-intro = The form starts from the plan: change what went differently. Saving adds the session to the prior accounts, held by the lead interviewer's agency.
held-took-place = Took place from { $started } to { $ended }, recorded as { $recording }.
held-stopped-at = The survivor stopped the interview at { $time }.
held-started = Started
held-ended = Ended
held-present = Who was present
held-present-none = No one is planned in the room yet. Add the lead interviewer to the session plan first.
held-present-person = { $name }, { $role } ({ $agency })
held-breaks = Breaks taken, in minutes from the start
held-breaks-hint = Separate them with commas, for example 40, 75. Leave empty if no break was taken.
held-recording = How the session was recorded
held-recording-hint = Video and audio need the survivor's consent to recording at the time the session started.
held-recording-video = Video
held-recording-audio = Audio
held-recording-written = Written statement
held-recording-notes = Notes only
held-stopped = The survivor stopped the interview
held-stopped-time = When the survivor stopped it
held-outcomes = What became of each planned question
held-outcomes-none = This session had no planned questions.
held-outcome-of = Outcome of “{ $question }”
held-outcome-answered = Answered
held-outcome-partly = Partly answered
held-outcome-declined = Not asked: the survivor declined
held-outcome-out-of-time = Not asked: out of time
held-outcome-no-longer-needed = Not asked: no longer needed
held-outcome-moved = Not asked: moved to a later session
held-added-heading = Questions added at the question break
held-added-hint = Questions the observing agencies passed to the lead interviewer at the question break, credited to the agency that asked.
held-added-line = “{ $question }”, asked for { $agency }: { $outcome }
held-added-remove = Remove “{ $question }” from the questions added at the break
held-added-agency = Agency that asked
held-added-agency-choose = Choose the agency
held-added-text = Question asked at the break
held-added-topic = Its topic
held-added-topic-none = No topic
held-added-outcome = Outcome of the added question
held-added-add = Add the question
held-added-error-text = Type the question that was asked at the break.
held-added-error-agency = Choose the agency that asked the question.
held-topics = Topics the survivor told, and how fully
held-topics-none = No topic was recorded as told.
held-note = Note for the team
held-save = Record the session as held
held-save-correction = Save the correction
held-error-time = Give the start, the end and any stop as a date and time.
held-error-breaks = Give the breaks as whole minutes from the start, separated by commas.
held-carry-over = { $count ->
    [one] Carry the question not asked over to the next session
   *[other] Carry the { $count } questions not asked over to the next session
}
held-carried-over = { $count ->
    [one] 1 question carried over to { $session }.
   *[other] { $count } questions carried over to { $session }.
}
held-carry-over-nothing = Every question of this session was asked, is no longer needed or is already in a later plan.
held-plan-locked = This session took place: its plan stays as it was. Correct the record below instead.
session-observers-outside = Observing agencies follow from another room
session-question-break = Plan a question break before closure, for the observers to pass their questions to the lead interviewer
session-question-break-hint = On by default when agencies observe from another room.
session-brief-names-accounts = The interviewer brief names what earlier accounts said
session-brief-names-accounts-hint = Off by default: a lead interviewer who does not know what was said before cannot lead the survivor towards it.

## Evidence (rule 8, corroboration)

findings-rule-corroboration = Corroboration
findings-rule-corroboration-checks = Topics of the plan that rest on the survivor's word alone, with no evidence requested or obtained; questions whose topics evidence obtained already shows; evidence requests still open after 30 days.
findings-kind-word-alone = Rests on the survivor's word alone
findings-kind-covered-by-evidence = Evidence obtained already shows this
findings-kind-evidence-overdue = An evidence request is still open
findings-explain-word-alone = { $count ->
    [0] No evidence requested or obtained corroborates { $topic }: it rests on the survivor's word alone. The catalogue names no kind of evidence for it yet.
   *[other] No evidence requested or obtained corroborates { $topic }: it rests on the survivor's word alone. Evidence that can corroborate it: { $kinds }.
}
findings-explain-covered-by-evidence = Evidence obtained covers every topic of this question. Ask only what the evidence cannot show: a confirmation, or the survivor's own experience. The question stays in the plan.
findings-explain-evidence-overdue = This evidence was requested more than { $days } days ago and is not in yet. Ask again, or record why it cannot be obtained.
findings-subject-evidence = Evidence { $evidence }
findings-suggest-request-evidence = Add an evidence request for { $agency }: { $kind }, “{ $evidence }”
evidence-kind-documents = Identity and travel documents
evidence-kind-financial = Financial records
evidence-kind-communications = Communications
evidence-kind-device = Device data (such as location)
evidence-kind-employment = Employer, payroll and labour-inspection records
evidence-kind-transport = Transport and accommodation records
evidence-kind-medical = Medical and forensic reports
evidence-kind-objects = Photographs and physical objects
evidence-kind-witnesses = Witness statements
evidence-kind-other = Other evidence
evidence-status-to-request = To request
evidence-status-requested = Requested
evidence-status-obtained = Obtained
evidence-status-not-obtainable = Not obtainable
evidence-error-blank-description = Say what the evidence is.
evidence-error-no-topics = Choose at least one topic the evidence can corroborate.
evidence-error-unknown-topic = The topic { $topic } is not in this case's catalogue: add it first.
evidence-error-unknown-agency = { $agency } is not an agency of this case: add it first, or choose another.
evidence-error-already-in-case = The case already has this evidence ({ $item }).
evidence-error-unknown-item = This evidence ({ $item }) is no longer in the case.
evidence-error-no-reason = Say why the evidence cannot be obtained.
evidence-error-date-before-previous = The date { $date } goes before { $previous }, the date it follows.
evidence-error-move-not-allowed = Evidence cannot go from “{ $from }” to “{ $to }”.
evidence-error-added-by-suggestion = This evidence ({ $item }) was requested by accepting a suggestion: undo that suggestion instead.
evidence-error-blank-guidance = Type what to look for.
evidence-error-guidance-already-listed = The catalogue already names { $kind } for { $topic }.
evidence-guidance-background-documents = Civil and school records of where the person lived and studied before.
evidence-guidance-background-witnesses = Statements of family or neighbours about life before the recruitment.
evidence-guidance-recruitment-communications = Job and online advertisements, and messages on the platforms used.
evidence-guidance-recruitment-employment = Contracts, recruitment and work-visa paperwork.
evidence-guidance-recruitment-financial = Fees paid to the recruiter: transfers and receipts.
evidence-guidance-travel-documents = Passports, visas, tickets, and arrival and border records.
evidence-guidance-travel-device = Location data of the phones on the journey.
evidence-guidance-travel-transport = Bookings and tickets, and who paid for them.
evidence-guidance-arrival-documents = Arrival and border records.
evidence-guidance-arrival-transport = Pick-up, transport and first lodging records.
evidence-guidance-accommodation-transport = Hotel and rental records of where the person was housed.
evidence-guidance-accommodation-objects = Photographs of the premises.
evidence-guidance-control-methods-communications = Messages and letters, call records, intercepted communications.
evidence-guidance-control-methods-objects = Physical objects: locks, cameras, rules written down.
evidence-guidance-threats-and-violence-communications = Threatening messages and call records.
evidence-guidance-threats-and-violence-medical = Medical and forensic reports of injuries.
evidence-guidance-work-conditions-employment = Labour-inspection findings, and the employer's records or their absence.
evidence-guidance-work-conditions-objects = Photographs of the workplace.
evidence-guidance-working-hours-employment = Payroll, time and tax records; the employer's missing records.
evidence-guidance-working-hours-device = Phone location data showing time at the workplace.
evidence-guidance-payment-and-debt-financial = Bank and money-transfer records.
evidence-guidance-payment-and-debt-objects = Ledgers, receipts and lists kept by the perpetrators.
evidence-guidance-identity-documents-documents = Documents seized in searches; immigration records.
evidence-guidance-injuries-and-health-medical = Medical and forensic reports; expert testimony on trauma.
evidence-guidance-sexual-exploitation-communications = Online advertisements and messages arranging clients.
evidence-guidance-sexual-exploitation-financial = Payments from clients and to the perpetrators.
evidence-guidance-sexual-exploitation-medical = Medical and forensic reports.
evidence-guidance-other-victims-witnesses = Other victims' and witnesses' statements.
evidence-guidance-perpetrators-communications = Phone links between the people involved.
evidence-guidance-perpetrators-financial = Financial links between the people involved.
evidence-guidance-perpetrators-witnesses = Other victims' and witnesses' statements.
evidence-guidance-locations-transport = Hotel and rental records.
evidence-guidance-locations-device = Device location data.
evidence-guidance-locations-objects = Photographs of the premises.
evidence-guidance-evidence-held-objects = The messages, photos, papers or objects the person still has, secured.
evidence-guidance-evidence-held-device = An extraction of the person's phone, with their consent.
evidence-guidance-escape-witnesses = Statements of those who helped or saw the person leave.
evidence-guidance-escape-communications = Calls and messages around the time the person got away.
evidence-guidance-current-safety-communications = Threats received since, and records of them.
evidence-guidance-current-safety-other = Police and support-service records of the person's safety now.

## Evidence: what records can prove, so the survivor is asked only what only they can tell

evidence-heading = Evidence
evidence-intro = Records, devices, documents and witnesses that can prove what happened. Every topic evidence proves is one the survivor need not be pressed on; a topic that rests on their word alone is one to corroborate before the trial.
evidence-summary = { $corroborated } of { $planned } topics in the plan can be corroborated by evidence obtained.
evidence-none = No evidence item yet. The findings suggest what can corroborate each topic the plan asks about.
evidence-list = Evidence items
evidence-kind = Kind of evidence
evidence-topics = Topics it can corroborate
evidence-agency = Agency that holds or will obtain it
evidence-status = Status
evidence-description = Description
evidence-status-requested-on = Requested on { $date }
evidence-status-obtained-on = Obtained on { $date }
evidence-status-not-obtainable-on = Not obtainable (since { $date }): { $why }
evidence-mark-requested = Mark requested: { $item }
evidence-mark-obtained = Mark obtained: { $item }
evidence-mark-not-obtainable = Mark not obtainable: { $item }
evidence-why = Why it cannot be obtained
evidence-save-not-obtainable = Save as not obtainable
evidence-remove = Remove: { $item }
evidence-remove-title = Remove this evidence item?
evidence-remove-message = “{ $item }” leaves the case. The history keeps that it was there.
evidence-remove-confirm = Remove evidence item
evidence-add-heading = Add an evidence item
evidence-add = Add evidence item
evidence-done-added = “{ $item }” added, to request.
evidence-done-requested = “{ $item }” marked requested.
evidence-done-obtained = “{ $item }” marked obtained.
evidence-done-not-obtainable = “{ $item }” marked not obtainable.
evidence-done-removed = “{ $item }” removed.
evidence-catalogue-heading = What can corroborate each topic
evidence-catalogue-show = Show the evidence catalogue
evidence-catalogue-nothing = No kind of evidence listed yet.
evidence-catalogue-add-heading = Add a kind of evidence for a topic, for this case
evidence-catalogue-topic = Topic
evidence-catalogue-guidance = What it is and where to find it
evidence-catalogue-add = Add to the catalogue
evidence-catalogue-done = { $kind } added to the catalogue for { $topic }.
