### Textes de la section historique de l'espace de travail du dossier : chaque modification apportée au dossier, de la plus récente à la plus ancienne.

## La section

history-heading = Historique des modifications
history-intro = Chaque modification apportée à ce dossier, de la plus récente à la plus ancienne : quand elle a été faite, par qui, et ce qui a changé. L'historique ne peut pas être modifié.
history-filters = Afficher seulement
history-filter-kind = Type de modification
history-filter-kind-all = Tous les types
history-kind-profile = Profil et dossier
history-kind-agencies = Organismes
history-kind-accounts = Récits antérieurs
history-kind-questions = Questions
history-kind-sessions = Séances
history-kind-consent = Consentement
history-kind-referrals = Orientations
history-kind-suggestions = Suggestions
history-kind-evidence = Éléments de preuve
history-filter-agency = Organisme concerné
history-filter-agency-all = Tous les organismes
history-filter-agency-hint = Les modifications de l'organisme lui-même, de ses questions et de ses récits antérieurs, des personnes qui assistent aux séances pour son compte, et du consentement au partage de documents avec lui.
history-list = Modifications de ce dossier, de la plus récente à la plus ancienne
history-count-all = { $total ->
    [one] 1 modification
   *[other] { $total } modifications
}
history-count = { $matching } sur { $total ->
    [one] 1 modification
   *[other] { $total } modifications
}
history-count-listed = { $count } ; les { $listed } plus récentes sont listées.
history-none = Aucune modification n'a encore été enregistrée.
history-none-match = Aucune modification ne correspond à ces filtres.
history-show-older = Afficher les modifications plus anciennes
history-by = Par { $name }
history-by-unnamed = Par : aucun nom défini pour ce coffre
history-by-trainee = Par le ou la stagiaire
history-begins = L'historique de ce dossier commence ici
history-begins-earlier = Les modifications faites avant cette version de Tell Once ne figurent pas dans l'historique.

## Noms d'éléments qui ne font plus partie du dossier

history-quoted = « { $text } »
history-agency-gone = un organisme retiré depuis
history-question-gone = une question retirée depuis
history-account-gone = un récit antérieur retiré depuis
history-session-gone = une séance retirée depuis
history-session-gone-dated = une séance retirée depuis, prévue le { $date }
history-service-gone = un service qui ne fait plus partie de ce dossier
history-attendee = { $name } ({ $details })
history-attendee-unnamed = une personne pas encore nommée ({ $details })
history-attendee-details = { $role }, { $agency }

## Le profil et le dossier

history-rename-case = Code du dossier changé en « { $code } »
history-mark-fictional = Marqué comme dossier fictif pour la formation
history-mark-real = N'est plus marqué comme dossier fictif pour la formation
history-language = Langue préférée de la personne survivante définie sur « { $language } »
history-language-cleared = Langue préférée de la personne survivante effacée
history-interpreter-needed = Noté qu'un ou une interprète est nécessaire
history-interpreter-not-needed = Noté qu'aucun ou aucune interprète n'est nécessaire
history-age-group = Tranche d'âge définie sur : { $age }
history-support-person = Personne de soutien définie sur « { $person } »
history-support-person-cleared = Personne de soutien effacée
history-accommodations = Aménagements définis sur : { $list }
history-accommodations-cleared = Aménagements effacés
history-topic-added = Sujet « { $topic } » ajouté à ce dossier

## Organismes

history-agency-added = Organisme { $agency } ajouté ({ $role })
history-agency-renamed = Organisme « { $before } » renommé en « { $name } » ({ $role })
history-agency-role = Rôle de l'organisme { $agency } changé en : { $role }
history-agency-saved = Organisme { $name } enregistré ({ $role })
history-agency-removed = Organisme { $agency } retiré
history-agency-removed-unknown = Retrait d'un organisme dont le nom ne figure pas dans l'historique

## Récits antérieurs

