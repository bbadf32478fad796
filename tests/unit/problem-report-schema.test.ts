import { describe, expect, it } from "vitest";
import { problemReportSchema } from "@/features/moderation/schema";

const valid = { organizationSlug: "test-org", category: "wrong_phone", details: "The number rang a pizza shop." };

describe("problem report schema", () => {
  it("accepts a plain report and drops an empty contact", () => {
    expect(problemReportSchema.parse({ ...valid, contact: "  " })).toEqual({ ...valid, contact: undefined });
  });

  it.each([
    [{ category: "nonsense" }, "category", "categoryRequired"],
    [{ details: "short" }, "details", "detailsTooShort"],
    [{ details: "x".repeat(2_001) }, "details", "detailsTooLong"],
    [{ details: "has a \u0007 bell in it" }, "details", "detailsInvalid"],
    [{ contact: "a".repeat(201) }, "contact", "contactTooLong"],
    [{ contact: "line\nbreak" }, "contact", "contactInvalid"],
    [{ organizationSlug: "../etc/passwd" }, "organizationSlug", "unknownOrganization"],
  ])("rejects %o with a message key", (change, field, key) => {
    const result = problemReportSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message: key });
  });
});
