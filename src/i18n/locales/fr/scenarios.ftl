# Textes des scénarios d'entraînement intégrés. Chaque personne, lieu et organisation est inventé.
# Les questions défectueuses le sont volontairement : le ou la stagiaire doit les repérer et les corriger.

## Exploitation par le travail sur un navire de pêche

scenario-fishing-title = Matelot sur le Sea Wren
scenario-fishing-summary = Un homme adulte venu d'Indonésie a été recruté comme matelot, retenu en mer pendant des mois sans salaire, et on lui a dit qu'il devait rembourser son voyage. Il a fait une déclaration écrite à l'inspection du travail et un récit filmé à la police portuaire. Quatre organismes veulent maintenant l'entendre.
scenario-fishing-evidence-logbook = Le journal de bord, la liste d'équipage et les fiches de paie du Sea Wren
scenario-fishing-evidence-passport = Son passeport, pris dans la cabine du capitaine
scenario-fishing-evidence-crew = Déclarations de deux autres matelots
scenario-fishing-accommodation = Séances courtes : il a des maux de tête liés au mal de mer quand il est fatigué
scenario-fishing-support-person = Travailleur social du centre pour les gens de mer
scenario-fishing-agency-police = Police de Port Carrow, unité maritime
scenario-fishing-agency-inspectorate = Inspection du travail de Carrow Bay
scenario-fishing-agency-prosecutor = Parquet de Westmere
scenario-fishing-agency-ngo = Centre pour les gens de mer de Lantern Quay
scenario-fishing-place = Salle d'entretien 3, commissariat de Port Carrow
scenario-fishing-consent-recorded-by = Tamsin Orrow, travailleuse sociale à Lantern Quay
scenario-fishing-q-rapport = Dites-moi comment vous aimeriez que nous vous appelions aujourd'hui.
scenario-fishing-q-hours = Décrivez les heures que vous travailliez chaque jour en mer.
scenario-fishing-q-documents = Racontez-moi ce qui est arrivé à votre passeport.
scenario-fishing-q-debt-police = Parlez-moi de l'argent que le capitaine disait que vous deviez.
scenario-fishing-q-debt-inspectorate = Parlez-moi de l'argent que le capitaine disait que vous lui deviez.
scenario-fishing-q-captain = C'était le capitaine qui commandait, n'est-ce pas ?
scenario-fishing-q-leave = Pourquoi n'avez-vous pas quitté le bateau quand il était au port ?
scenario-fishing-q-cabin = Où dormiez-vous sur le bateau et qui d'autre dormait là ?
scenario-fishing-q-support = Dites-moi quel soutien vous aimeriez recevoir après aujourd'hui.

## Recrutement en ligne d'une adulte à des fins d'exploitation sexuelle

scenario-online-title = L'offre de mannequinat
scenario-online-summary = Une femme de vingt-deux ans a répondu à une offre de mannequinat sur les réseaux sociaux. L'homme qui l'a contactée l'a emmenée dans un appartement d'une autre ville, où elle a été exploitée sexuellement. Elle a appelé une fois la ligne d'écoute d'une ONG. La police, le parquet, l'ONG et un centre médical préparent un entretien unique.
scenario-online-evidence-messages = L'annonce de mannequinat et les messages qu'elle a gardés sur son téléphone
scenario-online-evidence-payments = Les paiements sur les comptes liés à l'appartement
scenario-online-evidence-clinic = Le dossier de sa visite au centre de soins sans rendez-vous
scenario-online-accommodation = Entretien mené par une femme ; elle a demandé à ne pas parler de ses blessures
scenario-online-support-person = Conseillère indépendante en violences sexuelles
scenario-online-agency-police = Police d'Eastbrook, équipe exploitation en ligne
scenario-online-agency-prosecutor = Parquet d'Eastbrook
scenario-online-agency-ngo = Projet pour les femmes Safe Harbour
scenario-online-agency-medical = Centre d'accueil des victimes d'agressions sexuelles d'Eastbrook
scenario-online-place = Salle calme, Projet pour les femmes Safe Harbour
scenario-online-consent-recorded-by = Ada Morrell, conseillère à Safe Harbour
scenario-online-q-flat = Parlez-moi du travail qu'on vous a obligée à faire dans l'appartement.
scenario-online-q-rapport = Dites-moi comment vous aimeriez que nous vous appelions aujourd'hui.
scenario-online-q-contact-police = Parlez-moi de l'homme qui vous a contactée en ligne.
scenario-online-q-contact-ngo = Parlez-moi de l'homme qui vous a contactée en ligne la première fois.
scenario-online-q-platform = Le premier message est-il arrivé sur Instagram ou sur Facebook ?
scenario-online-q-phone = Est-il vrai qu'il a pris votre téléphone ?
scenario-online-q-pressure = Parlez-moi de la coercition que vous avez subie.
scenario-online-q-injuries = Décrivez les blessures que vous aviez.
scenario-online-q-support = Dites-moi quel soutien vous aimeriez recevoir après aujourd'hui.

## Servitude domestique d'une mineure

