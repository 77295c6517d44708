### Textes de la partie questions de l'espace de travail du dossier : organismes, récits antérieurs, questions, sujets.

## Organismes

agencies-intro = Chaque organisation impliquée dans le dossier, et son rôle. Les questions et les récits antérieurs appartiennent à un organisme.
agencies-empty = Aucun organisme n'a encore été ajouté. Ajoutez le premier ci-dessous.
agencies-table-caption = Organismes de ce dossier
agencies-name = Nom
agencies-role = Rôle
agencies-actions = Actions
agencies-add-heading = Ajouter un organisme
agencies-add = Ajouter l'organisme
agencies-added = { $name } ajouté.
agencies-edit = Modifier
agencies-edit-named = Modifier { $name }
agencies-name-of = Nouveau nom pour { $name }
agencies-role-of = Rôle de { $name }
agencies-remove = Retirer
agencies-remove-named = Retirer { $name }
agencies-remove-title = Retirer { $name } ?
agencies-remove-message = L'organisme est retiré de ce dossier. Rien dans le dossier n'y fait référence.
agencies-remove-confirm = Retirer l'organisme
agencies-removed = { $name } retiré.
agencies-error-name = Saisissez le nom de l'organisme.
agencies-in-use = { $name } ne peut pas être retiré : il est encore cité par { $uses }. Rattachez-les d'abord à un autre organisme ou supprimez-les.
agencies-use-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
agencies-use-accounts = { $count ->
    [one] 1 récit antérieur
   *[other] { $count } récits antérieurs
}
agencies-use-consent = { $count ->
    [one] 1 enregistrement de consentement sur le partage avec lui
   *[other] { $count } enregistrements de consentement sur le partage avec lui
}
agencies-use-attendees = { $count ->
    [one] 1 personne présente à une séance pour son compte
   *[other] { $count } personnes présentes à des séances pour son compte
}
agencies-use-evidence = { $count ->
    [one] 1 élément de preuve qu'il détient ou doit obtenir
   *[other] { $count } éléments de preuve qu'il détient ou doit obtenir
}
agencies-unknown = Un organisme qui ne fait plus partie de ce dossier
agencies-role-police = Police
agencies-role-prosecutor = Parquet
agencies-role-labour-inspectorate = Inspection du travail
agencies-role-ngo = ONG
agencies-role-immigration = Immigration
agencies-role-medical = Médical
agencies-role-child-protection = Protection de l'enfance
agencies-role-other = Autre

## Récits antérieurs

accounts-intro = Le registre de ce que la personne survivante a déjà raconté : à qui, quand, sous quelle forme et de façon plus ou moins complète, et si le document peut être obtenu. La planification s'en sert pour que personne ne redemande ce à quoi un document répond déjà.
accounts-empty = Aucun récit antérieur n'a été enregistré. Demandez à la personne survivante, avec délicatesse, si quelqu'un l'a déjà interrogée.
accounts-need-agency = Ajoutez d'abord l'organisme qui a recueilli le récit.
accounts-go-to-agencies = Aller aux Organismes
accounts-add-open = Ajouter un récit antérieur
accounts-add-heading = Nouveau récit antérieur
accounts-edit-heading = Modifier le récit antérieur
accounts-agency = Organisme qui a recueilli le récit
accounts-agency-choose = Choisissez un organisme
accounts-date = Date
accounts-form = Forme du document
accounts-form-video-recorded = Enregistrement vidéo
accounts-form-audio = Enregistrement audio
accounts-form-written-statement = Déclaration écrite
accounts-form-notes = Notes
accounts-record = Document
accounts-obtainable = L'équipe peut obtenir le document
accounts-obtainable-yes = Peut être obtenu
accounts-obtainable-no = Ne peut pas être obtenu
accounts-topics = Sujets racontés
accounts-topics-legend = Sujets racontés, et de façon plus ou moins complète
accounts-topics-none = Aucun sujet enregistré
accounts-topic-coverage = { $topic } : { $coverage }
accounts-summary = { $agency }, { $date } ({ $form })
accounts-save = Enregistrer le récit antérieur
accounts-added = Récit antérieur ajouté.
accounts-saved = Récit antérieur enregistré.
accounts-removed = Récit antérieur retiré.
accounts-error-agency = Choisissez l'organisme qui a recueilli le récit.
accounts-error-date = Indiquez la date du récit.
accounts-error-topics = Choisissez au moins un sujet dont la personne survivante a parlé.
accounts-edit = Modifier
accounts-edit-named = Modifier { $account }
accounts-remove = Retirer
accounts-held-session = Ce récit correspond à { $session }, qui a eu lieu : il change avec le compte rendu de cette séance, dans le plan des séances.
accounts-remove-named = Retirer { $account }
accounts-remove-title = Retirer ce récit antérieur ?
accounts-remove-message = { $account } est retiré du registre, et la planification ne le compte plus.
accounts-remove-confirm = Retirer le récit antérieur
accounts-in-use = { $account } ne peut pas être retiré : { $count ->
    [one] 1 question trouve sa réponse dans son document ou attend
   *[other] { $count } questions trouvent leur réponse dans son document ou attendent
} le consentement à le partager. Annulez d'abord ces étapes dans Constats.

