### Strings of the questions part of the case workspace: agencies, prior accounts, questions, topics.

## Agencies

agencies-intro = Every organisation involved in the case, and its role. Questions and prior accounts belong to an agency.
agencies-empty = No agency has been added yet. Add the first one below.
agencies-table-caption = Agencies of this case
agencies-name = Name
agencies-role = Role
agencies-actions = Actions
agencies-add-heading = Add an agency
agencies-add = Add agency
agencies-added = Added { $name }.
agencies-edit = Edit
agencies-edit-named = Edit { $name }
agencies-name-of = New name for { $name }
agencies-role-of = Role of { $name }
agencies-remove = Remove
agencies-remove-named = Remove { $name }
agencies-remove-title = Remove { $name }?
agencies-remove-message = The agency is removed from this case. Nothing in the case refers to it.
agencies-remove-confirm = Remove agency
agencies-removed = Removed { $name }.
agencies-error-name = Type the agency's name.
agencies-in-use = { $name } cannot be removed: { $uses } still refer to it. Move them to another agency or remove them first.
agencies-use-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
agencies-use-accounts = { $count ->
    [one] 1 prior account
   *[other] { $count } prior accounts
}
agencies-use-consent = { $count ->
    [one] 1 consent record about sharing with it
   *[other] { $count } consent records about sharing with it
}
agencies-use-attendees = { $count ->
    [one] 1 person attending a session for it
   *[other] { $count } people attending sessions for it
}
agencies-use-evidence = { $count ->
    [one] 1 evidence item it holds or is to obtain
   *[other] { $count } evidence items it holds or is to obtain
}
agencies-unknown = An agency no longer in this case
agencies-role-police = Police
agencies-role-prosecutor = Prosecutor
agencies-role-labour-inspectorate = Labour inspectorate
agencies-role-ngo = NGO
agencies-role-immigration = Immigration
agencies-role-medical = Medical
agencies-role-child-protection = Child protection
agencies-role-other = Other

## Prior accounts

accounts-intro = The ledger of what the survivor has already told: to whom, when, in what form and how fully, and whether the record can be obtained. The planner uses it so that no one asks again what a record already answers.
accounts-empty = No prior account has been recorded. Ask the survivor, with care, whether anyone has interviewed them before.
accounts-need-agency = Add the agency that took the account first.
accounts-go-to-agencies = Go to Agencies
accounts-add-open = Add a prior account
accounts-add-heading = New prior account
accounts-edit-heading = Change prior account
accounts-agency = Agency that took the account
accounts-agency-choose = Choose an agency
accounts-date = Date
accounts-form = Form of the record
accounts-form-video-recorded = Video recording
accounts-form-audio = Audio recording
accounts-form-written-statement = Written statement
accounts-form-notes = Notes
accounts-record = Record
accounts-obtainable = The team can obtain the record
accounts-obtainable-yes = Can be obtained
accounts-obtainable-no = Cannot be obtained
accounts-topics = Topics told
accounts-topics-legend = Topics told, and how fully
accounts-topics-none = No topic recorded
accounts-topic-coverage = { $topic }: { $coverage }
accounts-summary = { $agency }, { $date } ({ $form })
accounts-save = Save prior account
accounts-added = Prior account added.
accounts-saved = Prior account saved.
accounts-removed = Prior account removed.
accounts-error-agency = Choose the agency that took the account.
accounts-error-date = Enter the date of the account.
accounts-error-topics = Pick at least one topic the survivor told about.
accounts-edit = Edit
accounts-edit-named = Edit { $account }
accounts-remove = Remove
accounts-held-session = This account stands for { $session }, which took place: it changes with the record of that session, in the session plan.
accounts-remove-named = Remove { $account }
accounts-remove-title = Remove this prior account?
accounts-remove-message = { $account } is removed from the ledger, and the planner no longer counts it.
accounts-remove-confirm = Remove prior account
accounts-in-use = { $account } cannot be removed: { $count ->
    [one] 1 question is
   *[other] { $count } questions are
} answered by its record or waiting for consent to share it. Undo those steps in Findings first.

