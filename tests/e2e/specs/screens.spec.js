// Every screen, in English, Spanish, French and Portuguese: axe-core finds no violation; in
// English and Spanish a screenshot at 1280 px and at 360 px is saved with the test's results
// (not committed) to be looked at.
import { test, expect, openApp, createVault, createCase, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 720_000 });

// The interface languages: the name the switch gives each, and the names of the navigations.
const LANGUAGES = [
  ["en", "English", "Main", "Case sections"],
  ["es", "Español", "Principal", "Secciones del caso"],
  ["fr", "Français", "Principal", "Sections du dossier"],
  ["pt", "Português", "Principal", "Secções do caso"],
];

const SECTIONS = {
  en: ["Survivor profile", "Agencies", "Prior accounts", "Questions", "Question requests", "Session plan", "Findings", "Coverage", "Evidence",
    "Consent", "Referrals", "Interview plan", "Survivor handout", "Change history"],
  es: ["Perfil de la persona sobreviviente", "Organismos", "Relatos previos", "Preguntas", "Solicitudes de preguntas", "Plan de la sesión",
    "Hallazgos", "Cobertura", "Pruebas", "Consentimiento", "Derivaciones", "Plan de entrevista", "Hoja informativa para la persona sobreviviente",
    "Historial de cambios"],
};

async function check(page, name, { shots = true } = {}) {
  await expectNoAxeViolations(page);
  if (!shots) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("every screen passes axe-core in the four interface languages, at 1280 and 360 px", async ({ page }) => {
  await openApp(page);
  await check(page, "en-home");
  await createVault(page);
  await createCase(page, "TO-2026-800");
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByLabel("Name", { exact: true }).fill("Police");
  await page.getByLabel("Role", { exact: true }).selectOption("police");
  await page.getByRole("button", { name: "Add agency" }).click();

  for (const [lang, choice, main, sectionsName] of LANGUAGES) {
    const shots = lang === "en" || lang === "es";
    await page.getByRole("combobox", { name: /^(Language|Idioma|Langue|Língua)$/ }).selectOption({ label: choice });
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const nav = page.getByRole("navigation", { name: main, exact: true });
    for (const [index, link] of (await nav.getByRole("link").allTextContents()).entries()) {
      await nav.getByRole("link", { name: link, exact: true }).click();
      await check(page, `${lang}-main-${index}`, { shots });
    }
    await nav.getByRole("link").nth(1).click();
    await page.getByRole("link", { name: "TO-2026-800" }).click();
    const sectionsNav = page.getByRole("navigation", { name: sectionsName, exact: true });
    // allTextContents does not wait: wait for the case's sections to be shown before reading them.
    await expect(sectionsNav.getByRole("link")).toHaveCount(SECTIONS.en.length);
    const sections = SECTIONS[lang] ?? (await sectionsNav.getByRole("link").allTextContents());
    for (const [index, section] of sections.entries()) {
      await sectionsNav.getByRole("link", { name: section, exact: true }).click();
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await check(page, `${lang}-section-${index}`, { shots });
    }
  }
  // The language switched without a reload: the vault is still unlocked.
  await expect(page.locator("html")).toHaveAttribute("lang", "pt");
  await expect(page.getByRole("button", { name: "Bloquear", exact: true })).toBeVisible();
});
