// The app in one engine (ENGINE=chromium, firefox or webkit), from a new vault to the wipe, on the
// release build, driven through classic WebDriver. The tests run in order and share one session,
// as a person's visit would: each step starts where the one before left off.
//
// Usage (from tests/e2e): ENGINE=firefox E2E_PORT=8092 node --test engines/
// WebKit needs a display: xvfb-run -a env ENGINE=webkit ... node --test engines/
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import {
  ENGINES,
  Page,
  REPO,
  SLOW,
  createVault,
  engineOfRun,
  openApp,
  serveRelease,
  startEngine,
  unlock,
} from "./webdriver.mjs";

const engine = engineOfRun();
const port = Number(process.env.E2E_PORT ?? 8092);
const CODE = `TO-ENG-${engine.toUpperCase()}`;
const EXPORT_PASSPHRASE = "copper meadow riverbank seventy";
// Exports saved by each engine's run, so that an engine whose driver cannot save a download
// imports one saved by another (WebKit: `make test` runs it last).
const EXPORTS = path.join(REPO, "target/engines");
const downloads = path.join(EXPORTS, `${engine}-downloads`);
const canSaveDownloads = engine !== "webkit";

let server;
let driver;
let page;

before(async () => {
  rmSync(downloads, { recursive: true, force: true });
  server = await serveRelease(port);
  driver = await startEngine(engine, { downloads: canSaveDownloads ? downloads : undefined });
  await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  page = new Page(driver, server.url);
});

after(async () => {
  await driver?.quit();
  server?.stop();
});

const mainNav = (name) => ({ role: "link", name, within: { role: "navigation", name: "Main" } });
const sectionLink = (name) => ({ role: "link", name, within: { role: "navigation", name: "Case sections" } });

async function openSection(name) {
  await page.click(sectionLink(name));
  await page.expectVisible({ role: "heading", level: 2, name });
}

async function expectSaved() {
  await page.expectVisible({ role: "status", name: /^Saved at/ }, 20_000);
}

test(`${engine}: a vault is created`, async () => {
  await openApp(page);
  await createVault(page);
  await page.expectVisible({ text: "There are no cases yet." });
});

test(`${engine}: a case with agencies, questions and a consent decision`, async () => {
  await page.fill({ label: "Case code" }, CODE);
  await page.click({ role: "button", name: "Create case" });
  await page.expectVisible({ role: "heading", level: 1, name: `Case ${CODE}` });

  await openSection("Agencies");
  for (const [name, role] of [["Harbour police", "Police"], ["Westmere prosecutor", "Prosecutor"]]) {
    await page.fill({ label: "Name" }, name);
    await page.select({ label: "Role" }, role);
    await page.click({ role: "button", name: "Add agency" });
    await page.expectVisible({ role: "button", name: `Remove ${name}` });
  }

  await openSection("Questions");
  for (const [agency, text, topic] of [
    ["Harbour police", "Tell me about how you were recruited.", "Recruitment"],
    ["Westmere prosecutor", "Explain how the money was handled.", "Payment and debt"],
  ]) {
    await page.click({ role: "button", name: `Add a question for ${agency}` });
    await page.fill({ label: "Question" }, text);
    await page.check({ role: "checkbox", name: topic });
    await page.click({ role: "button", name: "Save question" });
    await page.expectVisible({ role: "heading", level: 4, name: text });
  }

  await openSection("Consent");
  const form = { role: "region", name: "Record a decision" };
  await page.select({ label: "Purpose", within: form }, "Audio or video recording");
  await page.check({ label: "Given: they agree", within: form });
  await page.fill({ label: "Recorded by", within: form }, "Victim specialist Ilse Varn");
  await page.check({ label: "The survivor understood what they decided", within: form });
  await page.click({ role: "button", name: "Record decision", within: form });
  await page.expectVisible({ text: "Given", within: { role: "region", name: "Audio or video recording" } });
  await expectSaved();
});

