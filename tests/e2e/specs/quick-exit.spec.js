import { test, expect, openApp } from "../fixtures.js";

const NEUTRAL = "https://www.bbc.co.uk";

// The one foreign origin a test may reach: the neutral page the user chose to leave for.
test.use({ allowedOrigins: [NEUTRAL] });

test.beforeEach(async ({ context }) => {
  // No network here: the neutral page is answered locally, as the real one would be.
  await context.route(`${NEUTRAL}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }),
  );
});

async function expectNoAppContentReachableByBack(page) {
  await expect(page).toHaveURL(/bbc\.co\.uk\/weather/);
  await page.goBack().catch(() => null);
  await expect(page.getByText("Tell Once")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Safety and privacy" })).toHaveCount(0);
  expect(page.url()).not.toContain("127.0.0.1");
}

test("the quick exit button leaves for the neutral page and Back does not return", async ({ page }) => {
  await openApp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Safety and privacy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Safety and privacy" })).toBeVisible();

  await page.getByRole("button", { name: /Quick exit/ }).click();
  await expectNoAppContentReachableByBack(page);
});

test("pressing Shift three times leaves the app", async ({ page }) => {
  await openApp(page);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("Shift");
  await expectNoAppContentReachableByBack(page);
});

test("Shift presses broken by another key do not leave", async ({ page }) => {
  await openApp(page);
  for (const key of ["Shift", "Shift", "a", "Shift"]) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { level: 1, name: "Tell Once" })).toBeVisible();
  expect(page.url()).toContain("127.0.0.1");
});
