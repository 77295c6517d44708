// What the cross-engine suite and the unlock benchmark share: a WebDriver session in the engine
// named by ENGINE (chromium, firefox or webkit), the release build served on loopback, and a page
// object that finds elements by role and accessible name, or by label, the way the Playwright
// specs do (tests/e2e/specs), with the waiting Playwright does for them.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, Capabilities, Key } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";
import remote from "selenium-webdriver/remote/index.js";
import { chromiumLaunch } from "../browser.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(here, "..");
export const REPO = path.resolve(here, "../../..");
export const ENGINES = ["chromium", "firefox", "webkit"];
export { Key };

/** The engine of this run, from ENGINE; a clear error when it is not one of ours. */
export function engineOfRun() {
  const engine = process.env.ENGINE ?? "chromium";
  if (!ENGINES.includes(engine)) throw new Error(`ENGINE=${engine}: choose one of ${ENGINES.join(", ")}`);
  return engine;
}

function geckodriverPath() {
  return process.env.GECKODRIVER ?? path.join(os.homedir(), ".cargo/bin/geckodriver");
}

/**
 * Starts a session of `engine`. Downloads go to `downloads` where the engine's driver can save
 * them (Chromium and Firefox); WebKitGTK's MiniBrowser has no such setting under automation.
 * WebKit needs a display: run it under xvfb-run.
 */
export async function startEngine(engine, { downloads } = {}) {
  if (downloads) mkdirSync(downloads, { recursive: true });
  if (engine === "chromium") {
    const options = new chrome.Options()
      .setChromeBinaryPath("/usr/bin/chromium")
      .addArguments("--headless=new", "--no-sandbox", "--window-size=1280,900", ...chromiumLaunch.args);
    if (downloads) {
      options.setUserPreferences({ "download.default_directory": downloads, "download.prompt_for_download": false });
    }
    return new Builder()
      .forBrowser("chrome")
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver"))
      .build();
  }
  if (engine === "firefox") {
    const options = new firefox.Options()
      .setBinary("/usr/bin/firefox-esr")
      .addArguments("-headless", "-width=1280", "-height=900");
    if (downloads) {
      options.setPreference("browser.download.dir", downloads);
      options.setPreference("browser.download.folderList", 2);
      options.setPreference("browser.download.useDownloadDir", true);
      options.setPreference("browser.helperApps.neverAsk.saveToDisk", "application/octet-stream");
      options.setPreference("browser.download.alwaysOpenPanel", false);
    }
    return new Builder()
      .forBrowser("firefox")
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(geckodriverPath()))
      .build();
  }
  // WebKitWebDriver drives WebKitGTK's MiniBrowser; selenium has no builder of its own for it.
  const service = new remote.DriverService.Builder("/usr/bin/WebKitWebDriver").setLoopback(true).build();
  const url = await service.start(30_000);
  const capabilities = new Capabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": {
      binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
      args: ["--automation"],
    },
  });
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      await service.kill();
    }
  };
  return driver;
}

