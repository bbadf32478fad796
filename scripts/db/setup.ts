/**
 * Runs after `npm install`: generates the Prisma clients (one per provider)
 * and, for the embedded SQLite default only, applies the migrations and loads
 * the sample data into a database that was never seeded (one emptied with
 * `npm run db:seed -- --no-samples` stays empty). A `postgresql://` DATABASE_URL is
 * never migrated or seeded from here: `npm run db:deploy` and
 * `npm run db:seed` do that on purpose.
 */
import Database from "better-sqlite3";
import { AUTH_SECRET_FILE, ensureAuthSecretFile } from "../../lib/auth-secret";
import { EMBEDDED_DATABASE_FILE, EMBEDDED_DATABASE_URL, isEmbeddedDefault, resolveDatabaseUrl } from "../../lib/database-url";
import { runPrisma, runPrismaOrExit, runServerScriptOrExit } from "./prisma-cli";

/** Whether the embedded database was ever seeded: listings, or rights guides kept by `db:seed -- --no-samples`. */
function hasBeenSeeded(): boolean {
  const database = new Database(EMBEDDED_DATABASE_FILE, { fileMustExist: true });
  try {
    // Write-ahead logging lets the site read while the seed or a moderator writes.
    database.pragma("journal_mode = WAL");
    const row = database.prepare('SELECT (SELECT COUNT(*) FROM "Organization") + (SELECT COUNT(*) FROM "KyrMaterial") AS count').get() as { count: number };
    return row.count > 0;
  } finally {
    database.close();
  }
}

function main(): void {
  if (ensureAuthSecretFile()) console.log(`Wrote a new secret for staff sign-in to ${AUTH_SECRET_FILE} (readable by you only). Several app servers need one shared secret: set BETTER_AUTH_SECRET.`);
  runPrismaOrExit(["generate", "--schema", "prisma/schema.prisma"]);
  runPrismaOrExit(["generate", "--schema", "prisma/postgresql/schema.prisma"]);
  console.log("Generated the Prisma clients for SQLite and PostgreSQL.");

  const configured = resolveDatabaseUrl();
  if (!isEmbeddedDefault(configured)) {
    console.log("DATABASE_URL points elsewhere; the embedded database is left alone. Use `npm run db:deploy` and `npm run db:seed`.");
    return;
  }
  const migration = runPrisma(["migrate", "deploy"], EMBEDDED_DATABASE_URL);
  if (migration.status !== 0) {
    // Prisma migrates SQLite under an exclusive lock, which a running site
    // holds off; `npm start` migrates again before it serves.
    console.warn(`Could not migrate ${EMBEDDED_DATABASE_FILE} now (is the site running?). \`npm start\` will migrate it.`);
    console.warn(migration.stderr.trim().split("\n").slice(-3).join("\n"));
    return;
  }
  console.log(`Migrated ${EMBEDDED_DATABASE_FILE}.`);

  if (hasBeenSeeded()) {
    runServerScriptOrExit("scripts/db/reindex.ts", ["--missing"], { DATABASE_URL: EMBEDDED_DATABASE_URL });
    console.log("The embedded database already has listings; run `npm run db:seed` to refresh the sample.");
    return;
  }
  runServerScriptOrExit("prisma/seed/index.ts", [], { DATABASE_URL: EMBEDDED_DATABASE_URL });
}

main();
