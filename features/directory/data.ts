import "server-only";
import { milesWithinCircle, prepareCircle } from "@/features/geo/distance";
import { oldestSearchableVerification } from "@/features/listings/freshness";
import type { WeeklySchedule } from "@/features/listings/opening-hours";
import type {
  AccreditationKind,
  CapacityStatus,
  CostKind,
  SafetyStatementKind,
  TaxonomySlug,
} from "@/features/listings/schema";
import { TAXONOMY } from "@/features/listings/schema";
import { attributeBit, decodeAttributes, epochDay, type SearchTextRow } from "@/features/listings/search-index";
import { decodeCard, type CardAddress, type CardPhone, type SearchCard } from "@/features/listings/search-cards";
import { TranslationIndex, type LocalizedText } from "@/features/listings/translations";
import { cachedData, createDataStore, currentDataVersion, dataUnchangedCheck, organizationsChangedBetween, type DataStore } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { keywordQuery, TaxonomyNameKeys, type QueryKey } from "./keyword-query";
import type { SearchPlace } from "./places";
import { ResidentSearchIndex, type AreaRow, type CandidateRows, type CandidateService, type CodedAreaRow, type IndexRows, type OfficeRow } from "./resident-index";
import { COST_FILTERS, RESULTS_PER_PAGE, type CostFilter, type DirectoryFilters } from "./schema";

/*
 * Search in two steps. First the candidates around a place: services offered
 * at offices within the radius (bounding box, exact great-circle distance
 * after) and services whose service area covers the place (by kind and code;
 * radius areas by grid cell, checked exactly after), found in this process's
 * resident index (resident-index.ts); a keyword search keeps those whose
 * keyword keys match (decision 020). Candidates are cached per place,
 * radius and keywords, so filtering, facet counts and paging do not look
 * again. Then, per request: filters, facet counts, one page, and the cards of
 * that page only (SearchCard, by organization). See docs/decisions/012.
 */

/** One result: an office in range with its services there, or an organization serving the area from afar. */
interface CandidateItem {
  kind: "inRange" | "areaOnly";
  organizationId: string;
  locationId: string | null;
  distanceMiles: number | null;
  /** For area-only items: how local the most local matching area is. */
  specificity: number;
  services: readonly CandidateService[];
}

export interface DirectoryFacets {
  services: Partial<Record<TaxonomySlug, number>>;
  languages: Record<string, number>;
  costs: Record<CostFilter, number>;
  detained: number;
  remote: number;
  walkin: number;
}

export type ResultPhone = CardPhone;
export type ResultAddress = CardAddress;

export interface DirectoryResultService {
  id: string;
  name: LocalizedText;
  capacityStatus: CapacityStatus | null;
  capacityUpdatedAt: Date | null;
  taxonomy: TaxonomySlug[];
}

export interface DirectoryResultItem {
  key: string;
  kind: "inRange" | "areaOnly";
  /** Position in the whole result list, from 1. */
  position: number;
  organization: {
    slug: string;
    name: LocalizedText;
    isSample: boolean;
    verifiedAt: Date | null;
    accreditations: AccreditationKind[];
    safety: SafetyStatementKind[];
  };
  location: {
    id: string;
    name: LocalizedText | null;
    latitude: number;
    longitude: number;
    distanceMiles: number;
    address: ResultAddress | null;
    schedule: WeeklySchedule | undefined;
  } | null;
  services: DirectoryResultService[];
  phone: ResultPhone | null;
  languages: string[];
  costs: CostKind[];
}

export interface DirectoryResults {
  items: DirectoryResultItem[];
  inRangeCount: number;
  areaOnlyCount: number;
  page: number;
  pageCount: number;
  facets: DirectoryFacets;
}


// ---------------------------------------------------------------------------
// Candidates

const CANDIDATE_CACHE_TTL_MS = 60_000;
interface SearchStores {
  candidates: DataStore;
  cards: DataStore;
}
const globalForSearch = globalThis as unknown as { kyrSearchStores?: SearchStores; kyrResidentIndex?: ResidentIndexState };

/** Search's own stores (many small entries kept a minute), emptied with the shared data cache. */
function searchStores(): SearchStores {
  globalForSearch.kyrSearchStores ??= {
    candidates: createDataStore({ max: 500, ttlMs: CANDIDATE_CACHE_TTL_MS }),
    cards: createDataStore({ max: 20_000, ttlMs: CANDIDATE_CACHE_TTL_MS }),
  };
  return globalForSearch.kyrSearchStores;
}

