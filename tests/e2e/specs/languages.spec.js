// Languages by name: the survivor's language is picked by typing its name, and Albanian is then
// called Albanian (never `sq`) in the profile, the session, the plan and the service search; a
// session in English with no interpreter gives the interpreter finding naming both languages.
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true }).first()).toBeVisible();
}

/** Types part of a language's name into the picker named `label`, then picks the option `option`. */
async function pickLanguage(scope, label, typed, option) {
  const field = scope.getByRole("combobox", { name: label, exact: true });
  await field.fill(typed);
  await expect(field).toHaveAttribute("aria-expanded", "true");
  await scope.getByRole("option", { name: option, exact: true }).click();
  await expect(field).toHaveValue(option);
  await expect(field).toHaveAttribute("aria-expanded", "false");
  return field;
}

/** A fictional directory: one service lists Albanian by name, one by code, one speaks Polish. */
/** Albanian as the picker names it: with its own name where the browser has Albanian's data. */
const ALBANIAN = /^Albanian( — shqip)?$/;
const DIRECTORY = JSON.stringify([
  { id: "svc-lang-1", name: "Riverside Legal Aid", description: "Free legal advice.", languages: [{ id: "lang-1", name: "Albanian" }] },
  { id: "svc-lang-2", name: "Harbour Night Shelter", description: "Beds for the night.", languages: [{ id: "lang-2", code: "sq" }] },
  { id: "svc-lang-3", name: "Northside Clinic", description: "A walk-in clinic.", languages: [{ id: "lang-3", name: "Polish", code: "pl" }] },
]);

test("Albanian is picked by its name and shown by its name everywhere; an English session without an interpreter is a finding", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-510");

  // The profile: typing part of the name lists Albanian with its own name.
  await openSection(page, "Survivor profile");
  const profile = page.getByRole("region", { name: "Survivor profile", exact: true });
  const language = profile.getByRole("combobox", { name: "Preferred language", exact: true });
  await language.fill("Alban");
  const suggestions = profile.getByRole("listbox", { name: "Suggestions" });
  // Its own name ("shqip") comes from the browser's data, which Debian's Chromium lacks for Albanian.
  await expect(suggestions.getByRole("option").first()).toHaveText(ALBANIAN);
  // Open, over the form: the page passes axe-core with the list showing.
  await expectNoAxeViolations(page);
  await profile.getByRole("option", { name: ALBANIAN }).click();
  await expect(language).toHaveValue(ALBANIAN);
  await expectSaved(page);
  await expect(profile).not.toContainText(/\bsq\b/);
  await expect(language).not.toHaveValue(/\bsq\b/);

  // A session: it starts in the survivor's language, named.
  await openSection(page, "Session plan");
  await page.getByRole("button", { name: "Add a session" }).click();
  const session = page.getByRole("region", { name: /^Session 1, / });
  await session.getByLabel("Date and time").fill("2026-05-12T10:00");
  await expect(session.getByRole("combobox", { name: "Language of the session", exact: true })).toHaveValue(ALBANIAN);
  await expect(session.getByText("The survivor's language is Albanian;", { exact: false })).toBeVisible();
  await expectSaved(page);

  // The plan names the session's language and the survivor's.
  await openSection(page, "Interview plan");
  const plan = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Interview plan for case / }) });
  await expect(plan.getByRole("definition").filter({ hasText: /^Albanian$/ })).toHaveCount(2);
  await expect(plan).not.toContainText(/\bsq\b/);

  // The service search: the survivor's language by name, found by name or by code in the directory.
  await openSection(page, "Referrals");
  const directory = page.getByRole("region", { name: "Service directory" });
  await directory.getByLabel("HSDS files").setInputFiles({ name: "directory.json", mimeType: "application/json", buffer: Buffer.from(DIRECTORY) });
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("status")).toContainText("3 added");
  const search = page.getByRole("region", { name: "Find a service" });
  await search.getByRole("button", { name: "Use the survivor's language (Albanian)" }).click();
  await expect(search.getByRole("combobox", { name: "Language", exact: true })).toHaveValue(ALBANIAN);
  await expect(search.getByRole("status")).toHaveText("2 of 3 services match.");
  await expect(search.getByRole("article", { name: "Riverside Legal Aid" })).toContainText("Albanian");
  // Listed by code in the directory, shown by name.
  const shelter = search.getByRole("article", { name: "Harbour Night Shelter" });
  await expect(shelter).toContainText("Albanian");
  await expect(shelter).not.toContainText(/\bsq\b/);
  await expect(search.getByRole("article", { name: "Northside Clinic" })).toHaveCount(0);
  // Any language again, from the list.
  const filter = search.getByRole("combobox", { name: "Language", exact: true });
  await filter.click();
  await search.getByRole("option", { name: "Any language", exact: true }).click();
  await expect(search.getByRole("status")).toHaveText("3 of 3 services match.");
  // By name in the language itself: Polish is "polski".
  await pickLanguage(search, "Language", "polsk", "Polish — polski");
  await expect(search.getByRole("status")).toHaveText("1 of 3 services match.");
  await expect(search.getByRole("article", { name: "Northside Clinic" })).toBeVisible();

  // The session in English, with no interpreter: the finding names both languages.
  await openSection(page, "Session plan");
  await pickLanguage(session, "Language of the session", "Engl", "English");
  await expectSaved(page);
  const findings = session.getByRole("region", { name: /^Wellbeing and roles: Session 1, / });
  await expect(findings.getByRole("heading", { level: 5, name: /No interpreter$/ })).toBeVisible();
  await expect(findings.getByText("No interpreter attends, but the survivor's language (Albanian) differs from the session's (English).", { exact: false })).toBeVisible();

  // The plan follows.
  await openSection(page, "Interview plan");
  await expect(plan.getByRole("definition").filter({ hasText: /^English$/ })).toHaveCount(1);
  await expect(plan.getByRole("definition").filter({ hasText: /^Albanian$/ })).toHaveCount(1);
});