test(`${engine}: after a reload the vault is locked, and unlocking brings the case back`, async () => {
  await driver.navigate().refresh();
  await openApp(page, "#/cases");
  await page.expectGone({ text: CODE });
  await unlock(page, { role: "link", name: CODE });
  await page.click({ role: "link", name: CODE });
  await openSection("Questions");
  await page.expectVisible({ role: "heading", level: 4, name: "Explain how the money was handled." });
  await openSection("Consent");
  await page.expectVisible({ text: "Given", within: { role: "region", name: "Audio or video recording" } });
});

test(`${engine}: every workspace section shows its heading and works`, async () => {
  await openSection("Survivor profile");
  await page.fill({ label: "Support person" }, "NGO caseworker Tomas Bell");
  await expectSaved();

  await openSection("Agencies");
  await page.expectVisible({ role: "button", name: "Remove Westmere prosecutor" });

  await openSection("Prior accounts");
  await page.expectVisible({ role: "button", name: "Add a prior account" });

  await openSection("Questions");
  await page.expectVisible({ role: "heading", level: 4, name: "Tell me about how you were recruited." });

  await openSection("Question requests");
  await page.expectVisible({ role: "button", name: "Make the request file" });

  await openSection("Session plan");
  await page.click({ role: "button", name: "Add a session" });
  await page.expectVisible({ role: "region", name: /^Session 1, / });

  await openSection("Findings");
  await page.expectVisible({ text: /^This plan avoids \d+ repeated questions?\.$/ });

  await openSection("Coverage");
  await page.expectVisible({ role: "table", name: "Topics against prior accounts, held sessions and planned sessions" });

  await openSection("Evidence");
  await page.expectVisible({ role: "button", name: "Add evidence item" });

  await openSection("Consent");
  await page.expectVisible({ role: "region", name: "Record a decision" });

  await openSection("Referrals");
  await page.expectVisible({ role: "region", name: "Service directory" });

  await openSection("Interview plan");
  await page.expectVisible({ text: `Interview plan for case ${CODE}` });

  await openSection("Survivor handout");
  await page.expectVisible({ text: "Your rights in the interview" });

  await openSection("Change history");
  await page.expectVisible({
    role: "listitem",
    name: /Added the agency Harbour police/,
    within: { role: "list", name: "Changes to this case, newest first" },
  });
});

test(`${engine}: practice mode, with its score card`, async () => {
  await page.click(mainNav("Practice"));
  await page.expectVisible({ role: "heading", level: 1, name: "Practice" });
  await page.select({ label: "Scenario" }, "Deckhand on the Sea Wren");
  await page.select({ label: "Language of the scenario" }, "English");
  await page.click({ role: "button", name: "Start exercise" });
  await page.expectVisible({ role: "heading", level: 1, name: "Practice case PRACTICE-FISHING" });
  await page.expectVisible({ text: "Practice: fictional data" });

  const scoreCard = { role: "link", name: "Score card", within: { role: "navigation", name: "Practice tools" } };
  await page.click(scoreCard);
  await page.expectVisible({ role: "heading", level: 1, name: "Score card" });
  await page.expectVisible({ text: "0 of 11 planted flaws fixed." });

  // One flaw fixed: a neutral place instead of the police station.
  await page.click({ role: "link", name: "Back to the exercise" });
  await openSection("Session plan");
  await page.select({ label: "Kind of place" }, "NGO premises");
  await page.click(scoreCard);
  await page.expectVisible({ text: "1 of 11 planted flaws fixed." });
});

/** The export file another engine's run saved, for an engine that cannot save one itself. */
function exportFromAnotherEngine() {
  const saved = ENGINES.filter((other) => other !== engine)
    .map((other) => path.join(EXPORTS, `export-${other}.age`))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  assert.ok(
    saved.length > 0,
    `${engine}'s driver cannot save a download: run the chromium or firefox suite first (make test does), so that it leaves ${EXPORTS}/export-<engine>.age`,
  );
  return saved[0];
}

