import "server-only";
import { LRUCache } from "lru-cache";
import { boundingBox, distanceInMiles } from "@/features/geo/distance";
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
import { decodeSet, gridCell } from "@/features/listings/search-index";
import { searchTokens } from "@/features/listings/search-text";
import { areaSpecificity, coversPlace } from "@/features/listings/service-area-match";
import { TranslationIndex, type LocalizedText } from "@/features/listings/translations";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { SearchPlace } from "./places";
import { COST_FILTERS, RESULTS_PER_PAGE, type CostFilter, type DirectoryFilters } from "./schema";

/*
 * Search in two steps. First the candidates around a place, read from the
 * search index (SearchEntry) alone: services offered at offices within the
 * radius (indexed bounding box, exact great-circle distance after) and
 * services whose service area covers the place (indexed kind and code; radius
 * areas by grid cell, checked exactly after), matching the keywords if any.
 * Candidates are cached per place, radius and keywords, so filtering, facet
 * counts and paging do not go back to the database. Then, per request:
 * filters, facet counts, one page, and the details and translations of that
 * page only.
 */

interface CandidateService {
  serviceId: string;
  taxonomy: string[];
  languages: string[];
  costs: string[];
  safety: string[];
}

/** One result: an office in range with its services there, or an organization serving the area from afar. */
interface CandidateItem {
  kind: "inRange" | "areaOnly";
  organizationId: string;
  locationId: string | null;
  distanceMiles: number | null;
  /** For area-only items: how local the most local matching area is. */
  specificity: number;
  services: CandidateService[];
}

export interface DirectoryFacets {
  services: Partial<Record<TaxonomySlug, number>>;
  languages: Record<string, number>;
  costs: Record<CostFilter, number>;
  detained: number;
  remote: number;
  walkin: number;
}

export interface ResultPhone {
  number: string;
  extension: string | null;
  acceptsText: boolean;
}

export interface ResultAddress {
  address1: string;
  address2: string | null;
  city: string;
  region: string;
  postalCode: string;
}

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
const globalForCandidates = globalThis as unknown as { kyrSearchCandidates?: LRUCache<string, CandidateItem[]> };

function candidateCache(): LRUCache<string, CandidateItem[]> {
  globalForCandidates.kyrSearchCandidates ??= new LRUCache({ max: 500, ttl: CANDIDATE_CACHE_TTL_MS });
  return globalForCandidates.kyrSearchCandidates;
}

/** Forgets every cached search result and card detail, for when listings change. */
export function clearSearchCache(): void {
  candidateCache().clear();
  detailCache().clear();
}

function candidateService(row: { serviceId: string; taxonomy: string; languages: string; costs: string; safety: string }): CandidateService {
  return {
    serviceId: row.serviceId,
    taxonomy: decodeSet(row.taxonomy),
    languages: decodeSet(row.languages),
    costs: decodeSet(row.costs),
    safety: decodeSet(row.safety),
  };
}

