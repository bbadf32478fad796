import { reportDatabaseUnavailable } from "./health";

/**
 * Database errors are never passed on raw: Prisma's messages quote the query
 * and its arguments, which can hold what a visitor searched for. Loaders run
 * their queries through `queryDatabase`, which keeps only the error code and
 * tells the health state when the database itself is out of reach.
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

const UNAVAILABLE_CODES = new Set([
  "P1001", // cannot reach the server
  "P1002", // timed out reaching the server
  "P1008", // operation timed out
  "P1017", // server closed the connection
  "P2024", // timed out waiting for a connection
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "57P01", // PostgreSQL: terminated by administrator
  "57P03", // PostgreSQL: cannot connect now
]);

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code) return code;
  const name = (error as { name?: unknown }).name;
  return name === "PrismaClientInitializationError" ? "P1001" : "unknown";
}

export function isDatabaseUnavailable(code: string): boolean {
  return UNAVAILABLE_CODES.has(code) || /^SQLITE_(CANTOPEN|BUSY|LOCKED|IOERR|CORRUPT|NOTADB|READONLY)/.test(code);
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
    throw new DatabaseQueryError(code);
  }
}
