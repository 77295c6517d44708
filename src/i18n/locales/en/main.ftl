### Tell Once: English interface strings.

app-name = Tell Once
# The document title of a page: the page's name, then the product name.
page-title = { $page } – { $app }

## Shell

skip-to-main = Skip to main content
nav-label = Main
nav-home = Home
nav-safety = Safety and privacy
nav-practice = Practice
quick-exit = Quick exit
quick-exit-hint = or press Shift 3 times
footer-device = Everything you enter stays in this browser. Nothing is sent to any server.

## Home page

home-lead = Tell Once plans interviews with survivors of human trafficking so that they tell each part of their story as few times as possible, with their consent recorded and respected at every step.
home-what-heading = What it does
home-tell-once-heading = One account, asked once
home-tell-once = It keeps a ledger of what the survivor has already told, to whom and in what form. It merges the questions of every agency into one plan asked by one lead interviewer, and flags what a record the team can obtain already answers.
home-consent-heading = Consent, purpose by purpose
home-consent = It records informed consent for each purpose: who recorded it, when, how and in which language. Consent can be withdrawn at any time, and every part of the plan that depends on it is flagged at once.
home-referrals-heading = Support that follows the person
home-referrals = It attaches support referrals from a local directory of services and prepares a handout for the survivor in their own language.
home-device-heading = Nothing leaves this device
home-device = Tell Once runs entirely in this browser. It has no server and no account, and it sends nothing over the network. What you enter is kept in this browser, and leaves it only as an export file that you choose to make.
home-who-heading = Who it is for
home-who = Investigators and prosecutors planning a session, victim specialists recording consent and referrals, and trainers demonstrating good practice with fictional cases.

## Safety and privacy page

safety-heading = Safety and privacy
safety-exit-heading = Leave in a hurry
safety-exit = Press the Quick exit button at the top of every page, or press the Shift key 3 times in a row. The page disappears at once, everything shown is cleared from memory, and a neutral website opens in its place.
safety-exit-history = Quick exit replaces this page in the browser's history, so pressing Back does not bring it back.
safety-storage-heading = What is kept, and where
safety-storage = Tell Once keeps what you enter only in this browser, on this device. It has no server and no account, and no one else can see your work unless you export it to a file and share that file.
safety-network = The app talks to no other website. Its security policy forbids it, and its tests check it on every change.
safety-origin = Tell Once must be published at an address of its own (its own host name, such as tellonce.example.org), never beside other web pages on the same host. The browser lets every page of the same host read the same storage: another page there could read or change what Tell Once keeps, and the wipe, which removes only what Tell Once wrote, cannot tell that page's data from its own by name alone.
safety-shared-heading = On a shared or borrowed device
safety-shared = Use a device you trust where you can. When you have finished, leave with Quick exit or close the browser window.

## Page not found

not-found-heading = Page not found
not-found = There is no page at this address.
not-found-home = Go to the home page

## Navigation added with the vault

nav-cases = Cases
nav-vault = Vault and backups
nav-exchange = Exchange
save = Save
cancel = Cancel

## Vault: first run, unlock, lock

