### Textes de la partie consentement de l'espace de travail du dossier : les sections consentement et orientations.

## Consentement : finalités

consent-intro = La personne survivante décide finalité par finalité, et peut dire non ou changer d'avis à tout moment sans perdre son soutien. Chaque décision est conservée telle qu'elle a été enregistrée : une erreur se corrige par une nouvelle entrée, jamais par un effacement. Quand un consentement est retiré, tout ce qui en dépend dans le plan d'entretien est aussitôt signalé sous sa finalité.
consent-purposes-list = Finalités du consentement
consent-minor-explained = Cette personne survivante est mineure. Chaque finalité nécessite deux décisions, enregistrées chacune dans sa propre entrée : le consentement du représentant légal et l'assentiment de l'enfant lui-même. Elle ne compte que si tous deux ont accepté ; si l'un des deux dit non ou se rétracte, elle ne compte pas.
consent-purpose-take-part = Participer à l'entretien
consent-purpose-take-part-hint = Si la personne survivante accepte d'être entendue, tout simplement.
consent-purpose-recording = Enregistrement audio ou vidéo
consent-purpose-recording-hint = Enregistrer l'entretien, pour qu'il puisse être réutilisé au lieu de reposer les questions.
consent-purpose-use-as-evidence = Utilisation comme preuve
consent-purpose-use-as-evidence-hint = Utiliser ce que dit la personne survivante dans des poursuites pénales ou une autre procédure.
consent-purpose-medical-examination = Examen médical
consent-purpose-medical-examination-hint = Un examen médical, pour ses soins ou pour constater des blessures.
consent-purpose-photographs = Photographies
consent-purpose-photographs-hint = Prendre des photographies, de blessures par exemple.
consent-purpose-contact-afterwards = Contact ultérieur
consent-purpose-contact-afterwards-hint = Être contactée après l'entretien, au sujet du dossier ou de son soutien.
consent-purpose-share-record = Partage de documents avec { $agency }
consent-purpose-share-record-hint = Permettre à cet organisme de lire ce que la personne survivante a déjà raconté à un autre organisme, pour qu'elle ne soit pas interrogée à nouveau.
consent-purpose-referral = Orientation vers { $service }
consent-purpose-referral-hint = Transmettre les coordonnées de la personne survivante à ce service, pour qu'il puisse la prendre en charge.

consent-status-label = État :
consent-status-given = Donné
consent-status-declined = Refusé
consent-status-withdrawn = Retiré
consent-status-missing = Pas encore demandé
consent-status-not-understood = Non valable : compréhension non confirmée
consent-status-not-understood-hint = Un « oui » a été enregistré sans confirmer que la personne survivante l'avait compris : ce n'est donc pas un consentement. Expliquez à nouveau, et enregistrez la décision une fois qu'elle a compris.
consent-status-guardian-missing = Consentement du représentant légal manquant
consent-status-guardian-missing-hint = L'enfant a accepté, mais la décision du représentant légal n'est pas encore enregistrée.
consent-status-assent-missing = Assentiment de l'enfant manquant
consent-status-assent-missing-hint = Le représentant légal a accepté, mais l'assentiment de l'enfant lui-même n'est pas encore enregistré.

consent-flags-heading = { $count ->
    [one] Un élément prévu dépend de ce consentement
   *[other] { $count } éléments prévus dépendent de ce consentement
}
consent-flag-missing = Bloqué : { $item } nécessite ce consentement, et aucun n'est enregistré.
consent-flag-declined = Bloqué : { $item } nécessite ce consentement, qui a été refusé.
consent-flag-withdrawn = Bloqué : { $item } nécessite ce consentement, qui a été retiré.
consent-flag-share-missing = La réponse à { $item } figure déjà dans un document que la personne survivante a fourni ; demandez-lui si elle accepte le partage de ce document au lieu de reposer la question.
consent-flag-share-refused = { $item } avait été mise de côté dans l'attente de ce consentement, qui a été refusé ou retiré : posez-la pendant l'entretien, ou faites sans.
consent-item-session = la séance du { $date }
consent-item-session-at = la séance du { $date } à { $place }
consent-item-question = la question « { $text } »
consent-item-referral = l'orientation vers { $service }
consent-item-other = un élément du plan d'entretien

