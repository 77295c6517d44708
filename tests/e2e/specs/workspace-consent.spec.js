// The consent and referrals sections of the case workspace, as a victim specialist uses them:
// consent recorded purpose by purpose, corrected and withdrawn with its history kept; a real
// Open Referral (HSDS) file imported into the vault's service directory, searched, and a service
// attached and moved through the referral workflow, which refuses to refer without consent.
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  test,
  expect,
  openApp,
  createVault,
  unlockVault,
  createCase,
  expectSaved,
  expectNoAxeViolations,
} from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
// A real, unmodified HSDS 3.0 example file (see tests/fixtures/hsds/README.md).
const SERVICE_FULL = path.resolve(here, "../../fixtures/hsds/service_full.json");
const SPECIALIST = "Victim specialist Ilse Varn";

function section(page, name) {
  return page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
}

/** Fills and submits the record-a-decision form. */
async function recordDecision(page, { purpose, decision = "Given: they agree", understood = true, note }) {
  const form = page.getByRole("region", { name: /^(Record a decision|Correct an entry)$/ });
  await form.getByLabel("Purpose").selectOption({ label: purpose });
  await form.getByLabel(decision).check();
  await form.getByLabel("Recorded by").fill(SPECIALIST);
  await form.getByLabel("The survivor understood what they decided").setChecked(understood);
  if (note) await form.getByLabel("Note (optional)").fill(note);
  await form.getByRole("button", { name: /^Record (decision|correction)$/ }).click();
}

function purposeCard(page, name) {
  return page.getByRole("region", { name, exact: true });
}