## Topic picker

topic-picker-sensitive = Sensitive
topic-picker-coverage = How fully was “{ $topic }” told?
topic-picker-coverage-mentioned = Mentioned
topic-picker-coverage-partial = Partly told
topic-picker-coverage-detailed = Told in detail
topic-picker-add-summary = Add a topic to this case
topic-picker-add-intro = For a subject the list lacks. It is added to this case only, and picked here.
topic-picker-new-id = Topic name
topic-picker-new-id-hint = Lower-case letters, digits and hyphens, starting with a letter, for example forced-begging.
topic-picker-new-description = What the topic covers
topic-picker-new-sensitive = Asking about it before rapport is built risks harm
topic-picker-add = Add topic
topic-picker-added = Added the topic “{ $topic }” to this case and picked it.
topic-picker-error-invalid-id = “{ $id }” cannot be a topic name: use lower-case letters, digits and hyphens, starting with a letter, for example forced-begging.
topic-picker-error-exists = This case already has a topic named “{ $id }”. Pick it in the list, or choose another name.
topic-picker-error-description = Describe in a few words what the topic “{ $id }” covers.

## Topics of the account (ids from the model's topic catalogue)

topic-background = Background
topic-background-description = Life before the recruitment: home, family, school, work.
topic-recruitment = Recruitment
topic-recruitment-description = How the person was approached, by whom, and what was promised.
topic-travel = Travel
topic-travel-description = The journey: routes, transport, who arranged and paid for it.
topic-arrival = Arrival
topic-arrival-description = What happened on arrival and who met the person.
topic-accommodation = Accommodation
topic-accommodation-description = Where the person lived, with whom, and under what rules.
topic-control-methods = Control methods
topic-control-methods-description = How the person was controlled: watching, isolation, rules, deception.
topic-threats-and-violence = Threats and violence
topic-threats-and-violence-description = Threats and violence against the person or their family.
topic-work-conditions = Work conditions
topic-work-conditions-description = What the work was and what a working day was like.
topic-working-hours = Working hours
topic-working-hours-description = How long and how often the person had to work, and rest days.
topic-payment-and-debt = Payment and debt
topic-payment-and-debt-description = Wages, deductions and any debt the person was told they owed.
topic-identity-documents = Identity documents
topic-identity-documents-description = Passport and other documents: who held them and when.
topic-injuries-and-health = Injuries and health
topic-injuries-and-health-description = Injuries, illness and access to medical care.
topic-sexual-exploitation = Sexual exploitation
topic-sexual-exploitation-description = Sexual exploitation and abuse.
topic-other-victims = Other victims
topic-other-victims-description = Other people in the same situation.
topic-perpetrators = People involved
topic-perpetrators-description = The people involved: names, roles, descriptions.
topic-locations = Locations
topic-locations-description = Places: addresses, workplaces, routes.
topic-evidence-held = Evidence held
topic-evidence-held-description = Messages, photos, papers or objects the person still has.
topic-escape = Escape
topic-escape-description = How the situation ended or how the person got away.
topic-current-safety = Current safety
topic-current-safety-description = The person's safety and needs now.

## Questions

