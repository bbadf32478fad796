import { expect, test, type Page } from "@playwright/test";
import { E2E_CITY_OFFICES, E2E_ILLINOIS_HOTLINE_NUMBER, E2E_NATIONAL_HOTLINE_NUMBER, E2E_STATEWIDE, E2E_TPS_OFFICES } from "./e2e-data";
import { collectCspViolations, expectNoAccessibilityViolations, jsonLdOf } from "./helpers";

interface ListItem {
  position: number;
  item: { "@type": string; url: string; name: string; additionalProperty?: { name: string; value: number; unitCode: string }[] };
}

async function itemList(page: Page): Promise<ListItem[]> {
  const lists = (await jsonLdOf(page)).filter((block) => block["@type"] === "ItemList");
  expect(lists).toHaveLength(1);
  return (lists[0]?.itemListElement ?? []) as ListItem[];
}

/**
 * A number as a page in `locale` shows it ("2.5 mi", "2,5 mi", "٢٫٥ ميل"):
 * Western, Arabic-Indic or Persian digits, the locale's decimal sign or the
 * Arabic one, group signs left out. Throws when the text holds no number.
 */
function shownNumber(text: string, locale: string): number {
  const signs = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = signs.find((part) => part.type === "decimal")?.value ?? ".";
  const group = signs.find((part) => part.type === "group")?.value ?? ",";
  const western = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
  let number = "";
  for (const character of western.trim()) {
    if (/\d/.test(character)) number += character;
    else if (character === decimal || character === "\u066b") number += ".";
    else if (character === group || character === "\u066c" || /\s/.test(character)) continue;
    else if (number !== "") break;
  }
  if (!/^\d+(\.\d+)?$/.test(number)) throw new Error(`No number in ${JSON.stringify(text)} (${locale})`);
  return Number(number);
}

async function cardDistances(page: Page, locale: string): Promise<number[]> {
  const texts = await page.getByTestId("result-distance").allTextContents();
  return texts.map((text) => shownNumber(text, locale));
}

test("card distances are read in the digits and decimal signs each language shows", () => {
  expect(shownNumber("2.5 mi", "en")).toBe(2.5);
  expect(shownNumber("2,5 mi", "es")).toBe(2.5);
  expect(shownNumber("\u0662\u066b\u0665 ميل", "ar")).toBe(2.5);
  expect(shownNumber("\u200f12 ميل", "ar")).toBe(12);
  expect(shownNumber("\u06f1\u06f2\u066b\u06f3 مایل", "fa")).toBe(12.3);
  expect(() => shownNumber("ميل", "ar")).toThrow();
});

for (const locale of ["en", "es", "ar"] as const) {
  test(`every big-city ZIP lists at least three offices in distance order, with matching JSON-LD (${locale})`, async ({ page }) => {
    for (const zip of Object.keys(E2E_CITY_OFFICES)) {
      const response = await page.goto(`/${locale}/directory?near=${zip}`);
      expect(response?.status(), zip).toBe(200);
      const cards = page.getByTestId("result-card");
      expect(await cards.count(), zip).toBeGreaterThanOrEqual(3);
      const items = await itemList(page);
      const inRange = items.filter((entry) => entry.item.additionalProperty);
      expect(inRange.length, zip).toBeGreaterThanOrEqual(3);
      expect(items.map((entry) => entry.position)).toEqual(items.map((_, index) => index + 1));
      const miles = inRange.map((entry) => entry.item.additionalProperty?.[0]?.value ?? -1);
      expect(miles, zip).toEqual([...miles].sort((a, b) => a - b));
      // What the cards show, read in the page's own digits: the same distances (each to a tenth of a mile), in the same order.
      const distances = await cardDistances(page, locale);
      expect(distances, zip).toEqual([...distances].sort((a, b) => a - b));
      expect(distances.length, zip).toBe(miles.length);
      distances.forEach((shown, index) => expect(Math.abs(shown - (miles[index] ?? Infinity)), `${zip}: card ${index + 1} shows ${shown}, JSON-LD says ${miles[index]}`).toBeLessThanOrEqual(0.1001));
      for (const entry of inRange) {
        expect(entry.item["@type"]).toBe("LegalService");
        expect(entry.item.additionalProperty?.[0]).toMatchObject({ name: "distanceMiles", unitCode: "SMI" });
        expect(entry.item.url).toMatch(new RegExp(`^http://localhost:\\d+/${locale}/organizations/`));
      }
    }
  });
}

