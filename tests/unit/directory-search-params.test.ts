import { describe, expect, it } from "vitest";
import { directoryQueryString, parseDirectorySearch } from "@/features/directory/schema";

describe("search parameters", () => {
  it("reads a full search", () => {
    const search = parseDirectorySearch({
      near: " 60601 ",
      radius: "10",
      service: ["asylum", "daca"],
      lang: ["es", "mam"],
      cost: "free",
      detained: "1",
      remote: "0",
      walkin: "1",
      q: "bond hearing",
      page: "2",
    });
    expect(search).toEqual({
      place: { kind: "near", text: "60601" },
      radius: 10,
      filters: { services: ["asylum", "daca"], languages: ["es", "mam"], costs: ["free"], detained: true, remote: false, walkin: true, query: "bond hearing" },
      page: 2,
      notices: [],
    });
  });

  it("lets the first value of a repeated scalar win, and near win over coordinates", () => {
    const search = parseDirectorySearch({ near: ["10001", "60601"], radius: ["50", "5"], lat: "41.88", lng: "-87.62" });
    expect(search.place).toEqual({ kind: "near", text: "10001" });
    expect(search.radius).toBe(50);
  });

  it("rounds coordinates to two decimals and rejects impossible ones", () => {
    expect(parseDirectorySearch({ lat: "41.88512", lng: "-87.61789" }).place).toEqual({ kind: "point", latitude: 41.89, longitude: -87.62 });
    const bad = parseDirectorySearch({ lat: "91", lng: "-87" });
    expect(bad.place).toEqual({ kind: "none" });
    expect(bad.notices).toContain("coordinatesInvalid");
    expect(parseDirectorySearch({ lat: "1e3", lng: "NaN" }).notices).toContain("coordinatesInvalid");
  });

  it("falls back to 25 miles with a notice for any other radius", () => {
    for (const radius of ["7", "-5", "100000", "abc", ""]) {
      const search = parseDirectorySearch({ near: "60601", radius });
      expect(search.radius).toBe(25);
      expect(search.notices).toContain("radiusFallback");
    }
  });

  it("normalizes language codes to ISO 639-1 where one exists, and drops unknown filter values with a notice", () => {
    const search = parseDirectorySearch({ lang: ["spa", "ES", "ara", "quc", "MAM", "xx", "english"], service: ["asylum", "time-travel"], cost: ["free", "gratis"] });
    expect(search.filters.languages).toEqual(["es", "ar", "quc", "mam"]);
    expect(search.filters.services).toEqual(["asylum"]);
    expect(search.filters.costs).toEqual(["free"]);
    expect(search.notices).toContain("unknownFilters");
  });

  it("cleans and shortens keywords, and resets bad page numbers", () => {
    const long = parseDirectorySearch({ q: `asylum\u0000\u202E${"x".repeat(5_000)}` });
    expect(long.filters.query.length).toBeLessThanOrEqual(100);
    expect(long.filters.query).not.toMatch(/[\u0000\u202E]/);
    expect(long.notices).toContain("queryShortened");
    for (const page of ["-3", "0", "1.5", "abc", "99999999"]) {
      const search = parseDirectorySearch({ near: "60601", page });
      expect(search.page).toBe(1);
      expect(search.notices).toContain("pageReset");
    }
  });

  it("ignores unknown parameters and malformed shapes", () => {
    expect(parseDirectorySearch({ utm_source: "flyer", near: "60601" }).place).toEqual({ kind: "near", text: "60601" });
    expect(parseDirectorySearch({}).place).toEqual({ kind: "none" });
  });

  it("writes the query back in canonical form", () => {
    const search = parseDirectorySearch({ near: "Chicago, IL", service: ["asylum"], lang: "spa", walkin: "1", q: "bond", page: "3" });
    expect(directoryQueryString(search)).toBe("near=Chicago%2C+IL&service=asylum&lang=es&walkin=1&q=bond&page=3");
    expect(directoryQueryString(search, { radius: 50, page: 1 })).toBe("near=Chicago%2C+IL&radius=50&service=asylum&lang=es&walkin=1&q=bond");
    expect(parseDirectorySearch(Object.fromEntries(new URLSearchParams(directoryQueryString(search))))).toMatchObject({ place: search.place });
  });
});
