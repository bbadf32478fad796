/**
 * Throwaway databases for tests, migrated with the project's own migrations
 * (never `db push`, never the development database).
 *
 * SQLite: a template file is migrated once per run and copied for each test
 * file. PostgreSQL (TEST_DATABASE_URL): a template database is migrated once
 * and each test file gets a copy made with CREATE DATABASE ... TEMPLATE.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runPrisma } from "../../scripts/db/prisma-cli";

export const RUN_DIRECTORY = path.join(os.tmpdir(), "kyr-tests");
const SQLITE_TEMPLATE = path.join(RUN_DIRECTORY, "template.sqlite");
export const POSTGRES_TEMPLATE = "kyr_test_template";

export type TestProvider = "sqlite" | "postgresql";

function migrate(databaseUrl: string): void {
  const result = runPrisma(["migrate", "deploy"], databaseUrl);
  if (result.status !== 0) throw new Error(`Migrating ${databaseUrl.split("@").at(-1)} failed:\n${result.stderr || result.stdout}`);
}

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function prepareTemplate(provider: TestProvider): Promise<void> {
  fs.mkdirSync(RUN_DIRECTORY, { recursive: true });
  if (provider === "sqlite") {
    fs.rmSync(SQLITE_TEMPLATE, { force: true });
    migrate(`file:${SQLITE_TEMPLATE}`);
    return;
  }
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${POSTGRES_TEMPLATE}`);
  });
  migrate(serverUrl(POSTGRES_TEMPLATE));
}

/** A new, migrated, empty database; returns its URL and how to remove it. */
export async function createTestDatabase(provider: TestProvider): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kyr_test_${randomBytes(6).toString("hex")}`;
  if (provider === "sqlite") {
    const file = path.join(RUN_DIRECTORY, `${name}.sqlite`);
    fs.copyFileSync(SQLITE_TEMPLATE, file);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
      },
    };
  }
  await onServer((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE}`));
  return {
    url: serverUrl(name),
    drop: () => onServer(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

export async function dropTemplate(provider: TestProvider): Promise<void> {
  if (provider === "sqlite") {
    fs.rmSync(SQLITE_TEMPLATE, { force: true });
    return;
  }
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`));
}