test(`${engine}: export, then import`, async () => {
  await page.click(mainNav("Vault and backups"));
  await page.expectVisible({ role: "heading", level: 1, name: "Vault and backups" });
  await page.fill({ label: "Passphrase for the export file" }, EXPORT_PASSPHRASE);
  await page.fill({ label: "Type the export passphrase again" }, EXPORT_PASSPHRASE);
  await page.click({ role: "button", name: "Export all cases" });
  await page.expectVisible({ role: "status", name: /^Exported 1 case\./ }, SLOW);

  let file;
  if (canSaveDownloads) {
    const saved = await page.until("the export file in the downloads folder", async () =>
      readdirSync(downloads).find((name) => /^tell-once-\d{4}-\d{2}-\d{2}\.age$/.test(name)),
    );
    mkdirSync(EXPORTS, { recursive: true });
    file = path.join(EXPORTS, `export-${engine}.age`);
    copyFileSync(path.join(downloads, saved), file);
  } else {
    file = exportFromAnotherEngine();
  }

  const importSection = { role: "region", name: "Import cases" };
  await page.act({ label: "Export file to import", within: importSection }, (input) => input.sendKeys(file));
  await page.fill({ label: "Passphrase of the export file", within: importSection }, EXPORT_PASSPHRASE);
  await page.click({ role: "button", name: "Open file", within: importSection });
  const group = await page.find({ role: "group", name: /^TO-ENG-[A-Z]+: (new to|already in) this vault$/, within: importSection }, SLOW);
  const [imported, where] = (await page.evaluate("return arguments[0].querySelector('legend').textContent", group))
    .trim()
    .split(": ");
  if (where === "already in this vault") {
    await page.check({ role: "radio", name: "Keep both (import as a copy)", within: importSection });
  }
  await page.click({ role: "button", name: "Import", within: importSection });
  await page.expectVisible({ role: "status", name: /^Imported 1 case\./, within: importSection });

  await page.click(mainNav("Cases"));
  await page.expectVisible({ role: "link", name: CODE });
  await page.expectVisible({ role: "link", name: where === "already in this vault" ? `${imported} (imported)` : imported });
});

test(`${engine}: quick exit leaves for the neutral page and locks the vault`, async () => {
  const quickExit = await page.find({ role: "button", name: /Quick exit/ });
  // No network here: geckodriver reports the neutral page's error page as a failed click.
  await quickExit.click().catch((error) => {
    if (!/Reached error page/.test(error.message)) throw error;
  });
  await page.until("the browser to leave the app", async () => !(await driver.getCurrentUrl()).startsWith(server.url), 30_000);
  await openApp(page, "#/cases");
  await page.expectVisible({ role: "heading", level: 1, name: "Unlock your vault" });
  await page.expectGone({ text: CODE });
});

test(`${engine}: the wipe removes the vault and everything the app kept`, async () => {
  await page.click(mainNav("Vault and backups"));
  await page.click({ role: "button", name: "Wipe everything" });
  await page.expectVisible({ text: /^Wiping everything in \d seconds?/ });
  // The wipe ends by loading the app's home page afresh.
  await page.expectVisible({ role: "heading", level: 1, name: "Tell Once" }, 60_000);
  assert.equal(await page.evaluate("return localStorage.length"), 0);
  assert.equal(await page.evaluate("return sessionStorage.length"), 0);
  const databases = await page.evaluate(
    "return indexedDB.databases ? indexedDB.databases().then((all) => all.map((d) => d.name)) : null",
  );
  if (databases !== null) assert.deepEqual(databases, []);
  // The vault is gone: the app offers to create one.
  await openApp(page, "#/cases");
  await page.expectVisible({ role: "button", name: "Create vault" });
});
