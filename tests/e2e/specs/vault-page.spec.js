// The Vault page: export, wipe everything, import, the automatic lock, and accessibility.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { test, expect, openApp, expectNoAxeViolations } from "../fixtures.js";

const VAULT_PASSPHRASE = "harbour lantern orchard";
const EXPORT_PASSPHRASE = "copper meadow riverbank";
const CASE_CODE = "TO-VP-101";
// Creating or unlocking a vault and opening an export each derive a key on purpose slowly.
const SLOW = { timeout: 30_000 };

async function createVault(page) {
  await openApp(page, "#/cases");
  await page.getByLabel("Passphrase", { exact: true }).fill(VAULT_PASSPHRASE);
  await page.getByLabel("Type the passphrase again").fill(VAULT_PASSPHRASE);
  await page.getByRole("button", { name: "Create vault" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible(SLOW);
}

async function createCase(page, code) {
  await goTo(page, "Cases");
  await page.getByLabel("Case code").fill(code);
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${code}` })).toBeVisible();
}

async function goTo(page, link) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
}

async function openVaultPage(page) {
  await goTo(page, "Vault and backups");
  await expect(page.getByRole("heading", { level: 1, name: "Vault and backups" })).toBeVisible();
}

/** Exports with the export form and returns the path of the saved file. */
async function exportAll(page, testInfo) {
  await page.getByLabel("Passphrase for the export file").fill(EXPORT_PASSPHRASE);
  await page.getByLabel("Type the export passphrase again").fill(EXPORT_PASSPHRASE);
  const download = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: "Export all cases" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tell-once-\d{4}-\d{2}-\d{2}\.age$/);
  const path = testInfo.outputPath("export.age");
  await file.saveAs(path);
  await expect(page.getByRole("status").filter({ hasText: "Exported 1 case." })).toBeVisible(SLOW);
  return path;
}

async function openImport(page, path, passphrase) {
  const importSection = page.getByRole("region", { name: "Import cases" });
  await importSection.getByLabel("Export file to import").setInputFiles(path);
  await importSection.getByLabel("Passphrase of the export file").fill(passphrase);
  await importSection.getByRole("button", { name: "Open file" }).click();
  return importSection;
}

/** `age -d` reads the passphrase from a terminal: `script` gives it one fed from our input. */
function decryptWithAgeCli(path, passphrase) {
  const result = spawnSync("/usr/bin/script", ["-q", "-e", "-c", `/usr/bin/age -d -o ${path}.json ${path}`, "/dev/null"], {
    input: `${passphrase}\n`,
    timeout: 60_000,
  });
  expect(result.status, String(result.stderr)).toBe(0);
  return JSON.parse(readFileSync(`${path}.json`, "utf8"));
}

test("export, wipe everything, then import the export into a new vault", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await openVaultPage(page);

  const exported = await exportAll(page, testInfo);
  expect(readFileSync(exported, "utf8")).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
  if (existsSync("/usr/bin/age") && existsSync("/usr/bin/script")) {
    const bundle = decryptWithAgeCli(exported, EXPORT_PASSPHRASE);
    expect(bundle.format).toBe("tell-once-export");
    expect(bundle.cases.map((c) => c.document.case.code)).toEqual([CASE_CODE]);
  } else {
    testInfo.annotations.push({ type: "note", description: "age CLI missing: interop checked by tests/vault_export.rs" });
  }

  // A preference in local storage, so that the wipe has something there to remove.
  await page.getByLabel("Lock the vault after").selectOption({ label: "10 minutes without activity" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBeGreaterThan(0);

  const reloaded = page.waitForEvent("load", SLOW);
  await page.getByRole("button", { name: "Wipe everything" }).click();
  await expect(page.getByRole("button", { name: "Cancel wipe" })).toBeFocused();
  await expect(page.getByText(/Wiping everything in \d seconds?/)).toBeVisible();
  await reloaded;
  await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).length), SLOW).toBe(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Nor an offline copy of the app: no cache and no service worker, and none registered again.
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(new URL(page.url()).search).toBe("");

  await createVault(page);
  await expect(page.getByText("There are no cases yet.")).toBeVisible();
  await openVaultPage(page);
  const importSection = await openImport(page, exported, EXPORT_PASSPHRASE);
  const group = importSection.getByRole("group", { name: `${CASE_CODE}: new to this vault` });
  await expect(group).toBeVisible(SLOW);
  await expect(group.getByRole("radio", { name: "Import" })).toBeChecked();
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importSection.getByRole("status").filter({ hasText: "Imported 1 case." })).toBeVisible();

  await goTo(page, "Cases");
  await expect(page.getByRole("link", { name: CASE_CODE, exact: true })).toBeVisible();
  // The imported case was saved: it is still there after locking and unlocking.
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(VAULT_PASSPHRASE);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("link", { name: CASE_CODE, exact: true })).toBeVisible(SLOW);
});

test("importing over an existing case asks for a choice and replaces only after confirmation", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await openVaultPage(page);
  const exported = await exportAll(page, testInfo);

  const importSection = await openImport(page, exported, EXPORT_PASSPHRASE);
  const group = importSection.getByRole("group", { name: `${CASE_CODE}: already in this vault` });
  await expect(group).toBeVisible(SLOW);
  for (const choice of ["Keep both (import as a copy)", "Replace the case in this vault", "Skip"]) {
    await expect(group.getByRole("radio", { name: choice })).not.toBeChecked();
  }
  // No choice: nothing happens but a message.
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importSection.getByRole("alert")).toHaveText(
    `${CASE_CODE} is already in this vault: choose keep both, replace or skip.`,
  );

  // Replace asks first; cancelling leaves the choice open and nothing imported.
  await group.getByRole("radio", { name: "Replace the case in this vault" }).check();
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Replace 1 case?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(group).toBeVisible();

  // Keep both: the copy gets a code of its own.
  await group.getByRole("radio", { name: "Keep both (import as a copy)" }).check();
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importSection.getByRole("status")).toContainText("Imported 1 case.");
  await expect(importSection.getByRole("status")).toContainText(`${CASE_CODE} was imported as ${CASE_CODE} (imported).`);
  await goTo(page, "Cases");
  await expect(page.getByRole("link", { name: CASE_CODE, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${CASE_CODE} (imported)`, exact: true })).toBeVisible();

  // Replace, confirmed.
  await openVaultPage(page);
  await openImport(page, exported, EXPORT_PASSPHRASE);
  await group.getByRole("radio", { name: "Replace the case in this vault" }).check({ timeout: 30_000 });
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("dialog", { name: "Replace 1 case?" }).getByRole("button", { name: "Replace and import" }).click();
  await expect(importSection.getByRole("status")).toHaveText("Imported 1 case.");
  await goTo(page, "Cases");
  await expect(page.getByRole("listitem").getByRole("heading", { level: 3 })).toHaveText([CASE_CODE, `${CASE_CODE} (imported)`]);
});