test("results page: area-only section, area hotlines, and no accessibility violations (en, ar)", async ({ page }) => {
  for (const locale of ["en", "ar"]) {
    const cspViolations = collectCspViolations(page);
    await page.goto(`/${locale}/directory?near=60601&service=asylum`);
    const areaOnly = page.locator("section", { has: page.locator("#area-only-heading") });
    await expect(areaOnly.getByRole("link", { name: "Illinois Statewide Test Line" }).first()).toBeVisible();
    const hotlines = page.getByTestId("area-hotlines");
    await expect(hotlines.locator(`a[href="tel:${E2E_ILLINOIS_HOTLINE_NUMBER}"]`)).toBeVisible();
    await expect(hotlines.locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
    const items = await itemList(page);
    const statewide = items.find((entry) => entry.item.url.endsWith(`/organizations/${E2E_STATEWIDE}`));
    expect(statewide?.item.additionalProperty).toBeUndefined();
    await expectNoAccessibilityViolations(page);
    expect(cspViolations).toEqual([]);
  }
});

test("filters, pagination and the area-only section work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/directory?near=60601");
  const filters = page.getByRole("form", { name: "Filter results" });
  const tps = filters.getByLabel(/^Temporary Protected Status \(TPS\)/);
  await expect(tps).toBeVisible();
  await tps.check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/service=tps/);
  await expect(page.getByTestId("result-summary")).toContainText(`${E2E_TPS_OFFICES} offices`);
  await expect(page.getByTestId("result-card")).toHaveCount(20);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("result-card")).toHaveCount(E2E_TPS_OFFICES - 20);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();

  await page.goto("/en/directory?near=60601&service=asylum");
  await expect(page.getByRole("heading", { name: "Serves your area by phone or online" })).toBeVisible();
  await context.close();
});

test("with JavaScript, a filter applies without a full page load", async ({ page }) => {
  await page.goto("/en/directory?near=60601");
  await page.evaluate(() => Object.assign(window, { kyrSamePage: true }));
  await page.getByRole("form", { name: "Filter results" }).getByLabel(/^Temporary Protected Status \(TPS\)/).check();
  await expect(page).toHaveURL(/service=tps/);
  await expect(page.getByTestId("result-summary")).toContainText(`${E2E_TPS_OFFICES} offices`);
  expect(await page.evaluate(() => (window as unknown as { kyrSamePage?: boolean }).kyrSamePage)).toBe(true);
});

test("use my location sends only rounded coordinates", async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 41.885813, longitude: -87.618134 }, permissions: ["geolocation"] });
  const page = await context.newPage();
  await page.goto("/en/directory");
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page).toHaveURL(/lat=41\.89&lng=-87\.62/);
  expect(page.url()).not.toContain("41.8858");
  await expect(page.getByTestId("result-card").first()).toBeVisible();
  await context.close();
});

test("the home page search box and the language switcher lead to and keep the search", async ({ page }) => {
  await page.goto("/es");
  await page.getByRole("search").getByLabel("Código postal o ciudad").fill("60601");
  await page.getByRole("search").getByRole("button").click();
  await expect(page).toHaveURL(/\/es\/directory\?near=60601$/);
  await page.goto("/es/directory?near=60601&service=tps&page=2");
  await expect(page.locator('header a[hreflang="ar"]')).toHaveAttribute("href", "/ar/directory?near=60601&service=tps&page=2");
});

test("places that cannot be searched explain themselves", async ({ page }) => {
  await page.goto("/en/directory?near=99999");
  await expect(page.getByTestId("place-not-found")).toContainText("We could not find 99999");
  await page.goto("/en/directory?near=Springfield");
  await expect(page.getByTestId("place-choices").getByRole("link", { name: "Springfield, Illinois" })).toHaveAttribute("href", "/en/directory?near=Springfield%2C+IL");
  await page.goto("/en/directory?near=60601&radius=7&page=-2&service=nope");
  const notices = page.getByTestId("search-notices");
  await expect(notices).toContainText("within 25 miles");
  await expect(notices).toContainText("first page");
  await expect(notices).toContainText("not recognized");
});

test("an empty result explains itself, offers a wider area, and still shows hotlines", async ({ page }) => {
  await page.goto("/en/directory?near=59001&radius=5");
  const empty = page.getByTestId("empty-results");
  await expect(empty).toContainText("within 5 miles");
  await expect(empty.getByRole("link", { name: "Search within 10 miles" })).toHaveAttribute("href", "/en/directory?near=59001&radius=10");
  await expect(page.getByTestId("area-hotlines").locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
