/**
 * Screenshots of pages at phone and desktop size, for looking at what we
 * build: `node --import tsx scripts/dev/screenshots.ts [base URL] [path ...]
 * [--email <staff email> --password <password> [--totp <secret>]]`.
 * With an account, the browser signs in first (for portal and admin pages).
 * Writes PNG files to screenshots/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { URI, type TOTP } from "otpauth";
import { chromiumLaunchOptions } from "../../tests/browser";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, password: { type: "string" }, totp: { type: "string" } },
});
const baseUrl = positionals[0] ?? "http://localhost:3000";
const paths = positionals.slice(1);
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];

async function signIn(page: Page): Promise<void> {
  if (!values.email || !values.password) return;
  await page.goto(`${baseUrl}/en/portal/sign-in`);
  await page.locator('input[name="email"]').fill(values.email);
  await page.locator('input[name="password"]').fill(values.password);
  await page.locator('form[data-testid="sign-in-form"] button[type="submit"]').click();
  if (values.totp) {
    await page.waitForURL(/two-factor/);
    const totp = URI.parse(`otpauth://totp/Screenshots?secret=${values.totp}`) as TOTP;
    await page.locator('input[name="code"]').fill(totp.generate());
    await page.locator('form[data-testid="two-factor-form"] button[type="submit"]').click();
  }
  await page.waitForURL((url) => !/sign-in|two-factor/.test(url.pathname));
}

async function main(): Promise<void> {
  fs.mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    await signIn(page);
    for (const pagePath of paths) {
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "networkidle" });
      const file = path.join("screenshots", `${pagePath.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
