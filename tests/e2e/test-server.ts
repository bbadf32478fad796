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
import { createDatabase } from "@/lib/db";
import { buildIfStale, spawnSiteServer } from "@/scripts/start";
import { runPrismaOrExit } from "@/scripts/db/prisma-cli";
import { E2E_DATABASE_FILE, E2E_PORT } from "./e2e-data";
import { e2eListings, e2eMaterials } from "./e2e-fixtures";

async function prepareDatabase(): Promise<void> {
  fs.mkdirSync(path.dirname(E2E_DATABASE_FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(E2E_DATABASE_FILE + suffix, { force: true });
  const url = `file:${E2E_DATABASE_FILE}`;
  runPrismaOrExit(["migrate", "deploy"], url);
  const db = createDatabase(url);
  await insertListings(e2eListings().map((draft) => listingInputSchema.parse(draft)), db);
  await upsertKyrMaterials(e2eMaterials().map((draft) => kyrMaterialInputSchema.parse(draft)), db);
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
  });
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