## Sélecteur de sujets

topic-picker-sensitive = Sensible
topic-picker-coverage = Dans quelle mesure « { $topic } » a-t-il été raconté ?
topic-picker-coverage-mentioned = Mentionné
topic-picker-coverage-partial = Raconté en partie
topic-picker-coverage-detailed = Raconté en détail
topic-picker-add-summary = Ajouter un sujet à ce dossier
topic-picker-add-intro = Pour un thème absent de la liste. Il est ajouté à ce dossier seulement, et sélectionné ici.
topic-picker-new-id = Nom du sujet
topic-picker-new-id-hint = Lettres minuscules sans accents, chiffres et traits d'union, en commençant par une lettre, par exemple mendicite-forcee.
topic-picker-new-description = Ce que couvre le sujet
topic-picker-new-sensitive = L'aborder avant qu'un lien de confiance soit établi risque de nuire
topic-picker-add = Ajouter le sujet
topic-picker-added = Le sujet « { $topic } » a été ajouté à ce dossier et sélectionné.
topic-picker-error-invalid-id = « { $id } » ne peut pas être un nom de sujet : utilisez des lettres minuscules sans accents, des chiffres et des traits d'union, en commençant par une lettre, par exemple mendicite-forcee.
topic-picker-error-exists = Ce dossier a déjà un sujet nommé « { $id } ». Sélectionnez-le dans la liste, ou choisissez un autre nom.
topic-picker-error-description = Décrivez en quelques mots ce que couvre le sujet « { $id } ».

## Sujets du récit (identifiants du catalogue de sujets du modèle)

topic-background = Parcours antérieur
topic-background-description = La vie avant le recrutement : foyer, famille, école, travail.
topic-recruitment = Recrutement
topic-recruitment-description = Comment la personne a été approchée, par qui, et ce qui lui a été promis.
topic-travel = Trajet
topic-travel-description = Le voyage : itinéraires, transports, qui l'a organisé et payé.
topic-arrival = Arrivée
topic-arrival-description = Ce qui s'est passé à l'arrivée et qui a accueilli la personne.
topic-accommodation = Hébergement
topic-accommodation-description = Où la personne vivait, avec qui, et selon quelles règles.
topic-control-methods = Méthodes de contrôle
topic-control-methods-description = Comment la personne était contrôlée : surveillance, isolement, règles, tromperie.
topic-threats-and-violence = Menaces et violences
topic-threats-and-violence-description = Menaces et violences envers la personne ou sa famille.
topic-work-conditions = Conditions de travail
topic-work-conditions-description = En quoi consistait le travail et comment se déroulait une journée de travail.
topic-working-hours = Horaires de travail
topic-working-hours-description = Combien de temps et à quelle fréquence la personne devait travailler, et les jours de repos.
topic-payment-and-debt = Rémunération et dette
topic-payment-and-debt-description = Salaire, retenues, et toute dette que la personne était censée devoir.
topic-identity-documents = Documents d'identité
topic-identity-documents-description = Passeport et autres documents : qui les détenait et quand.
topic-injuries-and-health = Blessures et santé
topic-injuries-and-health-description = Blessures, maladies et accès aux soins médicaux.
topic-sexual-exploitation = Exploitation sexuelle
topic-sexual-exploitation-description = Exploitation et abus sexuels.
topic-other-victims = Autres victimes
topic-other-victims-description = D'autres personnes dans la même situation.
topic-perpetrators = Personnes impliquées
topic-perpetrators-description = Les personnes impliquées : noms, rôles, descriptions.
topic-locations = Lieux
topic-locations-description = Les lieux : adresses, lieux de travail, itinéraires.
topic-evidence-held = Preuves détenues
topic-evidence-held-description = Messages, photos, papiers ou objets que la personne a encore.
topic-escape = Sortie de la situation
topic-escape-description = Comment la situation a pris fin ou comment la personne s'en est sortie.
topic-current-safety = Sécurité actuelle
topic-current-safety-description = La sécurité et les besoins actuels de la personne.

