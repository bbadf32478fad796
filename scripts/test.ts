/**
 * `npm test`: every test. Unit and data-layer tests (Vitest; the data layer
 * also on PostgreSQL when TEST_DATABASE_URL is set, and a notice says so
 * when it is not), then the end-to-end
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

/**
 * vitest.config.ts adds the PostgreSQL run of the data-layer tests only when
 * TEST_DATABASE_URL is set; without it they are skipped, which a passing run
 * must not hide.
 */
const POSTGRES_SKIPPED_NOTICE = [
  "PostgreSQL data-layer tests SKIPPED: TEST_DATABASE_URL is not set, so tests/data run on SQLite only.",
  "To run them too, point TEST_DATABASE_URL at a PostgreSQL server and a role that may create databases:",
  "  TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm test",
  "(.ci/run starts a throwaway PostgreSQL and does this for you.)",
].join("\n");

const postgresSkipped = !process.env.TEST_DATABASE_URL;
if (postgresSkipped) console.log(`${POSTGRES_SKIPPED_NOTICE}\n`);
ensureChromium();
run("npx", ["vitest", "run"]);
// The browser tests' own data helpers import server modules (playwright.config.ts).
run("npx", ["playwright", "test"], { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" ") });
// Again at the end, where a reader of the output looks for the verdict.
if (postgresSkipped) console.log(`\n${POSTGRES_SKIPPED_NOTICE}`);
