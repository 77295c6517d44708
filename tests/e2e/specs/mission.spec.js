// The whole mission, as an interviewer and a victim specialist would do it, finding every
// element by role and label: a case with two prior accounts and the questions of three
// agencies; the planner's suggestions accepted; consent recorded and withdrawn; a referral from
// a real HSDS file; the plan and the survivor's handout printed to PDF and read back.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 240_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVICE_FULL = path.resolve(here, "../../fixtures/hsds/service_full.json");
const CODE = "TO-2026-700";
const SPECIALIST = "Victim specialist Ilse Varn";

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true }).first()).toBeVisible();
}

async function addAgency(page, name, role) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Add agency" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^${name}\\b`) })).toBeVisible();
}

async function addAccount(page, { agency, date, form, obtainable, topic, coverage }) {
  await page.getByRole("button", { name: "Add a prior account" }).click();
  await page.getByLabel("Agency that took the account").selectOption({ label: agency });
  await page.getByLabel("Date").fill(date);
  await page.getByLabel("Form of the record").selectOption({ label: form });
  await page.getByLabel("The team can obtain the record").setChecked(obtainable);
  await page.getByRole("checkbox", { name: topic, exact: true }).check();
  await page.getByLabel(`How fully was “${topic}” told?`).selectOption({ label: coverage });
  await page.getByRole("button", { name: "Save prior account" }).click();
}

async function addQuestion(page, { agency, text, topic }) {
  await page.getByRole("button", { name: `Add a question for ${agency}` }).click();
  await page.getByLabel("Question", { exact: true }).fill(text);
  await page.getByRole("checkbox", { name: topic, exact: true }).check();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("heading", { level: 4, name: text })).toBeVisible();
}

async function recordConsent(page, purpose) {
  const form = page.getByRole("region", { name: "Record a decision" });
  await form.getByLabel("Purpose").selectOption({ label: purpose });
  await form.getByLabel("Given: they agree").check();
  await form.getByLabel("Recorded by").fill(SPECIALIST);
  await form.getByLabel("The survivor understood what they decided").check();
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("region", { name: purpose, exact: true }).getByText("Given", { exact: true })).toBeVisible();
}

