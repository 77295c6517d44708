import { defineConfig } from "@playwright/test";

// The browser benchmarks (`make bench`): like playwright.config.js, but one worker, so that
// nothing else runs in the browser while it is timed, and time enough for dozens of samples.
// E2E_PORT lets a benchmark run beside the end-to-end tests (which default to 8081).
const port = Number(process.env.E2E_PORT ?? 8082);

export default defineConfig({
  testDir: "./bench",
  testMatch: "**/*.bench.js",
  outputDir: "./test-results/bench",
  timeout: 20 * 60_000,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
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
    // A trace records snapshots of the page at every step, which would be timed along with the app.
    trace: "off",
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
