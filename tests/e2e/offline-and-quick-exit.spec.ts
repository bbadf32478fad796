import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { NEUTRAL_PAGE_URL as NEUTRAL } from "@/features/safety/quick-exit";
import { E2E_BASE_URL, E2E_ILLINOIS_HOTLINE_NUMBER, E2E_NATIONAL_HOTLINE_NUMBER } from "./e2e-data";

/** The neutral page is answered here: tests never leave the loopback address. */
async function answerNeutralPage(page: Page): Promise<void> {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><p>Weather</p>" }));
}

/**
 * Offline for the page and for the service worker. `setOffline` alone leaves
 * the worker's own fetches online (microsoft/playwright#2311), so those are
 * cut here; playwright.config.ts turns on service-worker network events.
 */
function abortServiceWorkerRequests(route: Route): Promise<void> {
  return route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback();
}

async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  if (offline) await context.route("**", abortServiceWorkerRequests);
  else await context.unroute("**", abortServiceWorkerRequests);
}

async function waitForSavedEssentials(page: Page, locale: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (code) => {
          const cache = await caches.open("kyr-essentials-v1");
          return (await cache.match(`/__kyr/essentials/${code}`)) !== undefined;
        }, locale),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test("after one visit the guides and national hotlines open offline, saying they are saved; a saved area too, until quick exit", async ({ context, page }) => {
  await answerNeutralPage(page);
  await page.goto("/es/rights");
  await waitForSavedEssentials(page, "es");

  await setOffline(context, true);
  await page.goto("/es/rights");
  await expect(page.getByTestId("offline-notice")).toContainText("sin conexión");
  await expect(page.getByTestId("rights-list")).toBeVisible();
  await page.goto("/es/rights/agents-at-your-home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Si agentes de inmigración llegan a su casa");
  await expect(page.getByTestId("offline-notice")).toBeVisible();
  await page.goto("/es/hotlines");
  await expect(page.getByTestId("national-hotlines").locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expect(page.getByTestId("offline-notice")).toBeVisible();
  // The installed app starts at "/": without a signal, the reader's saved home page, not a browser error.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByTestId("offline-notice")).toContainText("sin conexión");

  // An area's hotlines are kept only on request.
  await setOffline(context, false);
  await page.goto("/es/hotlines?near=60601");
  const save = page.getByTestId("save-area");
  await save.getByRole("button", { name: "Guardar las líneas de ayuda de esta zona para usarlas sin conexión" }).click();
  await expect(save.getByRole("status")).not.toBeEmpty();
  await setOffline(context, true);
  await page.goto("/es/hotlines?near=60601");
  await expect(page.getByTestId("local-hotlines").locator(`a[href="tel:${E2E_ILLINOIS_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expect(page.getByTestId("offline-notice")).toBeVisible();

  // Quick exit forgets all of it.
  await setOffline(context, false);
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
  // Checked from a page of ours that does not register the worker again.
  await page.goto("/api/health");
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test("quick exit by click replaces the page and clears what the site stored", async ({ context, page }) => {
  await answerNeutralPage(page);
  await page.goto("/en");
  await page.goto("/en/rights");
  await page.evaluate(() => localStorage.setItem("kyr-test", "1"));
  // Page scripts cannot remove an HttpOnly cookie: only the server's Clear-Site-Data can.
  await context.addCookies([
    { name: "NEXT_LOCALE", value: "en", url: "http://localhost" },
    { name: "kyr-test-http-only", value: "1", url: E2E_BASE_URL, httpOnly: true },
  ]);
  const clearSiteData = page.waitForResponse((response) => response.url() === `${E2E_BASE_URL}/api/clear-site-data`);
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
  const cleared = await clearSiteData;
  expect(cleared.status()).toBe(204);
  expect(await cleared.headerValue("clear-site-data")).toBe('"cache", "cookies", "storage"');
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("NEXT_LOCALE");
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("kyr-test-http-only");
  await page.goBack();
  // The page quick exit left is gone from history; only the earlier one remains.
  await expect(page).toHaveURL(/\/en$/);
  expect(await page.evaluate(() => localStorage.getItem("kyr-test"))).toBeNull();
});

function lowerCased(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

/**
 * A page of another site, served on this machine (the test never leaves it): 127.0.0.1 is another
 * site than localhost, and a page on a public address could not reach this one at all (Chromium's
 * private network access rules).
 */
async function serveOtherSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("another site cannot make the browser forget what this site keeps", async ({ context, page }) => {
  await context.addCookies([{ name: "kyr-test-http-only", value: "1", url: E2E_BASE_URL, httpOnly: true }]);
  await page.goto("/en");
  await page.evaluate(() => localStorage.setItem("kyr-test", "1"));
  const endpoint = `${E2E_BASE_URL}/api/clear-site-data`;
  // What the browser really sent and got: the other site never sees the answer (same-origin CORP),
  // and Playwright's own events leave out headers the network stack adds, so ask Chromium.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let requestId: string | null = null;
  const sent = new Map<string, Record<string, string>>();
  const answered = new Map<string, { status: number; headers: Record<string, string> }>();
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.request.url === endpoint) requestId = event.requestId;
  });
  cdp.on("Network.requestWillBeSentExtraInfo", (event) => sent.set(event.requestId, lowerCased(event.headers)));
  cdp.on("Network.responseReceivedExtraInfo", (event) => answered.set(event.requestId, { status: event.statusCode, headers: lowerCased(event.headers) }));
  const otherSite = await serveOtherSite(`<!doctype html><title>Another site</title><script>fetch(${JSON.stringify(endpoint)}, { method: "POST", mode: "no-cors" })</script>`);
  try {
    await page.goto(otherSite.url);
    await expect.poll(() => (requestId ? answered.has(requestId) : false)).toBe(true);
  } finally {
    await otherSite.close();
  }
  const request = sent.get(requestId ?? "") ?? {};
  expect(request["sec-fetch-site"]).toBe("cross-site");
  expect(request.origin).toBe(otherSite.url.replace(/\/$/, ""));
  const answer = answered.get(requestId ?? "");
  expect(answer?.status).toBe(403);
  expect(answer?.headers["clear-site-data"]).toBeUndefined();
  // And the browser forgot nothing.
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain("kyr-test-http-only");
  await page.goto("/en");
  expect(await page.evaluate(() => localStorage.getItem("kyr-test"))).toBe("1");
});

test("quick exit by keyboard: Escape twice", async ({ page }) => {
  await answerNeutralPage(page);
  await page.goto("/ar/hotlines");
  // The shortcut works once the page's script has started; pressed earlier, a person presses again.
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(NEUTRAL, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("quick exit is reachable by keyboard and works without JavaScript as a plain link", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await answerNeutralPage(page);
  await page.goto("/en/directory");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // browse safely
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("quick-exit")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(NEUTRAL);
  await context.close();
});
