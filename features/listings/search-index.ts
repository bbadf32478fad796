/**
 * The shape of the search index (the SearchEntry table): how a searchable
 * service becomes rows, and the encodings both the writer (mutations.ts) and
 * the reader (features/directory/data.ts) rely on. Isomorphic, no I/O.
 */
import { boundingBox, type Point } from "@/features/geo/distance";
import { COST_KINDS, SAFETY_STATEMENT_KINDS, TAXONOMY, type ServiceAreaKind } from "./schema";
import { encodeKeys, keywordKeys } from "./search-text";

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

/*
 * Office rows are indexed by strips a tenth of a degree of longitude wide
 * (about 5 miles across the United States), then latitude. Truncated toward
 * zero rather than floored so that SQL on both databases computes the same
 * strip (the migration that added it filled it in with a CAST).
 */
const STRIPS_PER_DEGREE = 10;
/** More strips than this (a box near a pole) are not worth listing; the search then scans latitude alone. */
const MAX_STRIPS = 200;

export function longitudeStrip(longitude: number): number {
  // `|| 0` turns -0 (for -0.1 < longitude < 0) into the 0 SQL stores.
  return Math.trunc(longitude * STRIPS_PER_DEGREE) || 0;
}

/** The strips a longitude range touches, or null when there are too many to list. */
export function longitudeStripsBetween(minLongitude: number, maxLongitude: number): number[] | null {
  const first = longitudeStrip(minLongitude);
  const last = longitudeStrip(maxLongitude);
  if (last - first + 1 > MAX_STRIPS) return null;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since 1970-01-01, the index's portable form of a date. */
export function epochDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/*
 * The attribute bit set: one bit per taxonomy term (in TAXONOMY order), then
 * per cost kind, then per safety statement, then whether the service is
 * offered at no office. New terms are appended, so bits keep their meaning;
 * a change of order needs `npm run db:reindex`.
 */
const TAXONOMY_BITS = new Map<string, number>(TAXONOMY.map((term, index) => [term.slug, 1 << index]));
const COST_BITS = new Map<string, number>(COST_KINDS.map((kind, index) => [kind, 1 << (TAXONOMY.length + index)]));
const SAFETY_BITS = new Map<string, number>(
  SAFETY_STATEMENT_KINDS.map((kind, index) => [kind, 1 << (TAXONOMY.length + COST_KINDS.length + index)]),
);
/**
 * A service offered at no office, only in its service areas (a statewide
 * intake line, a phone or video clinic): residents can reach it only by phone
 * or online, so search counts it as help by phone or video (decision 020).
 * Not a safety statement: the organization did not tell us so, and result
 * cards do not list it among what it told us.
 */
const REMOTE_ONLY_BIT = 1 << (TAXONOMY.length + COST_KINDS.length + SAFETY_STATEMENT_KINDS.length);
if (TAXONOMY.length + COST_KINDS.length + SAFETY_STATEMENT_KINDS.length + 1 > 31) throw new Error("The search attribute bit set no longer fits in 31 bits");

export const attributeBit = {
  taxonomy: (slug: string) => TAXONOMY_BITS.get(slug) ?? 0,
  cost: (kind: string) => COST_BITS.get(kind) ?? 0,
  safety: (kind: string) => SAFETY_BITS.get(kind) ?? 0,
  remoteOnly: REMOTE_ONLY_BIT,
};

export function encodeAttributes(taxonomy: string[], costs: string[], safety: string[]): number {
  let bits = 0;
  for (const slug of taxonomy) bits |= attributeBit.taxonomy(slug);
  for (const kind of costs) bits |= attributeBit.cost(kind);
  for (const kind of safety) bits |= attributeBit.safety(kind);
  return bits;
}

const TAXONOMY_ENTRIES = [...TAXONOMY_BITS];
const COST_ENTRIES = [...COST_BITS];
const SAFETY_ENTRIES = [...SAFETY_BITS];

function keysIn(bits: number, entries: [string, number][]): string[] {
  const keys: string[] = [];
  for (const [key, bit] of entries) if ((bits & bit) !== 0) keys.push(key);
  return keys;
}

/** The taxonomy slugs, cost kinds and safety statements in a bit set. Runs for every card of every page. */
export function decodeAttributes(bits: number): { taxonomy: string[]; costs: string[]; safety: string[] } {
  return { taxonomy: keysIn(bits, TAXONOMY_ENTRIES), costs: keysIn(bits, COST_ENTRIES), safety: keysIn(bits, SAFETY_ENTRIES) };
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
  offices: { id: string; latitude: number; longitude: number; languages: string[] }[];
  areas: { kind: ServiceAreaKind; code: string | null; radiusMiles: number | null; centerLatitude: number | null; centerLongitude: number | null }[];
}

export interface SearchEntryRow {
  organizationId: string;
  serviceId: string;
  locationId: string | null;
  latitude: number | null;
  longitude: number | null;
  longitudeStrip: number | null;
  areaKind: ServiceAreaKind | null;
  areaCode: string | null;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
  verifiedDay: number;
  attributes: number;
  languages: string;
}

/** The index rows of one service; none when it was never verified (search shows only verified listings). */
export function searchEntriesOf(service: IndexableService): SearchEntryRow[] {
  if (!service.verifiedAt) return [];
  const shared = {
    organizationId: service.organizationId,
    serviceId: service.id,
    verifiedDay: epochDay(service.verifiedAt),
    attributes: encodeAttributes(service.taxonomy, service.costs, service.safety) | (service.offices.length === 0 ? REMOTE_ONLY_BIT : 0),
  };
  const none = { locationId: null, latitude: null, longitude: null, longitudeStrip: null, areaKind: null, areaCode: null, radiusMiles: null, centerLatitude: null, centerLongitude: null };
  const entries: SearchEntryRow[] = service.offices.map((office) => ({
    ...shared,
    ...none,
    locationId: office.id,
    latitude: office.latitude,
    longitude: office.longitude,
    longitudeStrip: longitudeStrip(office.longitude),
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

/**
 * The keys keyword search finds an organization or a service by (SearchText;
 * features/listings/search-text.ts): those of its names and descriptions in
 * every language. The names of its types of help are matched through the
 * attribute bits instead (features/directory/keyword-match.ts), so they are
 * not repeated for every service.
 */
export interface SearchTextRow {
  /** The organization's or the service's own id. */
  id: string;
  organizationId: string;
  keys: string;
}

export function searchTextOf(id: string, organizationId: string, texts: Iterable<string>): SearchTextRow {
  return { id, organizationId, keys: encodeKeys(keywordKeys(texts)) };
}