## Questions

questions-intro = Ce à quoi chaque organisme a besoin d'une réponse. Une seule personne qui mène l'entretien les pose toutes : rédigez-les donc comme des questions ouvertes, dans la langue de la personne survivante ; l'aide à la formulation commente la rédaction pendant que vous écrivez.
questions-need-agency = Ajoutez d'abord les organismes qui ont besoin de réponses.
questions-go-to-agencies = Aller aux Organismes
questions-group-empty = { $agency } n'a pas encore de questions.
questions-group-list = Questions de { $agency }
questions-agency-groups = Questions par organisme
questions-add-for = Ajouter une question pour { $agency }
questions-add-heading = Nouvelle question
questions-edit-heading = Modifier la question
questions-agency = Organisme qui a besoin de la réponse
questions-agency-choose = Choisissez un organisme
questions-text = Question
questions-text-hint = Les questions ouvertes fonctionnent le mieux : Parlez-moi de…, Décrivez…, Expliquez…
questions-language = Langue de la question
questions-language-hint = Choisie par son nom. La langue préférée de la personne survivante est { $language } ; l'aide à la formulation lit l'anglais, l'espagnol, le français et le portugais.
questions-topics = Sujets sur lesquels porte la question
questions-topics-label = Sujets
questions-topics-none = Aucun sujet
questions-phase = Phase PEACE
questions-phase-plan = Planifier et préparer
questions-phase-plan-explained = Avant l'entretien : ce que l'équipe a besoin de savoir et comment le demander.
questions-phase-engage = Établir le contact et expliquer
questions-phase-engage-explained = Créer un lien de confiance, expliquer le but, les règles et les droits de la personne survivante, y compris le droit d'arrêter.
questions-phase-account = Récit
questions-phase-account-explained = Récit libre avec les propres mots de la personne survivante, puis questions ouvertes pour clarifier.
questions-phase-closure = Clôture
questions-phase-closure-explained = Résumer, répondre aux questions de la personne survivante, expliquer la suite, et terminer dans le calme.
questions-phase-evaluate = Évaluer
questions-phase-evaluate-explained = Après l'entretien : ce qui a été appris, et ce qui manque encore.
questions-priority = Priorité
questions-priority-high = Haute
questions-priority-normal = Normale
questions-priority-low = Basse
questions-save = Enregistrer la question
questions-added = Question ajoutée.
questions-saved = Question enregistrée.
questions-removed = Question retirée.
questions-error-agency = Choisissez l'organisme qui a besoin de la réponse.
questions-error-text = Saisissez la question.
questions-edit = Modifier
questions-edit-named = Modifier : { $question }
questions-move-up = Monter
questions-move-up-named = Monter : { $question }
questions-move-down = Descendre
questions-move-down-named = Descendre : { $question }
questions-moved-up = Montée : { $question }
questions-moved-down = Descendue : { $question }
questions-remove = Retirer
questions-remove-named = Retirer : { $question }
questions-remove-title = Retirer cette question ?
questions-remove-message = « { $question } » est retirée du dossier et de tous les plans de séance.
questions-remove-confirm = Retirer la question
questions-in-use = « { $question } » ne peut pas être retirée : une suggestion acceptée dans Constats l'a modifiée ou y a fusionné une autre question. Annulez d'abord cette suggestion.

## L'aide à la formulation des questions

