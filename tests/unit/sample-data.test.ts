import { describe, expect, it } from "vitest";
import { distanceInMiles } from "@/features/geo/distance";
import { findZip } from "@/features/geo/zip-codes";
import { listingInputSchema, type ListingInput } from "@/features/listings/schema";
import { SAMPLE_METROS } from "@/prisma/seed/sample-metros";
import { buildSampleListings } from "@/prisma/seed/sample-listings";

const NOW = new Date("2026-11-29T12:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const listings: ListingInput[] = buildSampleListings(NOW).map((listing) => listingInputSchema.parse(listing));
const allPhones = listings.flatMap((listing) => [
  ...listing.phones,
  ...listing.locations.flatMap((location) => location.phones),
  ...listing.services.flatMap((service) => service.phones),
]);

describe("the sample seed", () => {
  it("is large and varied enough to exercise the directory", () => {
    expect(listings.length).toBeGreaterThanOrEqual(80);
    expect(listings.reduce((sum, listing) => sum + listing.services.length, 0)).toBeGreaterThanOrEqual(150);
    const states = new Set(listings.flatMap((listing) => listing.locations.map((location) => location.address.region)));
    expect(states.size).toBeGreaterThanOrEqual(12);
    const areaKinds = new Set(listings.flatMap((listing) => listing.services.flatMap((service) => service.areas.map((area) => area.kind))));
    expect([...areaKinds].sort()).toEqual(["county", "nationwide", "radius", "state"]);
    const languages = new Set(listings.flatMap((listing) => listing.services.flatMap((service) => service.languages)));
    expect(languages).toContain("mam");
    expect(languages).toContain("quc");
    const costs = new Set(listings.flatMap((listing) => listing.services.flatMap((service) => service.costs.map((cost) => cost.kind))));
    expect([...costs].sort()).toEqual(["fixed_fee", "free", "sliding_scale"]);
  });

  it("marks everything as sample data and invents no real contact details", () => {
    for (const listing of listings) {
      expect(listing.isSample).toBe(true);
      if (listing.website) expect(new URL(listing.website).hostname).toMatch(/\.example\.org$/);
      if (listing.email) expect(listing.email).toMatch(/@[a-z0-9.-]+\.example\.org$/);
    }
    expect(allPhones.length).toBeGreaterThan(80);
    for (const phone of allPhones) expect(phone.number).toMatch(/^\+1\d{3}55501\d{2}$/);
    expect(new Set(allPhones.map((phone) => phone.number)).size).toBe(allPhones.length);
  });

  it("has at least 12 hotlines, regional ones and one national line for each purpose, each with a hotline phone", () => {
    const hotlines = listings.flatMap((listing) => listing.services.filter((service) => service.kind === "hotline"));
    expect(hotlines.length).toBeGreaterThanOrEqual(12);
    const national = hotlines.filter((service) => service.areas.some((area) => area.kind === "nationwide"));
    expect(national.map((service) => service.hotlinePurpose).sort()).toEqual(["detention_help", "family_support", "legal_intake", "rapid_response"]);
    for (const hotline of hotlines) expect(hotline.phones.some((phone) => phone.isHotline), hotline.name).toBe(true);
    expect(hotlines.length - national.length).toBeGreaterThanOrEqual(8);
  });

  it("puts every metro's offices in its own state (a mistyped ZIP would not be)", () => {
    for (const metro of SAMPLE_METROS) {
      for (const office of metro.organizations.flatMap((organization) => organization.offices)) {
        expect(findZip(office.zip)?.stateCode, `${metro.city}: ${office.zip}`).toBe(metro.stateCode);
      }
    }
  });

  it("dates everything relative to the day it is seeded, some of it stale", () => {
    const ages = listings.map((listing) => (NOW.getTime() - (listing.verifiedAt?.getTime() ?? 0)) / DAY_MS);
    expect(ages.some((age) => age > 180 && age <= 365)).toBe(true);
    expect(ages.some((age) => age > 365)).toBe(true);
    const later = buildSampleListings(new Date(NOW.getTime() + 30 * DAY_MS)).map((listing) => listingInputSchema.parse(listing));
    expect(later[0]?.verifiedAt?.getTime()).toBe((listings[0]?.verifiedAt?.getTime() ?? 0) + 30 * DAY_MS);
  });

  it.each(["60601", "10001", "90012", "77002", "33130", "85003", "98104", "80202", "30303", "78205"])(
    "has at least three active organizations verified in the last 90 days within 25 miles of %s",
    (zip) => {
      const center = findZip(zip);
      expect(center).not.toBeNull();
      const nearby = listings.filter(
        (listing) =>
          listing.status === "active" &&
          listing.isPublished &&
          listing.verifiedAt !== undefined &&
          (NOW.getTime() - listing.verifiedAt.getTime()) / DAY_MS <= 90 &&
          listing.locations.some((location) => center !== null && distanceInMiles(center, location) <= 25),
      );
      expect(nearby.length).toBeGreaterThanOrEqual(3);
    },
  );

  it("has unique slugs and an organization written in Spanish without English text", () => {
    expect(new Set(listings.map((listing) => listing.slug)).size).toBe(listings.length);
    const spanishOnly = listings.filter(
      (listing) =>
        listing.sourceLocale === "es" &&
        listing.services.some((service) => !service.translations.some((translation) => translation.field === "description" && translation.locale === "en")),
    );
    expect(spanishOnly.length).toBeGreaterThan(0);
  });
});