vault-opening = Opening the vault…
vault-unavailable-heading = This browser cannot keep a vault
vault-unavailable = The browser refused access to its storage, which happens in some private windows. Open Tell Once in a normal window of a browser you trust.
create-heading = Create your vault
create-intro = Your cases are kept encrypted in this browser, in a vault that only your passphrase opens.
create-warning = No one can recover a forgotten passphrase, not even the makers of Tell Once. Keep it somewhere safe, and export backups.
passphrase = Passphrase
passphrase-confirm = Type the passphrase again
passphrase-rules = At least 12 characters, and not easy to guess: common passwords, names, dates, keyboard rows and sequences are refused. Four or more unrelated words make a strong passphrase that is easy to remember.
passphrase-not-saved = The browser is asked not to save or fill in this passphrase: on a shared or seized device, a saved passphrase would open every case.
strength = Strength: { $rating }
strength-weak = weak, easy to guess
strength-fair = fair, but still too easy to guess for this vault
strength-strong = strong
strength-very-strong = very strong
create-progress = Creating the vault. This takes a few seconds…
create-submit = Create vault
unlock-heading = Unlock your vault
unlock-intro = Type your passphrase to open your cases. The vault locks again after a few minutes without activity.
unlock-progress = Unlocking. This takes a few seconds…
unlock-submit = Unlock
locked-inactivity = The vault locked itself after a period without activity.
vault-lock = Lock
locked-unsaved-kept = The vault locked before these cases were saved: { $cases }. Their last changes are sealed, encrypted, in this browser's journal and come back when you unlock.
locked-unsaved-lost = The last changes of these cases could not be kept, because the browser's storage is full or unavailable: { $cases }. The vault locked anyway to protect them. After unlocking, check these cases and make the changes again; free some storage space first.
lock-waiting = Locking: waiting until { $time } for your changes to be saved…
lock-waiting-failed = The vault is locking. It waits until { $time } for this save; then it locks anyway, and keeps your unsaved changes encrypted in this browser's journal until you unlock again.
journal-conflict-heading = Two versions of case { $case }
journal-conflict-text = This browser's journal kept changes to case { $case } that were not saved, but the vault now holds a version of the case saved after those changes began. Choose which to keep; the other is discarded.
journal-conflict-keep-journal = Keep the journal's changes to { $case }
journal-conflict-keep-vault = Keep the vault's version of { $case }
journal-unreadable-heading = Unsaved changes that cannot be read
journal-unreadable-text = { $count ->
    [one] One entry of this browser's journal of unsaved changes cannot be read with this vault: it is damaged, or it was written by a vault that was wiped. It is kept aside in this browser, not deleted; wiping the vault removes it.
   *[other] { $count } entries of this browser's journal of unsaved changes cannot be read with this vault: they are damaged, or they were written by a vault that was wiped. They are kept aside in this browser, not deleted; wiping the vault removes them.
}
journal-unreadable-dismiss = I understand

## Save status

save-saved = All changes saved
save-saved-at = Saved at { $time }
save-saving = Saving…
save-failed = Not saved
save-failed-heading = Your changes are not saved
save-failed-text = { $reason } Your changes are kept in this window and saving is tried again at { $time }. Do not close this tab: export a copy now.
save-retry-now = Try saving again now
save-failed-lock = Lock the vault anyway
export-now-heading = Export now

## Two tabs

tabs-follower-heading = Open in another tab
tabs-follower = This vault is being edited in another tab, so this tab is read-only. It shows the changes made there.
tabs-take-over = Edit in this tab instead
tabs-taking-over = Taking over…

## Case list

