// Evidence first: a topic the plan asks about rests on the survivor's word alone until evidence
// is requested; requests are added from the findings, one is marked obtained, and the findings,
// the coverage matrix and the printed plan follow. By role and label only. Fictional data.
import { test, expect, createVault, createCase, expectSaved, expectNoAxeViolations, printedText } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

const PAID = "Tell me how you were paid at the cannery.";
const POLICE = "Saltmarsh police";

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  return page.getByRole("region", { name, exact: true });
}

test("evidence requests from the findings, one obtained: the finding, the matrix and the printed plan follow", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-2026-930");
  const agencies = await openSection(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill(POLICE);
  await agencies.getByLabel("Role", { exact: true }).selectOption({ label: "Police" });
  await agencies.getByRole("button", { name: "Add agency" }).click();
  const questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: `Add a question for ${POLICE}` }).click();
  await questions.getByLabel("Question", { exact: true }).fill(PAID);
  await questions.getByRole("checkbox", { name: "Payment and debt", exact: true }).check();
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: PAID })).toBeVisible();

  // The topic rests on her word alone: the finding offers the catalogue's kinds of evidence.
  await openSection(page, "Findings");
  await expect(page.getByRole("heading", { name: /Rests on the survivor's word alone/ })).toBeVisible();
  await expect(page.getByText(/No evidence requested or obtained corroborates Payment and debt/)).toBeVisible();
  await page.getByRole("button", { name: `Accept: Add an evidence request for ${POLICE}: Financial records, “Bank and money-transfer records.”` }).click();
  await expect(page.getByRole("heading", { name: /Rests on the survivor's word alone/ })).toHaveCount(0);
  await expectSaved(page);

  // A second request by hand, for the ledgers; then the bank records come in.
  const evidence = await openSection(page, "Evidence");
  await expect(evidence.getByText("0 of 1 topics in the plan can be corroborated by evidence obtained.")).toBeVisible();
  const bank = evidence.getByRole("listitem", { name: "Bank and money-transfer records." });
  await expect(bank).toContainText(/Requested on /);
  const form = evidence.getByRole("form", { name: "Add an evidence item" });
  await form.getByLabel("Kind of evidence").selectOption({ label: "Photographs and physical objects" });
  await form.getByLabel("Description").fill("Pay ledger seized at the cannery office");
  await form.getByRole("checkbox", { name: "Payment and debt", exact: true }).check();
  await form.getByRole("button", { name: "Add evidence item" }).click();
  await expect(evidence.getByRole("status")).toHaveText("“Pay ledger seized at the cannery office” added, to request.");
  const ledger = evidence.getByRole("listitem", { name: "Pay ledger seized at the cannery office" });
  await expect(ledger).toContainText("To request");
  await evidence.getByRole("button", { name: "Mark obtained: Bank and money-transfer records." }).click();
  await expect(bank).toContainText(/Obtained on /);
  await expect(evidence.getByText("1 of 1 topics in the plan can be corroborated by evidence obtained.")).toBeVisible();
  // Not obtainable needs a reason.
  await evidence.getByRole("button", { name: "Mark not obtainable: Pay ledger seized at the cannery office" }).click();
  await evidence.getByLabel("Why it cannot be obtained").fill("The office burned down before the search.");
  await evidence.getByRole("button", { name: "Save as not obtainable" }).click();
  await expect(ledger).toContainText("The office burned down before the search.");
  // The catalogue grows for this case.
  const catalogue = evidence.getByRole("form", { name: "Add a kind of evidence for a topic, for this case" });
  await catalogue.getByLabel("Topic", { exact: true }).selectOption({ label: "Payment and debt" });
  await catalogue.getByLabel("Kind of evidence").selectOption({ label: "Communications" });
  await catalogue.getByLabel("What it is and where to find it").fill("Messages about wages with the supervisor.");
  await catalogue.getByRole("button", { name: "Add to the catalogue" }).click();
  await expect(evidence.getByRole("status")).toHaveText("Communications added to the catalogue for Payment and debt.");
  await evidence.getByText("Show the evidence catalogue").click();
  await expect(evidence.getByText("Communications: Messages about wages with the supervisor.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectSaved(page);

  // The question is now covered by evidence obtained: ask only what it cannot show, and it stays.
  await openSection(page, "Findings");
  await expect(page.getByRole("heading", { name: /Evidence obtained already shows this/ })).toBeVisible();
  await expect(page.getByText(/Ask only what the evidence cannot show/)).toBeVisible();
  const stillThere = await openSection(page, "Questions");
  await expect(stillThere.getByRole("heading", { level: 4, name: PAID })).toBeVisible();

  // The coverage matrix shows where the topic stands.
  await openSection(page, "Coverage");
  const matrix = page.getByRole("table", { name: "Topics against prior accounts, held sessions and planned sessions" });
  await expect(matrix.getByRole("columnheader", { name: "Evidence" })).toBeVisible();
  const row = matrix.getByRole("row", { name: /^Payment and debt/ });
  await expect(row).toContainText("Financial records: Obtained");
  await expect(row).toContainText("Photographs and physical objects: Not obtainable");

  // The printed plan lists the requests by agency, with status and dates.
  await openSection(page, "Interview plan");
  const printed = await printedText(page, "plan-with-evidence");
  expect(printed).toContain("Evidence requests, by agency");
  expect(printed).toMatch(new RegExp(`${POLICE} Bank and money-transfer records\\. \\(Financial records\\): Obtained, requested .*, obtained .*\\.`));
  expect(printed).toContain("Pay ledger seized at the cannery office (Photographs and physical objects): Not obtainable");

  // The new screen passes axe in Spanish too.
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "Español" });
  await page.getByRole("navigation", { name: "Secciones del caso" }).getByRole("link", { name: "Pruebas", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Pruebas" })).toBeVisible();
  await expectNoAxeViolations(page);
});
