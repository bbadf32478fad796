import type { ListingInputDraft } from "@/features/listings/schema";
import type { KyrMaterialInputDraft } from "@/features/rights/schema";
import { CHICAGO_PILSEN, kyrMaterialFixture, legalAidFixture, nationalHotlineFixture, stateHotlineFixture } from "../fixtures/listings";
import { placedListing } from "../fixtures/search-fixtures";
import { readKyrMaterials } from "@/prisma/seed/kyr-files";
import {
  E2E_AUTHZ_LISTINGS,
  E2E_CITY_OFFICES,
  E2E_JOURNEY,
  E2E_STAFF_OTHER,
  E2E_STAFF_SHARED,
  E2E_STAFF_OWN,
  E2E_ILLINOIS_HOTLINE_NUMBER,
  E2E_NATIONAL_HOTLINE_NUMBER,
  E2E_ORGANIZATION,
  E2E_SPANISH_ONLY,
  E2E_STATEWIDE,
  E2E_TPS_OFFICES,
} from "./e2e-data";

/** Everything the browser tests need, created by the tests (never the sample seed). */
export function e2eListings(): ListingInputDraft[] {
  const cityOffices = Object.entries(E2E_CITY_OFFICES).flatMap(([city, zips]) =>
    zips.map((zip, index) => placedListing({ slug: `e2e-office-${city}-${index}`, zip, name: `Test Office ${city}-${index}` })),
  );
  const tpsOffices = Array.from({ length: E2E_TPS_OFFICES }, (_, index) =>
    placedListing({ slug: `e2e-tps-${index}`, zip: ["60614", "60622", "60647"][index % 3] ?? "60614", name: `TPS Help ${index}`, services: [{ taxonomy: ["tps"] }] }),
  );
  const illinoisHotline = stateHotlineFixture("e2e-illinois-line", E2E_ILLINOIS_HOTLINE_NUMBER, "IL", "Illinois Test Rapid Response");
  return [
    legalAidFixture({
      slug: E2E_ORGANIZATION,
      name: "Loop Legal Aid (test)",
      translations: [
        { field: "description", locale: "es", value: "Ayuda legal gratuita de prueba en Chicago.", source: "professional" },
        { field: "description", locale: "ar", value: "مساعدة قانونية مجانية تجريبية في شيكاغو.", source: "machine" },
      ],
    }),
    legalAidFixture({
      slug: E2E_SPANISH_ONLY,
      name: "Centro Legal de Prueba",
      sourceLocale: "es",
      description: "Un centro legal de prueba que escribe solo en español.",
      place: CHICAGO_PILSEN,
      phoneSuffix: "0160",
    }),
    placedListing({
      slug: E2E_STATEWIDE,
      zip: "62701",
      name: "Illinois Statewide Test Line",
      services: [{ remote: true, areas: [{ kind: "state", code: "IL" }], taxonomy: ["asylum"], languages: ["es", "en"] }],
    }),
    nationalHotlineFixture("e2e-national-line", E2E_NATIONAL_HOTLINE_NUMBER),
    illinoisHotline,
    ...cityOffices,
    ...tpsOffices,
    ...staffListings(),
  ];
}

/** Listings the staff tests change: none of them is on a page another test checks. */
function staffListings(): ListingInputDraft[] {
  const journeys = Object.values(E2E_JOURNEY).map((journey) =>
    placedListing({ slug: journey.slug, zip: journey.zip, name: `Journey ${journey.slug.replace("e2e-journey-", "")} legal aid`, services: [{ taxonomy: [journey.service] }] }),
  );
  return [
    placedListing({ slug: E2E_STAFF_OWN, zip: "97205", name: "Staff Test Own Legal Aid" }),
    placedListing({ slug: E2E_STAFF_OTHER, zip: "97205", name: "Staff Test Other Legal Aid" }),
    placedListing({ slug: E2E_STAFF_SHARED, zip: "97205", name: "Staff Test Shared Legal Aid" }),
    ...journeys,
    ...E2E_AUTHZ_LISTINGS.map((slug) => placedListing({ slug, zip: "97209" })),
  ];
}

/**
 * A short fixture guide, and the project's real guides: the print and
 * offline tests are about how that real content fits on paper and on a phone.
 */
export function e2eMaterials(): KyrMaterialInputDraft[] {
  return [kyrMaterialFixture("e2e-guide", 0), ...readKyrMaterials(new Date())];
}
