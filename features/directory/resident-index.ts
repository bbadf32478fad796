import { boundingBox } from "@/features/geo/distance";
import { decodeSet, gridCell, gridCellsCovering, longitudeStrip, longitudeStripsBetween } from "@/features/listings/search-index";
import type { ServiceAreaKind } from "@/features/listings/schema";
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
  /** The organization's, so the same for all its services. */
  verifiedDay: number;
  services: readonly CandidateService[];
}

/** A service area of one service. */
export interface AreaOfService {
  organizationId: string;
  kind: ServiceAreaKind;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
  verifiedDay: number;
  service: CandidateService;
}

/**
 * Builds the shared pieces of candidates from rows: one copy of each id and
 * language set, and one CandidateService per service and language set.
 */
class CandidateParts {
  private readonly texts = new Map<string, string>();
  private readonly languageSets = new Map<string, readonly string[]>();
  private readonly services = new Map<string, CandidateService>();

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
      service = { serviceId: this.text(row.serviceId), attributes: row.attributes, languages };
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
          verifiedDay: row.verifiedDay,
          services: [this.service(row)],
        });
    }
    return [...byLocation.values()];
  }

  area(row: AreaRow): AreaOfService {
    return {
      organizationId: this.text(row.organizationId),
      kind: row.kind,
      radiusMiles: row.radiusMiles,
      centerLatitude: row.centerLatitude,
      centerLongitude: row.centerLongitude,
      verifiedDay: row.verifiedDay,
      service: this.service(row),
    };
  }
}

/** Candidates' pieces from rows read for one keyword search. */
export function groupRows(offices: OfficeRow[], areas: AreaRow[]): { offices: OfficeGroup[]; areas: AreaOfService[] } {
  const parts = new CandidateParts();
  return { offices: parts.offices(offices), areas: areas.map((row) => parts.area(row)) };
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
  private readonly areas = new Map<string, AreaOfService[]>();
  readonly entryCount: number;

  /** `radiusAreas` holds one row per radius area (the table has one per grid cell it touches); the index files it under each cell. */
  constructor(offices: OfficeRow[], codedAreas: CodedAreaRow[], radiusAreas: AreaRow[]) {
    const parts = new CandidateParts();
    for (const office of parts.offices(offices)) {
      const strip = longitudeStrip(office.longitude);
      const list = this.offices.get(strip) ?? [];
      list.push(office);
      this.offices.set(strip, list);
    }
    for (const list of this.offices.values()) list.sort((a, b) => a.latitude - b.latitude);
    const file = (key: string, area: AreaOfService) => {
      const list = this.areas.get(key) ?? [];
      list.push(area);
      this.areas.set(key, list);
    };
    for (const row of codedAreas) file(areaKey(row.kind, row.areaCode), parts.area(row));
    for (const row of radiusAreas) {
      if (row.radiusMiles === null || row.centerLatitude === null || row.centerLongitude === null) continue;
      const area = parts.area(row);
      for (const cell of gridCellsCovering({ latitude: row.centerLatitude, longitude: row.centerLongitude }, row.radiusMiles)) file(areaKey("radius", cell), area);
    }
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

  /** Areas that may cover the place, verified on or after `oldestDay` (radius areas checked by the caller). */
  areasCovering(place: SearchPlace, oldestDay: number): AreaOfService[] {
    return areaKeysOf(place).flatMap((key) => (this.areas.get(key) ?? []).filter((area) => area.verifiedDay >= oldestDay));
  }
}
