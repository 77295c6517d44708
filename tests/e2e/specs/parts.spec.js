// Field readiness (issue 7): opening the app fetches only what its first screen needs; the
// workspace, practice mode, the vault page, the vault's gate and the texts of each part and
// language come when first used. A part or a language that cannot be fetched says so, offers to
// try again, and loses nothing.
import { test, expect, openApp, createVault, expectSaved } from "../fixtures.js";

// page.route does not see requests a service worker answers: these tests fetch from the server.
test.use({ serviceWorkers: "block" });

const PART = /\/(split|chunk)_[^/]*\.wasm$/;
const TEXTS = /\/locales\/[^/]+\/[^/]+\.ftl$/;

/** The paths the page itself requested, in order. */
const fetchedByPage = (network) =>
  network.requests.filter(({ via }) => via === "page").map(({ url }) => new URL(url).pathname);

test("the home page needs none of the parts; the vault's core follows it, each other part comes with the first page that uses it", async ({ page, network }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
  expect(fetchedByPage(network).some((p) => p.endsWith(".wasm")), "the main module").toBe(true);
  // The vault's core (its reducer, the gate, the case list) is fetched once the home page is
  // painted, for whichever page comes next; no other part, and no texts.
  const CORE = /\/split_vault_core-[0-9a-f]+\.wasm$/;
  await expect.poll(() => fetchedByPage(network).some((p) => CORE.test(p)), { message: "the vault's core" }).toBe(true);
  const first = fetchedByPage(network);
  expect(first.filter((p) => /\/split_[^/]*\.wasm$/.test(p) && !CORE.test(p)), "other parts fetched for the home page").toEqual([]);
  expect(first.filter((p) => TEXTS.test(p)), "texts fetched for the home page").toEqual([]);
  // Its resource timing entry is recorded once it has come, after the request was seen.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType("resource").some((r) => /\/split_vault_core-[0-9a-f]+\.wasm$/.test(r.name))), { message: "the core's timing" })
    .toBe(true);
  const { painted, coreRequested } = await page.evaluate(() => ({
    painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    coreRequested: performance.getEntriesByType("resource").find((r) => /\/split_vault_core-[0-9a-f]+\.wasm$/.test(r.name))?.startTime ?? null,
  }));
  expect(painted, "the home page's first paint").not.toBeNull();
  expect(coreRequested, "the core is requested after the home page is painted").toBeGreaterThan(painted);

  // Choosing a vault's passphrase is a part of its own (with the passphrase estimator), and
  // then the case workspace with its texts.
  await createVault(page);
  expect(fetchedByPage(network).some((p) => /\/split_create_vault-[0-9a-f]+\.wasm$/.test(p))).toBe(true);
  expect(fetchedByPage(network).some((p) => /\/split_gate-[0-9a-f]+\.wasm$/.test(p)), "the unlock form").toBe(false);
  await page.getByLabel("Case code").fill("TO-PARTS-1");
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case TO-PARTS-1" })).toBeVisible();
  const later = fetchedByPage(network);
  expect(later.some((p) => /\/split_workspace-[0-9a-f]+\.wasm$/.test(p))).toBe(true);
  for (const file of ["en/questions.ftl", "en/session.ftl", "en/consent.ftl", "fr/survivor.ftl"]) {
    expect(later, `locales/${file}`).toContainEqual(expect.stringMatching(new RegExp(`/locales/${file}$`)));
  }
  // Practice mode's own part, not fetched until practice is opened.
  expect(later.some((p) => /\/split_practice-/.test(p))).toBe(false);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  expect(fetchedByPage(network).some((p) => /\/split_practice-[0-9a-f]+\.wasm$/.test(p))).toBe(true);
});

test("a part that cannot be fetched says so, keeps the case, and opens on a retry", async ({ page }) => {
  await createVault(page);
  await page.route(/\/split_workspace-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.getByLabel("Case code").fill("TO-PARTS-2");
  await page.getByRole("button", { name: "Create case" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "This page could not be opened" });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText("Check the connection, then try again");
  await expectSaved(page);

  // The case is in the vault all the same.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("link", { name: /TO-PARTS-2/ })).toBeVisible();
  await page.getByRole("link", { name: /TO-PARTS-2/ }).click();
  await expect(alert).toBeVisible({ timeout: 15_000 });

  await page.unroute(/\/split_workspace-[0-9a-f]+\.wasm$/);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case TO-PARTS-2" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("alert").filter({ hasText: "could not be opened" })).toHaveCount(0);
});

test("a language whose texts cannot be fetched is not switched to; it is on a second try", async ({ page }) => {
  await openApp(page);
  await page.route(/\/locales\/es\//, (route) => route.abort("internetdisconnected"));
  await page.getByLabel("Language").selectOption("es");
  await expect(page.getByRole("alert")).toContainText("The Español texts could not be fetched");
  // Still English, and the picker says so.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");

  await page.unroute(/\/locales\/es\//);
  await page.getByLabel("Language").selectOption("es");
  await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Inicio" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "could not be fetched" })).toHaveCount(0);
});

test("a scenario in another language than the interface's comes with its own texts", async ({ page, network }) => {
  await openApp(page, "#/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  expect(fetchedByPage(network).some((p) => p.endsWith("/locales/es/scenarios.ftl")), "not before it is chosen").toBe(false);
  await page.getByLabel("Language of the scenario").selectOption("es");
  await page.getByLabel("Scenario", { exact: true }).selectOption("domestic");
  await page.getByRole("button", { name: "Start exercise" }).click();
  // The interface stays English; the scenario is in Spanish, never in message ids.
  await expect(page.getByRole("heading", { level: 1, name: "Practice case PRACTICE-DOMESTIC" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "La casa de Alder Row" })).toBeVisible();
  await expect(page.getByText(/scenario-[a-z]+-/)).toHaveCount(0);
});
