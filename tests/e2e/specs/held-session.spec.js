// A held session becomes part of what the survivor has already told: a session is planned,
// recorded as held (two questions answered, one not asked, one added at the question break),
// and the next plan sees it. By role and label only. Fictional people and places.
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations, printedText } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

const RECRUITED = "Tell me how you came to work at the orchard.";
const SLEPT = "Describe where you slept during the harvest.";
const WAGES = "Explain how the wages were paid.";
const PASSPORT = "Who kept your passport while you worked?";

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  return page.getByRole("region", { name, exact: true });
}

async function addAgency(page, name, role) {
  const agencies = await openSection(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill(name);
  await agencies.getByLabel("Role", { exact: true }).selectOption(role);
  await agencies.getByRole("button", { name: "Add agency" }).click();
  await expect(agencies.getByRole("row", { name: new RegExp(`^${name}\\b`) })).toBeVisible();
}

async function addQuestion(page, agency, words, topic) {
  const questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: `Add a question for ${agency}` }).click();
  await questions.getByLabel("Question", { exact: true }).fill(words);
  await questions.getByRole("checkbox", { name: topic, exact: true }).check();
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: words })).toBeVisible();
  return questions;
}

test("a session recorded as held enters the ledger, and the next plan carries over what was not asked", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-HLD1");
  await addAgency(page, "Vale police", "police");
  await addAgency(page, "Orchard labour inspectorate", "labour_inspectorate");
  await addQuestion(page, "Vale police", RECRUITED, "Recruitment");
  await addQuestion(page, "Vale police", SLEPT, "Accommodation");
  await addQuestion(page, "Vale police", WAGES, "Payment and debt");

  // Plan the first session: a lead interviewer of the police, three questions, a question break.
  await openSection(page, "Session plan");
  await page.getByRole("button", { name: "Add a session" }).click();
  const first = page.getByRole("region", { name: /^Session 1, / });
  const person = first.getByRole("group", { name: "Add a person to the room" });
  await person.getByLabel("Name or role label", { exact: true }).fill("Officer Ines Varga");
  await person.getByLabel("Agency", { exact: true }).selectOption({ label: "Vale police" });
  await person.getByLabel("Role", { exact: true }).selectOption({ label: "Lead interviewer" });
  await person.getByRole("button", { name: "Add person" }).click();
  await expect(first.getByRole("group", { name: "Person 1: Officer Ines Varga" })).toBeVisible();
  for (const words of [RECRUITED, SLEPT, WAGES]) {
    const pick = first.getByLabel("Question to add");
    await pick.selectOption(await pick.getByRole("option", { name: words }).getAttribute("value"));
    await first.getByRole("button", { name: "Add to session" }).click();
    await expect(first.getByText(words, { exact: true })).toBeVisible();
  }
  await first.getByLabel(/^Plan a question break before closure/).check();
  await expectSaved(page);

  // Record it as held: two answered, one out of time, one added at the question break.
  await first.getByRole("button", { name: /^Record as held: Session 1, / }).click();
  const record = first.getByRole("form", { name: /^Record Session 1, .* as held$/ });
  await expect(record.getByLabel(`Outcome of “${RECRUITED}”`)).toHaveValue("0");
  await record.getByLabel(`Outcome of “${WAGES}”`).selectOption({ label: "Not asked: out of time" });
  await record.getByLabel("Agency that asked").selectOption({ label: "Orchard labour inspectorate" });
  await record.getByLabel("Question asked at the break").fill(PASSPORT);
  await record.getByLabel("Its topic").selectOption({ label: "Identity documents" });
  await record.getByRole("button", { name: "Add the question" }).click();
  await expect(record.getByText(`“${PASSPORT}”, asked for Orchard labour inspectorate: Answered`)).toBeVisible();
  // The topics told are proposed from the answers: payment was not asked, so it is not told.
  await expect(record.getByRole("checkbox", { name: "Recruitment", exact: true })).toBeChecked();
  await expect(record.getByRole("checkbox", { name: "Identity documents", exact: true })).toBeChecked();
  await expect(record.getByRole("checkbox", { name: "Payment and debt", exact: true })).not.toBeChecked();
  await expectNoAxeViolations(page);

  // Video without the survivor's consent to recording is refused, and nothing is recorded.
  await record.getByLabel("How the session was recorded").selectOption({ label: "Video" });
  await record.getByRole("button", { name: "Record the session as held" }).click();
  await expect(record.getByRole("alert")).toHaveText(/cannot be recorded as kept on video: the survivor had not given consent to recording/);
  await record.getByLabel("How the session was recorded").selectOption({ label: "Notes only" });
  await record.getByLabel("Note for the team").fill("The survivor asked for a longer break after the harvest questions.");
  await record.getByRole("button", { name: "Record the session as held" }).click();

  const held = first.getByRole("region", { name: "Held session" });
  await expect(held.getByText(/^Took place from .* recorded as Notes only\.$/)).toBeVisible();
  await expect(held.getByText(`${WAGES}: Not asked: out of time`)).toBeVisible();
  await expect(held.getByText(`“${PASSPORT}”, asked for Orchard labour inspectorate: Answered`)).toBeVisible();
  // The plan that took place stays as it was.
  await expect(first.getByLabel("Place", { exact: true })).toBeDisabled();
  await expect(page.getByText(/^This plan avoids .* The survivor has told each topic once: 3 of 3 topics\.$/)).toBeVisible();
  await expectSaved(page);

  // What was not asked carries over to a next session, in one step.
  await held.getByRole("button", { name: "Carry the question not asked over to the next session" }).click();
  await expect(held.getByRole("status")).toHaveText(/^1 question carried over to Session 2, /);
  const second = page.getByRole("region", { name: /^Session 2, / });
  await expect(second.getByText(WAGES, { exact: true })).toBeVisible();
  await expect(second.getByText(RECRUITED, { exact: true })).toHaveCount(0);
  await expectSaved(page);

  // The coverage matrix shows the held session as a column of its own, apart from the plan to come.
  await openSection(page, "Coverage");
  const matrix = page.getByRole("table", { name: "Topics against prior accounts, held sessions and planned sessions" });
  await expect(matrix.getByRole("columnheader")).toHaveText([
    "Topic", /^Held session:\s*Session 1, /, /^Session 2, /, "Not yet in a session", "Evidence",
    "Already told", "Planned in the plan as drafted", "Planned now",
  ]);
  await expect(matrix.getByRole("row", { name: /^Recruitment/ })).toContainText("Told, in detail");

  // The ledger holds the session as a prior account of the lead's agency, changed only with its record.
  const accounts = await openSection(page, "Prior accounts");
  await expect(accounts.getByText(/^This account stands for Session 1, .*, which took place/)).toBeVisible();
  await expect(accounts.getByRole("button", { name: /^Remove / })).toHaveCount(0);

  // A new question on a topic just told in detail is flagged as already told.
  const again = "Tell me again how you were recruited.";
  const questions = await addQuestion(page, "Orchard labour inspectorate", again, "Recruitment");
  await expect(questions.getByRole("listitem", { name: again })).toContainText("already told this in detail in Vale police");
  await expectSaved(page);

  // The interviewer brief of the second session names no earlier account; the full plan does.
  const plan = await openSection(page, "Interview plan");
  await expectNoAxeViolations(page);
  const full = await printedText(page, "full-plan");
  expect(full).toContain("What the survivor has already told");
  expect(full).toMatch(/Vale police, .*Notes.*: Recruitment \(Told in detail\)/);
  await plan.getByLabel("What to show and print").selectOption({ label: (await plan.getByRole("option", { name: /^Interviewer brief: Session 2, / }).textContent()).trim() });
  await expect(plan.getByRole("button", { name: "Print the interviewer brief" })).toBeVisible();
  const brief = await printedText(page, "interviewer-brief");
  expect(brief).toContain("Interviewer brief for case TO-2026-HLD1");
  expect(brief).toContain(WAGES);
  expect(brief).toContain("Question break");
  expect(brief).toContain("leaves out what earlier accounts said");
  expect(brief).not.toContain("What the survivor has already told");
  expect(brief).not.toContain("Told in detail");
  expect(brief).not.toContain("Vale police, ");
  await expectNoAxeViolations(page);

  // The new screens pass axe in Spanish too.
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "Español" });
  await page.getByRole("navigation", { name: "Secciones del caso" }).getByRole("link", { name: "Plan de la sesión", exact: true }).click();
  await expect(page.getByRole("region", { name: "Sesión realizada" }).first()).toContainText("Se realizó de");
  await page.getByRole("button", { name: /^Corregir el registro: Sesión 1, / }).click();
  await expect(page.getByRole("form", { name: /^Corregir el registro de / })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Cancelar" }).click();
  await expectNoAxeViolations(page);
});
