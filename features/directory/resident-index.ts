import { boundingBox, PACKED_CIRCLE_SIZE, packCircle, packedCircleContains, prepareCircle, preparePoint, type PreparedCircle, type PreparedPoint } from "@/features/geo/distance";
import { decodeSet, gridCell, gridCellsCovering, longitudeStrip, longitudeStripsBetween, type SearchTextRow } from "@/features/listings/search-index";
import { decodeKeys, hasKeyStartingWith } from "@/features/listings/search-text";
import type { ServiceAreaKind } from "@/features/listings/schema";
import { areaSpecificity } from "@/features/listings/service-area-match";
import type { QueryKey } from "./keyword-query";
import type { SearchPlace } from "./places";

/*
 * The search index (SearchEntry) held in each server process. The database
 * reads a dense area's thousands of index rows in milliseconds; this finds
 * them in microseconds, so a search's cost no longer grows with the number of
 * listings around the place. No I/O here: features/directory/data.ts loads
 * the rows, and patches the index when the data version moves (decision 014).
 *
 * Keyword searches use it too (decision 020): it holds the keyword keys of
 * every organization and service (SearchText), sorted, and a keyword search
 * keeps the candidates around the place whose keys start with the query's.
 * Its cost follows the candidates around the place, like any search, not the
 * number of listings.
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
  /** The organization's slot (see CandidateParts), so a patch finds an organization's offices without comparing ids. */
  organizationSlot: number;
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
  /** The organization's number, from 0 (like CandidateService.slot); its place in id order is its rank (OrganizationRanks). */
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

  constructor(areas: readonly AreaOfService[], kept?: { list: AreaList; indexes: readonly number[] }) {
    const keptCount = kept?.indexes.length ?? 0;
    this.size = keptCount + areas.length;
    this.services = [...(kept ? kept.indexes.map((index) => kept.list.service(index)) : []), ...areas.map((area) => area.service)];
    this.organizationIds = [...(kept ? kept.indexes.map((index) => kept.list.organizationId(index)) : []), ...areas.map((area) => area.organizationId)];
    this.serviceSlots = new Int32Array(this.size);
    this.organizationSlots = new Int32Array(this.size);
    this.specificities = new Uint8Array(this.size);
    this.verifiedDays = new Int32Array(this.size);
    this.circles = new Float64Array(this.size * PACKED_CIRCLE_SIZE).fill(NaN);
    kept?.indexes.forEach((from, to) => {
      this.serviceSlots[to] = kept.list.serviceSlots[from] as number;
      this.organizationSlots[to] = kept.list.organizationSlots[from] as number;
      this.specificities[to] = kept.list.specificities[from] as number;
      this.verifiedDays[to] = kept.list.verifiedDays[from] as number;
      this.circles.set(kept.list.circles.subarray(from * PACKED_CIRCLE_SIZE, (from + 1) * PACKED_CIRCLE_SIZE), to * PACKED_CIRCLE_SIZE);
    });
    areas.forEach((area, offset) => {
      const index = keptCount + offset;
      this.serviceSlots[index] = area.service.slot;
      this.organizationSlots[index] = area.organizationSlot;
      this.specificities[index] = area.specificity;
      this.verifiedDays[index] = area.verifiedDay;
      if (area.circle) packCircle(area.circle, this.circles, index * PACKED_CIRCLE_SIZE);
    });
  }

  /** This list without the areas of the flagged organizations, and with `added` appended; null when nothing is left. */
  patched(removedOrganizations: Uint8Array, added: readonly AreaOfService[]): AreaList | null {
    const keep: number[] = [];
    for (let index = 0; index < this.size; index++) if (removedOrganizations[this.organizationSlots[index] as number] !== 1) keep.push(index);
    if (keep.length === 0 && added.length === 0) return null;
    return new AreaList(added, { list: this, indexes: keep });
  }

  /** Whether any area of the list belongs to a flagged organization. */
  hasOrganizationIn(flags: Uint8Array): boolean {
    for (let index = 0; index < this.size; index++) if (flags[this.organizationSlots[index] as number] === 1) return true;
    return false;
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

  /** `capacity`: the slots it can mark; a patched index with more slots makes larger marks (see ResidentSearchIndex). */
  constructor(readonly capacity: number) {
    this.generations = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
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

/**
 * Organizations in id order, for ranking area-only results: an
 * organization's rank is its place among all slotted organizations' ids.
 * Slots are handed out as organizations arrive (a patch appends), ranks are
 * recomputed when one does.
 */
export interface OrganizationRanks {
  /** Rank by slot. */
  rankOf: Int32Array;
  /** Slot by rank. */
  slotOf: Int32Array;
}

/** Candidates' pieces around a place, with the marks for grouping them. */
export interface CandidateRows {
  offices: OfficeGroup[];
  /** Areas that may cover the place, in one list or several; the caller checks coverage and verification. */
  areaLists: readonly AreaList[];
  marks: GroupingMarks;
  ranks: OrganizationRanks;
  /** For a keyword search: which services match it (the caller asks). */
  keywords: KeywordFilter | null;
}

/** The first two letters of a key (of two letters or more) as one of 32 bits. */
function pairBit(key: string): number {
  return 1 << (Math.imul((key.charCodeAt(0) << 16) | key.charCodeAt(1), 0x9e3779b1) >>> 27);
}

/**
 * One organization's or service's keyword keys, sorted, with the bits of
 * their first two letters: a query key whose bit is missing starts none of
 * them, which most candidates show with one test instead of a binary search.
 */
export class KeyList {
  readonly pairs: number;

  constructor(readonly keys: readonly string[]) {
    let pairs = 0;
    for (const key of keys) if (key.length > 1) pairs |= pairBit(key);
    this.pairs = pairs;
  }

  /** Whether a key starts with `prefix`; `bit` is pairBit(prefix), or 0 for a prefix of one letter (not checked). */
  hasKeyStartingWith(prefix: string, bit: number): boolean {
    if (bit !== 0 && (this.pairs & bit) === 0) return false;
    return hasKeyStartingWith(this.keys, prefix);
  }
}

/** Keyword keys by slot (of an organization or a service). */
type KeysBySlot = readonly (KeyList | undefined)[];
const NO_KEYS = new KeyList([]);

/**
 * The services matching one keyword search: for every key of the query, the
 * service's type of help is named by a word it starts (its taxonomy bits),
 * or one of the keys of the service or of its organization starts with it.
 */
export class KeywordFilter {
  private readonly pairBits: number[];

  constructor(
    private readonly query: readonly QueryKey[],
    private readonly organizationKeys: KeysBySlot,
    private readonly serviceKeys: KeysBySlot,
  ) {
    this.pairBits = query.map(({ key }) => (key.length > 1 ? pairBit(key) : 0));
  }

  matches(service: CandidateService, organizationSlot: number): boolean {
    for (let index = 0; index < this.query.length; index++) {
      const { key, taxonomyBits } = this.query[index] as QueryKey;
      if ((service.attributes & taxonomyBits) !== 0) continue;
      const bit = this.pairBits[index] as number;
      if ((this.serviceKeys[service.slot] ?? NO_KEYS).hasKeyStartingWith(key, bit)) continue;
      if ((this.organizationKeys[organizationSlot] ?? NO_KEYS).hasKeyStartingWith(key, bit)) continue;
      return false;
    }
    return true;
  }

  /** The services of an office that match: the office's own list when all do (no copy). */
  servicesMatching(services: readonly CandidateService[], organizationSlot: number): readonly CandidateService[] {
    let matching = 0;
    for (const service of services) if (this.matches(service, organizationSlot)) matching++;
    if (matching === services.length) return services;
    return matching === 0 ? NO_SERVICES : services.filter((service) => this.matches(service, organizationSlot));
  }
}
const NO_SERVICES: readonly CandidateService[] = Object.freeze([]);

function ranksInIdOrder(organizationIds: readonly string[]): OrganizationRanks {
  const slotOf = Int32Array.from(organizationIds.keys());
  slotOf.sort((a, b) => {
    const left = organizationIds[a] as string;
    const right = organizationIds[b] as string;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const rankOf = new Int32Array(organizationIds.length);
  slotOf.forEach((slot, rank) => (rankOf[slot] = rank));
  return { rankOf, slotOf };
}

/**
 * Builds the shared pieces of candidates from rows: one copy of each id and
 * language set, one CandidateService per service and language set, and the
 * slot numbers of services and organizations. A resident index keeps its
 * parts, and a patch adds to them (what the previous index holds stays valid:
 * nothing is ever renumbered, only appended).
 */
class CandidateParts {
  private readonly texts = new Map<string, string>();
  /** Every keyword key once, shared by the lists that hold it. */
  private readonly vocabulary = new Map<string, string>();
  private readonly languageSets = new Map<string, readonly string[]>();
  private readonly services = new Map<string, CandidateService>();
  private readonly serviceSlots = new Map<string, number>();
  private readonly organizationSlots = new Map<string, number>();
  /** Organization ids by slot. */
  private readonly organizationIds: string[] = [];

  /** Numbers the organizations of `organizationIds` (in id order, so that their first ranks are their slots). */
  constructor(organizationIds: Iterable<string>) {
    for (const id of [...new Set(organizationIds)].sort()) this.organizationSlot(id);
  }

  get serviceCount(): number {
    return this.serviceSlots.size;
  }

  get organizationCount(): number {
    return this.organizationIds.length;
  }

  ranks(): OrganizationRanks {
    return ranksInIdOrder(this.organizationIds);
  }

  text(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    this.texts.set(value, value);
    return value;
  }

  /** The organization's slot, handing out the next one to an organization seen for the first time. */
  organizationSlot(organizationId: string): number {
    let slot = this.organizationSlots.get(organizationId);
    if (slot === undefined) {
      slot = this.organizationIds.length;
      this.organizationSlots.set(organizationId, slot);
      this.organizationIds.push(this.text(organizationId));
    }
    return slot;
  }

  /** The slot of a known organization, or -1. */
  knownOrganizationSlot(organizationId: string): number {
    return this.organizationSlots.get(organizationId) ?? -1;
  }

  /** The slot of a known service, or -1. */
  knownServiceSlot(serviceId: string): number {
    return this.serviceSlots.get(serviceId) ?? -1;
  }

  /** Keyword keys as stored ("key key", sorted), each string held once across the index. */
  keys(encoded: string): KeyList {
    const keys = decodeKeys(encoded);
    if (keys.length === 0) return NO_KEYS;
    let sorted = true;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      let shared = this.vocabulary.get(key);
      if (shared === undefined) {
        shared = key;
        this.vocabulary.set(key, key);
      }
      keys[index] = shared;
      if (index > 0 && (keys[index - 1] as string) > shared) sorted = false;
    }
    // Matching needs them sorted as `<` compares; the writer sorts them so, this guards older rows.
    return new KeyList(sorted ? keys : keys.sort());
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
          organizationSlot: this.organizationSlot(row.organizationId),
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
      organizationSlot: this.organizationSlot(row.organizationId),
      specificity: areaSpecificity(row.kind),
      circle,
      verifiedDay: row.verifiedDay,
      service: this.service(row),
    };
  }
}

function marksFor(parts: CandidateParts, headroom: number): GroupingMarks {
  return {
    services: new SlotMarks(Math.ceil(parts.serviceCount * headroom)),
    organizations: new SlotMarks(Math.ceil(parts.organizationCount * headroom)),
  };
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

/** Index rows of some organizations: offices, areas by code, each radius area once, and their keyword keys. */
export interface IndexRows {
  offices: OfficeRow[];
  codedAreas: CodedAreaRow[];
  radiusAreas: AreaRow[];
  texts: SearchTextRow[];
}

/**
 * Puts the keyword keys of `rows` into the lists by slot (organization rows
 * carry the organization's own id). Keys of services no index row names are
 * left out: search never meets them.
 */
function fileKeys(parts: CandidateParts, rows: readonly SearchTextRow[], organizationKeys: (KeyList | undefined)[], serviceKeys: (KeyList | undefined)[]): void {
  for (const row of rows) {
    if (row.id === row.organizationId) {
      const slot = parts.knownOrganizationSlot(row.id);
      if (slot !== -1) organizationKeys[slot] = parts.keys(row.keys);
    } else {
      const slot = parts.knownServiceSlot(row.id);
      if (slot !== -1) serviceKeys[slot] = parts.keys(row.keys);
    }
  }
}

/** Files each area under every key a search may look it up by. */
function fileAreas(parts: CandidateParts, rows: Pick<IndexRows, "codedAreas" | "radiusAreas">): Map<string, AreaOfService[]> {
  const filed = new Map<string, AreaOfService[]>();
  const file = (key: string, area: AreaOfService) => {
    const list = filed.get(key);
    if (list) list.push(area);
    else filed.set(key, [area]);
  };
  for (const row of rows.codedAreas) {
    const area = parts.area(row);
    if (area) file(areaKey(row.kind, row.areaCode), area);
  }
  for (const row of rows.radiusAreas) {
    const area = parts.area(row);
    if (!area || row.radiusMiles === null || row.centerLatitude === null || row.centerLongitude === null) continue;
    for (const cell of gridCellsCovering({ latitude: row.centerLatitude, longitude: row.centerLongitude }, row.radiusMiles)) file(areaKey("radius", cell), area);
  }
  return filed;
}

function fileOffices(offices: readonly OfficeGroup[]): Map<number, OfficeGroup[]> {
  const byStrip = new Map<number, OfficeGroup[]>();
  for (const office of offices) {
    const strip = longitudeStrip(office.longitude);
    const list = byStrip.get(strip);
    if (list) list.push(office);
    else byStrip.set(strip, [office]);
  }
  return byStrip;
}

function byLatitude(a: OfficeGroup, b: OfficeGroup): number {
  return a.latitude - b.latitude;
}

/** Slack in new marks, so that the patches after a load rarely need larger ones. */
const MARK_HEADROOM = 1.25;

/**
 * The search index of one process. Immutable once built: a publish yields a
 * new index through `withOrganizationsReplaced`, which shares every office
 * strip and area list the changed organizations do not touch, so searches go
 * on with the previous index until the next is ready.
 */
export class ResidentSearchIndex {
  private constructor(
    private readonly parts: CandidateParts,
    /** Offices by longitude strip, each list sorted by latitude. */
    private readonly offices: ReadonlyMap<number, OfficeGroup[]>,
    private readonly areas: ReadonlyMap<string, AreaList>,
    /** Keyword keys by organization slot and by service slot. */
    private readonly organizationKeys: KeysBySlot,
    private readonly serviceKeys: KeysBySlot,
    /** Shared by this index's searches (and its patches', while they have room); see SlotMarks. */
    readonly marks: GroupingMarks,
    readonly ranks: OrganizationRanks,
    /** Offices and filed areas (a radius area counts once per grid cell it is filed under). */
    readonly entryCount: number,
    /** Organizations replaced by patches since the index was loaded whole: what the parts hold that no search uses any more. */
    readonly patchedOrganizations: number,
  ) {}

  static build(rows: IndexRows): ResidentSearchIndex {
    const parts = new CandidateParts([...rows.offices, ...rows.codedAreas, ...rows.radiusAreas].map((row) => row.organizationId));
    const offices = fileOffices(parts.offices(rows.offices));
    for (const list of offices.values()) list.sort(byLatitude);
    const areas = new Map<string, AreaList>();
    let entryCount = 0;
    for (const list of offices.values()) entryCount += list.length;
    for (const [key, filed] of fileAreas(parts, rows)) {
      areas.set(key, new AreaList(filed));
      entryCount += filed.length;
    }
    const organizationKeys = new Array<KeyList | undefined>(parts.organizationCount);
    const serviceKeys = new Array<KeyList | undefined>(parts.serviceCount);
    fileKeys(parts, rows.texts, organizationKeys, serviceKeys);
    return new ResidentSearchIndex(parts, offices, areas, organizationKeys, serviceKeys, marksFor(parts, 1), parts.ranks(), entryCount, 0);
  }

  /**
   * A new index in which the given organizations' entries are `rows` (all of
   * their current rows; none when they are no longer searchable). Only the
   * strips and area lists that held or will hold their entries are rebuilt.
   */
  withOrganizationsReplaced(organizationIds: ReadonlySet<string>, rows: IndexRows): ResidentSearchIndex {
    const organizationsBefore = this.parts.organizationCount;
    const removed = new Uint8Array(organizationsBefore);
    for (const id of organizationIds) {
      const slot = this.parts.knownOrganizationSlot(id);
      if (slot !== -1) removed[slot] = 1;
    }

    const newOffices = fileOffices(this.parts.offices(rows.offices));
    const offices = new Map(this.offices);
    let officeCount = 0;
    for (const [strip, list] of this.offices) {
      const added = newOffices.get(strip);
      if (!added && !list.some((office) => removed[office.organizationSlot] === 1)) {
        officeCount += list.length;
        continue;
      }
      const patched = [...list.filter((office) => removed[office.organizationSlot] !== 1), ...(added ?? [])].sort(byLatitude);
      officeCount += patched.length;
      if (patched.length > 0) offices.set(strip, patched);
      else offices.delete(strip);
    }
    for (const [strip, added] of newOffices) {
      if (this.offices.has(strip)) continue;
      offices.set(strip, added.sort(byLatitude));
      officeCount += added.length;
    }

    const newAreas = fileAreas(this.parts, rows);
    const areas = new Map(this.areas);
    for (const [key, list] of this.areas) {
      const added = newAreas.get(key);
      if (!added && !list.hasOrganizationIn(removed)) continue;
      const patched = list.patched(removed, added ?? []);
      if (patched) areas.set(key, patched);
      else areas.delete(key);
    }
    for (const [key, added] of newAreas) if (!this.areas.has(key)) areas.set(key, new AreaList(added));

    // The lists by slot are copied (a pointer each), never changed in place: searches on this index go on meanwhile.
    const organizationKeys = this.organizationKeys.slice();
    removed.forEach((flag, slot) => {
      if (flag === 1) organizationKeys[slot] = undefined;
    });
    const serviceKeys = this.serviceKeys.slice();
    for (const row of [...rows.offices, ...rows.codedAreas, ...rows.radiusAreas]) serviceKeys[this.parts.knownServiceSlot(row.serviceId)] = undefined;
    fileKeys(this.parts, rows.texts, organizationKeys, serviceKeys);

    const organizationsGrew = this.parts.organizationCount > organizationsBefore;
    const marks: GroupingMarks = {
      services: this.parts.serviceCount > this.marks.services.capacity ? new SlotMarks(Math.ceil(this.parts.serviceCount * MARK_HEADROOM)) : this.marks.services,
      organizations:
        this.parts.organizationCount > this.marks.organizations.capacity ? new SlotMarks(Math.ceil(this.parts.organizationCount * MARK_HEADROOM)) : this.marks.organizations,
    };
    let areaCount = 0;
    for (const list of areas.values()) areaCount += list.size;
    return new ResidentSearchIndex(
      this.parts,
      offices,
      areas,
      organizationKeys,
      serviceKeys,
      marks,
      organizationsGrew ? this.parts.ranks() : this.ranks,
      officeCount + areaCount,
      this.patchedOrganizations + organizationIds.size,
    );
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

  /** Which services match a keyword search (of at least one key). */
  keywordFilter(query: readonly QueryKey[]): KeywordFilter {
    return new KeywordFilter(query, this.organizationKeys, this.serviceKeys);
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
