import { describe, expect, it } from "vitest";
import { getOrganizationPage } from "@/features/listings/data";
import { seedSampleData } from "@/prisma/seed/index";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

describe("the sample seed", () => {
  it("loads the sample into a migrated database, and loading it again replaces it", async () => {
    const first = await seedSampleData(new Date());
    expect(first.organizations).toBeGreaterThanOrEqual(80);
    expect(await db().organization.count()).toBe(first.organizations);
    const translationsAfterFirst = await db().translation.count();

    const second = await seedSampleData(new Date());
    expect(await db().organization.count()).toBe(second.organizations);
    expect(await db().translation.count()).toBe(translationsAfterFirst);
    expect(await db().kyrMaterial.count()).toBe(second.materials);

    const page = await getOrganizationPage("lakeshore-immigrant-legal-clinic", "es");
    expect(page?.isSample).toBe(true);
    expect(page?.locations.length).toBe(2);
  });
});
