import { defineConfig } from "@playwright/test";
import { chromiumLaunch, releaseServer } from "./browser.js";

// The browser benchmarks (`make bench`): like playwright.config.js, but one worker, so that
// nothing else runs in the browser while it is timed, and time enough for dozens of samples.
// E2E_PORT lets a benchmark run beside the end-to-end tests (which default to 8081).
const port = Number(process.env.E2E_PORT ?? 8082);
// The bare Yew app (bench/bare-yew), served beside the app when BENCH_BARE_DIST names its build:
// the cold start benchmark measures both in the same run.
const bare = process.env.BENCH_BARE_DIST;
export const barePort = port + 1;

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
    launchOptions: chromiumLaunch,
    // A trace records snapshots of the page at every step, which would be timed along with the app.
    trace: "off",
  },
  webServer: bare ? [releaseServer(port), releaseServer(barePort, bare)] : releaseServer(port),
});
