import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_STAFF_OTHER, E2E_STAFF_SHARED, type E2EStaffKey } from "./e2e-data";
import { expectNoAccessibilityViolations } from "./helpers";
import { getDatabase } from "./e2e-database";
import { ownClientAddress, signInAs } from "./staff";

/*
 * The listing editor as its users meet it: two editors saving at once,
 * field-level messages in their language, and the editor's pages for
 * assistive technology and keyboards.
 */

async function editorPage(browser: Browser, key: E2EStaffKey): Promise<Page> {
  const context = await browser.newContext();
  await ownClientAddress(context);
  const page = await context.newPage();
  await signInAs(page, key);
  return page;
}

async function openDraft(slug: string): Promise<{ name: string; description: string } | null> {
  const organization = await getDatabase().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const open = await getDatabase().changeRequest.findUnique({ where: { openFor: organization.id }, select: { proposed: true } });
  return open ? (JSON.parse(open.proposed) as { name: string; description: string }) : null;
}

test("two editors save the same listing: the later save of a stale form is refused, keeps its input, and saving again keeps both changes", async ({ browser }) => {
  const first = await editorPage(browser, "sharedEditorA");
  const second = await editorPage(browser, "sharedEditorB");
  const editPath = `/en/portal/organizations/${E2E_STAFF_SHARED}/edit/organization`;
  await first.goto(editPath);
  await second.goto(editPath);

  await first.getByLabel("Description").fill("Free help with immigration cases, by appointment.");
  await first.getByRole("button", { name: "Save" }).first().click();
  await expect(first.getByText("Saved the organization's details.")).toBeVisible();

  await second.getByLabel("Name", { exact: true }).fill("Staff Test Shared Legal Aid Center");
  await second.getByRole("button", { name: "Save" }).first().click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else changed this listing" })).toBeVisible();
  // Nothing was written, and the person's input is still in the form, with the other person's change taken in.
  expect((await openDraft(E2E_STAFF_SHARED))?.name).toBe("Staff Test Shared Legal Aid");
  await expect(second.getByLabel("Name", { exact: true })).toHaveValue("Staff Test Shared Legal Aid Center");
  await expect(second.getByLabel("Description")).toHaveValue("Free help with immigration cases, by appointment.");

  await second.getByRole("button", { name: "Save" }).first().click();
  await expect(second.getByText("Saved the organization's details.")).toBeVisible();
  expect(await openDraft(E2E_STAFF_SHARED)).toMatchObject({ name: "Staff Test Shared Legal Aid Center", description: "Free help with immigration cases, by appointment." });
});

interface EditorMessages {
  Editor: { errors: Record<"phoneFormat" | "postalCodeFormat" | "required", string>; phoneNumber: string; postalCode: string };
}

function editorMessages(locale: string): EditorMessages {
  return JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")) as EditorMessages;
}

for (const locale of ["en", "es", "ar"]) {
  test(`invalid input gets field-level messages in ${locale}, and the input stays in the form, without JavaScript`, async ({ browser }) => {
    const messages = editorMessages(locale).Editor;
    if (locale !== "en") expect(messages.errors.phoneFormat).not.toBe(editorMessages("en").Editor.errors.phoneFormat);
    const signedIn = await editorPage(browser, "sharedEditorA");
    // The same session, in a browser without JavaScript: the forms post as plain forms.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
    await ownClientAddress(context);
    const page = await context.newPage();
    await page.goto(`/${locale}/portal/organizations/${E2E_STAFF_SHARED}/edit/location/new`);
    const editor = page.getByTestId("listing-editor");
    await editor.getByLabel(messages.postalCode, { exact: true }).fill("6060");
    await editor.locator('button[value="add:phones"]').click();
    await page.getByTestId("listing-editor").getByRole("textbox", { name: messages.phoneNumber, exact: true }).fill("555-12");
    await page.getByTestId("listing-editor").locator('button[value="save"]').first().click();

    await expect(page.getByRole("alert").filter({ hasText: messages.errors.phoneFormat })).toBeVisible();
    await expect(page.locator("#field-phones-0-number-error")).toHaveText(messages.errors.phoneFormat);
    await expect(page.locator("#field-postalCode-error")).toHaveText(messages.errors.postalCodeFormat);
    await expect(page.locator("#field-address1-error")).toHaveText(messages.errors.required);
    await expect(page.locator("#field-phones-0-number")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-phones-0-number")).toHaveValue("555-12");
    await expect(page.locator("#field-postalCode")).toHaveValue("6060");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  });
}

// One test per language: each runs axe on thirteen pages, which takes minutes on a loaded machine.
for (const locale of ["en", "ar"]) {
  test(`the portal and moderation pages have no accessibility violations (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const editor = await editorPage(browser, "sharedEditorA");
    const moderator = await editorPage(browser, "moderator");
    const organization = await getDatabase().organization.findUniqueOrThrow({ where: { slug: E2E_STAFF_SHARED }, include: { locations: { select: { id: true } }, services: { select: { id: true } } } });
    for (const path of [
      "/portal",
      "/portal/security",
      `/portal/organizations/${E2E_STAFF_SHARED}`,
      `/portal/organizations/${E2E_STAFF_SHARED}/edit/organization`,
      `/portal/organizations/${E2E_STAFF_SHARED}/edit/location/${organization.locations[0]?.id}`,
      `/portal/organizations/${E2E_STAFF_SHARED}/edit/service/${organization.services[0]?.id}`,
      `/portal/organizations/${E2E_STAFF_SHARED}/edit/translations?language=es`,
    ]) {
      await editor.goto(`/${locale}${path}`);
      await expectNoAccessibilityViolations(editor);
    }
    for (const path of ["/admin", "/admin/organizations", `/admin/organizations/${E2E_STAFF_SHARED}`, `/admin/organizations/${E2E_STAFF_SHARED}/history`, "/admin/stale", "/admin/rights"]) {
      await moderator.goto(`/${locale}${path}`);
      await expectNoAccessibilityViolations(moderator);
    }
  });
}

test("the listing editor works by keyboard: rows are added and the form saved without a mouse", async ({ browser }) => {
  // Another listing than the tests above, which save the shared one at the same time.
  const page = await editorPage(browser, "otherEditor");
  await page.goto(`/en/portal/organizations/${E2E_STAFF_OTHER}/edit/organization`);
  await page.getByRole("button", { name: "Add a phone number" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Phone number 1" })).toBeVisible();
  await page.getByRole("group", { name: "Phone number 1" }).getByLabel("Number", { exact: true }).focus();
  await page.keyboard.type("(503) 555-0133");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Saved the organization's details.")).toBeVisible();
});