questions-intro = What each agency needs answered. One lead interviewer asks them all, so write them as open questions in the survivor's language; the coach comments on the wording as you type.
questions-need-agency = Add the agencies that need answers first.
questions-go-to-agencies = Go to Agencies
questions-group-empty = { $agency } has no questions yet.
questions-group-list = Questions for { $agency }
questions-agency-groups = Agencies' questions
questions-add-for = Add a question for { $agency }
questions-add-heading = New question
questions-edit-heading = Change question
questions-agency = Agency that needs the answer
questions-agency-choose = Choose an agency
questions-text = Question
questions-text-hint = Open questions work best: Tell me…, Describe…, Explain…
questions-language = Language of the question
questions-language-hint = Picked by name. The survivor's preferred language is { $language }; the coach reads English, Spanish, French and Portuguese.
questions-topics = Topics the question asks about
questions-topics-label = Topics
questions-topics-none = No topic
questions-phase = PEACE phase
questions-phase-plan = Plan and prepare
questions-phase-plan-explained = Before the interview: what the team needs to know and how to ask it.
questions-phase-engage = Engage and explain
questions-phase-engage-explained = Build rapport, explain the purpose, the rules and the survivor's rights, including the right to stop.
questions-phase-account = Account
questions-phase-account-explained = Free recall in the survivor's own words, then open questions to clarify.
questions-phase-closure = Closure
questions-phase-closure-explained = Summarise, answer the survivor's questions, explain what happens next, and end calmly.
questions-phase-evaluate = Evaluate
questions-phase-evaluate-explained = After the interview: what was learnt, and what is still needed.
questions-priority = Priority
questions-priority-high = High
questions-priority-normal = Normal
questions-priority-low = Low
questions-save = Save question
questions-added = Question added.
questions-saved = Question saved.
questions-removed = Question removed.
questions-error-agency = Choose the agency that needs the answer.
questions-error-text = Type the question.
questions-edit = Edit
questions-edit-named = Edit: { $question }
questions-move-up = Move up
questions-move-up-named = Move up: { $question }
questions-move-down = Move down
questions-move-down-named = Move down: { $question }
questions-moved-up = Moved up: { $question }
questions-moved-down = Moved down: { $question }
questions-remove = Remove
questions-remove-named = Remove: { $question }
questions-remove-title = Remove this question?
questions-remove-message = “{ $question }” is removed from the case and from every session plan.
questions-remove-confirm = Remove question
questions-in-use = “{ $question }” cannot be removed: a suggestion accepted in Findings changed it or merged another question into it. Undo that suggestion first.

## The question coach

questions-coach-heading = Question coach
questions-coach-waiting = The coach comments on the wording as you type.
questions-coach-none = The coach has no remark on this wording.
questions-coach-count = { $count ->
    [one] The coach has 1 remark on this wording.
   *[other] The coach has { $count } remarks on this wording.
}
questions-coach-unsupported = The coach cannot read questions in { $language }; it reads English, Spanish, French and Portuguese.
questions-coach-leading = Leading: it suggests its own answer, which can taint the evidence.
questions-coach-compound = Two questions in one: ask one thing at a time.
questions-coach-forced-choice = Forced choice: it offers only the interviewer's options.
questions-coach-why = Asks “why”, which can sound like blame.
questions-coach-jargon = Jargon: a word the survivor may not share.
questions-coach-closed = Closed: it invites a yes or no during free recall.
questions-coach-trigger = The words: “{ $words }”
questions-coach-suggestion = Open wording: { $wording }
questions-coach-use = Use this wording

## Where a question stands, and what the planner says about it