cases-heading = Cases
case-new-heading = New case
case-code = Case code
case-code-hint = A pseudonymous code such as TO-2026-014. Never the survivor's name.
case-create = Create case
case-new-fictional = Fictional case (for training)
case-new-fictional-hint = Only for invented people. A fictional case can be saved as an unencrypted practice file; a real case never can, and a case cannot be made fictional later.
case-fictional-confirm-title = Create a fictional case?
case-fictional-confirm-message = A fictional case is for training only: everything in it must be invented, never about a real person. It can be saved as a practice file, which is not encrypted and can be read by anyone who has it. The mark cannot be added to a real case later.
case-fictional-confirm = Create fictional case
case-list-heading = Your cases
case-search = Search cases by code
case-list-empty = There are no cases yet.
case-search-none = No case code matches this search.
case-fictional-tag = Fictional
case-rename = Rename
case-rename-named = Rename { $code }
case-rename-label = New code for { $code }
case-duplicate = Duplicate
case-duplicate-named = Duplicate { $code }
case-copy-word = copy
case-delete = Delete
case-delete-named = Delete { $code }
case-delete-title = Delete { $code }?
case-delete-message = The case and everything in it are removed from this browser. This cannot be undone; export a backup first if you may need it.
case-delete-confirm = Delete case
integrity-heading = Changed outside Tell Once
integrity-intro = Someone or something changed this vault's storage without Tell Once: an older copy put back, a record deleted or added, or the vault's details edited. Nothing was deleted and everything else opens as usual. If you did not do this, treat this device as compromised: check these cases against your last export, and tell your supervisor.
integrity-rolled-back = Case { $case } was changed outside Tell Once: an older copy (version { $found }) replaced version { $expected }. It opens as that older copy.
integrity-missing = Case { $case } was changed outside Tell Once: its record was deleted. Restore it from an export.
integrity-altered = Case { $case } was changed outside Tell Once: its record is not the one this vault saved.
integrity-unlisted = Case { $case } was put into this vault outside Tell Once.
integrity-metadata = The vault's unencrypted details (such as its layout or the date of the last export) were changed outside Tell Once.
integrity-directory = The service directory was changed outside Tell Once.
integrity-settings = The vault's settings were changed outside Tell Once.
integrity-exchange-keys = The vault's sharing keys and contacts were changed outside Tell Once.
integrity-contributions = The vault's contributions to other agencies' question requests were changed outside Tell Once.
integrity-manifest = The vault's list of its own records was removed or changed outside Tell Once, so no case could be checked this time. The next save writes it again.
unreadable-heading = Records that cannot be read
unreadable-intro = These records are damaged or were changed outside Tell Once. They were kept aside, not deleted; every other case opens as usual.
unreadable-item = Record { $id }: { $reason }

## One case

case-heading = Case { $code }
case-missing-heading = Case not found
case-missing = There is no case with this address in the vault. It may have been deleted.
planner-checking = Checking the plan of this case. A large case takes a moment; Quick exit works meanwhile.
planner-restarted = The planner’s checks stopped and were started again. Nothing was lost: the findings below are of the case as it is now.

## Parts of the app fetched the first time they are used
part-loading = Opening this page…
part-failed-heading = This page could not be opened
part-failed = Its part of Tell Once could not be fetched. Check the connection, then try again.
part-retry = Try again
case-back-to-list = Back to the case list
profile-heading = Survivor profile
profile-intro = What the team needs to plan with care. No name is needed anywhere.
profile-language = Preferred language
profile-language-hint = Type the name of the language, in English or in the language itself, then pick it from the list.
profile-interpreter = An interpreter is needed
profile-age-group = Age group
age-group-adult = Adult
age-group-minor = Minor (a guardian decides with the child)
profile-support-person = Support person
profile-support-person-hint = A role, not a name: for example NGO caseworker.
profile-accommodations = Accommodations
profile-accommodations-hint = One per line, for example: female interviewer, short sessions.
case-fictional = This is a fictional case for training

## Vault page and backups

vault-heading = Vault and backups
backup-heading = Backups
backup-intro = An export is a file encrypted with a passphrase you choose. Keep it on a device you trust; the standard age tool can open it too (age -d).
backup-last = Last export: { $when }.
backup-never = No export has been made yet.
backup-stale = Your last export is more than 7 days old. Some browsers delete a site's data after 7 days without use: export now.
storage-persisted = This browser agreed to keep the vault even when storage runs low.
storage-not-persisted = This browser may delete the vault when storage runs low. Export backups regularly.
export-intro = Exports every case, including changes not saved yet.
export-passphrase = Passphrase for the export file
export-passphrase-confirm = Type the export passphrase again
export-progress = Encrypting the export…
export-submit = Export all cases
export-submit-one = Export { $code }
export-scope = Cases to export
export-scope-all = All cases
export-done = { $count ->
    [one] Exported 1 case. Check your downloads.
   *[other] Exported { $count } cases. Check your downloads.
}

## Vault page: import

