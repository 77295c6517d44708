# Mode entraînement pour les formateurs et formatrices : scénarios fictifs, grille de score et vue présentateur.

practice-heading = Entraînement
practice-banner = Entraînement : données fictives
practice-banner-detail = Rien n'est enregistré ici, et le coffre n'est jamais lu ni modifié.
practice-intro = Choisissez un scénario fictif. Son plan d'entretien provisoire comporte des défauts volontaires : questions répétées, questions suggestives et composées, consentements manquants et risques pour le bien-être de la personne survivante. Améliorez le projet avec les mêmes sections que pour un dossier réel, puis ouvrez la grille de score.
practice-choose-heading = Choisir un scénario
practice-scenario = Scénario
practice-language = Langue du scénario
practice-start = Commencer l'exercice
practice-replace-confirm-title = Commencer un autre exercice ?
practice-replace-confirm = Vos modifications de l'exercice en cours seront perdues.
practice-replace-confirm-action = Commencer le nouvel exercice
practice-current-heading = Exercice en cours : { $title }
practice-continue = Continuer l'exercice
practice-flaw-count = { $count ->
    [one] Le projet comporte { $count } défaut volontaire.
   *[other] Le projet comporte { $count } défauts volontaires.
}
practice-open-file-heading = Ouvrir un fichier d'entraînement
practice-open-file-intro = Un formateur ou une formatrice peut enregistrer un dossier fictif comme fichier d'entraînement depuis son profil. Ouvrez-en un ici pour vous exercer.
practice-file = Fichier d'entraînement
practice-open-file = Ouvrir le fichier d'entraînement
practice-file-none = Choisissez d'abord un fichier d'entraînement.
practice-file-unreadable = Le fichier n'a pas pu être lu.
practice-error-not-fictional = Ce fichier contient un dossier qui n'est pas marqué comme fictif. Les fichiers d'entraînement ne peuvent contenir que des dossiers inventés.
practice-error-malformed = Ce n'est pas un fichier d'entraînement : ce n'est pas du JSON lisible.
practice-error-wrong-format = Ce n'est pas un fichier d'entraînement Tell Once. Choisissez un fichier enregistré avec « Enregistrer comme fichier d'entraînement ».
practice-error-newer = Ce fichier d'entraînement a été enregistré par une version plus récente de Tell Once (version { $found } ; celle-ci lit jusqu'à la version { $supported }). Mettez l'application à jour pour l'ouvrir.
practice-error-invalid = Ce fichier d'entraînement est endommagé : { $detail }
practice-error-case = Le dossier de ce fichier d'entraînement est illisible : { $detail }
practice-workspace-heading = Dossier d'entraînement { $code }
practice-summary-heading = Le scénario
practice-tools = Outils d'entraînement
practice-reset = Réinitialiser
practice-reset-confirm-title = Réinitialiser le scénario ?
practice-reset-confirm = Toutes les modifications que vous avez apportées à ce projet seront annulées, et le scénario redeviendra tel qu'il était au départ.
practice-reset-confirm-action = Réinitialiser le scénario
practice-reset-done = Le scénario est revenu à son projet d'origine.
practice-score-link = Grille de score
practice-presenter-link = Vue présentateur
practice-choose-link = Choisir un autre scénario
practice-back-to-exercise = Retour à l'exercice
practice-none = Aucun exercice n'est ouvert. Choisissez d'abord un scénario.
practice-score-heading = Grille de score
practice-score-summary = { $fixed } défauts volontaires corrigés sur { $total }.
practice-group-repeated = Questions répétées restantes
practice-group-coach = Remarques de l'aide à la formulation restantes
practice-group-consent = Consentements manquants
practice-group-wellbeing = Risques pour le bien-être
practice-group-roles = Rôles dans la salle
practice-group-after-session = Après une séance : son compte rendu
practice-group-evidence = Sujets reposant sur la seule parole de la personne survivante
practice-group-left = Restants : { $left } sur { $total }
practice-fixed = Corrigé
practice-missed = Manqué
practice-rule-label = Règle { $rule }
practice-guidance-label = Référence
practice-introduced-heading = Nouveaux problèmes
practice-introduced-intro = La planification les relève maintenant, et ils n'étaient pas dans le projet. Vérifiez-les aussi.
practice-introduced-none = Vos modifications n'ont introduit aucun nouveau problème.
practice-presenter-heading = Vue présentateur
practice-presenter-position = { $position } sur { $total }
practice-presenter-next = Suivant
practice-presenter-previous = Précédent
practice-presenter-keys = Suivant : flèche droite ou Page suivante. Précédent : flèche gauche ou Page précédente. Échap : retour à la grille de score.
practice-presenter-back = Retour à la grille de score
practice-save-heading = Fichier d'entraînement
practice-save-intro = Enregistrez ce dossier comme fichier d'entraînement que les stagiaires peuvent ouvrir en mode entraînement. Le fichier n'est pas chiffré : c'est pourquoi seul un dossier créé comme fictif peut être enregistré.
practice-save-summary = Résumé pour les stagiaires (facultatif)
practice-save = Enregistrer comme fichier d'entraînement
practice-save-refused = Ce dossier n'a pas été créé comme fictif : il ne peut donc pas être enregistré comme fichier d'entraînement. Les dossiers réels ne quittent jamais le coffre sans être chiffrés. Pour vous former, créez un nouveau dossier fictif avec des données inventées.
practice-save-done = Fichier d'entraînement enregistré.

