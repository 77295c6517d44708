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

/** Serves `dist/` on loopback at `port`, for the duration of a run. */
export function releaseServer(port) {
  return {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  };
}
