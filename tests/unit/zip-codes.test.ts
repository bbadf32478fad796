import { describe, expect, it } from "vitest";
import { findCitiesNamed, findCity, findCounty, findZip, nearestZip } from "@/features/geo/zip-codes";
import { normalizePlaceName } from "@/features/geo/place-names";
import { stateCodeOf } from "@/features/geo/us-states";

describe("ZIP code dataset", () => {
  it("finds a ZIP with its city, state, county FIPS and coordinates", () => {
    expect(findZip("60601")).toMatchObject({ city: "Chicago", stateCode: "IL", countyFips: "17031" });
    expect(findZip("10001")).toMatchObject({ city: "New York", stateCode: "NY", countyFips: "36061" });
    const sanAntonio = findZip("78205");
    expect(sanAntonio?.latitude).toBeCloseTo(29.42, 1);
    expect(sanAntonio?.longitude).toBeCloseTo(-98.49, 1);
  });

  it("accepts ZIP+4 and rejects unknown ZIPs", () => {
    expect(findZip("60601-1234")?.zip).toBe("60601");
    expect(findZip("00000")).toBeNull();
    expect(findZip("99999")).toBeNull();
  });

  it("finds a city by name and state, whatever the spelling of 'Saint'", () => {
    const chicago = findCity("chicago", "il");
    expect(chicago?.stateCode).toBe("IL");
    expect(chicago?.zips).toContain("60601");
    expect(chicago?.representative.countyFips).toBe("17031");
    expect(findCity("St. Louis", "MO")?.city).toBe(findCity("Saint Louis", "MO")?.city);
    expect(findCity("Atlantis", "IL")).toBeNull();
  });

  it("lists every state with a city of that name, for an ambiguous search", () => {
    const springfields = findCitiesNamed("Springfield").map((place) => place.stateCode);
    expect(springfields).toEqual(expect.arrayContaining(["IL", "MA", "MO"]));
    expect(findCitiesNamed("Notarealplace")).toEqual([]);
  });

  it("finds the nearest ZIP to a point, and none far out at sea", () => {
    expect(nearestZip({ latitude: 41.886, longitude: -87.618 })?.stateCode).toBe("IL");
    expect(nearestZip({ latitude: 30, longitude: -40 })).toBeNull();
  });

  it("names counties from their FIPS code", () => {
    expect(findCounty("17031")).toEqual({ countyName: "Cook", stateCode: "IL", stateName: "Illinois" });
    expect(findCounty("99999")).toBeNull();
  });

  it("normalizes place names and state names", () => {
    expect(normalizePlaceName("  SAINT-Paul ")).toBe("saint paul");
    expect(normalizePlaceName("Cañon City")).toBe("canon city");
    expect(stateCodeOf("illinois")).toBe("IL");
    expect(stateCodeOf("tx")).toBe("TX");
    expect(stateCodeOf("Narnia")).toBeNull();
  });
});
