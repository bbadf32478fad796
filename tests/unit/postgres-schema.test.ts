import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, postgresSchemaFrom } from "@/scripts/db/postgres-schema";

describe("the PostgreSQL schema", () => {
  it("is generated from the one source schema and checked in up to date", () => {
    const source = fs.readFileSync(SOURCE_SCHEMA, "utf8");
    const generated = postgresSchemaFrom(source);
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('output       = "../../lib/generated/postgresql"');
    expect(generated).not.toContain('provider = "sqlite"');
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(generated);
  });

  it("refuses a source schema it does not recognize", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}')).toThrow();
  });
});
