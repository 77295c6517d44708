import {
  test,
  expect,
  openApp,
  createVault,
  unlockVault,
  createCase,
  expectSaved,
  expectNoAxeViolations,
  PASSPHRASE,
} from "../fixtures.js";

test.describe.configure({ timeout: 90_000 });

test("a vault is created, a case added, and after a reload the vault is locked until unlocked", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  // The browser was asked to keep the vault, and its answer is shown.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  await expect(page.getByText(/This browser (agreed to keep|may delete) the vault/)).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await createCase(page, "TO-2026-101");
  await expectSaved(page);

  await page.reload();
  await page.goto("./#/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await expect(page.getByText("TO-2026-101")).toHaveCount(0);

  await unlockVault(page);
  await expect(page.getByRole("link", { name: "TO-2026-101" })).toBeVisible({ timeout: 30_000 });
});

test("nothing readable is written to storage: no case code or passphrase in IndexedDB or localStorage", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-SECRET");
  await page.getByLabel("Support person").fill("NGO caseworker Marisol");
  await expectSaved(page);
  const stored = await page.evaluate(async () => {
    const texts = [JSON.stringify({ ...localStorage })];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const storeName of db.objectStoreNames) {
        const values = await new Promise((ok) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => ok(request.result);
        });
        for (const value of values) texts.push(new TextDecoder().decode(value));
      }
      db.close();
    }
    return texts.join("\n");
  });
  expect(stored).toContain("age-encryption.org");
  for (const secret of ["TO-2026-SECRET", "Marisol", PASSPHRASE]) expect(stored).not.toContain(secret);
});

test("a wrong passphrase is refused with a clear message", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await page.getByRole("button", { name: "Lock" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await unlockVault(page, "not the right passphrase");
  await expect(page.getByRole("alert")).toContainText("That passphrase does not open this vault", { timeout: 30_000 });
  await unlockVault(page);
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible({ timeout: 30_000 });
});

test("cases are renamed, duplicated, searched and deleted after confirmation", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-201");
  await page.getByRole("link", { name: "Back to the case list" }).click();
  await createCase(page, "TO-2026-202");
  await page.getByRole("link", { name: "Back to the case list" }).click();

  await page.getByRole("button", { name: "Rename TO-2026-201" }).click();
  await page.getByLabel("New code for TO-2026-201").fill("TO-2026-202");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("Another case already uses this code");
  await page.getByLabel("New code for TO-2026-201").fill("TO-2026-299");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "TO-2026-299" })).toBeVisible();

  await page.getByRole("button", { name: "Duplicate TO-2026-299" }).click();
  await expect(page.getByRole("link", { name: "TO-2026-299 copy" })).toBeVisible();

  await page.getByLabel("Search cases by code").fill("299");
  await expect(page.getByRole("link", { name: /TO-2026-/ })).toHaveCount(2);
  await page.getByLabel("Search cases by code").fill("");

  await page.getByRole("button", { name: "Delete TO-2026-202" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete TO-2026-202?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("link", { name: "TO-2026-202" })).toBeVisible();
  await page.getByRole("button", { name: "Delete TO-2026-202" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete case" }).click();
  await expect(page.getByRole("link", { name: "TO-2026-202" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await expectSaved(page);
  await page.reload();
  await page.goto("./#/cases");
  await unlockVault(page);
  await expect(page.getByRole("link", { name: /TO-2026-/ })).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "TO-2026-202" })).toHaveCount(0);
});

test("typing then closing the tab at once loses nothing", async ({ page, context }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-301");
  await expectSaved(page);
  await page.getByLabel("Support person").fill("Shelter caseworker");
  await page.close();

  const again = await context.newPage();
  await openApp(again, "#/cases");
  await unlockVault(again);
  await again.getByRole("link", { name: "TO-2026-301" }).click({ timeout: 30_000 });
  await expect(again.getByLabel("Support person")).toHaveValue("Shelter caseworker");
});

test("two tabs: the second is read-only and follows, then takes over; nothing is lost", async ({ page, context }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-401");
  const caseUrl = page.url();

  const second = await context.newPage();
  await second.goto(caseUrl);
  await unlockVault(second);
  await expect(second.getByRole("heading", { name: "Open in another tab" })).toBeVisible({ timeout: 30_000 });
  await expect(second.getByLabel("Support person")).toBeDisabled();

  await page.getByLabel("Support person").fill("Written in the first tab");
  await expectSaved(page);
  await expect(second.getByLabel("Support person")).toHaveValue("Written in the first tab");

  await page.getByLabel("Preferred language").fill("Spanish");
  await page.getByRole("option", { name: "Spanish — español", exact: true }).click();
  await second.getByRole("button", { name: "Edit in this tab instead" }).click();
  await expect(second.getByLabel("Support person")).toBeEnabled({ timeout: 10_000 });
  await expect(second.getByLabel("Preferred language")).toHaveValue("Spanish — español");
  await expect(page.getByRole("heading", { name: "Open in another tab" })).toBeVisible();

  await second.getByLabel("Support person").fill("Written in the second tab");
  await expectSaved(second);
  await second.close();
  await page.close();

  const third = await context.newPage();
  await third.goto(caseUrl);
  await unlockVault(third);
  await expect(third.getByLabel("Support person")).toHaveValue("Written in the second tab", { timeout: 30_000 });
  await expect(third.getByLabel("Preferred language")).toHaveValue("Spanish — español");
});

test("a storage failure shows a blocking alert with Export now, keeps the data and never says Saved", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-501");
  await expectSaved(page);

  // From now on every write fails as a full disk would.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    window.__restorePut = () => (IDBObjectStore.prototype.put = put);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByLabel("Support person").fill("Kept in memory");
  const alert = page.getByRole("alertdialog", { name: "Your changes are not saved" });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(alert).toContainText("The browser's storage is full.");
  await expect(alert.getByRole("button", { name: "Export all cases" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toHaveCount(0);
  await expect(page.getByLabel("Support person")).toHaveValue("Kept in memory");

  // Storage recovers: the retry stores the change and the alert goes away.
  await page.evaluate(() => window.__restorePut());
  await alert.getByRole("button", { name: "Try saving again now" }).click();
  await expect(alert).toHaveCount(0);
  await expectSaved(page);
});

test("the vault locks itself after the chosen time without activity", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.evaluate(() => localStorage.setItem("tell-once-preferences", JSON.stringify({ auto_lock_minutes: 1 })));
  await createVault(page);
  await page.clock.runFor(30_000);
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await page.clock.runFor(40_000);
  await expect(page.getByRole("heading", { level: 1, name: "Unlock your vault" })).toBeVisible();
  await expect(page.getByText("The vault locked itself after a period without activity.")).toBeVisible();
});

test.describe("quick exit", () => {
  test.use({ allowedOrigins: ["https://www.bbc.co.uk"] });

  test("quick exit locks the vault: Back shows no case", async ({ page, context }) => {
  await context.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }),
  );
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-601");
  await expectSaved(page);
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await expect(page).toHaveURL(/bbc\.co\.uk/);
  await page.goBack().catch(() => null);
  await expect(page.getByText("TO-2026-601")).toHaveCount(0);
});
});
