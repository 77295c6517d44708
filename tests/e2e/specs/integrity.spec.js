// Integrity (issue 13): a change made to the vault's storage outside Tell Once (here, its clear
// metadata edited, and a case record put back from an earlier copy) is reported at unlock, and
// every case still opens.
import { test, expect, createVault, unlockVault, createCase, expectSaved } from "../fixtures.js";

/**
 * One operation on the vault's IndexedDB object store `name`, done from the page as another
 * program with access to the device could: "keys", "get" (bytes as an array), "put" (from an
 * array), or "age meta" (the clear metadata's creation time set to 0). No string is evaluated:
 * the app's Content Security Policy forbids it.
 */
async function inStore(page, name, operation, key = null, bytes = null) {
  return page.evaluate(
    async ({ name, operation, key, bytes }) => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open("tell-once-vault");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(name, "readwrite");
      const store = tx.objectStore(name);
      const request = (r) =>
        new Promise((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      let result = null;
      if (operation === "keys") result = await request(store.getAllKeys());
      if (operation === "get") result = Array.from(await request(store.get(key)));
      if (operation === "put") await request(store.put(new Uint8Array(bytes), key));
      if (operation === "age meta") {
        const meta = JSON.parse(new TextDecoder().decode(await request(store.get("meta"))));
        meta.created_at = 0;
        await request(store.put(new TextEncoder().encode(JSON.stringify(meta)), "meta"));
      }
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
      return result;
    },
    { name, operation, key, bytes },
  );
}

// Three key derivations (create, and two unlocks), seconds each on a loaded machine.
test.describe.configure({ timeout: 120_000 });

async function lock(page) {
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unlock" })).toBeVisible();
}

test("edited metadata and a rolled-back case are reported at unlock; every case opens", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-INT-1");
  await expectSaved(page);
  // Keep a copy of the case's record, then change the case so that the copy is older.
  const [key] = await inStore(page, "cases", "keys");
  const older = await inStore(page, "cases", "get", key);
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: "Survivor profile", exact: true }).click();
  await page.getByLabel("Support person").fill("Fictional caseworker Ondra Vell");
  await expectSaved(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await createCase(page, "TO-INT-2");
  await expectSaved(page);
  await lock(page);

  // The clear metadata edited by hand.
  await inStore(page, "vault", "age meta");
  await unlockVault(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  const report = page.getByRole("region", { name: "Changed outside Tell Once" });
  await expect(report).toContainText("unencrypted details");
  for (const code of ["TO-INT-1", "TO-INT-2"]) {
    await expect(page.getByRole("link", { name: code, exact: true })).toBeVisible();
  }

  // The earlier copy of the first case put back.
  await lock(page);
  await inStore(page, "cases", "put", key, older);
  await unlockVault(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(report).toContainText(
    /Case TO-INT-1 was changed outside Tell Once: an older copy \(version 1\) replaced version [2-9]/,
  );
  for (const code of ["TO-INT-1", "TO-INT-2"]) {
    await expect(page.getByRole("link", { name: code, exact: true })).toBeVisible();
  }
});
