import { expect, test } from "@playwright/test";

test.describe("language negotiation and not-found pages", () => {
  test("the root redirects to the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-MX", extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/es");
    await context.close();
  });

  test("a chosen language is remembered over the browser's", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/ar");
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).toEqual(["NEXT_LOCALE"]);
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/ar");
    await context.close();
  });

  test("an unknown page gets a localized 404", async ({ page }) => {
    const response = await page.goto("/es/no-existe/para-nada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test("an unknown organization gets a localized 404", async ({ page }) => {
    const response = await page.goto("/ar/organizations/no-such-organization");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("لم نجد هذه الصفحة");
  });

  test("an unknown locale prefix goes to the best locale, then a 404", async ({ page }) => {
    const response = await page.goto("/xx/about");
    expect(new URL(page.url()).pathname).toBe("/en/xx/about");
    expect(response?.status()).toBe(404);
  });

  test("malformed and hostile paths never produce a server error", async ({ request }) => {
    for (const path of [
      "/en/organizations/%E0%A4%A",
      "/en/organizations/..%2F..%2Fetc%2Fpasswd",
      "/en/organizations/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      `/en/organizations/${"a".repeat(3000)}`,
      "/en/%00",
      "/%FF%FE",
      "/en/organizations/UPPER-case",
    ]) {
      const response = await request.get(path, { maxRedirects: 3 });
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toContain("<script>alert(1)");
    }
  });
});
