import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_DATABASE_FILE } from "./e2e-data";
import { expectNoAccessibilityViolations } from "./helpers";
import { ownClientAddress, signInAs } from "./staff";

interface LineRow {
  slug: string;
  phone: string | null;
  website: string | null;
}

/** The government lines as the database holds them, read apart from the site's code. */
function linesInDatabase(): LineRow[] {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return database.prepare('SELECT "slug", "phone", "website" FROM "OfficialLine" ORDER BY "sortOrder"').all() as LineRow[];
  } finally {
    database.close();
  }
}

const HEADINGS = { en: "Government offices", es: "Oficinas del gobierno", ar: "جهات حكومية" } as const;
const CAUTION = { en: "Be careful", es: "Tenga cuidado", ar: "كن حذرًا" } as const;

for (const locale of ["en", "es", "ar"] as const) {
  test(`the hotlines page lists the government lines apart, each with its caution, source and checked date (${locale})`, async ({ page }) => {
    const lines = linesInDatabase();
    expect(lines.length).toBe(4);
    await page.goto(`/${locale}/hotlines?near=60601`);
    const section = page.getByTestId("official-lines");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(HEADINGS[locale]);
    const cards = section.getByTestId("official-line");
    await expect(cards).toHaveCount(lines.length);
    for (const [index, line] of lines.entries()) {
      const card = cards.nth(index);
      if (line.phone) await expect(card.locator(`a[href="tel:${line.phone}"]`)).toBeVisible();
      if (line.website) await expect(card.locator(`a[href="${line.website}"]`).first()).toBeVisible();
      await expect(card.getByRole("note").first()).toContainText(CAUTION[locale]);
      await expect(card.locator('a[href^="https://"][href*=".gov/"]').last()).toBeVisible();
      await expect(card).toContainText("2026");
    }
    // Never among the advocates' lines.
    for (const line of lines) if (line.phone) await expect(page.getByTestId("national-hotlines").locator(`a[href="tel:${line.phone}"]`)).toHaveCount(0);
    for (const line of lines) if (line.phone) await expect(page.getByTestId("local-hotlines").locator(`a[href="tel:${line.phone}"]`)).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
}

test("guides carry the government lines they speak of, and only those", async ({ page }) => {
  await page.goto("/ar/rights/find-detained-relative");
  await expect(page.getByTestId("official-lines").getByTestId("official-line")).toHaveCount(4);
  await expect(page.getByTestId("official-lines").getByRole("heading", { level: 2 })).toHaveText("خطوط حكومية يمكن أن تساعد");
  await page.goto("/en/rights/if-arrested-or-detained");
  await expect(page.getByTestId("official-lines").getByRole("heading", { level: 3 })).toHaveText(["Immigration court case information (EOIR)"]);
  await page.goto("/en/rights/at-work");
  await expect(page.getByTestId("official-lines")).toHaveCount(0);
});

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await ownClientAddress(context);
  const page = await context.newPage();
  await signInAs(page, "admin");
  return page;
}

test("an admin corrects a government line with localized field errors, and residents see the new check date", async ({ browser }) => {
  const page = await adminPage(browser);
  await page.goto("/es/admin/official-lines");
  const form = page.getByTestId("official-line-form-orr-national-call-center");
  await form.getByLabel("Número de teléfono").fill("800 203 70");
  await form.getByLabel("Fuentes").fill("http://www.acf.hhs.gov/orr/about/ucs/contact-info");
  await form.getByRole("button").click();
  await expect(form.locator("#field-orr-national-call-center-phone-error")).toBeVisible();
  await expect(form.getByRole("alert").first()).toBeVisible();
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(2);
  // The input is kept.
  await expect(form.getByLabel("Fuentes")).toHaveValue("http://www.acf.hhs.gov/orr/about/ucs/contact-info");

  await page.goto("/en/admin/official-lines");
  await expectNoAccessibilityViolations(page);
  const english = page.getByTestId("official-line-form-orr-national-call-center");
  await english.getByLabel("Phone number").fill("(800) 203-7001");
  await english.getByLabel("Sources").fill("https://www.acf.hhs.gov/orr/about/ucs/contact-info\nhttps://www.acf.hhs.gov/orr");
  await english.getByRole("button", { name: "Save: I checked this against its sources today" }).click();
  await expect(page.getByText("Saved. Residents see the entry with today's date.")).toBeVisible();

  await page.goto("/en/hotlines");
  const card = page.locator('[data-testid="official-line"][data-slug="orr-national-call-center"]');
  await expect(card.locator('a[href="https://www.acf.hhs.gov/orr"]')).toBeVisible();
  const today = new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(new Date());
  await expect(card).toContainText(`Checked against the agency's own page on ${today}.`);

  await page.goto("/ar/admin/official-lines");
  await expectNoAccessibilityViolations(page);
  await page.context().close();
});
