import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseQueryError, DatabaseUnavailableError, isDatabaseUnavailable, queryDatabase } from "@/lib/database-errors";
import { sqliteFileOf } from "@/lib/database-url";
import { createDatabase, type Database as AppDatabase } from "@/lib/db";
import { checkDatabaseNow, isDatabaseAvailable } from "@/lib/health";
import { databaseKnownUnavailable } from "@/lib/health-state";
import { withTestDatabase } from "../support/with-test-database";

/**
 * A long write (an import, a moderator's publish) holds SQLite's write lock.
 * That is a busy database, not a down one: reads go on (write-ahead
 * logging), a write waits up to the busy timeout, and one that waits longer
 * fails as a query, without sending the site to its outage page.
 */
const { db, provider } = withTestDatabase();

interface HeldLock {
  /** Ends the other process's transaction (rolled back) and waits for it to exit. */
  release(): Promise<void>;
  /** Resolves when the other process has ended the transaction and exited. */
  exited: Promise<void>;
}

/**
 * Another process takes the lock (BEGIN EXCLUSIVE and a write), as the
 * import or a second worker would; without write-ahead logging, that lock
 * would keep readers out too. It must be another process: better-sqlite3
 * waits for a lock synchronously, so a lock held in this thread could never
 * be released while a query here waits for it. With `releaseAfterMs` the
 * other process commits by itself after that long.
 */
async function holdWriteLock(file: string, releaseAfterMs?: number): Promise<HeldLock> {
  const script = `
    const Database = require("better-sqlite3");
    const database = new Database(process.argv[1], { fileMustExist: true });
    database.exec("BEGIN EXCLUSIVE");
    database.prepare("INSERT INTO \\"TaxonomyTerm\\" (id, slug, code, name) VALUES ('held', 'held', 'held', 'Held')").run();
    const end = (sql) => { database.exec(sql); database.close(); process.exit(0); };
    process.stdout.write("locked\\n");
    if (process.argv[2]) setTimeout(() => end("COMMIT"), Number(process.argv[2]));
    process.stdin.on("data", () => end("ROLLBACK"));
  `;
  const child = spawn(process.execPath, ["-e", script, file, releaseAfterMs === undefined ? "" : String(releaseAfterMs)], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`The lock holder exited (${code}) before taking the lock`)));
  });
  return {
    exited,
    release: async () => {
      child.stdin.write("release\n");
      await exited;
    },
  };
}

describe.skipIf(provider !== "sqlite")("a busy SQLite database", () => {
  let file = "";
  let impatientClient: AppDatabase;

  beforeAll(async () => {
    file = sqliteFileOf(process.env.DATABASE_URL ?? "");
    // The app's client opens the file first, as it would in production.
    expect(await checkDatabaseNow()).toBe(true);
    // The same client, waiting only a moment for the lock, to see what a write that waits too long meets.
    impatientClient = createDatabase(process.env.DATABASE_URL, { sqliteBusyTimeoutMs: 50 });
  });

  afterAll(async () => {
    await impatientClient.$disconnect();
  });

  it("is in write-ahead-log mode, so readers do not wait for a writer", () => {
    const reader = new Database(file, { fileMustExist: true, readonly: true });
    try {
      expect(reader.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      reader.close();
    }
  });

  it("answers reads, and stays healthy, while another process holds the write lock", async () => {
    const lock = await holdWriteLock(file);
    try {
      // The other process's uncommitted row is not seen; the rest is.
      expect(await queryDatabase(() => db().taxonomyTerm.count({ where: { slug: "held" } }))).toBe(0);
      expect(await queryDatabase(() => db().taxonomyTerm.count())).toBeGreaterThan(0);
      expect(await checkDatabaseNow()).toBe(true);
    } finally {
      await lock.release();
    }
  });

  it("fails a write that waits longer than the busy timeout as a query, not as an outage", async () => {
    const lock = await holdWriteLock(file);
    let failure: unknown;
    try {
      failure = await queryDatabase(() => impatientClient.taxonomyTerm.create({ data: { slug: "late", code: "late", name: "Late" } })).catch((error: unknown) => error);
    } finally {
      await lock.release();
    }
    expect(failure).toBeInstanceOf(DatabaseQueryError);
    expect(failure).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(isDatabaseUnavailable((failure as DatabaseQueryError).code)).toBe(false);
    expect(databaseKnownUnavailable()).toBe(false);
    expect(await isDatabaseAvailable()).toBe(true);
  });

  it("lets a write wait for the lock instead of failing at once", async () => {
    // The other process commits a moment after this write starts waiting, well within the busy timeout.
    const lock = await holdWriteLock(file, 300);
    const written = await queryDatabase(() => db().taxonomyTerm.create({ data: { slug: "patient", code: "patient", name: "Patient" } }));
    await lock.exited;
    expect(written.slug).toBe("patient");
    expect(await db().taxonomyTerm.count({ where: { slug: { in: ["held", "patient"] } } })).toBe(2);
  });
});
