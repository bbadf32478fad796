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
import { matchesAllTokens, normalizeSearchText, searchTokens } from "@/features/listings/search-text";
import { areaSpecificity, coversPlace, serviceAreaCandidates } from "@/features/listings/service-area-match";
import { TranslationIndex, type LocalizedText } from "@/features/listings/translations";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { SearchPlace } from "./places";
import { COST_FILTERS, RESULTS_PER_PAGE, type CostFilter, type DirectoryFilters } from "./schema";

/*
 * Search in two steps. First the candidates around a place, whatever the
 * filters: office locations within the radius (indexed bounding box, exact
 * great-circle distance after) and services whose service area covers the
 * place (indexed kind and code). Candidates are cached per place and radius,
 * so filtering, facet counts and paging never go back to the database.
 * Then, per request: filters, facet counts, one page, and the translations
 * of that page only.
 */

interface CandidatePhone {
  number: string;
  extension: string | null;
  acceptsText: boolean;
}

interface CandidateService {
  id: string;
  organizationId: string;
  name: string;
  searchText: string;
  capacityStatus: CapacityStatus | null;
  capacityUpdatedAt: Date | null;
  taxonomy: TaxonomySlug[];
  /** The service's languages and its phones'. */
  languages: string[];
  costs: CostKind[];
  phone: CandidatePhone | null;
}

interface CandidateOrganization {
  id: string;
  slug: string;
  name: string;
  sourceLocale: string;
  isSample: boolean;
  verifiedAt: Date | null;
  accreditations: AccreditationKind[];
  /** Safety statements the organization answered "yes". */
  safety: Set<SafetyStatementKind>;
  phone: CandidatePhone | null;
}

interface CandidateLocation {
  id: string;
  organizationId: string;
  name: string | null;
  latitude: number;
  longitude: number;
  distanceMiles: number;
  address: { address1: string; address2: string | null; city: string; region: string; postalCode: string } | null;
  phone: CandidatePhone | null;
  /** The location's languages and its phones'. */
  languages: string[];
  schedule: WeeklySchedule | undefined;
}

/** One result: an office in range with its services there, or an organization serving the area from afar. */
interface CandidateItem {
  kind: "inRange" | "areaOnly";
  organizationId: string;
  location: CandidateLocation | null;
  serviceIds: string[];
  /** For area-only items: how local the most local matching area is. */
  specificity: number;
}

interface Candidates {
  organizations: Map<string, CandidateOrganization>;
  services: Map<string, CandidateService>;
  items: CandidateItem[];
}

export interface DirectoryFacets {
  services: Partial<Record<TaxonomySlug, number>>;
  languages: Record<string, number>;
  costs: Record<CostFilter, number>;
  detained: number;
  remote: number;
  walkin: number;
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
    address: CandidateLocation["address"];
    schedule: WeeklySchedule | undefined;
  } | null;
  services: DirectoryResultService[];
  phone: CandidatePhone | null;
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

const SAFETY_FILTERS = { detained: "serves_detained", remote: "remote_intake", walkin: "walk_in" } as const satisfies Record<string, SafetyStatementKind>;
const COST_KINDS_OF_FILTER: Record<CostFilter, CostKind> = { free: "free", sliding: "sliding_scale" };

// ---------------------------------------------------------------------------
// Candidates

const CANDIDATE_CACHE_TTL_MS = 60_000;
const globalForCandidates = globalThis as unknown as { kyrSearchCandidates?: LRUCache<string, Candidates> };

function candidateCache(): LRUCache<string, Candidates> {
  globalForCandidates.kyrSearchCandidates ??= new LRUCache({ max: 500, ttl: CANDIDATE_CACHE_TTL_MS });
  return globalForCandidates.kyrSearchCandidates;
}

/** Forgets every cached search, for when listings change. */
export function clearSearchCache(): void {
  candidateCache().clear();
}