consent-withdraw = Retirer le consentement
consent-withdraw-child = Retirer l'assentiment de l'enfant
consent-withdraw-guardian = Retirer le consentement du représentant légal
consent-withdraw-title = Retirer le consentement : { $purpose } ?
consent-withdraw-message = Enregistrer que { $party } retire son consentement pour : { $purpose }, à compter de maintenant. Tout ce qui en dépend dans le plan d'entretien est aussitôt signalé. La décision antérieure reste dans l'historique.
consent-withdraw-confirm = Retirer le consentement
consent-withdrawn-done = Retiré : { $purpose }. Tout ce qui en dépend dans le plan d'entretien est signalé en dessous.

## Consentement : historique

consent-history-heading = Historique
consent-history-of = Historique de « { $purpose } »
consent-history-empty = Rien n'est encore enregistré.
consent-entry-given = Donné par { $party }
consent-entry-declined = Refusé par { $party }
consent-entry-withdrawn = Retiré par { $party }
consent-entry-details = { $method }, en { $language }, enregistré par { $recorder }.
consent-entry-interpreter = Interprète : { $interpreter }.
consent-entry-understood = Compréhension confirmée.
consent-entry-not-understood = Compréhension non confirmée.
consent-entry-note = Note : { $note }
consent-entry-corrected-tag = Corrigée
consent-entry-correction-tag = Correction
consent-entry-corrected-by = Corrigée par l'entrée du { $at } : cette entrée ne compte plus.
consent-entry-corrects = Corrige l'entrée du { $at }.
consent-correct = Corriger cette entrée
# Le nom complet d'un bouton dont le texte visible omet ce sur quoi il agit, pour les lecteurs d'écran.
consent-button-for = { $action } : { $subject }
consent-entry-subject = { $purpose }, { $at }

consent-party-survivor-name = la personne survivante
consent-party-child-name = l'enfant
consent-party-guardian-name = le représentant légal

## Consentement : enregistrer une décision

consent-record-heading = Enregistrer une décision
consent-correct-heading = Corriger une entrée
consent-correcting = Vous corrigez « { $entry } » du { $at }. Enregistrez ce qui s'est réellement passé : l'entrée erronée reste dans l'historique, marquée comme corrigée, et ne compte plus.
consent-field-purpose = Finalité
consent-field-decision = Décision
consent-decision-given = Donné : accord
consent-decision-declined = Refusé : pas d'accord
consent-decision-withdrawn = Retiré : reprise d'un consentement donné
consent-field-party = Décision de qui
consent-party-hint = Pour une personne mineure, il faut à la fois la décision du représentant légal et l'assentiment de l'enfant lui-même. Enregistrez chacune dans sa propre entrée.
consent-party-child = L'enfant (son propre assentiment)
consent-party-guardian = Le représentant légal
consent-field-when = Quand
consent-field-when-hint = Maintenant, sauf si vous saisissez une décision prise plus tôt.
consent-field-recorded-by = Enregistré par
consent-field-recorded-by-hint = Votre nom ou votre fonction : quelqu'un répond de chaque entrée.
consent-field-method = Forme
consent-method-spoken = Oral
consent-method-written = Écrit
consent-method-signed = Signé
consent-field-language = Langue dans laquelle il a été expliqué
consent-field-language-hint = Choisie par son nom. Au départ, c'est la langue de la personne survivante.
consent-field-interpreter = Interprète (facultatif)
consent-field-understood = La personne survivante a compris ce qu'elle a décidé
consent-field-understood-why = Le consentement ne compte que s'il est éclairé : la personne survivante sait ce qui va se passer, qui le verra, et qu'elle peut dire non ou changer d'avis à tout moment sans perdre son soutien. Ne cochez cette case qu'une fois qu'elle vous l'a dit avec ses propres mots. Sans cela, un « oui » est enregistré mais ne compte pas comme consentement.
consent-field-note = Note (facultative)
consent-submit = Enregistrer la décision
consent-submit-correction = Enregistrer la correction
consent-cancel-correction = Annuler la correction
consent-recorded = Enregistré. { $purpose } : { $status }.

