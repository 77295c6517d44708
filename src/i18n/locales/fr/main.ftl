### Tell Once : textes de l'interface en français.

app-name = Tell Once
# Le titre du document d'une page : le nom de la page, puis le nom du produit.
page-title = { $page } – { $app }

## Structure générale

skip-to-main = Aller au contenu principal
nav-label = Principal
nav-home = Accueil
nav-safety = Sécurité et confidentialité
nav-practice = Entraînement
quick-exit = Sortie rapide
quick-exit-hint = ou appuyez 3 fois sur Maj (Shift)
footer-device = Tout ce que vous saisissez reste dans ce navigateur. Rien n'est envoyé à aucun serveur.

## Page d'accueil

home-lead = Tell Once prépare les entretiens avec les personnes survivantes de la traite des êtres humains, pour qu'elles racontent chaque partie de leur histoire le moins de fois possible, avec leur consentement enregistré et respecté à chaque étape.
home-what-heading = Ce que fait l'application
home-tell-once-heading = Un seul récit, demandé une seule fois
home-tell-once = Elle tient un registre de ce que la personne survivante a déjà raconté, à qui et sous quelle forme. Elle réunit les questions de tous les organismes en un seul plan d'entretien, posé par une seule personne qui mène l'entretien, et signale ce à quoi répond déjà un document que l'équipe peut obtenir.
home-consent-heading = Le consentement, finalité par finalité
home-consent = Elle enregistre le consentement éclairé pour chaque finalité : qui l'a enregistré, quand, comment et dans quelle langue. Le consentement peut être retiré à tout moment, et chaque partie du plan d'entretien qui en dépend est aussitôt signalée.
home-referrals-heading = Un soutien qui accompagne la personne
home-referrals = Elle ajoute des orientations vers des services de soutien à partir d'un répertoire local, et prépare une fiche remise à la personne survivante dans sa propre langue.
home-device-heading = Rien ne quitte cet appareil
home-device = Tell Once fonctionne entièrement dans ce navigateur. L'application n'a ni serveur ni compte utilisateur, et n'envoie rien sur le réseau. Ce que vous saisissez est conservé dans ce navigateur, et n'en sort que dans un fichier d'exportation que vous choisissez de créer.
home-who-heading = Pour qui
home-who = Les enquêteurs, enquêtrices et magistrats du parquet qui préparent une séance, les spécialistes de l'aide aux victimes qui enregistrent le consentement et les orientations, et les formateurs et formatrices qui montrent les bonnes pratiques sur des dossiers fictifs.

## Page sécurité et confidentialité

