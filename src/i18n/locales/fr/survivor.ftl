### Textes remis à la personne survivante : droits, explications du consentement, fiche d'information.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Votre entretien : vos droits et votre soutien
handout-reference = Référence : { $code }
handout-date = Préparée le { $date }

rights-heading = Vos droits pendant l'entretien
right-stop = Vous pouvez arrêter l'entretien à tout moment.
right-break = Vous pouvez demander une pause chaque fois que vous en avez besoin.
right-not-answer = Vous n'êtes pas obligée de répondre à toutes les questions. Vous pouvez dire « Je ne veux pas répondre ».
right-interpreter = Vous pouvez avoir un interprète dans votre langue, gratuitement.
right-support-person = Vous pouvez être accompagnée d'une personne de soutien.
right-tell-once = Vous ne devriez pas avoir à raconter votre histoire encore et encore. Vous pouvez demander si quelqu'un l'a déjà.

consents-heading = Ce que vous avez accepté
consents-none = Vous n'avez encore rien accepté. Rien de ce qui demande votre accord ne se fera sans lui.
consent-given = Vous avez accepté le { $date }.
consent-declined = Vous avez refusé le { $date }.
consent-withdrawn = Vous avez retiré votre accord le { $date }.
consent-withdraw-how = Vous pouvez changer d'avis à tout moment, sans donner de raison. Dites-le à un membre de l'équipe ou à votre personne de soutien, et nous arrêterons.

purpose-take-part = Participer à l'entretien
purpose-take-part-explain = C'est vous qui décidez de nous parler. Dire non ne vous empêche pas de recevoir du soutien.
purpose-recording = Enregistrement audio ou vidéo de l'entretien
purpose-recording-explain = Un enregistrement peut vous éviter de raconter votre histoire une nouvelle fois. Vous pouvez nous demander d'arrêter l'enregistrement.
purpose-use-as-evidence = Utiliser ce que vous dites comme preuve
purpose-use-as-evidence-explain = Ce que vous dites peut être utilisé devant un tribunal pour que les personnes qui vous ont fait du mal en répondent.
purpose-share-record = Partager l'enregistrement de ce que vous avez dit avec { $agency }
purpose-share-record-explain = Ainsi, { $agency } peut lire ce que vous avez déjà raconté, au lieu de vous interroger à nouveau.
purpose-referral = Transmettre vos coordonnées à { $service }
purpose-referral-explain = Ainsi, { $service } peut vous contacter pour vous proposer de l'aide.
purpose-medical-examination = Un examen médical
purpose-medical-examination-explain = Un médecin vérifie votre santé et peut constater des blessures. Vous pouvez demander un médecin du genre que vous préférez.
purpose-photographs = Des photographies
purpose-photographs-explain = Des photos de blessures ou de documents peuvent aider votre dossier. C'est vous qui décidez de ce qui est photographié.
purpose-contact-afterwards = Être contactée plus tard
purpose-contact-afterwards-explain = Nous pourrons vous contacter plus tard au sujet de votre dossier, de la manière que vous choisissez.

support-heading = Le soutien que vous pouvez contacter
support-none = Aucun service de soutien n'a encore été organisé.
support-phone = Téléphone : { $number }
support-hours = Horaires : { $hours }
support-languages = Langues : { $languages }
support-email = Courriel : { $email }
handout-keep = Cette fiche est à vous. Gardez-la en lieu sûr, ou confiez-la à une personne de confiance.
