import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { NEUTRAL_PAGE_URL as NEUTRAL } from "@/features/safety/quick-exit";
import { E2E_ILLINOIS_HOTLINE_NUMBER, E2E_NATIONAL_HOTLINE_NUMBER } from "./e2e-data";

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
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://localhost" }]);
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("NEXT_LOCALE");
  await page.goBack();
  // The page quick exit left is gone from history; only the earlier one remains.
  await expect(page).toHaveURL(/\/en$/);
  expect(await page.evaluate(() => localStorage.getItem("kyr-test"))).toBeNull();
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
