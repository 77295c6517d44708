// A lock always locks, quick exit keeps unsaved edits, and the encrypted journal never brings
// back what was deleted or newer, nor drops what it cannot read.
import { test, expect, openApp, createVault, unlockVault, createCase, expectSaved } from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const NEUTRAL = "https://www.bbc.co.uk";
const JOURNAL = "tell-once-journal:";
const KEPT_ASIDE = "tell-once-journal-unreadable:";

test.use({ allowedOrigins: [NEUTRAL] });

test.beforeEach(async ({ context }) => {
  await context.route(`${NEUTRAL}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }),
  );
});

/** Every IndexedDB write fails from now on, as on a full disk. */
async function fillStorage(page) {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
}

/** The journal's entries in local storage, by key. */
async function journalEntries(page, prefix = JOURNAL) {
  return page.evaluate(
    (prefix) => Object.fromEntries(Object.entries({ ...localStorage }).filter(([key]) => key.startsWith(prefix))),
    prefix,
  );
}

/** Opens the app at the case list after leaving it, and unlocks. */
async function comeBackAndUnlock(page) {
  await page.goto("./#/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await unlockVault(page);
}

/** Opens a case from the list and returns its Support person field. */
async function supportPerson(page, code) {
  await page.getByRole("link", { name: code, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${code}` })).toBeVisible();
  return page.getByLabel("Support person");
}

/** Types a change and leaves by quick exit before the autosave's debounce is over. */
async function typeThenQuickExit(page, text) {
  await page.getByLabel("Support person").fill(text);
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await expect(page).toHaveURL(/bbc\.co\.uk/);
}

test("with storage full, auto-lock locks within the grace period and the change is back after unlock", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.evaluate(() => localStorage.setItem("tell-once-preferences", JSON.stringify({ auto_lock_minutes: 1 })));
  await createVault(page);
  await createCase(page, "TO-2026-701");
  await expectSaved(page);

  await fillStorage(page);
  await page.getByLabel("Support person").fill("Typed while the storage was full");
  const alert = page.getByRole("alertdialog", { name: "Your changes are not saved" });
  await expect(alert).toBeVisible({ timeout: 10_000 });

  // Time stands still from here but for the jumps below, so the grace period is measured exactly.
  const typedAt = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(typedAt + 100);
  // Auto-lock asks between 60 and 65 s after the last activity (it looks every 5 s), so after
  // these 64 s (plus the second or so the failure took to show) it has asked, less than 10 s ago.
  await page.clock.runFor(64_000);
  await expect(alert).toContainText("The vault is locking");
  await expect(page.getByRole("status").filter({ hasText: /^Locking: waiting until/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toHaveCount(0);

  // The grace period (10 s) ends: the vault locks although the save never succeeded.
  await page.clock.runFor(10_000);
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await expect(page.getByText("Typed while the storage was full")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "The vault locked before these cases were saved: TO-2026-701." })).toBeVisible();
  const entries = await journalEntries(page);
  expect(Object.keys(entries)).toHaveLength(1);
  expect(Object.values(entries)[0]).not.toContain("Typed while");

  // Storage works again after a reload; the unlock brings the change back and saves it.
  await page.clock.resume();
  await page.reload();
  await comeBackAndUnlock(page);
  await expect(await supportPerson(page, "TO-2026-701")).toHaveValue("Typed while the storage was full");
  await expectSaved(page);
  expect(await journalEntries(page)).toEqual({});
});

test("when even the journal cannot be written, the vault locks anyway and names the case whose changes are lost", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-702");
  await expectSaved(page);

  await fillStorage(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByLabel("Support person").fill("Nowhere to keep this");
  const alert = page.getByRole("alertdialog", { name: "Your changes are not saved" });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await alert.getByRole("button", { name: "Lock the vault anyway" }).click();
  await expect(alert).toContainText("The vault is locking");
  await page.clock.runFor(10_500);
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "could not be kept" })).toContainText("TO-2026-702");
});

test("a change typed just before quick exit is back after unlock", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-711");
  await expectSaved(page);

  await typeThenQuickExit(page, "Typed a moment before leaving");

  await comeBackAndUnlock(page);
  await expect(await supportPerson(page, "TO-2026-711")).toHaveValue("Typed a moment before leaving");
  await expectSaved(page);
  expect(await journalEntries(page)).toEqual({});
});

