import { expect, test, type Response } from "@playwright/test";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { E2E_BASE_URL, E2E_ORGANIZATION, E2E_STAFF, E2E_STAFF_OWN, E2E_STAFF_PASSWORD } from "./e2e-data";
import { expectNoAccessibilityViolations } from "./helpers";
import { ownClientAddress, signInAs } from "./staff";

/*
 * Staff sign-in must not change what anonymous visitors get: no cookie but
 * the language on any route (the sign-in page and the claim form included,
 * a wrong password too), and public pages that read the same for a signed-in
 * moderator as for anyone.
 */

function cookiesSetBy(responses: Response[]): Promise<string[]> {
  return Promise.all(responses.map(async (response) => (await response.headerValue("set-cookie")) ?? "")).then((values) =>
    values
      .flatMap((value) => value.split("\n"))
      .filter(Boolean)
      .map((cookie) => cookie.split("=")[0] ?? ""),
  );
}

test("an anonymous visitor who opens the staff pages and the claim form, and tries a wrong password, gets no cookie but the language", async ({ browser }) => {
  const context = await browser.newContext();
  await ownClientAddress(context);
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));

  for (const path of ["/en/portal/sign-in", `/en/organizations/${E2E_ORGANIZATION}/claim`, "/en/portal", "/en/admin", "/en/admin/staff", `/en/portal/organizations/${E2E_STAFF_OWN}`]) {
    await page.goto(path);
  }
  await page.goto("/en/portal/sign-in");
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Email address").fill(E2E_STAFF.moderator.email);
  await form.getByLabel("Password", { exact: true }).fill("certainly not the password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email address or the password is not right.")).toBeVisible();
  // Without JavaScript too (a plain form post).
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await ownClientAddress(noScript);
  const plain = await noScript.newPage();
  plain.on("response", (response) => responses.push(response));
  await plain.goto("/en/portal/sign-in");
  await plain.getByTestId("sign-in-form").getByLabel("Email address").fill(E2E_STAFF.moderator.email);
  await plain.getByTestId("sign-in-form").getByLabel("Password", { exact: true }).fill("certainly not the password either");
  await plain.getByTestId("sign-in-form").getByRole("button", { name: "Sign in" }).click();
  await expect(plain.getByText("The email address or the password is not right.")).toBeVisible();

  expect((await cookiesSetBy(responses)).filter((name) => name !== LOCALE_COOKIE)).toEqual([]);
  for (const jar of [context, noScript]) expect((await jar.cookies()).map((cookie) => cookie.name).filter((name) => name !== LOCALE_COOKIE)).toEqual([]);
});

test("staff cookies are HttpOnly and SameSite=Lax, and set only by a correct password", async ({ browser }) => {
  const context = await browser.newContext();
  await ownClientAddress(context);
  await signInAs(await context.newPage(), "editor");
  const staffCookies = (await context.cookies()).filter((cookie) => cookie.name !== LOCALE_COOKIE);
  expect(staffCookies.map((cookie) => cookie.name)).toEqual(["kyr-staff.session_token"]);
  for (const cookie of staffCookies) {
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
  }
});

test("public pages read the same to a signed-in moderator as to anyone", async ({ browser }) => {
  const context = await browser.newContext();
  await ownClientAddress(context);
  await signInAs(await context.newPage(), "moderator");
  const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  // The markup as served, without its scripts: they carry the page's own CSP nonce, and the
  // framework streams its payload and script files in whatever order they are ready.
  const page = async (path: string, cookies: string) => {
    const response = await fetch(`${E2E_BASE_URL}${path}`, { headers: { cookie: cookies } });
    expect(response.status, path).toBe(200);
    return (await response.text())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link rel="preload"[^>]*>/g, "")
      .replace(/ nonce="[^"]*"/g, "");
  };
  for (const path of ["/en", "/en/directory?near=60601", `/en/organizations/${E2E_ORGANIZATION}`, "/en/hotlines?near=60601", "/en/rights", "/en/about"]) {
    const [staff, anonymous] = await Promise.all([page(path, `${cookie}; ${LOCALE_COOKIE}=en`), page(path, `${LOCALE_COOKIE}=en`)]);
    expect(staff, path).toBe(anonymous);
  }
});

test("the sign-in, claim and staff pages have no accessibility violations in English and Arabic, and sign-in works by keyboard", async ({ browser }) => {
  const context = await browser.newContext();
  await ownClientAddress(context);
  const page = await context.newPage();
  for (const locale of ["en", "ar"]) {
    for (const path of ["/portal/sign-in", "/portal/forgot-password", `/organizations/${E2E_ORGANIZATION}/claim`]) {
      await page.goto(`/${locale}${path}`);
      await expectNoAccessibilityViolations(page);
    }
  }
  // By keyboard: the email field, the password, Enter.
  await page.goto("/en/portal/sign-in");
  await page.getByTestId("sign-in-form").getByLabel("Email address").focus();
  await page.keyboard.type(E2E_STAFF.editor.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(E2E_STAFF_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/en\/portal$/);
});
