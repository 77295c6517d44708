// The planner's worker: the analysis runs off the page's thread; a worker that fails, or goes
// silent, is replaced and sent the whole case, the page says so, and nothing is lost.
import { test, expect, openApp, createVault, createCase, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const LEADING = [
  "He took your passport, didn't he?",
  "They kept your wages, didn't they?",
  "She locked the door at night, didn't she?",
];

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  return page.getByRole("region", { name, exact: true });
}

async function addQuestion(page, text) {
  const questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: "Add a question for Police" }).click();
  await questions.getByLabel("Question", { exact: true }).fill(text);
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: text })).toBeVisible();
}

/** The leading questions the findings name: the analysis as the page shows it. */
async function leadingFindings(page) {
  const findings = await openSection(page, "Findings");
  return findings.getByRole("listitem").filter({ hasText: /Leading/ });
}

function plannerWorkers(page) {
  return page.workers().filter((worker) => worker.url().includes("worker_loader"));
}

test("the analysis runs in a worker, which is replaced when it fails or goes silent", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-W01");
  const agencies = await openSection(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill("Police");
  await agencies.getByLabel("Role", { exact: true }).selectOption("police");
  await agencies.getByRole("button", { name: "Add agency" }).click();

  await addQuestion(page, LEADING[0]);
  await expect(await leadingFindings(page)).toHaveCount(1);
  expect(plannerWorkers(page)).toHaveLength(1);

  // An uncaught error in the worker: the page starts another and says so.
  const second = page.waitForEvent("worker", (worker) => worker.url().includes("worker_loader"));
  await plannerWorkers(page)[0].evaluate(() => setTimeout(() => { throw new Error("the planner's worker fails, as a test"); }));
  const replacement = await second;
  const notice = page.getByRole("status").filter({ hasText: "The planner’s checks stopped and were started again. Nothing was lost" });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);
  await addQuestion(page, LEADING[1]);
  await expect(await leadingFindings(page)).toHaveCount(2);

  // A worker closed without a word: a change waits for its analysis, and when none comes the
  // page starts another worker, which analyses the case as it is.
  const third = page.waitForEvent("worker", { predicate: (worker) => worker.url().includes("worker_loader"), timeout: 40_000 });
  await replacement.evaluate(() => self.close());
  await addQuestion(page, LEADING[2]);
  await third;
  await expect(await leadingFindings(page)).toHaveCount(3);
  const questions = await openSection(page, "Questions");
  for (const text of LEADING) {
    await expect(questions.getByRole("heading", { level: 4, name: text })).toBeVisible();
  }
});
