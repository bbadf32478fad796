import { expect, test, type Locator, type Page } from "@playwright/test";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { E2E_ORGANIZATION } from "./e2e-data";
import { expectNoAccessibilityViolations } from "./helpers";

for (const { code, dir } of SHIPPED_LOCALES) {
  test(`home and results in ${code}: language, direction, no accessibility violations`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const url of [`/${code}`, `/${code}/directory?near=60601`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expectNoAccessibilityViolations(page);
    }
  });
}

const PHONE = { width: 390, height: 844 };

/** The pages a reader of a right-to-left language passes through, with what must sit on the reading side of each. */
const PAGES = [
  { name: "home", path: "", heading: "h1" },
  { name: "results", path: "/directory?near=60601", heading: "h1" },
  { name: "organization", path: `/organizations/${E2E_ORGANIZATION}`, heading: "h1" },
  { name: "hotlines", path: "/hotlines?near=60601", heading: "h1" },
  { name: "rights", path: "/rights", heading: "h1" },
  { name: "guide", path: "/rights/agents-at-your-home", heading: "h1" },
] as const;

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  expect(box, `${locator} has a box`).not.toBeNull();
  return box!;
}

const centerOf = (box: { x: number; width: number }) => box.x + box.width / 2;

/** Where the text itself sits inside an element (its lines), not the element's full-width box. */
async function textEdges(locator: Locator): Promise<{ left: number; right: number; boxLeft: number; boxRight: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { left: text.left, right: text.right, boxLeft: box.left, boxRight: box.right };
  });
}

/** Checks the page reads from the side its direction says: logo and headings at the start, quick exit at the end. */
async function expectReadingSide(page: Page, dir: "ltr" | "rtl", heading: string): Promise<void> {
  const middle = PHONE.width / 2;
  const logo = centerOf(await boxOf(page.getByTestId("site-logo")));
  const quickExit = centerOf(await boxOf(page.getByTestId("quick-exit")));
  expect(dir === "rtl" ? logo > middle : logo < middle, `logo on the ${dir === "rtl" ? "right" : "left"}`).toBe(true);
  expect(dir === "rtl" ? quickExit < middle : quickExit > middle, `quick exit on the ${dir === "rtl" ? "left" : "right"}`).toBe(true);
  const navigation = page.getByRole("navigation").first().getByRole("link");
  const [firstLink, secondLink] = [centerOf(await boxOf(navigation.nth(0))), centerOf(await boxOf(navigation.nth(1)))];
  expect(dir === "rtl" ? firstLink > secondLink : firstLink < secondLink, "menu runs in reading order").toBe(true);
  const edges = await textEdges(page.locator(heading).first());
  const gapAtStart = dir === "rtl" ? edges.boxRight - edges.right : edges.left - edges.boxLeft;
  expect(gapAtStart, "heading starts at the reading side").toBeLessThan(2);
}

test.describe("right-to-left layout at phone size", () => {
  test.use({ viewport: PHONE });

  for (const { code, dir } of [SHIPPED_LOCALES[0], ...SHIPPED_LOCALES.filter((locale) => locale.dir === "rtl")]) {
    test(`${code} pages read from the ${dir === "rtl" ? "right" : "left"} (screenshots attached)`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      for (const { name, path, heading } of PAGES) {
        const response = await page.goto(`/${code}${path}`);
        expect(response?.status(), name).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("dir", dir);
        await expectReadingSide(page, dir, heading);
        // Kept with the test's results for a person to look at (test-results/<test>/attachments).
        await testInfo.attach(`${code}-${name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

        if (name === "home") {
          // The magnifier comes first in the button: on the right in RTL.
          const button = page.getByTestId("search-button");
          const icon = centerOf(await boxOf(button.locator("svg")));
          expect(dir === "rtl" ? icon > centerOf(await boxOf(button)) : icon < centerOf(await boxOf(button)), "search icon at the start of its button").toBe(true);
        }
        if (name === "results") {
          // Name at the start of the card, distance at its end.
          const card = page.getByTestId("result-card").first();
          const nameCenter = centerOf(await boxOf(card.locator("h3")));
          const distance = centerOf(await boxOf(card.getByTestId("result-distance")));
          expect(dir === "rtl" ? distance < nameCenter : distance > nameCenter, "distance badge at the end of the card").toBe(true);
        }
        if (name === "organization") {
          // An English name with brackets keeps its brackets in order inside an RTL heading.
          const title = page.locator("h1 bdi");
          await expect(title).toHaveText("Loop Legal Aid (test)");
          expect(await title.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe("isolate");
        }
        if (name === "hotlines") {
          // Phone numbers read left to right in every language.
          const numbers = page.locator('a[href^="tel:"] bdi[dir="ltr"]');
          await expect(numbers.first()).toBeVisible();
          expect(await numbers.first().evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
          expect(await numbers.first().textContent()).toMatch(/^[\d\s().+-]+$/);
        }
      }
    });
  }
});

test("translators see how complete each language is and can download its files", async ({ page, request }) => {
  await page.goto("/en/translate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help translate this site");
  const rows = page.getByTestId("translation-status").locator("tbody tr");
  await expect(rows).toHaveCount(SHIPPED_LOCALES.length - 1);
  const persian = page.locator('tr[data-locale="fa"]');
  await expect(persian).toContainText("فارسی");
  await expect(persian).toContainText("100%");
  const xliffLink = persian.getByRole("link", { name: "XLIFF 2.0 file for فارسی" });
  const download = await request.get((await xliffLink.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename=".*fa\.xlf"/);
  const xliff = await download.text();
  expect(xliff).toContain('trgLang="fa"');
  expect(xliff).toContain('<unit id="Home.heading">');
  const json = (await (await request.get((await persian.getByRole("link", { name: "JSON file for فارسی" }).getAttribute("href"))!)).json()) as Record<string, { message: string; description: string }>;
  expect(json["Home.heading"]?.description).toContain("Home page");
  expect((await request.get("/api/translations/zz.xlf")).status()).toBe(404);
  await expectNoAccessibilityViolations(page);
});

test("a translated guide says it is a machine translation until a person checks it; the English original does not", async ({ page }) => {
  await page.goto("/es/rights/agents-at-your-home");
  await expect(page.getByTestId("machine-translation")).toHaveText("Traducción automática. Ninguna persona ha revisado esta traducción todavía.");
  await page.goto("/en/rights/agents-at-your-home");
  await expect(page.getByTestId("review-notice")).toBeVisible();
  await expect(page.getByTestId("machine-translation")).toHaveCount(0);
});
