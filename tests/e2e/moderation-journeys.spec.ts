import { spawnSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { getDatabase } from "./e2e-database";
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_JOURNEY } from "./e2e-data";
import { emailTo, linkIn, ownClientAddress, setUpTwoFactor, signInAs, uniqueEmail } from "./staff";

/*
 * The moderation journeys of issue 13, in a real browser against the
 * production server: nothing an organization or a reporter sends reaches
 * residents before a moderator looked at it, and phone numbers need two.
 */

const PASSWORD = "journey password that is long";

async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await ownClientAddress(context);
  return context.newPage();
}

async function createAccountFromLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(new URL(link).pathname + new URL(link).search);
  const form = page.getByTestId("invitation-form");
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Type the new password again").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
}

async function openChangeOf(page: Page, organizationName: string): Promise<void> {
  await page.goto("/en/admin");
  await page.getByTestId("queue-change").filter({ hasText: organizationName }).getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(organizationName);
}

/** The office form of a listing, from its overview in the portal. */
async function editOffice(page: Page, slug: string, query = ""): Promise<void> {
  await page.goto(`/en/portal/organizations/${slug}${query}`);
  await page.getByRole("link", { name: /^Edit 1 Fixture Street/ }).click();
  await expect(page.getByTestId("listing-editor")).toBeVisible();
}

async function saveAndSendForReview(page: Page, savedNotice: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: savedNotice })).toBeVisible();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByText("Sent for review. You will get an email when a moderator has decided.")).toBeVisible();
}