async function loadCandidates(place: SearchPlace, radius: number, tokens: string[], now: Date): Promise<CandidateItem[]> {
  const db = getDatabase();
  const box = boundingBox(place, radius);
  const common = { verifiedAt: { gte: oldestSearchableVerification(now) }, AND: tokens.map((token) => ({ searchText: { contains: token } })) };
  const attributes = { serviceId: true, organizationId: true, taxonomy: true, languages: true, costs: true, safety: true } as const;
  const areaConditions = [
    { areaKind: "nationwide" as const, areaCode: "US" },
    { areaKind: "state" as const, areaCode: place.stateCode },
    { areaKind: "radius" as const, areaCode: gridCell(place) },
    ...(place.countyFips ? [{ areaKind: "county" as const, areaCode: place.countyFips }] : []),
    ...(place.zip ? [{ areaKind: "zip" as const, areaCode: place.zip }] : []),
  ];

  const [officeRows, areaRows] = await Promise.all([
    queryDatabase(() =>
      db.searchEntry.findMany({
        where: { latitude: { gte: box.minLatitude, lte: box.maxLatitude }, longitude: { gte: box.minLongitude, lte: box.maxLongitude }, ...common },
        select: { ...attributes, locationId: true, latitude: true, longitude: true },
      }),
    ),
    queryDatabase(() =>
      db.searchEntry.findMany({
        where: { OR: areaConditions, ...common },
        select: { ...attributes, areaKind: true, radiusMiles: true, centerLatitude: true, centerLongitude: true },
      }),
    ),
  ]);

  const offices = new Map<string, CandidateItem>();
  const servicesInRange = new Set<string>();
  for (const row of officeRows) {
    if (row.locationId === null || row.latitude === null || row.longitude === null) continue;
    const miles = distanceInMiles(place, { latitude: row.latitude, longitude: row.longitude });
    if (miles > radius) continue;
    servicesInRange.add(row.serviceId);
    const office = offices.get(row.locationId) ?? {
      kind: "inRange" as const,
      organizationId: row.organizationId,
      locationId: row.locationId,
      distanceMiles: miles,
      specificity: 0,
      services: [],
    };
    office.services.push(candidateService(row));
    offices.set(row.locationId, office);
  }

  // Services that cover the place but have no office in range, grouped by organization.
  const areaOnly = new Map<string, CandidateItem>();
  const areaServices = new Map<string, { service: CandidateService; specificity: number; organizationId: string }>();
  for (const row of areaRows) {
    if (row.areaKind === null || servicesInRange.has(row.serviceId) || !coversPlace({ ...row, kind: row.areaKind }, place)) continue;
    const specificity = areaSpecificity(row.areaKind);
    const known = areaServices.get(row.serviceId);
    if (known) known.specificity = Math.min(known.specificity, specificity);
    else areaServices.set(row.serviceId, { service: candidateService(row), specificity, organizationId: row.organizationId });
  }
  for (const { service, specificity, organizationId } of areaServices.values()) {
    const item = areaOnly.get(organizationId) ?? { kind: "areaOnly" as const, organizationId, locationId: null, distanceMiles: null, specificity, services: [] };
    item.services.push(service);
    item.specificity = Math.min(item.specificity, specificity);
    areaOnly.set(organizationId, item);
  }

  const inRangeItems = [...offices.values()].sort((a, b) => (a.distanceMiles ?? 0) - (b.distanceMiles ?? 0));
  const areaItems = [...areaOnly.values()].sort((a, b) => a.specificity - b.specificity || a.organizationId.localeCompare(b.organizationId));
  return [...inRangeItems, ...areaItems];
}

