### Strings of the consent part of the case workspace: the consent and referrals sections.

## Consent: purposes

consent-intro = The survivor decides purpose by purpose, and can say no or change their mind at any time without losing support. Each decision is kept as it was recorded: a mistake is corrected by a new entry, never erased. When consent is withdrawn, everything in the plan that depends on it is flagged under its purpose at once.
consent-purposes-list = Consent purposes
consent-minor-explained = This survivor is a minor. Each purpose needs two decisions, each recorded as its own entry: the guardian's consent and the child's own assent. It counts only when both have agreed; if either says no or withdraws, it does not.
consent-purpose-take-part = Taking part in the interview
consent-purpose-take-part-hint = Whether the survivor agrees to be interviewed at all.
consent-purpose-recording = Audio or video recording
consent-purpose-recording-hint = Recording the interview, so that it can be reused instead of asking again.
consent-purpose-use-as-evidence = Use as evidence
consent-purpose-use-as-evidence-hint = Using what the survivor says in a prosecution or other proceedings.
consent-purpose-medical-examination = Medical examination
consent-purpose-medical-examination-hint = A medical examination, for their care or to document injuries.
consent-purpose-photographs = Photographs
consent-purpose-photographs-hint = Taking photographs, of injuries for example.
consent-purpose-contact-afterwards = Contact afterwards
consent-purpose-contact-afterwards-hint = Being contacted after the interview, about the case or their support.
consent-purpose-share-record = Sharing records with { $agency }
consent-purpose-share-record-hint = Letting this agency read what the survivor already told another agency, so that they are not asked again.
consent-purpose-referral = Referral to { $service }
consent-purpose-referral-hint = Passing the survivor's details to this service, so that it can take them on.

consent-status-label = Status:
consent-status-given = Given
consent-status-declined = Declined
consent-status-withdrawn = Withdrawn
consent-status-missing = Not asked yet
consent-status-not-understood = Not valid: understanding not confirmed
consent-status-not-understood-hint = A “yes” was recorded without confirming that the survivor understood it, so it is not consent. Explain again, and record the decision once they have understood.
consent-status-guardian-missing = Guardian's consent missing
consent-status-guardian-missing-hint = The child has agreed, but the guardian's decision is not recorded yet.
consent-status-assent-missing = Child's assent missing
consent-status-assent-missing-hint = The guardian has agreed, but the child's own assent is not recorded yet.

consent-flags-heading = { $count ->
    [one] One planned item depends on this consent
   *[other] { $count } planned items depend on this consent
}
consent-flag-missing = Blocked: { $item } needs this consent, and none is recorded.
consent-flag-declined = Blocked: { $item } needs this consent, which was declined.
consent-flag-withdrawn = Blocked: { $item } needs this consent, which was withdrawn.
consent-flag-share-missing = { $item } was already answered in a record the survivor gave; ask whether they agree to share that record instead of asking again.
consent-flag-share-refused = { $item } was set aside waiting for this consent, which was declined or withdrawn: ask it in the interview, or do without it.
consent-item-session = the session of { $date }
consent-item-session-at = the session of { $date } at { $place }
consent-item-question = the question “{ $text }”
consent-item-referral = the referral to { $service }
consent-item-other = an item of the plan

consent-withdraw = Withdraw consent
consent-withdraw-child = Withdraw the child's assent
consent-withdraw-guardian = Withdraw the guardian's consent
consent-withdraw-title = Withdraw consent to { $purpose }?
consent-withdraw-message = Record that { $party } withdraws consent to { $purpose }, as of now. Everything in the plan that depends on it is flagged at once. The earlier decision stays in the history.
consent-withdraw-confirm = Withdraw consent
consent-withdrawn-done = Withdrawn: { $purpose }. Everything in the plan that depends on it is flagged under it.

## Consent: history

