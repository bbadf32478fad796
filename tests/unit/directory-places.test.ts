import { describe, expect, it } from "vitest";
import { resolvePlace } from "@/features/directory/places";

describe("where a search is centered", () => {
  it.each([
    ["60601", "Chicago, IL 60601"],
    ["60601-4455", "Chicago, IL 60601"],
    ["Chicago, IL", "Chicago, IL"],
    ["chicago il", "Chicago, IL"],
    ["San Antonio, Texas", "San Antonio, TX"],
    ["san antonio texas", "San Antonio, TX"],
    ["St. Louis, MO", "Saint Louis, MO"],
  ])("finds %s", (text, label) => {
    const resolution = resolvePlace({ kind: "near", text });
    expect(resolution.status).toBe("found");
    expect(resolution.status === "found" && resolution.place.label).toBe(label);
  });

  it("gives a ZIP search its ZIP, county and state, and a city search its county and state", () => {
    expect(resolvePlace({ kind: "near", text: "60601" })).toMatchObject({ status: "found", place: { zip: "60601", countyFips: "17031", stateCode: "IL" } });
    expect(resolvePlace({ kind: "near", text: "Houston, TX" })).toMatchObject({ status: "found", place: { zip: null, countyFips: "48201", stateCode: "TX" } });
  });

  it("offers a choice for a city name that several states have", () => {
    const resolution = resolvePlace({ kind: "near", text: "Springfield" });
    expect(resolution.status).toBe("ambiguous");
    if (resolution.status !== "ambiguous") return;
    expect(resolution.choices.map((choice) => choice.near)).toEqual(expect.arrayContaining(["Springfield, IL", "Springfield, MA", "Springfield, MO"]));
  });

  it("says when a place does not exist", () => {
    for (const text of ["99999", "00000", "Atlantis, IL", "Chicago, ZZ", "Narnia", "<script>"]) {
      expect(resolvePlace({ kind: "near", text }).status, text).toBe("notFound");
    }
  });

  it("turns coordinates into the nearest ZIP's area, and refuses points outside the country", () => {
    expect(resolvePlace({ kind: "point", latitude: 41.89, longitude: -87.62 })).toMatchObject({
      status: "found",
      place: { latitude: 41.89, longitude: -87.62, stateCode: "IL", countyFips: "17031" },
    });
    expect(resolvePlace({ kind: "point", latitude: 48.85, longitude: 2.35 }).status).toBe("outsideCoverage");
    expect(resolvePlace({ kind: "none" }).status).toBe("missing");
  });
});