questions-coach-heading = Aide à la formulation
questions-coach-waiting = L'aide à la formulation commente la rédaction pendant que vous écrivez.
questions-coach-none = L'aide à la formulation n'a aucune remarque sur cette rédaction.
questions-coach-count = { $count ->
    [one] L'aide à la formulation a 1 remarque sur cette rédaction.
   *[other] L'aide à la formulation a { $count } remarques sur cette rédaction.
}
questions-coach-unsupported = L'aide à la formulation ne sait pas lire les questions en { $language } ; elle lit l'anglais, l'espagnol, le français et le portugais.
questions-coach-leading = Suggestive : elle suggère sa propre réponse, ce qui peut altérer la preuve.
questions-coach-compound = Deux questions en une : demandez une chose à la fois.
questions-coach-forced-choice = Choix imposé : elle ne propose que les options de la personne qui mène l'entretien.
questions-coach-why = Demande « pourquoi », ce qui peut sonner comme un reproche.
questions-coach-jargon = Jargon : un mot que la personne survivante ne connaît peut-être pas.
questions-coach-closed = Fermée : elle appelle un oui ou un non pendant le récit libre.
questions-coach-trigger = Les mots : « { $words } »
questions-coach-suggestion = Formulation ouverte : { $wording }
questions-coach-use = Utiliser cette formulation

## Où en est une question, et ce qu'en dit la planification

questions-status = État
questions-status-asked = À poser pendant l'entretien.
questions-status-merged = Pas posée séparément : fusionnée dans « { $question } » ({ $agency }), qui est posée une seule fois pour tous les organismes.
questions-status-merged-unknown = Pas posée séparément : fusionnée dans une question qui ne fait plus partie de ce dossier.
questions-status-answered = Pas posée : le document de { $account } y répond.
questions-status-awaiting = Pas posée pour l'instant : en attente de la décision de la personne survivante sur le partage du document de { $account } avec { $agencies }.
questions-status-credited = Elle est posée une seule fois, pour { $agencies } aussi.
questions-record-unknown = un récit antérieur qui ne fait plus partie de ce dossier
questions-findings-heading = Ce qu'en dit la planification
questions-finding-already-told = La personne survivante a déjà raconté cela en détail dans { $account }, et le document peut être lu. Consultez le document au lieu de reposer la question.
questions-finding-consent-to-share-missing = La personne survivante a déjà raconté cela en détail dans { $account }, mais n'a pas accepté que ce document soit partagé avec { $agencies }. Posez la question du partage du document au lieu de reposer la question elle-même.
questions-finding-share-consent-given = La personne survivante a accepté que le document de { $account } soit partagé avec { $agencies } : le document peut maintenant répondre à cette question.
questions-finding-share-consent-refused = La personne survivante n'a pas accepté que le document de { $account } soit partagé avec { $agencies }. Annulez la mise de côté de la question pour la poser pendant l'entretien, ou faites sans.
questions-finding-duplicate = { $agencies } posent des questions sur les mêmes sujets en des termes presque identiques. Posez-la une seule fois : la personne qui mène l'entretien pose une seule question pour tous les organismes.
questions-finding-consent-missing = La lecture du document pour { $agencies } nécessite le consentement de la personne survivante à son partage, et aucun n'est enregistré.
questions-finding-consent-declined = La personne survivante a refusé que le document soit partagé avec { $agencies }.
questions-finding-consent-withdrawn = La personne survivante a retiré son consentement au partage du document avec { $agencies }.
questions-finding-sensitive-before-rapport = Elle porte sur un sujet sensible avant toute question de la séance destinée à créer un lien de confiance (Établir le contact). Placez-la après les questions de cette phase.
questions-finding-avoided-topic = Elle touche à un sujet sur lequel la personne survivante a demandé à ne pas être interrogée. Supprimez-la, ou convenez au préalable avec la personne survivante de la manière de l'aborder.
questions-finding-covered-by-evidence = Les éléments de preuve obtenus ({ $evidence }) montrent déjà chaque sujet de cette question. Ne demandez que ce qu'ils ne peuvent pas montrer : une confirmation, ou le vécu propre de la personne survivante.
questions-finding-not-carried-over = Elle n'a pas été posée lors de { $session }, et aucune séance à venir ne la contient. Reportez-la à la séance suivante.
questions-finding-coach = { $remark } Les mots : « { $trigger } ». Formulation ouverte : { $rewording }

## Demandes de questions aux organismes et leurs retours : pourquoi une demande ou un retour est refusé