questions-status = Status
questions-status-asked = To be asked in the interview.
questions-status-merged = Not asked separately: merged into “{ $question }” ({ $agency }), which is asked once for every agency.
questions-status-merged-unknown = Not asked separately: merged into a question no longer in this case.
questions-status-answered = Not asked: the record of { $account } answers it.
questions-status-awaiting = Not asked for now: waiting for the survivor to decide whether the record of { $account } may be shared with { $agencies }.
questions-status-credited = It is asked once for { $agencies } too.
questions-record-unknown = a prior account no longer in this case
questions-findings-heading = What the planner says
questions-finding-already-told = The survivor already told this in detail in { $account }, and the record may be read. Review the record instead of asking again.
questions-finding-consent-to-share-missing = The survivor already told this in detail in { $account }, but has not agreed to share that record with { $agencies }. Ask about sharing the record instead of asking the question again.
questions-finding-share-consent-given = The survivor agreed to share the record of { $account } with { $agencies }: the record can now answer this question.
questions-finding-share-consent-refused = The survivor did not agree to share the record of { $account } with { $agencies }. Undo setting the question aside to ask it in the interview, or do without it.
questions-finding-duplicate = { $agencies } ask about the same topics in near-identical words. Ask it once: the lead interviewer asks one question for every agency.
questions-finding-consent-missing = Reading the record for { $agencies } needs the survivor's consent to share it, and none is recorded.
questions-finding-consent-declined = The survivor declined to share the record with { $agencies }.
questions-finding-consent-withdrawn = The survivor withdrew consent to share the record with { $agencies }.
questions-finding-sensitive-before-rapport = It asks about a sensitive topic before any rapport (Engage) question of the session. Move it after the Engage questions.
questions-finding-avoided-topic = It touches a topic the survivor asked not to be asked about. Drop it, or agree with the survivor beforehand how to approach it.
questions-finding-covered-by-evidence = Evidence obtained ({ $evidence }) already shows every topic of this question. Ask only what it cannot show: a confirmation, or the survivor's own experience.
questions-finding-not-carried-over = It was not asked in { $session }, and no session still to come has it. Carry it over to the next session.
questions-finding-coach = { $remark } The words: “{ $trigger }”. Open wording: { $rewording }

## Question requests to agencies and their returns: why a request or a return is refused

exchange-error-due-before-request = The questions would be due before the request is sent. Choose a later date.
exchange-error-unknown-request = This case sent no such question request. The return answers another case, or a request made in another vault.
exchange-error-wrong-token = The return does not carry the secret reply token of the request, so it was not made from that request. It was not merged.
exchange-error-wrong-agency = The request went to { $agency }, but the return comes from { $found }. It was not merged.
exchange-error-already-merged = This is return { $sequence }, and return { $merged } of the same request is already merged. An older return cannot be merged again.
exchange-error-foreign-question = The return carries { $question }, which another agency raised. An agency returns only its own questions.
exchange-error-question-twice = The return carries { $question } twice. The file is damaged.
exchange-error-conflict-undecided = You and the agency both changed { $question } since the request. Choose which version to keep.
contribution-error-not-a-question-change = Here you add, change and withdraw your agency's own questions. Everything else stays as the lead sent it.
contribution-error-not-own-question = { $question } is another agency's question. Only the lead changes it.
contribution-error-edit = That change was not made: { $reason }

## Question requests: the lead asks agencies for their questions, and merges what they return

