import { afterEach, describe, expect, it, vi } from "vitest";
import { findNationalHotlines } from "@/features/hotlines/data";
import { getOrganizationPage } from "@/features/listings/data";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { listKyrMaterials } from "@/features/rights/data";
import { recordLegalReview, upsertKyrMaterials } from "@/features/rights/mutations";
import { kyrMaterialInputSchema, legalReviewInputSchema } from "@/features/rights/schema";
import { kyrMaterialFixture, legalAidFixture, nationalHotlineFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

/** Moves the clock past the once-a-second version check (only Date is faked; timers run as usual). */
function afterVersionCheckInterval(): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 5_000);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("data cache: rarely-changing data is served from memory until a change is published", () => {
  it("serves an organization page from memory, and a change another process publishes once the version moves", async () => {
    await insertListings([listingInputSchema.parse(legalAidFixture({ slug: "cached-org", name: "Cached Legal Aid" }))]);
    expect((await getOrganizationPage("cached-org", "en"))?.name.text).toBe("Cached Legal Aid");

    // Written behind the cache's back, as a process without the cache would, and not yet published.
    await db().organization.update({ where: { slug: "cached-org" }, data: { name: "Renamed Legal Aid" } });
    afterVersionCheckInterval();
    expect((await getOrganizationPage("cached-org", "en"))?.name.text).toBe("Cached Legal Aid");

    // Another process publishes: the version moves, and this process notices at its next check.
    await db().dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
    afterVersionCheckInterval();
    expect((await getOrganizationPage("cached-org", "en"))?.name.text).toBe("Renamed Legal Aid");
  });

  it("shows a change published in this process at once: a recorded legal review, new hotlines", async () => {
    await upsertKyrMaterials([kyrMaterialInputSchema.parse(kyrMaterialFixture("cached-guide", 1))]);
    expect((await listKyrMaterials("es")).find((material) => material.slug === "cached-guide")?.legalReviewStatus).toBe("pending_review");
    await recordLegalReview(legalReviewInputSchema.parse({ slug: "cached-guide", reviewedBy: "A. Attorney", reviewedAt: "2026-11-01" }), { id: null, name: "Test", role: "legal_reviewer" });
    expect((await listKyrMaterials("es")).find((material) => material.slug === "cached-guide")?.legalReviewStatus).toBe("reviewed");

    const before = await findNationalHotlines("en");
    await insertListings([listingInputSchema.parse(nationalHotlineFixture("cached-national-line", "+12025550199"))]);
    const after = await findNationalHotlines("en");
    expect(after.length).toBe(before.length + 1);
    expect(after.map((hotline) => hotline.number)).toContain("+12025550199");
  });

  it("does not keep unknown pages, so a flood of made-up slugs cannot push real entries out", async () => {
    await insertListings([listingInputSchema.parse(legalAidFixture({ slug: "hidden-org", name: "Hidden Legal Aid" }))]);
    await db().organization.update({ where: { slug: "hidden-org" }, data: { isPublished: false } });
    await db().dataVersion.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
    afterVersionCheckInterval();
    expect(await getOrganizationPage("hidden-org", "en")).toBeNull();
    // Published again behind the cache's back: shown at once, because "not found" was not kept.
    await db().organization.update({ where: { slug: "hidden-org" }, data: { isPublished: true } });
    expect((await getOrganizationPage("hidden-org", "en"))?.name.text).toBe("Hidden Legal Aid");
  });
});
