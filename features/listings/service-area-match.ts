import "server-only";
import { boundingBox, distanceInMiles, type Point } from "@/features/geo/distance";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { MAX_AREA_RADIUS_MILES } from "./schema";

/** What a place offers for service-area matching. */
export interface AreaPlace extends Point {
  zip: string | null;
  stateCode: string;
  countyFips: string | null;
}

/**
 * Service areas that may cover a place, for an indexed query on
 * (kind, code): the whole country, its state, county and ZIP, and radius
 * areas whose center lies in a box around it (checked exactly afterwards with
 * `coversPlace`).
 */
export function serviceAreaCandidates(place: AreaPlace): Prisma.ServiceAreaWhereInput {
  const box = boundingBox(place, MAX_AREA_RADIUS_MILES);
  const conditions: Prisma.ServiceAreaWhereInput[] = [
    { kind: "nationwide" },
    { kind: "state", code: place.stateCode },
    {
      kind: "radius",
      centerLatitude: { gte: box.minLatitude, lte: box.maxLatitude },
      centerLongitude: { gte: box.minLongitude, lte: box.maxLongitude },
    },
  ];
  if (place.countyFips) conditions.push({ kind: "county", code: place.countyFips });
  if (place.zip) conditions.push({ kind: "zip", code: place.zip });
  return { OR: conditions };
}

export interface AreaRow {
  kind: string;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
}

export function coversPlace(area: AreaRow, place: Point): boolean {
  if (area.kind !== "radius") return true;
  if (area.radiusMiles === null || area.centerLatitude === null || area.centerLongitude === null) return false;
  return distanceInMiles(place, { latitude: area.centerLatitude, longitude: area.centerLongitude }) <= area.radiusMiles;
}

const SPECIFICITY: Record<string, number> = { zip: 0, radius: 1, county: 2, state: 3, nationwide: 4 };

/** Smaller is more local: a ZIP area before a county, a state, the nation. */
export function areaSpecificity(kind: string): number {
  return SPECIFICITY[kind] ?? 5;
}