## Consentement : erreurs

consent-error-purpose = Choisissez une finalité dans la liste.
consent-error-when = Indiquez la date et l'heure de la décision.
consent-error-duplicate-id = Cette entrée figure déjà dans le registre. Enregistrez à nouveau la décision.
consent-error-unknown-corrected = L'entrée à corriger ne figure pas dans le registre. Choisissez « Corriger cette entrée » sur l'entrée voulue.
consent-error-already-corrected = Cette entrée a déjà été corrigée le { $at }. Corrigez plutôt cette correction.
consent-error-blank-recorded-by = Indiquez qui a enregistré la décision.
consent-error-blank-language = Indiquez la langue dans laquelle le consentement a été expliqué.
consent-error-out-of-order = Cette décision est datée du { $at }, avant la décision prise par { $party } pour { $purpose } et enregistrée pour le { $latest }. Utilisez l'heure réelle. Si une entrée a été mal enregistrée, corrigez plutôt cette entrée.
consent-error-nothing-to-withdraw = Rien à retirer : { $party } n'a pas donné son consentement pour { $purpose }. Enregistrez plutôt un refus.

## Orientations

referrals-intro = Les services de soutien rattachés à ce dossier, et où en est chacun. Une orientation transmet les coordonnées de la personne survivante au service : elle nécessite donc son consentement à cette orientation.
referrals-none = Aucun service n'est encore rattaché. Cherchez-en un dans le répertoire ci-dessous.
referrals-status-label = État :
referrals-status-suggested = Suggérée
referrals-status-offered = Proposée
referrals-status-accepted = Acceptée
referrals-status-declined = Refusée
referrals-status-referred = Transmise
referrals-status-confirmed = Confirmée
referrals-move-suggested = Marquer comme suggérée
referrals-move-offered = Marquer comme proposée
referrals-move-accepted = Marquer comme acceptée
referrals-move-declined = Marquer comme refusée
referrals-move-referred = Marquer comme transmise
referrals-move-confirmed = Marquer comme confirmée
referrals-closed = Le service a pris en charge la personne survivante : cette orientation est terminée.
referrals-consent-line = Consentement à cette orientation : { $status }.
referrals-consent-link = L'enregistrer dans la section Consentement
referrals-flagged = Signalée : cette orientation a eu lieu, mais le consentement dont elle a besoin est maintenant { $status }. Ne transmettez plus rien à { $service } sauf nouvel accord de la personne survivante.
referrals-consent-given = donné
referrals-consent-declined = refusé
referrals-consent-withdrawn = retiré
referrals-consent-missing = pas encore demandé
referrals-consent-not-understood = non valable, compréhension non confirmée
referrals-consent-guardian-missing = le consentement du représentant légal manque
referrals-consent-assent-missing = l'assentiment de l'enfant lui-même manque
referrals-history-heading = Historique
referrals-history-suggested = Suggérée le { $at }
referrals-history-change = De { $from } à { $to } le { $at }
referrals-error-invalid-move = Une orientation à l'état { $from } ne peut pas être marquée { $to }.
referrals-error-consent-required = La personne survivante ne peut pas encore être orientée vers { $service } : son consentement à « Orientation vers { $service } » est { $status }. Enregistrez d'abord son consentement éclairé à cette orientation.
referrals-error-before-last-change = Cette modification serait datée d'avant la dernière modification de l'orientation ({ $last }). Vérifiez l'horloge de l'appareil et réessayez.

referrals-organization = Organisation
referrals-phones = Téléphone
referrals-email = Courriel
referrals-web = Site web
referrals-hours = Horaires d'ouverture
referrals-languages = Langues
referrals-languages-none = Non précisé
referrals-categories = Catégories
referrals-eligibility = Qui peut en bénéficier

