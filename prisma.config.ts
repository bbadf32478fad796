import fs from "node:fs";
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { databaseProviderOf, resolveDatabaseUrl, sqliteFileOf } from "./lib/database-url";

// The CLI runs on the Wasm schema engine through a driver adapter; these two
// variables point at any existing file so it never tries to download the
// native engines it will not use (the build machines are offline).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");

const databaseUrl = resolveDatabaseUrl();
const provider = databaseProviderOf(databaseUrl);
// The schema keeps `url = env("DATABASE_URL")`; give it the resolved default.
process.env.DATABASE_URL = databaseUrl;

const schemaDir = provider === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

if (provider === "sqlite") {
  fs.mkdirSync(path.dirname(sqliteFileOf(databaseUrl)), { recursive: true });
}

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(schemaDir, "schema.prisma"),
  migrations: { path: path.join(schemaDir, "migrations") },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: sqliteFileOf(databaseUrl) });
  },
} satisfies PrismaConfig;
