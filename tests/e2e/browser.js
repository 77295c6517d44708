// What every Playwright configuration of this project shares: Debian's Chromium (Playwright
// must never download a browser of its own) and the static server of the release build.

export const chromiumLaunch = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/**
 * Serves `dist/` on loopback at `port`, for the duration of a run. E2E_DIST serves another build
 * instead (a profiling build whose WebAssembly keeps its function names, say); `dist` another
 * directory altogether (the bare Yew app the cold start is compared with).
 */
export function releaseServer(port, dist = process.env.E2E_DIST ?? "../../dist") {
  return {
    command: `node serve.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  };
}
