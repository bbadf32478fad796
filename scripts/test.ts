/**
 * `npm test`: every test. Unit and data-layer tests (Vitest; the data layer
 * also on PostgreSQL when TEST_DATABASE_URL is set), then the end-to-end
 * tests in a real Chromium (Playwright). On a machine without Chromium it
 * installs one first and says so: Debian's package when running as root on
 * Debian, otherwise Playwright's own browser.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { SYSTEM_CHROMIUM } from "../tests/browser";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || fs.existsSync(SYSTEM_CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
    return;
  }
  console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…");
  run("npx", ["playwright", "install", "chromium"]);
}

ensureChromium();
run("npx", ["vitest", "run"]);
// The browser tests' own data helpers import server modules (playwright.config.ts).
run("npx", ["playwright", "test"], { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" ") });