/**
 * Forgets every cached search result and card, keeping the resident
 * index, which only a change to the data replaces (benchmarks measure cold
 * searches with it).
 */
export function clearSearchCache(): void {
  searchStores().candidates.clear();
  searchStores().cards.clear();
}

/*
 * The hot path runs plain SQL through Prisma's $queryRaw: the typed query
 * API spends milliseconds compiling every query, which is most of a search's
 * time. The SQL is portable (quoted identifiers, enum values as literals,
 * `||` concatenation) and both adapters return the same JavaScript types;
 * the data-layer tests run it on SQLite and PostgreSQL.
 */
const INDEX_COLUMNS = Prisma.sql`"serviceId", "organizationId", "attributes", "languages", "verifiedDay"`;
const OFFICE_COLUMNS = Prisma.sql`${INDEX_COLUMNS}, "locationId", "latitude", "longitude"`;
const AREA_COLUMNS = Prisma.sql`${INDEX_COLUMNS}, "areaKind" AS "kind", "radiusMiles", "centerLatitude", "centerLongitude"`;

const INDEX_ROW_QUERIES = {
  offices: Prisma.sql`SELECT ${OFFICE_COLUMNS} FROM "SearchEntry" WHERE "longitudeStrip" IS NOT NULL`,
  codedAreas: Prisma.sql`SELECT ${AREA_COLUMNS}, "areaCode" FROM "SearchEntry" WHERE "areaKind" IN ('nationwide', 'state', 'county', 'zip')`,
  radiusAreas: Prisma.sql`SELECT DISTINCT ${AREA_COLUMNS} FROM "SearchEntry" WHERE "areaKind" = 'radius'`,
  texts: Prisma.sql`SELECT "id", "organizationId", "keys" FROM "SearchText" WHERE "keys" <> ''`,
};

/** The search index rows of every organization, or of the given ones: offices, coded areas, each radius area once, and keyword keys. */
async function readIndexRows(organizationIds?: readonly string[]): Promise<IndexRows> {
  const db = getDatabase();
  const only = organizationIds ? Prisma.sql` AND "organizationId" IN (${Prisma.join([...organizationIds])})` : Prisma.empty;
  const [offices, codedAreas, radiusAreas, texts] = await Promise.all([
    queryDatabase(() => db.$queryRaw<OfficeRow[]>(Prisma.sql`${INDEX_ROW_QUERIES.offices}${only}`)),
    queryDatabase(() => db.$queryRaw<CodedAreaRow[]>(Prisma.sql`${INDEX_ROW_QUERIES.codedAreas}${only}`)),
    queryDatabase(() => db.$queryRaw<AreaRow[]>(Prisma.sql`${INDEX_ROW_QUERIES.radiusAreas}${only}`)),
    queryDatabase(() => db.$queryRaw<SearchTextRow[]>(Prisma.sql`${INDEX_ROW_QUERIES.texts}${only}`)),
  ]);
  return { offices, codedAreas, radiusAreas, texts };
}

/*
 * The resident index follows the data version (docs/decisions/014): when the
 * version moves, the organizations the change log names are patched in (a
 * few milliseconds), or, after a bulk load, the whole index is read again.
 * Either way searches go on with the previous index until the next one is
 * ready, and changes that arrive meanwhile are caught up with next, never
 * thrown away. Only a process's very first search waits, for the first load.
 */
interface ResidentIndexState {
  index: ResidentSearchIndex | null;
  /** The data version the index reflects (it may hold a few later changes: patches are idempotent). */
  version: number | null;
  refreshing: Promise<void> | null;
}

/** Organizations replaced by patches after which the index is read whole again, to shed what the patches left behind. */
const PATCHES_BEFORE_RELOAD = 20_000;
/** Organizations per patch query: their ids go into one IN list. */
const PATCH_BATCH = 500;

function residentIndexState(): ResidentIndexState {
  globalForSearch.kyrResidentIndex ??= { index: null, version: null, refreshing: null };
  return globalForSearch.kyrResidentIndex;
}

async function loadWholeIndex(state: ResidentIndexState, version: number | null): Promise<void> {
  state.index = ResidentSearchIndex.build(await readIndexRows());
  state.version = version;
}

