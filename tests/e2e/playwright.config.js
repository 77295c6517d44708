import { defineConfig } from "@playwright/test";

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
    // Debian's Chromium: Playwright must never download a browser of its own.
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
