// Finding and wiping the vault without `indexedDB.databases()` (missing before Firefox 126 and in
// Tor Browser 13), and a wipe that leaves another app's data on the same origin alone.
import { test, expect, openApp, PASSPHRASE } from "../fixtures.js";

const VAULT_DATABASE = "tell-once-vault";
const SLOW = { timeout: 30_000 };

/** Creates the vault, as the fixture does, waiting longer: deriving its key is slow on purpose. */
async function createVault(page) {
  await page.goto("./#/cases");
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Create vault" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible({ timeout: 90_000 });
}

/** Removes `indexedDB.databases()` before the app's code runs, as in an older Firefox. */
async function withoutDatabaseList(page) {
  await page.addInitScript(() => {
    delete IDBFactory.prototype.databases;
  });
}

/**
 * Whether the vault's database is absent, found by opening it as an older browser must: an open
 * that has to create it says it was not there; the database it created is deleted again.
 */
async function vaultDatabaseAbsent(page) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        let created = false;
        const request = indexedDB.open(name);
        request.onupgradeneeded = (event) => {
          created = event.oldVersion === 0;
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          request.result.close();
          if (!created) return resolve(false);
          const deletion = indexedDB.deleteDatabase(name);
          deletion.onsuccess = () => resolve(true);
          deletion.onerror = () => reject(deletion.error);
        };
      }),
    VAULT_DATABASE,
  );
}

/** Starts the wipe from the Vault page and waits for the page it restarts. */
async function wipeEverything(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  const restarted = page.waitForEvent("load", SLOW);
  await page.getByRole("button", { name: "Wipe everything" }).click();
  await restarted;
  await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible();
}

test("without indexedDB.databases(), a first visit leaves no database, a vault is found after reload, and the wipe deletes it", async ({ page }) => {
  test.setTimeout(240_000);
  await withoutDatabaseList(page);
  await openApp(page, "#/cases");
  expect(await page.evaluate(() => typeof indexedDB.databases)).toBe("undefined");
  await expect(page.getByRole("button", { name: "Create vault" })).toBeVisible(SLOW);
  // Looking for a vault created none.
  expect(await vaultDatabaseAbsent(page)).toBe(true);

  await createVault(page);
  await page.reload();
  await page.goto("./#/cases");
  // The existing vault is found: the locked screen, not the first-run form.
  await expect(page.getByRole("button", { name: "Unlock" })).toBeVisible(SLOW);
  await expect(page.getByRole("button", { name: "Create vault" })).toHaveCount(0);

  await wipeEverything(page);
  expect(await vaultDatabaseAbsent(page)).toBe(true);
  await page.goto("./#/cases");
  await expect(page.getByRole("button", { name: "Create vault" })).toBeVisible(SLOW);
});

test("the wipe leaves another app's storage keys, database and cache on the same origin", async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  // Another app served from the same origin, with data of its own.
  await page.evaluate(async () => {
    localStorage.setItem("garden-planner:beds", "3");
    sessionStorage.setItem("garden-planner:draft", "tomatoes");
    await new Promise((resolve, reject) => {
      const request = indexedDB.open("garden-planner");
      request.onupgradeneeded = () => request.result.createObjectStore("beds");
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const cache = await caches.open("garden-planner-v1");
    await cache.put("/garden-planner/seeds.json", new Response("[]"));
  });

  await createVault(page);
  // A key of this app, so that the wipe has one to remove.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  await page.getByLabel("Lock the vault after").selectOption({ label: "10 minutes without activity" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await wipeEverything(page);
  const left = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    seeds: await (await caches.match("/garden-planner/seeds.json"))?.text(),
  }));
  expect(left).toEqual({
    local: ["garden-planner:beds"],
    session: ["garden-planner:draft"],
    databases: ["garden-planner"],
    caches: ["garden-planner-v1"],
    seeds: "[]",
  });
});
