import {
  test,
  expect,
  openApp,
  createVault,
  unlockVault,
  createCase,
  expectSaved,
  expectNoAxeViolations,
} from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const CODE = "TO-2026-Q01";
const LEADING = "He took your passport, didn't he?";
const RECRUITED = "Tell me about how you were recruited.";
const MONEY = "Explain how the money was handled.";
const NAME = "Cuénteme sobre la casa donde se quedó.";

/** Opens a section of the case from the section navigation. */
async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  return page.getByRole("region", { name, exact: true });
}

async function addAgency(section, name, role) {
  await section.getByLabel("Name", { exact: true }).fill(name);
  await section.getByLabel("Role", { exact: true }).selectOption(role);
  await section.getByRole("button", { name: "Add agency" }).click();
  await expect(section.getByRole("row", { name: new RegExp(`^${name}\\b`) })).toBeVisible();
}

/** The question texts of one agency's group, in order: each question is a heading of its own. */
async function questionsOf(section, agency) {
  return section.getByRole("region", { name: new RegExp(`^${agency}`) }).getByRole("heading", { level: 4 }).allTextContents();
}

test("agencies, prior accounts and coached questions are planned, and survive a reload", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, CODE);

  // Agencies: add, rename, remove.
  let agencies = await openSection(page, "Agencies");
  await expect(agencies.getByText("No agency has been added yet.")).toBeVisible();
  await addAgency(agencies, "Police", "police");
  await addAgency(agencies, "Prosecutor", "prosecutor");
  await addAgency(agencies, "NGO", "ngo");
  await addAgency(agencies, "Labour office", "labour_inspectorate");
  await expect(agencies.getByRole("row", { name: /^Prosecutor Prosecutor/ })).toBeVisible();
  await agencies.getByRole("button", { name: "Edit Labour office" }).click();
  await agencies.getByLabel("New name for Labour office").fill("Labour inspectorate North");
  await agencies.getByLabel("Role of Labour office").selectOption("other");
  await agencies.getByRole("button", { name: "Save" }).click();
  await expect(agencies.getByRole("row", { name: /^Labour inspectorate North Other/ })).toBeVisible();
  await agencies.getByRole("button", { name: "Remove Labour inspectorate North" }).click();
  const confirm = page.getByRole("dialog", { name: "Remove Labour inspectorate North?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Remove agency" }).click();
  await expect(agencies.getByRole("row", { name: /Labour inspectorate North/ })).toHaveCount(0);
  await expect(agencies.getByRole("row")).toHaveCount(4); // the header and three agencies
  await expectNoAxeViolations(page);

  // Prior accounts: a video recording the team can obtain, covering recruitment in detail.
  let accounts = await openSection(page, "Prior accounts");
  await accounts.getByRole("button", { name: "Add a prior account" }).click();
  await accounts.getByLabel("Agency that took the account").selectOption({ label: "Police" });
  await accounts.getByLabel("Date").fill("2026-03-04");
  await accounts.getByLabel("Form of the record").selectOption({ label: "Video recording" });
  await accounts.getByLabel("The team can obtain the record").check();
  await accounts.getByRole("checkbox", { name: "Recruitment", exact: true }).check();
  await accounts.getByLabel("How fully was “Recruitment” told?").selectOption({ label: "Told in detail" });
  await accounts.getByRole("checkbox", { name: "Travel", exact: true }).check();
  await expect(accounts.getByLabel("How fully was “Travel” told?")).toHaveValue("partial");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("account-form-1280.png"), fullPage: true });
  await accounts.getByRole("button", { name: "Save prior account" }).click();
  const video = accounts.getByRole("listitem", { name: "Police, March 4, 2026 (Video recording)" });
  await expect(video).toBeVisible();
  await expect(video).toContainText("Recruitment: Told in detail");
  await expect(video).toContainText("Travel: Partly told");
  await expect(video).toContainText("Can be obtained");

  // The second: notes the team cannot obtain, with a topic added for this case.
  await accounts.getByRole("button", { name: "Add a prior account" }).click();
  await accounts.getByRole("button", { name: "Save prior account" }).click();
  await expect(accounts.getByRole("alert")).toHaveText("Choose the agency that took the account.");
  await accounts.getByLabel("Agency that took the account").selectOption({ label: "NGO" });
  await accounts.getByLabel("Date").fill("2026-03-10");
  await accounts.getByLabel("Form of the record").selectOption({ label: "Notes" });
  await accounts.getByRole("checkbox", { name: "Accommodation", exact: true }).check();
  await accounts.getByLabel("How fully was “Accommodation” told?").selectOption({ label: "Mentioned" });
  await accounts.getByText("Add a topic to this case").click();
  await accounts.getByLabel("Topic name").fill("Forced Begging");
  await accounts.getByLabel("What the topic covers").fill("Being made to beg in the street.");
  await accounts.getByRole("button", { name: "Add topic" }).click();
  const topicProblem = accounts.getByRole("alert").filter({ hasText: "topic" });
  await expect(topicProblem).toContainText("“Forced Begging” cannot be a topic name");
  await accounts.getByLabel("Topic name").fill("recruitment");
  await accounts.getByRole("button", { name: "Add topic" }).click();
  await expect(topicProblem).toContainText("already has a topic named “recruitment”");
  await accounts.getByLabel("Topic name").fill("forced-begging");
  await accounts.getByRole("button", { name: "Add topic" }).click();
  await expect(topicProblem).toHaveCount(0);
  await expect(accounts.getByText("Added the topic “forced-begging” to this case and picked it.")).toBeVisible();
  await expect(accounts.getByRole("checkbox", { name: "forced-begging" })).toBeChecked();
  await accounts.getByRole("button", { name: "Save prior account" }).click();
  const notes = accounts.getByRole("listitem", { name: "NGO, March 10, 2026 (Notes)" });
  await expect(notes).toContainText("Accommodation: Mentioned");
  await expect(notes).toContainText("forced-begging: Partly told");
  await expect(notes).toContainText("Cannot be obtained");
  await expectNoAxeViolations(page);

  // Questions: a leading question is coached while it is typed, and reworded with one button.
  let questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: "Add a question for Police" }).click();
  const text = questions.getByLabel("Question", { exact: true });
  await text.pressSequentially(LEADING);
  await expect(questions.getByRole("status").filter({ hasText: "The coach has 1 remark" })).toBeVisible();
  await expect(questions.getByText("Leading: it suggests its own answer")).toBeVisible();
  await expect(questions.getByText("The words: “didn't he”")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("coach-1280.png"), fullPage: true });
  await questions.getByRole("button", { name: "Use this wording" }).click();
  const reworded = await text.inputValue();
  expect(reworded).toMatch(/^Tell me about /);
  expect(reworded).not.toContain("didn't he");
  await expect(questions.getByText("The coach has no remark on this wording.")).toBeVisible();
  await questions.getByRole("checkbox", { name: "Identity documents", exact: true }).check();
  await questions.getByLabel("Priority").selectOption({ label: "High" });
  await expect(questions.getByLabel("PEACE phase")).toHaveValue("account");
  await expect(questions.getByText("Free recall in the survivor's own words")).toBeVisible();
  await questions.getByRole("button", { name: "Save question" }).click();

  await questions.getByRole("button", { name: "Add a question for Police" }).click();
  await text.fill(RECRUITED);
  await questions.getByRole("checkbox", { name: "Recruitment", exact: true }).check();
  await questions.getByRole("button", { name: "Save question" }).click();

  await questions.getByRole("button", { name: "Add a question for Prosecutor" }).click();
  await text.fill(MONEY);
  await questions.getByRole("checkbox", { name: "Payment and debt", exact: true }).check();
  await questions.getByRole("button", { name: "Save question" }).click();

  await questions.getByRole("button", { name: "Add a question for NGO" }).click();
  await text.fill(NAME);
  await questions.getByLabel("PEACE phase").selectOption({ label: "Engage and explain" });
  await expect(questions.getByText("Build rapport, explain the purpose")).toBeVisible();
  // Picked by name; the question then shows it by name.
  await questions.getByLabel("Language of the question").fill("Spanish");
  await questions.getByRole("option", { name: "Spanish — español", exact: true }).click();
  await questions.getByRole("button", { name: "Save question" }).click();

  expect(await questionsOf(questions, "Police")).toEqual([reworded, RECRUITED]);
  expect(await questionsOf(questions, "Prosecutor")).toEqual([MONEY]);
  expect(await questionsOf(questions, "NGO")).toEqual([NAME]);
  const recruited = questions.getByRole("listitem", { name: RECRUITED });
  // The planner's finding is shown beside the question it concerns.
  await expect(recruited).toContainText("already told this in detail in Police, March 4, 2026 (Video recording)");
  await expect(recruited).toContainText("To be asked in the interview.");
  await expect(questions.getByRole("listitem", { name: NAME })).toContainText("Spanish");

  // Reorder within the agency.
  await expect(questions.getByRole("button", { name: `Move up: ${reworded}` })).toBeDisabled();
  await questions.getByRole("button", { name: `Move up: ${RECRUITED}` }).click();
  expect(await questionsOf(questions, "Police")).toEqual([RECRUITED, reworded]);
  await expect(questions.getByRole("status").filter({ hasText: `Moved up: ${RECRUITED}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // An agency that questions and accounts refer to is not removed.
  agencies = await openSection(page, "Agencies");
  await agencies.getByRole("button", { name: "Remove Police" }).click();
  await expect(agencies.getByRole("alert")).toHaveText(
    "Police cannot be removed: 2 questions, 1 prior account still refer to it. Move them to another agency or remove them first.",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectSaved(page);

  // Everything survives a reload and unlock.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await unlockVault(page);
  agencies = page.getByRole("region", { name: "Agencies", exact: true });
  await expect(agencies.getByRole("row", { name: /^Police Police/ })).toBeVisible({ timeout: 30_000 });
  await expect(agencies.getByRole("row", { name: /^NGO NGO/ })).toBeVisible();
  accounts = await openSection(page, "Prior accounts");
  await expect(accounts.getByRole("listitem", { name: "Police, March 4, 2026 (Video recording)" })).toContainText("Recruitment: Told in detail");
  await expect(accounts.getByRole("listitem", { name: "NGO, March 10, 2026 (Notes)" })).toContainText("forced-begging: Partly told");
  questions = await openSection(page, "Questions");
  expect(await questionsOf(questions, "Police")).toEqual([RECRUITED, reworded]);
  expect(await questionsOf(questions, "Prosecutor")).toEqual([MONEY]);
  expect(await questionsOf(questions, "NGO")).toEqual([NAME]);
  await questions.getByRole("button", { name: `Edit: ${reworded}` }).click();
  await expect(questions.getByLabel("Priority")).toHaveValue("high");
  await expect(questions.getByRole("checkbox", { name: "Identity documents", exact: true })).toBeChecked();
  await questions.getByRole("button", { name: "Cancel" }).click();
  await expectNoAxeViolations(page);

  // Screenshots to look at, as a laptop and a phone show the sections.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const name of ["Agencies", "Prior accounts", "Questions"]) {
    await openSection(page, name);
    await page.screenshot({ path: test.info().outputPath(`${name.replace(" ", "-")}-1280.png`), fullPage: true });
  }

  // Usable on a phone: nothing is wider than the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  for (const name of ["Agencies", "Prior accounts", "Questions"]) {
    await openSection(page, name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at 360 px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`${name.replace(" ", "-")}-360.png`), fullPage: true });
  }
  await questions.getByRole("button", { name: "Add a question for NGO" }).click();
  await page.screenshot({ path: test.info().outputPath("question-form-360.png"), fullPage: true });
  await expectNoAxeViolations(page);
});
