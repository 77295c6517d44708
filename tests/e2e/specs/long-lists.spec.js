// Long lists in a large case: the generated 10x case (examples/bench_case_export.rs, which
// `make e2e` writes and names in E2E_CASE_10X) is imported as a user would, and its findings,
// a thousand under one rule, are shown a page of 50 at a time, every page reachable by keyboard
// and the rows shown announced.
import { test, expect, openApp, createVault, expectNoAxeViolations, importCaseFile } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

const EXPORT_FILE = process.env.E2E_CASE_10X;
const EXPORT_PASSPHRASE = process.env.E2E_CASE_10X_PASSPHRASE;
const CASE_CODE = "BENCH-10X";
const SLOW = { timeout: 60_000 };

/** A new vault holding the imported 10x case, open at `section`. */
async function openSection(page, section) {
  expect(EXPORT_FILE, "E2E_CASE_10X: the 10x export file (make e2e writes it)").toBeTruthy();
  await openApp(page);
  await createVault(page);
  await importCaseFile(page, { file: EXPORT_FILE, passphrase: EXPORT_PASSPHRASE, code: CASE_CODE });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await page.getByRole("link", { name: CASE_CODE, exact: true }).click();
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: section, exact: true }).click(SLOW);
}

test("the findings of the 10x case are shown a page at a time, every page reachable by keyboard", async ({ page }) => {
  await openSection(page, "Findings");

  const findings = page.getByRole("region", { name: "Findings", exact: true });
  const told = findings.getByRole("region", { name: /^Already told/ });
  const items = told.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4 }) });
  await expect(items).toHaveCount(50, SLOW);
  const shown = told.getByText(/^Showing 1–50 of \d+$/);
  await expect(shown).toBeVisible();
  const total = Number((await shown.textContent()).match(/of (\d+)/)[1]);
  expect(total).toBeGreaterThan(1000);
  const pages = told.getByRole("navigation", { name: /^Pages of Already told/ });
  await expect(pages.getByRole("button", { name: "Previous page" })).toBeDisabled();
  const first = await items.first().textContent();

  // By keyboard: the next page, announced, with other rows.
  await pages.getByRole("button", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(told.getByText("Showing 51–100 of " + total)).toBeVisible();
  await expect(told.getByText("Showing 51–100 of " + total)).toHaveAttribute("aria-live", "polite");
  await expect(items).toHaveCount(50);
  expect(await items.first().textContent()).not.toBe(first);
  await expect(pages.getByRole("button", { name: "Next page" })).toBeFocused();

  // The last page, chosen by number, holds the rest.
  const lastPage = Math.ceil(total / 50);
  await pages.getByLabel(/^Page/).selectOption(String(lastPage));
  await expect(told.getByText(`Showing ${(lastPage - 1) * 50 + 1}–${total} of ${total}`)).toBeVisible();
  await expect(items).toHaveCount(total - (lastPage - 1) * 50);
  await expect(pages.getByRole("button", { name: "Next page" })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test("the questions of the 10x case's hundred agencies are shown ten agencies at a time", async ({ page }) => {
  await openSection(page, "Questions");

  const questions = page.getByRole("region", { name: "Questions", exact: true });
  const adds = questions.getByRole("button", { name: /^Add a question for / });
  await expect(adds).toHaveCount(10, SLOW);
  await expect(questions.getByText("Showing 1–10 of 100", { exact: true })).toBeVisible();
  const firstAgency = await adds.first().textContent();
  const pages = questions.getByRole("navigation", { name: "Pages of Agencies' questions" });
  await pages.getByRole("button", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(questions.getByText("Showing 11–20 of 100", { exact: true })).toBeVisible();
  await expect(adds).toHaveCount(10);
  expect(await adds.first().textContent()).not.toBe(firstAgency);

  // A question added on a later page is saved and shown where it was added.
  await adds.first().click();
  await questions.getByLabel("Question", { exact: true }).fill("Tell me about the morning at the orchard gate.");
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: "Tell me about the morning at the orchard gate." })).toBeVisible();
  await expect(questions.getByText("Showing 11–20 of 100", { exact: true })).toBeVisible();
});

test("a question added to a group of fifty is shown on the page it lands on", async ({ page }) => {
  // Thirty-six questions are added one by one, beside the other specs: more than the usual time.
  test.setTimeout(480_000);
  await openSection(page, "Questions");
  const questions = page.getByRole("region", { name: "Questions", exact: true });
  const add = questions.getByRole("button", { name: /^Add a question for / }).first();
  const agency = (await add.textContent()).replace(/^Add a question for /, "");
  // The agency's group: the region holding its add button (shown again once a question is saved).
  const group = questions.getByRole("region").filter({ has: page.getByRole("button", { name: `Add a question for ${agency}`, exact: true }) });
  const rows = group.getByRole("heading", { level: 4 });
  await expect(rows.first()).toBeVisible(SLOW);
  // The generated case gives each agency fifteen questions; fifty fill the first page.
  for (let number = await rows.count(); number < 50; number++) {
    await add.click();
    await questions.getByLabel("Question", { exact: true }).fill(`Tell me about the lantern at ${number} Tanner Yard.`);
    await questions.getByRole("button", { name: "Save question" }).click();
    await expect(rows).toHaveCount(number + 1);
  }
  await add.click();
  await questions.getByLabel("Question", { exact: true }).fill("Tell me about the fifty-first lantern.");
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: "Tell me about the fifty-first lantern." })).toBeVisible();
  await expect(questions.getByText("Showing 51–51 of 51", { exact: true })).toBeVisible();
});

test("the consent purposes of the 10x case are shown fifty at a time, and the one chosen in the form comes into view", async ({ page }) => {
  await openSection(page, "Consent");
  const consent = page.getByRole("region", { name: "Consent", exact: true });
  const cards = consent.getByRole("heading", { level: 3 });
  await expect(cards).toHaveCount(50, SLOW);
  // The fixed purposes, then sharing with each of the hundred agencies, then the rest.
  const shown = consent.getByText(/^Showing 1–50 of \d+$/);
  await expect(shown).toBeVisible();
  const total = Number((await shown.textContent()).match(/of (\d+)/)[1]);
  expect(total).toBeGreaterThan(100);
  await expect(consent.getByRole("navigation", { name: "Pages of Consent purposes" })).toBeVisible();

  // The last purpose, chosen to record a decision for, is shown on its page beside the form.
  const purpose = page.getByLabel("Purpose", { exact: true });
  const options = purpose.getByRole("option");
  const last = (await options.nth((await options.count()) - 1).textContent()).trim();
  await purpose.selectOption({ label: last });
  await expect(consent.getByText(new RegExp(`^Showing \\d+–${total} of ${total}$`))).toBeVisible();
  await expect(consent.getByRole("heading", { level: 3, name: last, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