exchange-error-due-before-request = L'échéance des questions serait antérieure à l'envoi de la demande. Choisissez une date plus tardive.
exchange-error-unknown-request = Ce dossier n'a envoyé aucune demande de questions de ce type. Le retour répond à un autre dossier, ou à une demande faite dans un autre coffre.
exchange-error-wrong-token = Le retour ne porte pas le jeton de réponse secret de la demande : il n'a donc pas été fait à partir de cette demande. Il n'a pas été fusionné.
exchange-error-wrong-agency = La demande a été envoyée à { $agency }, mais le retour vient de { $found }. Il n'a pas été fusionné.
exchange-error-already-merged = Ceci est le retour { $sequence }, et le retour { $merged } de la même demande est déjà fusionné. Un retour plus ancien ne peut pas être fusionné à nouveau.
exchange-error-foreign-question = Le retour contient { $question }, qu'un autre organisme a posée. Un organisme ne renvoie que ses propres questions.
exchange-error-question-twice = Le retour contient deux fois { $question }. Le fichier est endommagé.
exchange-error-conflict-undecided = Vous et l'organisme avez tous deux modifié { $question } depuis la demande. Choisissez la version à garder.
contribution-error-not-a-question-change = Ici, vous ajoutez, modifiez et retirez les propres questions de votre organisme. Tout le reste demeure tel que l'organisme pilote l'a envoyé.
contribution-error-not-own-question = { $question } est une question d'un autre organisme. Seul l'organisme pilote peut la modifier.
contribution-error-edit = Cette modification n'a pas été faite : { $reason }

## Demandes de questions : l'organisme pilote demande leurs questions aux organismes, et fusionne ce qu'ils renvoient

requests-heading = Demandes de questions
requests-intro = Demandez à chaque organisme ses questions depuis son propre appareil : envoyez-lui un fichier de demande, chiffré pour que lui seul puisse l'ouvrir, et fusionnez les questions qu'il renvoie dans ce plan d'entretien unique. La demande ne contient que ce que la personne survivante a accepté de partager avec cet organisme.
requests-make-heading = Demander ses questions à un organisme
requests-no-agency = Ajoutez d'abord les organismes du dossier : une demande est adressée à l'un d'eux.
requests-agency = Organisme à qui demander
requests-lead = Votre organisme, tel qu'il le verra
requests-lead-hint = L'organisme voit ce nom sur la demande, et renvoie ses questions à ce coffre.
requests-due = Questions attendues pour le
requests-note = Note à l'organisme (facultative)
requests-lock = Verrouiller la demande avec
requests-lock-contact = La clé de partage de { $contact } (empreinte pas encore comparée)
requests-lock-contact-verified = La clé de partage de { $contact } (empreinte comparée)
requests-lock-passphrase = Une phrase secrète que je transmettrai par téléphone
requests-lock-hint = Avec la clé de partage de l'organisme, seul son coffre ouvre le fichier. Sans clé, choisissez une phrase secrète et transmettez-la à l'organisme par un autre canal que le fichier.
requests-passphrase = Phrase secrète de la demande
requests-passphrase-hint = Transmettez-la à l'organisme par téléphone ou en personne, jamais avec le fichier.
requests-make = Créer le fichier de demande
requests-making = Création du fichier de demande…
requests-made-key = Fichier de demande créé pour { $agency }, verrouillé avec la clé de partage de { $contact } (empreinte { $fingerprint }) : seul son coffre peut l'ouvrir. Envoyez-lui le fichier.
requests-made-passphrase = Fichier de demande créé pour { $agency }, verrouillé avec la phrase secrète que vous avez saisie. Envoyez-lui le fichier, et transmettez-lui la phrase secrète par un autre canal.
requests-error-agency = Choisissez l'organisme à qui demander.
requests-error-lead = Saisissez le nom de votre organisme : l'organisme le voit sur la demande.
requests-error-due = Indiquez la date à laquelle les questions sont attendues.
requests-error-contact = Ce contact ne fait plus partie de ce coffre. Choisissez une autre clé, ou une phrase secrète.
requests-sent-heading = Demandes envoyées
requests-sent-none = Aucune demande envoyée pour l'instant.
requests-sent-line = { $agency } : envoyée le { $sent }, échéance le { $due }. { $merged ->
    [0] Aucun retour fusionné pour l'instant.
    [one] Retour 1 fusionné.
   *[other] Retours jusqu'au n° { $merged } fusionnés.
}
requests-return-heading = Fusionner un retour
requests-return-file = Fichier de retour
requests-return-read = Lire le retour
requests-return-choose = Choisissez le fichier de retour envoyé par l'organisme.
requests-return-unreadable = Le navigateur n'a pas pu lire le fichier choisi. Choisissez-le à nouveau.
requests-preview-heading = Retour { $sequence } de { $agency }
requests-preview-changes = Modifications contenues dans le retour
requests-preview-nothing = Ce retour ne change rien : les questions de l'organisme sont telles que ce dossier les contient.
requests-headline-change = Ce plan d'entretien évite maintenant { $before } questions répétées ; après fusion, il en éviterait { $after }.
requests-change-new = Nouvelle question : « { $words } »
requests-change-changed = Question modifiée : « { $words } »
requests-change-withdrawn = Question retirée : « { $words } »
requests-conflict = Vous avez vous aussi modifié cette question depuis la demande. Choisissez la version à garder ; { $agency } n'en est pas informé.
requests-keep-lead = Garder la vôtre : « { $words } »
requests-keep-removed = La laisser retirée, comme vous l'avez fait
requests-take-returned = Prendre celle de { $agency } : « { $words } »
requests-take-withdrawal = Accepter le retrait de { $agency }
requests-change-refused = Cette modification ne peut pas être faite dans l'état actuel du dossier, et elle est laissée de côté : { $reason } Elle reviendra avec le prochain retour de l'organisme.
requests-merge = Fusionner le retour
requests-discard = Mettre le retour de côté
requests-merged = Retour { $sequence } de { $agency } fusionné. Chaque modification figure dans l'historique du dossier.
## L'espace de contribution : une demande de questions d'un autre organisme, ouverte dans ce coffre

