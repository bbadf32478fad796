/**
 * `npm run db:check` (part of `npm run check`): fails when the PostgreSQL
 * schema has drifted from the source schema, or when the schema has changed
 * since the last migration was written (a model change without
 * `npm run db:migration`). That the migrations themselves build the schema is
 * proven by the data-layer tests, which run on databases made from them.
 */
import fs from "node:fs";
import { MIGRATED_SCHEMA } from "./new-migration";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, postgresSchemaFrom } from "./postgres-schema";

const problems: string[] = [];
const source = fs.readFileSync(SOURCE_SCHEMA, "utf8");

if (fs.readFileSync(POSTGRES_SCHEMA, "utf8") !== postgresSchemaFrom(source)) {
  problems.push(`${POSTGRES_SCHEMA} is out of date with ${SOURCE_SCHEMA}: run \`npm run db:schema:postgres\`.`);
}
if (!fs.existsSync(MIGRATED_SCHEMA) || fs.readFileSync(MIGRATED_SCHEMA, "utf8") !== source) {
  problems.push(`${SOURCE_SCHEMA} changed since the last migration: run \`npm run db:migration -- <name>\`.`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log("The PostgreSQL schema and the migrations are up to date with prisma/schema.prisma.");