async function patchIndex(state: ResidentIndexState, index: ResidentSearchIndex, organizationIds: Set<string>): Promise<ResidentSearchIndex> {
  let patched = index;
  const ids = [...organizationIds];
  for (let start = 0; start < ids.length; start += PATCH_BATCH) {
    const batch = ids.slice(start, start + PATCH_BATCH);
    patched = patched.withOrganizationsReplaced(new Set(batch), await readIndexRows(batch));
  }
  return patched;
}

/** Brings the index up to the newest version this process knows of, however many changes that takes. */
async function refreshResidentIndex(state: ResidentIndexState): Promise<void> {
  for (;;) {
    const target = await currentDataVersion();
    if (state.index && state.version !== null && state.version === target) return;
    if (!state.index || state.version === null || target === null || state.index.patchedOrganizations > PATCHES_BEFORE_RELOAD) {
      await loadWholeIndex(state, target);
      if (target === null) return;
      continue;
    }
    const changed = await organizationsChangedBetween(state.version, target);
    if (changed === "everything") await loadWholeIndex(state, target);
    else {
      if (changed.size > 0) state.index = await patchIndex(state, state.index, changed);
      state.version = target;
    }
  }
}

/**
 * This process's resident index: the first call loads it; later calls get
 * the current one at once, and start bringing it up to date in the
 * background when the data version has moved.
 */
export async function residentSearchIndex(): Promise<ResidentSearchIndex> {
  const state = residentIndexState();
  const version = await currentDataVersion();
  if (state.index && state.version === version) return state.index;
  state.refreshing ??= refreshResidentIndex(state).finally(() => {
    state.refreshing = null;
  });
  if (state.index) {
    // A failed refresh keeps the previous index; the next search tries again.
    state.refreshing.catch(() => undefined);
    return state.index;
  }
  await state.refreshing;
  if (!state.index) throw new Error("The search index did not load");
  return state.index;
}

/** Waits until the resident index reflects every change this process has seen (for tests and benchmarks). */
export async function residentSearchIndexUpToDate(): Promise<ResidentSearchIndex> {
  const state = residentIndexState();
  for (;;) {
    const index = await residentSearchIndex();
    if (state.refreshing) await state.refreshing;
    else if (state.version === (await currentDataVersion())) return state.index ?? index;
  }
}

async function candidateRows(place: SearchPlace, radius: number, query: readonly QueryKey[], oldestDay: number): Promise<CandidateRows> {
  const index = await residentSearchIndex();
  return {
    offices: index.officesNear(place, radius, oldestDay),
    areaLists: index.areasCovering(place),
    marks: index.marks,
    ranks: index.ranks,
    keywords: query.length > 0 ? index.keywordFilter(query) : null,
  };
}

/** The names of the types of help in every shipped language, which keyword queries match through the taxonomy bits. */
let taxonomyNames: Promise<TaxonomyNameKeys> | undefined;

function taxonomyNameKeys(): Promise<TaxonomyNameKeys> {
  taxonomyNames ??= Promise.all(SHIPPED_LOCALES.map((locale) => loadMessages(locale.code))).then((catalogues) => {
    const names = new Map<string, string[]>();
    for (const catalogue of catalogues) for (const [slug, name] of Object.entries(catalogue.Listing.taxonomy)) names.set(slug, [...(names.get(slug) ?? []), name]);
    return new TaxonomyNameKeys(names);
  });
  return taxonomyNames;
}

/** Service marks while grouping (SlotMarks in resident-index.ts). */
const SERVICE_IN_RANGE = 1;
const SERVICE_AREA_ONLY = 2;

