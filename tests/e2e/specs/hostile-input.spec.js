// Hostile input: every free-text field of the app, and every field of an imported HSDS
// directory, holds HTML, script and template payloads; each must be shown as the plain text it
// is, in the workspace, in the printable plan and in the survivor's handout, and none may run.
//
// Each field gets one value that holds every payload, followed by the field's name, so that
// one check covers them all and each value is found where it belongs. After each step:
// window.__xss is still undefined (each payload would set it), and the page holds no element
// or attribute the payloads would have created (the app itself renders no img, svg or inline
// script, and no inline event handler attribute). The shared fixture also fails the test on a
// Content Security Policy violation, which a payload that reached the DOM as HTML would cause.
import { test, expect, openApp, createVault, createCase, expectSaved } from "../fixtures.js";

test.describe.configure({ timeout: 240_000 });

const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `<script>window.__xss=1</script>`,
  `"><svg onload=window.__xss=1>`,
  `{{7*7}}`,
  `javascript:alert(1)`,
];
/** The value typed into a field: every payload, then the field's name. */
const hostile = (field) => `${PAYLOADS.join(" ")} ${field}`;

const CODE = hostile("case");
const RENAMED = hostile("renamed case");
const SUPPORT = hostile("support person");
const ACCOMMODATION = hostile("accommodation");
// Typed into a language picker, these only filter its list: they are shown in "no language
// matches", never kept, since a language is picked by name and stored as its tag.
const LANGUAGE = hostile("language");
const AGENCY = hostile("agency");
const AGENCY_RENAMED = hostile("renamed agency");
const QUESTION_LANGUAGE = hostile("question language");
const SESSION_LANGUAGE = hostile("session language");
const QUESTION = hostile("question");
const PLACE = hostile("place");
const ATTENDEE = hostile("attendee");
const RECORDED_BY = hostile("recorded by");
const INTERPRETER = hostile("interpreter");
const NOTE = hostile("note");
const CONSENT_LANGUAGE = hostile("consent language");
const WITHDRAWN_BY = hostile("withdrawn by");
const LANGUAGE_FILTER = hostile("language filter");
const SERVICE = {
  name: hostile("service name"),
  description: hostile("service description"),
  organization: hostile("organization"),
  phone: hostile("phone"),
  phoneNote: hostile("phone description"),
  email: hostile("email"),
  url: `javascript:window.__xss=1`,
  eligibility: hostile("eligibility"),
  language: hostile("service language"),
};

/** An HSDS 3.0 list of one service whose every text is hostile. */
function hostileDirectory() {
  return JSON.stringify([
    {
      id: "svc-hostile-1",
      name: SERVICE.name,
      description: SERVICE.description,
      url: SERVICE.url,
      email: SERVICE.email,
      eligibility_description: SERVICE.eligibility,
      organization: { id: "org-hostile-1", name: SERVICE.organization },
      phones: [{ id: "ph-hostile-1", number: SERVICE.phone, description: SERVICE.phoneNote }],
      languages: [{ id: "lang-hostile-1", name: SERVICE.language }],
    },
  ]);
}