/** Prints the page as the browser would (print stylesheet) and returns the PDF's text. */
async function printedText(page, name) {
  const dir = mkdtempSync(path.join(tmpdir(), "tell-once-print-"));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4" }));
  await test.info().attach(`${name}.pdf`, { path: file, contentType: "application/pdf" });
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

function headline(page) {
  return page.getByText(/^This plan avoids \d+ repeated questions?\.$/).first();
}

test("the whole mission: plan once, with consent, support and printouts", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, CODE);

  await openSection(page, "Agencies");
  await addAgency(page, "Police", "police");
  await addAgency(page, "Prosecutor", "prosecutor");
  await addAgency(page, "NGO", "ngo");

  await openSection(page, "Prior accounts");
  await addAccount(page, {
    agency: "Police", date: "2026-03-04", form: "Video recording", obtainable: true,
    topic: "Recruitment", coverage: "Told in detail",
  });
  await addAccount(page, {
    agency: "NGO", date: "2026-03-10", form: "Notes", obtainable: false,
    topic: "Accommodation", coverage: "Mentioned",
  });
  await expect(page.getByRole("listitem", { name: /^(Police|NGO), March/ })).toHaveCount(2);

  await openSection(page, "Questions");
  // Already answered by the police's own video record.
  await addQuestion(page, { agency: "Police", text: "Tell me about how you were recruited.", topic: "Recruitment" });
  // Answered by that record too, but the prosecutor may read it only with the survivor's consent.
  await addQuestion(page, { agency: "Prosecutor", text: "Describe how you came to be recruited.", topic: "Recruitment" });
  // The same question from two agencies: asked once.
  await addQuestion(page, { agency: "Prosecutor", text: "Explain how the money was handled.", topic: "Payment and debt" });
  await addQuestion(page, { agency: "NGO", text: "Describe how the money was handled.", topic: "Payment and debt" });
  await addQuestion(page, { agency: "NGO", text: "Tell me where you are staying now.", topic: "Current safety" });
  await expectSaved(page);

  await expect(headline(page)).toHaveText("This plan avoids 0 repeated questions.");
  await openSection(page, "Findings");
  // The suggestions that save the survivor a question (evidence requests come later).
  const accept = page.getByRole("button", { name: /^Accept: (?!Add an evidence request)/ });
  const suggestions = await accept.count();
  expect(suggestions).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < suggestions && (await accept.count()) > 0; i += 1) {
    await accept.first().click();
  }
  await expect(headline(page)).toHaveText("This plan avoids 3 repeated questions.");
  await expect(page.getByRole("heading", { name: /^Accepted suggestions \(3\)$/ })).toBeVisible();

  await openSection(page, "Coverage");
  await expect(page.getByRole("table", { name: "Topics against prior accounts, held sessions and planned sessions" })).toBeVisible();

  await openSection(page, "Consent");
  await recordConsent(page, "Audio or video recording");
  await recordConsent(page, "Sharing records with Prosecutor");
  const sharing = page.getByRole("region", { name: "Sharing records with Prosecutor", exact: true });
  await sharing.getByRole("button", { name: "Withdraw consent: Sharing records with Prosecutor" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw consent to Sharing records with Prosecutor?" });
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(sharing.getByText("Withdrawn", { exact: true })).toBeVisible();
  // Everything that depended on it is flagged at once, under the purpose.
  await expect(sharing.getByText(/depends? on this consent/)).toBeVisible();
  await expect(sharing.getByText(/Describe how you came to be recruited/)).toBeVisible();

  await openSection(page, "Referrals");
  const directory = page.getByRole("region", { name: "Service directory" });
  await directory.getByLabel("HSDS files").setInputFiles(SERVICE_FULL);
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("status")).toContainText("1 added");
  const search = page.getByRole("region", { name: "Find a service" });
  await search.getByRole("button", { name: "Attach to this case: Community Counselling" }).click();
  const referral = page.getByRole("region", { name: "Referrals" }).getByRole("article", { name: "Community Counselling" });
  await referral.getByRole("button", { name: "Mark as offered: Community Counselling" }).click();
  await expect(referral.getByText("Offered", { exact: true })).toBeVisible();

  await openSection(page, "Session plan");
  await page.getByRole("button", { name: "Add a session" }).click();
  const session = page.getByRole("region", { name: /^Session 1, / });
  await session.getByLabel("Date and time").fill("2026-04-14T10:00");
  await session.getByLabel("Place", { exact: true }).fill("Family room, Tessaly Cross advice centre");
  await session.getByLabel("Kind of place").selectOption({ label: "NGO premises" });
  const person = session.getByRole("group", { name: "Add a person to the room" });
  for (const [name, role] of [["Officer Dana Reyes", "Lead interviewer"], ["Priya Nandakumar", "Note-taker"]]) {
    await person.getByLabel("Name or role label", { exact: true }).fill(name);
    await person.getByLabel("Role", { exact: true }).selectOption({ label: role });
    await person.getByRole("button", { name: "Add person" }).click();
  }
  const pick = session.getByLabel("Question to add");
  const option = pick.getByRole("option", { name: /Tell me where you are staying now/ });
  await pick.selectOption(await option.getAttribute("value"));
  await session.getByRole("button", { name: "Add to session" }).click();
  await expectSaved(page);

  await openSection(page, "Interview plan");
  const plan = await printedText(page, "plan");
  expect(plan).toContain(`Interview plan for case ${CODE}`);
  expect(plan).toContain("Officer Dana Reyes");
  expect(plan).toContain("Tell me where you are staying now.");
  expect(plan).toContain("This plan avoids 3 repeated questions.");
  expect(plan).not.toContain("Quick exit");

  await openSection(page, "Survivor handout");
  const handout = await printedText(page, "handout");
  expect(handout).toContain("Your rights in the interview");
  expect(handout).toContain("You can stop the interview at any time.");
  expect(handout).toContain("Audio or video recording of the interview");
  expect(handout).toContain("You withdrew your agreement on");
  expect(handout).toContain("Community Counselling");
  expect(handout).toContain("+44 1234 234567 ext. 100");
  expect(handout).not.toContain("Case sections");

  // The same handout in the survivor's language.
  await page.getByLabel("Language of the handout").selectOption("es");
  const spanish = await printedText(page, "handout-es");
  expect(spanish).toContain("Sus derechos en la entrevista");
  expect(spanish).toContain("Puede detener la entrevista en cualquier momento.");
  await expectNoAxeViolations(page);
});