/** Serves the release build (dist/, or E2E_DIST) on loopback at `port` with tests/e2e/serve.mjs. */
export async function serveRelease(port) {
  const dist = process.env.E2E_DIST ?? path.join(REPO, "dist");
  const server = spawn(process.execPath, [path.join(E2E_DIR, "serve.mjs"), dist, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: is port ${port} taken?`)));
    server.stdout.once("data", resolve);
  });
  server.removeAllListeners("exit");
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

// ---------------------------------------------------------------------------------------------
// Finding elements by role and name, inside the page.

/**
 * Runs in the page: every visible element matching `query`, in document order. A query is
 * { role, name, level } (a role as Playwright's getByRole knows it, the accessible name computed
 * from aria-labelledby, aria-label, the labels of a control, a fieldset's legend, or the text),
 * { label } (a form control by its label, like getByLabel), or { text } (the innermost element
 * whose text matches, like getByText); any of them with `within`, a query for a container.
 * Names and texts are exact after trimming and collapsing spaces, or { re, flags } patterns.
 */
function findInPage(query) {
  const clean = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const matches = (value, want) =>
    want && typeof want === "object" ? new RegExp(want.re, want.flags).test(value) : value === want;
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const textOf = (el) => clean(el.textContent);
  const labelText = (label) => {
    const copy = label.cloneNode(true);
    for (const control of copy.querySelectorAll("input, select, textarea")) control.remove();
    return clean(copy.textContent);
  };
  const byIds = (ids) =>
    clean(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
  const name = (el) => {
    if (el.hasAttribute("aria-labelledby")) return byIds(el.getAttribute("aria-labelledby"));
    if (el.hasAttribute("aria-label")) return clean(el.getAttribute("aria-label"));
    if (el.labels && el.labels.length > 0) return clean([...el.labels].map(labelText).join(" "));
    if (el.tagName === "FIELDSET") return clean(el.querySelector("legend")?.textContent);
    if (el.tagName === "INPUT" && ["submit", "button"].includes(el.type)) return clean(el.value);
    if (el.tagName === "TABLE") return clean(el.querySelector("caption")?.textContent);
    return textOf(el);
  };
  const roles = {
    button: "button, [role=button], input[type=submit], input[type=button]",
    link: "a[href], [role=link]",
    heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
    textbox: "input:not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button]):not([type=file]), textarea",
    combobox: "select, [role=combobox]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    radio: "input[type=radio], [role=radio]",
    region: "section[aria-label], section[aria-labelledby], [role=region]",
    navigation: "nav, [role=navigation]",
    dialog: "dialog, [role=dialog]",
    alertdialog: "[role=alertdialog]",
    alert: "[role=alert]",
    status: "[role=status], output",
    group: "fieldset, [role=group]",
    list: "ul, ol, [role=list]",
    listitem: "li, [role=listitem]",
    table: "table, [role=table]",
    article: "article, [role=article]",
  };
  const search = (q) => {
    const scopes = q.within ? search(q.within) : [document];
    const found = [];
    for (const scope of scopes) {
      let candidates;
      if (q.role) {
        const selector = roles[q.role];
        if (!selector) throw new Error(`no role ${q.role} in the suite's finder`);
        candidates = [...scope.querySelectorAll(selector)].filter((el) => {
          if (q.level && !(el.tagName === `H${q.level}` || el.getAttribute("aria-level") === String(q.level))) return false;
          return q.name === undefined || matches(name(el), q.name);
        });
      } else if (q.label !== undefined) {
        candidates = [...scope.querySelectorAll("input, select, textarea")].filter((el) => matches(name(el), q.label));
      } else if (q.text !== undefined) {
        candidates = [...scope.querySelectorAll("body *")]
          .filter((el) => !["SCRIPT", "STYLE"].includes(el.tagName) && matches(textOf(el), q.text))
          .filter((el) => ![...el.children].some((child) => matches(textOf(child), q.text)));
      } else {
        throw new Error(`a query needs a role, a label or a text: ${JSON.stringify(q)}`);
      }
      found.push(...candidates.filter(visible));
    }
    return [...new Set(found)];
  };
  return search(query);
}

/** A query as the page gets it: RegExp values become { re, flags }. */
function serial(query) {
  return JSON.parse(
    JSON.stringify(query, (key, value) => (value instanceof RegExp ? { re: value.source, flags: value.flags } : value)),
  );
}

function describe(query) {
  return JSON.stringify(query, (key, value) => (value instanceof RegExp ? String(value) : value));
}

// What a failure reports of the page: its address, headings, alerts and statuses.
const SEEN = `return location.href + " | " + [...document.querySelectorAll("h1, h2, [role=alert], [role=status], [role=alertdialog]")]
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => el.tagName.toLowerCase() + (el.getAttribute("role") ? "[" + el.getAttribute("role") + "]" : "") + ": " + el.textContent.replace(/\\s+/g, " ").trim().slice(0, 120))
  .join(" | ");`;

const FIND = `return (${findInPage.toString()})(arguments[0]);`;

