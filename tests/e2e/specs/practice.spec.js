// Practice mode, as a trainer and a trainee use it: a fictional scenario chosen, its flawed draft
// improved with the same sections as a real case, the score card, the presenter view by keyboard;
// the vault's storage untouched by all of it; Spanish scenario texts; practice files saved from a
// case created fictional (and never from a real one) and opened in practice mode.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const BANNER = "Practice: fictional data";

function mainNav(page) {
  return page.getByRole("navigation", { name: "Main" });
}

function section(page, name) {
  return page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
}

function tools(page) {
  return page.getByRole("navigation", { name: "Practice tools" });
}

/** Screenshots of a practice screen at 1280 and 360 px, kept as test artifacts to look at. */
async function shots(page, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`practice-${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: test.info().outputPath(`practice-${name}-360.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Chooses a scenario on the practice page and starts it. */
async function startScenario(page, title, language = "English") {
  await mainNav(page).getByRole("link", { name: "Practice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await page.getByLabel("Scenario", { exact: true }).selectOption({ label: title });
  await page.getByLabel("Language of the scenario").selectOption({ label: language });
  await page.getByRole("button", { name: "Start exercise" }).click();
}

/** Every IndexedDB database, store, key and value, and every localStorage entry, as plain text. */
async function storageSnapshot(page) {
  return page.evaluate(async () => {
    const encode = (value) => {
      if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)).join(",") };
      if (ArrayBuffer.isView(value)) {
        return { view: value.constructor.name, bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)).join(",") };
      }
      if (value instanceof Date) return { date: value.toISOString() };
      if (Array.isArray(value)) return value.map(encode);
      if (value && typeof value === "object") {
        return Object.fromEntries(Object.keys(value).sort().map((k) => [k, encode(value[k])]));
      }
      return value;
    };
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const databases = [];
    for (const { name, version } of (await indexedDB.databases()).sort((a, b) => a.name.localeCompare(b.name))) {
      const db = await request(indexedDB.open(name));
      const stores = [];
      for (const store of Array.from(db.objectStoreNames).sort()) {
        const tx = db.transaction(store, "readonly");
        const objects = tx.objectStore(store);
        const keys = await request(objects.getAllKeys());
        const values = await request(objects.getAll());
        stores.push({ store, entries: keys.map((key, i) => [encode(key), encode(values[i])]) });
      }
      db.close();
      databases.push({ name, version, stores });
    }
    const local = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      local[key] = localStorage.getItem(key);
    }
    return JSON.stringify({ databases, local });
  });
}

