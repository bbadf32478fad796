import { z } from "zod";
import { TAXONOMY, type TaxonomySlug } from "@/features/listings/schema";
import { normalizeLanguageCode } from "./language-codes";
import { MAX_NEAR_LENGTH, MAX_QUERY_LENGTH } from "./limits";

/**
 * The search URL contract (DESIGN.md section 2), parsed by one schema for the
 * page, the form and any API: `near` (ZIP or "City, ST") or `lat`+`lng`,
 * `radius`, repeatable `service` and `lang`, `cost`, `detained`, `remote`,
 * `walkin`, `q` and `page`. Bad values never fail the parse: they are dropped
 * or replaced, and a notice says so.
 */

export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export type RadiusMiles = (typeof RADIUS_OPTIONS)[number];
export const DEFAULT_RADIUS: RadiusMiles = 25;
export const RESULTS_PER_PAGE = 20;
export const COST_FILTERS = ["free", "sliding"] as const;
export type CostFilter = (typeof COST_FILTERS)[number];
/** More values than this in a repeated parameter are ignored. */
const MAX_REPEATS = 20;
const MAX_PAGE = 10_000;

export type DirectoryNotice = "radiusFallback" | "pageReset" | "queryShortened" | "unknownFilters" | "coordinatesInvalid";

const TAXONOMY_SLUGS = new Set<string>(TAXONOMY.map((term) => term.slug));
// C0 and C1 controls, and the Unicode bidi controls that could reorder text.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

type RawValue = string | string[] | undefined;

/** For a repeated scalar, the first value wins. */
function first(value: RawValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: RawValue): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).slice(0, MAX_REPEATS);
}

function cleanText(value: string | undefined, maxLength: number): { text: string; shortened: boolean } {
  const text = (value ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim();
  return text.length > maxLength ? { text: text.slice(0, maxLength).trim(), shortened: true } : { text, shortened: false };
}

function coordinate(value: string | undefined, limit: number): number | null {
  if (value === undefined || !/^-?\d{1,3}(\.\d+)?$/.test(value.trim())) return null;
  const number = Number(value);
  // Coordinates are rounded to about a kilometer, here as in the browser.
  return Number.isFinite(number) && Math.abs(number) <= limit ? Math.round(number * 100) / 100 : null;
}

const rawValue = z.union([z.string(), z.array(z.string())]).optional();

export const directorySearchSchema = z
  .object({
    near: rawValue,
    lat: rawValue,
    lng: rawValue,
    radius: rawValue,
    service: rawValue,
    lang: rawValue,
    cost: rawValue,
    detained: rawValue,
    remote: rawValue,
    walkin: rawValue,
    q: rawValue,
    page: rawValue,
  })
  .transform((raw) => {
    const notices = new Set<DirectoryNotice>();

    const near = cleanText(first(raw.near), MAX_NEAR_LENGTH).text;
    const latitude = coordinate(first(raw.lat), 90);
    const longitude = coordinate(first(raw.lng), 180);
    const hasCoordinates = first(raw.lat) !== undefined || first(raw.lng) !== undefined;
    let place: { kind: "near"; text: string } | { kind: "point"; latitude: number; longitude: number } | { kind: "none" } = { kind: "none" };
    // `near` wins over `lat`/`lng`.
    if (near) place = { kind: "near", text: near };
    else if (latitude !== null && longitude !== null) place = { kind: "point", latitude, longitude };
    else if (hasCoordinates) notices.add("coordinatesInvalid");

    const radiusText = first(raw.radius);
    let radius: RadiusMiles = DEFAULT_RADIUS;
    if (radiusText !== undefined) {
      const match = RADIUS_OPTIONS.find((option) => String(option) === radiusText.trim());
      if (match) radius = match;
      else notices.add("radiusFallback");
    }

    const requestedServices = all(raw.service);
    const services = [...new Set(requestedServices.filter((slug) => TAXONOMY_SLUGS.has(slug)))] as TaxonomySlug[];
    const requestedLanguages = all(raw.lang);
    const languages = [...new Set(requestedLanguages.map(normalizeLanguageCode).filter((code): code is string => code !== null))];
    const requestedCosts = all(raw.cost);
    const costs = [...new Set(requestedCosts.filter((cost): cost is CostFilter => (COST_FILTERS as readonly string[]).includes(cost)))];
    if (
      requestedServices.some((slug) => !TAXONOMY_SLUGS.has(slug)) ||
      requestedLanguages.some((code) => normalizeLanguageCode(code) === null) ||
      requestedCosts.some((cost) => !(COST_FILTERS as readonly string[]).includes(cost))
    ) {
      notices.add("unknownFilters");
    }

    const query = cleanText(first(raw.q), MAX_QUERY_LENGTH);
    if (query.shortened) notices.add("queryShortened");

    const pageText = first(raw.page);
    let page = 1;
    if (pageText !== undefined) {
      const number = /^\d{1,6}$/.test(pageText.trim()) ? Number(pageText) : Number.NaN;
      if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) page = number;
      else notices.add("pageReset");
    }

    return {
      place,
      radius,
      filters: {
        services,
        languages,
        costs,
        detained: first(raw.detained) === "1",
        remote: first(raw.remote) === "1",
        walkin: first(raw.walkin) === "1",
        query: query.text,
      },
      page,
      notices: [...notices],
    };
  });

export type DirectorySearch = z.output<typeof directorySearchSchema>;
export type DirectoryFilters = DirectorySearch["filters"];

/**
 * Parses whatever arrived in the query string: unknown parameters are
 * ignored, and a malformed shape (which only a hand-made URL can produce)
 * reads as an empty search rather than an error.
 */
export function parseDirectorySearch(searchParams: Record<string, RawValue>): DirectorySearch {
  const known = Object.fromEntries(
    Object.entries(searchParams).filter(([key]) => key in directorySearchSchema.in.shape),
  );
  const result = directorySearchSchema.safeParse(known);
  return result.success ? result.data : directorySearchSchema.parse({});
}

/** The URL query of a search, in the contract's canonical order; `page` 1 is left out. */
export function directoryQueryString(
  search: { place: DirectorySearch["place"]; radius: number; filters: DirectoryFilters; page?: number },
  changes: Partial<{ radius: number; page: number }> = {},
): string {
  const params = new URLSearchParams();
  if (search.place.kind === "near") params.set("near", search.place.text);
  if (search.place.kind === "point") {
    params.set("lat", search.place.latitude.toFixed(2));
    params.set("lng", search.place.longitude.toFixed(2));
  }
  const radius = changes.radius ?? search.radius;
  if (radius !== DEFAULT_RADIUS) params.set("radius", String(radius));
  for (const slug of search.filters.services) params.append("service", slug);
  for (const code of search.filters.languages) params.append("lang", code);
  for (const cost of search.filters.costs) params.append("cost", cost);
  if (search.filters.detained) params.set("detained", "1");
  if (search.filters.remote) params.set("remote", "1");
  if (search.filters.walkin) params.set("walkin", "1");
  if (search.filters.query) params.set("q", search.filters.query);
  const page = changes.page ?? search.page ?? 1;
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
