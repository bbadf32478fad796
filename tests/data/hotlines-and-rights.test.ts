import { describe, expect, it } from "vitest";
import { findNationalHotlines } from "@/features/hotlines/data";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { getKyrMaterial, listKyrMaterials } from "@/features/rights/data";
import { recordLegalReview, upsertKyrMaterials } from "@/features/rights/mutations";
import { kyrMaterialInputSchema, legalReviewInputSchema } from "@/features/rights/schema";
import { kyrMaterialFixture, legalAidFixture, nationalHotlineFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

withTestDatabase();
const REVIEWER = { id: null, name: "Test reviewer", role: "legal_reviewer" };

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

  it("records a legal review, shown with its date, and keeps it when the texts are loaded again", async () => {
    const review = legalReviewInputSchema.parse({ slug: "first", reviewedBy: "A. Attorney, admitted in Illinois", reviewedAt: "2026-11-02" });
    expect(await recordLegalReview(review, REVIEWER)).toBe(true);
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(kyrMaterialFixture("first", 1))]);
    const [first] = await listKyrMaterials("ar");
    expect(first).toMatchObject({ slug: "first", lang: "ar", legalReviewStatus: "reviewed", legalReviewedAt: new Date("2026-11-02") });
    expect((await getKyrMaterial("first", "en"))?.legalReviewedBy).toBe("A. Attorney, admitted in Illinois");
  });

  it("puts a reviewed guide back to pending review when its reviewed text changes, and not for a translation's change", async () => {
    const fixture = kyrMaterialFixture("changing", 3);
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(fixture)]);
    await recordLegalReview(legalReviewInputSchema.parse({ slug: "changing", reviewedBy: "A. Attorney", reviewedAt: "2026-11-02" }), REVIEWER);
    const status = async () => (await getKyrMaterial("changing", "en"))?.legalReviewStatus;
    expect(await status()).toBe("reviewed");

    const retranslated = { ...fixture, translations: fixture.translations.map((translation) => (translation.locale === "es" ? { ...translation, summary: "Otro resumen de la guía." } : translation)) };
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(retranslated)]);
    expect(await status()).toBe("reviewed");

    const rewritten = { ...fixture, translations: fixture.translations.map((translation) => (translation.locale === "en" ? { ...translation, body: `${translation.body}\n\nA new paragraph with a new legal point.` } : translation)) };
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(rewritten)]);
    expect(await status()).toBe("pending_review");
    await recordLegalReview(legalReviewInputSchema.parse({ slug: "changing", reviewedBy: "A. Attorney", reviewedAt: "2026-11-03" }), REVIEWER);
    expect(await status()).toBe("reviewed");
  });

  it("records no review for an unknown guide, and refuses reviews without a reviewer or dated in the future", async () => {
    expect(await recordLegalReview(legalReviewInputSchema.parse({ slug: "no-such-guide", reviewedBy: "A. Attorney", reviewedAt: "2026-01-05" }), REVIEWER)).toBe(false);
    expect(legalReviewInputSchema.safeParse({ slug: "second", reviewedBy: " ", reviewedAt: "2026-01-05" }).success).toBe(false);
    expect(legalReviewInputSchema.safeParse({ slug: "second", reviewedBy: "A. Attorney", reviewedAt: "2999-01-01" }).success).toBe(false);
    expect(legalReviewInputSchema.safeParse({ slug: "../second", reviewedBy: "A. Attorney", reviewedAt: "2026-01-05" }).success).toBe(false);
    const second = (await listKyrMaterials("en")).find((material) => material.slug === "second");
    expect(second?.legalReviewStatus).toBe("pending_review");
  });
});
