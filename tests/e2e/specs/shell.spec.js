import { test, expect, expectNoAxeViolations, openApp } from "../fixtures.js";

test("the app loads with its name in the title and the main heading", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle("Tell Once");
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing leaves this device" })).toBeVisible();
});

test("navigation moves between pages without adding history entries", async ({ page }) => {
  await openApp(page);
  const historyLength = await page.evaluate(() => history.length);
  const nav = page.getByRole("navigation", { name: "Main" });

  await nav.getByRole("link", { name: "Safety and privacy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safety and privacy" })).toBeVisible();
  await expect(page).toHaveTitle("Safety and privacy – Tell Once");
  await expect(nav.getByRole("link", { name: "Safety and privacy" })).toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test("an unknown address shows a page-not-found page with a way home", async ({ page }) => {
  await openApp(page, "#/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

for (const [name, hash] of [
  ["home", ""],
  ["safety and privacy", "#/safety"],
  ["page not found", "#/no-such-page"],
]) {
  test(`axe-core finds no violation on the ${name} page`, async ({ page }) => {
    await openApp(page, hash);
    await expectNoAxeViolations(page);
  });
}

test("the Content Security Policy forbids inline scripts and foreign connections", async ({ page, pageProblems }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const directive of [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "connect-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  // The build moved trunk's loader out of the page: no inline script is left to allow.
  expect(await page.locator("script:not([src])").count()).toBe(0);
  // And the policy is enforced: an injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.append(script);
    return window.__inlineRan === true;
  });
  expect(ran).toBe(false);
  // The recorder saw the violation: the check that guards every other test works.
  await expect.poll(() => pageProblems.length).toBe(1);
  expect(pageProblems[0]).toMatch(/^CSP: .*inline script/);
  pageProblems.length = 0;
});