consent-history-heading = History
consent-history-of = History of “{ $purpose }”
consent-history-empty = Nothing recorded yet.
consent-entry-given = Given by { $party }
consent-entry-declined = Declined by { $party }
consent-entry-withdrawn = Withdrawn by { $party }
consent-entry-details = { $method }, in { $language }, recorded by { $recorder }.
consent-entry-interpreter = Interpreter: { $interpreter }.
consent-entry-understood = Understanding confirmed.
consent-entry-not-understood = Understanding not confirmed.
consent-entry-note = Note: { $note }
consent-entry-corrected-tag = Corrected
consent-entry-correction-tag = Correction
consent-entry-corrected-by = Corrected by the entry of { $at }: this entry no longer counts.
consent-entry-corrects = Corrects the entry of { $at }.
consent-correct = Correct this entry
# The full name of a button whose visible text leaves out what it acts on, for screen readers.
consent-button-for = { $action }: { $subject }
consent-entry-subject = { $purpose }, { $at }

consent-party-survivor-name = the survivor
consent-party-child-name = the child
consent-party-guardian-name = the guardian

## Consent: recording a decision

consent-record-heading = Record a decision
consent-correct-heading = Correct an entry
consent-correcting = You are correcting “{ $entry }” of { $at }. Record what really happened: the mistaken entry stays in the history, marked as corrected, and no longer counts.
consent-field-purpose = Purpose
consent-field-decision = Decision
consent-decision-given = Given: they agree
consent-decision-declined = Declined: they do not agree
consent-decision-withdrawn = Withdrawn: they take back a consent they gave
consent-field-party = Whose decision
consent-party-hint = A minor needs both the guardian's decision and the child's own assent. Record each one as its own entry.
consent-party-child = The child (their own assent)
consent-party-guardian = The guardian
consent-field-when = When
consent-field-when-hint = Now, unless you are entering a decision made earlier.
consent-field-recorded-by = Recorded by
consent-field-recorded-by-hint = Your name or role: someone answers for every entry.
consent-field-method = How it was given
consent-method-spoken = Spoken
consent-method-written = Written
consent-method-signed = Signed
consent-field-language = Language it was explained in
consent-field-language-hint = Picked by name. It starts as the survivor's language.
consent-field-interpreter = Interpreter (optional)
consent-field-understood = The survivor understood what they decided
consent-field-understood-why = Consent counts only when it is informed: the survivor knows what will happen, who will see it, and that they can say no or change their mind at any time without losing support. Tick this only once they have told you in their own words. Without it, a “yes” is recorded but does not count as consent.
consent-field-note = Note (optional)
consent-submit = Record decision
consent-submit-correction = Record correction
consent-cancel-correction = Cancel correction
consent-recorded = Recorded. { $purpose }: { $status }.

## Consent: errors

consent-error-purpose = Choose a purpose from the list.
consent-error-when = Give the date and time of the decision.
consent-error-duplicate-id = This entry is already in the record. Record the decision again.
consent-error-unknown-corrected = The entry being corrected is not in the record. Choose “Correct this entry” on the entry you mean.
consent-error-already-corrected = That entry was already corrected on { $at }. Correct that correction instead.
consent-error-blank-recorded-by = Fill in who recorded the decision.
consent-error-blank-language = Fill in the language in which the consent was explained.
consent-error-out-of-order = This decision is dated { $at }, earlier than the decision of { $party } about { $purpose } recorded for { $latest }. Use the real time. If an entry was recorded wrongly, correct that entry instead.
consent-error-nothing-to-withdraw = Nothing to withdraw: { $party } has not given consent to { $purpose }. Record that they decline instead.

## Referrals

referrals-intro = Support services attached to this case, and where each stands. Referring passes the survivor's details to the service, so it needs their consent to that referral.
referrals-none = No service is attached yet. Find one in the directory below.
referrals-status-label = Status:
referrals-status-suggested = Suggested
referrals-status-offered = Offered
referrals-status-accepted = Accepted
referrals-status-declined = Declined
referrals-status-referred = Referred
referrals-status-confirmed = Confirmed
referrals-move-suggested = Mark as suggested
referrals-move-offered = Mark as offered
referrals-move-accepted = Mark as accepted
referrals-move-declined = Mark as declined
referrals-move-referred = Mark as referred
referrals-move-confirmed = Mark as confirmed
referrals-closed = The service has taken the survivor on: this referral is complete.
referrals-consent-line = Consent to this referral: { $status }.
referrals-consent-link = Record it in the Consent section
referrals-flagged = Flagged: this referral went ahead, but the consent it needs is now { $status }. Pass nothing more to { $service } unless the survivor agrees again.
referrals-consent-given = given
referrals-consent-declined = declined
referrals-consent-withdrawn = withdrawn
referrals-consent-missing = not asked yet
referrals-consent-not-understood = not valid, understanding not confirmed
referrals-consent-guardian-missing = the guardian's consent is missing
referrals-consent-assent-missing = the child's own assent is missing
referrals-history-heading = History
referrals-history-suggested = Suggested on { $at }
referrals-history-change = { $from } to { $to } on { $at }
referrals-error-invalid-move = A referral that is { $from } cannot be marked { $to }.
referrals-error-consent-required = The survivor cannot be referred to { $service } yet: their consent to “Referral to { $service }” is { $status }. Record their informed consent to this referral first.
referrals-error-before-last-change = This change would be dated before the referral's last change ({ $last }). Check the device's clock and try again.

