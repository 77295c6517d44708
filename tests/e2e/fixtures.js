// The one fixture every spec uses: it records every request, websocket and service-worker
// fetch of the test, and fails the test on a request to any origin other than the app's own,
// on a Content Security Policy violation, and on an uncaught error in the page.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const test = base.extend({
  // Origins a test may reach besides the app's own (quick exit's neutral page, and nothing else).
  allowedOrigins: [[], { option: true }],

  network: async ({ context, baseURL, allowedOrigins }, use) => {
    const own = new URL(baseURL).origin;
    const requests = [];
    const record = (url, via) => requests.push({ url, via });
    context.on("request", (request) => record(request.url(), request.serviceWorker() ? "service worker" : "page"));
    context.on("serviceworker", (worker) => record(worker.url(), "service worker script"));
    context.on("page", (popup) => popup.on("websocket", (socket) => record(socket.url(), "websocket")));
    await use({ requests });
    const foreign = requests.filter(({ url }) => {
      if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return false;
      const origin = new URL(url).origin;
      return origin !== own && !allowedOrigins.includes(origin);
    });
    expect(foreign, "requests to another origin").toEqual([]);
  },

  // CSP violations and uncaught errors seen in the page; a test that provokes one on purpose
  // asserts on it and takes it out, every other one fails the test.
  pageProblems: async ({}, use) => {
    await use([]);
  },

  page: async ({ page, network, pageProblems: problems }, use) => {
    page.on("websocket", (socket) => network.requests.push({ url: socket.url(), via: "websocket" }));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message} ${process.env.E2E_STACKS ? error.stack : ""}`));
    await use(page);
    expect(problems, "CSP violations and page errors").toEqual([]);
  },
});

export { expect };

/** Runs axe-core on the page as it is and expects no violation at all. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Waits until the wasm app has rendered its shell. */
export async function openApp(page, hash = "") {
  await page.goto(`./${hash}`);
  await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible();
}

export const PASSPHRASE = "fern lantern orbit quietly";

/** Creates the vault on first run (the form is on the Cases page) and waits until it is open. */
export async function createVault(page, passphrase = PASSPHRASE) {
  await page.goto("./#/cases");
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Type the passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Create vault" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible({ timeout: 30_000 });
}

/**
 * Unlocks the vault from the unlock form shown on any vault page, and waits until the unlock is
 * over: the form is gone, or a passphrase was refused. Deriving the key takes seconds on purpose,
 * longer on a loaded machine than a plain assertion waits.
 */
export async function unlockVault(page, passphrase = PASSPHRASE) {
  const field = page.getByLabel("Passphrase", { exact: true });
  await field.fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  const refused = page.getByRole("alert").filter({ hasText: /passphrase/i });
  const unlocking = page.getByText("Unlocking. This takes a few seconds…");
  await expect(async () => {
    const over = (await field.count()) === 0 || ((await refused.count()) > 0 && (await unlocking.count()) === 0);
    expect(over, "the unlock is over").toBe(true);
  }).toPass({ timeout: 30_000 });
}

/** Creates a case from the case list and waits for its page. */
export async function createCase(page, code) {
  await page.getByLabel("Case code").fill(code);
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${code}` })).toBeVisible();
}

/** Waits until the save indicator says every change is stored and verified. */
export async function expectSaved(page) {
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 10_000 });
}

/** Prints the page as the browser would (print stylesheet) and returns the PDF's text. */
export async function printedText(page, name) {
  const dir = mkdtempSync(path.join(tmpdir(), "tell-once-print-"));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4" }));
  await test.info().attach(`${name}.pdf`, { path: file, contentType: "application/pdf" });
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/**
 * Imports one case from a Tell Once export file on the Vault page, as a user would, and waits
 * until it is stored. `code` is the case's code, as the plan of the import names it.
 */
export async function importCaseFile(page, { file, passphrase, code }, timeout = { timeout: 180_000 }) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vault and backups" }).click();
  const importSection = page.getByRole("region", { name: "Import cases" });
  await importSection.getByLabel("Export file to import").setInputFiles(file);
  await importSection.getByLabel("Passphrase of the export file").fill(passphrase);
  await importSection.getByRole("button", { name: "Open file" }).click();
  await expect(importSection.getByRole("group", { name: `${code}: new to this vault` })).toBeVisible(timeout);
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importSection.getByRole("status").filter({ hasText: "Imported 1 case." })).toBeVisible(timeout);
}