/** Nothing a payload would create is in the page, and no payload ran. */
async function expectInert(page, where) {
  const found = await page.evaluate(() => ({
    xss: window.__xss,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svgs: document.querySelectorAll("svg").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent.includes("__xss")).length,
    handlers: [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${e.tagName}[${a.name}]`)),
    scriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').length,
  }));
  expect(found, `nothing injected: ${where}`).toEqual({ xss: undefined, images: 0, svgs: 0, scripts: 0, handlers: [], scriptLinks: 0 });
}

/** `text` is shown as an element's whole text, literally. */
async function expectShown(scope, text) {
  await expect(scope.getByText(text, { exact: true }).first()).toBeVisible();
}

/** `text` is shown literally inside a longer sentence (a translated message with the value in it). */
async function expectShownWithin(scope, text) {
  await expect(scope.getByText(text).first()).toBeVisible();
}

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true }).first()).toBeVisible();
}

test("HTML and script typed into any field is shown as text and never runs", async ({ page }) => {
  await openApp(page);
  await createVault(page);

  // The case code: the case list, the workspace heading.
  await createCase(page, CODE);
  await expectInert(page, "new case");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("link", { name: CODE, exact: true })).toHaveText(CODE);
  await page.getByLabel("Search cases by code").fill(CODE);
  await expect(page.getByLabel("Search cases by code")).toHaveValue(CODE);
  await expect(page.getByRole("link", { name: CODE, exact: true })).toBeVisible();
  await expectInert(page, "case search");
  await page.getByLabel("Search cases by code").fill("");
  // Renamed, then back: both codes are shown as typed.
  await page.getByRole("button", { name: `Rename ${CODE}` }).click();
  await page.getByLabel(`New code for ${CODE}`).fill(RENAMED);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: RENAMED, exact: true })).toHaveText(RENAMED);
  await expectInert(page, "renamed case");
  await page.getByRole("button", { name: `Rename ${RENAMED}` }).click();
  await page.getByLabel(`New code for ${RENAMED}`).fill(CODE);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("link", { name: CODE, exact: true })).toHaveText(CODE);
  await expectInert(page, "case list");
  await page.getByRole("link", { name: CODE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Case ${CODE}`);

  // The survivor profile: kept literally, read back after the case is reopened.
  await openSection(page, "Survivor profile");
  await page.getByLabel("Preferred language").fill(LANGUAGE);
  await expectShownWithin(page.getByRole("main"), LANGUAGE);
  await expectInert(page, "language picker");
  await page.getByLabel("Support person").fill(SUPPORT);
  await page.getByLabel("Accommodations").fill(ACCOMMODATION);
  await page.getByLabel("Accommodations").blur();
  await expectSaved(page);
  await expectInert(page, "survivor profile");

  // An agency, and a question it needs answered.
  await openSection(page, "Agencies");
  await page.getByLabel("Name", { exact: true }).fill(AGENCY);
  await page.getByLabel("Role", { exact: true }).selectOption("police");
  await page.getByRole("button", { name: "Add agency" }).click();
  await expectShown(page.getByRole("table"), AGENCY);
  await page.getByLabel("Name", { exact: true }).fill(AGENCY_RENAMED);
  await page.getByLabel("Role", { exact: true }).selectOption("ngo");
  await page.getByRole("button", { name: "Add agency" }).click();
  await expectShown(page.getByRole("table"), AGENCY_RENAMED);
  await expectInert(page, "agencies");

  await openSection(page, "Questions");
  await page.getByRole("button", { name: `Add a question for ${AGENCY}` }).click();
  await page.getByLabel("Question", { exact: true }).fill(QUESTION);
  await page.getByLabel("Language of the question").fill(QUESTION_LANGUAGE);
  await expectShownWithin(page.getByRole("main"), QUESTION_LANGUAGE);
  await expectInert(page, "question language picker");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("heading", { level: 4, name: QUESTION, exact: true })).toHaveText(QUESTION);
  await expectInert(page, "questions");

  // A session: its place, a person in the room, the question.
  await openSection(page, "Session plan");
  await page.getByRole("button", { name: "Add a session" }).click();
  const session = page.getByRole("region", { name: /^Session 1, / });
  await session.getByLabel("Date and time").fill("2026-04-14T10:00");
  await session.getByLabel("Place", { exact: true }).fill(PLACE);
  await session.getByLabel("Language of the session").fill(SESSION_LANGUAGE);
  await expectShownWithin(session, SESSION_LANGUAGE);
  await expectInert(page, "session language picker");
  const person = session.getByRole("group", { name: "Add a person to the room" });
  await person.getByLabel("Name or role label", { exact: true }).fill(ATTENDEE);
  await person.getByLabel("Role", { exact: true }).selectOption({ label: "Lead interviewer" });
  await person.getByRole("button", { name: "Add person" }).click();
  await expect(session.getByRole("group", { name: `Person 1: ${ATTENDEE}` })).toBeVisible();
  const pick = session.getByLabel("Question to add");
  await pick.selectOption(await pick.getByRole("option", { name: QUESTION }).getAttribute("value"));
  await session.getByRole("button", { name: "Add to session" }).click();
  await expectShown(session, QUESTION);
  await expectSaved(page);
  await expectInert(page, "session plan");

  // A consent decision: who recorded it, the interpreter, the note, in the purpose's history.
  await openSection(page, "Consent");
  const form = page.getByRole("region", { name: "Record a decision" });
  await form.getByLabel("Purpose").selectOption({ label: "Audio or video recording" });
  await form.getByLabel("Given: they agree").check();
  await form.getByLabel("Recorded by").fill(RECORDED_BY);
  await form.getByLabel("Language it was explained in").fill(CONSENT_LANGUAGE);
  await expectShownWithin(form, CONSENT_LANGUAGE);
  await expectInert(page, "consent language picker");
  await form.getByLabel("Interpreter (optional)").fill(INTERPRETER);
  await form.getByLabel("Note (optional)").fill(NOTE);
  await form.getByLabel("The survivor understood what they decided").check();
  await form.getByRole("button", { name: "Record decision" }).click();
  const purpose = page.getByRole("region", { name: "Audio or video recording", exact: true });
  await expect(purpose.getByText("Given", { exact: true })).toBeVisible();
  for (const text of [RECORDED_BY, INTERPRETER, NOTE]) await expectShownWithin(purpose, text);
  await expectInert(page, "consent");
  // Withdrawn, by someone else: the withdrawal's recorder is shown too.
  await purpose.getByRole("button", { name: "Withdraw consent: Audio or video recording" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw consent to Audio or video recording?" });
  await dialog.getByLabel("Recorded by").fill(WITHDRAWN_BY);
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(purpose.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expectShownWithin(purpose, WITHDRAWN_BY);
  await expectInert(page, "consent withdrawn");

  // A directory whose service is hostile in every field, and a referral to it.
  await openSection(page, "Referrals");
  const directory = page.getByRole("region", { name: "Service directory" });
  await directory.getByLabel("HSDS files").setInputFiles({ name: "directory.json", mimeType: "application/json", buffer: Buffer.from(hostileDirectory()) });
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("status")).toContainText("1 added");
  const search = page.getByRole("region", { name: "Find a service" });
  for (const text of [SERVICE.name, SERVICE.description]) await expectShown(search, text);
  await expectInert(page, "service directory");
  // Typed into the language picker, text only filters its list of languages.
  await search.getByLabel("Language").fill(LANGUAGE_FILTER);
  await expectShownWithin(search, LANGUAGE_FILTER);
  await expectInert(page, "service search by language");
  await search.getByLabel("Language").press("Escape");
  await search.getByLabel("Language").press("Escape");
  await expectShown(search, SERVICE.name);
  await expectShownWithin(search, SERVICE.language);
  await search.getByRole("button", { name: `Attach to this case: ${SERVICE.name}` }).click();
  const referral = page.getByRole("region", { name: "Referrals" }).getByRole("article", { name: SERVICE.name });
  await expect(referral).toBeVisible();
  for (const text of [SERVICE.phone, SERVICE.organization, SERVICE.email, SERVICE.url, SERVICE.eligibility]) {
    await expectShownWithin(page.getByRole("main"), text);
  }
  await expectInert(page, "referrals");

  // A directory file whose name is hostile: the error names it as text.
  const badName = `${hostile("file name")}.json`;
  await directory.getByLabel("HSDS files").setInputFiles({ name: badName, mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("alert")).toContainText(badName);
  await expectInert(page, "directory import error");
  await expectSaved(page);

  // The printable plan: the code, the place, the person, the question and its agency.
  await openSection(page, "Interview plan");
  const plan = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Interview plan for case / }) });
  await expect(plan.getByRole("heading", { level: 2 })).toHaveText(`Interview plan for case ${CODE}`);
  await expectShownWithin(plan, PLACE);
  await expectShown(plan, ATTENDEE);
  await expectShownWithin(plan, `${ATTENDEE} — Lead interviewer`);
  await expectShownWithin(plan, QUESTION);
  await expectShownWithin(plan, AGENCY);
  await expectInert(page, "interview plan");
  await page.emulateMedia({ media: "print" });
  await expectInert(page, "interview plan, printed");
  await page.emulateMedia({ media: "screen" });

  // The survivor's handout: the reference, the missing language, the support contact.
  await openSection(page, "Survivor handout");
  const main = page.getByRole("main");
  await expectShownWithin(main, CODE);
  await expectShown(main, SERVICE.name);
  await expectShownWithin(main, SERVICE.phone);
  await expectInert(page, "survivor handout");

  // The profile's values come back literally from the vault.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Case ${CODE}`, { timeout: 30_000 }).catch(async () => {
    await page.getByLabel("Passphrase", { exact: true }).fill("fern lantern orbit quietly");
    await page.getByRole("button", { name: "Unlock" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Case ${CODE}`, { timeout: 30_000 });
  });
  await openSection(page, "Survivor profile");
  await expect(page.getByLabel("Preferred language")).not.toHaveValue(LANGUAGE);
  await expect(page.getByLabel("Support person")).toHaveValue(SUPPORT);
  await expect(page.getByLabel("Accommodations")).toHaveValue(ACCOMMODATION);
  await expectInert(page, "reopened case");
});

test("an import file with a hostile name is refused with plain text", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  const importSection = page.getByRole("region", { name: "Import cases" });
  const name = `${hostile("export file")}.age`;
  await importSection.getByLabel("Export file to import").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(`<script>window.__xss=1</script>`) });
  await importSection.getByLabel("Passphrase of the export file").fill("any passphrase at all");
  await importSection.getByRole("button", { name: "Open file" }).click();
  await expect(importSection.getByRole("alert")).toContainText("This is not an encrypted export file.");
  await expectInert(page, "vault import");
});

// The checks above would see a payload that reached the page as HTML: proven here by putting
// one there on purpose, which the browser's Content Security Policy also reports.
test("the checks catch a payload rendered as HTML", async ({ page, pageProblems }) => {
  await openApp(page);
  await page.evaluate((html) => document.querySelector("main").insertAdjacentHTML("beforeend", html), hostile("injected"));
  await expect(expectInert(page, "injected on purpose")).rejects.toThrow(/nothing injected/);
  await expect.poll(() => pageProblems.length).toBeGreaterThan(0);
  expect(pageProblems.every((p) => p.startsWith("CSP: "))).toBe(true);
  pageProblems.length = 0;
});