const firstPhone = (phones: { number: string; extension: string | null; acceptsText: boolean }[]): CandidatePhone | null => {
  const [phone] = phones;
  return phone ? { number: phone.number, extension: phone.extension, acceptsText: phone.acceptsText } : null;
};

async function loadCandidates(place: SearchPlace, radius: number, now: Date): Promise<Candidates> {
  const db = getDatabase();
  const searchable = { isPublished: true, status: "active" as const, verifiedAt: { gte: oldestSearchableVerification(now) } };
  const activeService = { status: "active" as const, kind: "legal_service" as const, organization: searchable };
  const box = boundingBox(place, radius);

  const [boxLocations, areaRows] = await Promise.all([
    queryDatabase(() =>
      db.location.findMany({
        where: {
          latitude: { gte: box.minLatitude, lte: box.maxLatitude },
          longitude: { gte: box.minLongitude, lte: box.maxLongitude },
          organization: searchable,
        },
        select: { id: true, latitude: true, longitude: true },
      }),
    ),
    queryDatabase(() =>
      db.serviceArea.findMany({
        where: { ...serviceAreaCandidates(place), service: activeService },
        select: { serviceId: true, kind: true, radiusMiles: true, centerLatitude: true, centerLongitude: true },
      }),
    ),
  ]);

  const distances = new Map<string, number>();
  for (const location of boxLocations) {
    const miles = distanceInMiles(place, location);
    if (miles <= radius) distances.set(location.id, miles);
  }
  const coveringSpecificity = new Map<string, number>();
  for (const area of areaRows) {
    if (!coversPlace(area, place)) continue;
    const specificity = areaSpecificity(area.kind);
    coveringSpecificity.set(area.serviceId, Math.min(specificity, coveringSpecificity.get(area.serviceId) ?? specificity));
  }
  const inRangeIds = [...distances.keys()];

  const [links, locations] = await Promise.all([
    queryDatabase(() =>
      db.serviceAtLocation.findMany({
        where: { locationId: { in: inRangeIds }, service: activeService },
        select: { locationId: true, serviceId: true },
      }),
    ),
    queryDatabase(() =>
      db.location.findMany({
        where: { id: { in: inRangeIds } },
        select: {
          id: true,
          organizationId: true,
          name: true,
          latitude: true,
          longitude: true,
          addresses: { where: { kind: "physical" }, take: 1, select: { address1: true, address2: true, city: true, region: true, postalCode: true } },
          phones: { orderBy: { sortOrder: "asc" }, select: { number: true, extension: true, acceptsText: true, languages: { select: { code: true } } } },
          languages: { select: { code: true } },
          schedules: { take: 1, select: { timezone: true, isAlwaysOpen: true, openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } } },
        },
      }),
    ),
  ]);

  const serviceIds = [...new Set([...links.map((link) => link.serviceId), ...coveringSpecificity.keys()])];
  const serviceRows = await queryDatabase(() =>
    db.service.findMany({
      where: { id: { in: serviceIds } },
      select: {
        id: true,
        organizationId: true,
        name: true,
        searchText: true,
        capacityStatus: true,
        capacityUpdatedAt: true,
        taxonomyTerms: { select: { term: { select: { slug: true, sortOrder: true } } } },
        languages: { select: { code: true } },
        costOptions: { select: { kind: true } },
        phones: { where: { isHotline: false }, orderBy: { sortOrder: "asc" }, select: { number: true, extension: true, acceptsText: true, languages: { select: { code: true } } } },
        serviceAtLocations: { select: { locationId: true } },
      },
    }),
  );
  const organizationIds = [...new Set(serviceRows.map((service) => service.organizationId))];
  const organizationRows = await queryDatabase(() =>
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
        safetyStatements: { where: { answer: "yes" }, select: { kind: true } },
        phones: { orderBy: { sortOrder: "asc" }, select: { number: true, extension: true, acceptsText: true } },
      },
    }),
  );

  const services = new Map<string, CandidateService>();
  const serviceLocations = new Map<string, string[]>();
  for (const service of serviceRows) {
    serviceLocations.set(service.id, service.serviceAtLocations.map((link) => link.locationId));
    services.set(service.id, {
      id: service.id,
      organizationId: service.organizationId,
      name: service.name,
      searchText: service.searchText,
      capacityStatus: service.capacityStatus,
      capacityUpdatedAt: service.capacityUpdatedAt,
      taxonomy: service.taxonomyTerms.sort((a, b) => a.term.sortOrder - b.term.sortOrder).map((link) => link.term.slug as TaxonomySlug),
      languages: [...new Set([...service.languages, ...service.phones.flatMap((phone) => phone.languages)].map((language) => language.code))],
      costs: [...new Set(service.costOptions.map((cost) => cost.kind))],
      phone: firstPhone(service.phones),
    });
  }
  const organizations = new Map<string, CandidateOrganization>(
    organizationRows.map((organization) => [
      organization.id,
      {
        id: organization.id,
        slug: organization.slug,
        name: organization.name,
        sourceLocale: organization.sourceLocale,
        isSample: organization.isSample,
        verifiedAt: organization.verifiedAt,
        accreditations: organization.accreditations.map((accreditation) => accreditation.kind),
        safety: new Set(organization.safetyStatements.map((statement) => statement.kind)),
        phone: firstPhone(organization.phones),
      },
    ]),
  );

  const servicesAtLocation = new Map<string, string[]>();
  for (const link of links) servicesAtLocation.set(link.locationId, [...(servicesAtLocation.get(link.locationId) ?? []), link.serviceId]);

  const items: CandidateItem[] = [];
  for (const location of locations) {
    const atLocation = servicesAtLocation.get(location.id);
    if (!atLocation || !organizations.has(location.organizationId)) continue;
    const address = location.addresses[0];
    const schedule = location.schedules[0];
    items.push({
      kind: "inRange",
      organizationId: location.organizationId,
      specificity: 0,
      serviceIds: atLocation,
      location: {
        id: location.id,
        organizationId: location.organizationId,
        name: location.name,
        latitude: location.latitude,
        longitude: location.longitude,
        distanceMiles: distances.get(location.id) ?? 0,
        address: address ?? null,
        phone: firstPhone(location.phones),
        languages: [...new Set([...location.languages, ...location.phones.flatMap((phone) => phone.languages)].map((language) => language.code))],
        schedule: schedule ? { timezone: schedule.timezone, isAlwaysOpen: schedule.isAlwaysOpen, openingHours: schedule.openingHours } : undefined,
      },
    });
  }
  items.sort((a, b) => (a.location?.distanceMiles ?? 0) - (b.location?.distanceMiles ?? 0));

  // Services that cover the place but have no office in range, grouped by organization.
  const areaOnly = new Map<string, CandidateItem>();
  for (const [serviceId, specificity] of coveringSpecificity) {
    const service = services.get(serviceId);
    if (!service || !organizations.has(service.organizationId)) continue;
    if ((serviceLocations.get(serviceId) ?? []).some((locationId) => distances.has(locationId))) continue;
    const item = areaOnly.get(service.organizationId) ?? { kind: "areaOnly", organizationId: service.organizationId, location: null, serviceIds: [], specificity };
    item.serviceIds.push(serviceId);
    item.specificity = Math.min(item.specificity, specificity);
    areaOnly.set(service.organizationId, item);
  }
  items.push(
    ...[...areaOnly.values()].sort(
      (a, b) =>
        a.specificity - b.specificity ||
        (organizations.get(a.organizationId)?.name ?? "").localeCompare(organizations.get(b.organizationId)?.name ?? ""),
    ),
  );
  return { organizations, services, items };
}