test("a full exercise: scenario, fixes, score card and presenter view", async ({ page }) => {
  await openApp(page);
  await mainNav(page).getByRole("link", { name: "Practice" }).click();
  await expect(page.getByText(BANNER)).toBeVisible();
  await expectNoAxeViolations(page);

  await startScenario(page, "Deckhand on the Sea Wren");
  await expect(page.getByRole("heading", { level: 1, name: "Practice case PRACTICE-FISHING" })).toBeVisible();
  await expect(page.getByText(BANNER)).toBeVisible();
  await shots(page, "workspace");
  await expectNoAxeViolations(page);

  // Fix three flaws from the findings: merge the duplicate, read the record, reword the "why".
  await section(page, "Findings");
  await expect(page.getByText(BANNER)).toBeVisible();
  await page.getByRole("button", { name: /^Accept: Set aside/ }).click();
  await page.getByRole("button", { name: /^Accept: Review the record/ }).click();
  await page.getByRole("button", { name: /^Accept: Reword “Why didn't you leave the boat/ }).click();
  await expect(page.getByText("This plan avoids 2 repeated questions")).toBeVisible();
  // And one in the session plan: a neutral place instead of the police station.
  await section(page, "Session plan");
  await page.getByLabel("Kind of place").selectOption({ label: "NGO premises" });

  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Score card" })).toBeVisible();
  await expect(page.getByText(BANNER)).toBeVisible();
  await expect(page.getByText("4 of 11 planted flaws fixed.")).toBeVisible();
  const repeated = page.getByRole("region", { name: "Repeated questions left" });
  await expect(repeated.getByText("1 of 3 left")).toBeVisible();
  await expect(repeated.getByRole("listitem").filter({ hasText: "Describe the hours you worked" }).first()).toContainText("Fixed");
  await expect(repeated.getByRole("listitem").filter({ hasText: "Tell me what happened to your passport" }).first()).toContainText("Missed");
  const coach = page.getByRole("region", { name: "Coach remarks left" });
  await expect(coach.getByRole("listitem").filter({ hasText: "Why didn't you leave the boat" }).first()).toContainText("Fixed");
  const leading = coach.getByRole("listitem").filter({ hasText: "The captain was the one in charge" }).first();
  await expect(leading).toContainText("Missed");
  // Each with the rule behind it and the guidance it comes from.
  await expect(leading).toContainText("Rule 7");
  await expect(leading).toContainText("PEACE interviewing");
  const wellbeing = page.getByRole("region", { name: "Wellbeing risks" });
  await expect(wellbeing.getByRole("listitem").filter({ hasText: "An intimidating place" }).first()).toContainText("Fixed");
  await expect(wellbeing.getByRole("listitem").filter({ hasText: "No interpreter" }).first()).toContainText("Missed");
  await expect(page.getByRole("region", { name: "Consents missing" }).getByText("1 of 1 left")).toBeVisible();
  await expect(page.getByText("Your changes brought in no new problem.")).toBeVisible();
  await shots(page, "score");
  await expectNoAxeViolations(page);

  // The presenter view: one finding at a time, by keyboard and by button.
  await page.getByRole("link", { name: "Presenter view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Presenter view" })).toBeVisible();
  await expect(page.getByText(BANNER)).toBeVisible();
  await expect(page.getByText("1 of 11", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Previous" })).toBeDisabled();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("2 of 11", { exact: true })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.getByText("3 of 11", { exact: true })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("2 of 11", { exact: true })).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(page.getByText("1 of 11", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("2 of 11", { exact: true })).toBeVisible();
  for (let i = 0; i < 12; i += 1) await page.keyboard.press("ArrowRight");
  await expect(page.getByText("11 of 11", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  await shots(page, "presenter");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Score card" })).toBeVisible();

  // Reset restores the scenario, after confirmation.
  await page.getByRole("link", { name: "Back to the exercise" }).click();
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Reset the scenario?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Reset the scenario" }).click();
  await expect(page.getByText("The scenario is back to its original draft.")).toBeVisible();
  await expect(page.getByText("This plan avoids 0 repeated questions")).toBeVisible();
  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByText("0 of 11 planted flaws fixed.")).toBeVisible();
});

test("practice mode leaves the vault's storage byte for byte unchanged", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-VAULT-01");
  await expectSaved(page);
  // Reloading locks the vault: practice mode opens without its passphrase.
  await openApp(page, "#/");
  const before = await storageSnapshot(page);
  // The snapshot holds the vault's records, so that a change to any of them would show.
  const stored = JSON.parse(before);
  expect(stored.databases.flatMap((db) => db.stores).some((store) => store.entries.length > 0)).toBe(true);

  await startScenario(page, "The modelling offer");
  await expect(page.getByRole("heading", { level: 1, name: "Practice case PRACTICE-ONLINE" })).toBeVisible();
  await section(page, "Findings");
  await page.getByRole("button", { name: /^Accept: Set aside/ }).click();
  await section(page, "Session plan");
  await page.getByLabel("Kind of place").selectOption({ label: "Neutral interview room" });
  await section(page, "Survivor profile");
  await page.getByLabel("Preferred language").fill("Spanish");
  await page.getByRole("option", { name: "Spanish — español", exact: true }).click();
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset the scenario" }).click();
  await expect(page.getByText("The scenario is back to its original draft.")).toBeVisible();
  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByText("0 of 11 planted flaws fixed.")).toBeVisible();
  await page.getByRole("link", { name: "Presenter view" }).click();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("2 of 11", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Score card" })).toBeVisible();

  const after = await storageSnapshot(page);
  expect(after).toEqual(before);
});

test("Spanish scenario texts appear when the interface is Spanish", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "Español" });
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Práctica" }).click();
  await expect(page.getByText("Práctica: datos ficticios")).toBeVisible();
  await expect(page.getByLabel("Idioma del escenario")).toHaveValue("es");
  await page.getByLabel("Escenario", { exact: true }).selectOption({ label: "La casa de Alder Row" });
  await page.getByRole("button", { name: "Empezar el ejercicio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Caso de práctica PRACTICE-DOMESTIC" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "La casa de Alder Row" })).toBeVisible();
  await expect(page.getByText("Práctica: datos ficticios")).toBeVisible();
  await page.getByRole("navigation", { name: "Secciones del caso" }).getByRole("link", { name: "Preguntas", exact: true }).click();
  await expect(page.getByText("¿Por qué no se lo contó antes a su profesora?").first()).toBeVisible();
  await expect(page.getByText("¿Cuánto le pagaban y quién se quedaba con el dinero?").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Herramientas de práctica" }).getByRole("link", { name: "Hoja de resultados" }).click();
  await expect(page.getByText("0 de 11 fallos deliberados corregidos.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Consentimientos que faltan" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a real case offers no way to become a practice file", async ({ page }) => {
  await createVault(page);
  await createCase(page, "TO-REAL-03");
  await expect(page.getByRole("heading", { name: "Survivor profile" })).toBeVisible();
  // Neither the practice file nor a way to mark the case fictional after it was created.
  await expect(page.getByRole("heading", { name: "Practice file" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save as practice file" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /fictional/i })).toHaveCount(0);
  await expect(page.getByText("This is a fictional case for training")).toHaveCount(0);
});

test("a case created fictional, after a confirmation, can be saved as a practice file that opens in practice mode", async ({ page }) => {
  await createVault(page);
  await page.getByLabel("Case code").fill("TO-TRAIN-07");
  await page.getByRole("checkbox", { name: "Fictional case (for training)" }).check();
  await expect(page.getByText("Only for invented people.")).toBeVisible();
  // Cancelling the confirmation creates nothing.
  await page.getByRole("button", { name: "Create case" }).click();
  let dialog = page.getByRole("dialog", { name: "Create a fictional case?" });
  await expect(dialog).toContainText("never about a real person");
  await expect(dialog).toContainText("not encrypted");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expect(page.getByRole("link", { name: "TO-TRAIN-07" })).toHaveCount(0);

  await page.getByRole("button", { name: "Create case" }).click();
  dialog = page.getByRole("dialog", { name: "Create a fictional case?" });
  await dialog.getByRole("button", { name: "Create fictional case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case TO-TRAIN-07" })).toBeVisible();
  // The mark is shown, read only.
  await expect(page.getByText("This is a fictional case for training")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /fictional/i })).toHaveCount(0);
  await expectSaved(page);
  await page.getByLabel("Summary for trainees (optional)").fill("An empty plan to start from.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as practice file" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tell-once-practice-TO-TRAIN-07.json");
  await expect(page.getByText("Practice file saved.")).toBeVisible();
  await expectNoAxeViolations(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "practice-"));
  const saved = path.join(dir, "saved.json");
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, "utf8"));
  expect(file.format).toBe("tell-once-practice");
  expect(file.version).toBe(1);
  expect(file.case.case.fictional).toBe(true);

  // A wrong file is refused with a clear message.
  const wrong = path.join(dir, "wrong.json");
  fs.writeFileSync(wrong, JSON.stringify({ schema: 2, case: {} }));
  await mainNav(page).getByRole("link", { name: "Practice" }).click();
  await page.getByLabel("Practice file", { exact: true }).setInputFiles(wrong);
  await page.getByRole("button", { name: "Open practice file" }).click();
  await expect(page.getByRole("alert")).toContainText("not a Tell Once practice file");

  await page.getByLabel("Practice file", { exact: true }).setInputFiles(saved);
  await page.getByRole("button", { name: "Open practice file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Practice case TO-TRAIN-07$/ })).toBeVisible();
  await expect(page.getByText("An empty plan to start from.")).toBeVisible();
  await expect(page.getByText(BANNER)).toBeVisible();

  // A newer file is refused and leaves the exercise in progress untouched.
  const newer = path.join(dir, "newer.json");
  fs.writeFileSync(newer, JSON.stringify({ ...file, version: 2 }));
  await mainNav(page).getByRole("link", { name: "Practice" }).click();
  await page.getByLabel("Practice file", { exact: true }).setInputFiles(newer);
  await page.getByRole("button", { name: "Open practice file" }).click();
  await expect(page.getByRole("alert")).toContainText("newer version of Tell Once");
  await expect(page.getByRole("heading", { name: "Current exercise: TO-TRAIN-07" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the greenhouse scenario: the trainee records the first session as it took place and carries over what it did not ask", async ({ page }) => {
  await openApp(page);
  await startScenario(page, "After the first interview at Fenmarch");
  await expect(page.getByRole("heading", { level: 1, name: "Practice case PRACTICE-GREENHOUSE" })).toBeVisible();
  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByText("0 of 9 planted flaws fixed.")).toBeVisible();
  await expect(page.getByRole("region", { name: "After a session: its record" }).getByText("2 of 2 left")).toBeVisible();
  await page.getByRole("link", { name: "Back to the exercise" }).click();

  // A decision the trainee records "now" is dated by the scenario's clock (13 March 2026), not
  // the real day: else the second session, planned for 19 March, would have passed unrecorded.
  await section(page, "Consent");
  const decision = page.getByRole("region", { name: "Record a decision" });
  await decision.getByLabel("Purpose").selectOption({ label: "Contact afterwards" });
  await expect(decision.getByLabel("When", { exact: true })).toHaveValue(/^2026-03-1[34]T/);
  await decision.getByLabel("Given: they agree").check();
  await decision.getByLabel("Recorded by").fill("Maren Holt, Brightwater caseworker");
  await decision.getByLabel("The survivor understood what they decided").check();
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recorded. Contact afterwards: Given." })).toBeVisible();

  // The plan said video; she did not agree to be filmed, so only notes were taken.
  await section(page, "Session plan");
  const first = page.getByRole("region", { name: /^Session 1, / });
  await first.getByRole("button", { name: /^Record as held: Session 1, / }).click();
  const record = first.getByRole("form", { name: /^Record Session 1, .* as held$/ });
  await record.getByRole("button", { name: "Record the session as held" }).click();
  await expect(record.getByRole("alert")).toHaveText(/cannot be recorded as kept on video: the survivor had not given consent to recording/);
  await record.getByLabel("How the session was recorded").selectOption({ label: "Notes only" });
  await record.getByLabel("Outcome of “Tell me how you were paid.”").selectOption({ label: "Not asked: out of time" });
  await record.getByRole("button", { name: "Record the session as held" }).click();
  const held = first.getByRole("region", { name: "Held session" });
  await expect(held).toContainText("Notes only");

  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByText("2 of 9 planted flaws fixed.")).toBeVisible();
  const afterSession = page.getByRole("region", { name: "After a session: its record" });
  await expect(afterSession.getByText("1 of 2 left")).toBeVisible();
  await expect(page.getByText("Your changes brought in no new problem.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Back to the exercise" }).click();
  await section(page, "Session plan");
  await page.getByRole("region", { name: "Held session" })
    .getByRole("button", { name: "Carry the question not asked over to the next session" }).click();
  await expect(page.getByRole("region", { name: "Held session" }).getByRole("status")).toHaveText(/^1 question carried over to Session 2, /);
  await expect(page.getByRole("region", { name: /^Session 2, / }).getByText("Tell me how you were paid.").first()).toBeVisible();

  await tools(page).getByRole("link", { name: "Score card" }).click();
  await expect(page.getByText("3 of 9 planted flaws fixed.")).toBeVisible();
  await expect(afterSession.getByText("0 of 2 left")).toBeVisible();
  await expect(page.getByText("Your changes brought in no new problem.")).toBeVisible();
  await shots(page, "greenhouse-score");
});
