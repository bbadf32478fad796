import { describe, expect, it } from "vitest";
import {
  applyLocationFields,
  applyOrganizationFields,
  formFieldOf,
  locationFieldsOf,
  mergeSectionValues,
  normalizeUsPhoneNumber,
  organizationFieldsOf,
} from "@/features/listings/editor-form";
import { listingDocumentSchema, type ListingDocument } from "@/features/listings/schema";

const document: ListingDocument = listingDocumentSchema.parse({
  slug: "editor-test",
  name: "Editor Test Legal Aid",
  description: "Free help.",
  locations: [
    {
      id: "3f0d8f4e-2d5b-4c44-9a43-5b7a0f9c1e11",
      key: "3f0d8f4e-2d5b-4c44-9a43-5b7a0f9c1e11",
      latitude: 41.8858,
      longitude: -87.6181,
      timezone: "America/Chicago",
      address: { address1: "100 Test Street", city: "Chicago", region: "IL", postalCode: "60601" },
      phones: [{ id: "9b1f6c0e-8a2d-4f57-b3c1-2e4d5f6a7b8c", number: "+13125550150" }],
      schedules: [{ timezone: "America/Chicago", hours: [{ weekday: 1, opensAt: "09:00", closesAt: "17:00" }] }],
    },
  ],
});

const languages = { normalizeLanguage: (code: string) => code };

describe("the listing editor's fields", () => {
  it("reads phone numbers as people write them, and leaves other text for the schema to refuse", () => {
    expect(normalizeUsPhoneNumber("(312) 555-0150")).toBe("+13125550150");
    expect(normalizeUsPhoneNumber("312.555.0150")).toBe("+13125550150");
    expect(normalizeUsPhoneNumber("+1 312 555 0150")).toBe("+13125550150");
    expect(normalizeUsPhoneNumber("1-312-555-0150")).toBe("+13125550150");
    expect(normalizeUsPhoneNumber("555-12")).toBe("555-12");
    expect(listingDocumentSchema.shape.phones.safeParse([{ number: "555-12" }]).success).toBe(false);
  });

  it("gives the form back exactly the document it was opened with", () => {
    const location = document.locations[0];
    if (!location) throw new Error("fixture has an office");
    const organization = applyOrganizationFields(document, organizationFieldsOf(document), languages).document;
    expect(listingDocumentSchema.parse(organization)).toEqual(document);
    const office = applyLocationFields(document, locationFieldsOf(location, []), { ...languages, placeOfZip: () => null, newKey: "unused" });
    expect(listingDocumentSchema.parse(office.document)).toEqual(document);
    expect(office.placedFromZip).toBe(false);
  });

  it("places a new office at its ZIP code's center when no position is given, and says so", () => {
    const location = document.locations[0];
    if (!location) throw new Error("fixture has an office");
    const fields = { ...locationFieldsOf(location, []), key: "", latitude: "", longitude: "", postalCode: "60608" };
    const built = applyLocationFields(document, fields, { ...languages, placeOfZip: (zip) => (zip === "60608" ? { latitude: 41.85, longitude: -87.67, countyFips: "17031" } : null), newKey: "new-office" });
    expect(built.placedFromZip).toBe(true);
    expect(built.document.locations[1]).toMatchObject({ key: "new-office", latitude: 41.85, longitude: -87.67, address: { postalCode: "60608", countyFips: "17031" } });
  });

  it("shows a schema's problem at the field that caused it, or at its nearest mapped parent", () => {
    const location = document.locations[0];
    if (!location) throw new Error("fixture has an office");
    const fields = locationFieldsOf(location, []);
    fields.phones[0] = { ...(fields.phones[0] as (typeof fields.phones)[number]), number: "555-12" };
    fields.hours.days[2] = { opens: "9am", closes: "17:00", opens2: "", closes2: "" };
    const built = applyLocationFields(document, fields, { ...languages, placeOfZip: () => null, newKey: "unused" });
    const result = listingDocumentSchema.safeParse(built.document);
    expect(result.success).toBe(false);
    const fieldsWithProblems = (result.error?.issues ?? []).map((issue) => formFieldOf(built.map, issue.path));
    expect(fieldsWithProblems.sort()).toEqual(["hours.days.2.opens", "phones.0.number"]);
  });
});

describe("merging a stale form", () => {
  const original = { name: "A", description: "Old", phones: [{ number: "1" }], safety: { walk_in: "yes", remote_intake: "no" } };

  it("keeps what this person changed and takes everything else as the other person saved it", () => {
    const posted = { ...original, name: "Mine" };
    const current = { ...original, description: "Theirs", safety: { walk_in: "no", remote_intake: "no" } };
    expect(mergeSectionValues(original, posted, current)).toEqual({ name: "Mine", description: "Theirs", phones: [{ number: "1" }], safety: { walk_in: "no", remote_intake: "no" } });
  });

  it("keeps this person's value where both changed the same field, and treats a list as one field", () => {
    const posted = { ...original, description: "Mine", phones: [{ number: "1" }, { number: "2" }] };
    const current = { ...original, description: "Theirs", phones: [{ number: "3" }] };
    expect(mergeSectionValues(original, posted, current)).toMatchObject({ description: "Mine", phones: [{ number: "1" }, { number: "2" }] });
  });
});