async function cachedCandidates(place: SearchPlace, radius: number, now: Date): Promise<Candidates> {
  const key = `${place.latitude.toFixed(4)},${place.longitude.toFixed(4)}|${place.zip ?? ""}|${place.countyFips ?? ""}|${place.stateCode}|${radius}`;
  const cache = candidateCache();
  const cached = cache.get(key);
  if (cached) return cached;
  const candidates = await loadCandidates(place, radius, now);
  cache.set(key, candidates);
  return candidates;
}

// ---------------------------------------------------------------------------
// Filters and facets

/** Taxonomy labels in every shipped language, so "asilo" finds asylum services. */
let taxonomyLabelText: Promise<Map<string, string>> | undefined;

function taxonomyLabels(): Promise<Map<string, string>> {
  taxonomyLabelText ??= Promise.all(SHIPPED_LOCALES.map((locale) => loadMessages(locale.code))).then((catalogues) => {
    const labels = new Map<string, string>();
    for (const catalogue of catalogues) {
      for (const [slug, label] of Object.entries(catalogue.Listing.taxonomy)) {
        labels.set(slug, `${labels.get(slug) ?? ""} ${normalizeSearchText(label)}`);
      }
    }
    return labels;
  });
  return taxonomyLabelText;
}

interface FilterSet {
  services: readonly string[];
  languages: readonly string[];
  costs: readonly CostFilter[];
  detained: boolean;
  remote: boolean;
  walkin: boolean;
  tokens: string[];
}

