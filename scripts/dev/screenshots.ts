/**
 * Screenshots of pages at phone and desktop size, for looking at what we
 * build: `node --import tsx scripts/dev/screenshots.ts [base URL] [path ...]`.
 * Writes PNG files to screenshots/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tests/browser";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const paths = process.argv.slice(3);
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];

async function main(): Promise<void> {
  fs.mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    for (const pagePath of paths) {
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "networkidle" });
      const file = path.join("screenshots", `${pagePath.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
