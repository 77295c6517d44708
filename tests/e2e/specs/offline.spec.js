// Field readiness (issue 7): after one visit the app opens and works with no network, from the
// root of a host or from a sub-path; a new version is offered, and the data survives it.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, openApp, createVault, unlockVault, createCase, expectSaved, PASSPHRASE } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(here, "../../../dist");

/** Opens a section of the case from the section navigation. */
async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  return page.getByRole("region", { name, exact: true });
}

/** Waits until the service worker has stored this version and controls the page. */
async function waitForOfflineCopy(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}

/** Reload with no network: every request must be answered by the service worker. */
async function reloadOffline(page, context) {
  const failed = [];
  page.on("requestfailed", (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible({ timeout: 30_000 });
  return failed;
}

/** Adds an agency and one question for it, the heart of a case flow. */
async function planOneQuestion(page, question) {
  const agencies = await openSection(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill("Harbour police");
  await agencies.getByLabel("Role", { exact: true }).selectOption("police");
  await agencies.getByRole("button", { name: "Add agency" }).click();
  await expect(agencies.getByRole("row", { name: /^Harbour police\b/ })).toBeVisible();
  const questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: "Add a question for Harbour police" }).click();
  await questions.getByLabel("Question", { exact: true }).fill(question);
  await questions.getByRole("button", { name: "Save question" }).click();
  await expect(questions.getByRole("heading", { level: 4, name: question })).toBeVisible();
  await expectSaved(page);
}

test("after one visit, the app opens offline and a whole case flow works", async ({ page, context }) => {
  await openApp(page);
  await waitForOfflineCopy(page);

  const failed = await reloadOffline(page, context);
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
  await createVault(page);
  await createCase(page, "TO-2026-OFF1");
  await planOneQuestion(page, "Tell me about the night the boat left the harbour.");
  const plan = await openSection(page, "Interview plan");
  await expect(plan).toBeVisible();

  // Offline still: reload, unlock, and the case is there as it was saved.
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await unlockVault(page);
  await page.getByRole("link", { name: "TO-2026-OFF1", exact: true }).click();
  const questions = await openSection(page, "Questions");
  await expect(questions.getByRole("heading", { level: 4, name: "Tell me about the night the boat left the harbour." })).toBeVisible();
  expect(failed, "requests that failed offline").toEqual([]);
});

// A static host serving the app under /field/tell-once/, from a copy of dist that the test can
// change to publish a "new version".
function subPathHost(port) {
  const root = mkdtempSync(path.join(os.tmpdir(), "tell-once-host-"));
  const app = path.join(root, "field", "tell-once");
  cpSync(DIST, app, { recursive: true });
  const server = spawn(process.execPath, [path.join(here, "../serve.mjs"), root, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => String(chunk).includes("serving") && resolve());
    server.on("exit", (code) => reject(new Error(`the sub-path server stopped (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/field/tell-once/`,
    started,
    /** Publishes a new version: the service worker's file changes, as with every new build. */
    publish() {
      const worker = path.join(app, "sw.js");
      writeFileSync(worker, readFileSync(worker, "utf8").replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1-next";'));
    },
    close() {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// The static host of the sub-path test: the app's own origin in that test.
const SUB_PATH_PORT = Number(process.env.E2E_PORT ?? 8081) + 100;

test.describe("served from a sub-path", () => {
  test.use({ allowedOrigins: [`http://127.0.0.1:${SUB_PATH_PORT}`] });

test("a new version is offered and the cases survive the update", async ({ page, context }) => {
  const host = subPathHost(SUB_PATH_PORT);
  try {
    await host.started;
    await page.goto(host.url);
    await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible({ timeout: 30_000 });
    await waitForOfflineCopy(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${host.url}sw.js`);

    // The shared createVault opens the main server's address; here the vault is made on this host.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
    await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Create vault" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible({ timeout: 30_000 });
    await createCase(page, "TO-2026-UPD1");
    await planOneQuestion(page, "Describe the house where you stayed.");
    // An unsaved change when the update is taken: it must be saved, not lost.
    const questions = await openSection(page, "Questions");
    await questions.getByRole("button", { name: "Add a question for Harbour police" }).click();
    await questions.getByLabel("Question", { exact: true }).fill("Explain how the work was paid.");
    await questions.getByRole("button", { name: "Save question" }).click();

    host.publish();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.getByRole("region", { name: "A new version of Tell Once is ready" });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await notice.getByRole("button", { name: "Save, lock and use the new version" }).click();

    // The page reloads under the new worker, locked; the cases are all there.
    await expect(page.getByRole("region", { name: "A new version of Tell Once is ready" })).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}sw.js`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
    await unlockVault(page);
    await page.getByRole("link", { name: "TO-2026-UPD1", exact: true }).click();
    const after = await openSection(page, "Questions");
    await expect(after.getByRole("heading", { level: 4, name: "Describe the house where you stayed." })).toBeVisible();
    await expect(after.getByRole("heading", { level: 4, name: "Explain how the work was paid." })).toBeVisible();

    // And the new version works offline from the sub-path too.
    const failed = await reloadOffline(page, context);
    await unlockVault(page);
    await expect(after.getByRole("heading", { level: 4, name: "Explain how the work was paid." })).toBeVisible();
    expect(failed, "requests that failed offline").toEqual([]);
  } finally {
    host.close();
  }
});
});