import-heading = Import cases
import-intro = Bring cases back from an export file made by Tell Once, or from a case file encrypted with age -p. You see what the file holds before anything is added, and nothing in this vault is replaced without your confirmation.
import-file = Export file to import
import-file-hint = An .age file of at most { $max } MB.
import-passphrase = Passphrase of the export file
import-open = Open file
import-progress = Opening the file. This takes a few seconds…
import-no-file = Choose the export file to import first.
import-read-failed = The browser could not read that file. Choose it again.
import-plan-heading = What the file holds
import-plan-summary = { $count ->
    [one] The file holds 1 case. Choose what to import, then press Import.
   *[other] The file holds { $count } cases. Choose what to import, then press Import.
}
import-plan-summary-dated = { $count ->
    [one] The file holds 1 case, exported on { $when }. Choose what to import, then press Import.
   *[other] The file holds { $count } cases, exported on { $when }. Choose what to import, then press Import.
}
import-case-legend = { $code }: { $status }
import-case-new = new to this vault
import-case-exists = already in this vault
import-case-unusable = cannot be imported. { $reason }
import-choice-import = Import
import-choice-skip = Skip
import-choice-keep-both = Keep both (import as a copy)
import-choice-replace = Replace the case in this vault
import-choice-needed = { $code } is already in this vault: choose keep both, replace or skip.
import-submit = Import
import-copy-word = imported
import-replace-title = { $count ->
    [one] Replace 1 case?
   *[other] Replace { $count } cases?
}
import-replace-message = The version in this vault of { $codes } will be replaced by the one in the file. This cannot be undone; export a backup first if you may need it.
import-replace-confirm = Replace and import
import-done = { $count ->
    [0] Nothing was imported.
    [one] Imported 1 case.
   *[other] Imported { $count } cases.
}
import-renamed = { $from } was imported as { $code }.

## Vault page: change passphrase

change-passphrase-heading = Change passphrase
change-passphrase-intro = Choose a new passphrase for this vault. The current one is checked first; if anything goes wrong, nothing is changed and the current passphrase still opens the vault.
change-passphrase-current = Current passphrase
change-passphrase-new = New passphrase
change-passphrase-confirm = Type the new passphrase again
change-passphrase-rotate = Also replace the vault key (re-encrypts every case)
change-passphrase-rotate-hint = Do this if the old passphrase or a copy of this browser's storage may have been seen by someone else: records copied before the change will not open with the new key. It takes longer with many cases.
change-passphrase-submit = Change passphrase
change-passphrase-progress = Checking the current passphrase and protecting the vault key with the new one. This takes a few seconds…
change-passphrase-rotating = Re-encrypting cases: { $done } of { $total }
change-passphrase-done = Passphrase changed. From now on, only the new passphrase opens the vault.
change-passphrase-rotated = Passphrase changed and vault key replaced: { $records } records re-encrypted. From now on, only the new passphrase opens the vault.
change-passphrase-current-blank = Type the current passphrase.
change-passphrase-unsaved = Some changes are not saved yet. Wait until every change shows as saved, then replace the vault key.
change-passphrase-failed = Nothing was changed: { $reason }

## Vault page: automatic lock

auto-lock-heading = Automatic lock
auto-lock-label = Lock the vault after
auto-lock-choice = { $minutes ->
    [one] 1 minute without activity
   *[other] { $minutes } minutes without activity
}
auto-lock-hint = This choice is kept in this browser and applies at once.
auto-lock-saved = Saved.
auto-lock-not-saved = The browser refused to keep this choice; it applies until the page is closed.

## Vault page: wipe everything

wipe-heading = Wipe everything
wipe-intro = Removes every trace of Tell Once from this browser: the vault and all its cases, your preferences, and anything kept for working offline. Then the app starts afresh.
wipe-warning = This cannot be undone. Cases that you have not exported are lost for good.
wipe-start = Wipe everything
wipe-countdown = { $seconds ->
    [one] Wiping everything in 1 second. Press Cancel to stop.
   *[other] Wiping everything in { $seconds } seconds. Press Cancel to stop.
}
wipe-cancel = Cancel wipe
wipe-cancelled = Wipe cancelled. Nothing was removed.
wipe-progress = Wiping everything…
wipe-incomplete = The wipe could not delete the vault's storage: another Tell Once tab or window still has it open. Your cases were cleared, but the empty vault remains. Close every other Tell Once tab and window, then wipe again. If this message comes back, clear this site's data in the browser's settings.

