import path from "node:path";

/**
 * Where the data lives. Prisma's config does not read `.env`, and
 * `npm install && npm start` must work with nothing configured, so the
 * embedded SQLite file is the default in code.
 */
export const EMBEDDED_DATABASE_FILE = path.join(process.cwd(), "data", "kyr.sqlite");
export const EMBEDDED_DATABASE_URL = `file:${EMBEDDED_DATABASE_FILE}`;

export type DatabaseProvider = "sqlite" | "postgresql";

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DATABASE_URL?.trim();
  return configured ? configured : EMBEDDED_DATABASE_URL;
}

export function databaseProviderOf(url: string): DatabaseProvider {
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    "DATABASE_URL must start with file: (embedded SQLite) or postgresql:// (PostgreSQL)",
  );
}

/** The file behind a `file:` URL, relative paths taken from the project root. */
export function sqliteFileOf(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function isEmbeddedDefault(url: string): boolean {
  return databaseProviderOf(url) === "sqlite" && sqliteFileOf(url) === EMBEDDED_DATABASE_FILE;
}