# Les sept règles de la planification, telles que la grille de score les explique.
practice-rule-1 = Déjà raconté : si un document que l'équipe peut obtenir contient déjà la réponse, et que la personne survivante a accepté son partage, lisez le document au lieu de reposer la question ; sinon, demandez ce consentement au lieu de poser la question. Une séance qui a eu lieu ne compte comme racontée qu'une fois enregistrée comme tenue, et ce qu'elle n'a pas demandé est reporté à la séance suivante.
practice-rule-2 = Doublons : quand deux organismes demandent la même chose, une seule personne qui mène l'entretien la demande une fois, pour les deux.
practice-rule-3 = Récits répétés : chaque fois que la personne survivante raconte à nouveau une partie de son histoire, cela la fait souffrir, et les différences entre les récits sont utilisées contre elle. Limitez au maximum le nombre de récits de chaque sujet.
practice-rule-4 = Consentement : l'enregistrement, le partage, les orientations, les examens médicaux et les photographies nécessitent le consentement éclairé de la personne survivante, finalité par finalité ; pour un enfant, le consentement du représentant légal et l'assentiment de l'enfant lui-même.
practice-rule-5 = Bien-être : des pauses au moins toutes les 90 minutes, peu de personnes dans la salle, un ou une interprète si les langues diffèrent, une personne de soutien proposée, un lieu neutre, un lien de confiance avant les sujets douloureux, et aucun sujet que la personne survivante a demandé d'éviter.
practice-rule-6 = Rôles : exactement une personne qui mène l'entretien pose les questions de tous les organismes, et exactement une personne chargée des notes officielles tient le compte rendu.
practice-rule-7 = Aide à la formulation : les questions ouvertes (Racontez, Expliquez, Décrivez) recueillent le récit propre de la personne survivante ; les questions suggestives, composées, à choix imposé, fermées et en « pourquoi » altèrent la preuve ou sonnent comme un reproche.

# Les références publiées sur lesquelles reposent les règles.
practice-guidance-who-2003 = Recommandations éthiques et de sécurité de l'OMS pour les entretiens avec les femmes victimes de la traite (2003) : ne pas nuire, vérifier si la personne a déjà été interrogée, obtenir un consentement éclairé, et proposer un soutien.
practice-guidance-abe = Achieving Best Evidence : enregistrer le récit une fois, bien, et réutiliser l'enregistrement plutôt que de mener un nouvel entretien.
practice-guidance-ovc-5-3 = Guide en ligne des groupes de travail de l'Office for Victims of Crime des États-Unis, section 5.3 : une seule personne chargée des notes officielles, pour qu'il n'y ait qu'un seul compte rendu de l'entretien.
practice-guidance-peace-unodc-8 = Entretien PEACE (Plan, Engage and explain, Account, Closure, Evaluate : planifier, établir le contact et expliquer, récit, clôture, évaluer), manuel de lutte contre la traite de l'ONUDC, module 8 : d'abord établir un lien de confiance, puis le récit libre avec des questions ouvertes.
practice-guidance-barnahus = Barnahus : un seul lieu adapté aux enfants et un seul entretien, mené par une seule personne formée, que tous les organismes suivent au lieu de mener un nouvel entretien.
practice-guidance-unodc-evidential-2017 = ONUDC, Evidential Issues in Trafficking in Persons Cases (2017) : un dossier est une mosaïque de preuves testimoniales, documentaires et matérielles, et il est plus solide lorsqu'il ne repose pas sur le seul témoignage de la victime.
practice-guidance-ovc-5-4 = Guide en ligne des groupes de travail de l'Office for Victims of Crime des États-Unis, section 5.4 : aucun détail n'est trop insignifiant pour être corroboré.
practice-language-unavailable = Les textes en { $language } de ce scénario n'ont pas pu être téléchargés. Vérifiez la connexion, puis recommencez.
