/**
 * The server the browser tests run against: a fresh SQLite database migrated
 * from the migrations and filled with the tests' own fixtures (never the
 * sample seed), and the production build, started with `next start`.
 *
 * Run by Playwright's webServer; also usable by hand:
 * `node --conditions=react-server --import tsx tests/e2e/test-server.ts`.
 */
import fs from "node:fs";
import path from "node:path";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { upsertKyrMaterials } from "@/features/rights/mutations";
import { kyrMaterialInputSchema } from "@/features/rights/schema";
import { getDatabase } from "@/lib/db";
import { buildIfStale, spawnSiteServer } from "@/scripts/start";
import { runPrismaOrExit } from "@/scripts/db/prisma-cli";
import { E2E_DATABASE_FILE, E2E_OUTBOX_DIR, E2E_PORT } from "./e2e-data";
import { e2eListings, e2eMaterials } from "./e2e-fixtures";
import { createStaffFixtures } from "./staff-fixtures";

/** The test server's own signing secret, so that the tests never depend on the machine's data/auth-secret. */
const E2E_AUTH_SECRET = "e2e-only-secret-that-is-long-enough-for-better-auth";

async function prepareDatabase(): Promise<void> {
  fs.mkdirSync(path.dirname(E2E_DATABASE_FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(E2E_DATABASE_FILE + suffix, { force: true });
  fs.rmSync(E2E_OUTBOX_DIR, { recursive: true, force: true });
  const url = `file:${E2E_DATABASE_FILE}`;
  runPrismaOrExit(["migrate", "deploy"], url);
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET = E2E_AUTH_SECRET;
  process.env.SITE_URL = `http://localhost:${E2E_PORT}`;
  const db = getDatabase();
  await insertListings(e2eListings().map((draft) => listingInputSchema.parse(draft)), db);
  await upsertKyrMaterials(e2eMaterials().map((draft) => kyrMaterialInputSchema.parse(draft)), db);
  await createStaffFixtures(db);
  await db.$disconnect();
}

async function main(): Promise<void> {
  await prepareDatabase();
  buildIfStale();
  // One worker: in-memory rate limits and caches are per process, and the tests count on one of each.
  const server = spawnSiteServer({
    PORT: String(E2E_PORT),
    DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
    SITE_URL: `http://localhost:${E2E_PORT}`,
    WEB_CONCURRENCY: "1",
    BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
    MAIL_OUTBOX_DIR: E2E_OUTBOX_DIR,
    // As behind a reverse proxy on this machine: tests give each browser its own address in X-Forwarded-For.
    TRUSTED_PROXIES: "loopback",
  });
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
