import { afterAll, beforeAll } from "vitest";
import { getDatabase, type Database } from "@/lib/db";
import { createTestDatabase, type TestProvider } from "./test-databases";

/**
 * Gives the calling test file its own fresh database and points the app's
 * database client at it (the client reads DATABASE_URL on first use).
 */
export function withTestDatabase(): { db: () => Database; provider: TestProvider } {
  const provider = (process.env.TEST_DATABASE_PROVIDER ?? "sqlite") as TestProvider;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(provider);
    drop = database.drop;
    process.env.DATABASE_URL = database.url;
    delete (globalThis as { kyrDatabase?: unknown }).kyrDatabase;
  });
  afterAll(async () => {
    await getDatabase().$disconnect();
    delete (globalThis as { kyrDatabase?: unknown }).kyrDatabase;
    await drop?.();
  });
  return { db: getDatabase, provider };
}
