// The session plan, findings and coverage sections of the case workspace, used as a person would:
// by role and label only. The case gets its data through the session plan itself; questions and
// prior accounts come from other sections, so here the coverage matrix is checked for its shape.
import { test, expect, openApp, createVault, createCase, expectSaved, expectNoAxeViolations } from "../fixtures.js";

test.describe.configure({ timeout: 120_000 });

const SCREENSHOTS = process.env.SCREENSHOT_DIR;

async function screenshot(page, name) {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function openSection(page, name) {
  await page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
}

async function addPerson(session, name, role) {
  const form = session.getByRole("group", { name: "Add a person to the room" });
  await form.getByLabel("Name or role label", { exact: true }).fill(name);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(session.getByRole("group", { name: new RegExp(`^Person \\d+: ${name}$`) })).toBeVisible();
}

/** Creates a case with one session at a police station: 5 people, two of them lead interviewers, 120 minutes, no break. */
async function caseWithCrowdedSession(page, code) {
  await openApp(page);
  await createVault(page);
  await createCase(page, code);
  await openSection(page, "Session plan");
  await expect(page.getByText("No session is planned yet.")).toBeVisible();
  await page.getByRole("button", { name: "Add a session" }).click();

  const session = page.getByRole("region", { name: /^Session 1, / });
  await expect(session.getByLabel("Date and time")).toBeFocused();
  await session.getByLabel("Date and time").fill("2026-03-03T10:00");
  await expect(session.getByRole("heading", { level: 3 })).toHaveText(/^Session 1, .*2026/);
  await expect(session.getByRole("heading", { level: 3 })).toHaveText(/March 3|3 March/);
  await session.getByLabel("Place", { exact: true }).fill("Interview suite, Harbour Road station");
  await session.getByLabel("Kind of place").selectOption({ label: "Police station" });
  await session.getByLabel("Duration in minutes").fill("120");
  await session.getByLabel("Duration in minutes").press("Tab");
  await expect(session.getByText("No break is planned.")).toBeVisible();

  await addPerson(session, "Officer Dana Reyes", "Lead interviewer");
  await addPerson(session, "Sergeant Omar Lind", "Lead interviewer");
  await addPerson(session, "Priya Nandakumar", "Note-taker");
  await addPerson(session, "NGO caseworker", "Support person");
  await addPerson(session, "Tomas Berg", "Observer");
  await expect(session.getByText("5 people besides the survivor.")).toBeVisible();
  return session;
}

test("a crowded session at a police station shows its wellbeing and roles findings beside it, and they go once fixed", async ({ page }) => {
  const session = await caseWithCrowdedSession(page, "TO-2026-301");
  await expectSaved(page);

  const findings = session.getByRole("region", { name: /^Wellbeing and roles: Session 1, / });
  await expect(findings.getByRole("status")).toHaveText("4 wellbeing or roles findings for this session.");
  for (const title of ["Too long without a break", "Too many people in the room", "An intimidating place", "Several lead interviewers"]) {
    await expect(findings.getByRole("heading", { level: 5, name: new RegExp(`Warning ${title}$`) })).toBeVisible();
  }
  await expect(findings.getByText("This session goes more than 90 minutes without a break.", { exact: false })).toBeVisible();
  await expect(findings.getByText("5 people are in the room besides the survivor.", { exact: false })).toBeVisible();
  await expect(findings.getByText("2 people are lead interviewers.", { exact: false })).toBeVisible();
  // Beside the session, the session itself goes without saying: no finding lists what it concerns.
  await expect(findings.getByText(/^Concerns:/)).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "session-1280");
  await expectNoAxeViolations(page);

  // A break that does not fall inside the session is refused with a clear message.
  await session.getByLabel("New break, in minutes from the start").fill("150");
  await session.getByRole("button", { name: "Add break" }).click();
  await expect(session.getByRole("alert")).toHaveText(/less than the session's 120 minutes/);
  await session.getByLabel("New break, in minutes from the start").fill("60");
  await session.getByRole("button", { name: "Add break" }).click();
  await expect(session.getByText("Break after 60 minutes")).toBeVisible();
  await expect(findings.getByRole("heading", { name: /Too long without a break/ })).toHaveCount(0);

  // One lead interviewer: the other observes. Then one person fewer, and a neutral room.
  await session.getByRole("group", { name: "Person 2: Sergeant Omar Lind" }).getByLabel("Role", { exact: true }).selectOption({ label: "Observer" });
  await expect(findings.getByRole("heading", { name: /Several lead interviewers/ })).toHaveCount(0);
  await session.getByRole("button", { name: "Remove Person 5: Tomas Berg" }).click();
  await expect(session.getByText("4 people besides the survivor.")).toBeVisible();
  await expect(findings.getByRole("heading", { name: /Too many people in the room/ })).toHaveCount(0);
  await session.getByLabel("Kind of place").selectOption({ label: "Neutral interview room" });
  await expect(findings.getByRole("status")).toHaveText("No wellbeing or roles finding for this session.");

  // Taking away the note-taker brings a roles finding back; putting one back clears it.
  await session.getByRole("group", { name: "Person 3: Priya Nandakumar" }).getByLabel("Role", { exact: true }).selectOption({ label: "Interpreter" });
  await expect(findings.getByRole("heading", { name: /No note-taker/ })).toBeVisible();
  await session.getByRole("group", { name: "Person 3: Priya Nandakumar" }).getByLabel("Role", { exact: true }).selectOption({ label: "Note-taker" });
  await expect(findings.getByRole("status")).toHaveText("No wellbeing or roles finding for this session.");

  // Removing the support person without recording that one was declined is a finding too.
  await session.getByRole("button", { name: "Remove Person 4: NGO caseworker" }).click();
  await expect(findings.getByRole("heading", { name: /No support person/ })).toBeVisible();
  await session.getByLabel("The survivor was offered a support person and declined").check();
  await expect(findings.getByRole("status")).toHaveText("No wellbeing or roles finding for this session.");
  await expectSaved(page);

  // The plan is kept: after a reload and unlock it is all still there.
  await page.reload();
  await page.getByLabel("Passphrase", { exact: true }).fill("fern lantern orbit quietly");
  await page.getByRole("button", { name: "Unlock" }).click();
  const again = page.getByRole("region", { name: /^Session 1, / });
  await expect(again.getByLabel("Place", { exact: true })).toHaveValue("Interview suite, Harbour Road station", { timeout: 30_000 });
  await expect(again.getByLabel("Kind of place").locator("option:checked")).toHaveText("Neutral interview room");
  await expect(again.getByText("Break after 60 minutes")).toBeVisible();
  await expect(again.getByText("3 people besides the survivor.")).toBeVisible();
  await expect(again.getByLabel("The survivor was offered a support person and declined")).toBeChecked();
  await expectNoAxeViolations(page);
});

test("the findings section lists every finding by rule, with severity in words and the session it concerns", async ({ page }) => {
  const session = await caseWithCrowdedSession(page, "TO-2026-302");
  await session.getByLabel("Audio or video recording (needs consent to recording)").check();
  await expectSaved(page);

  await openSection(page, "Findings");
  const section = page.getByRole("region", { name: "Findings", exact: true });
  // 4 wellbeing and roles warnings, and 2 blocking consent findings (taking part, recording).
  await expect(section.getByText("6 findings: 2 blocking, 4 warnings, 0 for information.")).toBeVisible();
  await expect(section.getByRole("heading", { level: 3, name: "Wellbeing (3)" })).toBeVisible();
  await expect(section.getByRole("heading", { level: 3, name: "Roles (1)" })).toBeVisible();
  await expect(section.getByRole("heading", { level: 3, name: "Consent (2)" })).toBeVisible();
  await expect(section.getByRole("heading", { level: 3, name: "Duplicate questions (0)" })).toBeVisible();

  const consent = section.getByRole("region", { name: "Consent (2)" });
  await expect(consent.getByRole("heading", { level: 4, name: "Blocking Consent not recorded" })).toHaveCount(2);
  await expect(consent.getByText(/Concerns: Session 1, .*; Consent to audio or video recording/)).toBeVisible();
  await expect(consent.getByText("This needs the survivor's consent to take part, which has not been asked or recorded.", { exact: false })).toBeVisible();

  const roles = section.getByRole("region", { name: "Roles (1)" });
  await expect(roles.getByRole("heading", { level: 4, name: "Warning Several lead interviewers" })).toBeVisible();
  await expect(roles.getByText(/^Concerns: Session 1, /)).toBeVisible();

  // None of these findings has a suggestion, so there is nothing to accept yet, and nothing to undo.
  await expect(section.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
  await expect(section.getByText("No suggestion has been accepted yet.")).toBeVisible();
  await expect(page.getByText("This plan avoids 0 repeated questions.")).toBeVisible();
  await screenshot(page, "findings-1280");
  await expectNoAxeViolations(page);

  // Fixing the roles in the session plan empties the roles group here.
  await openSection(page, "Session plan");
  await page.getByRole("region", { name: /^Session 1, / }).getByRole("group", { name: "Person 2: Sergeant Omar Lind" })
    .getByLabel("Role", { exact: true }).selectOption({ label: "Observer" });
  await openSection(page, "Findings");
  await expect(section.getByRole("heading", { level: 3, name: "Roles (0)" })).toBeVisible();
  await expect(section.getByRole("region", { name: "Roles (0)" }).getByText("Nothing found.")).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "findings-360");
  await expectNoAxeViolations(page);
});

test("the coverage matrix is a table of topics against accounts and sessions that scrolls inside its own region on a phone", async ({ page }) => {
  await caseWithCrowdedSession(page, "TO-2026-303");
  await page.getByRole("button", { name: "Add a session" }).click();
  await expect(page.getByRole("region", { name: /^Session 2, / })).toBeVisible();
  await expectSaved(page);

  await openSection(page, "Coverage");
  const region = page.getByRole("region", { name: "Topics against prior accounts, held sessions and planned sessions" });
  await expect(region).toHaveAttribute("tabindex", "0");
  const table = region.getByRole("table", { name: "Topics against prior accounts, held sessions and planned sessions" });
  const headers = table.getByRole("columnheader");
  await expect(headers).toHaveText([
    "Topic",
    /^Session 1, .*2026/,
    /^Session 2, /,
    "Not yet in a session",
    "Evidence",
    "Already told",
    "Planned in the plan as drafted",
    "Planned now",
  ]);
  // No prior account or question yet: one row says so across every column.
  await expect(table.getByRole("cell")).toHaveText(["No topic appears in a prior account or a question yet. Add prior accounts and questions, and their topics appear here."]);
  await expect(table.getByRole("cell")).toHaveAttribute("colspan", "8");
  await expect(page.getByText("Accepted suggestions spare the survivor 0 questions", { exact: false })).toBeVisible();
  await screenshot(page, "coverage-1280");
  await expectNoAxeViolations(page);

  // At 360 px the page does not scroll sideways: the table scrolls inside its region, by keyboard too.
  await page.setViewportSize({ width: 360, height: 800 });
  const sizes = await region.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(sizes.page).toBeLessThanOrEqual(360);
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await screenshot(page, "coverage-360");
  await expectNoAxeViolations(page);
});

test("a session is removed only after confirmation", async ({ page }) => {
  await caseWithCrowdedSession(page, "TO-2026-304");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "session-360");
  await page.getByRole("button", { name: /^Remove Session 1, / }).click();
  const dialog = page.getByRole("dialog", { name: /^Remove Session 1, .*\?$/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("region", { name: /^Session 1, / })).toBeVisible();

  await page.getByRole("button", { name: /^Remove Session 1, / }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove session" }).click();
  await expect(page.getByText("No session is planned yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a session" })).toBeFocused();
  await expectSaved(page);
  await expectNoAxeViolations(page);
});