referrals-search-heading = Trouver un service
referrals-directory-empty = Le répertoire des services est vide. Importez votre répertoire local ci-dessous.
referrals-category = Catégorie
referrals-category-any = Toutes catégories
referrals-language = Langue
referrals-language-hint = Tapez le nom d'une langue et choisissez-la dans la liste ; un service est trouvé que l'annuaire donne la langue par son nom ou par son code.
referrals-language-any = Toutes les langues
referrals-use-survivor-language = Utiliser la langue de la personne survivante ({ $language })
referrals-results = { $total ->
    [one] { $count } service sur 1 correspond.
   *[other] { $count } services sur { $total } correspondent.
}
referrals-attach = Rattacher à ce dossier
# Le nom complet d'un bouton dont le texte visible omet le service, pour les lecteurs d'écran.
referrals-button-for = { $action } : { $service }
referrals-already-attached = Rattaché à ce dossier.
referrals-attached = { $service } est rattaché à ce dossier comme suggestion. Proposez-le à la personne survivante au moment opportun.

referrals-directory-heading = Répertoire des services
referrals-directory-intro = Un seul répertoire pour tous les dossiers de ce coffre, conservé chiffré dans celui-ci. Importez des fichiers Open Referral (HSDS) : un fichier JSON, ou services.csv avec phones.csv et languages.csv, choisis en même temps. Un service déjà présent dans le répertoire est mis à jour, jamais dupliqué.
referrals-directory-count = { $count ->
    [one] Le répertoire contient un service.
   *[other] Le répertoire contient { $count } services.
}
referrals-directory-unreadable = Le répertoire conservé dans ce coffre est illisible ({ $reason }). Il est laissé tel quel ; une importation le remplace.
referrals-files = Fichiers HSDS
referrals-files-hint = Un fichier .json, ou des fichiers .csv nommés comme dans l'export HSDS.
referrals-import = Importer
referrals-importing = Importation…
referrals-imported = Importation terminée : { $added } ajoutés, { $updated } mis à jour, { $unchanged } inchangés. { $total ->
    [one] Le répertoire contient un service.
   *[other] Le répertoire contient { $total } services.
}
referrals-error-save = Le répertoire n'a pas pu être enregistré, donc rien n'a été importé : { $reason }
referrals-error-nothing-chosen = Choisissez d'abord un ou plusieurs fichiers.
referrals-error-unknown-file = { $file } n'est pas un fichier que cette importation sait lire. Choisissez un fichier .json, ou services.csv, phones.csv, languages.csv, schedules.csv ou organizations.csv.
referrals-error-no-services-csv = services.csv manque : les autres tables ne font que compléter les services qu'il liste. Choisissez-le en même temps qu'elles.
referrals-error-too-large = { $file } fait { $bytes } octets, plus que les { $limit } octets qu'une importation lit. Découpez-le en fichiers plus petits.
referrals-error-json-syntax = { $file }, ligne { $line }, colonne { $column } : ce n'est pas du JSON valide ({ $detail }). Vérifiez que le fichier est complet.
referrals-error-json-shape = { $file }, ligne { $line }, colonne { $column } : ce n'est pas un document HSDS de la forme attendue ({ $detail }).
referrals-error-unknown-document = { $file } n'est ni un service HSDS, ni une liste de services, ni une organisation, ni un service en un lieu. Exportez l'un de ces éléments.
referrals-error-blank-json-value = { $file } : le champ { $field } est vide, et chaque service en a besoin.
referrals-error-missing-column = { $file } n'a pas de colonne « { $column } ». La première ligne doit nommer les colonnes HSDS.
referrals-error-csv-row = { $file }, ligne { $line } : { $detail }
referrals-error-csv-blank = { $file }, ligne { $line } : la colonne « { $column } » est vide. Remplissez-la.
referrals-error-unknown-service = { $file }, ligne { $line } : le service { $service } ne figure pas dans services.csv. Importez-les ensemble.
referrals-error-duplicate-service = { $file }, { $place } : le service { $service } apparaît deux fois. Gardez une seule entrée par service.