/** The page of one session: find, wait, click, type and choose, by role and label. */
export class Page {
  constructor(driver, baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  async all(query) {
    return this.driver.executeScript(FIND, serial(query));
  }

  /** Waits until `check` returns a truthy value, retrying through re-renders; returns the value. */
  async until(what, check, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) {
        const seen = await this.driver.executeScript(SEEN).catch(() => "(the page did not answer)");
        throw new Error(`waited ${timeout} ms for ${what}${last ? ` (last error: ${last.message})` : ""}\n  the page shows: ${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The first element matching, once there is one. */
  async find(query, timeout = 10_000) {
    return this.until(describe(query), async () => (await this.all(query))[0], timeout);
  }

  async expectVisible(query, timeout = 10_000) {
    await this.find(query, timeout);
  }

  async expectGone(query, timeout = 10_000) {
    await this.until(`no ${describe(query)}`, async () => (await this.all(query)).length === 0, timeout);
  }

  /** Acts on the first match, finding it again when a re-render replaced it meanwhile. */
  async act(query, action, timeout = 10_000) {
    return this.until(`${describe(query)} to act on`, async () => {
      const [element] = await this.all(query);
      if (!element) return false;
      await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
      await action(element);
      return true;
    }, timeout);
  }

  async click(query, timeout) {
    await this.act(query, (element) => element.click(), timeout);
  }

  /** Types `text` into an empty field, as a person would, key by key. */
  async fill(query, text) {
    await this.act(query, async (element) => {
      await element.clear();
      await element.sendKeys(text);
    });
    await this.until(`${describe(query)} to hold what was typed`, async () => {
      const [element] = await this.all(query);
      return element && (await element.getAttribute("value")) === text;
    });
  }

  /** Chooses the option with this text in a select, and tells the page as a person's choice would. */
  async select(query, optionText) {
    await this.act(query, async (element) => {
      const chosen = await this.driver.executeScript(
        `const select = arguments[0];
         const option = [...select.options].find((o) => o.textContent.replace(/\\s+/g, " ").trim() === arguments[1]);
         if (!option) return false;
         select.value = option.value;
         select.dispatchEvent(new Event("input", { bubbles: true }));
         select.dispatchEvent(new Event("change", { bubbles: true }));
         return true;`,
        element,
        optionText,
      );
      if (!chosen) throw new Error(`no option "${optionText}" in ${describe(query)}`);
    });
  }

  /** Ticks a checkbox or a radio button unless it is already. */
  async check(query) {
    await this.act(query, async (element) => {
      if (!(await element.isSelected())) await element.click();
    });
    await this.until(`${describe(query)} to be checked`, async () => (await this.all(query))[0]?.isSelected());
  }

  async goto(hash = "") {
    await this.driver.get(`${this.baseUrl}${hash}`);
  }

  async evaluate(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }
}

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ---------------------------------------------------------------------------------------------
// The app's own steps, as tests/e2e/fixtures.js takes them.

/** Fictional and strong: four random words. */
export const PASSPHRASE = "harbor violet pencil ninety";
// Deriving the key is slow on purpose, slower in some engines and on a loaded machine.
export const SLOW = 120_000;

/** Opens the app and waits until the wasm app has rendered its shell. */
export async function openApp(page, hash = "") {
  await page.goto(hash);
  await page.expectVisible({ role: "button", name: /Quick exit/ }, 60_000);
}

/** Creates the vault from the form on the Cases page and waits until it is open. */
export async function createVault(page, passphrase = PASSPHRASE) {
  await openApp(page, "#/cases");
  await page.fill({ label: "Passphrase" }, passphrase);
  await page.fill({ label: "Type the passphrase again" }, passphrase);
  await page.click({ role: "button", name: "Create vault" });
  await page.expectVisible({ role: "heading", level: 1, name: "Cases" }, SLOW);
}

/** Submits the unlock form; `opened` is what shows once the vault is open. */
export async function unlock(page, opened, passphrase = PASSPHRASE) {
  await page.expectVisible({ role: "heading", level: 1, name: "Unlock your vault" }, 60_000);
  await page.fill({ label: "Passphrase" }, passphrase);
  await page.click({ role: "button", name: "Unlock" });
  await page.expectVisible(opened, SLOW);
}
