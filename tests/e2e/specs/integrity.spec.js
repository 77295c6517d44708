// Integrity (issue 13): a change made to the vault's storage outside Tell Once (here, its clear
// metadata edited, and a case record put back from an earlier copy) is reported at unlock, and
// every case still opens.
import { test, expect, createVault, unlockVault, createCase, expectSaved } from "../fixtures.js";

/** Runs `change(store)` on the vault's IndexedDB object store `name` in one transaction. */
async function inStore(page, name, change) {
  return page.evaluate(
    async ({ name, change }) => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open("tell-once-vault");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(name, "readwrite");
      const store = tx.objectStore(name);
      const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const result = await new Function("store", "request", `return (${change})(store, request);`)(store, request);
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
      return result;
    },
    { name, change: change.toString() },
  );
}

async function lock(page) {
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unlock" })).toBeVisible();
}

test("edited metadata and a rolled-back case are reported at unlock; every case opens", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-INT-1");
  await expectSaved(page);
  // Keep a copy of the case's record, then change the case so that the copy is older.
  const [key] = await inStore(page, "cases", async (store, request) => request(store.getAllKeys()));
  const older = await inStore(
    page,
    "cases",
    `async (store, request) => Array.from(await request(store.get(${JSON.stringify(key)})))`,
  );
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: "Survivor profile", exact: true }).click();
  await page.getByLabel("Support person").fill("Fictional caseworker Ondra Vell");
  await expectSaved(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await createCase(page, "TO-INT-2");
  await expectSaved(page);
  await lock(page);

  // The clear metadata edited by hand.
  await inStore(page, "vault", async (store, request) => {
    const meta = JSON.parse(new TextDecoder().decode(await request(store.get("meta"))));
    meta.created_at = 0;
    await request(store.put(new TextEncoder().encode(JSON.stringify(meta)), "meta"));
  });
  await unlockVault(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  const report = page.getByRole("region", { name: "Changed outside Tell Once" });
  await expect(report).toContainText("unencrypted details");
  for (const code of ["TO-INT-1", "TO-INT-2"]) {
    await expect(page.getByRole("link", { name: code, exact: true })).toBeVisible();
  }

  // The earlier copy of the first case put back.
  await lock(page);
  await inStore(
    page,
    "cases",
    `async (store, request) => request(store.put(new Uint8Array(${JSON.stringify(older)}), ${JSON.stringify(key)}))`,
  );
  await unlockVault(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(report).toContainText(
    /Case TO-INT-1 was changed outside Tell Once: an older copy \(version 1\) replaced version [2-9]/,
  );
  for (const code of ["TO-INT-1", "TO-INT-2"]) {
    await expect(page.getByRole("link", { name: code, exact: true })).toBeVisible();
  }
});
