# Texts of the built-in practice scenarios. Every person, place and organisation is made up.
# The flawed questions are flawed on purpose: the trainee is to find and fix them.

## Labour exploitation on a fishing vessel

scenario-fishing-title = Deckhand on the Sea Wren
scenario-fishing-summary = An adult man from Indonesia was recruited as a deckhand, kept at sea for months without pay and told he owed for his travel. He told the labour inspectorate in writing and the port police on video. Four agencies now want to interview him.
scenario-fishing-evidence-logbook = The Sea Wren's logbook, crew list and pay slips
scenario-fishing-evidence-passport = His passport, taken from the captain's cabin
scenario-fishing-evidence-crew = Statements of two other deckhands
scenario-fishing-accommodation = Short sessions: he gets seasick headaches when tired
scenario-fishing-support-person = Seafarers' centre caseworker
scenario-fishing-agency-police = Port Carrow Police, Maritime Unit
scenario-fishing-agency-inspectorate = Carrow Bay Labour Inspectorate
scenario-fishing-agency-prosecutor = Westmere Prosecutor's Office
scenario-fishing-agency-ngo = Lantern Quay Seafarers' Centre
scenario-fishing-place = Interview suite 3, Port Carrow police station
scenario-fishing-consent-recorded-by = Tamsin Orrow, Lantern Quay caseworker
scenario-fishing-q-rapport = Tell me what you would like us to call you today.
scenario-fishing-q-hours = Describe the hours you worked each day at sea.
scenario-fishing-q-documents = Tell me what happened to your passport.
scenario-fishing-q-debt-police = Tell me about the money the captain said you owed.
scenario-fishing-q-debt-inspectorate = Tell me about the money that the captain said you owed him.
scenario-fishing-q-captain = The captain was the one in charge, wasn't he?
scenario-fishing-q-leave = Why didn't you leave the boat when it was in port?
scenario-fishing-q-cabin = Where did you sleep on the boat and who else slept there?
scenario-fishing-q-support = Tell me what support you would like after today.

## Online recruitment of an adult into sexual exploitation

scenario-online-title = The modelling offer
scenario-online-summary = A woman of twenty-two answered a modelling offer on social media. The man who contacted her took her to a flat in another city, where she was sexually exploited. She rang an NGO helpline once. Police, prosecutor, the NGO and a medical centre plan one interview.
scenario-online-evidence-messages = The modelling advert and the messages she kept on her phone
scenario-online-evidence-payments = Payments into the accounts linked to the flat
scenario-online-evidence-clinic = The walk-in clinic's record of her visit
scenario-online-accommodation = Female interviewer; she asked not to talk about her injuries
scenario-online-support-person = Independent sexual violence adviser
scenario-online-agency-police = Eastbrook Police, Online Exploitation Team
scenario-online-agency-prosecutor = Eastbrook Crown Prosecutor
scenario-online-agency-ngo = Safe Harbour Women's Project
scenario-online-agency-medical = Eastbrook Sexual Assault Referral Centre
scenario-online-place = Quiet room, Safe Harbour Women's Project
scenario-online-consent-recorded-by = Ada Morrell, Safe Harbour adviser
scenario-online-q-flat = Tell me about the work you were made to do in the flat.
scenario-online-q-rapport = Tell me what you would like us to call you today.
scenario-online-q-contact-police = Tell me about the man who contacted you online.
scenario-online-q-contact-ngo = Tell me about the man who first contacted you online.
scenario-online-q-platform = Was the first message on Instagram or on Facebook?
scenario-online-q-phone = Is it true that he took your phone?
scenario-online-q-pressure = Tell me about any coercion you experienced.
scenario-online-q-injuries = Describe the injuries you had.
scenario-online-q-support = Tell me what support you would like after today.

## Domestic servitude of a minor

