import { boundingBox, PACKED_CIRCLE_SIZE, packCircle, packedCircleContains, prepareCircle, preparePoint, type PreparedCircle, type PreparedPoint } from "@/features/geo/distance";
import { decodeSet, gridCell, gridCellsCovering, longitudeStrip, longitudeStripsBetween } from "@/features/listings/search-index";
import type { ServiceAreaKind } from "@/features/listings/schema";
import { areaSpecificity } from "@/features/listings/service-area-match";
import type { SearchPlace } from "./places";

/*
 * The search index (SearchEntry) held in each server process, for searches
 * without keywords (nearly all of them). The database reads a dense area's
 * thousands of index rows in milliseconds; this finds them in microseconds,
 * so a search's cost no longer grows with the number of listings around the
 * place. No I/O here: features/directory/data.ts loads the rows and drops the
 * index, like every other cache, when the data version moves.
 *
 * Keyword searches still go to the database, so the listings' texts stay out
 * of memory; their rows are grouped with the same functions.
 */

/** An index row as read from the database. */
export interface IndexRow {
  serviceId: string;
  organizationId: string;
  attributes: number;
  /** "|code|code|" as stored. */
  languages: string;
  verifiedDay: number;
}

export interface OfficeRow extends IndexRow {
  locationId: string;
  latitude: number;
  longitude: number;
}

export interface AreaRow extends IndexRow {
  kind: ServiceAreaKind;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
}

/** A nationwide, state, county or ZIP area row, with its code ("US", a state, county FIPS or ZIP code). */
export interface CodedAreaRow extends AreaRow {
  areaCode: string;
}

/** A service as search filters and counts it. Shared between searches: never mutated. */
export interface CandidateService {
  serviceId: string;
  /** The service's number among the services of its rows, from 0: grouping marks services in arrays (SlotMarks) rather than hashing ids. */
  slot: number;
  /** Taxonomy, cost and safety bits (features/listings/search-index.ts). */
  attributes: number;
  languages: readonly string[];
}

/** An office with the services offered there. */
export interface OfficeGroup {
  locationId: string;
  organizationId: string;
  latitude: number;
  longitude: number;
  /** The same point, ready for distance checks. */
  position: PreparedPoint;
  /** The organization's, so the same for all its services. */
  verifiedDay: number;
  services: readonly CandidateService[];
}

/** A service area of one service. */
interface AreaOfService {
  organizationId: string;
  /** The organization's number among the organizations of its rows' areas, from 0 in id order: its slot (like CandidateService.slot) and its rank. */
  organizationSlot: number;
  /** How local the area is (areaSpecificity): smaller is more local. */
  specificity: number;
  /** A radius area's circle; null for the other kinds, which cover every place filed under their code. */
  circle: PreparedCircle | null;
  verifiedDay: number;
  service: CandidateService;
}

/**
 * Service areas (of one key of the index, or of one keyword search) held
 * column by column in typed arrays: a first search at 100,000 organizations
 * goes through about 1,400 of them, and arrays read in order cost a
 * fraction of as many objects scattered over the heap (and take less of it).
 */
export class AreaList {
  readonly size: number;
  private readonly services: readonly CandidateService[];
  private readonly organizationIds: readonly string[];
  private readonly serviceSlots: Int32Array;
  private readonly organizationSlots: Int32Array;
  private readonly specificities: Uint8Array;
  private readonly verifiedDays: Int32Array;
  /** PACKED_CIRCLE_SIZE numbers per area: its circle if a radius area, NaN otherwise. */
  private readonly circles: Float64Array;

  constructor(areas: readonly AreaOfService[]) {
    this.size = areas.length;
    this.services = areas.map((area) => area.service);
    this.organizationIds = areas.map((area) => area.organizationId);
    this.serviceSlots = Int32Array.from(areas, (area) => area.service.slot);
    this.organizationSlots = Int32Array.from(areas, (area) => area.organizationSlot);
    this.specificities = Uint8Array.from(areas, (area) => area.specificity);
    this.verifiedDays = Int32Array.from(areas, (area) => area.verifiedDay);
    this.circles = new Float64Array(areas.length * PACKED_CIRCLE_SIZE).fill(NaN);
    areas.forEach((area, index) => {
      if (area.circle) packCircle(area.circle, this.circles, index * PACKED_CIRCLE_SIZE);
    });
  }

  service(index: number): CandidateService {
    return this.services[index] as CandidateService;
  }

  serviceSlot(index: number): number {
    return this.serviceSlots[index] as number;
  }

  organizationId(index: number): string {
    return this.organizationIds[index] as string;
  }

  organizationSlot(index: number): number {
    return this.organizationSlots[index] as number;
  }

