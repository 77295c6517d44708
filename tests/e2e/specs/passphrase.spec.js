// Passphrases: weak ones are refused with the reason, the browser is asked not to save them, and
// the Change passphrase section of the vault page checks the current one and changes nothing on
// any refusal.
import { test, expect, openApp, createVault, unlockVault, createCase, expectSaved, PASSPHRASE } from "../fixtures.js";

// Fictional, and strong by the app's estimate (four unrelated words).
const NEW_PASSPHRASE = "walnut kettle harbour violet";
// Each change derives a key twice (checking the current passphrase, wrapping with the new one),
// seconds each on a loaded machine.
const SLOW = { timeout: 90_000 };
test.describe.configure({ timeout: 180_000 });

async function openVaultPage(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Change passphrase" })).toBeVisible();
}

function changeSection(page) {
  return page.getByRole("region", { name: "Change passphrase" });
}

async function fillChange(page, current, next, again = next) {
  const section = changeSection(page);
  await section.getByLabel("Current passphrase").fill(current);
  await section.getByLabel("New passphrase", { exact: true }).fill(next);
  await section.getByLabel("Type the new passphrase again").fill(again);
}

async function lock(page) {
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unlock" })).toBeVisible();
}

test("a common password is refused with the reason and what to do, and no vault is made", async ({ page }) => {
  await openApp(page, "#/cases");
  await page.getByLabel("Passphrase", { exact: true }).fill("password1234");
  await expect(page.getByText(/Strength: weak/)).toBeVisible();
  await page.getByLabel("Type the passphrase again").fill("password1234");
  await page.getByRole("button", { name: "Create vault" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("too easy to guess");
  await expect(alert).toContainText("one of the most used passwords");
  await expect(alert).toContainText("Use four or more unrelated words");
  await expect(page.getByRole("button", { name: "Create vault" })).toBeVisible();
  // Refused before anything is written: the browser holds no database.
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test("the vault forms ask the browser not to save or fill in the passphrase", async ({ page }) => {
  await openApp(page, "#/cases");
  for (const label of ["Passphrase", "Type the passphrase again"]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("autocomplete", "off");
  }
  await createVault(page);
  await lock(page);
  await expect(page.getByLabel("Passphrase", { exact: true })).toHaveAttribute("autocomplete", "off");
  await unlockVault(page);
  await openVaultPage(page);
  for (const label of [
    "Current passphrase",
    "New passphrase",
    "Type the new passphrase again",
    "Passphrase for the export file",
    "Type the export passphrase again",
  ]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("autocomplete", "off");
  }
  // No field of any form on the page invites the browser's password manager.
  const invites = await page.locator('input[autocomplete="new-password"], input[autocomplete="current-password"]').count();
  expect(invites).toBe(0);
});

test("a wrong current passphrase, a weak new one and a mismatch are refused and change nothing", async ({ page }) => {
  await createVault(page);
  await openVaultPage(page);
  const section = changeSection(page);
  const submit = section.getByRole("button", { name: "Change passphrase" });

  await fillChange(page, "not the current passphrase", NEW_PASSPHRASE);
  await submit.click();
  await expect(section.getByRole("alert")).toContainText("Nothing was changed", SLOW);
  await expect(section.getByRole("alert")).toContainText("does not open this vault");

  await fillChange(page, PASSPHRASE, "password1234");
  await submit.click();
  await expect(section.getByRole("alert")).toContainText("too easy to guess");

  await fillChange(page, PASSPHRASE, NEW_PASSPHRASE, "walnut kettle harbour violets");
  await submit.click();
  await expect(section.getByRole("alert")).toContainText("The two passphrases differ");

  await lock(page);
  await unlockVault(page, NEW_PASSPHRASE);
  await expect(page.getByRole("alert")).toContainText("does not open this vault");
  await unlockVault(page, PASSPHRASE);
  await expect(page.getByRole("heading", { level: 2, name: "Change passphrase" })).toBeVisible();
});

test("after a change only the new passphrase opens the vault", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-PP-201");
  await expectSaved(page);
  await openVaultPage(page);
  await fillChange(page, PASSPHRASE, NEW_PASSPHRASE);
  await changeSection(page).getByRole("button", { name: "Change passphrase" }).click();
  await expect(changeSection(page).getByRole("status")).toHaveText(/Passphrase changed/, SLOW);

  await lock(page);
  await unlockVault(page, PASSPHRASE);
  await expect(page.getByRole("alert")).toContainText("does not open this vault");
  await unlockVault(page, NEW_PASSPHRASE);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("link", { name: "TO-PP-201", exact: true })).toBeVisible();
});

test("replacing the vault key re-encrypts every case; only the new passphrase opens them", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-PP-301");
  await expectSaved(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await createCase(page, "TO-PP-302");
  await expectSaved(page);
  await openVaultPage(page);
  await fillChange(page, PASSPHRASE, NEW_PASSPHRASE);
  await changeSection(page).getByLabel("Also replace the vault key (re-encrypts every case)").check();
  await changeSection(page).getByRole("button", { name: "Change passphrase" }).click();
  await expect(changeSection(page).getByRole("status")).toHaveText(/vault key replaced: 2 records re-encrypted/, SLOW);
  // The open vault works under the new key at once: a new case saves.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await createCase(page, "TO-PP-303");
  await expectSaved(page);
  await lock(page);
  await unlockVault(page, PASSPHRASE);
  await expect(page.getByRole("alert")).toContainText("does not open this vault");
  await unlockVault(page, NEW_PASSPHRASE);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  for (const code of ["TO-PP-301", "TO-PP-302", "TO-PP-303"]) {
    await expect(page.getByRole("link", { name: code, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Changed outside Tell Once" })).toHaveCount(0);
});