async function publicPage(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** A search result card of the journey's listing, found through the resident index (no keywords), once it shows `text`. */
async function expectInSearchResults(page: Page, journey: { zip: string; service: string }, organizationName: RegExp, text: string): Promise<void> {
  await expect(async () => {
    await page.goto(`/en/directory?near=${journey.zip}&radius=5&service=${journey.service}`);
    const card = page.locator("article, li").filter({ has: page.getByRole("heading", { name: organizationName }) }).first();
    await expect(card).toContainText(text, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

async function expectAuditActions(page: Page, slug: string, actions: string[]): Promise<void> {
  await page.goto(`/en/admin/organizations/${slug}/history`);
  const recorded = await page.getByTestId("audit-entry").evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-action")));
  for (const action of actions) expect(recorded).toContain(action);
}

test("an admin invites a moderator, the moderator an editor; the editor's hours go live at the first approval and the new phone number at a second moderator's", async ({ browser }) => {
  test.setTimeout(300_000);
  const journey = E2E_JOURNEY.invitation;
  const organizationName = "Journey invitation legal aid";

  // The first admin comes from the command line, with a one-time link.
  const adminEmail = uniqueEmail("first-admin");
  const command = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/accounts/create-admin.ts", adminEmail], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: `file:${E2E_DATABASE_FILE}`, SITE_URL: E2E_BASE_URL },
    encoding: "utf8",
  });
  expect(command.status, command.stderr).toBe(0);
  const adminLink = /http\S+\/portal\/invitation\?token=\S+/.exec(command.stdout)?.[0] ?? "";
  expect(adminLink).not.toBe("");

  const admin = await staffPage(browser);
  await createAccountFromLink(admin, adminLink, "First Admin");
  // An admin can do nothing before two-factor sign-in is on.
  await admin.waitForURL(/\/en\/portal\/security$/);
  await expect(admin.getByText("Moderators and administrators must set up two-factor sign-in before they can do anything else.")).toBeVisible();
  await admin.goto("/en/admin");
  await admin.waitForURL(/\/en\/portal\/security$/);
  await setUpTwoFactor(admin, PASSWORD);

  // The admin invites a moderator, who sets up TOTP.
  const moderatorEmail = uniqueEmail("moderator");
  await admin.goto("/en/admin/staff");
  const invitation = admin.getByTestId("invitation-form");
  await invitation.getByLabel("Email", { exact: true }).fill(moderatorEmail);
  await invitation.getByLabel("Role").selectOption("moderator");
  await invitation.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invitation.getByText("Invitation sent.")).toBeVisible();
  const moderatorInvitation = await emailTo(moderatorEmail);
  expect(moderatorInvitation.subject).toBe("You are invited to help run the Know-Your-Rights Directory");
  const moderator = await staffPage(browser);
  await createAccountFromLink(moderator, linkIn(moderatorInvitation), "Journey Moderator");
  await moderator.waitForURL(/\/en\/portal\/security$/);
  await setUpTwoFactor(moderator, PASSWORD);
  // The link works once.
  await moderator.goto(new URL(linkIn(moderatorInvitation)).pathname + new URL(linkIn(moderatorInvitation)).search);
  await expect(moderator.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // The moderator invites an editor of the listing, who accepts.
  const editorEmail = uniqueEmail("editor");
  await moderator.goto(`/en/admin/organizations/${journey.slug}`);
  const editorInvitationForm = moderator.getByTestId("invitation-form");
  await editorInvitationForm.getByLabel("Email", { exact: true }).fill(editorEmail);
  await editorInvitationForm.getByRole("button", { name: "Send the invitation" }).click();
  await expect(editorInvitationForm.getByText("Invitation sent.")).toBeVisible();
  const editorInvitation = await emailTo(editorEmail);
  expect(editorInvitation.subject).toBe(`You are invited to keep the listing of ${organizationName} up to date`);
  const editor = await staffPage(browser);
  await createAccountFromLink(editor, linkIn(editorInvitation), "Journey Editor");
  await editor.waitForURL(/\/en\/portal$/);
  await expect(editor.getByRole("link", { name: organizationName }).first()).toBeVisible();

  // The editor changes Monday's hours and the office's phone number, then sends the change.
  await editOffice(editor, journey.slug);
  const monday = editor.getByRole("group", { name: "Monday" });
  await monday.getByLabel("Opens", { exact: true }).fill("10:00");
  await monday.getByLabel("Closes", { exact: true }).fill("16:00");
  await editor.getByRole("group", { name: "Phone number 1" }).getByLabel("Number", { exact: true }).fill("(503) 555-0142");
  await saveAndSendForReview(editor, /Saved the office/);
  // Nothing is public yet.
  const resident = await publicPage(browser, `/en/organizations/${journey.slug}`);
  await expect(resident.getByText("(503) 555-0142")).toHaveCount(0);

  // A first moderator approves: the hours go live, the phone number waits.
  await openChangeOf(moderator, organizationName);
  await expect(moderator.getByTestId("changes-view").locator('[data-high-risk="true"]')).toHaveCount(1);
  await moderator.getByRole("button", { name: "Approve: publish the rest now, the high-risk changes after a second moderator" }).click();
  await expect(moderator.getByText("Approved. What was not high-risk is published; the rest waits for a second moderator.")).toBeVisible();
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByText("10:00 AM", { exact: false }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(resident.getByText("(503) 555-0142")).toHaveCount(0);
  // The same moderator cannot give the second approval.
  await openChangeOf(moderator, organizationName);
  await expect(moderator.getByText("You gave the first approval. A different moderator must give the second.")).toBeVisible();
  await expect(moderator.getByRole("button", { name: /^Approve/ })).toHaveCount(0);

  // A second, different moderator (the admin) approves the phone number.
  await openChangeOf(admin, organizationName);
  await admin.getByRole("button", { name: "Approve the high-risk changes and publish them" }).click();
  await expect(admin.getByText("Published. Residents see the change now.")).toBeVisible();

  // The public page and the search results show the new data.
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByText("(503) 555-0142").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(resident.getByText("The organization itself confirmed this information, and a moderator reviewed it.")).toBeVisible();
  await expectInSearchResults(resident, journey, /Journey invitation legal aid/, "(503) 555-0142");
  await expect((await emailTo(editorEmail, /are published$/)).subject).toBe(`Your changes to ${organizationName} are published`);

  // The audit log records both steps.
  await expectAuditActions(admin, journey.slug, ["published_low_risk", "first_approval", "published"]);
});

test("a claim from a public page becomes an editor whose change a moderator publishes", async ({ browser }) => {
  test.setTimeout(240_000);
  const journey = E2E_JOURNEY.claim;
  const organizationName = "Journey claim legal aid";
  const claimantEmail = uniqueEmail("claimant");

  const visitorContext = await browser.newContext();
  await ownClientAddress(visitorContext);
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/en/organizations/${journey.slug}`);
  await visitor.getByRole("link", { name: "Ask to edit this listing" }).click();
  const claim = visitor.getByTestId("claim-form");
  await claim.getByLabel("Your name").fill("Carla Claimant");
  await claim.getByLabel("Your role at the organization").fill("Program director");
  await claim.getByLabel("Your work email").fill(claimantEmail);
  await claim.getByRole("button", { name: "Send the request" }).click();
  await expect(visitor.getByText("Thank you. A moderator will check your request and write to you.")).toBeVisible();
  expect((await visitorContext.cookies()).map((cookie) => cookie.name).filter((name) => name !== LOCALE_COOKIE)).toEqual([]);

  const moderator = await staffPage(browser);
  await signInAs(moderator, "moderator");
  await moderator.goto("/en/admin");
  await moderator.getByTestId("queue-claim").filter({ hasText: claimantEmail }).getByRole("link", { name: "Open" }).click();
  await expect(moderator.getByText("Program director")).toBeVisible();
  await moderator.getByRole("button", { name: "Approve and send an invitation" }).click();
  await expect(moderator.getByText("Approved. An invitation went to the person's email.")).toBeVisible();

  const approval = await emailTo(claimantEmail);
  expect(approval.subject).toBe(`You can now edit the listing of ${organizationName}`);
  const editor = await staffPage(browser);
  await createAccountFromLink(editor, linkIn(approval), "Carla Claimant");
  await editor.waitForURL(/\/en\/portal$/);

  // The new editor says the service is not taking new cases.
  await editor.goto(`/en/portal/organizations/${journey.slug}`);
  await editor.getByRole("link", { name: /^Edit Service 0 of/ }).click();
  await editor.getByLabel("Taking new cases?").selectOption("not_accepting");
  await saveAndSendForReview(editor, /Saved the service/);

  await openChangeOf(moderator, organizationName);
  await expect(moderator.getByTestId("changes-view").locator('[data-high-risk="true"]')).toHaveCount(0);
  await moderator.getByRole("button", { name: "Approve and publish" }).click();
  await expect(moderator.getByText("Published. Residents see the change now.")).toBeVisible();

  const resident = await publicPage(browser, `/en/organizations/${journey.slug}`);
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByText("Not accepting new cases").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expectInSearchResults(resident, journey, /Journey claim legal aid/, "Not accepting new cases");
  await expectAuditActions(moderator, journey.slug, ["claim_approved", "submitted", "published"]);
});

test("a problem report becomes a change request; its phone number needs two moderators, and the report's contact is erased", async ({ browser }) => {
  test.setTimeout(240_000);
  const journey = E2E_JOURNEY.report;
  const organizationName = "Journey report legal aid";
  const reporterContact = uniqueEmail("reporter");

  const visitorContext = await browser.newContext();
  await ownClientAddress(visitorContext);
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/en/organizations/${journey.slug}`);
  const report = visitor.getByTestId("problem-report-form");
  await report.getByLabel("What is wrong?").selectOption("wrong_phone");
  await report.getByLabel("Details").fill("The number rings a closed office. The new one is (503) 555-0177.");
  await report.getByLabel("How can we reach you? (optional)").fill(reporterContact);
  await report.getByRole("button", { name: "Send report" }).click();
  await expect(visitor.getByText("Thank you. A moderator will check this report.")).toBeVisible();

  const moderator = await staffPage(browser);
  await signInAs(moderator, "moderator");
  await moderator.goto("/en/admin");
  await moderator.getByTestId("queue-report").filter({ hasText: organizationName }).getByRole("link", { name: "Open" }).click();
  await expect(moderator.getByText(reporterContact)).toBeVisible();
  await moderator.getByTestId("make-change").click();
  await expect(moderator.getByText("You are correcting this listing from a problem report.")).toBeVisible();
  await moderator.getByRole("link", { name: /^Edit 1 Fixture Street/ }).click();
  await moderator.getByRole("group", { name: "Phone number 1" }).getByLabel("Number", { exact: true }).fill("503.555.0177");
  await saveAndSendForReview(moderator, /Saved the office/);

  // Sent as a change: the report is closed and its contact erased.
  const stored = await getDatabase().problemReport.findFirstOrThrow({ where: { details: { contains: "(503) 555-0177" } } });
  expect(stored.status).toBe("resolved");
  expect(stored.contact).toBeNull();
  expect(stored.changeRequestId).not.toBeNull();

  // Only high-risk changes: the first approval publishes nothing yet.
  await openChangeOf(moderator, organizationName);
  await moderator.getByRole("button", { name: "Approve: publish the rest now, the high-risk changes after a second moderator" }).click();
  await expect(moderator.getByText("Approved. The changes are all high-risk: they wait for a second moderator.")).toBeVisible();

  const second = await staffPage(browser);
  await signInAs(second, "secondModerator");
  await openChangeOf(second, organizationName);
  await second.getByRole("button", { name: "Approve the high-risk changes and publish them" }).click();
  await expect(second.getByText("Published. Residents see the change now.")).toBeVisible();

  const resident = await publicPage(browser, `/en/organizations/${journey.slug}`);
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByText("(503) 555-0177").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(resident.getByText("A moderator checked this information.")).toBeVisible();
  await expectInSearchResults(resident, journey, /Journey report legal aid/, "(503) 555-0177");
  await expectAuditActions(second, journey.slug, ["first_approval", "published"]);
});
