import { recheckDatabase, reportDatabaseUnavailable } from "./health";

/**
 * Database errors are never passed on raw: Prisma's messages quote the query
 * and its arguments, which can hold what a visitor searched for. Loaders run
 * their queries through `queryDatabase`, which keeps only the error code and
 * tells the health state when the database itself is out of reach. A busy
 * database (a long write holding SQLite's lock) is not out of reach: its
 * failed queries are query errors.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly code: string) {
    super(`The database is unavailable (${code})`);
    this.name = "DatabaseUnavailableError";
  }
}

export class DatabaseQueryError extends Error {
  constructor(readonly code: string) {
    super(`A database query failed (${code})`);
    this.name = "DatabaseQueryError";
  }
}

/** The database does not answer: the site shows its outage page until it does. */
const UNAVAILABLE_CODES = new Set([
  "P1001", // cannot reach the server
  "P1002", // timed out reaching the server
  "P1017", // server closed the connection
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "57P01", // PostgreSQL: terminated by administrator
  "57P03", // PostgreSQL: cannot connect now
]);

/**
 * The database answers but is busy: a write holds SQLite's lock longer than
 * the busy timeout (the driver adapter reports SQLITE_BUSY as P1008), or
 * every pooled connection is taken. The query failed, and the caller says
 * "try again"; that is no outage. The health check decides whether the
 * database answers at all, and is asked again now.
 */
const BUSY_CODES = new Set([
  "P1008", // operation timed out (SQLite: SQLITE_BUSY after the busy timeout)
  "P2024", // timed out waiting for a connection from the pool
]);

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code) return code;
  const name = (error as { name?: unknown }).name;
  return name === "PrismaClientInitializationError" ? "P1001" : "unknown";
}

export function isDatabaseUnavailable(code: string): boolean {
  return UNAVAILABLE_CODES.has(code) || /^SQLITE_(CANTOPEN|IOERR|CORRUPT|NOTADB|READONLY)/.test(code);
}

export function isDatabaseBusy(code: string): boolean {
  return BUSY_CODES.has(code) || /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export async function queryDatabase<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    const code = errorCode(error);
    if (isDatabaseUnavailable(code)) {
      reportDatabaseUnavailable();
      throw new DatabaseUnavailableError(code);
    }
    // A timeout can also be the first sign of a server that stopped answering: the probe tells.
    if (isDatabaseBusy(code)) recheckDatabase();
    throw new DatabaseQueryError(code);
  }
}
