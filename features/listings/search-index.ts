/**
 * The shape of the search index (the SearchEntry table): how a searchable
 * service becomes rows, and the encodings both the writer (mutations.ts) and
 * the reader (features/directory/data.ts) rely on. Isomorphic, no I/O.
 */
import { boundingBox, type Point } from "@/features/geo/distance";
import type { ServiceAreaKind } from "./schema";
import { normalizeSearchText } from "./search-text";

/** Radius service areas are indexed by the one-degree grid cells they touch. */
const GRID_DEGREES = 1;

export function gridCell(point: Point): string {
  return `${Math.floor(point.latitude / GRID_DEGREES)}:${Math.floor(point.longitude / GRID_DEGREES)}`;
}

export function gridCellsCovering(center: Point, radiusMiles: number): string[] {
  const box = boundingBox(center, radiusMiles);
  const cells: string[] = [];
  for (let row = Math.floor(box.minLatitude / GRID_DEGREES); row <= Math.floor(box.maxLatitude / GRID_DEGREES); row++) {
    for (let column = Math.floor(box.minLongitude / GRID_DEGREES); column <= Math.floor(box.maxLongitude / GRID_DEGREES); column++) {
      cells.push(`${row}:${column}`);
    }
  }
  return cells;
}

/** "|a|b|": a set in one text column, matched with `includes("|a|")`. */
export function encodeSet(values: Iterable<string>): string {
  const unique = [...new Set(values)].sort();
  return unique.length === 0 ? "|" : `|${unique.join("|")}|`;
}

export function decodeSet(encoded: string): string[] {
  return encoded.split("|").filter(Boolean);
}

export interface IndexableService {
  id: string;
  organizationId: string;
  verifiedAt: Date | null;
  taxonomy: string[];
  languages: string[];
  costs: string[];
  safety: string[];
  /** Every text the keyword search should find it by, in any language. */
  texts: string[];
  offices: { id: string; latitude: number; longitude: number; languages: string[] }[];
  areas: { kind: ServiceAreaKind; code: string | null; radiusMiles: number | null; centerLatitude: number | null; centerLongitude: number | null }[];
}

export interface SearchEntryRow {
  organizationId: string;
  serviceId: string;
  locationId: string | null;
  latitude: number | null;
  longitude: number | null;
  areaKind: ServiceAreaKind | null;
  areaCode: string | null;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
  verifiedAt: Date | null;
  taxonomy: string;
  languages: string;
  costs: string;
  safety: string;
  searchText: string;
}

export function searchEntriesOf(service: IndexableService): SearchEntryRow[] {
  const shared = {
    organizationId: service.organizationId,
    serviceId: service.id,
    verifiedAt: service.verifiedAt,
    taxonomy: encodeSet(service.taxonomy),
    costs: encodeSet(service.costs),
    safety: encodeSet(service.safety),
    searchText: normalizeSearchText(service.texts.join(" ")),
  };
  const none = { locationId: null, latitude: null, longitude: null, areaKind: null, areaCode: null, radiusMiles: null, centerLatitude: null, centerLongitude: null };
  const entries: SearchEntryRow[] = service.offices.map((office) => ({
    ...shared,
    ...none,
    locationId: office.id,
    latitude: office.latitude,
    longitude: office.longitude,
    languages: encodeSet([...service.languages, ...office.languages]),
  }));
  for (const area of service.areas) {
    const base = { ...shared, ...none, languages: encodeSet(service.languages), areaKind: area.kind };
    if (area.kind === "radius") {
      if (area.radiusMiles === null || area.centerLatitude === null || area.centerLongitude === null) continue;
      const center = { latitude: area.centerLatitude, longitude: area.centerLongitude };
      for (const cell of gridCellsCovering(center, area.radiusMiles)) {
        entries.push({ ...base, areaCode: cell, radiusMiles: area.radiusMiles, centerLatitude: center.latitude, centerLongitude: center.longitude });
      }
    } else {
      entries.push({ ...base, areaCode: area.kind === "nationwide" ? "US" : area.code });
    }
  }
  return entries;
}
