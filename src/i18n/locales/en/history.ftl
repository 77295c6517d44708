### Strings of the history section of the case workspace: every change made to the case, newest first.

## The section

history-heading = Change history
history-intro = Every change made to this case, newest first: when it was made, by whom, and what changed. The history cannot be edited.
history-filters = Show only
history-filter-kind = Kind of change
history-filter-kind-all = All kinds
history-kind-profile = Profile and case
history-kind-agencies = Agencies
history-kind-accounts = Prior accounts
history-kind-questions = Questions
history-kind-sessions = Sessions
history-kind-consent = Consent
history-kind-referrals = Referrals
history-kind-suggestions = Suggestions
history-kind-evidence = Evidence
history-filter-agency = Agency concerned
history-filter-agency-all = All agencies
history-filter-agency-hint = Changes to the agency itself, to its questions and prior accounts, to the people who attend sessions for it, and to consent to share records with it.
history-list = Changes to this case, newest first
history-count-all = { $total ->
    [one] 1 change
   *[other] { $total } changes
}
history-count = { $matching } of { $total ->
    [one] 1 change
   *[other] { $total } changes
}
history-count-listed = { $count }; the newest { $listed } are listed.
history-none = No change has been recorded yet.
history-none-match = No change matches these filters.
history-show-older = Show older changes
history-by = By { $name }
history-by-unnamed = By: no name set for this vault
history-by-trainee = By the trainee
history-begins = The history of this case begins here
history-begins-earlier = Changes made before this version of Tell Once are not in the history.

## Names of things that are no longer in the case

history-quoted = “{ $text }”
history-agency-gone = an agency since removed
history-question-gone = a question since removed
history-account-gone = a prior account since removed
history-session-gone = a session since removed
history-session-gone-dated = a session since removed, planned for { $date }
history-service-gone = a service no longer in this case
history-attendee = { $name } ({ $details })
history-attendee-unnamed = a person not yet named ({ $details })
history-attendee-details = { $role }, { $agency }

## The profile and the case

history-rename-case = Case code changed to “{ $code }”
history-mark-fictional = Marked as a fictional case for training
history-mark-real = No longer marked as a fictional case for training
history-language = Survivor's preferred language set to “{ $language }”
history-language-cleared = Survivor's preferred language cleared
history-interpreter-needed = Noted that an interpreter is needed
history-interpreter-not-needed = Noted that no interpreter is needed
history-age-group = Age group set to: { $age }
history-support-person = Support person set to “{ $person }”
history-support-person-cleared = Support person cleared
history-accommodations = Accommodations set to: { $list }
history-accommodations-cleared = Accommodations cleared
history-topic-added = Topic “{ $topic }” added to this case

## Agencies

history-agency-added = Added the agency { $agency } ({ $role })
history-agency-renamed = Renamed the agency “{ $before }” to “{ $name }” ({ $role })
history-agency-role = Changed the role of the agency { $agency } to: { $role }
history-agency-saved = Saved the agency { $name } ({ $role })
history-agency-removed = Removed the agency { $agency }
history-agency-removed-unknown = Removed an agency whose name is not in the history

## Prior accounts

history-account-added = Added a prior account: { $account }
history-account-changed = Changed a prior account: { $account }
history-account-saved = Saved a prior account: { $account }
history-account-removed = Removed a prior account: { $account }
history-account-removed-unknown = Removed a prior account that is not in the history

## Questions

history-question-added = Added the question { $question } for { $agency }
history-question-changed = Changed the question { $question } for { $agency }
history-question-saved = Saved the question { $question } for { $agency }
history-question-removed = Removed the question { $question } of { $agency }
history-question-removed-unknown = Removed a question whose words are not in the history
history-question-moved = { $direction ->
    [up] Moved { $question } up among the questions of { $agency }
   *[down] Moved { $question } down among the questions of { $agency }
}

## Question requests to agencies

history-question-request = Sent a question request to { $agency }, questions due { $due }
history-merge-return = From { $agency }, return { $number }: { $changes }
history-merge-return-nothing = From { $agency }, return { $number }: nothing taken, the lead kept its own versions
history-merge-added = added { $question }
history-merge-changed = changed { $question }
history-merge-withdrawn = withdrew { $question }

## Sessions