history-account-added = Récit antérieur ajouté : { $account }
history-account-changed = Récit antérieur modifié : { $account }
history-account-saved = Récit antérieur enregistré : { $account }
history-account-removed = Récit antérieur retiré : { $account }
history-account-removed-unknown = Retrait d'un récit antérieur qui ne figure pas dans l'historique

## Questions

history-question-added = Question { $question } ajoutée pour { $agency }
history-question-changed = Question { $question } modifiée pour { $agency }
history-question-saved = Question { $question } enregistrée pour { $agency }
history-question-removed = Question { $question } de { $agency } retirée
history-question-removed-unknown = Retrait d'une question dont les mots ne figurent pas dans l'historique
history-question-moved = { $direction ->
    [up] { $question } montée parmi les questions de { $agency }
   *[down] { $question } descendue parmi les questions de { $agency }
}

## Demandes de questions aux organismes

history-question-request = Demande de questions envoyée à { $agency }, questions attendues pour le { $due }
history-merge-return = De { $agency }, retour { $number } : { $changes }
history-merge-return-nothing = De { $agency }, retour { $number } : rien de repris, l'organisme pilote a gardé ses propres versions
history-merge-added = ajout de { $question }
history-merge-changed = modification de { $question }
history-merge-withdrawn = retrait de { $question }

## Séances

history-session-added = { $session } ajoutée au plan
history-session-added-gone = Séance du { $date } ajoutée au plan (retirée depuis)
history-session-removed = Séance du { $date } retirée du plan
history-session-removed-unknown = Séance retirée du plan
history-session-date = Date et heure changées en { $date } pour { $session }
history-session-place = Lieu changé en « { $place } » pour { $session }
history-session-place-cleared = Lieu effacé pour { $session }
history-session-location = Type de lieu changé en « { $location } » pour { $session }
history-session-language = Langue de l'entretien changée en « { $language } » pour { $session }
history-session-duration = { $minutes ->
    [one] Durée changée en 1 minute pour { $session }
   *[other] Durée changée en { $minutes } minutes pour { $session }
}
history-session-break-added = Pause ajoutée à la minute { $minute } de { $session }
history-session-break-removed = Pause de la minute { $minute } retirée de { $session }
history-session-attendee-added = { $attendee } ajouté à { $session }
history-session-attendee-changed = { $before } remplacé par { $attendee } dans { $session }
history-session-attendee-changed-unknown = Personne numéro { $number } remplacée par { $attendee } dans { $session }
history-session-attendee-removed = { $attendee } retiré de { $session }
history-session-attendee-removed-unknown = Personne numéro { $number } retirée de { $session }
history-session-support-declined = Noté que la personne survivante a refusé une personne de soutien pour { $session }
history-session-support-not-declined = N'est plus noté que la personne survivante a refusé une personne de soutien pour { $session }
history-session-recording = Enregistrement prévu pour { $session }
history-session-no-recording = Enregistrement plus prévu pour { $session }
history-session-medical = Examen médical prévu pour { $session }
history-session-no-medical = Examen médical plus prévu pour { $session }
history-session-photographs = Photographies prévues pour { $session }
history-session-no-photographs = Photographies plus prévues pour { $session }
history-session-question-added = { $question } ajoutée à { $session }
history-session-question-removed = { $question } retirée de { $session }
history-session-question-moved = { $direction ->
    [up] { $question } montée dans { $session }
   *[down] { $question } descendue dans { $session }
}
history-session-observers-outside = Les observateurs et observatrices suivent { $session } depuis une autre salle
history-session-observers-inside = Les observateurs et observatrices sont dans la salle d'entretien pour { $session }
history-session-question-break = Pause pour les questions prévue avant la clôture dans { $session }
history-session-no-question-break = Aucune pause pour les questions prévue dans { $session }
history-session-brief-names-accounts = La note pour la personne qui mène l'entretien de { $session } cite ce que disaient les récits antérieurs
history-session-brief-blind = La note pour la personne qui mène l'entretien de { $session } laisse de côté ce que disaient les récits antérieurs
history-held-recorded = { $session } enregistrée comme tenue
history-held-corrected = Compte rendu de { $session } corrigé
history-carried-over = { $count ->
    [one] 1 question non posée lors de { $from } reportée à { $to }
   *[other] { $count } questions non posées lors de { $from } reportées à { $to }
}

