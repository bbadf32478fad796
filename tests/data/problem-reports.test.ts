import { describe, expect, it } from "vitest";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { createProblemReport } from "@/features/moderation/mutations";
import { legalAidFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

describe("problem reports", () => {
  it("stores a report for moderators, with the reader's language and no contact unless given", async () => {
    await insertListings([listingInputSchema.parse(legalAidFixture({ slug: "reported-org" }))]);
    const id = await createProblemReport({ organizationSlug: "reported-org", category: "wrong_phone", details: "The number is disconnected.", contact: undefined }, "es");
    expect(id).not.toBeNull();
    const stored = await db().problemReport.findUniqueOrThrow({ where: { id: id ?? "" }, include: { organization: { select: { slug: true } } } });
    expect(stored).toMatchObject({ category: "wrong_phone", status: "open", locale: "es", contact: null, organization: { slug: "reported-org" } });
  });

  it("stores nothing for an organization that does not exist", async () => {
    const before = await db().problemReport.count();
    expect(await createProblemReport({ organizationSlug: "ghost-org", category: "other", details: "Nothing to see here.", contact: undefined }, "en")).toBeNull();
    expect(await db().problemReport.count()).toBe(before);
  });
});
