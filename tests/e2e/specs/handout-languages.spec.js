// The survivor's handout in scripts other than Latin: printed in Arabic, Chinese (Simplified) and
// Ukrainian, each PDF read back with pdftotext holds its language's rights heading; the Arabic
// handout runs right to left while a support phone number in it keeps its order, on screen and
// on paper, and axe finds nothing wrong with it. The team sees how far each translation has been
// checked; the printout does not. By role and label only. Fictional data: the phone number is in
// Ofcom's range kept for drama (020 7946 0xxx), the service and the case are made up.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations, printedText } from "../fixtures.js";

test.describe.configure({ timeout: 180_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = path.resolve(here, "../../../src/i18n/locales");

const CODE = "TO-2026-517";
const PHONE = "+44 20 7946 0000";
const SERVICE = "Harbourside Advice Line";
const SPECIALIST = "Victim specialist Rhea Tamsin";
const REVIEW_PENDING = /not yet reviewed by a native speaker/;

/** A message of a language's survivor texts, as its file has it (none of those used has arguments). */
function survivorMessage(tag, id) {
  const file = readFileSync(path.join(LOCALES, tag, "survivor.ftl"), "utf8");
  const line = file.split("\n").find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${tag}/survivor.ftl has no ${id}`);
  return line.slice(id.length + 3).trim();
}

/**
 * Text as compared here: Arabic presentation forms folded to letters (NFKC), the direction marks
 * that pdftotext writes around right-to-left runs taken out, and spaces collapsed.
 */
function readable(text) {
  return text
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** An HSDS 3.0 list of one fictional service, with a phone number and an e-mail address. */
function directory() {
  return JSON.stringify([
    {
      id: "svc-harbourside-1",
      name: SERVICE,
      description: "Advice and accompaniment for survivors, by phone and in person.",
      email: "advice@harbourside.example",
      organization: { id: "org-harbourside-1", name: "Harbourside Trust" },
      phones: [{ id: "ph-harbourside-1", number: PHONE }],
      languages: [{ id: "lang-harbourside-1", name: "Arabic" }],
    },
  ]);
}

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true }).first()).toBeVisible();
}

/** The handout's language picker, and the handout itself, named by its title in that language. */
async function chooseLanguage(page, tag) {
  await page.getByLabel("Language of the handout").selectOption(tag);
  const handout = page.getByRole("article", { name: survivorMessage(tag, "handout-title") });
  await expect(handout).toBeVisible();
  await expect(handout).toHaveAttribute("lang", tag);
  await expect(handout.getByRole("heading", { level: 3, name: survivorMessage(tag, "rights-heading") })).toBeVisible();
  return handout;
}

test("the handout prints in Arabic, Chinese and Ukrainian; Arabic reads right to left with its phone number intact", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, CODE);

  // A decision, so that the handout shows a date; a support service with a phone number.
  await openSection(page, "Consent");
  const decision = page.getByRole("region", { name: "Record a decision" });
  await decision.getByLabel("Purpose").selectOption({ label: "Taking part in the interview" });
  await decision.getByLabel("Given: they agree").check();
  await decision.getByLabel("Recorded by").fill(SPECIALIST);
  await decision.getByLabel("The survivor understood what they decided").check();
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("region", { name: "Taking part in the interview", exact: true }).getByText("Given", { exact: true })).toBeVisible();

  await openSection(page, "Referrals");
  const services = page.getByRole("region", { name: "Service directory" });
  await services.getByLabel("HSDS files").setInputFiles({ name: "harbourside.json", mimeType: "application/json", buffer: Buffer.from(directory()) });
  await services.getByRole("button", { name: "Import" }).click();
  await expect(services.getByRole("status")).toContainText("1 added");
  await page.getByRole("region", { name: "Find a service" }).getByRole("button", { name: `Attach to this case: ${SERVICE}` }).click();
  await expect(page.getByRole("region", { name: "Referrals" }).getByRole("article", { name: SERVICE })).toBeVisible();
  await expectSaved(page);

  await openSection(page, "Survivor handout");
  const picker = page.getByLabel("Language of the handout");

  // English is the source the others are made from; it says so, and reads left to right.
  const english = await chooseLanguage(page, "en");
  await expect(english).toHaveAttribute("dir", "ltr");
  await expect(picker).toHaveAccessibleDescription(/source text/);

  // Arabic: right to left on screen, the page around it left to right as before.
  const arabic = await chooseLanguage(page, "ar");
  await expect(picker).toHaveAccessibleDescription(REVIEW_PENDING);
  await expect(arabic).toHaveAttribute("dir", "rtl");
  expect(await arabic.evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");
  expect(await page.getByRole("navigation", { name: "Case sections" }).evaluate((e) => getComputedStyle(e).direction)).toBe("ltr");
  // The phone number is set apart, left to right, whole: "+44" stays before the rest.
  const phone = arabic.getByText(PHONE, { exact: true });
  await expect(phone).toBeVisible();
  expect(await phone.evaluate((e) => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi])).toEqual(["ltr", "isolate"]);
  const [plus, lastDigits] = await phone.evaluate((e) => {
    // Where the first and the last characters are drawn: left to right means "+" is leftmost.
    const range = document.createRange();
    const text = e.firstChild;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    return [first, range.getBoundingClientRect().left];
  });
  expect(plus).toBeLessThan(lastDigits);
  await expect(arabic.getByText(CODE, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const arabicPdf = readable(await printedText(page, "handout-ar"));
  // pdftotext may order the words of a right-to-left line its own way: each word is looked for.
  for (const word of readable(survivorMessage("ar", "rights-heading")).split(" ")) {
    expect(arabicPdf).toContain(word);
  }
  expect(arabicPdf).toContain(PHONE);
  expect(arabicPdf).toContain(CODE);
  expect(arabicPdf).not.toMatch(REVIEW_PENDING);
  expect(arabicPdf).not.toContain("Case sections");

  // Chinese: characters may be read back with spaces between them, so spaces are left out.
  await chooseLanguage(page, "zh-Hans");
  await expect(picker).toHaveAccessibleDescription(REVIEW_PENDING);
  const chinesePdf = readable(await printedText(page, "handout-zh-Hans")).replace(/ /g, "");
  expect(chinesePdf).toContain(readable(survivorMessage("zh-Hans", "rights-heading")).replace(/ /g, ""));
  expect(chinesePdf).toContain(PHONE.replace(/ /g, ""));

  // Ukrainian.
  const ukrainian = await chooseLanguage(page, "uk");
  await expect(ukrainian).toHaveAttribute("dir", "ltr");
  const ukrainianPdf = readable(await printedText(page, "handout-uk"));
  expect(ukrainianPdf).toContain(readable(survivorMessage("uk", "rights-heading")));
  expect(ukrainianPdf).toContain(PHONE);
  expect(ukrainianPdf).not.toMatch(REVIEW_PENDING);
});