## Consentement

history-consent-given = { $party ->
    [guardian] Le représentant légal a donné son consentement
    [child] L'enfant a donné son propre assentiment
   *[survivor] La personne survivante a donné son consentement
} : { $purpose }
history-consent-declined = { $party ->
    [guardian] Le représentant légal a dit non
    [child] L'enfant a dit non
   *[survivor] La personne survivante a dit non
} : { $purpose }
history-consent-withdrawn = { $party ->
    [guardian] Le représentant légal a retiré son consentement
    [child] L'enfant a retiré son assentiment
   *[survivor] La personne survivante a retiré son consentement
} : { $purpose }
history-consent-correction = { $decision } (corrige une entrée antérieure)

## Orientations

history-referral-attached = Orientation vers { $service } suggérée
history-referral-suggested = Orientation vers { $service } remise à l'état suggérée
history-referral-offered = Orientation vers { $service } proposée à la personne survivante
history-referral-accepted = La personne survivante a accepté l'orientation vers { $service }
history-referral-declined = La personne survivante a refusé l'orientation vers { $service }
history-referral-referred = Personne survivante orientée vers { $service }
history-referral-confirmed = { $service } a confirmé avoir pris en charge l'orientation

## Suggestions de la planification

history-suggestion-merge = { $count ->
    [one] Suggestion acceptée : poser { $keep } une seule fois, pour tous les organismes, et mettre de côté 1 question similaire
   *[other] Suggestion acceptée : poser { $keep } une seule fois, pour tous les organismes, et mettre de côté { $count } questions similaires
}
history-suggestion-answered-by-record = Suggestion acceptée : lire la réponse à { $question } dans un document : { $record }
history-suggestion-share-consent = Suggestion acceptée : ne pas reposer { $question } tant que la personne survivante n'a pas décidé si { $agencies } peut lire un document : { $record }
history-suggestion-reword = Suggestion acceptée : reformuler { $question } en « { $text } »
history-undo-merge = Annulation de la fusion de questions similaires dans { $keep }
history-undo-answered-by-record = Annulation de la lecture de la réponse à { $question } dans un document
history-undo-share-consent = Annulation de la mise de côté de { $question } dans l'attente de la décision de la personne survivante sur le partage d'un document
history-undo-reword = Annulation de la nouvelle formulation de { $question }
history-undo-unknown = Annulation d'une suggestion acceptée avant que cette version de Tell Once ne tienne un historique
history-suggestion-request-evidence = Suggestion acceptée : demander un élément de preuve à { $agency } : { $evidence }
history-undo-request-evidence = Annulation de la demande d'élément de preuve { $evidence }
history-evidence-gone = un élément de preuve retiré depuis
history-evidence-added = Élément de preuve { $evidence } ajouté ({ $kind }), détenu ou à obtenir par { $agency }
history-evidence-changed = Élément de preuve { $evidence } modifié ({ $kind }), détenu ou à obtenir par { $agency }
history-evidence-saved = Élément de preuve { $evidence } enregistré ({ $kind }), détenu ou à obtenir par { $agency }
history-evidence-removed = Élément de preuve { $evidence } retiré
history-evidence-removed-unknown = Retrait d'un élément de preuve ajouté avant que cette version de Tell Once ne tienne un historique
history-evidence-to-request = Élément de preuve { $evidence } marqué comme à demander
history-evidence-requested = Élément de preuve { $evidence } marqué comme demandé le { $date }
history-evidence-obtained = Élément de preuve { $evidence } marqué comme obtenu le { $date }
history-evidence-not-obtainable = Élément de preuve { $evidence } marqué comme impossible à obtenir : { $why }
history-evidence-guidance-added = { $kind } ajouté au catalogue des éléments de preuve pour { $topic }