history-session-added = Added { $session } to the plan
history-session-added-gone = Added a session on { $date } to the plan (since removed)
history-session-removed = Removed the session on { $date } from the plan
history-session-removed-unknown = Removed a session from the plan
history-session-date = Date and time changed to { $date } for { $session }
history-session-place = Place changed to “{ $place }” for { $session }
history-session-place-cleared = Place cleared for { $session }
history-session-location = Kind of place changed to “{ $location }” for { $session }
history-session-language = Interview language changed to “{ $language }” for { $session }
history-session-duration = { $minutes ->
    [one] Length changed to 1 minute for { $session }
   *[other] Length changed to { $minutes } minutes for { $session }
}
history-session-break-added = Break added at minute { $minute } of { $session }
history-session-break-removed = Break at minute { $minute } removed from { $session }
history-session-attendee-added = Added { $attendee } to { $session }
history-session-attendee-changed = Changed { $before } to { $attendee } in { $session }
history-session-attendee-changed-unknown = Changed person number { $number } to { $attendee } in { $session }
history-session-attendee-removed = Removed { $attendee } from { $session }
history-session-attendee-removed-unknown = Removed person number { $number } from { $session }
history-session-support-declined = Noted that the survivor declined a support person for { $session }
history-session-support-not-declined = No longer noted that the survivor declined a support person for { $session }
history-session-recording = Recording planned for { $session }
history-session-no-recording = Recording no longer planned for { $session }
history-session-medical = Medical examination planned for { $session }
history-session-no-medical = Medical examination no longer planned for { $session }
history-session-photographs = Photographs planned for { $session }
history-session-no-photographs = Photographs no longer planned for { $session }
history-session-question-added = Added { $question } to { $session }
history-session-question-removed = Took { $question } out of { $session }
history-session-question-moved = { $direction ->
    [up] Moved { $question } up in { $session }
   *[down] Moved { $question } down in { $session }
}
history-session-observers-outside = Observers follow { $session } from another room
history-session-observers-inside = Observers are in the interview room for { $session }
history-session-question-break = Question break planned before closure in { $session }
history-session-no-question-break = No question break planned in { $session }
history-session-brief-names-accounts = The interviewer brief of { $session } names what earlier accounts said
history-session-brief-blind = The interviewer brief of { $session } keeps out what earlier accounts said
history-held-recorded = Recorded { $session } as held
history-held-corrected = Corrected the record of { $session }
history-carried-over = { $count ->
    [one] Carried 1 question not asked in { $from } over to { $to }
   *[other] Carried { $count } questions not asked in { $from } over to { $to }
}

## Consent

history-consent-given = { $party ->
    [guardian] The guardian gave consent
    [child] The child gave their own assent
   *[survivor] The survivor gave consent
}: { $purpose }
history-consent-declined = { $party ->
    [guardian] The guardian said no
    [child] The child said no
   *[survivor] The survivor said no
}: { $purpose }
history-consent-withdrawn = { $party ->
    [guardian] The guardian withdrew consent
    [child] The child withdrew their assent
   *[survivor] The survivor withdrew consent
}: { $purpose }
history-consent-correction = { $decision } (this corrects an earlier entry)

## Referrals

history-referral-attached = Suggested a referral to { $service }
history-referral-suggested = Referral to { $service } set back to suggested
history-referral-offered = Offered the survivor a referral to { $service }
history-referral-accepted = The survivor accepted the referral to { $service }
history-referral-declined = The survivor declined the referral to { $service }
history-referral-referred = Referred the survivor to { $service }
history-referral-confirmed = { $service } confirmed that it has taken on the referral

## Suggestions of the planner

history-suggestion-merge = { $count ->
    [one] Accepted the suggestion to ask { $keep } once, for every agency, and set aside 1 similar question
   *[other] Accepted the suggestion to ask { $keep } once, for every agency, and set aside { $count } similar questions
}
history-suggestion-answered-by-record = Accepted the suggestion to read the answer to { $question } in a record: { $record }
history-suggestion-share-consent = Accepted the suggestion not to ask { $question } again until the survivor decides whether { $agencies } may read a record: { $record }
history-suggestion-reword = Accepted the suggestion to reword { $question } as “{ $text }”
history-undo-merge = Undid the merge of similar questions into { $keep }
history-undo-answered-by-record = Undid reading the answer to { $question } in a record
history-undo-share-consent = Undid setting { $question } aside until the survivor decides about sharing a record
history-undo-reword = Undid the new wording of { $question }
history-undo-unknown = Undid a suggestion accepted before this version of Tell Once kept a history
history-suggestion-request-evidence = Accepted the suggestion to request evidence from { $agency }: { $evidence }
history-undo-request-evidence = Undid the evidence request { $evidence }
history-evidence-gone = evidence since removed
history-evidence-added = Added the evidence { $evidence } ({ $kind }), held or to be obtained by { $agency }
history-evidence-changed = Changed the evidence { $evidence } ({ $kind }), held or to be obtained by { $agency }
history-evidence-saved = Saved the evidence { $evidence } ({ $kind }), held or to be obtained by { $agency }
history-evidence-removed = Removed the evidence { $evidence }
history-evidence-removed-unknown = Removed evidence added before this version of Tell Once kept a history
history-evidence-to-request = Marked the evidence { $evidence } as to request
history-evidence-requested = Marked the evidence { $evidence } as requested on { $date }
history-evidence-obtained = Marked the evidence { $evidence } as obtained on { $date }
history-evidence-not-obtainable = Marked the evidence { $evidence } as not obtainable: { $why }
history-evidence-guidance-added = Added { $kind } to the evidence catalogue for { $topic }