scenario-domestic-title = La maison d'Alder Row
scenario-domestic-summary = Une jeune fille de quinze ans a été amenée de l'étranger pour faire la cuisine et le ménage pour une famille, sans être payée et enfermée à l'intérieur. Elle en a parlé à une enseignante, puis aux services de protection de l'enfance lors d'un entretien filmé. Sa tante est sa représentante légale. Quatre organismes préparent un nouvel entretien.
scenario-domestic-evidence-immigration = Dossier d'immigration sur son entrée et son visa
scenario-domestic-evidence-teacher = Déclaration de l'enseignante à qui elle en a parlé
scenario-domestic-evidence-bank = Les relevés bancaires de la famille, pour tout paiement à elle ou à ses parents
scenario-domestic-accommodation = Sa tante présente comme représentante légale ; des pauses chaque fois qu'elle le demande
scenario-domestic-support-person = Défenseure des droits de l'enfant
scenario-domestic-agency-police = Police de Hollins Vale, brigade de protection des mineurs
scenario-domestic-agency-children = Services de protection de l'enfance de Hollins Vale
scenario-domestic-agency-prosecutor = Parquet de Hollins Vale
scenario-domestic-agency-immigration = Service des frontières et de l'immigration de Northgate
scenario-domestic-place = Salle d'entretien B, service de l'immigration de Northgate
scenario-domestic-consent-recorded-by = Bryn Tallow, défenseure des droits de l'enfant
scenario-domestic-q-rapport = Parlez-moi de quelque chose que vous aimez faire.
scenario-domestic-q-day = Décrivez une journée ordinaire dans la maison, du matin au soir.
scenario-domestic-q-passport-police = Racontez-moi ce qui est arrivé à votre passeport dans la maison.
scenario-domestic-q-passport-immigration = Racontez-moi ce qui est arrivé à votre passeport à la maison.
scenario-domestic-q-room = Décrivez la pièce où vous dormiez.
scenario-domestic-q-lock = La famille fermait-elle la porte à clé la nuit ?
scenario-domestic-q-teacher = Pourquoi n'en avez-vous pas parlé plus tôt à votre enseignante ?
scenario-domestic-q-pay = Combien étiez-vous payée et qui gardait l'argent ?
scenario-domestic-q-support = Dites-moi quel soutien vous aimeriez recevoir après aujourd'hui.

## Exploitation par le travail dans des serres, après une première séance tenue

scenario-greenhouse-title = Après le premier entretien à Fenmarch
scenario-greenhouse-summary = Une femme de trente-quatre ans a été recrutée à l'étranger pour cueillir des tomates dans les serres de Fenmarch. Elle vivait dans une caravane, et le loyer et le transport étaient retenus sur son salaire. Son premier entretien a eu lieu le 12 mars au Centre de soutien aux migrants de Brightwater, mais personne ne l'a encore enregistré. Elle a accepté de participer mais pas d'être filmée : la caméra est donc restée éteinte et seules des notes ont été prises. Elle a répondu à toutes les questions sauf une : il n'est pas resté de temps pour la question sur son salaire. Enregistrez la séance telle qu'elle s'est tenue, puis améliorez le projet de la deuxième.
scenario-greenhouse-evidence-payroll = Les fiches de paie de l'exploitation et le contrat de l'agence de recrutement
scenario-greenhouse-evidence-passports = Passeports trouvés dans le bureau du contremaître
scenario-greenhouse-evidence-pickers = Déclarations d'autres cueilleurs et cueilleuses
scenario-greenhouse-accommodation = Le matin seulement : elle travaille en équipe du soir
scenario-greenhouse-support-person = Travailleuse sociale du soutien aux migrants
scenario-greenhouse-agency-police = Police de Fenmarch, unité de lutte contre l'esclavage moderne
scenario-greenhouse-agency-inspectorate = Inspection du travail de Fenmarch
scenario-greenhouse-agency-prosecutor = Parquet de Lowmoor
scenario-greenhouse-agency-ngo = Centre de soutien aux migrants de Brightwater
scenario-greenhouse-place-first = Salle calme, Centre de soutien aux migrants de Brightwater
scenario-greenhouse-place-second = Salle d'entretien 2, commissariat de Fenmarch
scenario-greenhouse-consent-recorded-by = Maren Holt, travailleuse sociale à Brightwater
scenario-greenhouse-q-rapport = Dites-moi comment vous aimeriez que nous vous appelions aujourd'hui.
scenario-greenhouse-q-recruited = Racontez-moi comment vous avez entendu parler du travail dans les serres.
scenario-greenhouse-q-day = Décrivez une journée de travail habituelle dans les serres, du matin au soir.
scenario-greenhouse-q-pay = Racontez-moi comment vous étiez payée.
scenario-greenhouse-q-support = Dites-moi quel soutien vous aimeriez recevoir après aujourd'hui.
scenario-greenhouse-q-since = Racontez-moi comment vous allez depuis notre dernière rencontre.
scenario-greenhouse-q-passport-police = Racontez-moi ce qui est arrivé à votre passeport à l'exploitation.
scenario-greenhouse-q-passport-inspectorate = Racontez-moi ce qui est arrivé à votre passeport sur l'exploitation.
scenario-greenhouse-q-supervisor = C'était le contremaître qui commandait, n'est-ce pas ?
scenario-greenhouse-q-leave = Pourquoi n'avez-vous pas quitté l'exploitation à la fin de la saison ?
scenario-greenhouse-q-caravan = Où dormiez-vous à l'exploitation et qui d'autre dormait là ?
scenario-greenhouse-q-next = Dites-moi ce que vous aimeriez qu'il se passe ensuite.
