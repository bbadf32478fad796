import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { spawnSiteServer } from "@/scripts/start";
import { E2E_DATABASE_FILE, E2E_ORGANIZATION } from "./e2e-data";

/**
 * The server's whole output (request log, errors) after a visitor searches,
 * locates themselves and reports a problem must hold none of what they
 * typed, where they are or who they are (docs/decisions/009-request-log.md).
 */
const port = 3191;
const baseUrl = `http://localhost:${port}`;
const CANARIES = {
  zip: "60653",
  keyword: "quetzaltenango",
  latitude: "41.81",
  longitude: "-87.61",
  userAgent: "KyrCanaryBrowser/9.9",
  address: "203.0.113.77",
  reportText: "canary report about a moved office 7731",
  reportContact: "canary-contact@example.org",
};

let server: ChildProcess | undefined;
let output = "";

test.beforeAll(async () => {
  server = spawnSiteServer({ PORT: String(port), DATABASE_URL: `file:${E2E_DATABASE_FILE}`, WEB_CONCURRENCY: "1" }, "pipe");
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("searches, a location and a report leave no ZIP, words, place, address or browser in the server's output", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: CANARIES.userAgent, extraHTTPHeaders: { "X-Forwarded-For": CANARIES.address } });
  const page = await context.newPage();

  await page.goto(`${baseUrl}/es/directory`);
  await page.getByLabel("Código postal o ciudad").fill(CANARIES.zip);
  await page.getByLabel("Código postal o ciudad").press("Enter");
  await expect(page).toHaveURL(new RegExp(`near=${CANARIES.zip}`));
  await page.getByLabel("Palabra clave").fill(CANARIES.keyword);
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${CANARIES.keyword}`));
  await page.goto(`${baseUrl}/en/directory?lat=${CANARIES.latitude}&lng=${CANARIES.longitude}&q=${CANARIES.keyword}`);
  await page.goto(`${baseUrl}/ar/hotlines?near=${CANARIES.zip}`);
  await page.goto(`${baseUrl}/en/no-such-page-${CANARIES.keyword}`);

  await page.goto(`${baseUrl}/en/organizations/${E2E_ORGANIZATION}`);
  const form = page.getByTestId("problem-report-form");
  await form.getByLabel("What is wrong?").selectOption("closed_or_moved");
  await form.getByLabel("Details").fill(CANARIES.reportText);
  await form.getByLabel("How can we reach you? (optional)").fill(CANARIES.reportContact);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByRole("status")).toHaveText("Thank you. A moderator will check this report.");
  await context.close();

  // The requests were logged (so this test can see a leak), by route pattern.
  await expect.poll(() => output, { timeout: 10_000 }).toContain('"route":"/[locale]/organizations/[slug]"');
  expect(output).toContain('"route":"/[locale]/directory"');
  expect(output).toContain('"route":"/[locale]/hotlines"');
  for (const [name, canary] of Object.entries(CANARIES)) {
    expect(output.includes(canary), `${name} (${canary}) appears in the server's output`).toBe(false);
  }
  expect(output).not.toMatch(/near=|[?&]q=|lat=|lng=/);
});
