import fs from "node:fs";
import path from "node:path";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import type { OutboxMessage } from "@/lib/mail";
import { totpCode } from "../support/totp";
import { E2E_ACCOUNTS_FILE, E2E_OUTBOX_DIR, E2E_STAFF, E2E_STAFF_PASSWORD, type E2EStaffKey } from "./e2e-data";

/** Helpers for the staff journeys: who signs in, with which code, and the emails the site wrote to its outbox. */

export interface StaffAccount {
  email: string;
  userId: string;
  totpUri: string | null;
}

export function staffAccount(key: E2EStaffKey): StaffAccount {
  const accounts = JSON.parse(fs.readFileSync(E2E_ACCOUNTS_FILE, "utf8")) as Record<E2EStaffKey, StaffAccount>;
  return accounts[key];
}

let nextAddress = 10;

/**
 * Gives a browser its own client address (the test server trusts X-Forwarded-For from loopback,
 * as behind a reverse proxy), so that rate limits count each browser apart.
 */
export async function ownClientAddress(context: BrowserContext): Promise<string> {
  const address = `198.51.100.${nextAddress++ % 250}`;
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": address });
  return address;
}

/** Signs in through the form, with the authenticator code when the account has two-factor sign-in. */
export async function signIn(page: Page, credentials: { email: string; password: string; totpSecret?: string | null }, locale = "en"): Promise<void> {
  await page.goto(`/${locale}/portal/sign-in`);
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Email address").fill(credentials.email);
  await form.getByLabel("Password", { exact: true }).fill(credentials.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  if (credentials.totpSecret) {
    await page.waitForURL(/\/portal\/two-factor/);
    await page.getByRole("textbox", { name: "Code" }).fill(totpCode(credentials.totpSecret));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.waitForURL((url) => !/sign-in|two-factor/.test(url.pathname));
}

export async function signInAs(page: Page, key: E2EStaffKey): Promise<void> {
  const account = staffAccount(key);
  await signIn(page, { email: E2E_STAFF[key].email, password: E2E_STAFF_PASSWORD, totpSecret: account.totpUri });
}

/** Sets up two-factor sign-in on the security page; returns the secret, as an authenticator app would keep it. */
export async function setUpTwoFactor(page: Page, password: string): Promise<string> {
  await page.goto("/en/portal/security");
  await page.getByTestId("two-factor-start").getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByTestId("backup-codes").locator("li")).toHaveCount(10);
  await expect(page.getByRole("img", { name: "QR code to scan with an authenticator app" })).toBeVisible();
  await page.getByTestId("two-factor-confirm").getByLabel("Code", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is on.")).toBeVisible();
  return secret;
}

function outboxMessages(): OutboxMessage[] {
  if (!fs.existsSync(E2E_OUTBOX_DIR)) return [];
  return fs
    .readdirSync(E2E_OUTBOX_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(E2E_OUTBOX_DIR, file), "utf8")) as OutboxMessage);
}

/** The newest email to an address that matches, waiting a little for it to be written. */
export async function emailTo(address: string, matching: RegExp = /./): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(() => {
      found = outboxMessages()
        .filter((message) => message.to === address && matching.test(message.subject))
        .at(-1);
      return found !== undefined;
    })
    .toBe(true);
  return found as OutboxMessage;
}

/** The link of this site an email holds. */
export function linkIn(message: OutboxMessage): string {
  const link = /https?:\/\/\S+/.exec(message.text)?.[0];
  if (!link) throw new Error(`No link in the email "${message.subject}"`);
  return link;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}
