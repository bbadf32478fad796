/**
 * Writes prisma/postgresql/schema.prisma from the one source schema
 * (prisma/schema.prisma). With --check, writes nothing and exits 1 when the
 * checked-in PostgreSQL schema has drifted from what this would write.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SOURCE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:schema:postgres`.",
  "// Do not edit: change the source schema and regenerate.",
  "",
].join("\n");

export function postgresSchemaFrom(source: string): string {
  const withProvider = source.replace(
    /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
  );
  const withOutput = withProvider.replace(
    /output(\s*)=(\s*)"\.\.\/lib\/generated\/sqlite"/,
    'output$1=$2"../../lib/generated/postgresql"',
  );
  if (withProvider === source || withOutput === withProvider) {
    throw new Error(`${SOURCE_SCHEMA}: expected a sqlite datasource and the lib/generated/sqlite output`);
  }
  return HEADER + withOutput;
}

function main(): void {
  const expected = postgresSchemaFrom(fs.readFileSync(SOURCE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
    if (actual !== expected) {
      console.error(
        `${POSTGRES_SCHEMA} is out of date with ${SOURCE_SCHEMA}: run \`npm run db:schema:postgres\`.`,
      );
      process.exit(1);
    }
    console.log(`${POSTGRES_SCHEMA} matches ${SOURCE_SCHEMA}.`);
    return;
  }
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, expected);
  console.log(`Wrote ${POSTGRES_SCHEMA}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