async function screenshots(page, name) {
  // For looking at the layout by eye (CONSENT_SHOTS=1): wide, then narrow in readable slices.
  if (!process.env.CONSENT_SHOTS) return;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `/tmp/consentui-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, slice = 1; y < height; y += 1000, slice += 1) {
    await page.screenshot({
      path: `/tmp/consentui-${name}-360-${slice}.png`,
      fullPage: true,
      clip: { x: 0, y, width: 360, height: Math.min(1000, height - y) },
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("consent is recorded per purpose, corrected, and withdrawn with its history kept", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-301");
  await section(page, "Consent");
  await expect(page.getByRole("heading", { level: 2, name: "Consent" })).toBeVisible();

  // Every fixed purpose is offered with its status; sharing is offered per agency, and this case has none.
  for (const name of [
    "Taking part in the interview",
    "Audio or video recording",
    "Use as evidence",
    "Medical examination",
    "Photographs",
    "Contact afterwards",
  ]) {
    await expect(purposeCard(page, name).getByText("Not asked yet")).toBeVisible();
  }
  await expect(page.getByLabel("Purpose").locator("option", { hasText: "Sharing records with" })).toHaveCount(0);
  // An adult decides alone: no choice of whose decision it is.
  await expect(page.getByRole("group", { name: "Whose decision" })).toHaveCount(0);

  await recordDecision(page, { purpose: "Taking part in the interview" });
  await expect(page.getByRole("status").filter({ hasText: "Recorded. Taking part in the interview: Given." })).toBeVisible();
  const takePart = purposeCard(page, "Taking part in the interview");
  await expect(takePart.getByText("Given", { exact: true })).toBeVisible();
  await expect(takePart.getByRole("listitem").filter({ hasText: "Given by the survivor" })).toContainText(
    `Spoken, in English, recorded by ${SPECIALIST}.`,
  );

  // The ledger's refusal is shown as a clear message and nothing is recorded.
  const form = page.getByRole("region", { name: "Record a decision" });
  await form.getByLabel("Purpose").selectOption({ label: "Photographs" });
  await form.getByLabel("Withdrawn: they take back a consent they gave").check();
  await form.getByLabel("Recorded by").fill(SPECIALIST);
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Nothing to withdraw: the survivor has not given consent to Photographs. Record that they decline instead.",
  );
  await expect(purposeCard(page, "Photographs").getByText("Nothing recorded yet.")).toBeVisible();
  await form.getByLabel("Recorded by").fill("");
  await form.getByLabel("Given: they agree").check();
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(form.getByRole("alert")).toHaveText("Fill in who recorded the decision.");

  // A "yes" without confirmed understanding is recorded, but is not consent.
  await recordDecision(page, { purpose: "Audio or video recording", understood: false });
  const recording = purposeCard(page, "Audio or video recording");
  await expect(recording.getByText("Not valid: understanding not confirmed")).toBeVisible();
  await expect(recording.getByText("Understanding not confirmed.")).toBeVisible();

  // It was a recording mistake: correct that entry; both stay in the history.
  await recording.getByRole("button", { name: /^Correct this entry/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Correct an entry" })).toBeVisible();
  await expect(page.getByLabel("Purpose")).toBeFocused();
  await recordDecision(page, { purpose: "Audio or video recording", note: "Explained again with the interpreter" });
  await expect(recording.getByText("Given", { exact: true })).toBeVisible();
  await expect(recording.getByRole("listitem")).toHaveCount(2);
  await expect(recording.getByRole("listitem").first()).toContainText("Corrected by the entry of");
  await expect(recording.getByRole("listitem").nth(1)).toContainText("Correction");
  await expect(recording.getByRole("listitem").nth(1)).toContainText("Note: Explained again with the interpreter");
  await expectSaved(page);

  // Withdraw recording: asked to confirm, then withdrawn at once, the earlier decisions kept.
  await recording.getByRole("button", { name: "Withdraw consent: Audio or video recording" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw consent to Audio or video recording?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Recorded by")).toHaveValue(SPECIALIST);
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(recording.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(recording.getByRole("listitem")).toHaveCount(3);
  await expect(recording.getByRole("listitem").last()).toContainText("Withdrawn by the survivor");
  await expect(recording.getByRole("button", { name: /^Withdraw consent/ })).toHaveCount(0);
  // Taking part is untouched.
  await expect(takePart.getByText("Given", { exact: true })).toBeVisible();
  await expectSaved(page);

  // Kept in the vault: after locking and unlocking, the status and history are as they were.
  await page.getByRole("button", { name: "Lock" }).click();
  await unlockVault(page);
  // The vault opens where it was locked: on this section.
  await expect(recording.getByText("Withdrawn", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(recording.getByRole("listitem")).toHaveCount(3);

  await screenshots(page, "consent");
  await expectNoAxeViolations(page);
});

test("a real HSDS file is imported, searched, and its service referred only with consent", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-302");
  await section(page, "Referrals");
  await expect(page.getByRole("heading", { level: 2, name: "Referrals" })).toBeVisible();
  await expect(page.getByText("The service directory is empty.")).toBeVisible();

  // A broken file: the message names the file and the place, and nothing is imported.
  const directory = page.getByRole("region", { name: "Service directory" });
  await directory.getByLabel("HSDS files").setInputFiles({
    name: "cut-short.json",
    mimeType: "application/json",
    buffer: Buffer.from('{\n  "id": "svc-9",\n  "name": "Harbour'),
  });
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("alert")).toContainText("cut-short.json, line 3, column");
  await expect(directory.getByRole("alert")).toContainText("this is not valid JSON");
  await expect(directory.getByText("The directory holds 0 services.")).toBeVisible();

  // The real file.
  await directory.getByLabel("HSDS files").setInputFiles(SERVICE_FULL);
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("status")).toHaveText(
    "Imported: 1 added, 0 updated, 0 unchanged. The directory holds one service.",
  );
  // Importing it again updates nothing and duplicates nothing.
  await directory.getByLabel("HSDS files").setInputFiles(SERVICE_FULL);
  await directory.getByRole("button", { name: "Import" }).click();
  await expect(directory.getByRole("status")).toHaveText(
    "Imported: 0 added, 0 updated, 1 unchanged. The directory holds one service.",
  );

  // Search by category and by language, picked by name (the file lists "Urdu (ur)").
  const search = page.getByRole("region", { name: "Find a service" });
  await search.getByLabel("Category").selectOption({ label: "name" });
  await search.getByLabel("Language").fill("Polish");
  await search.getByRole("option", { name: "Polish — polski", exact: true }).click();
  await expect(search.getByRole("status")).toHaveText("0 of 1 service matches.");
  await search.getByLabel("Language").fill("Urdu");
  await search.getByRole("option", { name: /^Urdu — / }).click();
  await expect(search.getByRole("status")).toHaveText("1 of 1 service matches.");
  // Typing the tag finds it too.
  await search.getByLabel("Language").fill("ur");
  await search.getByLabel("Language").press("Enter");
  await expect(search.getByLabel("Language")).toHaveValue(/^Urdu — /);
  await expect(search.getByRole("status")).toHaveText("1 of 1 service matches.");
  const result = search.getByRole("article", { name: "Community Counselling" });
  await expect(result).toContainText("+44 1234 234567 ext. 100");
  await expect(result).toContainText("Urdu (ur)");
  await search.getByRole("button", { name: "Attach to this case: Community Counselling" }).click();
  await expect(search.getByText("Attached to this case.")).toBeVisible();

  // The referral: contacts, status, and only the moves the workflow allows.
  const referrals = page.getByRole("region", { name: "Referrals" });
  const referral = referrals.getByRole("article", { name: "Community Counselling" });
  await expect(referral.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(referral).toContainText("+44 1234 234567 ext. 100");
  await expect(referral).toContainText("Thursday, Friday: 10:00 to 18:00");
  await expect(referral).toContainText("Urdu (ur)");
  await expect(referral).toContainText("Consent to this referral: not asked yet.");
  const move = (name) => referral.getByRole("button", { name: `Mark as ${name}: Community Counselling` });
  await expect(referral.getByRole("button", { name: /^Mark as/ })).toHaveCount(2);
  await expect(move("referred")).toHaveCount(0);
  await move("offered").click();
  await expect(referral.getByText("Offered", { exact: true })).toBeVisible();
  await move("accepted").click();
  await expect(referral.getByText("Accepted", { exact: true })).toBeVisible();

  // Referring without the survivor's consent to this referral is refused, saying which consent is needed.
  await move("referred").click();
  const refusal = referral.getByRole("alert");
  await expect(refusal).toContainText(
    "The survivor cannot be referred to Community Counselling yet: their consent to “Referral to Community Counselling” is not asked yet.",
  );
  await expect(referral.getByText("Accepted", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await refusal.getByRole("link", { name: "Record it in the Consent section" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Consent" })).toBeVisible();
  await recordDecision(page, { purpose: "Referral to Community Counselling" });
  const referralConsent = purposeCard(page, "Referral to Community Counselling");
  await expect(referralConsent.getByText("Given", { exact: true })).toBeVisible();

  await section(page, "Referrals");
  await expect(referral).toContainText("Consent to this referral: given.");
  await move("referred").click();
  await expect(referral.getByText("Referred", { exact: true })).toBeVisible();
  await expect(referral.getByRole("alert")).toHaveCount(0);
  const history = referral.getByRole("list").filter({ hasText: "Suggested on" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(history.getByRole("listitem").nth(1)).toContainText("Suggested to Offered on");
  await expect(history.getByRole("listitem").nth(3)).toContainText("Accepted to Referred on");
  await expectSaved(page);

  // Withdrawing the referral consent flags the referral, which depends on it, at once.
  await section(page, "Consent");
  await expect(referralConsent.getByText(/planned item/)).toHaveCount(0);
  await referralConsent.getByRole("button", { name: "Withdraw consent: Referral to Community Counselling" }).click();
  const dialog = page.getByRole("dialog");
  // Someone answers for every entry, a withdrawal included.
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Fill in who recorded the decision.");
  await dialog.getByLabel("Recorded by").fill(SPECIALIST);
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(referralConsent.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(referralConsent.getByRole("heading", { name: "One planned item depends on this consent" })).toBeVisible();
  await expect(referralConsent).toContainText(
    "Blocked: the referral to Community Counselling needs this consent, which was withdrawn.",
  );
  await expectSaved(page);
  await screenshots(page, "consent-flagged");
  await expectNoAxeViolations(page);

  // The directory is kept, encrypted, in the vault for every case: after locking it is still there.
  await page.getByRole("button", { name: "Lock" }).click();
  await unlockVault(page);
  await section(page, "Referrals");
  await expect(page.getByRole("region", { name: "Service directory" }).getByText("The directory holds one service.")).toBeVisible();
  // The referral that went ahead is flagged in its own section too.
  await expect(referral).toContainText(
    "Flagged: this referral went ahead, but the consent it needs is now withdrawn. Pass nothing more to Community Counselling unless the survivor agrees again.",
  );
  const stored = await page.evaluate(async () => {
    const texts = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const storeName of db.objectStoreNames) {
        const values = await new Promise((ok) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => ok(request.result);
        });
        for (const value of values) texts.push(typeof value === "string" ? value : new TextDecoder().decode(value));
      }
      db.close();
    }
    return texts.join("\n");
  });
  expect(stored).toContain("age-encryption.org");
  for (const plain of ["Community Counselling", "1234 234567", SPECIALIST]) expect(stored).not.toContain(plain);

  await screenshots(page, "referrals");
  await expectNoAxeViolations(page);
});

test("a minor's consent needs the guardian's decision and the child's own assent", async ({ page }) => {
  await openApp(page);
  await createVault(page);
  await createCase(page, "TO-2026-303");
  await section(page, "Survivor profile");
  await page.getByLabel("Age group").selectOption({ label: "Minor (a guardian decides with the child)" });
  await expectSaved(page);
  await section(page, "Consent");
  await expect(page.getByText("This survivor is a minor.")).toBeVisible();
  const whose = page.getByRole("group", { name: "Whose decision" });
  await expect(whose).toContainText("A minor needs both the guardian's decision and the child's own assent.");

  const takePart = purposeCard(page, "Taking part in the interview");
  await whose.getByLabel("The guardian").check();
  await recordDecision(page, { purpose: "Taking part in the interview" });
  await expect(takePart.getByText("Child's assent missing", { exact: true })).toBeVisible();
  await expect(takePart.getByText("The guardian has agreed, but the child's own assent is not recorded yet.")).toBeVisible();

  await whose.getByLabel("The child (their own assent)").check();
  await recordDecision(page, { purpose: "Taking part in the interview" });
  await expect(takePart.getByText("Given", { exact: true })).toBeVisible();
  await expect(takePart.getByRole("listitem").filter({ hasText: "Given by the guardian" })).toHaveCount(1);
  await expect(takePart.getByRole("listitem").filter({ hasText: "Given by the child" })).toHaveCount(1);

  // Either may withdraw; the child's withdrawal withdraws it.
  await takePart.getByRole("button", { name: "Withdraw the child's assent: Taking part in the interview" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Withdraw consent" }).click();
  await expect(takePart.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(takePart.getByRole("listitem").last()).toContainText("Withdrawn by the child");
  await expectSaved(page);
  await expectNoAxeViolations(page);
});
