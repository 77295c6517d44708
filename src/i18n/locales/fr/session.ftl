### Textes de la partie séances de l'espace de travail du dossier : le plan des séances, les constats et la matrice de couverture.

## Plan des séances

session-intro = Préparez chaque séance d'entretien : quand et où, qui est dans la salle et dans quel rôle, les pauses, et les questions dans l'ordre PEACE. Les constats de la planification sur le bien-être et les rôles pour une séance s'affichent à côté, et changent au fil de vos modifications.
session-none = Aucune séance n'est encore prévue.
session-add = Ajouter une séance
session-name = Séance { $number }, { $date }
session-name-gone = Une séance qui ne fait plus partie du plan
session-date = Date et heure
session-error-date = Saisissez une date et une heure, par exemple 3 mars 2026 à 10:00.
session-place = Lieu
session-place-hint = En termes simples, par exemple : salle des familles, centre d'accueil de Tessaly Cross.
session-location = Type de lieu
session-location-neutral-room = Salle d'entretien neutre
session-location-ngo-premises = Locaux d'une ONG
session-location-child-friendly-room = Salle adaptée aux enfants
session-location-police-station = Commissariat ou gendarmerie
session-location-immigration-office = Service de l'immigration
session-location-medical = Cadre médical
session-location-other = Autre lieu
session-language = Langue de la séance
session-language-hint = La langue parlée par les personnes qui mènent l'entretien, choisie par son nom. La langue de la personne survivante est { $survivor } ; si elles diffèrent, un ou une interprète doit être présent.
session-duration = Durée en minutes
session-duration-hint = Prévoyez des pauses pour qu'aucune période ne soit trop longue.
session-error-duration = Saisissez la durée en nombre entier de minutes supérieur à 0, par exemple 90.
session-breaks = Pauses
session-breaks-none = Aucune pause n'est prévue.
session-break-at = Pause après { $minutes } minutes
session-break-remove-named = Retirer la pause après { $minutes } minutes
session-break-new = Nouvelle pause, en minutes depuis le début
session-break-add = Ajouter la pause
session-break-hint = Un nombre entier de minutes entre 1 et { $duration }.
session-error-break = Saisissez la pause en nombre entier de minutes depuis le début, supérieur à 0 et inférieur aux { $duration } minutes de la séance.
session-error-break-taken = Il y a déjà une pause après { $minutes } minutes.
session-remove-item = Retirer
session-attendees = Personnes dans la salle
session-attendees-count = { $count ->
    [0] Personne n'est encore indiqué en dehors de la personne survivante.
    [one] 1 personne en plus de la personne survivante.
   *[other] { $count } personnes en plus de la personne survivante.
}
session-attendee-legend = Personne { $number }
session-attendee-legend-named = Personne { $number } : { $name }
session-attendee-name = Nom ou fonction
session-attendee-agency = Organisme
session-attendee-no-agency = Aucun organisme
session-attendee-role = Rôle
session-attendee-remove-named = Retirer { $person }
session-attendee-add-legend = Ajouter une personne dans la salle
session-attendee-hint = Les professionnels peuvent être nommés ; sinon, indiquez une fonction, par exemple enquêteur ou enquêtrice de police. Jamais la personne survivante.
session-attendee-add = Ajouter la personne
session-error-attendee-name = Saisissez un nom ou une fonction, par exemple enquêteur ou enquêtrice de police.
session-role-lead-interviewer = Personne qui mène l'entretien
session-role-note-taker = Personne chargée des notes
session-role-interpreter = Interprète
session-role-support-person = Personne de soutien
session-role-observer = Observateur ou observatrice
session-role-legal-representative = Conseil juridique
session-role-guardian = Représentant légal
session-role-other = Autre rôle
session-support-declined = Une personne de soutien a été proposée à la personne survivante, qui l'a refusée
session-consent-legend = Nécessite le consentement de la personne survivante
session-consent-hint = Chacun de ces éléments nécessite le consentement éclairé de la personne survivante pour cette finalité, enregistré dans la section Consentement. Sans lui, l'élément est bloqué.
session-needs-recording = Enregistrement audio ou vidéo (nécessite le consentement à l'enregistrement)
session-medical-examination = Examen médical (nécessite le consentement à un examen médical)
session-photographs = Photographies (nécessitent le consentement aux photographies)
session-questions = Questions, dans l'ordre PEACE
session-questions-none = Aucune question n'est encore dans cette séance.
session-questions-gone = Questions qui ne font plus partie du dossier
session-questions-none-to-add = Aucune question à ajouter : chaque question encore à poser est dans cette séance, ou le dossier n'en a pas encore. Les questions s'ajoutent dans la section Questions.
session-question-pick = Question à ajouter
session-question-option = { $phase } : { $text } ({ $agency })
session-question-add = Ajouter à la séance
session-question-up = Monter
session-question-up-named = Monter : { $question }
session-question-down = Descendre
session-question-down-named = Descendre : { $question }
session-question-remove-named = Retirer de cette séance : { $question }
session-question-merged = N'est plus posée : fusionnée dans une autre question.
session-question-answered-by-record = N'est plus posée : la réponse vient du document d'un récit antérieur.
session-question-awaiting-consent = N'est plus posée : en attente de la décision de la personne survivante sur le partage d'un document.
session-remove = Retirer la séance
session-remove-named = Retirer { $session }
session-remove-title = Retirer { $session } ?
session-remove-message = La date, le lieu, les personnes, les pauses et l'ordre des questions de la séance sont supprimés. Ses questions restent dans le dossier.
session-remove-confirm = Retirer la séance
session-findings-heading = Bien-être et rôles : { $session }
session-findings-count = { $count ->
    [0] Aucun constat sur le bien-être ou les rôles pour cette séance.
    [one] 1 constat sur le bien-être ou les rôles pour cette séance.
   *[other] { $count } constats sur le bien-être ou les rôles pour cette séance.
}

## Constats

findings-intro = Tout ce que la planification a relevé dans ce dossier, règle par règle. Lorsqu'elle suggère une modification, acceptez-la en un clic ; chaque suggestion acceptée peut être annulée.
findings-summary = { $count ->
    [0] Aucun constat.
    [one] 1 constat : { $blocking } bloquant(s), { $warning } avertissement(s), { $info } pour information.
   *[other] { $count } constats : { $blocking } bloquant(s), { $warning } avertissement(s), { $info } pour information.
}
findings-rule-heading = { $rule } ({ $count })
findings-rule-none = Rien à signaler.
findings-rule-already-told = Déjà raconté
findings-rule-already-told-checks = Une question dont la personne survivante a déjà raconté chaque sujet en détail, dans un document que l'équipe peut obtenir et peut partager ; une séance qui a eu lieu mais n'est pas enregistrée comme tenue ; des questions qu'une séance tenue n'a pas posées et qu'aucune séance ultérieure ne contient.
findings-rule-duplicates = Questions en double
findings-rule-duplicates-checks = Des organismes qui posent des questions sur les mêmes sujets en des termes presque identiques.
findings-rule-retelling = Récits répétés
findings-rule-retelling-checks = Les sujets que la personne survivante raconterait plus de deux fois au total.
findings-rule-consent = Consentement
findings-rule-consent-checks = Séances, enregistrements, examens médicaux, photographies, documents et orientations pour lesquels manque le consentement de la personne survivante.
findings-rule-wellbeing = Bien-être
findings-rule-wellbeing-checks = De longues périodes sans pause, une salle trop pleine, l'absence d'interprète ou de personne de soutien, un lieu intimidant, des sujets sensibles avant l'établissement d'un lien de confiance, des sujets que la personne survivante a demandé d'éviter.
findings-rule-roles = Rôles
findings-rule-roles-checks = Exactement une personne qui mène l'entretien et une personne chargée des notes officielles dans chaque séance.
findings-rule-coach = Aide à la formulation
findings-rule-coach-checks = Questions suggestives, composées, à choix imposé, en « pourquoi » et jargon, et questions fermées pendant le récit libre.
findings-severity-blocking = Bloquant
findings-severity-warning = Avertissement
findings-severity-info = Pour information
findings-concerns = Concerne :
findings-suggestion = Suggestion :
findings-accept = Accepter
findings-accept-named = Accepter : { $suggestion }
findings-accepted-done = Acceptée, et listée sous Suggestions acceptées, où vous pouvez l'annuler : { $suggestion }
findings-undone = Annulée : { $suggestion }
findings-accepted-heading = Suggestions acceptées ({ $count })
findings-accepted-none = Aucune suggestion n'a encore été acceptée.
findings-accepted-hint = Les plus anciennes d'abord. En annuler une remet ses questions dans leur état antérieur.
findings-undo = Annuler
findings-undo-named = Annuler : { $suggestion }
findings-quoted = « { $text } »
findings-question-name = Question « { $text } » ({ $agency })
findings-question-gone = une question qui ne fait plus partie du dossier
findings-agency-gone = un organisme qui ne fait plus partie du dossier
findings-account-name = { $form } pour { $agency }, { $date }
findings-account-gone = un récit antérieur qui ne fait plus partie du dossier
findings-subject-wording = Les mots « { $words } » dans « { $question } »
findings-subject-consent = Consentement : { $purpose }
findings-subject-referral = Orientation vers { $service }
findings-subject-topic = Sujet : { $topic }
findings-purpose-take-part = participer
findings-purpose-recording = enregistrement audio ou vidéo
findings-purpose-use-as-evidence = utilisation comme preuve
findings-purpose-share-record = partage d'un document avec { $agency }
findings-purpose-referral = une orientation vers { $service }
findings-purpose-medical-examination = un examen médical
findings-purpose-photographs = photographies
findings-purpose-contact-afterwards = contact ultérieur
findings-suggest-merge = Mettre de côté { $merged }, et poser une seule fois, par la personne qui mène l'entretien, pour tous les organismes : « { $keep } »
findings-suggest-answered-by-record = Consulter le document ({ $record }) au lieu de demander « { $question } »
findings-suggest-request-share-consent = Demander à la personne survivante si le document ({ $record }) peut être partagé avec { $agencies }, au lieu de redemander « { $question } »
findings-suggest-reword = Reformuler « { $question } » en « { $text } »
findings-kind-already-told = Déjà raconté dans un document
findings-kind-consent-to-share-missing = Déjà raconté, mais le document ne peut pas encore être partagé
findings-kind-share-consent-given = Le document peut maintenant être partagé
findings-kind-share-consent-refused = La personne survivante n'a pas accepté le partage du document
findings-kind-session-not-recorded = Une séance qui a eu lieu n'est pas enregistrée
findings-kind-not-carried-over = Questions non posées et non reportées
findings-kind-duplicate-question = La même question venant de plusieurs organismes
findings-kind-retold-topic = Un sujet raconté trop de fois
findings-kind-consent-missing = Consentement non enregistré
findings-kind-consent-declined = Consentement refusé
findings-kind-consent-withdrawn = Consentement retiré
findings-kind-long-without-break = Trop longtemps sans pause
findings-kind-too-many-attendees = Trop de personnes dans la salle
findings-kind-interpreter-missing = Pas d'interprète
findings-kind-no-support-person = Pas de personne de soutien
findings-kind-intimidating-location = Un lieu intimidant
findings-kind-sensitive-before-rapport = Un sujet sensible avant l'établissement d'un lien de confiance
findings-kind-avoided-topic = Un sujet que la personne survivante a demandé d'éviter
findings-kind-no-lead-interviewer = Personne ne mène l'entretien
findings-kind-several-lead-interviewers = Plusieurs personnes mènent l'entretien
findings-kind-no-note-taker = Personne n'est chargé des notes
findings-kind-several-note-takers = Plusieurs personnes chargées des notes
findings-kind-coach-leading = Question suggestive
findings-kind-coach-compound = Deux questions en une
findings-kind-coach-forced-choice = Choix imposé
findings-kind-coach-why = Une question en « pourquoi »
findings-kind-coach-jargon = Jargon
findings-kind-coach-closed-in-free-recall = Question fermée pendant le récit libre
findings-explain-already-told = La personne survivante a déjà raconté en détail chaque sujet de cette question dans ce récit antérieur. L'équipe peut obtenir le document et peut le partager avec les organismes qui posent la question : consultez le document au lieu de reposer la question.
findings-explain-consent-to-share-missing = La personne survivante a déjà raconté cela en détail dans ce récit antérieur, mais n'a pas accepté que le document soit partagé avec { $agencies }. Interrogez la personne survivante sur le partage du document au lieu de reposer la question.
findings-explain-share-consent-given = La personne survivante a accepté le partage de ce document : la question peut maintenant y trouver sa réponse.
findings-explain-share-consent-refused = La personne survivante n'a pas accepté le partage de ce document. La question avait été mise de côté dans l'attente de ce consentement : annulez cette étape sous Suggestions acceptées pour la poser pendant l'entretien, ou faites sans.
findings-explain-session-not-recorded = L'heure prévue pour cette séance est passée, et elle n'est pas enregistrée comme tenue. Enregistrez ce qui s'est passé : d'ici là, ce que la personne survivante y a raconté ne figure dans aucun document, et le prochain plan d'entretien le redemande. Si la séance n'a pas eu lieu, déplacez ou retirez son plan.
findings-explain-not-carried-over = Cette séance n'a pas posé { $count ->
    [one] une question qui a encore besoin
   *[other] { $count } questions qui ont encore besoin
} d'une réponse (la personne survivante a refusé, le temps a manqué, ou une séance ultérieure devait la poser), et aucune séance à venir ne { $count ->
    [one] la contient. Reportez-la à la séance suivante : elle garde son organisme et sa priorité.
   *[other] les contient. Reportez-les à la séance suivante : chacune garde son organisme et sa priorité.
}
findings-explain-duplicate-question = Ces questions de différents organismes portent sur les mêmes sujets en des termes presque identiques. Posez-la une seule fois : la personne qui mène l'entretien pose une seule question pour tous les organismes, attribuée à chacun d'eux.
findings-explain-retold-topic = La personne survivante a déjà raconté { $topic } { $told ->
    [one] une fois
   *[other] { $told } fois
}, et ce plan d'entretien l'interrogerait à ce sujet { $planned ->
    [one] une fois de plus
   *[other] { $planned } fois de plus
}. Cherchez des questions à fusionner ou auxquelles un document peut répondre.
findings-explain-consent-missing = Ceci nécessite le consentement de la personne survivante pour : { $purpose }, qui n'a été ni demandé ni enregistré. Cela ne peut pas avoir lieu tant que la personne survivante ne l'a pas donné.
findings-explain-consent-declined = Ceci nécessite le consentement de la personne survivante pour : { $purpose }, qu'elle a refusé. Cela ne peut pas avoir lieu comme prévu.
findings-explain-consent-withdrawn = Ceci nécessite le consentement de la personne survivante pour : { $purpose }, qu'elle a retiré. Cela ne peut pas avoir lieu comme prévu.
findings-explain-long-without-break = Cette séance dure plus de { $limit } minutes sans pause. Prévoyez une pause au moins toutes les { $limit } minutes.
findings-explain-too-many-attendees = { $count } personnes sont dans la salle en plus de la personne survivante. Limitez-vous à { $limit } au maximum, et laissez les autres suivre depuis une autre salle.
findings-explain-interpreter-missing-language = Aucun ou aucune interprète n'est présent, mais la langue de la personne survivante ({ $survivor }) diffère de celle de la séance ({ $session }).
findings-explain-interpreter-missing-profile = Aucun ou aucune interprète n'est présent, mais le profil de la personne survivante indique qu'un ou une interprète est nécessaire.
findings-explain-no-support-person = Aucune personne de soutien n'est présente, et aucune n'est enregistrée comme proposée puis refusée. Proposez une personne de soutien à la personne survivante.
findings-explain-intimidating-location = La séance se tient dans un lieu de ce type ({ $place }), qui peut effrayer une personne survivante. Préférez une salle neutre, les locaux d'une ONG ou une salle adaptée aux enfants.
findings-explain-sensitive-before-rapport = Cette question porte sur un sujet sensible avant toute question de la séance destinée à créer un lien de confiance (Établir le contact et expliquer). Placez-la après les questions de cette phase.
findings-explain-avoided-topic = Cette question touche à un sujet sur lequel la personne survivante a demandé à ne pas être interrogée. Supprimez-la, ou convenez au préalable avec la personne survivante de la manière de l'aborder.
findings-explain-no-lead-interviewer = Personne n'est désigné pour mener l'entretien. Désignez une personne qui pose les questions de tous les organismes.
findings-explain-several-lead-interviewers = { $count } personnes sont désignées pour mener l'entretien. Gardez-en une, qui pose les questions pour tous les organismes ; les autres peuvent observer.
findings-explain-no-note-taker = Personne n'est chargé des notes. Désignez une personne chargée des notes officielles.
findings-explain-several-note-takers = { $count } personnes sont chargées des notes. Gardez un seul compte rendu officiel : plusieurs comptes rendus d'un même entretien peuvent se contredire.
findings-explain-coach-leading = « { $words } » suggère sa propre réponse, ce qui peut altérer la preuve.
findings-explain-coach-compound = « { $words } » demande deux choses à la fois. Demandez-en une à la fois.
findings-explain-coach-forced-choice = « { $words } » ne propose que les options de la personne qui mène l'entretien pendant le récit libre.
findings-explain-coach-why = « { $words } » demande pourquoi, ce qui peut sonner comme un reproche.
findings-explain-coach-jargon = « { $words } » est un mot que la personne survivante ne connaît peut-être pas.
findings-explain-coach-closed-in-free-recall = « { $words } » appelle un oui ou un non pendant le récit libre.
findings-error-unknown-question = Cette question ne fait plus partie du dossier : rien n'a donc été modifié.
findings-error-unknown-account = Le récit antérieur que nomme cette suggestion ne fait plus partie du dossier : rien n'a donc été modifié.
findings-error-question-set-aside = « { $question } » est déjà mise de côté (fusionnée, avec une réponse tirée d'un document, ou en attente de consentement). Annulez d'abord cela sous Suggestions acceptées.
findings-error-merge-distinct = Cette fusion nécessite une question à garder et au moins une autre question : rien n'a donc été modifié.
findings-error-record-not-obtainable = Le document ({ $record }) ne peut pas être obtenu : il ne peut donc pas remplacer la question. Marquez-le comme pouvant être obtenu sous Récits antérieurs dès que l'équipe peut l'avoir.
findings-error-record-does-not-cover = Le document ({ $record }) ne couvre pas en détail chaque sujet de « { $question } » : il ne peut donc pas remplacer la question.
findings-error-share-consent-not-given = La personne survivante n'a pas accepté que le document ({ $record }) soit partagé avec { $agency }. Enregistrez d'abord ce consentement dans la section Consentement.
findings-error-empty-rewording = La nouvelle formulation est vide : rien n'a donc été modifié.
findings-error-no-such-accepted = Cette suggestion acceptée n'est plus dans la liste ; elle a peut-être déjà été annulée. Rien n'a été modifié.
findings-error-undo-blocked = Ceci ne peut pas encore être annulé : la suggestion acceptée { $number } ({ $later }) a modifié les mêmes questions ensuite. Annulez-la d'abord.

## Couverture

coverage-intro = Où la personne survivante a déjà raconté chaque sujet, et où ce plan d'entretien l'interrogerait à nouveau à ce sujet. Une ligne qui a à la fois des cases « raconté » et « prévu » est un récit répété.
coverage-legend = Marques du tableau
coverage-legend-told = Raconté dans un récit antérieur ou une séance tenue, avec le degré de détail
coverage-legend-planned = Prévu : encore à demander dans cette séance, ou dans le plan d'entretien tant que la question n'est dans aucune séance
coverage-legend-avoided = Évité : une question sur ce sujet a été mise de côté par une suggestion acceptée
coverage-legend-retold = La personne survivante raconterait ce sujet plus d'une fois au total
coverage-caption = Sujets par rapport aux récits antérieurs, aux séances tenues et aux séances prévues
coverage-col-topic = Sujet
coverage-col-account = Récit antérieur :
coverage-col-held = Séance tenue :
coverage-cell-held = Posées { $asked }, non posées { $notAsked }
coverage-col-unscheduled = Pas encore dans une séance
coverage-col-evidence = Éléments de preuve
coverage-cell-evidence = { $kind } : { $status }
coverage-col-already-told = Déjà raconté
coverage-col-planned-raw = Prévu dans le plan d'entretien tel que rédigé
coverage-col-planned-now = Prévu maintenant
coverage-cell-nothing = rien
coverage-cell-told = Raconté, { $level }
coverage-cell-planned = { $count ->
    [one] Prévu : 1 question
   *[other] Prévu : { $count } questions
}
coverage-cell-avoided = { $count ->
    [one] Évité : 1 question
   *[other] Évité : { $count } questions
}
coverage-level-mentioned = mentionné
coverage-level-partial = en partie
coverage-level-detailed = en détail
coverage-retold = Raconté à nouveau
coverage-retold-too-often = Raconté trop souvent
coverage-none = Aucun sujet n'apparaît encore dans un récit antérieur ou une question. Ajoutez des récits antérieurs et des questions : leurs sujets apparaîtront ici.
coverage-totals = { $questions ->
    [one] Les suggestions acceptées épargnent 1 question à la personne survivante
   *[other] Les suggestions acceptées épargnent { $questions } questions à la personne survivante
} : { $askings ->
    [one] un sujet abordé 1 fois de moins.
   *[other] des sujets abordés { $askings } fois de moins.
}

## Séances tenues : pourquoi un compte rendu de séance, une correction ou un report est refusé

held-error-already-held = Cette séance est déjà enregistrée comme tenue. Corrigez plutôt son compte rendu.
held-error-not-held = Cette séance n'est pas encore enregistrée comme tenue.
held-error-plan-held = Cette séance a eu lieu : son plan reste donc tel quel. Corrigez plutôt le compte rendu de la séance.
held-error-account-stands-for-session = Ce récit antérieur correspond à { $session }, qui a eu lieu. Il change avec le compte rendu de la séance et ne peut pas être modifié ou retiré séparément.
held-error-account-changed = Une correction conserve le récit antérieur qui correspond à la séance.
held-error-ends-before-start = La séance se termine avant de commencer. Vérifiez les heures de début et de fin.
held-error-stopped-outside = Indiquez, entre le début et la fin de la séance, l'heure à laquelle la personne survivante a arrêté l'entretien.
held-error-break-outside = Une pause après { $minutes } minutes n'est pas comprise dans la séance.
held-error-lead-interviewers = { $count ->
    [0] Indiquez la personne présente qui a mené l'entretien.
   *[other] { $count } personnes sont enregistrées comme menant l'entretien. Gardez celle qui a posé les questions.
}
held-error-lead-without-agency = Choisissez l'organisme de la personne qui a mené l'entretien : c'est lui qui détient le compte rendu de la séance.
held-error-recording-without-consent = { $form ->
    [audio] La séance ne peut pas être enregistrée comme conservée en audio : la personne survivante n'avait pas donné son consentement à l'enregistrement au début de la séance.
   *[video] La séance ne peut pas être enregistrée comme conservée en vidéo : la personne survivante n'avait pas donné son consentement à l'enregistrement au début de la séance.
} Enregistrez-la comme notes seulement ou comme déclaration écrite ; si le consentement a été donné, enregistrez-le d'abord dans la section consentement.
held-error-outcome-missing = Indiquez ce qu'il est advenu de « { $question } » : réponse donnée, réponse partielle, ou raison pour laquelle elle n'a pas été posée.
held-error-outcome-not-planned = « { $question } » ne figure pas dans le plan de cette séance.
held-error-outcome-twice = « { $question } » a deux résultats. Gardez-en un.
held-error-not-offered = « { $question } » n'est pas à reporter : elle a été posée, n'est plus nécessaire, ou figure déjà dans un plan.

## Séances tenues : enregistrer qu'une séance prévue a eu lieu, corriger le compte rendu, reporter

held-heading = Séance tenue
held-not-yet = Une fois cette séance tenue, enregistrez ce qui s'est passé : elle compte alors comme quelque chose que la personne survivante a raconté, et le prochain plan d'entretien ne le redemande pas.
held-record = Enregistrer comme tenue
held-record-named = Enregistrer comme tenue : { $session }
held-record-heading = Enregistrer { $session } comme tenue
held-correct = Corriger le compte rendu
held-correct-named = Corriger le compte rendu : { $session }
held-correct-heading = Corriger le compte rendu de { $session }
held-form-intro = Le formulaire part du plan : modifiez ce qui s'est passé autrement. L'enregistrement ajoute la séance aux récits antérieurs, détenue par l'organisme de la personne qui a mené l'entretien.
held-took-place = A eu lieu de { $started } à { $ended }, conservée sous forme de : { $recording }.
held-stopped-at = La personne survivante a arrêté l'entretien à { $time }.
held-started = Début
held-ended = Fin
held-present = Personnes présentes
held-present-none = Personne n'est encore prévu dans la salle. Ajoutez d'abord la personne qui mène l'entretien au plan de la séance.
held-present-person = { $name }, { $role } ({ $agency })
held-breaks = Pauses prises, en minutes depuis le début
held-breaks-hint = Séparez-les par des virgules, par exemple 40, 75. Laissez vide si aucune pause n'a été prise.
held-recording = Comment la séance a été conservée
held-recording-hint = La vidéo et l'audio nécessitent le consentement de la personne survivante à l'enregistrement au moment où la séance a commencé.
held-recording-video = Vidéo
held-recording-audio = Audio
held-recording-written = Déclaration écrite
held-recording-notes = Notes seulement
held-stopped = La personne survivante a arrêté l'entretien
held-stopped-time = Quand la personne survivante l'a arrêté
held-outcomes = Ce qu'il est advenu de chaque question prévue
held-outcomes-none = Cette séance n'avait pas de questions prévues.
held-outcome-of = Résultat de « { $question } »
held-outcome-answered = Réponse donnée
held-outcome-partly = Réponse partielle
held-outcome-declined = Pas posée : la personne survivante a refusé
held-outcome-out-of-time = Pas posée : manque de temps
held-outcome-no-longer-needed = Pas posée : n'est plus nécessaire
held-outcome-moved = Pas posée : déplacée vers une séance ultérieure
held-added-heading = Questions ajoutées pendant la pause pour les questions
held-added-hint = Les questions que les organismes observateurs ont transmises à la personne qui mène l'entretien pendant la pause pour les questions, attribuées à l'organisme qui les a posées.
held-added-line = « { $question } », posée pour { $agency } : { $outcome }
held-added-remove = Retirer « { $question } » des questions ajoutées pendant la pause
held-added-agency = Organisme qui a posé la question
held-added-agency-choose = Choisissez l'organisme
held-added-text = Question posée pendant la pause
held-added-topic = Son sujet
held-added-topic-none = Aucun sujet
held-added-outcome = Résultat de la question ajoutée
held-added-add = Ajouter la question
held-added-error-text = Saisissez la question qui a été posée pendant la pause.
held-added-error-agency = Choisissez l'organisme qui a posé la question.
held-topics = Sujets racontés par la personne survivante, et avec quel degré de détail
held-topics-none = Aucun sujet n'a été enregistré comme raconté.
held-note = Note pour l'équipe
held-save = Enregistrer la séance comme tenue
held-save-correction = Enregistrer la correction
held-error-time = Indiquez le début, la fin et tout arrêt sous forme de date et d'heure.
held-error-breaks = Indiquez les pauses en minutes entières depuis le début, séparées par des virgules.
held-carry-over = { $count ->
    [one] Reporter la question non posée à la séance suivante
   *[other] Reporter les { $count } questions non posées à la séance suivante
}
held-carried-over = { $count ->
    [one] 1 question reportée à { $session }.
   *[other] { $count } questions reportées à { $session }.
}
held-carry-over-nothing = Chaque question de cette séance a été posée, n'est plus nécessaire ou figure déjà dans un plan ultérieur.
held-plan-locked = Cette séance a eu lieu : son plan reste tel quel. Corrigez plutôt le compte rendu ci-dessous.
session-observers-outside = Les organismes observateurs suivent depuis une autre salle
session-question-break = Prévoir une pause pour les questions avant la clôture, pour que les observateurs et observatrices transmettent leurs questions à la personne qui mène l'entretien
session-question-break-hint = Activé par défaut quand des organismes observent depuis une autre salle.
session-brief-names-accounts = La note pour la personne qui mène l'entretien cite ce que disaient les récits antérieurs
session-brief-names-accounts-hint = Désactivé par défaut : une personne qui mène l'entretien sans savoir ce qui a été dit auparavant ne peut pas y orienter la personne survivante.

## Éléments de preuve (règle 8, corroboration)

findings-rule-corroboration = Corroboration
findings-rule-corroboration-checks = Les sujets du plan d'entretien qui reposent sur la seule parole de la personne survivante, sans élément de preuve demandé ni obtenu ; les questions dont les éléments de preuve obtenus montrent déjà les sujets ; les demandes d'éléments de preuve toujours ouvertes après 30 jours.
findings-kind-word-alone = Repose sur la seule parole de la personne survivante
findings-kind-covered-by-evidence = Des éléments de preuve obtenus le montrent déjà
findings-kind-evidence-overdue = Une demande d'élément de preuve est toujours ouverte
findings-explain-word-alone = { $count ->
    [0] Aucun élément de preuve demandé ou obtenu ne corrobore { $topic } : ce sujet repose sur la seule parole de la personne survivante. Le catalogue ne cite encore aucun type d'élément de preuve pour ce sujet.
   *[other] Aucun élément de preuve demandé ou obtenu ne corrobore { $topic } : ce sujet repose sur la seule parole de la personne survivante. Éléments de preuve qui peuvent le corroborer : { $kinds }.
}
findings-explain-covered-by-evidence = Les éléments de preuve obtenus couvrent chaque sujet de cette question. Ne demandez que ce qu'ils ne peuvent pas montrer : une confirmation, ou le vécu propre de la personne survivante. La question reste dans le plan d'entretien.
findings-explain-evidence-overdue = Cet élément de preuve a été demandé il y a plus de { $days } jours et n'est pas encore arrivé. Relancez la demande, ou indiquez pourquoi il ne peut pas être obtenu.
findings-subject-evidence = Élément de preuve { $evidence }
findings-suggest-request-evidence = Ajouter une demande d'élément de preuve pour { $agency } : { $kind }, « { $evidence } »
evidence-kind-documents = Documents d'identité et de voyage
evidence-kind-financial = Documents financiers
evidence-kind-communications = Communications
evidence-kind-device = Données d'appareils (comme la localisation)
evidence-kind-employment = Documents de l'employeur, de paie et de l'inspection du travail
evidence-kind-transport = Documents de transport et d'hébergement
evidence-kind-medical = Rapports médicaux et médico-légaux
evidence-kind-objects = Photographies et objets
evidence-kind-witnesses = Déclarations de témoins
evidence-kind-other = Autres éléments de preuve
evidence-status-to-request = À demander
evidence-status-requested = Demandé
evidence-status-obtained = Obtenu
evidence-status-not-obtainable = Impossible à obtenir
evidence-error-blank-description = Indiquez en quoi consiste l'élément de preuve.
evidence-error-no-topics = Choisissez au moins un sujet que l'élément de preuve peut corroborer.
evidence-error-unknown-topic = Le sujet { $topic } ne figure pas dans le catalogue de ce dossier : ajoutez-le d'abord.
evidence-error-unknown-agency = { $agency } n'est pas un organisme de ce dossier : ajoutez-le d'abord, ou choisissez-en un autre.
evidence-error-already-in-case = Le dossier contient déjà cet élément de preuve ({ $item }).
evidence-error-unknown-item = Cet élément de preuve ({ $item }) ne fait plus partie du dossier.
evidence-error-no-reason = Indiquez pourquoi l'élément de preuve ne peut pas être obtenu.
evidence-error-date-before-previous = La date { $date } est antérieure au { $previous }, la date qu'elle doit suivre.
evidence-error-move-not-allowed = Un élément de preuve ne peut pas passer de « { $from } » à « { $to } ».
evidence-error-added-by-suggestion = Cet élément de preuve ({ $item }) a été demandé en acceptant une suggestion : annulez plutôt cette suggestion.
evidence-error-blank-guidance = Saisissez ce qu'il faut rechercher.
evidence-error-guidance-already-listed = Le catalogue cite déjà { $kind } pour { $topic }.
evidence-guidance-background-documents = Registres d'état civil et scolaires des lieux où la personne a vécu et étudié auparavant.
evidence-guidance-background-witnesses = Déclarations de proches ou de voisins sur la vie avant le recrutement.
evidence-guidance-recruitment-communications = Offres d'emploi et annonces en ligne, et messages sur les plateformes utilisées.
evidence-guidance-recruitment-employment = Contrats, documents de recrutement et de visa de travail.
evidence-guidance-recruitment-financial = Frais versés au recruteur : virements et reçus.
evidence-guidance-travel-documents = Passeports, visas, billets, et registres d'arrivée et de passage aux frontières.
evidence-guidance-travel-device = Données de localisation des téléphones pendant le voyage.
evidence-guidance-travel-transport = Réservations et billets, et qui les a payés.
evidence-guidance-arrival-documents = Registres d'arrivée et de passage aux frontières.
evidence-guidance-arrival-transport = Documents de prise en charge, de transport et du premier hébergement.
evidence-guidance-accommodation-transport = Registres d'hôtels et de locations des lieux où la personne a été logée.
evidence-guidance-accommodation-objects = Photographies des lieux.
evidence-guidance-control-methods-communications = Messages et lettres, relevés d'appels, communications interceptées.
evidence-guidance-control-methods-objects = Objets : serrures, caméras, règles écrites.
evidence-guidance-threats-and-violence-communications = Messages de menace et relevés d'appels.
evidence-guidance-threats-and-violence-medical = Rapports médicaux et médico-légaux sur les blessures.
evidence-guidance-work-conditions-employment = Constats de l'inspection du travail, et documents de l'employeur ou leur absence.
evidence-guidance-work-conditions-objects = Photographies du lieu de travail.
evidence-guidance-working-hours-employment = Documents de paie, de pointage et fiscaux ; les documents manquants de l'employeur.
evidence-guidance-working-hours-device = Données de localisation du téléphone montrant le temps passé sur le lieu de travail.
evidence-guidance-payment-and-debt-financial = Relevés bancaires et de transferts d'argent.
evidence-guidance-payment-and-debt-objects = Registres, reçus et listes tenus par les auteurs.
evidence-guidance-identity-documents-documents = Documents saisis lors de perquisitions ; dossiers d'immigration.
evidence-guidance-injuries-and-health-medical = Rapports médicaux et médico-légaux ; expertise sur le traumatisme.
evidence-guidance-sexual-exploitation-communications = Annonces en ligne et messages organisant les rencontres avec des clients.
evidence-guidance-sexual-exploitation-financial = Paiements des clients et versements aux auteurs.
evidence-guidance-sexual-exploitation-medical = Rapports médicaux et médico-légaux.
evidence-guidance-other-victims-witnesses = Déclarations d'autres victimes et de témoins.
evidence-guidance-perpetrators-communications = Liens téléphoniques entre les personnes impliquées.
evidence-guidance-perpetrators-financial = Liens financiers entre les personnes impliquées.
evidence-guidance-perpetrators-witnesses = Déclarations d'autres victimes et de témoins.
evidence-guidance-locations-transport = Registres d'hôtels et de locations.
evidence-guidance-locations-device = Données de localisation des appareils.
evidence-guidance-locations-objects = Photographies des lieux.
evidence-guidance-evidence-held-objects = Les messages, photos, papiers ou objets que la personne a encore, mis en sécurité.
evidence-guidance-evidence-held-device = Une extraction du téléphone de la personne, avec son consentement.
evidence-guidance-escape-witnesses = Déclarations des personnes qui ont aidé la personne à partir ou l'ont vue partir.
evidence-guidance-escape-communications = Appels et messages autour du moment où la personne s'est échappée.
evidence-guidance-current-safety-communications = Menaces reçues depuis, et leurs traces.
evidence-guidance-current-safety-other = Documents de la police et des services de soutien sur la sécurité actuelle de la personne.

## Éléments de preuve : ce que les documents peuvent prouver, pour que la personne survivante ne soit interrogée que sur ce qu'elle seule peut raconter

evidence-heading = Éléments de preuve
evidence-intro = Documents, appareils, pièces et témoins qui peuvent prouver ce qui s'est passé. Chaque sujet prouvé par un élément de preuve est un sujet sur lequel il n'est pas nécessaire d'insister auprès de la personne survivante ; un sujet qui repose sur sa seule parole est à corroborer avant le procès.
evidence-summary = { $corroborated } des { $planned } sujets du plan d'entretien peuvent être corroborés par des éléments de preuve obtenus.
evidence-none = Aucun élément de preuve pour l'instant. Les constats suggèrent ce qui peut corroborer chaque sujet sur lequel porte le plan d'entretien.
evidence-list = Éléments de preuve
evidence-kind = Type d'élément de preuve
evidence-topics = Sujets qu'il peut corroborer
evidence-agency = Organisme qui le détient ou l'obtiendra
evidence-status = État
evidence-description = Description
evidence-status-requested-on = Demandé le { $date }
evidence-status-obtained-on = Obtenu le { $date }
evidence-status-not-obtainable-on = Impossible à obtenir (depuis le { $date }) : { $why }
evidence-mark-requested = Marquer comme demandé : { $item }
evidence-mark-obtained = Marquer comme obtenu : { $item }
evidence-mark-not-obtainable = Marquer comme impossible à obtenir : { $item }
evidence-why = Pourquoi il ne peut pas être obtenu
evidence-save-not-obtainable = Enregistrer comme impossible à obtenir
evidence-remove = Retirer : { $item }
evidence-remove-title = Retirer cet élément de preuve ?
evidence-remove-message = « { $item } » est retiré du dossier. L'historique garde la trace de sa présence.
evidence-remove-confirm = Retirer l'élément de preuve
evidence-add-heading = Ajouter un élément de preuve
evidence-add = Ajouter l'élément de preuve
evidence-done-added = « { $item } » ajouté, à demander.
evidence-done-requested = « { $item } » marqué comme demandé.
evidence-done-obtained = « { $item } » marqué comme obtenu.
evidence-done-not-obtainable = « { $item } » marqué comme impossible à obtenir.
evidence-done-removed = « { $item } » retiré.
evidence-catalogue-heading = Ce qui peut corroborer chaque sujet
evidence-catalogue-show = Afficher le catalogue des éléments de preuve
evidence-catalogue-nothing = Aucun type d'élément de preuve n'est encore répertorié.
evidence-catalogue-add-heading = Ajouter un type d'élément de preuve pour un sujet, pour ce dossier
evidence-catalogue-topic = Sujet
evidence-catalogue-guidance = Ce que c'est et où le trouver
evidence-catalogue-add = Ajouter au catalogue
evidence-catalogue-done = { $kind } ajouté au catalogue pour { $topic }.
