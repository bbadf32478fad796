import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { spawnSiteServer } from "@/scripts/start";
import { E2E_DATABASE_FILE, E2E_NATIONAL_HOTLINE_NUMBER } from "./e2e-data";

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
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-outage-"));
  const databaseFile = path.join(directory, "outage.sqlite");
  const servers: ChildProcess[] = [];

  async function startServer(port: number, expectedHealth: number): Promise<string> {
    const baseUrl = `http://localhost:${port}`;
    servers.push(spawnSiteServer({ PORT: String(port), DATABASE_URL: `file:${databaseFile}`, WEB_CONCURRENCY: "1" }, "ignore"));
    await expect
      .poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
      .toBe(expectedHealth);
    return baseUrl;
  }

  /** The government lines' numbers, read from the database itself rather than from the site's code. */
  function officialNumbers(): string[] {
    const database = new Database(databaseFile, { readonly: true });
    try {
      return (database.prepare('SELECT "phone" FROM "OfficialLine" WHERE "phone" IS NOT NULL').all() as { phone: string }[]).map((row) => row.phone);
    } finally {
      database.close();
    }
  }

  async function expectOutagePageWithLines(page: Page, url: string, numbers: string[]): Promise<void> {
    const response = await page.goto(url);
    expect(response?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الدليل غير متاح مؤقتًا");
    await expect(page.locator(`a[href="tel:${E2E_NATIONAL_HOTLINE_NUMBER}"]`)).toBeVisible();
    for (const number of numbers) await expect(page.locator(`a[href="tel:${number}"]`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "جهات حكومية" })).toBeVisible();
  }

  test.beforeAll(async () => {
    const source = new Database(E2E_DATABASE_FILE, { readonly: true });
    await source.backup(databaseFile);
    source.close();
  });

  test.afterAll(() => {
    for (const server of servers) server.kill("SIGTERM");
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test("pages answer 503 with the last published national and government lines, localized, even in a server started during the outage, and recover by themselves", async ({ page }) => {
    const numbers = officialNumbers();
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    const healthy = await startServer(3190, 200);
    expect((await fetch(`${healthy}/en/hotlines`)).status).toBe(200);
    await expect.poll(() => fs.existsSync(`${databaseFile}.outage.json`), { timeout: 30_000 }).toBe(true);

    // The database stops answering under a running server: it keeps what it last read.
    const intact = fs.readFileSync(databaseFile);
    fs.writeFileSync(databaseFile, Buffer.alloc(intact.length));
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
    await expect.poll(async () => (await fetch(`${healthy}/api/health`)).status, { timeout: 30_000 }).toBe(503);
    await expectOutagePageWithLines(page, `${healthy}/ar`, numbers);

    // A server started while the database is down has only the copy on disk.
    const restarted = await startServer(3193, 503);
    await expectOutagePageWithLines(page, `${restarted}/ar/hotlines`, numbers);
    const english = await page.goto(`${restarted}/en/organizations/anything`);
    expect(english?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The directory is temporarily unavailable");
    await expect(page.getByText("Be careful:").first()).toBeVisible();

    fs.writeFileSync(databaseFile, intact);
    await expect.poll(async () => (await fetch(`${restarted}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    const recovered = await page.goto(`${restarted}/en`);
    expect(recovered?.status()).toBe(200);
  });
});
