import { describe, expect, it } from "vitest";
import { findNationalHotlines } from "@/features/hotlines/data";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { listKyrMaterials } from "@/features/rights/data";
import { upsertKyrMaterials } from "@/features/rights/mutations";
import { kyrMaterialInputSchema } from "@/features/rights/schema";
import { kyrMaterialFixture, legalAidFixture, nationalHotlineFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

describe("national hotlines", () => {
  it("lists active nationwide hotlines, translated, and nothing regional", async () => {
    const closed = nationalHotlineFixture("closed-line", "+12025550190");
    await insertListings(
      [nationalHotlineFixture("open-line", "+12025550191"), { ...closed, status: "defunct" }, legalAidFixture({ slug: "regional-org" })].map((draft) =>
        listingInputSchema.parse(draft),
      ),
    );
    const hotlines = await findNationalHotlines("es");
    expect(hotlines).toHaveLength(1);
    expect(hotlines[0]).toMatchObject({
      number: "+12025550191",
      purpose: "detention_help",
      acceptsText: true,
      name: { text: "Línea de prueba open-line", lang: "es", isFallback: false },
      description: { lang: "en", isFallback: true },
      schedule: { isAlwaysOpen: true },
    });
  });
});

describe("know-your-rights materials", () => {
  it("lists materials in order, in the reader's language or else English", async () => {
    await upsertKyrMaterials([kyrMaterialFixture("second", 2), kyrMaterialFixture("first", 1, ["en"])].map((draft) => kyrMaterialInputSchema.parse(draft)));
    const spanish = await listKyrMaterials("es");
    expect(spanish.map((material) => [material.slug, material.lang])).toEqual([
      ["first", "en"],
      ["second", "es"],
    ]);
    expect(spanish[0]?.legalReviewStatus).toBe("pending_review");
  });

  it("keeps a recorded legal review when the texts are loaded again", async () => {
    await db().kyrMaterial.update({ where: { slug: "first" }, data: { legalReviewStatus: "reviewed", legalReviewedBy: "Attorney" } });
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(kyrMaterialFixture("first", 1))]);
    const [first] = await listKyrMaterials("ar");
    expect(first).toMatchObject({ slug: "first", lang: "ar", legalReviewStatus: "reviewed" });
  });
});