referrals-organization = Organisation
referrals-phones = Phone
referrals-email = E-mail
referrals-web = Web
referrals-hours = Opening hours
referrals-languages = Languages
referrals-languages-none = Not stated
referrals-categories = Categories
referrals-eligibility = Who can use it

referrals-search-heading = Find a service
referrals-directory-empty = The service directory is empty. Import your local directory below.
referrals-category = Category
referrals-category-any = Any category
referrals-language = Language
referrals-language-hint = Type the name of a language and pick it from the list; a service is found whether the directory lists the language by name or by code.
referrals-language-any = Any language
referrals-use-survivor-language = Use the survivor's language ({ $language })
referrals-results = { $total ->
    [one] { $count } of 1 service matches.
   *[other] { $count } of { $total } services match.
}
referrals-attach = Attach to this case
# The full name of a button whose visible text leaves out the service, for screen readers.
referrals-button-for = { $action }: { $service }
referrals-already-attached = Attached to this case.
referrals-attached = { $service } is attached to this case as suggested. Offer it to the survivor when the time is right.

referrals-directory-heading = Service directory
referrals-directory-intro = One directory for every case in this vault, kept encrypted in it. Import Open Referral (HSDS) files: one JSON file, or services.csv together with phones.csv and languages.csv, chosen at the same time. A service already in the directory is updated, never duplicated.
referrals-directory-count = { $count ->
    [one] The directory holds one service.
   *[other] The directory holds { $count } services.
}
referrals-directory-unreadable = The directory stored in this vault cannot be read ({ $reason }). It is left as it is; importing replaces it.
referrals-files = HSDS files
referrals-files-hint = A .json file, or .csv files named as the HSDS export names them.
referrals-import = Import
referrals-importing = Importing…
referrals-imported = Imported: { $added } added, { $updated } updated, { $unchanged } unchanged. { $total ->
    [one] The directory holds one service.
   *[other] The directory holds { $total } services.
}
referrals-error-save = The directory could not be saved, so nothing was imported: { $reason }
referrals-error-nothing-chosen = Choose one or more files first.
referrals-error-unknown-file = { $file } is not a file this import reads. Choose a .json file, or services.csv, phones.csv, languages.csv, schedules.csv or organizations.csv.
referrals-error-no-services-csv = services.csv is missing: the other tables only add to the services it lists. Choose it together with them.
referrals-error-too-large = { $file } is { $bytes } bytes, more than the { $limit } bytes an import reads. Split it into smaller files.
referrals-error-json-syntax = { $file }, line { $line }, column { $column }: this is not valid JSON ({ $detail }). Check that the file is complete.
referrals-error-json-shape = { $file }, line { $line }, column { $column }: this is not an HSDS document as expected ({ $detail }).
referrals-error-unknown-document = { $file } is not an HSDS service, list of services, organisation or service at a location. Export one of those.
referrals-error-blank-json-value = { $file }: the field { $field } is blank, and every service needs it.
referrals-error-missing-column = { $file } has no column “{ $column }”. The first line must name the HSDS columns.
referrals-error-csv-row = { $file }, line { $line }: { $detail }
referrals-error-csv-blank = { $file }, line { $line }: the column “{ $column }” is blank. Fill it in.
referrals-error-unknown-service = { $file }, line { $line }: the service { $service } is not in services.csv. Import them together.
referrals-error-duplicate-service = { $file }, { $place }: the service { $service } appears twice. Keep one entry per service.