function serviceMatches(
  service: CandidateService,
  organization: CandidateOrganization,
  location: CandidateLocation | null,
  filters: FilterSet,
  labels: Map<string, string>,
): boolean {
  if (filters.services.length > 0 && !service.taxonomy.some((slug) => filters.services.includes(slug))) return false;
  if (filters.languages.length > 0) {
    const spoken = location ? [...service.languages, ...location.languages] : service.languages;
    if (!spoken.some((code) => filters.languages.includes(code))) return false;
  }
  if (filters.costs.length > 0 && !filters.costs.some((cost) => service.costs.includes(COST_KINDS_OF_FILTER[cost]))) return false;
  for (const [filter, statement] of Object.entries(SAFETY_FILTERS) as [keyof typeof SAFETY_FILTERS, SafetyStatementKind][]) {
    if (filters[filter] && !organization.safety.has(statement)) return false;
  }
  if (filters.tokens.length > 0) {
    const text = `${service.searchText} ${service.taxonomy.map((slug) => labels.get(slug) ?? "").join(" ")}`;
    if (!matchesAllTokens(text, filters.tokens)) return false;
  }
  return true;
}

function matchingServices(item: CandidateItem, candidates: Candidates, filters: FilterSet, labels: Map<string, string>): CandidateService[] {
  const organization = candidates.organizations.get(item.organizationId);
  if (!organization) return [];
  return item.serviceIds
    .map((id) => candidates.services.get(id))
    .filter((service): service is CandidateService => service !== undefined && serviceMatches(service, organization, item.location, filters, labels));
}

function countMatching(candidates: Candidates, filters: FilterSet, labels: Map<string, string>): number {
  return candidates.items.filter((item) => matchingServices(item, candidates, filters, labels).length > 0).length;
}

/** For each filter value: how many results there would be with that value chosen in its group, the other groups as they are. */
function facetCounts(candidates: Candidates, filters: FilterSet, labels: Map<string, string>): DirectoryFacets {
  const serviceSlugs = new Set<TaxonomySlug>();
  const languageCodes = new Set<string>(filters.languages);
  for (const item of candidates.items) {
    for (const id of item.serviceIds) {
      const service = candidates.services.get(id);
      service?.taxonomy.forEach((slug) => serviceSlugs.add(slug));
      service?.languages.forEach((code) => languageCodes.add(code));
    }
    item.location?.languages.forEach((code) => languageCodes.add(code));
  }
  for (const slug of filters.services) serviceSlugs.add(slug as TaxonomySlug);
  return {
    services: Object.fromEntries([...serviceSlugs].map((slug) => [slug, countMatching(candidates, { ...filters, services: [slug] }, labels)])),
    languages: Object.fromEntries([...languageCodes].map((code) => [code, countMatching(candidates, { ...filters, languages: [code] }, labels)])),
    costs: Object.fromEntries(COST_FILTERS.map((cost) => [cost, countMatching(candidates, { ...filters, costs: [cost] }, labels)])) as Record<CostFilter, number>,
    detained: countMatching(candidates, { ...filters, detained: true }, labels),
    remote: countMatching(candidates, { ...filters, remote: true }, labels),
    walkin: countMatching(candidates, { ...filters, walkin: true }, labels),
  };
}

