import { boundingBox } from "@/features/geo/distance";
import { gridCell, gridCellsCovering, longitudeStrip, longitudeStripsBetween } from "@/features/listings/search-index";
import type { ServiceAreaKind } from "@/features/listings/schema";
import type { SearchPlace } from "./places";

/*
 * The search index (SearchEntry) held in each server process, for searches
 * without keywords (nearly all of them). The database reads a dense area's
 * thousands of index rows in milliseconds; this reads them in microseconds,
 * so a search's cost no longer grows with the number of listings around the
 * place. No I/O here: features/directory/data.ts loads the rows and drops the
 * index, like every other cache, when the data version moves.
 *
 * Keyword searches still go to the database, so the listings' texts stay out
 * of memory.
 */

/** What a search needs of a service's index row, wherever it was read from. */
export interface IndexedService {
  serviceId: string;
  organizationId: string;
  attributes: number;
  /** "|code|code|" as stored. */
  languages: string;
  verifiedDay: number;
}

export interface OfficeEntry extends IndexedService {
  locationId: string;
  latitude: number;
  longitude: number;
}

export interface AreaEntry extends IndexedService {
  kind: ServiceAreaKind;
  /** A state, county FIPS or ZIP code, or "US"; null for a radius area, which is filed under the grid cells it touches. */
  areaCode: string | null;
  radiusMiles: number | null;
  centerLatitude: number | null;
  centerLongitude: number | null;
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
function firstAtOrAbove(offices: OfficeEntry[], latitude: number): number {
  let low = 0;
  let high = offices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offices[middle] as OfficeEntry).latitude < latitude) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class ResidentSearchIndex {
  /** Office rows by longitude strip, each list sorted by latitude. */
  private readonly offices = new Map<number, OfficeEntry[]>();
  private readonly areas = new Map<string, AreaEntry[]>();
  readonly entryCount: number;

  /** `areas` holds one row per area (the table has one per grid cell of a radius area). */
  constructor(offices: OfficeEntry[], areas: AreaEntry[]) {
    // Rows repeat the same ids and language sets; one copy of each keeps the index small.
    const shared = new Map<string, string>();
    const share = (text: string) => {
      const known = shared.get(text);
      if (known !== undefined) return known;
      shared.set(text, text);
      return text;
    };
    const compact = <Entry extends IndexedService>(entry: Entry): Entry => ({
      ...entry,
      serviceId: share(entry.serviceId),
      organizationId: share(entry.organizationId),
      languages: share(entry.languages),
    });
    for (const office of offices) {
      const strip = longitudeStrip(office.longitude);
      const list = this.offices.get(strip) ?? [];
      list.push({ ...compact(office), locationId: share(office.locationId) });
      this.offices.set(strip, list);
    }
    for (const list of this.offices.values()) list.sort((a, b) => a.latitude - b.latitude);
    const file = (key: string, area: AreaEntry) => {
      const list = this.areas.get(key) ?? [];
      list.push(area);
      this.areas.set(key, list);
    };
    for (const area of areas) {
      const entry = compact(area);
      if (area.kind !== "radius") {
        if (area.areaCode !== null) file(areaKey(area.kind, area.areaCode), entry);
      } else if (area.radiusMiles !== null && area.centerLatitude !== null && area.centerLongitude !== null) {
        for (const cell of gridCellsCovering({ latitude: area.centerLatitude, longitude: area.centerLongitude }, area.radiusMiles)) file(areaKey("radius", cell), entry);
      }
    }
    this.entryCount = offices.length + areas.length;
  }

  /** Office rows inside the bounding box of the radius, verified on or after `oldestDay` (distance checked by the caller). */
  officesNear(place: SearchPlace, radius: number, oldestDay: number): OfficeEntry[] {
    const box = boundingBox(place, radius);
    const strips = longitudeStripsBetween(box.minLongitude, box.maxLongitude) ?? [...this.offices.keys()];
    const found: OfficeEntry[] = [];
    for (const strip of strips) {
      const list = this.offices.get(strip);
      if (!list) continue;
      for (let index = firstAtOrAbove(list, box.minLatitude); index < list.length; index++) {
        const office = list[index] as OfficeEntry;
        if (office.latitude > box.maxLatitude) break;
        if (office.longitude >= box.minLongitude && office.longitude <= box.maxLongitude && office.verifiedDay >= oldestDay) found.push(office);
      }
    }
    return found;
  }

  /** Area rows that may cover the place, verified on or after `oldestDay` (radius areas checked by the caller). */
  areasCovering(place: SearchPlace, oldestDay: number): AreaEntry[] {
    return areaKeysOf(place).flatMap((key) => (this.areas.get(key) ?? []).filter((area) => area.verifiedDay >= oldestDay));
  }
}