async function loadCandidates(place: SearchPlace, radius: number, query: readonly QueryKey[], now: Date): Promise<CandidateItem[]> {
  // Listings unverified for over a year are left out.
  const oldestDay = epochDay(oldestSearchableVerification(now));
  const rows = await candidateRows(place, radius, query, oldestDay);
  const { keywords } = rows;
  // From here to the end no await: the marks are this search's alone (resident-index.ts).
  const { services: serviceMarks, organizations: organizationMarks } = rows.marks;
  serviceMarks.reset();
  organizationMarks.reset();

  const searchCircle = prepareCircle(place, radius);
  const inRange: CandidateItem[] = [];
  for (const office of rows.offices) {
    const miles = milesWithinCircle(searchCircle, office.position);
    if (miles === Infinity) continue;
    const services = keywords ? keywords.servicesMatching(office.services, office.organizationSlot) : office.services;
    if (services.length === 0) continue;
    for (const service of services) serviceMarks.set(service.slot, SERVICE_IN_RANGE);
    inRange.push({ kind: "inRange", organizationId: office.organizationId, locationId: office.locationId, distanceMiles: miles, specificity: 0, services });
  }

  // Services that cover the place but have no office in range, grouped by
  // organization, each service once; an organization ranks by its most local area.
  const areaOnly: (CandidateItem & { services: CandidateService[] })[] = [];
  /** The organization slot of each item of `areaOnly`. */
  const areaOnlySlots: number[] = [];
  for (const areas of rows.areaLists) {
    for (let index = 0; index < areas.size; index++) {
      const serviceSlot = areas.serviceSlot(index);
      const serviceMark = serviceMarks.get(serviceSlot);
      if (serviceMark === SERVICE_IN_RANGE || areas.verifiedDay(index) < oldestDay || !areas.covers(index, searchCircle.center)) continue;
      const organizationSlot = areas.organizationSlot(index);
      if (keywords && serviceMark !== SERVICE_AREA_ONLY && !keywords.matches(areas.service(index), organizationSlot)) continue;
      const specificity = areas.specificity(index);
      const position = organizationMarks.get(organizationSlot);
      let item = position === -1 ? undefined : areaOnly[position];
      if (!item) {
        item = { kind: "areaOnly", organizationId: areas.organizationId(index), locationId: null, distanceMiles: null, specificity, services: [] };
        organizationMarks.set(organizationSlot, areaOnly.length);
        areaOnly.push(item);
        areaOnlySlots.push(organizationSlot);
      }
      if (serviceMark !== SERVICE_AREA_ONLY) {
        serviceMarks.set(serviceSlot, SERVICE_AREA_ONLY);
        item.services.push(areas.service(index));
      }
      if (specificity < item.specificity) item.specificity = specificity;
    }
  }
  const inRangeItems = inRange.sort((a, b) => (a.distanceMiles ?? 0) - (b.distanceMiles ?? 0));
  // By specificity, then organization id (an organization's rank is its
  // place in id order). One number per item, unique, sorted natively: less
  // than half the time of a comparator over a few hundred items. Each leads
  // back to its item through the organization's mark.
  const { rankOf, slotOf } = rows.ranks;
  const organizationCount = rankOf.length;
  const sortKeys = new Float64Array(areaOnly.length);
  areaOnly.forEach((item, position) => (sortKeys[position] = item.specificity * organizationCount + (rankOf[areaOnlySlots[position] ?? 0] ?? 0)));
  sortKeys.sort();
  const areaItems = Array.from(sortKeys, (key) => areaOnly[organizationMarks.get(slotOf[key % organizationCount] ?? 0)] as CandidateItem);
  return [...inRangeItems, ...areaItems];
}

async function cachedCandidates(place: SearchPlace, radius: number, query: readonly QueryKey[], now: Date): Promise<CandidateItem[]> {
  // Candidates found with one resident index are kept for that index only: after a publish, the
  // data version moves before the patched index is in, and what the previous one found must not outlive it.
  const indexVersion = residentIndexState().version ?? "none";
  const keys = query.map((queryKey) => queryKey.key).join(" ");
  const key = `search:${indexVersion}|${place.latitude.toFixed(4)},${place.longitude.toFixed(4)}|${place.zip ?? ""}|${place.countyFips ?? ""}|${place.stateCode}|${radius}|${keys}`;
  return cachedData(key, () => loadCandidates(place, radius, query, now), searchStores().candidates);
}

// ---------------------------------------------------------------------------
// Filters and facets

interface FilterSet {
  services: readonly string[];
  languages: readonly string[];
  costs: readonly CostFilter[];
  detained: boolean;
  remote: boolean;
  walkin: boolean;
}

const SAFETY_FILTERS = { detained: "serves_detained", remote: "remote_intake", walkin: "walk_in" } as const satisfies Record<string, SafetyStatementKind>;
/**
 * What each toggle lets through: a service with any of its bits. "Help by
 * phone or video" (`remote`) is the organization's remote-intake statement,
 * or a service offered at no office at all (a statewide intake line, a phone
 * clinic), which residents can reach no other way (decision 020). A service
 * with an office, out of range or not, needs the statement.
 */
