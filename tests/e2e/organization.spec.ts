import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { spawnSiteServer } from "@/scripts/start";
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_ORGANIZATION, E2E_SPANISH_ONLY } from "./e2e-data";
import { jsonLdOf } from "./helpers";

function reportsWithDetails(details: string): { category: string; locale: string; contact: string | null }[] {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return database.prepare('SELECT category, locale, contact FROM "ProblemReport" WHERE details = ?').all(details) as {
      category: string;
      locale: string;
      contact: string | null;
    }[];
  } finally {
    database.close();
  }
}

test("the organization page carries one LegalService in JSON-LD with absolute URLs", async ({ page }) => {
  await page.goto(`/en/organizations/${E2E_ORGANIZATION}`);
  const [jsonLd] = await jsonLdOf(page);
  expect(jsonLd).toMatchObject({
    "@context": "https://schema.org",
    "@type": "LegalService",
    url: `${E2E_BASE_URL}/en/organizations/${E2E_ORGANIZATION}`,
    name: "Loop Legal Aid (test)",
    telephone: "+13125550150",
    address: { "@type": "PostalAddress", addressLocality: "Chicago", addressRegion: "IL", postalCode: "60601" },
    geo: { "@type": "GeoCoordinates", latitude: 41.8858, longitude: -87.6181 },
  });
  expect(String(jsonLd?.["@id"])).toMatch(new RegExp(`^${E2E_BASE_URL}/en/organizations/${E2E_ORGANIZATION}#location-`));
});

test("text in another language keeps its lang attribute and says so", async ({ page }) => {
  await page.goto(`/en/organizations/${E2E_SPANISH_ONLY}`);
  const description = page.getByText("Un centro legal de prueba que escribe solo en español.");
  await expect(description).toHaveAttribute("lang", "es");
  await expect(page.getByText("Not yet available in English.").first()).toBeVisible();
});

test("a machine translation is labelled", async ({ page }) => {
  await page.goto(`/ar/organizations/${E2E_ORGANIZATION}`);
  await expect(page.getByText("مساعدة قانونية مجانية تجريبية في شيكاغو.")).toBeVisible();
  await expect(page.getByText("ترجمة آلية").first()).toBeVisible();
});

test("report a problem: field errors, then a stored report", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.10" } });
  const page = await context.newPage();
  await page.goto(`/es/organizations/${E2E_ORGANIZATION}`);
  const form = page.getByTestId("problem-report-form");
  await form.getByRole("button", { name: "Enviar reporte" }).click();
  await expect(form.getByRole("alert")).toContainText("Elija qué está mal.");
  await expect(form.locator("#report-details")).toHaveAttribute("aria-invalid", "true");

  const details = `El teléfono no contesta ${Date.now()}`;
  await form.getByLabel("¿Qué está mal?").selectOption("wrong_phone");
  await form.getByLabel("Detalles").fill(details);
  await form.getByRole("button", { name: "Enviar reporte" }).click();
  await expect(form.getByRole("status")).toHaveText("Gracias. Un moderador revisará este reporte.");
  expect(reportsWithDetails(details)).toEqual([{ category: "wrong_phone", locale: "es", contact: null }]);
  await context.close();
});

test("report a problem works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.11" } });
  const page = await context.newPage();
  await page.goto(`/en/organizations/${E2E_ORGANIZATION}`);
  const details = `Office moved to a new street ${Date.now()}`;
  const form = page.getByTestId("problem-report-form");
  await form.getByLabel("What is wrong?").selectOption("closed_or_moved");
  await form.getByLabel("Details").fill(details);
  await form.getByLabel("How can we reach you? (optional)").fill("volunteer@example.org");
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toHaveText("Thank you. A moderator will check this report.");
  expect(reportsWithDetails(details)).toEqual([{ category: "closed_or_moved", locale: "en", contact: "volunteer@example.org" }]);
  await context.close();
});

test("the honeypot stores nothing, and reports are rate limited", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.12" } });
  const page = await context.newPage();
  await page.goto(`/en/organizations/${E2E_ORGANIZATION}`);
  const form = page.getByTestId("problem-report-form");

  const botDetails = `Spam from a bot ${Date.now()}`;
  await form.getByLabel("What is wrong?").selectOption("other");
  await form.getByLabel("Details").fill(botDetails);
  await form.locator("#report-website").fill("https://spam.example", { force: true });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  expect(reportsWithDetails(botDetails)).toEqual([]);

  let limited = false;
  for (let attempt = 0; attempt < 7 && !limited; attempt++) {
    await page.reload();
    await form.getByLabel("What is wrong?").selectOption("other");
    await form.getByLabel("Details").fill(`Attempt number ${attempt} ${Date.now()}`);
    await form.getByRole("button", { name: "Send report" }).click();
    await expect(form.getByRole("status").or(form.getByRole("alert"))).toBeVisible();
    limited = (await form.getByRole("alert").count()) > 0;
  }
  expect(limited).toBe(true);
  await expect(form.getByRole("alert")).toContainText("several reports in a short time");
  await context.close();
});

test.describe("behind no trusted proxy", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-forged-"));
  const databaseFile = path.join(directory, "site.sqlite");
  const baseUrl = "http://localhost:3192";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    const source = new Database(E2E_DATABASE_FILE, { readonly: true });
    await source.backup(databaseFile);
    source.close();
    // As a deployment with nothing configured: TRUSTED_PROXIES unset, so X-Forwarded-For counts for nothing.
    server = spawnSiteServer({ PORT: "3192", DATABASE_URL: `file:${databaseFile}`, WEB_CONCURRENCY: "1", TRUSTED_PROXIES: "" }, "ignore");
    await expect.poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test("a forged X-Forwarded-For gets no fresh quota for reports", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      await context.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${attempt}` });
      await page.goto(`${baseUrl}/en/organizations/${E2E_ORGANIZATION}`);
      const form = page.getByTestId("problem-report-form");
      await form.getByLabel("What is wrong?").selectOption("other");
      await form.getByLabel("Details").fill(`Forged address attempt ${attempt}`);
      await form.getByRole("button", { name: "Send report" }).click();
      await expect(page.getByRole("status").or(page.getByTestId("problem-report-form").getByRole("alert"))).toBeVisible();
      outcomes.push((await page.getByTestId("problem-report-form").getByRole("alert").count()) > 0 ? "limited" : "saved");
    }
    expect(outcomes).toEqual(["saved", "saved", "saved", "saved", "saved", "limited"]);
    await context.close();
  });
});
