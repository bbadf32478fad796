import "server-only";
import type { Point } from "@/features/geo/distance";
import { findCitiesNamed, findCity, findZip, nearestZip } from "@/features/geo/zip-codes";
import { stateCodeOf } from "@/features/geo/us-states";
import type { DirectorySearch } from "./schema";

/** Where a search is centered, and what it needs for service-area matching. */
export interface SearchPlace extends Point {
  /** What the reader sees: "Chicago, IL 60601", or "Chicago, IL". */
  label: string;
  zip: string | null;
  stateCode: string;
  countyFips: string | null;
}

export type PlaceResolution =
  | { status: "found"; place: SearchPlace }
  | { status: "ambiguous"; choices: { label: string; near: string }[] }
  | { status: "notFound" }
  | { status: "outsideCoverage" }
  | { status: "missing" };

const ZIP_PATTERN = /^(\d{5})(?:-\d{4})?$/;

function fromZip(zip: string): PlaceResolution {
  const place = findZip(zip);
  if (!place) return { status: "notFound" };
  return {
    status: "found",
    place: {
      label: `${place.city}, ${place.stateCode} ${place.zip}`,
      latitude: place.latitude,
      longitude: place.longitude,
      zip: place.zip,
      stateCode: place.stateCode,
      countyFips: place.countyFips,
    },
  };
}

function fromCity(city: string, stateCode: string): PlaceResolution {
  const place = findCity(city, stateCode);
  if (!place) return { status: "notFound" };
  return {
    status: "found",
    place: {
      label: `${place.city}, ${place.stateCode}`,
      latitude: place.latitude,
      longitude: place.longitude,
      zip: null,
      stateCode: place.stateCode,
      countyFips: place.representative.countyFips,
    },
  };
}

/** "60601", "60601-1234", "Chicago, IL", "Chicago IL", "Chicago, Illinois" or "Springfield". */
function fromText(text: string): PlaceResolution {
  const zip = ZIP_PATTERN.exec(text);
  if (zip?.[1]) return fromZip(zip[1]);

  const comma = text.lastIndexOf(",");
  if (comma > 0) {
    const stateCode = stateCodeOf(text.slice(comma + 1));
    return stateCode ? fromCity(text.slice(0, comma), stateCode) : { status: "notFound" };
  }
  // "Chicago IL" or "San Antonio Texas": try the last one or two words as the state.
  const words = text.split(" ");
  for (const stateWords of [1, 2]) {
    if (words.length <= stateWords) continue;
    const stateCode = stateCodeOf(words.slice(-stateWords).join(" "));
    if (stateCode) {
      const resolved = fromCity(words.slice(0, -stateWords).join(" "), stateCode);
      if (resolved.status === "found") return resolved;
    }
  }
  // A city without a state: one match is enough, several need a choice.
  const cities = findCitiesNamed(text);
  if (cities.length === 0) return { status: "notFound" };
  const [only] = cities;
  if (cities.length === 1 && only) return fromCity(only.city, only.stateCode);
  return {
    status: "ambiguous",
    choices: cities.map((city) => ({ label: `${city.city}, ${city.stateName}`, near: `${city.city}, ${city.stateCode}` })),
  };
}

function fromPoint(point: Point): PlaceResolution {
  // The nearest ZIP gives the state, county and ZIP whose service areas apply.
  const zip = nearestZip(point);
  if (!zip) return { status: "outsideCoverage" };
  return {
    status: "found",
    place: { ...point, label: `${zip.city}, ${zip.stateCode}`, zip: zip.zip, stateCode: zip.stateCode, countyFips: zip.countyFips },
  };
}

export function resolvePlace(place: DirectorySearch["place"]): PlaceResolution {
  if (place.kind === "near") return fromText(place.text);
  if (place.kind === "point") return fromPoint(place);
  return { status: "missing" };
}