const SAFETY_TOGGLE_BITS: Record<keyof typeof SAFETY_FILTERS, number> = {
  detained: attributeBit.safety(SAFETY_FILTERS.detained),
  remote: attributeBit.safety(SAFETY_FILTERS.remote) | attributeBit.remoteOnly,
  walkin: attributeBit.safety(SAFETY_FILTERS.walkin),
};
const COST_KINDS_OF_FILTER: Record<CostFilter, CostKind> = { free: "free", sliding: "sliding_scale" };


type FilterGroup = "services" | "languages" | "costs" | keyof typeof SAFETY_FILTERS;
const SAFETY_GROUPS = Object.keys(SAFETY_FILTERS) as (keyof typeof SAFETY_FILTERS)[];
const TAXONOMY_MASK = TAXONOMY.reduce((mask, term) => mask | attributeBit.taxonomy(term.slug), 0);
const COST_FILTER_BITS = COST_FILTERS.map((cost) => [cost, attributeBit.cost(COST_KINDS_OF_FILTER[cost])] as const);
const SAFETY_GROUP_BITS = SAFETY_GROUPS.map((group) => [group, SAFETY_TOGGLE_BITS[group]] as const);
/** For facet counts: the attribute bits a filter group looks at itself (taxonomy and languages count apart). */
const GROUP_OWN_BITS: Record<FilterGroup, number> = {
  services: 0,
  languages: 0,
  costs: COST_FILTER_BITS.reduce((mask, [, bit]) => mask | bit, 0),
  ...(Object.fromEntries(SAFETY_GROUP_BITS) as Record<keyof typeof SAFETY_FILTERS, number>),
};

/** A request's filters as bit masks, computed once. */
interface FilterMasks {
  services: number;
  costs: number;
  languages: readonly string[];
  safety: number[];
}

function filterMasks(filters: FilterSet): FilterMasks {
  return {
    services: filters.services.reduce((mask, slug) => mask | attributeBit.taxonomy(slug), 0),
    costs: filters.costs.reduce((mask, cost) => mask | attributeBit.cost(COST_KINDS_OF_FILTER[cost]), 0),
    languages: filters.languages,
    safety: SAFETY_GROUP_BITS.map(([group, bit]) => (filters[group] ? bit : 0)),
  };
}

/** The filter groups a service does not satisfy: none, one (which), or "several". Runs for every candidate of every request, so no allocations. */
function failingGroup(service: CandidateService, masks: FilterMasks): FilterGroup | null | "several" {
  let failing: FilterGroup | null = null;
  let failures = 0;
  if (masks.services !== 0 && (service.attributes & masks.services) === 0) {
    failing = "services";
    failures++;
  }
  if (masks.languages.length > 0 && !speaksAny(service.languages, masks.languages)) {
    failing = "languages";
    if (++failures > 1) return "several";
  }
  if (masks.costs !== 0 && (service.attributes & masks.costs) === 0) {
    failing = "costs";
    if (++failures > 1) return "several";
  }
  for (let index = 0; index < SAFETY_GROUPS.length; index++) {
    const bit = masks.safety[index] ?? 0;
    if (bit !== 0 && (service.attributes & bit) === 0) {
      failing = SAFETY_GROUPS[index] ?? failing;
      if (++failures > 1) return "several";
    }
  }
  return failing;
}

function speaksAny(languages: readonly string[], wanted: readonly string[]): boolean {
  for (const code of languages) if (wanted.includes(code)) return true;
  return false;
}

/**
 * For each filter value: how many results there would be with that value
 * chosen in its group (OR within a group) and the other groups as they are.
 * One pass: a service counts for a group's values when it satisfies every
 * other group.
 */