async function cachedCandidates(place: SearchPlace, radius: number, tokens: string[], now: Date): Promise<CandidateItem[]> {
  const key = `${place.latitude.toFixed(4)},${place.longitude.toFixed(4)}|${place.zip ?? ""}|${place.countyFips ?? ""}|${place.stateCode}|${radius}|${tokens.join(" ")}`;
  const cache = candidateCache();
  const cached = cache.get(key);
  if (cached) return cached;
  const candidates = await loadCandidates(place, radius, tokens, now);
  cache.set(key, candidates);
  return candidates;
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
const COST_KINDS_OF_FILTER: Record<CostFilter, CostKind> = { free: "free", sliding: "sliding_scale" };

function serviceMatches(service: CandidateService, filters: FilterSet): boolean {
  if (filters.services.length > 0 && !service.taxonomy.some((slug) => filters.services.includes(slug))) return false;
  if (filters.languages.length > 0 && !service.languages.some((code) => filters.languages.includes(code))) return false;
  if (filters.costs.length > 0 && !filters.costs.some((cost) => service.costs.includes(COST_KINDS_OF_FILTER[cost]))) return false;
  for (const [filter, statement] of Object.entries(SAFETY_FILTERS) as [keyof typeof SAFETY_FILTERS, SafetyStatementKind][]) {
    if (filters[filter] && !service.safety.includes(statement)) return false;
  }
  return true;
}

function countMatching(items: CandidateItem[], filters: FilterSet): number {
  return items.filter((item) => item.services.some((service) => serviceMatches(service, filters))).length;
}

/** For each filter value: how many results there would be with that value chosen in its group, the other groups as they are. */
function facetCounts(items: CandidateItem[], filters: FilterSet): DirectoryFacets {
  const serviceSlugs = new Set<string>(filters.services);
  const languageCodes = new Set<string>(filters.languages);
  for (const item of items) {
    for (const service of item.services) {
      service.taxonomy.forEach((slug) => serviceSlugs.add(slug));
      service.languages.forEach((code) => languageCodes.add(code));
    }
  }
  return {
    services: Object.fromEntries([...serviceSlugs].map((slug) => [slug, countMatching(items, { ...filters, services: [slug] })])),
    languages: Object.fromEntries([...languageCodes].map((code) => [code, countMatching(items, { ...filters, languages: [code] })])),
    costs: Object.fromEntries(COST_FILTERS.map((cost) => [cost, countMatching(items, { ...filters, costs: [cost] })])) as Record<CostFilter, number>,
    detained: countMatching(items, { ...filters, detained: true }),
    remote: countMatching(items, { ...filters, remote: true }),
    walkin: countMatching(items, { ...filters, walkin: true }),
  };
}

// ---------------------------------------------------------------------------
// One page of results

const firstPhone = (phones: { number: string; extension: string | null; acceptsText: boolean }[]): ResultPhone | null => {
  const [phone] = phones;
  return phone ? { number: phone.number, extension: phone.extension, acceptsText: phone.acceptsText } : null;
};

/** No query at all for an empty id list. */
function skipIfNone<Row>(ids: string[], query: () => Promise<Row[]>): Promise<Row[]> {
  return ids.length === 0 ? Promise.resolve([]) : queryDatabase(query);
}

async function loadPageDetails(organizationIds: string[], locationIds: string[], serviceIds: string[], locale: string) {
  const db = getDatabase();
  const [organizations, locations, services, translations] = await Promise.all([
    skipIfNone(organizationIds, () =>
      db.organization.findMany({
        where: { id: { in: organizationIds } },
        select: {
          id: true,
          slug: true,
          name: true,
          sourceLocale: true,
          isSample: true,
          verifiedAt: true,
          accreditations: { select: { kind: true } },
          phones: { orderBy: { sortOrder: "asc" }, take: 1, select: { number: true, extension: true, acceptsText: true } },
        },
      }),
    ),
    skipIfNone(locationIds, () =>
      db.location.findMany({
        where: { id: { in: locationIds } },
        select: {
          id: true,
          name: true,
          latitude: true,
          longitude: true,
          addresses: { where: { kind: "physical" }, take: 1, select: { address1: true, address2: true, city: true, region: true, postalCode: true } },
          phones: { orderBy: { sortOrder: "asc" }, take: 1, select: { number: true, extension: true, acceptsText: true } },
          schedules: { take: 1, select: { timezone: true, isAlwaysOpen: true, openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } } },
        },
      }),
    ),
    skipIfNone(serviceIds, () =>
      db.service.findMany({
        where: { id: { in: serviceIds } },
        select: {
          id: true,
          name: true,
          capacityStatus: true,
          capacityUpdatedAt: true,
          phones: { where: { isHotline: false }, orderBy: { sortOrder: "asc" }, take: 1, select: { number: true, extension: true, acceptsText: true } },
        },
      }),
    ),
    skipIfNone([...organizationIds, ...locationIds, ...serviceIds], () =>
      db.translation.findMany({
        where: { entityId: { in: [...organizationIds, ...locationIds, ...serviceIds] }, field: "name", locale: { in: [...new Set([locale, "en"])] } },
        select: { entityId: true, field: true, locale: true, value: true, source: true },
      }),
    ),
  ]);
  return { organizations, locations, services, translations };
}

type PageDetails = Awaited<ReturnType<typeof loadPageDetails>>;

/**
 * The card details of organizations, offices and services, cached by id and
 * locale next to the candidates (cleared with them), so a popular result is
 * read from the database once per minute, not once per view.
 */
const globalForDetails = globalThis as unknown as { kyrSearchDetails?: LRUCache<string, object> };

function detailCache(): LRUCache<string, object> {
  globalForDetails.kyrSearchDetails ??= new LRUCache({ max: 20_000, ttl: CANDIDATE_CACHE_TTL_MS });
  return globalForDetails.kyrSearchDetails;
}

