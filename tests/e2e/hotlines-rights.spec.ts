import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { LOCALE_CODES } from "@/i18n/locales";
import { KYR_DIRECTORY } from "@/prisma/seed/kyr-files";
import { E2E_ILLINOIS_HOTLINE_NUMBER, E2E_NATIONAL_HOTLINE_NUMBER } from "./e2e-data";
import { expectNoAccessibilityViolations } from "./helpers";

test("hotlines near 60601: national and Illinois lines with working tel: links and what to say", async ({ page }) => {
  await page.goto("/en/hotlines?near=60601");
  const local = page.getByTestId("local-hotlines");
  await expect(local.locator(`a[href="tel:${E2E_ILLINOIS_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expect(local.locator(`a[href="sms:${E2E_ILLINOIS_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expect(local.getByText("What to say when you call")).toBeVisible();
  const national = page.getByTestId("national-hotlines");
  await expect(national.locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
  await expect(national.getByText("Open 24 hours, 7 days a week").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("an area without a regional hotline still gets the national ones", async ({ page }) => {
  await page.goto("/en/hotlines?near=59001");
  await expect(page.getByTestId("local-hotlines")).toContainText("We do not know of a local hotline");
  await expect(page.getByTestId("national-hotlines").locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
});

test("the home page's 'agents at my door' path gives the rights, the national lines and a local search", async ({ page }) => {
  await page.goto("/es");
  const path = page.getByTestId("agents-path");
  await expect(path.getByRole("listitem")).toHaveCount(4);
  await path.getByLabel("Encuentre su línea de ayuda local").fill("60601");
  await path.getByRole("button").click();
  await expect(page).toHaveURL(/\/es\/hotlines\?near=60601$/);
  await expect(page.getByTestId("local-hotlines").locator(`a[href="tel:${E2E_ILLINOIS_HOTLINE_NUMBER}"]`)).toBeVisible();
});

for (const locale of ["en", "ar"] as const) {
  test(`rights library and a guide in ${locale}: review status, sources, notice, no violations`, async ({ page }) => {
    await page.goto(`/${locale}/rights`);
    expect(await page.getByTestId("rights-list").getByRole("listitem").count()).toBeGreaterThanOrEqual(9);
    await expectNoAccessibilityViolations(page);
    await page.goto(`/${locale}/rights/agents-at-your-home`);
    await expect(page.getByTestId("review-notice")).toContainText(locale === "en" ? "Pending review by an immigration attorney" : "بانتظار مراجعة محامٍ متخصص في الهجرة");
    await expect(page.getByTestId("not-legal-advice")).toBeVisible();
    await expect(page.getByText("Payton v. New York, 445 U.S. 573 (1980)")).toBeVisible();
    await expect(page.locator(".kyr-body h2").first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto(`/${locale}/safety`);
    await expectNoAccessibilityViolations(page);
  });
}

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

for (const locale of LOCALE_CODES) {
  test(`print views fit their pages in ${locale}`, async ({ page }) => {
    for (const slug of readdirSync(KYR_DIRECTORY, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
      await page.goto(`/${locale}/rights/${slug}/print`);
      await page.emulateMedia({ media: "print" });
      const pages = pdfPageCount(await page.pdf({ format: "Letter", printBackground: true }));
      expect(pages, `${locale} ${slug}`).toBeGreaterThanOrEqual(1);
      expect(pages, `${locale} ${slug}`).toBeLessThanOrEqual(2);
    }
    for (const query of ["", locale === "en" ? "?also=es" : "?also=en"]) {
      await page.goto(`/${locale}/rights/card${query}`);
      await expect(page.getByTestId("rights-card")).toHaveCount(query ? 8 : 4);
      // Every card's text fits inside its cut lines (the card hides overflow).
      const overflowing = await page.getByTestId("rights-card").evaluateAll((cards) => cards.filter((card) => card.scrollHeight > card.clientHeight).length);
      expect(overflowing, `${locale} card${query}`).toBe(0);
      await page.emulateMedia({ media: "print" });
      expect(pdfPageCount(await page.pdf({ format: "Letter", printBackground: true })), `${locale} card${query}`).toBe(1);
    }
  });
}