function facetCounts(items: CandidateItem[], filters: FilterSet, masks: FilterMasks): DirectoryFacets {
  // Taxonomy counts by bit position: search-index.ts gives the i-th term of TAXONOMY the bit 1 << i.
  const taxonomyCounts = new Array<number>(TAXONOMY.length).fill(0);
  const languages = new Map<string, number>(filters.languages.map((code) => [code, 0]));
  const costs: Record<CostFilter, number> = { free: 0, sliding: 0 };
  const toggles: Record<keyof typeof SAFETY_FILTERS, number> = { detained: 0, remote: 0, walkin: 0 };
  // Most items count the languages of one service, whose list the index
  // shares with every service that speaks the same: counted per list, then
  // per language once at the end.
  const itemsPerLanguageList = new Map<readonly string[], number>();
  const mergedLanguages: string[] = [];

  for (const item of items) {
    let itemBits = 0;
    let serviceBits = 0;
    let languageList: readonly string[] | null = null;
    // Setting an array's length costs even when it does not change.
    if (mergedLanguages.length !== 0) mergedLanguages.length = 0;
    for (const service of item.services) {
      const failing = failingGroup(service, masks);
      if (failing === "several") continue;
      if (failing === null || failing === "services") serviceBits |= service.attributes;
      if (failing === null || failing === "languages") {
        if (languageList === null) languageList = service.languages;
        else if (languageList !== service.languages) {
          if (mergedLanguages.length === 0) mergedLanguages.push(...languageList);
          for (const code of service.languages) if (!mergedLanguages.includes(code)) mergedLanguages.push(code);
        }
      }
      // Cost and safety values: bits of services that fail at most their own group.
      if (failing === null) itemBits |= service.attributes;
      else itemBits |= service.attributes & GROUP_OWN_BITS[failing];
    }
    for (let bits = serviceBits & TAXONOMY_MASK; bits !== 0; bits &= bits - 1) {
      const position = 31 - Math.clz32(bits & -bits);
      taxonomyCounts[position] = (taxonomyCounts[position] ?? 0) + 1;
    }
    if (mergedLanguages.length > 0) for (const code of mergedLanguages) languages.set(code, (languages.get(code) ?? 0) + 1);
    else if (languageList !== null) itemsPerLanguageList.set(languageList, (itemsPerLanguageList.get(languageList) ?? 0) + 1);
    if (itemBits === 0) continue;
    for (const [cost, bit] of COST_FILTER_BITS) if ((itemBits & bit) !== 0) costs[cost] += 1;
    for (const [group, bit] of SAFETY_GROUP_BITS) if ((itemBits & bit) !== 0) toggles[group] += 1;
  }
  for (const [list, count] of itemsPerLanguageList) for (const code of list) languages.set(code, (languages.get(code) ?? 0) + count);
  const services = new Map<string, number>(filters.services.map((slug) => [slug, 0]));
  TAXONOMY.forEach((term, position) => {
    const count = taxonomyCounts[position] ?? 0;
    if (count > 0) services.set(term.slug, count);
  });
  return { services: Object.fromEntries(services), languages: Object.fromEntries(languages), costs, ...toggles };
}

function serviceMatches(service: CandidateService, masks: FilterMasks): boolean {
  return failingGroup(service, masks) === null;
}

/** The items with a service that passes every filter, each with those services only (the item itself when all pass: no copy). */
function matchingItems(candidates: CandidateItem[], masks: FilterMasks): CandidateItem[] {
  const matches: CandidateItem[] = [];
  for (const item of candidates) {
    let passing = 0;
    for (const service of item.services) if (serviceMatches(service, masks)) passing++;
    if (passing === item.services.length) matches.push(item);
    else if (passing > 0) matches.push({ ...item, services: item.services.filter((service) => serviceMatches(service, masks)) });
  }
  return matches;
}

// ---------------------------------------------------------------------------
// One page of results


/**
 * The result cards of one page (features/listings/search-cards.ts), read in
 * one query. Cached by id next to the candidates (emptied with them),
 * so a popular result is read once a minute, not once per view.
 */
async function pageCards(items: CandidateItem[]): Promise<Map<string, SearchCard>> {
  const cache = searchStores().cards;
  const cards = new Map<string, SearchCard>();
  const organizationsToRead = new Set<string>();
  for (const item of items) {
    const ids = [item.organizationId, ...(item.locationId ? [item.locationId] : []), ...item.services.map((service) => service.serviceId)];
    for (const id of ids) {
      const hit = cache.get(id);
      if (hit) cards.set(id, hit.value as SearchCard);
      else organizationsToRead.add(item.organizationId);
    }
  }
  if (organizationsToRead.size > 0) {
    const unchanged = await dataUnchangedCheck();
    // All the cards of the organizations concerned, through the organization
    // index: they were written together and sit side by side in the table
    // (ids alone land on a different page each), and a query costs Prisma
    // about 5 µs per parameter, so twenty organization ids beat seventy card
    // ids even with a few cards more (0.40 against 0.52 ms at 100,000).
    const rows = await queryDatabase(() =>
      getDatabase().$queryRaw<{ id: string; details: string }[]>(
        Prisma.sql`SELECT "id", "details" FROM "SearchCard" WHERE "organizationId" IN (${Prisma.join([...organizationsToRead])})`,
      ),
    );
    // Cards read while a change was being published serve this page only.
    const keep = unchanged();
    for (const row of rows) {
      const card = decodeCard(row.details);
      cards.set(row.id, card);
      if (keep) cache.set(row.id, { value: card });
    }
  }
  return cards;
}

