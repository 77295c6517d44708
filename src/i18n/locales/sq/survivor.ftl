### Texts given to the survivor, in Albanian: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Intervista juaj: të drejtat tuaja dhe mbështetja juaj
handout-reference = Referenca: { $code }
handout-date = Përgatitur më { $date }

rights-heading = Të drejtat tuaja në intervistë
right-stop = Ju mund ta ndaloni intervistën në çdo kohë.
right-break = Ju mund të kërkoni një pushim sa herë që ju duhet.
right-not-answer = Ju nuk jeni të detyruar t’u përgjigjeni të gjitha pyetjeve. Mund të thoni: „Nuk dua të përgjigjem”.
right-interpreter = Ju mund të keni një përkthyes në gjuhën tuaj, falas.
right-support-person = Ju mund të keni me vete një person mbështetës.
right-tell-once = Nuk duhet ta tregoni historinë tuaj përsëri dhe përsëri. Mund të pyesni nëse dikush e ka tashmë.

consents-heading = Për çfarë keni dhënë pëlqimin
consents-none = Ende nuk keni dhënë pëlqimin për asgjë. Asgjë që ka nevojë për pëlqimin tuaj nuk do të ndodhë pa të.
consent-given = Ju dhatë pëlqimin më { $date }.
consent-declined = Ju thatë jo më { $date }.
consent-withdrawn = Ju e tërhoqët pëlqimin më { $date }.
consent-withdraw-how = Ju mund të ndryshoni mendje në çdo kohë, pa dhënë arsye. Tregojini cilitdo anëtar të ekipit ose personit mbështetës, dhe ne do të ndalojmë.

purpose-take-part = Pjesëmarrja në intervistë
purpose-take-part-explain = Ju vendosni nëse flisni me ne. Nëse thoni jo, përsëri mund të merrni mbështetje.
purpose-recording = Regjistrimi audio ose video i intervistës
purpose-recording-explain = Me një regjistrim, mund të mos keni nevojë ta tregoni historinë tuaj përsëri. Mund të na kërkoni ta ndalojmë regjistrimin.
purpose-use-as-evidence = Përdorimi si provë i asaj që thoni
purpose-use-as-evidence-explain = Ajo që thoni mund të përdoret në gjykatë, që personat që ju dëmtuan të mbajnë përgjegjësi.
purpose-share-record = Dhënia te { $agency } e regjistrimit të asaj që thatë
purpose-share-record-explain = Kështu { $agency } mund të lexojë atë që keni treguar tashmë, në vend që t’ju pyesë përsëri.
purpose-referral = Dhënia e të dhënave tuaja të kontaktit te { $service }
purpose-referral-explain = Kështu { $service } mund t’ju kontaktojë për t’ju ofruar ndihmë.
purpose-medical-examination = Një kontroll mjekësor
purpose-medical-examination-explain = Një mjek kontrollon shëndetin tuaj dhe mund të shënojë plagët. Mund të kërkoni një mjeke grua ose një mjek burrë, si të preferoni.
purpose-photographs = Fotografi
purpose-photographs-explain = Fotografitë e plagëve ose të dokumenteve mund të ndihmojnë çështjen tuaj. Ju vendosni se çfarë fotografohet.
purpose-contact-afterwards = Kontakti më vonë
purpose-contact-afterwards-explain = Mund t’ju kontaktojmë më vonë për çështjen tuaj, në mënyrën që zgjidhni ju.

support-heading = Mbështetja që mund të kontaktoni
support-none = Ende nuk është organizuar asnjë shërbim mbështetës.
support-phone = Telefoni: { $number }
support-hours = Orari: { $hours }
support-languages = Gjuhët: { $languages }
support-email = Email: { $email }
handout-keep = Kjo fletë është e juaja. Mbajeni në një vend të sigurt, ose lëreni te dikush që i besoni.