scenario-domestic-title = The house on Alder Row
scenario-domestic-summary = A girl of fifteen was brought from abroad to cook and clean for a family, unpaid and kept indoors. She told a teacher, then children's services in a video-recorded interview. Her aunt is her guardian. Four agencies plan a further interview.
scenario-domestic-evidence-immigration = Immigration record of her entry and visa
scenario-domestic-evidence-teacher = Statement of the teacher she told
scenario-domestic-evidence-bank = The family's bank records, for any payment to her or her parents
scenario-domestic-accommodation = Her aunt present as guardian; breaks whenever she asks
scenario-domestic-support-person = Child advocate
scenario-domestic-agency-police = Hollins Vale Police, Child Protection Team
scenario-domestic-agency-children = Hollins Vale Children's Services
scenario-domestic-agency-prosecutor = Hollins Vale Prosecutor's Office
scenario-domestic-agency-immigration = Northgate Border and Immigration Office
scenario-domestic-place = Interview room B, Northgate immigration office
scenario-domestic-consent-recorded-by = Bryn Tallow, child advocate
scenario-domestic-q-rapport = Tell me about something you enjoy doing.
scenario-domestic-q-day = Describe a normal day in the house, from morning to night.
scenario-domestic-q-passport-police = Tell me what happened to your passport in the house.
scenario-domestic-q-passport-immigration = Tell me what happened to your passport at the house.
scenario-domestic-q-room = Describe the room where you slept.
scenario-domestic-q-lock = Did the family lock the door at night?
scenario-domestic-q-teacher = Why did you not tell your teacher sooner?
scenario-domestic-q-pay = What were you paid and who kept the money?
scenario-domestic-q-support = Tell me what support you would like after today.

## Labour exploitation in greenhouses, after a first session that took place

scenario-greenhouse-title = After the first interview at Fenmarch
scenario-greenhouse-summary = A woman of thirty-four was recruited from abroad to pick tomatoes in the Fenmarch greenhouses. She lived in a caravan, and rent and transport were taken from her pay. Her first interview took place on 12 March at the Brightwater Migrant Support Centre, but nobody has recorded it yet. She agreed to take part but not to be filmed, so the camera stayed off and only notes were taken. She answered every question but one: there was no time left for the question on her pay. Record the session as it took place, then improve the draft of the second one.
scenario-greenhouse-evidence-payroll = The farm's payroll and the recruitment agency's contract
scenario-greenhouse-evidence-passports = Passports found in the supervisor's office
scenario-greenhouse-evidence-pickers = Statements of other pickers
scenario-greenhouse-accommodation = Mornings only: she works an evening shift
scenario-greenhouse-support-person = Migrant support caseworker
scenario-greenhouse-agency-police = Fenmarch Police, Modern Slavery Unit
scenario-greenhouse-agency-inspectorate = Fenmarch Labour Inspectorate
scenario-greenhouse-agency-prosecutor = Lowmoor Prosecutor's Office
scenario-greenhouse-agency-ngo = Brightwater Migrant Support Centre
scenario-greenhouse-place-first = Quiet room, Brightwater Migrant Support Centre
scenario-greenhouse-place-second = Interview room 2, Fenmarch police station
scenario-greenhouse-consent-recorded-by = Maren Holt, Brightwater caseworker
scenario-greenhouse-q-rapport = Tell me what you would like us to call you today.
scenario-greenhouse-q-recruited = Tell me how you came to hear about the work in the greenhouses.
scenario-greenhouse-q-day = Describe a usual working day in the greenhouses, from morning to night.
scenario-greenhouse-q-pay = Tell me how you were paid.
scenario-greenhouse-q-support = Tell me what support you would like after today.
scenario-greenhouse-q-since = Tell me how you have been since we last met.
scenario-greenhouse-q-passport-police = Tell me what happened to your passport at the farm.
scenario-greenhouse-q-passport-inspectorate = Tell me what happened to your passport on the farm.
scenario-greenhouse-q-supervisor = The supervisor was the one in charge, wasn't he?
scenario-greenhouse-q-leave = Why didn't you leave the farm when the season ended?
scenario-greenhouse-q-caravan = Where did you sleep at the farm and who else slept there?
scenario-greenhouse-q-next = Tell me what you would like to happen next.