test("import explains a wrong passphrase and a file that is not an export", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await openVaultPage(page);
  const exported = await exportAll(page, testInfo);

  let importSection = await openImport(page, exported, "not the right passphrase");
  await expect(importSection.getByRole("alert")).toHaveText(
    "That passphrase does not open this file. Use the passphrase chosen when the file was exported.",
    SLOW,
  );

  const notAge = testInfo.outputPath("notes.txt");
  writeFileSync(notAge, "Meeting notes, nothing encrypted here.\n");
  importSection = await openImport(page, notAge, EXPORT_PASSPHRASE);
  await expect(importSection.getByRole("alert")).toHaveText(
    "This is not an encrypted export file. Choose a file exported by Tell Once (ending in .age) or made with age -p.",
  );

  const truncated = testInfo.outputPath("truncated.age");
  const text = readFileSync(exported, "utf8");
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  importSection = await openImport(page, truncated, EXPORT_PASSPHRASE);
  await expect(importSection.getByRole("alert")).toHaveText("The file is incomplete: it was cut short. Copy or download it again.");
});

test("cancelling the wipe countdown keeps everything", async ({ page }) => {
  test.setTimeout(120_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await openVaultPage(page);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Wipe everything" }).click();
  const cancel = page.getByRole("button", { name: "Cancel wipe" });
  await expect(cancel).toBeFocused();
  const countdown = page.getByText(/Wiping everything in \d seconds?\. Press Cancel to stop\./);
  await expect(countdown).toHaveAttribute("aria-live", "assertive");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Wipe cancelled. Nothing was removed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Wipe everything" })).toBeFocused();

  // Past the end of the countdown: still unlocked, the case and the database still there.
  await page.waitForTimeout(6_000);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(databases);
  await goTo(page, "Cases");
  await expect(page.getByRole("link", { name: CASE_CODE, exact: true })).toBeVisible();
});

test("the wipe is offered while the vault is absent and while it is locked", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, "#/vault");
  await expect(page.getByRole("heading", { name: "Create your vault" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Wipe everything" })).toBeVisible();
  await createVault(page);
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await openVaultPage(page);
  await expect(page.getByRole("heading", { name: "Unlock your vault" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Wipe everything" })).toBeVisible();
});

test("one case can be exported on its own", async ({ page }) => {
  test.setTimeout(120_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await createCase(page, "TO-VP-202");
  await openVaultPage(page);
  await page.getByLabel("Cases to export").selectOption({ label: "TO-VP-202" });
  await page.getByLabel("Passphrase for the export file").fill(EXPORT_PASSPHRASE);
  await page.getByLabel("Type the export passphrase again").fill(EXPORT_PASSPHRASE);
  const download = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: "Export TO-VP-202" }).click();
  expect((await download).suggestedFilename()).toMatch(/^tell-once-TO-VP-202-\d{4}-\d{2}-\d{2}\.age$/);
  await expect(page.getByRole("status").filter({ hasText: "Exported 1 case." })).toBeVisible(SLOW);
});

test("the auto-lock choice is kept and shown again", async ({ page }) => {
  test.setTimeout(120_000);
  await createVault(page);
  await openVaultPage(page);
  const select = page.getByLabel("Lock the vault after");
  await expect(select).toHaveValue("5");
  await select.selectOption({ label: "2 minutes without activity" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("tell-once-preferences")));
  expect(stored.auto_lock_minutes).toBe(2);
  await goTo(page, "Cases");
  await openVaultPage(page);
  await expect(page.getByLabel("Lock the vault after")).toHaveValue("2");
});

test("axe-core finds no violation on the Vault page while unlocked", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await createVault(page);
  await createCase(page, CASE_CODE);
  await openVaultPage(page);
  await expectNoAxeViolations(page);
  // And with an import plan on show.
  const exported = await exportAll(page, testInfo);
  const importSection = await openImport(page, exported, EXPORT_PASSPHRASE);
  await expect(importSection.getByRole("group")).toBeVisible(SLOW);
  await expectNoAxeViolations(page);
});