safety-heading = Sécurité et confidentialité
safety-exit-heading = Partir en urgence
safety-exit = Appuyez sur le bouton Sortie rapide, en haut de chaque page, ou appuyez 3 fois de suite sur la touche Maj (Shift). La page disparaît aussitôt, tout ce qui était affiché est effacé de la mémoire, et un site web neutre s'ouvre à sa place.
safety-exit-history = La sortie rapide remplace cette page dans l'historique du navigateur : le bouton Retour ne la fait donc pas réapparaître.
safety-storage-heading = Ce qui est conservé, et où
safety-storage = Tell Once conserve ce que vous saisissez uniquement dans ce navigateur, sur cet appareil. L'application n'a ni serveur ni compte utilisateur, et personne d'autre ne peut voir votre travail, sauf si vous l'exportez dans un fichier et partagez ce fichier.
safety-network = L'application ne communique avec aucun autre site web. Sa politique de sécurité l'interdit, et ses tests le vérifient à chaque modification.
safety-origin = Tell Once doit être publié à une adresse qui lui est propre (son propre nom d'hôte, comme tellonce.example.org), jamais à côté d'autres pages web sur le même hôte. Le navigateur permet à toutes les pages d'un même hôte de lire le même stockage : une autre page de cet hôte pourrait lire ou modifier ce que Tell Once conserve, et l'effacement, qui ne supprime que ce que Tell Once a écrit, ne peut pas distinguer par le seul nom les données de cette page des siennes.
safety-shared-heading = Sur un appareil partagé ou emprunté
safety-shared = Dans la mesure du possible, utilisez un appareil de confiance. Quand vous avez terminé, partez avec la Sortie rapide ou fermez la fenêtre du navigateur.

## Page introuvable

not-found-heading = Page introuvable
not-found = Il n'y a aucune page à cette adresse.
not-found-home = Aller à la page d'accueil

## Navigation ajoutée avec le coffre

nav-cases = Dossiers
nav-vault = Coffre et sauvegardes
nav-exchange = Échange
save = Enregistrer
cancel = Annuler

## Coffre : premier lancement, déverrouillage, verrouillage

vault-opening = Ouverture du coffre…
vault-unavailable-heading = Ce navigateur ne peut pas conserver de coffre
vault-unavailable = Le navigateur a refusé l'accès à son stockage, ce qui arrive dans certaines fenêtres de navigation privée. Ouvrez Tell Once dans une fenêtre normale d'un navigateur de confiance.
create-heading = Créer votre coffre
create-intro = Vos dossiers sont conservés chiffrés dans ce navigateur, dans un coffre que seule votre phrase secrète peut ouvrir.
create-warning = Personne ne peut récupérer une phrase secrète oubliée, pas même les auteurs de Tell Once. Conservez-la en lieu sûr, et exportez des sauvegardes.
passphrase = Phrase secrète
passphrase-confirm = Saisissez à nouveau la phrase secrète
passphrase-rules = Au moins 12 caractères, et difficile à deviner : les mots de passe courants, les noms, les dates, les rangées de touches et les suites sont refusés. Quatre mots sans rapport entre eux, ou plus, forment une phrase secrète solide et facile à retenir.
passphrase-not-saved = Il est demandé au navigateur de ne pas enregistrer ni remplir cette phrase secrète : sur un appareil partagé ou saisi, une phrase secrète enregistrée ouvrirait tous les dossiers.
strength = Robustesse : { $rating }
strength-weak = faible, facile à deviner
strength-fair = moyenne, mais encore trop facile à deviner pour ce coffre
strength-strong = forte
strength-very-strong = très forte
create-progress = Création du coffre. Cela prend quelques secondes…
create-submit = Créer le coffre
unlock-heading = Déverrouiller votre coffre
unlock-intro = Saisissez votre phrase secrète pour ouvrir vos dossiers. Le coffre se verrouille à nouveau après quelques minutes d'inactivité.
unlock-progress = Déverrouillage. Cela prend quelques secondes…
unlock-submit = Déverrouiller
locked-inactivity = Le coffre s'est verrouillé après une période d'inactivité.
vault-lock = Verrouiller
locked-unsaved-kept = Le coffre s'est verrouillé avant l'enregistrement de ces dossiers : { $cases }. Leurs dernières modifications sont scellées, chiffrées, dans le journal de ce navigateur, et reviennent quand vous déverrouillez.
locked-unsaved-lost = Les dernières modifications de ces dossiers n'ont pas pu être conservées, car le stockage du navigateur est plein ou indisponible : { $cases }. Le coffre s'est tout de même verrouillé pour les protéger. Après le déverrouillage, vérifiez ces dossiers et refaites les modifications ; libérez d'abord de l'espace de stockage.
lock-waiting = Verrouillage : attente jusqu'à { $time } de l'enregistrement de vos modifications…
lock-waiting-failed = Le coffre se verrouille. Il attend cet enregistrement jusqu'à { $time } ; ensuite il se verrouille quand même, et conserve vos modifications non enregistrées, chiffrées, dans le journal de ce navigateur jusqu'au prochain déverrouillage.
journal-conflict-heading = Deux versions du dossier { $case }
journal-conflict-text = Le journal de ce navigateur a conservé des modifications du dossier { $case } qui n'avaient pas été enregistrées, mais le coffre contient maintenant une version du dossier enregistrée après le début de ces modifications. Choisissez celle à garder ; l'autre est abandonnée.
journal-conflict-keep-journal = Garder les modifications du journal pour { $case }
journal-conflict-keep-vault = Garder la version du coffre pour { $case }
journal-unreadable-heading = Modifications non enregistrées illisibles
journal-unreadable-text = { $count ->
    [one] Une entrée du journal des modifications non enregistrées de ce navigateur ne peut pas être lue avec ce coffre : elle est endommagée, ou elle a été écrite par un coffre qui a été effacé. Elle est mise de côté dans ce navigateur, pas supprimée ; l'effacement du coffre la supprime.
   *[other] { $count } entrées du journal des modifications non enregistrées de ce navigateur ne peuvent pas être lues avec ce coffre : elles sont endommagées, ou elles ont été écrites par un coffre qui a été effacé. Elles sont mises de côté dans ce navigateur, pas supprimées ; l'effacement du coffre les supprime.
}
journal-unreadable-dismiss = J'ai compris

## État de l'enregistrement

save-saved = Toutes les modifications sont enregistrées
save-saved-at = Enregistré à { $time }
save-saving = Enregistrement…
save-failed = Non enregistré
save-failed-heading = Vos modifications ne sont pas enregistrées
save-failed-text = { $reason } Vos modifications sont conservées dans cette fenêtre et un nouvel enregistrement sera tenté à { $time }. Ne fermez pas cet onglet : exportez une copie maintenant.
save-retry-now = Réessayer d'enregistrer maintenant
save-failed-lock = Verrouiller quand même le coffre
export-now-heading = Exporter maintenant

## Deux onglets

tabs-follower-heading = Ouvert dans un autre onglet
tabs-follower = Ce coffre est en cours de modification dans un autre onglet ; cet onglet-ci est donc en lecture seule. Il affiche les modifications faites là-bas.
tabs-take-over = Modifier plutôt dans cet onglet
tabs-taking-over = Reprise en cours…

## Liste des dossiers

cases-heading = Dossiers
case-new-heading = Nouveau dossier
case-code = Code du dossier
case-code-hint = Un code pseudonyme comme TO-2026-014. Jamais le nom de la personne survivante.
case-create = Créer le dossier
case-new-fictional = Dossier fictif (pour la formation)
case-new-fictional-hint = Uniquement pour des personnes inventées. Un dossier fictif peut être enregistré comme fichier d'entraînement non chiffré ; un dossier réel jamais, et un dossier ne peut pas être rendu fictif après coup.
case-fictional-confirm-title = Créer un dossier fictif ?
case-fictional-confirm-message = Un dossier fictif sert uniquement à la formation : tout ce qu'il contient doit être inventé, et ne jamais concerner une personne réelle. Il peut être enregistré comme fichier d'entraînement, qui n'est pas chiffré et que toute personne qui l'a en main peut lire. Cette mention ne peut pas être ajoutée plus tard à un dossier réel.
case-fictional-confirm = Créer le dossier fictif
case-list-heading = Vos dossiers
case-search = Rechercher des dossiers par code
case-list-empty = Il n'y a encore aucun dossier.
case-search-none = Aucun code de dossier ne correspond à cette recherche.
case-fictional-tag = Fictif
case-rename = Renommer
case-rename-named = Renommer { $code }
case-rename-label = Nouveau code pour { $code }
case-duplicate = Dupliquer
case-duplicate-named = Dupliquer { $code }
case-copy-word = copie
case-delete = Supprimer
case-delete-named = Supprimer { $code }
case-delete-title = Supprimer { $code } ?
case-delete-message = Le dossier et tout son contenu sont supprimés de ce navigateur. C'est irréversible ; exportez d'abord une sauvegarde si vous pourriez en avoir besoin.
case-delete-confirm = Supprimer le dossier
integrity-heading = Modifié en dehors de Tell Once
integrity-intro = Quelqu'un ou quelque chose a modifié le stockage de ce coffre sans passer par Tell Once : une copie plus ancienne remise en place, un enregistrement supprimé ou ajouté, ou les informations du coffre modifiées. Rien n'a été supprimé et tout le reste s'ouvre normalement. Si vous n'êtes pas à l'origine de ce changement, considérez cet appareil comme compromis : comparez ces dossiers avec votre dernière exportation, et prévenez votre responsable.
integrity-rolled-back = Le dossier { $case } a été modifié en dehors de Tell Once : une copie plus ancienne (version { $found }) a remplacé la version { $expected }. Il s'ouvre dans cette version plus ancienne.
integrity-missing = Le dossier { $case } a été modifié en dehors de Tell Once : son enregistrement a été supprimé. Restaurez-le à partir d'une exportation.
integrity-altered = Le dossier { $case } a été modifié en dehors de Tell Once : son enregistrement n'est pas celui que ce coffre a enregistré.
integrity-unlisted = Le dossier { $case } a été ajouté à ce coffre en dehors de Tell Once.
integrity-metadata = Les informations non chiffrées du coffre (comme son organisation ou la date de la dernière exportation) ont été modifiées en dehors de Tell Once.
integrity-directory = Le répertoire des services a été modifié en dehors de Tell Once.
integrity-settings = Les réglages du coffre ont été modifiés en dehors de Tell Once.
integrity-exchange-keys = Les clés de partage et les contacts du coffre ont été modifiés en dehors de Tell Once.
integrity-contributions = Les contributions du coffre aux demandes de questions d'autres organismes ont été modifiées en dehors de Tell Once.
integrity-manifest = La liste que le coffre tient de ses propres enregistrements a été supprimée ou modifiée en dehors de Tell Once : aucun dossier n'a donc pu être vérifié cette fois-ci. Le prochain enregistrement la réécrit.
unreadable-heading = Enregistrements illisibles
unreadable-intro = Ces enregistrements sont endommagés ou ont été modifiés en dehors de Tell Once. Ils ont été mis de côté, pas supprimés ; tous les autres dossiers s'ouvrent normalement.
unreadable-item = Enregistrement { $id } : { $reason }

## Un dossier

case-heading = Dossier { $code }
case-missing-heading = Dossier introuvable
case-missing = Il n'y a aucun dossier à cette adresse dans le coffre. Il a peut-être été supprimé.
planner-checking = Vérification du plan d'entretien de ce dossier. Un dossier volumineux demande un moment ; la sortie rapide fonctionne pendant ce temps.
planner-restarted = Les vérifications de la planification se sont arrêtées et ont été relancées. Rien n'a été perdu : les constats ci-dessous portent sur le dossier dans son état actuel.

## Parties de l'application téléchargées la première fois qu'elles servent
part-loading = Ouverture de cette page…
part-failed-heading = Cette page n'a pas pu être ouverte
part-failed = Sa partie de Tell Once n'a pas pu être téléchargée. Vérifiez la connexion, puis réessayez.
part-retry = Réessayer
case-back-to-list = Retour à la liste des dossiers
profile-heading = Profil de la personne survivante
profile-intro = Ce dont l'équipe a besoin pour préparer l'entretien avec soin. Aucun nom n'est nécessaire, nulle part.
profile-language = Langue préférée
profile-language-hint = Tapez le nom de la langue, en français ou dans la langue elle-même, puis choisissez-la dans la liste.
profile-interpreter = Un ou une interprète est nécessaire
profile-age-group = Tranche d'âge
age-group-adult = Adulte
age-group-minor = Mineur (un représentant légal décide avec l'enfant)
profile-support-person = Personne de soutien
profile-support-person-hint = Une fonction, pas un nom : par exemple travailleur social ou travailleuse sociale d'une ONG.
profile-accommodations = Aménagements
profile-accommodations-hint = Un par ligne, par exemple : entretien mené par une femme, séances courtes.
case-fictional = Ceci est un dossier fictif pour la formation

## Page du coffre et sauvegardes

vault-heading = Coffre et sauvegardes
backup-heading = Sauvegardes
backup-intro = Une exportation est un fichier chiffré avec une phrase secrète que vous choisissez. Conservez-la sur un appareil de confiance ; l'outil standard age peut aussi l'ouvrir (age -d).
backup-last = Dernière exportation : { $when }.
backup-never = Aucune exportation n'a encore été faite.
backup-stale = Votre dernière exportation date de plus de 7 jours. Certains navigateurs suppriment les données d'un site après 7 jours sans utilisation : exportez maintenant.
storage-persisted = Ce navigateur a accepté de conserver le coffre même quand l'espace de stockage vient à manquer.
storage-not-persisted = Ce navigateur peut supprimer le coffre quand l'espace de stockage vient à manquer. Exportez régulièrement des sauvegardes.
export-intro = Exporte tous les dossiers, y compris les modifications pas encore enregistrées.
export-passphrase = Phrase secrète du fichier d'exportation
export-passphrase-confirm = Saisissez à nouveau la phrase secrète de l'exportation
export-progress = Chiffrement de l'exportation…
export-submit = Exporter tous les dossiers
export-submit-one = Exporter { $code }
export-scope = Dossiers à exporter
export-scope-all = Tous les dossiers
export-done = { $count ->
    [one] 1 dossier exporté. Vérifiez vos téléchargements.
   *[other] { $count } dossiers exportés. Vérifiez vos téléchargements.
}

## Page du coffre : importation

import-heading = Importer des dossiers
import-intro = Récupérez des dossiers à partir d'un fichier d'exportation créé par Tell Once, ou d'un fichier de dossier chiffré avec age -p. Vous voyez ce que contient le fichier avant que quoi que ce soit ne soit ajouté, et rien dans ce coffre n'est remplacé sans votre confirmation.
import-file = Fichier d'exportation à importer
import-file-hint = Un fichier .age de { $max } Mo au maximum.
import-passphrase = Phrase secrète du fichier d'exportation
import-open = Ouvrir le fichier
import-progress = Ouverture du fichier. Cela prend quelques secondes…
import-no-file = Choisissez d'abord le fichier d'exportation à importer.
import-read-failed = Le navigateur n'a pas pu lire ce fichier. Choisissez-le à nouveau.
import-plan-heading = Ce que contient le fichier
import-plan-summary = { $count ->
    [one] Le fichier contient 1 dossier. Choisissez ce qu'il faut importer, puis appuyez sur Importer.
   *[other] Le fichier contient { $count } dossiers. Choisissez ce qu'il faut importer, puis appuyez sur Importer.
}
import-plan-summary-dated = { $count ->
    [one] Le fichier contient 1 dossier, exporté le { $when }. Choisissez ce qu'il faut importer, puis appuyez sur Importer.
   *[other] Le fichier contient { $count } dossiers, exportés le { $when }. Choisissez ce qu'il faut importer, puis appuyez sur Importer.
}
import-case-legend = { $code } : { $status }
import-case-new = nouveau dans ce coffre
import-case-exists = déjà dans ce coffre
import-case-unusable = ne peut pas être importé. { $reason }
import-choice-import = Importer
import-choice-skip = Ignorer
import-choice-keep-both = Garder les deux (importer comme copie)
import-choice-replace = Remplacer le dossier de ce coffre
import-choice-needed = { $code } est déjà dans ce coffre : choisissez garder les deux, remplacer ou ignorer.
import-submit = Importer
import-copy-word = importé
import-replace-title = { $count ->
    [one] Remplacer 1 dossier ?
   *[other] Remplacer { $count } dossiers ?
}
import-replace-message = La version de { $codes } présente dans ce coffre sera remplacée par celle du fichier. C'est irréversible ; exportez d'abord une sauvegarde si vous pourriez en avoir besoin.
import-replace-confirm = Remplacer et importer
import-done = { $count ->
    [0] Rien n'a été importé.
    [one] 1 dossier importé.
   *[other] { $count } dossiers importés.
}
import-renamed = { $from } a été importé sous le code { $code }.

## Page du coffre : changer la phrase secrète

change-passphrase-heading = Changer la phrase secrète
change-passphrase-intro = Choisissez une nouvelle phrase secrète pour ce coffre. La phrase actuelle est d'abord vérifiée ; en cas de problème, rien n'est modifié et la phrase secrète actuelle ouvre toujours le coffre.
change-passphrase-current = Phrase secrète actuelle
change-passphrase-new = Nouvelle phrase secrète
change-passphrase-confirm = Saisissez à nouveau la nouvelle phrase secrète
change-passphrase-rotate = Remplacer aussi la clé du coffre (rechiffre chaque dossier)
change-passphrase-rotate-hint = Faites-le si l'ancienne phrase secrète ou une copie du stockage de ce navigateur a pu être vue par quelqu'un d'autre : les enregistrements copiés avant le changement ne s'ouvriront pas avec la nouvelle clé. C'est plus long quand il y a beaucoup de dossiers.
change-passphrase-submit = Changer la phrase secrète
change-passphrase-progress = Vérification de la phrase secrète actuelle et protection de la clé du coffre par la nouvelle. Cela prend quelques secondes…
change-passphrase-rotating = Rechiffrement des dossiers : { $done } sur { $total }
change-passphrase-done = Phrase secrète changée. Désormais, seule la nouvelle phrase secrète ouvre le coffre.
change-passphrase-rotated = Phrase secrète changée et clé du coffre remplacée : { $records } enregistrements rechiffrés. Désormais, seule la nouvelle phrase secrète ouvre le coffre.
change-passphrase-current-blank = Saisissez la phrase secrète actuelle.
change-passphrase-unsaved = Certaines modifications ne sont pas encore enregistrées. Attendez que chaque modification apparaisse comme enregistrée, puis remplacez la clé du coffre.
change-passphrase-failed = Rien n'a été modifié : { $reason }

## Page du coffre : verrouillage automatique

auto-lock-heading = Verrouillage automatique
auto-lock-label = Verrouiller le coffre après
auto-lock-choice = { $minutes ->
    [one] 1 minute d'inactivité
   *[other] { $minutes } minutes d'inactivité
}
auto-lock-hint = Ce choix est conservé dans ce navigateur et s'applique immédiatement.
auto-lock-saved = Enregistré.
auto-lock-not-saved = Le navigateur a refusé de conserver ce choix ; il s'applique jusqu'à la fermeture de la page.

## Page du coffre : tout effacer

wipe-heading = Tout effacer
wipe-intro = Supprime toute trace de Tell Once de ce navigateur : le coffre et tous ses dossiers, vos préférences, et tout ce qui est conservé pour le travail hors ligne. L'application repart ensuite de zéro.
wipe-warning = C'est irréversible. Les dossiers que vous n'avez pas exportés sont définitivement perdus.
wipe-start = Tout effacer
wipe-countdown = { $seconds ->
    [one] Tout sera effacé dans 1 seconde. Appuyez sur Annuler pour arrêter.
   *[other] Tout sera effacé dans { $seconds } secondes. Appuyez sur Annuler pour arrêter.
}
wipe-cancel = Annuler l'effacement
wipe-cancelled = Effacement annulé. Rien n'a été supprimé.
wipe-progress = Effacement de tout le contenu…
wipe-incomplete = L'effacement n'a pas pu supprimer le stockage du coffre : un autre onglet ou une autre fenêtre de Tell Once le garde ouvert. Vos dossiers ont été effacés, mais le coffre vide subsiste. Fermez tous les autres onglets et fenêtres de Tell Once, puis effacez à nouveau. Si ce message revient, effacez les données de ce site dans les réglages du navigateur.

export-for = Quoi exporter
export-for-team = Le dossier complet, pour l'équipe
export-for-agency = Paquet de partage pour { $agency }
export-for-hint = Un paquet de partage ne contient que ce que la personne survivante a consenti à partager avec cet organisme : ses propres questions, les récits antérieurs qu'il peut voir, et les consentements correspondants.
export-format = Forme de l'exportation
export-format-tell-once = Fichier Tell Once (le dossier, à importer dans Tell Once)
export-format-htcds-csv = HTCDS 2.0, CSV (consentement et orientations, pour un système de données de dossiers)
export-format-htcds-json = HTCDS 2.0, JSON (consentement et orientations, pour un système de données de dossiers)
export-format-hint = HTCDS est le Human Trafficking Case Data Standard de l'OIM (norme de données sur les dossiers de traite). Il contient le consentement à participer et chaque orientation envoyée, avec les organisations, et rien de ce que la personne survivante a dit. Il ne prévoit ni le consentement par finalité, ni ses retraits, ni l'état d'une orientation : ces éléments restent dans Tell Once.
export-submit-htcds = Exporter { $code } pour HTCDS
export-htcds-done = Le fichier HTCDS est chiffré avec votre phrase secrète et prêt à être enregistré. Ouvrez-le avec age (age -d) avant de le charger dans un système de données de dossiers.
export-submit-packet = Exporter le paquet de partage de { $code } pour { $agency }

## Erreurs

error-wrong-passphrase = Cette phrase secrète n'ouvre pas ce coffre. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.
error-passphrase-blank = Saisissez une phrase secrète.
error-passphrase-short = La phrase secrète est trop courte : utilisez au moins { $min } caractères.
error-passphrase-guessable = Cette phrase secrète est trop facile à deviner.
error-passphrase-guessable-why = Cette phrase secrète est trop facile à deviner : { $why }
weakness-keyboard-pattern = les rangées et motifs de touches sont parmi les premières choses essayées.
weakness-repeats = les caractères ou groupes répétés n'ajoutent presque rien.
weakness-common-password = c'est l'un des mots de passe les plus utilisés.
weakness-near-common-password = c'est un mot de passe courant légèrement modifié.
weakness-sequence = les suites comme abc ou 6543 sont essayées très tôt.
weakness-recent-year = les années récentes sont essayées très tôt.
weakness-date = les dates sont essayées très tôt.
weakness-single-word = un mot isolé se trouve dans un dictionnaire.
weakness-name = les prénoms et noms de famille se trouvent dans des listes de noms.
advice-unrelated-words = Utilisez quatre mots sans rapport entre eux, ou plus, et non une phrase connue.
advice-add-words = Ajoutez un ou deux mots ; les mots peu courants sont préférables.
advice-tricks-do-not-help = Les majuscules, les mots à l'envers et les substitutions comme @ pour a n'aident pas beaucoup.
advice-avoid-repeats = Évitez les mots et les caractères répétés.
advice-avoid-sequences = Évitez les suites.
advice-avoid-dates = Évitez les années et les dates, surtout celles qui vous sont liées.
error-passphrase-mismatch = Les deux phrases secrètes diffèrent. Saisissez la même phrase secrète dans les deux champs.
error-vault-key-damaged = La clé du coffre dans ce navigateur est endommagée ou a été modifiée : le coffre ne peut donc pas être ouvert. Restaurez vos dossiers à partir d'une exportation.
error-vault-newer = Ce coffre a été créé par une version plus récente de Tell Once. Utilisez cette version plus récente pour l'ouvrir.
error-vault-exists = Un coffre existe déjà dans ce navigateur. Déverrouillez-le plutôt.
error-no-vault = Il n'y a pas encore de coffre dans ce navigateur. Créez-en d'abord un.
error-case-not-found = Ce dossier n'est plus dans le coffre.
error-case-unreadable = L'enregistrement de ce dossier est illisible. Il a été mis de côté.
error-internal = Un problème est survenu dans Tell Once ({ $detail }). Vos données en mémoire sont inchangées.
error-storage-full = Le stockage du navigateur est plein.
error-storage-read-only = Le stockage du navigateur est en lecture seule.
error-storage-unavailable = Le stockage du navigateur ne peut pas être utilisé pour le moment.
error-storage-failed = Le stockage du navigateur a échoué ({ $detail }).
error-storage-verify = Un enregistrement n'a pas pu être relu à l'identique.
error-code-blank = Saisissez un code de dossier.
error-code-taken = Un autre dossier utilise déjà ce code. Choisissez-en un autre.
error-export = L'exportation a échoué ({ $detail }). Rien n'a été écrit.
error-download = Le navigateur n'a pas lancé le téléchargement. Réessayez.

## Espace de travail du dossier

workspace-sections = Sections du dossier
headline-avoided = { $count ->
    [one] Ce plan d'entretien évite 1 question répétée.
   *[other] Ce plan d'entretien évite { $count } questions répétées.
}
headline-achieved = { $told ->
    [one] La personne survivante a raconté chaque sujet une seule fois : { $once } sur 1 sujet.
   *[other] La personne survivante a raconté chaque sujet une seule fois : { $once } sur { $told } sujets.
}
agencies-heading = Organismes
accounts-heading = Récits antérieurs
questions-heading = Questions
session-heading = Plan des séances
findings-heading = Constats
coverage-heading = Couverture
consent-heading = Consentement
referrals-heading = Orientations
handout-heading = Fiche remise à la personne survivante
handout-intro = Une feuille pour la personne survivante, dans sa langue : ses droits pendant l'entretien, les consentements qu'elle a donnés et comment les retirer, et ses contacts de soutien. Imprimez-la, ou enregistrez-la en PDF.
handout-language = Langue de la fiche remise
handout-language-missing = La fiche remise n'est pas disponible dans la langue de la personne survivante ({ $language }). Choisissez la langue qu'elle lit le mieux, et demandez à l'interprète de la parcourir avec elle.
handout-review-source = Le texte source : toutes les traductions sont faites à partir de lui.
handout-review-machine-assisted = Traduit avec l'aide d'une machine, pas encore relu par une personne de langue maternelle. Faites-le vérifier par une personne de langue maternelle avant de le remettre à la personne survivante.
handout-review-reviewed = Relu par une personne de langue maternelle.
print-handout = Imprimer la fiche remise
interface-language = Langue
interface-language-en = English
interface-language-es = Español
interface-language-fr = Français
interface-language-pt = Português
interface-language-unavailable = Les textes en { $language } n'ont pas pu être téléchargés. Vérifiez la connexion et choisissez à nouveau la langue.

# Une langue par son nom (les noms du navigateur) ; un dossier ne garde que son code.
language-with-autonym = { $name } — { $autonym }
language-unknown = { $tag } (une langue que ce navigateur ne connaît pas ; gardée telle quelle)
language-unknown-note = Ce navigateur n'a pas de nom pour ce code de langue : il est gardé tel quel. Choisissez la langue dans la liste pour le remplacer.
language-not-set = non indiquée
language-picker-list = Suggestions
language-picker-no-match = Aucune langue ne correspond à « { $text } ». Tapez son nom en français ou dans la langue elle-même, ou un code de langue comme sq.

error-import-too-large = Le fichier fait { $size } Mo, au-delà de la limite de { $max } Mo pour une importation. Il n'a pas été ouvert. Choisissez un fichier d'exportation créé par Tell Once.
error-import-not-age = Ce n'est pas un fichier d'exportation chiffré. Choisissez un fichier exporté par Tell Once (se terminant par .age) ou créé avec age -p.
error-import-age-version = Ce fichier utilise une version plus récente du format age, que Tell Once ne sait pas lire.
error-import-truncated = Le fichier est incomplet : il a été tronqué. Copiez-le ou téléchargez-le à nouveau.
error-import-not-passphrase = Le fichier est chiffré pour une clé, pas avec une phrase secrète. Chiffrez-le à nouveau avec age -p.
error-import-work-factor = Le facteur de travail scrypt du fichier est { $required } ; Tell Once ouvre les fichiers jusqu'au facteur de travail { $max } : il n'a donc pas été ouvert. Chiffrez à nouveau le fichier avec age -p, qui utilise 18, ou exportez-le à nouveau depuis Tell Once.
error-import-work-factor-memory = Le facteur de travail scrypt du fichier est { $required }, ce qui demande plus de mémoire que ce navigateur n'en a : il n'a donc pas été ouvert. Chiffrez à nouveau le fichier avec age -p, qui utilise 18, ou exportez-le à nouveau depuis Tell Once.
error-import-wrong-passphrase = Cette phrase secrète n'ouvre pas ce fichier. Utilisez la phrase secrète choisie lors de l'exportation du fichier.
error-import-corrupted = Le fichier a été modifié ou endommagé après sa création. Utilisez une autre copie.
error-import-not-tell-once = Le fichier s'ouvre, mais ce n'est ni une exportation ni un dossier Tell Once.
error-import-newer = Le fichier a été exporté par une version plus récente de Tell Once. Mettez l'application à jour pour l'importer.
error-import-duplicate = Le fichier contient deux fois le dossier { $id } : il est donc incohérent. Rien n'a été importé.
error-import-case-newer = Il a été créé par une version plus récente de Tell Once.
error-import-case-unreadable = Son contenu est illisible ({ $detail }).
error-import-invalid-case = Le dossier { $id } du fichier ne peut pas être importé : { $reason } Rien n'a été importé.
error-import-case-too-large = Le dossier { $code } du fichier contient { $count } { $part ->
    [questions] questions
    [prior-accounts] récits antérieurs
    [consent-events] enregistrements de consentement
    [sessions] séances
    [referrals] orientations
   *[history-entries] entrées d'historique
}, soit plus que les { $max } qu'une importation accepte. Rien n'a été importé. Retirez ce dont le dossier n'a pas besoin, ou répartissez-le en plusieurs dossiers, puis exportez-le à nouveau.
error-import-inconsistent = Le fichier est incohérent : un dossier figure sous l'identifiant d'un autre dossier. Rien n'a été importé.
plan-heading = Plan d'entretien
plan-intro = Le plan d'entretien pour l'équipe, une séance par page : qui est dans la salle et dans quel rôle, les pauses, et les questions dans l'ordre des phases PEACE. Imprimez-le, ou enregistrez-le en PDF.
plan-print = Imprimer le plan d'entretien
plan-title = Plan d'entretien du dossier { $code }
plan-confidential = Confidentiel : réservé à l'équipe d'entretien. Ne remettez pas ce plan à la personne survivante.
plan-document = Ce qu'il faut afficher et imprimer
plan-document-full = Le plan d'entretien complet, pour l'équipe
plan-document-brief = Note pour la personne qui mène l'entretien : { $session }
plan-print-brief = Imprimer la note pour la personne qui mène l'entretien
plan-told = Ce que la personne survivante a déjà raconté
plan-told-none = Aucun récit antérieur n'est enregistré.
plan-evidence = Demandes d'éléments de preuve, par organisme
plan-evidence-none = Aucun élément de preuve demandé pour l'instant.
plan-evidence-line = { $item } ({ $kind }) : { $status }{ $dates }.
plan-evidence-requested = demandé le { $date }
plan-evidence-obtained = obtenu le { $date }
plan-evidence-not-obtainable = jugé impossible à obtenir le { $date }
brief-title = Note pour la personne qui mène l'entretien, dossier { $code }
brief-interpreter = Interprète nécessaire
brief-yes = Oui
brief-no = Non
brief-accommodations = Aménagements
brief-avoid = Sujets à ne pas aborder
brief-none = Aucun enregistré
brief-blind = Cette note laisse de côté ce que disaient les récits antérieurs, pour que vous arriviez à l'entretien sans attentes qui pourraient orienter la personne survivante. L'équipe dispose du plan d'entretien complet.
plan-sessions-none = Aucune séance n'est encore prévue.
plan-session-heading = Séance { $number } : { $date }
plan-place = Lieu
plan-duration = Durée
plan-minutes = { $minutes } minutes
plan-breaks = Pauses
plan-breaks-none = Aucune prévue
plan-question-break = Pause pour les questions
plan-question-break-yes = Avant la clôture : les observateurs et observatrices transmettent leurs questions à la personne qui mène l'entretien
plan-question-break-no = Aucune prévue
plan-break-at = après { $minute } minutes
plan-language = Langue de la séance
plan-survivor-language = Langue de la personne survivante
plan-lead = Personne qui mène l'entretien
plan-attendees = Dans la salle
plan-questions = Questions
plan-questions-none = Aucune question n'est encore prévue pour cette séance.
plan-asked-for = (pour { $agencies })
plan-unplaced = Questions pas encore placées dans une séance

## Une nouvelle version de l'application (mise à jour du service worker)
update-heading = Une nouvelle version de Tell Once est prête
update-ready = Elle fonctionne hors ligne comme celle-ci. Vos dossiers restent dans le coffre chiffré de ce navigateur : le passage à la nouvelle version enregistre d'abord chaque modification et verrouille le coffre, puis recharge la page.
update-now = Enregistrer, verrouiller et utiliser la nouvelle version
update-switching = Enregistrement et changement de version…

## Qui fait les modifications : le nom d'auteur dans l'historique des dossiers
author-heading = Votre nom dans l'historique des dossiers
author-ask-heading = Qui fait des modifications dans ce coffre ?
author-intro = Chaque modification d'un dossier est conservée dans son historique, avec l'heure et le nom ou la fonction que vous indiquez ici, par exemple « Enquêtrice, police du port ». Ce nom est conservé chiffré dans ce coffre et n'est jamais mis dans un paquet de partage.
author-label = Votre nom ou votre fonction pour l'historique
author-keep = Utiliser ce nom dans l'historique
author-saved = Les modifications sont désormais enregistrées comme faites par { $name }.
author-error-blank = Saisissez un nom ou une fonction, par exemple « Spécialiste de l'aide aux victimes ».
author-error-too-long = Limitez-vous à { $max } caractères au maximum.
edit-refused = Cette modification n'a pas été faite : { $reason }

## Échange entre organismes : clés de partage, contacts et fichiers échangés

exchange-key-error-blank = Collez la clé de partage de l'organisme. Elle commence par age1.
exchange-key-error-secret-key = Ceci est une clé secrète, qui ne doit jamais être partagée. Demandez à l'organisme sa clé de partage publique (elle commence par age1), et dites-lui de créer une nouvelle paire de clés.
exchange-key-error-not-a-key = Ceci n'est pas une clé de partage. Une clé de partage commence par age1 et compte 62 caractères.
exchange-key-error-checksum = Cette clé de partage contient une erreur : sa somme de contrôle ne correspond pas. Copiez-la à nouveau, ou comparez-la caractère par caractère.
exchange-key-error-own-key = Ceci est la clé de partage de ce coffre lui-même. Ajoutez la clé de l'autre organisme.
contact-error-blank-name = Saisissez le nom de l'organisme.
contact-error-already-a-contact = Cette clé de partage est déjà celle du contact { $agency }.
contact-error-unknown = Aucun contact n'a cette clé de partage.
exchange-file-error-too-large = Le fichier fait { $size } Mo, au-delà de la limite de { $max } Mo. Il n'a pas été ouvert.
exchange-file-error-file = Le fichier ne peut pas être ouvert : { $reason }
exchange-file-error-not-for-this-vault = Ce fichier a été créé pour la clé de partage d'un autre organisme. Ce coffre ne peut pas l'ouvrir.
exchange-file-error-passphrase-needed = Cette demande est protégée par une phrase secrète. Saisissez celle que l'organisme pilote vous a donnée.
exchange-file-error-not-a-request = Ce fichier n'est pas une demande de questions.
exchange-file-error-not-a-return = Ce fichier n'est pas un retour à une demande de questions.
exchange-file-error-newer = Ce fichier a été créé par une version plus récente de Tell Once (format { $found } ; cette version lit jusqu'au format { $supported }). Mettez l'application à jour.
exchange-file-error-damaged = Le fichier s'ouvre, mais son contenu est endommagé.
exchange-file-error-own-request = Cette demande de questions a été créée dans ce coffre. Envoyez-la à l'organisme auquel elle est destinée.
exchange-error-request-refused = La demande n'a pas été créée : { $reason }
exchange-error-weak-passphrase = La phrase secrète de la demande est trop facile à deviner : { $reason }
exchange-error-unknown-contribution = Ce coffre n'a aucune contribution à cette demande de questions.
exchange-error-storage = Le coffre n'a pas pu le conserver : { $reason }
exchange-error-encryption = Le fichier n'a pas pu être chiffré : { $reason }

## Échange entre organismes : du côté de l'organisme (clés, contacts, demandes reçues)

exchange-heading = Échange
exchange-intro = Les organismes s'échangent les questions d'un entretien sous forme de fichiers chiffrés, sans serveur. Ici, vous donnez aux autres votre clé de partage, vous conservez les leurs, et vous ouvrez les demandes de questions qu'ils vous envoient.
exchange-loading = Lecture depuis le coffre…
exchange-key-heading = Votre clé de partage
exchange-key-intro = Cette clé permet seulement aux autres organismes d'envoyer des fichiers à ce coffre ; elle ne peut ouvrir ni le coffre ni rien de ce qu'il contient.
exchange-key-loading = Lecture de la clé de partage…
exchange-key-text = Votre clé à donner aux autres organismes (texte)
exchange-key-qr = Code QR de votre clé de partage
exchange-key-fingerprint = Empreinte à lire à voix haute :
exchange-contacts-heading = Contacts
exchange-contacts-intro = Les clés de partage des autres organismes. Ne marquez un contact comme vérifié qu'après avoir comparé son empreinte avec l'organisme.
exchange-contacts-none = Aucun contact pour l'instant.
exchange-contacts-unreadable = Les contacts n'ont pas pu être lus dans le coffre.
exchange-contacts-caption = Contacts
exchange-contact-agency = Organisme
exchange-contact-role = Rôle
exchange-contact-fingerprint = Empreinte
exchange-contact-state = Vérification
exchange-contact-actions = Actions
exchange-contact-verified-state = Vérifié
exchange-contact-unverified-state = Non vérifié
exchange-contact-verify = Marquer comme vérifié
exchange-contact-verify-named = Marquer comme vérifié : { $agency }
exchange-contact-verify-hint = Ne marquez un contact comme vérifié qu'après que l'organisme vous a lu son empreinte au téléphone (ou en personne) et qu'elle correspond à celle affichée ici.
exchange-contact-remove = Retirer
exchange-contact-remove-named = Retirer le contact : { $agency }
exchange-contact-remove-title = Retirer ce contact ?
exchange-contact-remove-message = { $agency } et sa clé de partage seront retirés de ce coffre. Les fichiers déjà échangés ne sont pas concernés.
exchange-contact-remove-confirm = Retirer le contact
exchange-contact-add-heading = Ajouter un contact
exchange-contact-name = Nom de l'organisme
exchange-contact-key = Clé de partage
exchange-contact-key-hint = La clé de partage publique de l'organisme, telle qu'il vous l'a donnée : elle commence par age1.
exchange-contact-add = Ajouter le contact
exchange-contact-added = Contact { $agency } ajouté, pas encore vérifié. Comparez son empreinte avec l'organisme : { $fingerprint }.
exchange-contact-verified = { $agency } est marqué comme vérifié.
exchange-contact-removed = Contact { $agency } retiré.
exchange-requests-heading = Demandes d'autres organismes
exchange-requests-intro = Un organisme pilote vous envoie un fichier de demande de questions pour un dossier. Ouvrez-le ici pour ajouter les questions de votre organisme, puis renvoyez-les à l'organisme pilote.
exchange-request-open-heading = Ouvrir un fichier de demande
exchange-request-file = Fichier de demande
exchange-request-passphrase = Phrase secrète (uniquement si la demande a été verrouillée avec une phrase secrète)
exchange-request-open = Ouvrir la demande
exchange-request-opening = Ouverture de la demande…
exchange-request-no-file = Choisissez d'abord le fichier de demande.
exchange-request-read-failed = Le fichier n'a pas pu être lu.
exchange-request-opened = Demande { $code } de { $lead } ouverte. Elle figure dans la liste ci-dessous.
exchange-contributions-heading = Demandes ouvertes dans ce coffre
exchange-requests-none = Aucune demande ouverte pour l'instant.
exchange-contribution-link = Contribuer : { $code } pour { $agency }
exchange-contribution-facts = De { $lead }, échéance le { $due }.
exchange-contribution-no-return = Aucun retour rédigé pour l'instant.
exchange-contribution-last-return = Dernier retour : { $sequence }.

## Une longue liste affichée page par page
rows-shown = Affichage de { $first } à { $last } sur { $count }
rows-pages = Pages de { $list }
rows-previous = Page précédente
rows-next = Page suivante
rows-page = Page
rows-of-pages = sur { $pages }