export-for = What to export
export-for-team = The whole case, for the team
export-for-agency = Share packet for { $agency }
export-for-hint = A share packet holds only what the survivor consented to share with that agency: its own questions, the prior accounts they may see, and the related consents.
export-format = Form of the export
export-format-tell-once = Tell Once file (the case, to import in Tell Once)
export-format-htcds-csv = HTCDS 2.0, CSV (consent and referrals, for a case-data system)
export-format-htcds-json = HTCDS 2.0, JSON (consent and referrals, for a case-data system)
export-format-hint = HTCDS is IOM's Human Trafficking Case Data Standard. It holds the consent to take part and each referral sent, with the organisations, and nothing of what the survivor said. It has no place for consent per purpose, its withdrawals or a referral's status: those stay in Tell Once.
export-submit-htcds = Export { $code } for HTCDS
export-htcds-done = The HTCDS file is encrypted with your passphrase and ready to save. Open it with age (age -d) before loading it into a case-data system.
export-submit-packet = Export the share packet of { $code } for { $agency }

## Errors

error-wrong-passphrase = That passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.
error-passphrase-blank = Type a passphrase.
error-passphrase-short = The passphrase is too short: use at least { $min } characters.
error-passphrase-guessable = This passphrase is too easy to guess.
error-passphrase-guessable-why = This passphrase is too easy to guess: { $why }
weakness-keyboard-pattern = rows and patterns of keys are among the first things tried.
weakness-repeats = repeated characters or groups add almost nothing.
weakness-common-password = it is one of the most used passwords.
weakness-near-common-password = it is a common password with small changes.
weakness-sequence = sequences like abc or 6543 are tried early.
weakness-recent-year = recent years are tried early.
weakness-date = dates are tried early.
weakness-single-word = a single word is found in a dictionary.
weakness-name = names and surnames are found in lists of names.
advice-unrelated-words = Use four or more unrelated words, not a known phrase.
advice-add-words = Add another word or two; uncommon words are better.
advice-tricks-do-not-help = Capitals, reversed words and swaps like @ for a do not help much.
advice-avoid-repeats = Avoid repeated words and characters.
advice-avoid-sequences = Avoid sequences.
advice-avoid-dates = Avoid years and dates, above all ones linked to you.
error-passphrase-mismatch = The two passphrases differ. Type the same passphrase in both fields.
error-vault-key-damaged = The vault's key in this browser is damaged or was changed, so the vault cannot be opened. Restore your cases from an export.
error-vault-newer = This vault was made by a newer version of Tell Once. Use the newer version to open it.
error-vault-exists = A vault already exists in this browser. Unlock it instead.
error-no-vault = There is no vault in this browser yet. Create one first.
error-case-not-found = That case is no longer in the vault.
error-case-unreadable = That case's record cannot be read. It was kept aside.
error-internal = Something went wrong inside Tell Once ({ $detail }). Your data in memory is unchanged.
error-storage-full = The browser's storage is full.
error-storage-read-only = The browser's storage is read-only.
error-storage-unavailable = The browser's storage cannot be used right now.
error-storage-failed = The browser's storage failed ({ $detail }).
error-storage-verify = A save could not be read back identically.
error-code-blank = Type a case code.
error-code-taken = Another case already uses this code. Choose a different one.
error-export = The export failed ({ $detail }). Nothing was written.
error-download = The browser did not start the download. Try again.

## Case workspace

