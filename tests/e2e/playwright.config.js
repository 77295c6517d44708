import { defineConfig } from "@playwright/test";
import { chromiumLaunch, releaseServer } from "./browser.js";

// E2E_PORT lets several runs share a machine.
const port = Number(process.env.E2E_PORT ?? 8081);

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  timeout: 30_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: chromiumLaunch,
    trace: "retain-on-failure",
  },
  webServer: releaseServer(port),
});
