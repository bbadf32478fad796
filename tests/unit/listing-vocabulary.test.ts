import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as PrismaEnums from "@/lib/generated/sqlite/enums";
import {
  ACCREDITATION_KINDS,
  CAPACITY_STATUSES,
  COST_KINDS,
  HOTLINE_PURPOSES,
  LISTING_STATUSES,
  PHONE_TYPES,
  SAFETY_ANSWERS,
  SAFETY_STATEMENT_KINDS,
  SERVICE_AREA_KINDS,
  SERVICE_KINDS,
  TAXONOMY,
  TRANSLATABLE_FIELDS,
  TRANSLATION_SOURCES,
} from "@/features/listings/schema";
import { PROBLEM_REPORT_CATEGORIES } from "@/features/moderation/form-state";
import { LEGAL_REVIEW_STATUSES } from "@/features/rights/schema";

describe("the isomorphic vocabulary matches the database schema", () => {
  it.each([
    ["ListingStatus", LISTING_STATUSES],
    ["ServiceKind", SERVICE_KINDS],
    ["CapacityStatus", CAPACITY_STATUSES],
    ["ServiceAreaKind", SERVICE_AREA_KINDS],
    ["PhoneType", PHONE_TYPES],
    ["HotlinePurpose", HOTLINE_PURPOSES],
    ["AccreditationKind", ACCREDITATION_KINDS],
    ["SafetyStatementKind", SAFETY_STATEMENT_KINDS],
    ["SafetyAnswer", SAFETY_ANSWERS],
    ["CostKind", COST_KINDS],
    ["TranslationSource", TRANSLATION_SOURCES],
    ["LegalReviewStatus", LEGAL_REVIEW_STATUSES],
    ["ProblemReportCategory", PROBLEM_REPORT_CATEGORIES],
  ] as const)("%s", (enumName, values) => {
    expect(Object.values(PrismaEnums[enumName]).sort()).toEqual([...values].sort());
  });

  it("translatable entities match the database", () => {
    expect(Object.values(PrismaEnums.TranslatableEntity).sort()).toEqual(Object.keys(TRANSLATABLE_FIELDS).sort());
  });

  it("the taxonomy migration inserts exactly the taxonomy the code knows, in both providers", () => {
    for (const migrations of ["prisma/migrations", "prisma/postgresql/migrations"]) {
      const folder = fs.readdirSync(migrations).find((name) => name.endsWith("_taxonomy_terms"));
      expect(folder, migrations).toBeDefined();
      const sql = fs.readFileSync(path.join(migrations, folder ?? "", "migration.sql"), "utf8");
      const rows = [...sql.matchAll(/\('[0-9a-f-]{36}', '([a-z0-9-]+)', '(kyr\.\d+)'/g)].map((match) => ({ slug: match[1], code: match[2] }));
      expect(rows).toEqual(TAXONOMY.map(({ slug, code }) => ({ slug, code })));
    }
  });
});
