import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_CODES, LOCALE_COOKIE } from "@/i18n/locales";
import { E2E_BASE_URL, E2E_ORGANIZATION } from "./e2e-data";
import { collectCspViolations } from "./helpers";

/** One URL of every public page type (the 404 page included). */
const PAGE_TYPES = [
  "",
  "/directory",
  "/directory?near=60601&q=asylum&service=removal-defense",
  `/organizations/${E2E_ORGANIZATION}`,
  "/hotlines",
  "/hotlines?near=60601",
  "/rights",
  "/rights/agents-at-your-home",
  "/rights/agents-at-your-home/print",
  "/rights/card",
  "/rights/card?also=en",
  "/safety",
  "/privacy",
  "/about",
  "/translate",
  "/offline",
  `/organizations/${E2E_ORGANIZATION}/claim`,
  "/portal/sign-in",
  "/portal/forgot-password",
  "/portal/invitation?token=not-a-real-invitation-token",
  // Staff areas send an anonymous visitor to sign in, without a cookie.
  "/portal",
  "/admin",
  "/no-such-page",
];

const ORIGIN = new URL(E2E_BASE_URL).origin;

/** next-intl shows a missing message as its key ("Home.heading"); no page may show one. */
const NAMESPACES = Object.keys(JSON.parse(readFileSync("messages/en.json", "utf8")) as Record<string, unknown>);
const MESSAGE_KEY = new RegExp(`\\b(${NAMESPACES.join("|")})\\.[a-z][A-Za-z]*`);

interface CrawlRecord {
  foreignRequests: string[];
  cspViolations: string[];
}

async function watch(page: Page): Promise<CrawlRecord> {
  const record: CrawlRecord = { foreignRequests: [], cspViolations: collectCspViolations(page) };
  // Anything not for our origin is recorded and never sent: tests stay on the loopback address.
  await page.context().route(
    (url) => url.origin !== ORIGIN,
    (route) => {
      record.foreignRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  // Chromium reports most violations in the console itself; the event catches the rest.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return record;
}

for (const locale of LOCALE_CODES) {
  test(`crawl in ${locale}: own origin only, only the language cookie, a strict CSP, no violations, no missing message`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const record = await watch(page);
    for (const pageType of PAGE_TYPES) {
      const url = `/${locale}${pageType}`;
      const response = await page.goto(url, { waitUntil: "networkidle" });
      expect(response?.status(), url).toBe(pageType === "/no-such-page" ? 404 : 200);
      const policy = (await response?.allHeaders())?.["content-security-policy"] ?? "";
      expect(policy, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy, url).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(await page.evaluate(() => `${document.body.innerText} ${document.title}`), `${url}: a message key instead of a text`).not.toMatch(MESSAGE_KEY);
    }
    expect(record.foreignRequests).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    const cookies = (await context.cookies()).map((cookie) => cookie.name);
    expect(cookies.filter((name) => name !== LOCALE_COOKIE)).toEqual([]);
  });
}
