import { expect, test } from "@playwright/test";
import { E2E_ORGANIZATION } from "./e2e-data";

test("the language switcher keeps the path and the query, by keyboard", async ({ page }) => {
  await page.goto(`/en/organizations/${E2E_ORGANIZATION}?from=flyer&lang=es`);
  const switcher = page.locator("header details summary");
  await switcher.focus();
  await page.keyboard.press("Enter");
  const arabic = page.getByRole("link", { name: "العربية" });
  await expect(arabic).toHaveAttribute("href", `/ar/organizations/${E2E_ORGANIZATION}?from=flyer&lang=es`);
  await arabic.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/ar/organizations/${E2E_ORGANIZATION}\\?from=flyer&lang=es$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the language switcher works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/es/about?x=1");
  await page.locator("header details summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/about\?x=1$/);
  await context.close();
});
