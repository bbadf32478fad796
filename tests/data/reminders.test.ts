import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { createClaim, createProblemReport, decideClaim } from "@/features/moderation/mutations";
import { sendStaleListingReminders } from "@/features/moderation/reminders";
import { listOutbox } from "@/lib/mail";
import { legalAidFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();
const DAY_MS = 24 * 60 * 60 * 1000;
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-reminders-"));

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = outbox;
  const [stale, fresh] = await insertListings(
    [legalAidFixture({ slug: "stale-listing", verifiedDaysAgo: 200 }), legalAidFixture({ slug: "fresh-listing", verifiedDaysAgo: 20 })].map((draft) => listingInputSchema.parse(draft)),
  );
  for (const [organizationId, email, locale] of [
    [stale, "editor-es@example.org", "es"],
    [stale, "editor-ar@example.org", "ar"],
    [fresh, "editor-fresh@example.org", "en"],
  ] as const) {
    const user = await db().user.create({ data: { id: crypto.randomUUID(), name: email, email, role: "editor", locale } });
    await db().organizationMembership.create({ data: { userId: user.id, organizationId: organizationId as string } });
  }
});

afterAll(() => {
  delete process.env.MAIL_OUTBOX_DIR;
  fs.rmSync(outbox, { recursive: true, force: true });
});

describe("reminders", () => {
  it("emails each editor of a listing unverified for over 180 days in their language, once a month at most", async () => {
    const first = await sendStaleListingReminders();
    expect(first).toMatchObject({ listings: 1, emails: 2 });
    const messages = await listOutbox();
    expect(messages.map((message) => [message.to, message.locale]).sort()).toEqual([
      ["editor-ar@example.org", "ar"],
      ["editor-es@example.org", "es"],
    ]);
    expect(messages.every((message) => message.text.includes("/portal/organizations/stale-listing"))).toBe(true);
    expect(await sendStaleListingReminders(new Date(Date.now() + 10 * DAY_MS))).toMatchObject({ listings: 0, emails: 0 });
    expect(await sendStaleListingReminders(new Date(Date.now() + 31 * DAY_MS))).toMatchObject({ listings: 1, emails: 2 });
  });

  it("erases reporters' contacts 90 days after the report, and claimants' details 90 days after the decision", async () => {
    const reportId = await createProblemReport({ organizationSlug: "fresh-listing", category: "other", details: "The office moved last month.", contact: "reporter@example.org" }, "en");
    const claimId = await createClaim({ organizationSlug: "fresh-listing", name: "Claimant", jobTitle: "Director", email: "claimant@example.org", message: undefined }, "en");
    if (!reportId || !claimId) throw new Error("fixtures");
    await decideClaim(claimId, { id: null, name: "Test", role: "moderator" }, { approve: false, reason: "Not confirmed." });

    await sendStaleListingReminders(new Date(Date.now() + 89 * DAY_MS));
    expect((await db().problemReport.findUniqueOrThrow({ where: { id: reportId } })).contact).toBe("reporter@example.org");
    expect((await db().organizationClaim.findUniqueOrThrow({ where: { id: claimId } })).email).toBe("claimant@example.org");

    const run = await sendStaleListingReminders(new Date(Date.now() + 91 * DAY_MS));
    expect(run).toMatchObject({ erasedReportContacts: 1, erasedClaims: 1 });
    expect((await db().problemReport.findUniqueOrThrow({ where: { id: reportId } })).contact).toBeNull();
    expect(await db().organizationClaim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ name: null, jobTitle: null, email: null, status: "rejected" });
  });
});
