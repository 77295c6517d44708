### Texts given to the survivor, in Romanian: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Interviul dumneavoastră: drepturile și sprijinul dumneavoastră
handout-reference = Referință: { $code }
handout-date = Pregătit pe { $date }

rights-heading = Drepturile dumneavoastră în interviu
right-stop = Puteți opri interviul oricând.
right-break = Puteți cere o pauză oricând aveți nevoie.
right-not-answer = Nu trebuie să răspundeți la toate întrebările. Puteți spune „Nu vreau să răspund”.
right-interpreter = Puteți avea un interpret în limba dumneavoastră, gratuit.
right-support-person = Puteți avea cu dumneavoastră o persoană de sprijin.
right-tell-once = Nu ar trebui să vă spuneți povestea din nou și din nou. Puteți întreba dacă cineva o are deja.

consents-heading = La ce v-ați dat acordul
consents-none = Nu v-ați dat încă acordul pentru nimic. Nimic din ce are nevoie de acordul dumneavoastră nu se va întâmpla fără el.
consent-given = V-ați dat acordul pe { $date }.
consent-declined = Ați spus nu pe { $date }.
consent-withdrawn = V-ați retras acordul pe { $date }.
consent-withdraw-how = Vă puteți răzgândi oricând, fără să spuneți de ce. Spuneți oricărei persoane din echipă sau persoanei de sprijin, iar noi ne oprim.

purpose-take-part = Participarea la interviu
purpose-take-part-explain = Dumneavoastră decideți dacă vorbiți cu noi. Dacă spuneți nu, primiți în continuare sprijin.
purpose-recording = Înregistrarea audio sau video a interviului
purpose-recording-explain = Cu o înregistrare, poate nu va trebui să vă spuneți povestea din nou. Ne puteți cere să oprim înregistrarea.
purpose-use-as-evidence = Folosirea a ceea ce spuneți ca probă
purpose-use-as-evidence-explain = Ceea ce spuneți poate fi folosit în instanță, ca persoanele care v-au făcut rău să răspundă pentru asta.
purpose-share-record = Transmiterea către { $agency } a documentului cu ceea ce ați spus
purpose-share-record-explain = Astfel, { $agency } poate citi ce ați spus deja, în loc să vă întrebe din nou.
purpose-referral = Transmiterea datelor dumneavoastră de contact către { $service }
purpose-referral-explain = Astfel, { $service } vă poate contacta ca să vă ofere ajutor.
purpose-medical-examination = Un examen medical
purpose-medical-examination-explain = Un medic vă verifică sănătatea și poate nota rănile. Puteți cere un medic femeie sau bărbat, cum preferați.
purpose-photographs = Fotografii
purpose-photographs-explain = Fotografiile cu răni sau cu documente vă pot ajuta cazul. Dumneavoastră decideți ce se fotografiază.
purpose-contact-afterwards = Să fiți contactat mai târziu
purpose-contact-afterwards-explain = Vă putem contacta mai târziu despre cazul dumneavoastră, în modul pe care îl alegeți.

support-heading = Sprijin pe care îl puteți contacta
support-none = Încă nu a fost organizat niciun serviciu de sprijin.
support-phone = Telefon: { $number }
support-hours = Program: { $hours }
support-languages = Limbi: { $languages }
support-email = E-mail: { $email }
handout-keep = Această foaie este a dumneavoastră. Păstrați-o într-un loc sigur sau lăsați-o la cineva în care aveți încredere.