workspace-sections = Case sections
headline-avoided = { $count ->
    [one] This plan avoids 1 repeated question.
   *[other] This plan avoids { $count } repeated questions.
}
headline-achieved = { $told ->
    [one] The survivor has told each topic once: { $once } of 1 topic.
   *[other] The survivor has told each topic once: { $once } of { $told } topics.
}
agencies-heading = Agencies
accounts-heading = Prior accounts
questions-heading = Questions
session-heading = Session plan
findings-heading = Findings
coverage-heading = Coverage
consent-heading = Consent
referrals-heading = Referrals
handout-heading = Survivor handout
handout-intro = A sheet for the survivor, in their language: their rights in the interview, the consents they gave and how to withdraw them, and their support contacts. Print it, or save it as a PDF.
handout-language = Language of the handout
handout-language-missing = The handout is not available in the survivor's language ({ $language }). Choose the language they read best, and have the interpreter go through it with them.
handout-review-source = The source text: every translation is made from it.
handout-review-machine-assisted = Translated with a machine's help, not yet reviewed by a native speaker. Have a native speaker check it before the survivor is given it.
handout-review-reviewed = Reviewed by a native speaker.
print-handout = Print the handout
interface-language = Language
interface-language-en = English
interface-language-es = Español
interface-language-fr = Français
interface-language-pt = Português
interface-language-unavailable = The { $language } texts could not be fetched. Check the connection and choose the language again.

# A language by name (the browser's names); a case stores only its tag.
language-with-autonym = { $name } — { $autonym }
language-unknown = { $tag } (not a language this browser knows; kept as written)
language-unknown-note = This browser has no name for this language tag, so it is kept as written. Pick the language from the list to replace it.
language-not-set = not set
language-picker-list = Suggestions
language-picker-no-match = No language matches “{ $text }”. Type its name in English or in the language itself, or a language tag such as sq.

error-import-too-large = The file is { $size } MB, above the limit of { $max } MB for an import. It was not opened. Choose an export file made by Tell Once.
error-import-not-age = This is not an encrypted export file. Choose a file exported by Tell Once (ending in .age) or made with age -p.
error-import-age-version = This file uses a newer version of the age format that Tell Once cannot read.
error-import-truncated = The file is incomplete: it was cut short. Copy or download it again.
error-import-not-passphrase = The file is encrypted to a key, not to a passphrase. Encrypt it again with age -p.
error-import-work-factor = The file's scrypt work factor is { $required }; Tell Once opens files up to work factor { $max }, so it was not opened. Encrypt the file again with age -p, which uses 18, or export it again from Tell Once.
error-import-work-factor-memory = The file's scrypt work factor is { $required }, more than this browser has memory for, so it was not opened. Encrypt the file again with age -p, which uses 18, or export it again from Tell Once.
error-import-wrong-passphrase = That passphrase does not open this file. Use the passphrase chosen when the file was exported.
error-import-corrupted = The file was altered or damaged after it was made. Use another copy.
error-import-not-tell-once = The file opens, but it is not a Tell Once export or case.
error-import-newer = The file was exported by a newer version of Tell Once. Update the app to import it.
error-import-duplicate = The file holds case { $id } twice, so it is inconsistent. Nothing was imported.
error-import-case-newer = It was made by a newer version of Tell Once.
error-import-case-unreadable = Its contents cannot be read ({ $detail }).
error-import-invalid-case = Case { $id } in the file cannot be imported: { $reason } Nothing was imported.
error-import-case-too-large = Case { $code } in the file holds { $count } { $part ->
    [questions] questions
    [prior-accounts] prior accounts
    [consent-events] consent records
    [sessions] sessions
    [referrals] referrals
   *[history-entries] history entries
}, more than the { $max } an import accepts. Nothing was imported. Remove what the case does not need, or split it into several cases, and export it again.
error-import-inconsistent = The file is inconsistent: a case is listed under another case's id. Nothing was imported.
plan-heading = Interview plan
plan-intro = The plan for the team, one session per page: who is in the room and in which role, the breaks, and the questions in PEACE order. Print it, or save it as a PDF.
plan-print = Print the plan
plan-title = Interview plan for case { $code }
plan-confidential = Confidential: for the interview team only. Do not give this plan to the survivor.
plan-document = What to show and print
plan-document-full = The full plan, for the team
plan-document-brief = Interviewer brief: { $session }
plan-print-brief = Print the interviewer brief
plan-told = What the survivor has already told
plan-told-none = No prior account is recorded.
plan-evidence = Evidence requests, by agency
plan-evidence-none = No evidence requested yet.
plan-evidence-line = { $item } ({ $kind }): { $status }{ $dates }.
plan-evidence-requested = requested { $date }
plan-evidence-obtained = obtained { $date }
plan-evidence-not-obtainable = found not obtainable { $date }
brief-title = Interviewer brief for case { $code }
brief-interpreter = Interpreter needed
brief-yes = Yes
brief-no = No
brief-accommodations = Accommodations
brief-avoid = Topics not to raise
brief-none = None recorded
brief-blind = This brief leaves out what earlier accounts said, so that you come to the interview without expectations that could lead the survivor. The team holds the full plan.
plan-sessions-none = No session is planned yet.
plan-session-heading = Session { $number }: { $date }
plan-place = Place
plan-duration = Duration
plan-minutes = { $minutes } minutes
plan-breaks = Breaks
plan-breaks-none = None planned
plan-question-break = Question break
plan-question-break-yes = Before closure: the observers pass their questions to the lead interviewer
plan-question-break-no = None planned
plan-break-at = after { $minute } minutes
plan-language = Language of the session
plan-survivor-language = Survivor's language
plan-lead = Lead interviewer
plan-attendees = In the room
plan-questions = Questions
plan-questions-none = No question is planned for this session yet.
plan-asked-for = (for { $agencies })
plan-unplaced = Questions not yet in a session

