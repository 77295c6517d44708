### Tell Once: English interface strings.

app-name = Tell Once
# The document title of a page: the page's name, then the product name.
page-title = { $page } – { $app }

## Shell

skip-to-main = Skip to main content
nav-label = Main
nav-home = Home
nav-safety = Safety and privacy
quick-exit = Quick exit
quick-exit-hint = or press Shift 3 times
footer-device = Everything you enter stays in this browser. Nothing is sent to any server.

## Home page

home-lead = Tell Once plans interviews with survivors of human trafficking so that they tell each part of their story as few times as possible, with their consent recorded and respected at every step.
home-what-heading = What it does
home-tell-once-heading = One account, asked once
home-tell-once = It keeps a ledger of what the survivor has already told, to whom and in what form. It merges the questions of every agency into one plan asked by one lead interviewer, and flags what a record the team can obtain already answers.
home-consent-heading = Consent, purpose by purpose
home-consent = It records informed consent for each purpose: who recorded it, when, how and in which language. Consent can be withdrawn at any time, and every part of the plan that depends on it is flagged at once.
home-referrals-heading = Support that follows the person
home-referrals = It attaches support referrals from a local directory of services and prepares a handout for the survivor in their own language.
home-device-heading = Nothing leaves this device
home-device = Tell Once runs entirely in this browser. It has no server and no account, and it sends nothing over the network. What you enter is kept in this browser, and leaves it only as an export file that you choose to make.
home-who-heading = Who it is for
home-who = Investigators and prosecutors planning a session, victim specialists recording consent and referrals, and trainers demonstrating good practice with fictional cases.

## Safety and privacy page

safety-heading = Safety and privacy
safety-exit-heading = Leave in a hurry
safety-exit = Press the Quick exit button at the top of every page, or press the Shift key 3 times in a row. The page disappears at once, everything shown is cleared from memory, and a neutral website opens in its place.
safety-exit-history = Quick exit replaces this page in the browser's history, so pressing Back does not bring it back.
safety-storage-heading = What is kept, and where
safety-storage = Tell Once keeps what you enter only in this browser, on this device. It has no server and no account, and no one else can see your work unless you export it to a file and share that file.
safety-network = The app talks to no other website. Its security policy forbids it, and its tests check it on every change.
safety-shared-heading = On a shared or borrowed device
safety-shared = Use a device you trust where you can. When you have finished, leave with Quick exit or close the browser window.

## Page not found

not-found-heading = Page not found
not-found = There is no page at this address.
not-found-home = Go to the home page