/**
 * A journal entry for case `code` left by another tab that closed before saving: made here by a
 * quick exit right after typing `text`, copied, and restored by the unlock that follows.
 */
async function leftoverEntry(page, code, text) {
  await typeThenQuickExit(page, text);
  await page.goto("./#/cases");
  const entries = await journalEntries(page);
  expect(Object.keys(entries)).toHaveLength(1);
  await unlockVault(page);
  await expect(await supportPerson(page, code)).toHaveValue(text);
  await expectSaved(page);
  return entries;
}

async function putBack(page, entries) {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
}

test("a deleted case does not come back from the journal", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-721");
  await expectSaved(page);
  const entries = await leftoverEntry(page, "TO-2026-721", "Changes kept for a deleted case");

  await putBack(page, entries);
  await page.getByRole("link", { name: "Back to the case list" }).click();
  await page.getByRole("button", { name: "Delete TO-2026-721" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete case" }).click();
  await expect(page.getByRole("link", { name: "TO-2026-721" })).toHaveCount(0);
  expect(await journalEntries(page)).toEqual({});

  // Even an entry that outlived the deletion (written by a tab that closed meanwhile) does not
  // bring the case back: it started from a version the vault no longer holds.
  await putBack(page, entries);
  await page.reload();
  await comeBackAndUnlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expect(page.getByRole("link", { name: "TO-2026-721" })).toHaveCount(0);
  expect(await journalEntries(page)).toEqual({});
});

for (const answer of ["journal", "vault"]) {
  test(`an entry older than the vault's version asks, and keeping the ${answer}'s version does so`, async ({ page }) => {
    await openApp(page);
    await createVault(page);
    await createCase(page, "TO-2026-731");
    await expectSaved(page);
    const entries = await leftoverEntry(page, "TO-2026-731", "The journal's version");
    await page.getByLabel("Support person").fill("The vault's newer version");
    await expectSaved(page);

    await putBack(page, entries);
    await page.reload();
    await comeBackAndUnlock(page);
    const question = page.getByRole("region", { name: "Two versions of case TO-2026-731" });
    await expect(question).toBeVisible();
    // Nothing is overwritten before the user answers.
    await expect(await supportPerson(page, "TO-2026-731")).toHaveValue("The vault's newer version");

    const kept = answer === "journal" ? "The journal's version" : "The vault's newer version";
    const button = answer === "journal" ? "Keep the journal's changes to TO-2026-731" : "Keep the vault's version of TO-2026-731";
    await question.getByRole("button", { name: button }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByLabel("Support person")).toHaveValue(kept);
    // Keeping the journal's changes saves them; keeping the vault's version has nothing to save.
    if (answer === "journal") await expectSaved(page);
    expect(await journalEntries(page)).toEqual({});

    // The answer holds: the next unlock asks nothing and shows the version kept.
    await page.reload();
    await comeBackAndUnlock(page);
    await expect(await supportPerson(page, "TO-2026-731")).toHaveValue(kept);
    await expect(page.getByRole("region", { name: "Two versions of case TO-2026-731" })).toHaveCount(0);
  });
}

test("an unreadable journal entry is reported and kept aside, not dropped", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await page.getByRole("button", { name: "Lock" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  // A damaged entry, and one sealed by a vault that was wiped (this vault cannot open it).
  const damaged = { [`${JOURNAL}case-damaged`]: "v1;3;not hex", [`${JOURNAL}case-foreign`]: "v1;-;00ff00ff" };
  await putBack(page, damaged);

  await unlockVault(page);
  const report = page.getByRole("alert").filter({ hasText: "Unsaved changes that cannot be read" });
  await expect(report).toContainText("2 entries");
  await expect(report).toContainText("not deleted");
  expect(await journalEntries(page)).toEqual({});
  expect(await journalEntries(page, KEPT_ASIDE)).toEqual({
    [`${KEPT_ASIDE}case-damaged`]: "v1;3;not hex",
    [`${KEPT_ASIDE}case-foreign`]: "v1;-;00ff00ff",
  });
  await report.getByRole("button", { name: "I understand" }).click();
  await expect(report).toHaveCount(0);

  // Reported again at the next unlock: still kept.
  await page.getByRole("button", { name: "Lock" }).click();
  await unlockVault(page);
  await expect(page.getByRole("alert").filter({ hasText: "Unsaved changes that cannot be read" })).toContainText("2 entries");
});
