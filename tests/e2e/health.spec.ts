import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { spawnSiteServer } from "@/scripts/start";
import { E2E_DATABASE_FILE } from "./e2e-data";

test("the health endpoint answers 200 when the database does", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("the security headers are on every page, with a fresh nonce each time", async ({ request }) => {
  const first = await request.get("/en");
  const second = await request.get("/en");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first.headers()).toMatchObject({
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
  });
  expect(first.headers()["permissions-policy"]).toContain("geolocation=(self)");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
});

test.describe("when the database is down", () => {
  const port = 3190;
  const baseUrl = `http://localhost:${port}`;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-outage-"));
  const databaseFile = path.join(directory, "missing.sqlite");
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawnSiteServer({ PORT: String(port), DATABASE_URL: `file:${databaseFile}`, WEB_CONCURRENCY: "1" }, "ignore");
    await expect
      .poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
      .toBe(503);
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test("pages answer 503 with the bundled national hotlines, localized, and recover by themselves", async ({ page }) => {
    const response = await page.goto(`${baseUrl}/ar`);
    expect(response?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الدليل غير متاح مؤقتًا");
    await expect(page.locator('a[href="tel:+12025550101"]')).toBeVisible();

    const english = await page.goto(`${baseUrl}/en/organizations/anything`);
    expect(english?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The directory is temporarily unavailable");

    fs.copyFileSync(E2E_DATABASE_FILE, databaseFile);
    await expect.poll(async () => (await fetch(`${baseUrl}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    const recovered = await page.goto(`${baseUrl}/en`);
    expect(recovered?.status()).toBe(200);
  });
});