requests-heading = Question requests
requests-intro = Ask each agency for its questions from its own device: send it a request file, encrypted so that only it can open it, and merge the questions it returns into this one plan. The request holds only what the survivor agreed to share with that agency.
requests-make-heading = Ask an agency for its questions
requests-no-agency = Add the agencies of the case first: a request goes to one of them.
requests-agency = Agency to ask
requests-lead = Your agency, as they will see it
requests-lead-hint = The agency sees this name on the request, and returns its questions to this vault.
requests-due = Questions due by
requests-note = Note to the agency (optional)
requests-lock = Lock the request with
requests-lock-contact = { $contact }'s sharing key (fingerprint not compared yet)
requests-lock-contact-verified = { $contact }'s sharing key (fingerprint compared)
requests-lock-passphrase = A passphrase I will pass on by phone
requests-lock-hint = With the agency's sharing key, only its vault opens the file. Without one, choose a passphrase and give it to the agency by another channel than the file.
requests-passphrase = Passphrase for the request
requests-passphrase-hint = Give it to the agency by phone or in person, never with the file.
requests-make = Make the request file
requests-making = Making the request file…
requests-made-key = Request file made for { $agency }, locked with { $contact }'s sharing key (fingerprint { $fingerprint }): only their vault opens it. Send them the file.
requests-made-passphrase = Request file made for { $agency }, locked with the passphrase you typed. Send them the file, and give them the passphrase by another channel.
requests-error-agency = Choose the agency to ask.
requests-error-lead = Type the name of your agency: the agency sees it on the request.
requests-error-due = Give the date the questions are due by.
requests-error-contact = That contact is no longer in this vault. Choose another key, or a passphrase.
requests-sent-heading = Requests sent
requests-sent-none = No request sent yet.
requests-sent-line = { $agency }: sent { $sent }, due { $due }. { $merged ->
    [0] No return merged yet.
    [one] Return 1 merged.
   *[other] Returns up to { $merged } merged.
}
requests-return-heading = Merge a return
requests-return-file = Return file
requests-return-read = Read the return
requests-return-choose = Choose the return file the agency sent.
requests-return-unreadable = The browser could not read the chosen file. Choose it again.
requests-preview-heading = Return { $sequence } from { $agency }
requests-preview-changes = Changes in the return
requests-preview-nothing = This return changes nothing: the agency's questions are as this case has them.
requests-headline-change = This plan avoids { $before } repeated questions now; merged, it would avoid { $after }.
requests-change-new = New question: “{ $words }”
requests-change-changed = Changed question: “{ $words }”
requests-change-withdrawn = Withdrawn question: “{ $words }”
requests-conflict = You changed this question too since the request. Choose the version to keep; { $agency } is not told.
requests-keep-lead = Keep yours: “{ $words }”
requests-keep-removed = Keep it removed, as you did
requests-take-returned = Take { $agency }'s: “{ $words }”
requests-take-withdrawal = Take { $agency }'s withdrawal
requests-change-refused = This change cannot be made as the case is now, and is left out: { $reason } It comes back with the agency's next return.
requests-merge = Merge the return
requests-discard = Set the return aside
requests-merged = Return { $sequence } from { $agency } merged. Each change is in the case history.
## The contribution workspace: a question request from another agency, opened in this vault

contribution-back = Back to Exchange
contribution-loading = Opening the contribution…
contribution-missing-heading = Request not found
contribution-heading = Request { $code } from { $lead }
contribution-own-count = { $count ->
    [one] { $agency } raises 1 question.
   *[other] { $agency } raises { $count } questions.
}
contribution-sent-heading = What you were sent
contribution-sent-intro = As the lead sent it, read only: only what the survivor consented to share with your agency.
contribution-lead = Lead agency
contribution-for = Your agency in the case
contribution-sent-at = Sent
contribution-due = Questions due
contribution-note = Note from the lead
contribution-no-note = No note.
contribution-language = Survivor's language
contribution-interpreter = Interpreter needed
contribution-age-group = Age group
contribution-accommodations = Accommodations
contribution-avoid = Topics to avoid
contribution-support = Support person
contribution-yes = Yes
contribution-no = No
contribution-none = None
contribution-told-heading = What the survivor has already told
contribution-told-in = (in { $records })
contribution-told-none = Nothing the survivor told is shared with your agency.
contribution-questions-heading = Your questions
contribution-questions-intro = Add, change and withdraw your agency's questions, coached as you write them. The findings show what the survivor has already told and which questions another agency already asks.
contribution-others-read-only = { $agency }'s questions are shown as the lead sent them: only the lead can change them.
contribution-save-failed = Your last change is shown here but was not kept in the vault: { $reason } Keep this page open and try again.
contribution-save-retry = Try saving again
contribution-return-heading = Return to the lead
contribution-return-intro = Writes a file with your agency's questions, encrypted so that only { $lead } can open it. Nothing else of your vault is in it.
contribution-no-return-yet = No return written yet.
contribution-returns-made = Returns written so far: { $sequence }.
contribution-return = Return to the lead
contribution-returning = Writing the return…
contribution-returned = Return { $sequence } written: send this file to { $lead }. Nothing else of your vault is in it.
contribution-return-failed = The return was not written: { $reason }
contribution-return-download-failed = The return was written, but the browser did not save the file. Try again: the next return holds the same questions.
