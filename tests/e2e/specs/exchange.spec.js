// The exchange between agencies, with two vaults on one machine as two agencies on their own
// devices: the lead and the labour inspectorate swap sharing keys, the lead sends a question
// request, the inspectorate contributes two questions (one the same as the police's) and
// returns them, and the lead merges the return; a third vault cannot open the request, and the
// same return cannot be merged twice.
import fs from "node:fs";
import { test, expect, createVault, createCase, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 240_000 });

const CODE = "TO-2026-910";
const POLICE = "Harbour police";
const INSPECTORATE = "Westmere labour inspectorate";
const SAME = "Tell me how you came to work at the cannery.";
const HOURS = "Describe the hours you worked each day at the cannery.";

function mainNav(page) {
  return page.getByRole("navigation", { name: "Main" });
}

async function section(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  return page.getByRole("region", { name, exact: true });
}

async function exchangePage(page) {
  await mainNav(page).getByRole("link", { name: "Exchange" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exchange" })).toBeVisible();
}

/** This vault's sharing key and fingerprint, as its Exchange page shows them. */
async function ownKey(page) {
  await exchangePage(page);
  const key = page.getByRole("textbox", { name: "Your key to give to other agencies (text)" });
  await expect(key).toHaveValue(/^age1/);
  await expect(page.getByRole("img", { name: "QR code of your sharing key" })).toBeVisible();
  const fingerprint = (await page.getByText(/^Fingerprint to read aloud:/).textContent()).replace("Fingerprint to read aloud:", "").trim();
  return { key: await key.inputValue(), fingerprint };
}

async function addAgency(page, name, role) {
  const agencies = await section(page, "Agencies");
  await agencies.getByLabel("Name", { exact: true }).fill(name);
  await agencies.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await agencies.getByRole("button", { name: "Add agency" }).click();
  await expect(agencies.getByRole("row", { name: new RegExp(`^${name}\\b`) })).toBeVisible();
}

async function addQuestion(region, agency, words, topic) {
  await region.getByRole("button", { name: `Add a question for ${agency}` }).click();
  await region.getByLabel("Question", { exact: true }).fill(words);
  if (topic) await region.getByRole("checkbox", { name: topic, exact: true }).check();
  await region.getByRole("button", { name: "Save question" }).click();
  await expect(region.getByRole("heading", { level: 4, name: words })).toBeVisible();
}

/** Opens a request file on the Exchange page of `page`'s vault. */
async function openRequest(page, file) {
  await exchangePage(page);
  const form = page.getByRole("region", { name: "Requests from other agencies" });
  await form.getByLabel("Request file", { exact: true }).setInputFiles(file);
  await form.getByRole("button", { name: "Open request" }).click();
  return form;
}

test("two agencies exchange keys, a request and a return; the merge shows the duplicate and moves the headline", async ({ page, browser, baseURL }, testInfo) => {
  // The inspectorate's vault, on its own device.
  const inspectorateContext = await browser.newContext({ baseURL, acceptDownloads: true });
  const inspectorate = await inspectorateContext.newPage();
  await createVault(inspectorate, "harbour mist copper sparrow");
  const theirs = await ownKey(inspectorate);
  await expectNoAxeViolations(inspectorate);

  // The lead's vault and case.
  await createVault(page);
  await createCase(page, CODE);
  await addAgency(page, POLICE, "Police");
  await addAgency(page, INSPECTORATE, "Labour inspectorate");
  const questions = await section(page, "Questions");
  await addQuestion(questions, POLICE, SAME, "Recruitment");

  // The lead adds the inspectorate's key as a contact and marks it verified once the
  // fingerprints match (read over the phone).
  const mine = await ownKey(page);
  const contacts = page.getByRole("region", { name: "Contacts" });
  await contacts.getByLabel("Agency name").fill(INSPECTORATE);
  await contacts.getByLabel("Role", { exact: true }).selectOption({ label: "Labour inspectorate" });
  await contacts.getByLabel("Sharing key").fill(mine.key);
  await contacts.getByRole("button", { name: "Add contact" }).click();
  await expect(contacts.getByRole("alert")).toHaveText("This is this vault's own sharing key. Add the other agency's key.");
  await contacts.getByLabel("Sharing key").fill(theirs.key.slice(0, -1) + (theirs.key.endsWith("q") ? "p" : "q"));
  await contacts.getByRole("button", { name: "Add contact" }).click();
  await expect(contacts.getByRole("alert")).toContainText("checksum does not match");
  await contacts.getByLabel("Sharing key").fill(theirs.key);
  await contacts.getByRole("button", { name: "Add contact" }).click();
  const row = contacts.getByRole("row", { name: new RegExp(`^${INSPECTORATE}`) });
  await expect(row).toContainText(theirs.fingerprint);
  await expect(row).toContainText("Not verified");
  await contacts.getByRole("button", { name: `Mark verified: ${INSPECTORATE}` }).click();
  await expect(row).toContainText("Verified");
  await expectNoAxeViolations(page);

  // The request, locked to the inspectorate's key.
  await mainNav(page).getByRole("link", { name: "Cases" }).click();
  await page.getByRole("link", { name: CODE }).click();
  const requests = await section(page, "Question requests");
  await requests.getByLabel("Agency to ask").selectOption({ label: INSPECTORATE });
  await requests.getByLabel("Your agency, as they will see it").fill("Harbour police, trafficking unit");
  await requests.getByLabel("Note to the agency (optional)").fill("The interview is planned for next week.");
  await expect(requests.getByLabel("Lock the request with")).toHaveValue("0");
  const requestDownload = page.waitForEvent("download");
  await requests.getByRole("button", { name: "Make the request file" }).click();
  const requestFile = testInfo.outputPath("request.age");
  await (await requestDownload).saveAs(requestFile);
  await expect(requests.getByRole("status")).toHaveText(
    new RegExp(`^Request file made for ${INSPECTORATE}, locked with ${INSPECTORATE}'s sharing key \\(fingerprint ${theirs.fingerprint}\\)`),
  );
  await expect(requests.getByText(new RegExp(`^${INSPECTORATE}: sent .* No return merged yet\\.$`))).toBeVisible();
  await expect(page.getByText("This plan avoids 0 repeated questions.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The inspectorate opens it in its own vault and contributes two questions.
  const opened = await openRequest(inspectorate, requestFile);
  await expect(opened.getByRole("status").filter({ hasText: /^Request / })).toHaveText(`Request ${CODE} from Harbour police, trafficking unit opened. It is in the list below.`);
  await opened.getByRole("link", { name: `Contribute: ${CODE} for ${INSPECTORATE}` }).click();
  await expect(inspectorate.getByRole("heading", { level: 1, name: `Request ${CODE} from Harbour police, trafficking unit` })).toBeVisible();
  await expect(inspectorate.getByText("The interview is planned for next week.")).toBeVisible();
  const own = inspectorate.getByRole("region", { name: "Your questions" });
  await addQuestion(own, INSPECTORATE, SAME, "Recruitment");
  await addQuestion(own, INSPECTORATE, HOURS, "Working hours");
  await expectNoAxeViolations(inspectorate);
  const returnDownload = inspectorate.waitForEvent("download");
  await inspectorate.getByRole("button", { name: "Return to the lead", exact: true }).click();
  const returnFile = testInfo.outputPath("return.age");
  await (await returnDownload).saveAs(returnFile);
  await expect(inspectorate.getByRole("status").filter({ hasText: /^Return 1 written/ })).toHaveText(
    "Return 1 written: send this file to Harbour police, trafficking unit. Nothing else of your vault is in it.",
  );

  // The lead reads the return: a preview of the two new questions, one a duplicate of the police's.
  const merge = requests.getByRole("region", { name: "Merge a return" });
  await merge.getByLabel("Return file", { exact: true }).setInputFiles(returnFile);
  await merge.getByRole("button", { name: "Read the return" }).click();
  const preview = merge.getByRole("region", { name: `Return 1 from ${INSPECTORATE}` });
  await expect(preview).toBeVisible();
  const changes = preview.getByRole("list", { name: "Changes in the return" });
  const duplicate = changes.getByRole("listitem", { name: `New question: “${SAME}”` });
  await expect(duplicate).toContainText("near-identical words");
  await expect(changes.getByRole("listitem", { name: `New question: “${HOURS}”` })).toBeVisible();
  // Merging adds questions; what it saves comes once the lead accepts the duplicate's suggestion.
  await expect(preview.getByText("This plan avoids 0 repeated questions now; merged, it would avoid 0.")).toBeVisible();
  await expectNoAxeViolations(page);
  await preview.getByRole("button", { name: "Merge the return" }).click();
  await expect(merge.getByRole("status")).toHaveText(`Return 1 from ${INSPECTORATE} merged. Each change is in the case history.`);
  await expect(requests.getByText(new RegExp(`^${INSPECTORATE}: sent .* Return 1 merged\\.$`))).toBeVisible();

  // The same return again is refused: it is not newer than the one merged.
  await merge.getByLabel("Return file", { exact: true }).setInputFiles(returnFile);
  await merge.getByRole("button", { name: "Read the return" }).click();
  await expect(merge.getByRole("alert")).toHaveText(
    "This is return 1, and return 1 of the same request is already merged. An older return cannot be merged again.",
  );

  // The duplicate finding is the planner's, on the case: accepting it moves the headline.
  await section(page, "Findings");
  await expect(page.getByText(/near-identical words/).first()).toBeVisible();
  await page.getByRole("button", { name: /^Accept: Set aside/ }).first().click();
  await expect(page.getByText("This plan avoids 1 repeated question.")).toBeVisible();
  const history = await section(page, "Change history");
  await expect(history.getByText(new RegExp(`^From ${INSPECTORATE}, return 1: added`))).toBeVisible();

  // A third agency's vault cannot open a request made for the inspectorate.
  const thirdContext = await browser.newContext({ baseURL });
  const third = await thirdContext.newPage();
  await createVault(third, "willow granite harbour tide");
  const refused = await openRequest(third, requestFile);
  await expect(refused.getByRole("alert")).toHaveText("This file was made for another agency's sharing key. This vault cannot open it.");
  await expect(refused.getByRole("link", { name: /^Contribute:/ })).toHaveCount(0);
  expect(fs.statSync(requestFile).size).toBeGreaterThan(0);

  await inspectorateContext.close();
  await thirdContext.close();
});