/** Everything the cards of one page show: four small queries for whatever is not cached yet. */
async function pageDetails(items: CandidateItem[], locale: string) {
  const cache = detailCache();
  const organizationIds = [...new Set(items.map((item) => item.organizationId))];
  const locationIds = items.flatMap((item) => (item.locationId ? [item.locationId] : []));
  const serviceIds = [...new Set(items.flatMap((item) => item.services.map((service) => service.serviceId)))];
  const missing = (kind: string, ids: string[]) => ids.filter((id) => !cache.has(`${kind}:${id}`));
  const missingTranslations = [...organizationIds, ...locationIds, ...serviceIds].filter((id) => !cache.has(`translations:${locale}:${id}`));
  if (missing("organization", organizationIds).length + missing("location", locationIds).length + missing("service", serviceIds).length + missingTranslations.length > 0) {
    const loaded = await loadPageDetails(missing("organization", organizationIds), missing("location", locationIds), missing("service", serviceIds), locale);
    for (const organization of loaded.organizations) cache.set(`organization:${organization.id}`, organization);
    for (const location of loaded.locations) cache.set(`location:${location.id}`, location);
    for (const service of loaded.services) cache.set(`service:${service.id}`, service);
    for (const id of missingTranslations) cache.set(`translations:${locale}:${id}`, loaded.translations.filter((row) => row.entityId === id));
  }
  const cached = <Row,>(kind: string, ids: string[]) => ids.flatMap((id) => (cache.get(`${kind}:${id}`) as Row | undefined) ?? []);
  return {
    organizations: new Map(cached<PageDetails["organizations"][number]>("organization", organizationIds).map((row) => [row.id, row])),
    locations: new Map(cached<PageDetails["locations"][number]>("location", locationIds).map((row) => [row.id, row])),
    services: new Map(cached<PageDetails["services"][number]>("service", serviceIds).map((row) => [row.id, row])),
    translations: new TranslationIndex(
      [...organizationIds, ...locationIds, ...serviceIds].flatMap((id) => (cache.get(`translations:${locale}:${id}`) as PageDetails["translations"] | undefined) ?? []),
    ),
  };
}

const TAXONOMY_ORDER = new Map(TAXONOMY.map((term, index) => [term.slug as string, index]));

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
  const candidates = await cachedCandidates(input.place, input.radius, searchTokens(input.filters.query), now);
  const filters: FilterSet = input.filters;

  const matches = candidates.flatMap((item) => {
    const services = item.services.filter((service) => serviceMatches(service, filters));
    return services.length > 0 ? [{ ...item, services }] : [];
  });
  const inRangeCount = matches.filter((match) => match.kind === "inRange").length;
  const pageCount = Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE));
  const page = Math.min(input.page, pageCount);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const onPage = matches.slice(offset, offset + RESULTS_PER_PAGE);
  const details = await pageDetails(onPage, input.locale);

  const items = onPage.flatMap((item, index): DirectoryResultItem[] => {
    const organization = details.organizations.get(item.organizationId);
    if (!organization) return [];
    const pick = (entityId: string, original: string): LocalizedText =>
      details.translations.pick(entityId, "name", original, organization.sourceLocale, input.locale) ?? {
        text: original,
        lang: organization.sourceLocale,
        source: "original",
        isFallback: input.locale !== organization.sourceLocale,
      };
    const location = item.locationId ? details.locations.get(item.locationId) : undefined;
    const address = location?.addresses[0] ?? null;
    const schedule = location?.schedules[0];
    const services = item.services.flatMap((candidate) => {
      const service = details.services.get(candidate.serviceId);
      if (!service) return [];
      return [
        {
          id: service.id,
          name: pick(service.id, service.name),
          capacityStatus: service.capacityStatus,
          capacityUpdatedAt: service.capacityUpdatedAt,
          taxonomy: [...candidate.taxonomy].sort((a, b) => (TAXONOMY_ORDER.get(a) ?? 0) - (TAXONOMY_ORDER.get(b) ?? 0)) as TaxonomySlug[],
          phone: firstPhone(service.phones),
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
          name: pick(organization.id, organization.name),
          isSample: organization.isSample,
          verifiedAt: organization.verifiedAt,
          accreditations: organization.accreditations.map((accreditation) => accreditation.kind),
          safety: [...new Set(item.services.flatMap((service) => service.safety))] as SafetyStatementKind[],
        },
        location: location
          ? {
              id: location.id,
              name: location.name ? pick(location.id, location.name) : null,
              latitude: location.latitude,
              longitude: location.longitude,
              distanceMiles: item.distanceMiles ?? 0,
              address,
              schedule: schedule ? { timezone: schedule.timezone, isAlwaysOpen: schedule.isAlwaysOpen, openingHours: schedule.openingHours } : undefined,
            }
          : null,
        services: services.map(({ phone: _phone, ...service }) => service),
        phone: firstPhone(location?.phones ?? []) ?? services.find((service) => service.phone)?.phone ?? firstPhone(organization.phones),
        languages: [...new Set(item.services.flatMap((service) => service.languages))],
        costs: [...new Set(item.services.flatMap((service) => service.costs))] as CostKind[],
      },
    ];
  });

  return {
    items,
    inRangeCount,
    areaOnlyCount: matches.length - inRangeCount,
    page,
    pageCount,
    facets: facetCounts(candidates, filters),
  };
}
