// Every screen, in English and in Spanish: axe-core finds no violation, and a screenshot at
// 1280 px and at 360 px is saved with the test's results (not committed) to be looked at.
import { test, expect, openApp, createVault, createCase, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 420_000 });

const SECTIONS = {
  en: ["Survivor profile", "Agencies", "Prior accounts", "Questions", "Question requests", "Session plan", "Findings", "Coverage", "Evidence",
    "Consent", "Referrals", "Interview plan", "Survivor handout", "Change history"],
  es: ["Perfil de la persona sobreviviente", "Organismos", "Relatos previos", "Preguntas", "Solicitudes de preguntas", "Plan de la sesión",
    "Hallazgos", "Cobertura", "Pruebas", "Consentimiento", "Derivaciones", "Plan de entrevista", "Hoja informativa para la persona sobreviviente",
    "Historial de cambios"],
};

async function check(page, name) {
  await expectNoAxeViolations(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("every screen passes axe-core in English and in Spanish, at 1280 and 360 px", async ({ page }) => {
  await openApp(page);
  await check(page, "en-home");
  await createVault(page);
  await createCase(page, "TO-2026-800");
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByLabel("Name", { exact: true }).fill("Police");
  await page.getByLabel("Role", { exact: true }).selectOption("police");
  await page.getByRole("button", { name: "Add agency" }).click();

  for (const [lang, choice] of [["en", "English"], ["es", "Español"]]) {
    await page.getByRole("combobox", { name: /^(Language|Idioma)$/ }).selectOption({ label: choice });
    const nav = page.getByRole("navigation", { name: lang === "en" ? "Main" : "Principal" });
    for (const [index, link] of (await nav.getByRole("link").allTextContents()).entries()) {
      await nav.getByRole("link", { name: link, exact: true }).click();
      await check(page, `${lang}-main-${index}`);
    }
    await nav.getByRole("link").nth(1).click();
    await page.getByRole("link", { name: "TO-2026-800" }).click();
    for (const [index, section] of SECTIONS[lang].entries()) {
      await page.getByRole("navigation", { name: lang === "en" ? "Case sections" : "Secciones del caso" })
        .getByRole("link", { name: section, exact: true }).click();
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await check(page, `${lang}-section-${index}`);
    }
  }
  // The language switched without a reload: the vault is still unlocked.
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});
