### Texts given to the survivor: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). The source every translation is made from.
review-status = source

handout-title = Your interview: your rights and your support
handout-reference = Reference: { $code }
handout-date = Prepared on { $date }

rights-heading = Your rights in the interview
right-stop = You can stop the interview at any time.
right-break = You can ask for a break whenever you need one.
right-not-answer = You do not have to answer every question. You can say "I do not want to answer".
right-interpreter = You can have an interpreter in your language, free of charge.
right-support-person = You can have a support person with you.
right-tell-once = You should not have to tell your story again and again. You can ask whether someone already has it.

consents-heading = What you agreed to
consents-none = You have not agreed to anything yet. Nothing that needs your agreement will happen without it.
consent-given = You agreed on { $date }.
consent-declined = You said no on { $date }.
consent-withdrawn = You withdrew your agreement on { $date }.
consent-withdraw-how = You can change your mind at any time, without giving a reason. Tell any member of the team, or the support person, and we will stop.

purpose-take-part = Taking part in the interview
purpose-take-part-explain = You decide whether to talk with us. Saying no does not stop you from getting support.
purpose-recording = Audio or video recording of the interview
purpose-recording-explain = A recording means you may not have to tell your story again. You can ask us to stop recording.
purpose-use-as-evidence = Using what you say as evidence
purpose-use-as-evidence-explain = What you say may be used in court to hold the people who harmed you responsible.
purpose-share-record = Sharing the record of what you said with { $agency }
purpose-share-record-explain = Then { $agency } can read what you already told, instead of asking you again.
purpose-referral = Passing your contact details to { $service }
purpose-referral-explain = Then { $service } can contact you to offer help.
purpose-medical-examination = A medical examination
purpose-medical-examination-explain = A doctor checks your health and can record injuries. You can ask for a doctor of the gender you prefer.
purpose-photographs = Photographs
purpose-photographs-explain = Photographs of injuries or documents can help your case. You decide what is photographed.
purpose-contact-afterwards = Being contacted afterwards
purpose-contact-afterwards-explain = We may contact you later about your case, in the way you choose.

support-heading = Support you can contact
support-none = No support service has been arranged yet.
support-phone = Phone: { $number }
support-hours = Open: { $hours }
support-languages = Languages: { $languages }
support-email = Email: { $email }
handout-keep = This sheet is yours. Keep it somewhere safe, or leave it with someone you trust.