// ---------------------------------------------------------------------------
// One page of results

async function pageTranslations(items: { organization: CandidateOrganization; location: CandidateLocation | null; services: CandidateService[] }[], locale: string) {
  const entityIds = items.flatMap((item) => [item.organization.id, ...(item.location ? [item.location.id] : []), ...item.services.map((service) => service.id)]);
  if (entityIds.length === 0) return new TranslationIndex([]);
  const rows = await queryDatabase(() =>
    getDatabase().translation.findMany({
      where: { entityId: { in: entityIds }, field: "name", locale: { in: [...new Set([locale, "en"])] } },
      select: { entityId: true, field: true, locale: true, value: true, source: true },
    }),
  );
  return new TranslationIndex(rows);
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
  const [candidates, labels] = await Promise.all([cachedCandidates(input.place, input.radius, now), taxonomyLabels()]);
  const filters: FilterSet = { ...input.filters, tokens: searchTokens(input.filters.query) };

  const matches = candidates.items.flatMap((item) => {
    const services = matchingServices(item, candidates, filters, labels);
    const organization = candidates.organizations.get(item.organizationId);
    return services.length > 0 && organization ? [{ item, organization, services, location: item.location }] : [];
  });
  const inRangeCount = matches.filter((match) => match.item.kind === "inRange").length;
  const pageCount = Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE));
  const page = Math.min(input.page, pageCount);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const onPage = matches.slice(offset, offset + RESULTS_PER_PAGE);
  const translations = await pageTranslations(onPage, input.locale);

  const items = onPage.map(({ item, organization, services, location }, index): DirectoryResultItem => {
    const pick = (entityId: string, original: string) =>
      translations.pick(entityId, "name", original, organization.sourceLocale, input.locale) ?? {
        text: original,
        lang: organization.sourceLocale,
        source: "original" as const,
        isFallback: input.locale !== organization.sourceLocale,
      };
    return {
      key: `${item.kind}-${location?.id ?? organization.id}`,
      kind: item.kind,
      position: offset + index + 1,
      organization: {
        slug: organization.slug,
        name: pick(organization.id, organization.name),
        isSample: organization.isSample,
        verifiedAt: organization.verifiedAt,
        accreditations: organization.accreditations,
        safety: [...organization.safety],
      },
      location: location
        ? {
            id: location.id,
            name: location.name ? pick(location.id, location.name) : null,
            latitude: location.latitude,
            longitude: location.longitude,
            distanceMiles: location.distanceMiles,
            address: location.address,
            schedule: location.schedule,
          }
        : null,
      services: services.map((service) => ({
        id: service.id,
        name: pick(service.id, service.name),
        capacityStatus: service.capacityStatus,
        capacityUpdatedAt: service.capacityUpdatedAt,
        taxonomy: service.taxonomy,
      })),
      phone: location?.phone ?? services.find((service) => service.phone)?.phone ?? organization.phone,
      languages: [...new Set([...(location?.languages ?? []), ...services.flatMap((service) => service.languages)])],
      costs: [...new Set(services.flatMap((service) => service.costs))],
    };
  });

  return {
    items,
    inRangeCount,
    areaOnlyCount: matches.length - inRangeCount,
    page,
    pageCount,
    facets: facetCounts(candidates, filters, labels),
  };
}