## A new version of the app (service worker update)
update-heading = A new version of Tell Once is ready
update-ready = It works offline like this one. Your cases stay in this browser's encrypted vault: switching saves every change and locks the vault first, then reloads the page.
update-now = Save, lock and use the new version
update-switching = Saving and switching…

## Who makes changes: the author name of case histories
author-heading = Your name in case histories
author-ask-heading = Who is making changes in this vault?
author-intro = Every change to a case is kept in its history with the time and the name or role you give here, such as “Investigator, Harbour police”. It is kept encrypted in this vault and is never put in a share packet.
author-label = Your name or role for the history
author-keep = Use this name in the history
author-saved = Changes are now recorded as made by { $name }.
author-error-blank = Type a name or a role, such as “Victim specialist”.
author-error-too-long = Keep it to { $max } characters or fewer.
edit-refused = That change was not made: { $reason }

## Exchange between agencies: sharing keys, contacts and the files exchanged

exchange-key-error-blank = Paste the agency's sharing key. It starts with age1.
exchange-key-error-secret-key = This is a secret key, which must never be shared. Ask the agency for its public sharing key (it starts with age1), and tell it to make a new key pair.
exchange-key-error-not-a-key = This is not a sharing key. A sharing key starts with age1 and has 62 characters.
exchange-key-error-checksum = This sharing key has a mistake in it: its checksum does not match. Copy it again, or compare it character by character.
exchange-key-error-own-key = This is this vault's own sharing key. Add the other agency's key.
contact-error-blank-name = Type the agency's name.
contact-error-already-a-contact = This sharing key is already the contact { $agency }.
contact-error-unknown = No contact has this sharing key.
exchange-file-error-too-large = The file is { $size } MB, above the limit of { $max } MB. It was not opened.
exchange-file-error-file = The file cannot be opened: { $reason }
exchange-file-error-not-for-this-vault = This file was made for another agency's sharing key. This vault cannot open it.
exchange-file-error-passphrase-needed = This request is protected by a passphrase. Type the one the lead gave you.
exchange-file-error-not-a-request = This file is not a question request.
exchange-file-error-not-a-return = This file is not a return to a question request.
exchange-file-error-newer = This file was made by a newer version of Tell Once (format { $found }; this version reads up to { $supported }). Update the app.
exchange-file-error-damaged = The file opens, but what it holds is damaged.
exchange-file-error-own-request = This question request was made in this vault. Send it to the agency it is for.
exchange-error-request-refused = The request was not made: { $reason }
exchange-error-weak-passphrase = The passphrase for the request is too easy to guess: { $reason }
exchange-error-unknown-contribution = This vault has no contribution to that question request.
exchange-error-storage = The vault could not keep it: { $reason }
exchange-error-encryption = The file could not be encrypted: { $reason }