test("the picker works from the keyboard, finds a language by its own name or its tag, and keeps a tag it cannot name", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-511");
  await openSection(page, "Survivor profile");
  const profile = page.getByRole("region", { name: "Survivor profile", exact: true });
  const language = profile.getByRole("combobox", { name: "Preferred language", exact: true });

  // By its own name, accents or not: "українська" is Ukrainian; "espanol" is Spanish.
  await language.fill("українськ");
  await language.press("ArrowDown");
  const active = await language.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${active}"]`)).toHaveText("Ukrainian — українська");
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute("aria-selected", "true");
  await language.press("Enter");
  await expect(language).toHaveValue("Ukrainian — українська");
  await expectSaved(page);

  await language.fill("espanol");
  await expect(profile.getByRole("option", { name: "Spanish — español", exact: true })).toBeVisible();
  // Escape closes the list; a second Escape gives back the language picked before.
  await language.press("Escape");
  await expect(language).toHaveAttribute("aria-expanded", "false");
  await language.press("Escape");
  await expect(language).toHaveValue("Ukrainian — українська");

  // By its tag: pt-BR is Brazilian Portuguese, listed first.
  await language.fill("pt-BR");
  await expect(profile.getByRole("option").first()).toContainText("Portuguese");
  await language.press("Enter");
  await expect(language).toHaveValue(/Portuguese/);
  await expect(language).not.toHaveValue(/pt-BR/);

  // Nothing matches: said in words, and leaving the field keeps the language picked.
  await language.fill("Klingonese");
  await expect(profile.getByText("No language matches “Klingonese”.", { exact: false })).toBeVisible();
  await language.blur();
  await expect(language).toHaveValue(/Portuguese/);

  // A well-formed tag the browser has no name for (a private-use code) is kept as written, with a note.
  await language.fill("qaa");
  await profile.getByRole("option", { name: /^qaa \(not a language this browser knows; kept as written\)$/ }).click();
  await expect(language).toHaveValue("qaa");
  await expect(profile.getByText("This browser has no name for this language tag, so it is kept as written.", { exact: false })).toBeVisible();
  await expectSaved(page);
  await openSection(page, "Change history");
  // Quick changes of one field are one entry of the history: the last one stands.
  await expect(page.getByText("Survivor's preferred language set to “qaa (not a language this browser knows; kept as written)”")).toBeVisible();
});
