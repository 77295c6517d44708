// The case history: changes made in several sections are each described in History with the
// name set for the vault; an export keeps the history and an import brings it back; a share
// packet carries none.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { test, expect, createVault, createCase, expectSaved, expectNoAxeViolations } from "../fixtures.js";

const CODE = "TO-HI-301";
const AUTHOR = "Investigator Mara Ilves, Harbour police";
const EXPORT_PASSPHRASE = "quill harbour meadow ninety";
const QUESTION = "Tell me about the first day on the boat.";
const SLOW = { timeout: 30_000 };
const ageCli = existsSync("/usr/bin/age") && existsSync("/usr/bin/script");

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  return page.getByRole("region", { name, exact: true });
}

async function goTo(page, link) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
}

/** Exports from the Vault page's export form, for `what` ("The whole case, for the team" or a share packet). */
async function exportCase(page, testInfo, what, button, file) {
  await goTo(page, "Vault and backups");
  await page.getByLabel("Cases to export").selectOption({ label: CODE });
  await page.getByLabel("What to export").selectOption({ label: what });
  await page.getByLabel("Passphrase for the export file").fill(EXPORT_PASSPHRASE);
  await page.getByLabel("Type the export passphrase again").fill(EXPORT_PASSPHRASE);
  const download = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: button }).click();
  const path = testInfo.outputPath(file);
  await (await download).saveAs(path);
  await expect(page.getByRole("status").filter({ hasText: "Exported 1 case." })).toBeVisible(SLOW);
  return path;
}

/** The cases of an export file, opened with the standard age tool. */
function casesOf(path) {
  const result = spawnSync("/usr/bin/script", ["-q", "-e", "-c", `/usr/bin/age -d -o ${path}.json ${path}`, "/dev/null"], {
    input: `${EXPORT_PASSPHRASE}\n`,
    timeout: 60_000,
  });
  expect(result.status, String(result.stderr)).toBe(0);
  return JSON.parse(readFileSync(`${path}.json`, "utf8")).cases.map((c) => c.document.case);
}

/** Every change this test makes is described in the History section, with the author. */
async function expectChangesDescribed(page) {
  const history = await openSection(page, "Change history");
  const list = history.getByRole("list", { name: "Changes to this case, newest first" });
  for (const described of [
    "Support person set to “NGO caseworker”",
    "Added the agency Harbour police",
    QUESTION,
    /Added Session 1, .* to the plan/,
  ]) {
    const entry = list.getByRole("listitem").filter({ hasText: described });
    await expect(entry, String(described)).toHaveCount(1);
    await expect(entry).toContainText(`By ${AUTHOR}`);
  }
  await expect(list.getByRole("listitem").last()).toContainText("The history of this case begins here");
  return history;
}

test("changes in several sections are described in History, kept by export and import, and left out of a share packet", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await createVault(page);
  await createCase(page, CODE);

  // Asked once per vault, the first time a case is open.
  const ask = page.getByRole("region", { name: "Who is making changes in this vault?" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Use this name in the history" }).click();
  await expect(ask.getByRole("alert")).toHaveText("Type a name or a role, such as “Victim specialist”.");
  await ask.getByLabel("Your name or role for the history").fill(AUTHOR);
  await ask.getByRole("button", { name: "Use this name in the history" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Changes are now recorded as made by ${AUTHOR}.` })).toBeVisible();

  // Profile: typing a support person is one change, not one per key.
  await openSection(page, "Survivor profile");
  await page.getByLabel("Support person").pressSequentially("NGO caseworker");

  const agencies = await openSection(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill("Harbour police");
  await agencies.getByLabel("Role", { exact: true }).selectOption("Police");
  await agencies.getByRole("button", { name: "Add agency" }).click();

  const questions = await openSection(page, "Questions");
  await questions.getByRole("button", { name: "Add a question for Harbour police" }).click();
  await questions.getByLabel("Question", { exact: true }).fill(QUESTION);
  await questions.getByRole("checkbox", { name: "Travel", exact: true }).check();
  await questions.getByRole("button", { name: "Save question" }).click();

  const sessions = await openSection(page, "Session plan");
  await sessions.getByRole("button", { name: "Add a session" }).click();
  await expectSaved(page);

  const history = await expectChangesDescribed(page);
  const list = history.getByRole("list", { name: "Changes to this case, newest first" });
  await expect(list.getByRole("listitem").filter({ hasText: "Support person set to" })).toHaveCount(1);
  // Newest first: the session was added last.
  await expect(list.getByRole("listitem").first()).toContainText(/Added Session 1, .* to the plan/);

  // Filters: by kind of change, and by the agency a change concerns.
  await history.getByLabel("Kind of change").selectOption({ label: "Agencies" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("status").filter({ hasText: /^1 of \d+ changes/ })).toBeVisible();
  await history.getByLabel("Kind of change").selectOption({ label: "All kinds" });
  await history.getByLabel("Agency concerned").selectOption({ label: "Harbour police" });
  await expect(list.getByRole("listitem")).toHaveCount(2); // the agency, and its question
  await history.getByLabel("Agency concerned").selectOption({ label: "All agencies" });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("history-1280.png"), fullPage: true });

  // The whole case keeps its history; a share packet has none.
  const whole = await exportCase(page, testInfo, "The whole case, for the team", `Export ${CODE}`, "whole.age");
  const packet = await exportCase(
    page,
    testInfo,
    "Share packet for Harbour police",
    `Export the share packet of ${CODE} for Harbour police`,
    "packet.age",
  );
  if (ageCli) {
    const [exported] = casesOf(whole);
    expect(exported.history.length).toBe(5); // where it begins, and the four changes above
    const edits = exported.history.filter((entry) => "edited" in entry);
    expect(edits).toHaveLength(4);
    expect(edits.every((entry) => entry.edited.by === AUTHOR)).toBe(true);
    const [shared] = casesOf(packet);
    expect(shared.history).toEqual([]);
    expect(JSON.stringify(shared)).not.toContain(AUTHOR);
  } else {
    testInfo.annotations.push({ type: "note", description: "age CLI missing: the share packet's history is checked by tests/share.rs" });
  }

  // Wipe, then import the export into a new vault: the history comes back, described as before.
  await goTo(page, "Vault and backups");
  const reloaded = page.waitForEvent("load", SLOW);
  await page.getByRole("button", { name: "Wipe everything" }).click();
  await reloaded;
  await createVault(page);
  await goTo(page, "Vault and backups");
  const importSection = page.getByRole("region", { name: "Import cases" });
  await importSection.getByLabel("Export file to import").setInputFiles(whole);
  await importSection.getByLabel("Passphrase of the export file").fill(EXPORT_PASSPHRASE);
  await importSection.getByRole("button", { name: "Open file" }).click();
  await expect(importSection.getByRole("group", { name: `${CODE}: new to this vault` })).toBeVisible(SLOW);
  await importSection.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importSection.getByRole("status").filter({ hasText: "Imported 1 case." })).toBeVisible();
  await goTo(page, "Cases");
  await page.getByRole("link", { name: CODE, exact: true }).click();
  await expectChangesDescribed(page);
});