## Exchange between agencies: the agency's side (keys, contacts, requests received)

exchange-heading = Exchange
exchange-intro = Agencies exchange questions for one interview as encrypted files, with no server. Here you give others your sharing key, keep theirs, and open the question requests they send you.
exchange-loading = Reading from the vault…
exchange-key-heading = Your sharing key
exchange-key-intro = This key only lets other agencies send files to this vault; it cannot open the vault or anything in it.
exchange-key-loading = Reading the sharing key…
exchange-key-text = Your key to give to other agencies (text)
exchange-key-qr = QR code of your sharing key
exchange-key-fingerprint = Fingerprint to read aloud:
exchange-contacts-heading = Contacts
exchange-contacts-intro = Other agencies' sharing keys. Mark one verified only once you have compared its fingerprint with the agency.
exchange-contacts-none = No contacts yet.
exchange-contacts-unreadable = The contacts could not be read from the vault.
exchange-contacts-caption = Contacts
exchange-contact-agency = Agency
exchange-contact-role = Role
exchange-contact-fingerprint = Fingerprint
exchange-contact-state = Checked
exchange-contact-actions = Actions
exchange-contact-verified-state = Verified
exchange-contact-unverified-state = Not verified
exchange-contact-verify = Mark verified
exchange-contact-verify-named = Mark verified: { $agency }
exchange-contact-verify-hint = Mark a contact verified only after the agency read you its fingerprint over the phone (or in person) and it matched the one shown here.
exchange-contact-remove = Remove
exchange-contact-remove-named = Remove contact: { $agency }
exchange-contact-remove-title = Remove this contact?
exchange-contact-remove-message = { $agency } and its sharing key will be removed from this vault. Files already exchanged are not affected.
exchange-contact-remove-confirm = Remove contact
exchange-contact-add-heading = Add a contact
exchange-contact-name = Agency name
exchange-contact-key = Sharing key
exchange-contact-key-hint = The agency's public sharing key, as it gave it to you: it starts with age1.
exchange-contact-add = Add contact
exchange-contact-added = Contact { $agency } added, not yet verified. Compare its fingerprint with the agency: { $fingerprint }.
exchange-contact-verified = { $agency } is marked verified.
exchange-contact-removed = Contact { $agency } removed.
exchange-requests-heading = Requests from other agencies
exchange-requests-intro = A lead agency sends you a question request file for one case. Open it here to add your agency's questions, then return them to the lead.
exchange-request-open-heading = Open a request file
exchange-request-file = Request file
exchange-request-passphrase = Passphrase (only if the request was locked with one)
exchange-request-open = Open request
exchange-request-opening = Opening the request…
exchange-request-no-file = Choose the request file first.
exchange-request-read-failed = The file could not be read.
exchange-request-opened = Request { $code } from { $lead } opened. It is in the list below.
exchange-contributions-heading = Requests opened in this vault
exchange-requests-none = No request opened yet.
exchange-contribution-link = Contribute: { $code } for { $agency }
exchange-contribution-facts = From { $lead }, due { $due }.
exchange-contribution-no-return = No return written yet.
exchange-contribution-last-return = Last return: { $sequence }.

## A long list shown a page at a time
rows-shown = Showing { $first }–{ $last } of { $count }
rows-pages = Pages of { $list }
rows-previous = Previous page
rows-next = Next page
rows-page = Page
rows-of-pages = of { $pages }
