import { expect, test } from "@playwright/test";
import { E2E_ORGANIZATION } from "./e2e-data";
import { collectCspViolations, expectNoAccessibilityViolations } from "./helpers";

const LOCALES = [
  { code: "en", dir: "ltr", heading: /legal help near you/i },
  { code: "es", dir: "ltr", heading: /ayuda legal/i },
  { code: "ar", dir: "rtl", heading: /مساعدة قانونية/ },
] as const;

for (const locale of LOCALES) {
  test(`home page in ${locale.code}: language, direction, search box, national hotlines, no violations`, async ({ page }) => {
    const cspViolations = collectCspViolations(page);
    const response = await page.goto(`/${locale.code}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale.code);
    await expect(page.locator("html")).toHaveAttribute("dir", locale.dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale.heading);
    await expect(page.getByRole("search").locator("input[name=near]")).toBeVisible();
    await expect(page.locator('a[href="tel:+12025550180"]')).toBeVisible();
    await expect(page.getByRole("link", { name: locale.code === "en" ? "Test guide e2e-guide" : /e2e-guide/ })).toBeVisible();
    expect(await page.locator("meta[name=description]").getAttribute("content")).toBeTruthy();
    await expectNoAccessibilityViolations(page);
    expect(cspViolations).toEqual([]);
  });

  test(`organization page in ${locale.code}: details, hours, report form, no violations`, async ({ page }) => {
    const cspViolations = collectCspViolations(page);
    const response = await page.goto(`/${locale.code}/organizations/${E2E_ORGANIZATION}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Loop Legal Aid (test)");
    await expect(page.locator('a[href="tel:+13125550150"]')).toBeVisible();
    await expect(page.locator("address")).toContainText("100 Test Street");
    await expect(page.getByTestId("problem-report-form")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    expect(cspViolations).toEqual([]);
  });
}

test("about page credits GeoNames and states the privacy promise", async ({ page }) => {
  await page.goto("/en/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this directory");
  await expect(page.getByText(/GeoNames postal code data/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Our privacy promise" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("the sample notice shows in the footer while sample listings are shown", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("contentinfo")).toContainText("sample listings");
});