contribution-back = Retour à Échange
contribution-loading = Ouverture de la contribution…
contribution-missing-heading = Demande introuvable
contribution-heading = Demande { $code } de { $lead }
contribution-own-count = { $count ->
    [one] { $agency } pose 1 question.
   *[other] { $agency } pose { $count } questions.
}
contribution-sent-heading = Ce qui vous a été envoyé
contribution-sent-intro = Tel que l'organisme pilote l'a envoyé, en lecture seule : uniquement ce que la personne survivante a consenti à partager avec votre organisme.
contribution-lead = Organisme pilote
contribution-for = Votre organisme dans le dossier
contribution-sent-at = Envoyée le
contribution-due = Questions attendues pour le
contribution-note = Note de l'organisme pilote
contribution-no-note = Aucune note.
contribution-language = Langue de la personne survivante
contribution-interpreter = Interprète nécessaire
contribution-age-group = Tranche d'âge
contribution-accommodations = Aménagements
contribution-avoid = Sujets à éviter
contribution-support = Personne de soutien
contribution-yes = Oui
contribution-no = Non
contribution-none = Aucun
contribution-told-heading = Ce que la personne survivante a déjà raconté
contribution-told-in = (dans { $records })
contribution-told-none = Rien de ce que la personne survivante a raconté n'est partagé avec votre organisme.
contribution-questions-heading = Vos questions
contribution-questions-intro = Ajoutez, modifiez et retirez les questions de votre organisme, avec l'aide à la formulation pendant que vous les rédigez. Les constats montrent ce que la personne survivante a déjà raconté et quelles questions un autre organisme pose déjà.
contribution-others-read-only = Les questions de { $agency } sont affichées telles que l'organisme pilote les a envoyées : seul l'organisme pilote peut les modifier.
contribution-save-failed = Votre dernière modification est affichée ici mais n'a pas été conservée dans le coffre : { $reason } Gardez cette page ouverte et réessayez.
contribution-save-retry = Réessayer d'enregistrer
contribution-return-heading = Retour à l'organisme pilote
contribution-return-intro = Crée un fichier contenant les questions de votre organisme, chiffré pour que seul { $lead } puisse l'ouvrir. Rien d'autre de votre coffre n'y figure.
contribution-no-return-yet = Aucun retour rédigé pour l'instant.
contribution-returns-made = Retours rédigés jusqu'ici : { $sequence }.
contribution-return = Renvoyer à l'organisme pilote
contribution-returning = Rédaction du retour…
contribution-returned = Retour { $sequence } rédigé : envoyez ce fichier à { $lead }. Rien d'autre de votre coffre n'y figure.
contribution-return-failed = Le retour n'a pas été rédigé : { $reason }
contribution-return-download-failed = Le retour a été rédigé, mais le navigateur n'a pas enregistré le fichier. Réessayez : le prochain retour contiendra les mêmes questions.