  specificity(index: number): number {
    return this.specificities[index] as number;
  }

  verifiedDay(index: number): number {
    return this.verifiedDays[index] as number;
  }

  /** Whether the area covers the point: always for areas by code (the index filed them under the place's codes), by distance for radius areas. */
  covers(index: number, point: PreparedPoint): boolean {
    const offset = index * PACKED_CIRCLE_SIZE;
    return Number.isNaN(this.circles[offset]) || packedCircleContains(this.circles, offset, point);
  }
}

/**
 * Numbers kept per slot (of a service or an organization) while one search
 * groups its candidates (features/directory/data.ts), instead of maps keyed
 * by id. One set serves every search on the same rows:
 * grouping runs from start to end without awaiting, so only one search holds
 * it at a time, and moving to a new generation forgets every mark at once
 * instead of clearing or allocating arrays the size of the index.
 */
export class SlotMarks {
  private readonly generations: Int32Array;
  private readonly values: Int32Array;
  private generation = 0;

  constructor(readonly slotCount: number) {
    this.generations = new Int32Array(slotCount);
    this.values = new Int32Array(slotCount);
  }

  /** Forgets every mark; call before each search's grouping. */
  reset(): void {
    if (this.generation === 0x7fffffff) {
      this.generations.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  /** The slot's mark in this generation, or -1 if none (marks are never negative). */
  get(slot: number): number {
    return this.generations[slot] === this.generation ? (this.values[slot] as number) : -1;
  }

  set(slot: number, mark: number): void {
    this.generations[slot] = this.generation;
    this.values[slot] = mark;
  }
}

export interface GroupingMarks {
  services: SlotMarks;
  organizations: SlotMarks;
}

/** Candidates' pieces around a place, with the marks for grouping them. */
export interface CandidateRows {
  offices: OfficeGroup[];
  /** Areas that may cover the place, in one list or several; the caller checks coverage and verification. */
  areaLists: readonly AreaList[];
  marks: GroupingMarks;
}

/**
 * Builds the shared pieces of candidates from rows: one copy of each id and
 * language set, and one CandidateService per service and language set.
 */
class CandidateParts {
  private readonly texts = new Map<string, string>();
  private readonly languageSets = new Map<string, readonly string[]>();
  private readonly services = new Map<string, CandidateService>();
  private readonly serviceSlots = new Map<string, number>();
  private readonly organizationSlots: Map<string, number>;

  /** `areaRows`: every area row the parts will be asked for, to number their organizations in id order. */
  constructor(areaRows: readonly (readonly AreaRow[])[]) {
    const organizationIds = new Set<string>();
    for (const rows of areaRows) for (const row of rows) organizationIds.add(row.organizationId);
    this.organizationSlots = new Map([...organizationIds].sort().map((id, slot) => [id, slot]));
  }

  marks(): GroupingMarks {
    return { services: new SlotMarks(this.serviceSlots.size), organizations: new SlotMarks(this.organizationSlots.size) };
  }

  text(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    this.texts.set(value, value);
    return value;
  }

  service(row: IndexRow): CandidateService {
    const key = `${row.serviceId}|${row.attributes}|${row.languages}`;
    let service = this.services.get(key);
    if (!service) {
      let languages = this.languageSets.get(row.languages);
      if (!languages) {
        languages = decodeSet(row.languages);
        this.languageSets.set(row.languages, languages);
      }
      let slot = this.serviceSlots.get(row.serviceId);
      if (slot === undefined) {
        slot = this.serviceSlots.size;
        this.serviceSlots.set(row.serviceId, slot);
      }
      service = { serviceId: this.text(row.serviceId), slot, attributes: row.attributes, languages };
      this.services.set(key, service);
    }
    return service;
  }

  offices(rows: OfficeRow[]): OfficeGroup[] {
    const byLocation = new Map<string, OfficeGroup & { services: CandidateService[] }>();
    for (const row of rows) {
      const office = byLocation.get(row.locationId);
      if (office) office.services.push(this.service(row));
      else
        byLocation.set(row.locationId, {
          locationId: this.text(row.locationId),
          organizationId: this.text(row.organizationId),
          latitude: row.latitude,
          longitude: row.longitude,
          position: preparePoint(row),
          verifiedDay: row.verifiedDay,
          services: [this.service(row)],
        });
    }
    return [...byLocation.values()];
  }

  /** The area, or null for a radius row without its circle (none are stored so; such a row covers nothing). */
  area(row: AreaRow): AreaOfService | null {
    let circle: PreparedCircle | null = null;
    if (row.kind === "radius") {
      if (row.radiusMiles === null || row.centerLatitude === null || row.centerLongitude === null) return null;
      circle = prepareCircle({ latitude: row.centerLatitude, longitude: row.centerLongitude }, row.radiusMiles);
    }
    return {
      organizationId: this.text(row.organizationId),
      organizationSlot: this.organizationSlots.get(row.organizationId) ?? 0,
      specificity: areaSpecificity(row.kind),
      circle,
      verifiedDay: row.verifiedDay,
      service: this.service(row),
    };
  }
}

/** Candidates' pieces from rows read for one keyword search. */
export function groupRows(offices: OfficeRow[], areas: AreaRow[]): CandidateRows {
  const parts = new CandidateParts([areas]);
  const groupedOffices = parts.offices(offices);
  const groupedAreas = new AreaList(areas.flatMap((row) => parts.area(row) ?? []));
  return { offices: groupedOffices, areaLists: [groupedAreas], marks: parts.marks() };
}

function areaKey(kind: ServiceAreaKind, code: string): string {
  return `${kind}:${code}`;
}

/** The area keys that may cover a place, as the database query asks for them. */
function areaKeysOf(place: SearchPlace): string[] {
  return [
    areaKey("nationwide", "US"),
    areaKey("state", place.stateCode),
    areaKey("radius", gridCell(place)),
    ...(place.countyFips ? [areaKey("county", place.countyFips)] : []),
    ...(place.zip ? [areaKey("zip", place.zip)] : []),
  ];
}

/** First index whose latitude is at least `latitude`, in a list sorted by latitude. */
function firstAtOrAbove(offices: OfficeGroup[], latitude: number): number {
  let low = 0;
  let high = offices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offices[middle] as OfficeGroup).latitude < latitude) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class ResidentSearchIndex {
  /** Offices by longitude strip, each list sorted by latitude. */
  private readonly offices = new Map<number, OfficeGroup[]>();
  private readonly areas = new Map<string, AreaList>();
  /** Shared by this index's searches; see SlotMarks. */
  readonly marks: GroupingMarks;
  readonly entryCount: number;

  /** `radiusAreas` holds one row per radius area (the table has one per grid cell it touches); the index files it under each cell. */
  constructor(offices: OfficeRow[], codedAreas: CodedAreaRow[], radiusAreas: AreaRow[]) {
    const parts = new CandidateParts([codedAreas, radiusAreas]);
    for (const office of parts.offices(offices)) {
      const strip = longitudeStrip(office.longitude);
      const list = this.offices.get(strip) ?? [];
      list.push(office);
      this.offices.set(strip, list);
    }
    for (const list of this.offices.values()) list.sort((a, b) => a.latitude - b.latitude);
    const filed = new Map<string, AreaOfService[]>();
    const file = (key: string, area: AreaOfService) => {
      const list = filed.get(key) ?? [];
      list.push(area);
      filed.set(key, list);
    };
    for (const row of codedAreas) {
      const area = parts.area(row);
      if (area) file(areaKey(row.kind, row.areaCode), area);
    }
    for (const row of radiusAreas) {
      const area = parts.area(row);
      if (!area || row.radiusMiles === null || row.centerLatitude === null || row.centerLongitude === null) continue;
      for (const cell of gridCellsCovering({ latitude: row.centerLatitude, longitude: row.centerLongitude }, row.radiusMiles)) file(areaKey("radius", cell), area);
    }
    for (const [key, areas] of filed) this.areas.set(key, new AreaList(areas));
    this.marks = parts.marks();
    this.entryCount = offices.length + codedAreas.length + radiusAreas.length;
  }

  /** Offices inside the bounding box of the radius, verified on or after `oldestDay` (distance checked by the caller). */
  officesNear(place: SearchPlace, radius: number, oldestDay: number): OfficeGroup[] {
    const box = boundingBox(place, radius);
    const strips = longitudeStripsBetween(box.minLongitude, box.maxLongitude) ?? [...this.offices.keys()];
    const found: OfficeGroup[] = [];
    for (const strip of strips) {
      const list = this.offices.get(strip);
      if (!list) continue;
      for (let index = firstAtOrAbove(list, box.minLatitude); index < list.length; index++) {
        const office = list[index] as OfficeGroup;
        if (office.latitude > box.maxLatitude) break;
        if (office.longitude >= box.minLongitude && office.longitude <= box.maxLongitude && office.verifiedDay >= oldestDay) found.push(office);
      }
    }
    return found;
  }

  /** The index's own lists of the areas that may cover the place (not copied: the caller checks radius areas and verification). */
  areasCovering(place: SearchPlace): readonly AreaList[] {
    const lists: AreaList[] = [];
    for (const key of areaKeysOf(place)) {
      const list = this.areas.get(key);
      if (list) lists.push(list);
    }
    return lists;
  }
}