function cardOf<Kind extends SearchCard["kind"]>(cards: Map<string, SearchCard>, id: string, kind: Kind): Extract<SearchCard, { kind: Kind }> | undefined {
  const card = cards.get(id);
  return card?.kind === kind ? (card as Extract<SearchCard, { kind: Kind }>) : undefined;
}

/**
 * Searches around a place: offices within `radius` miles in distance order,
 * then organizations whose service area covers the place from afar. Only
 * published, active listings verified within the last year.
 */
export async function searchDirectory(input: {
  place: SearchPlace;
  radius: number;
  filters: DirectoryFilters;
  page: number;
  locale: string;
  now?: Date;
}): Promise<DirectoryResults> {
  const now = input.now ?? new Date();
  const query = input.filters.query ? keywordQuery(input.filters.query, await taxonomyNameKeys()) : [];
  const candidates = await cachedCandidates(input.place, input.radius, query, now);
  const filters: FilterSet = input.filters;

  const masks = filterMasks(filters);
  const unfiltered = masks.services === 0 && masks.costs === 0 && masks.languages.length === 0 && masks.safety.every((bit) => bit === 0);
  const matches = unfiltered ? candidates : matchingItems(candidates, masks);
  let inRangeCount = 0;
  for (const match of matches) if (match.kind === "inRange") inRangeCount++;
  const pageCount = Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE));
  const page = Math.min(input.page, pageCount);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const onPage = matches.slice(offset, offset + RESULTS_PER_PAGE);
  const cards = await pageCards(onPage);
  const names = new TranslationIndex(
    [...cards].flatMap(([entityId, card]) =>
      card.names.filter((name) => name.locale === input.locale || name.locale === "en").map((name) => ({ entityId, field: "name", ...name })),
    ),
  );

  const items = onPage.flatMap((item, index): DirectoryResultItem[] => {
    const organization = cardOf(cards, item.organizationId, "organization");
    if (!organization) return [];
    const pick = (entityId: string, original: string): LocalizedText =>
      names.pick(entityId, "name", original, organization.sourceLocale, input.locale) ?? {
        text: original,
        lang: organization.sourceLocale,
        source: "original",
        isFallback: input.locale !== organization.sourceLocale,
      };
    const location = item.locationId ? cardOf(cards, item.locationId, "location") : undefined;
    const offered = decodeAttributes(item.services.reduce((bits, service) => bits | service.attributes, 0));
    const services = item.services.flatMap((candidate) => {
      const service = cardOf(cards, candidate.serviceId, "service");
      if (!service) return [];
      return [
        {
          id: candidate.serviceId,
          name: pick(candidate.serviceId, service.name),
          capacityStatus: service.capacityStatus,
          capacityUpdatedAt: service.capacityUpdatedAt,
          taxonomy: decodeAttributes(candidate.attributes).taxonomy as TaxonomySlug[],
          phone: service.phone,
        },
      ];
    });
    return [
      {
        key: `${item.kind}-${item.locationId ?? item.organizationId}`,
        kind: item.kind,
        position: offset + index + 1,
        organization: {
          slug: organization.slug,
          name: pick(item.organizationId, organization.name),
          isSample: organization.isSample,
          verifiedAt: organization.verifiedAt,
          accreditations: organization.accreditations,
          safety: offered.safety as SafetyStatementKind[],
        },
        location:
          location && item.locationId
            ? {
                id: item.locationId,
                name: location.name ? pick(item.locationId, location.name) : null,
                latitude: location.latitude,
                longitude: location.longitude,
                distanceMiles: item.distanceMiles ?? 0,
                address: location.address,
                schedule: location.schedule,
              }
            : null,
        services: services.map(({ phone: _phone, ...service }) => service),
        phone: location?.phone ?? services.find((service) => service.phone)?.phone ?? organization.phone,
        languages: [...new Set(item.services.flatMap((service) => service.languages))],
        costs: offered.costs as CostKind[],
      },
    ];
  });

  return {
    items,
    inRangeCount,
    areaOnlyCount: matches.length - inRangeCount,
    page,
    pageCount,
    facets: facetCounts(candidates, filters, masks),
  };
}
