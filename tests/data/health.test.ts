import { describe, expect, it } from "vitest";
import { checkDatabaseNow, isDatabaseAvailable } from "@/lib/health";
import { DatabaseUnavailableError, queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { withTestDatabase } from "../support/with-test-database";

withTestDatabase();

describe("database health", () => {
  it("answers when the database does", async () => {
    expect(await checkDatabaseNow()).toBe(true);
    expect(await isDatabaseAvailable()).toBe(true);
  });

  it("reports an outage without passing on the query or its arguments", async () => {
    const secret = "60601 deportation";
    const failure = await queryDatabase(() =>
      getDatabase().$queryRawUnsafe(`SELECT * FROM "NoSuchTable" WHERE x = '${secret}'`),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).not.toContain(secret);
    expect(failure).not.toBeInstanceOf(DatabaseUnavailableError);
  });
});
