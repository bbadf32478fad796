import { describe, expect, it } from "vitest";
import { isOfficialLineStale, officialLineUpdateSchema } from "@/features/official-lines/schema";

const valid = { slug: "eoir-case-information", phone: "(800) 898-7180", website: "https://acis.eoir.justice.gov/", email: "", sources: "https://www.justice.gov/eoir/customer-service-initiatives\n\nhttps://www.justice.gov/eoir" };

function errorsOf(input: Record<string, string>): Record<string, string> {
  const result = officialLineUpdateSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("a government line's update", () => {
  it("takes numbers as people type them and stores E.164, empty fields as none", () => {
    expect(officialLineUpdateSchema.parse(valid)).toEqual({
      slug: "eoir-case-information",
      phone: "+18008987180",
      website: "https://acis.eoir.justice.gov/",
      email: null,
      sources: ["https://www.justice.gov/eoir/customer-service-initiatives", "https://www.justice.gov/eoir"],
    });
    expect(officialLineUpdateSchema.parse({ ...valid, phone: "+1 800 898 7180" }).phone).toBe("+18008987180");
  });

  it("refuses a short number, a non-https address, a bad email, missing sources and a line nobody can reach", () => {
    expect(errorsOf({ ...valid, phone: "800 898 718" })).toEqual({ phone: "phoneFormat" });
    expect(errorsOf({ ...valid, website: "http://acis.eoir.justice.gov/" })).toEqual({ website: "httpsUrl" });
    expect(errorsOf({ ...valid, email: "not an address" })).toEqual({ email: "emailFormat" });
    expect(errorsOf({ ...valid, sources: "  " })).toEqual({ sources: "sourcesRequired" });
    expect(errorsOf({ ...valid, sources: "//www.justice.gov/eoir" })).toEqual({ sources: "httpsUrl" });
    expect(errorsOf({ ...valid, phone: "", website: "" })).toEqual({ phone: "contactRequired" });
  });

  it("is stale after 90 days unchecked", () => {
    const checked = new Date("2026-12-05T00:00:00Z");
    expect(isOfficialLineStale(checked, new Date("2027-03-05T00:00:00Z"))).toBe(false);
    expect(isOfficialLineStale(checked, new Date("2027-03-06T00:00:00Z"))).toBe(true);
  });
});
