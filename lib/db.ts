import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client.ts";
import { databaseProviderOf, resolveDatabaseUrl, sqliteFileOf } from "./database-url.ts";

/**
 * Both generated clients are built from the same models, so they share one
 * API; the SQLite client's type stands for both (see
 * docs/decisions/002-one-schema-two-providers.md).
 */
export type Database = SqlitePrismaClient;
export type DatabaseTransaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * How long a query waits for SQLite's write lock (held by an import, a
 * publish, another worker) before it fails as "busy": better-sqlite3's
 * `timeout`, SQLite's busy timeout. better-sqlite3 waits synchronously, so a
 * write that waits holds its worker that long; reads never wait, in
 * write-ahead-log mode. A busy database is not a down one
 * (lib/database-errors.ts).
 */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export interface DatabaseOptions {
  /** SQLite only: see SQLITE_BUSY_TIMEOUT_MS. */
  sqliteBusyTimeoutMs?: number;
}

export function createDatabase(url: string = resolveDatabaseUrl(), options: DatabaseOptions = {}): Database {
  if (databaseProviderOf(url) === "postgresql") {
    const client = new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 }),
    });
    return client as unknown as Database;
  }
  const client = new SqlitePrismaClient({
    adapter: new PrismaBetterSQLite3({
      url: sqliteFileOf(url),
      timeout: options.sqliteBusyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS,
      // Never create an empty file in place of a missing database: a missing
      // file is an outage to report, not a fresh start.
      fileMustExist: true,
    }),
  });
  // The adapter holds one connection, and these run before any other query.
  // Write-ahead logging (kept in the file; npm install sets it on the
  // embedded database, this on any other): readers go on while a writer holds
  // the lock. Then reads through memory-mapped pages and a larger page cache,
  // instead of a system call per page and SQLite's 2 MB default.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  void client.$queryRawUnsafe("PRAGMA mmap_size = 268435456").catch(() => undefined);
  void client.$queryRawUnsafe("PRAGMA cache_size = -65536").catch(() => undefined);
  return client;
}

const globalForDatabase = globalThis as unknown as { kyrDatabase?: Database };

/** The process-wide client, created on first use (kept across dev reloads). */
export function getDatabase(): Database {
  globalForDatabase.kyrDatabase ??= createDatabase();
  return globalForDatabase.kyrDatabase;
}
