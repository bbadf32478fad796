import { describe, expect, it } from "vitest";
import { boundingBox } from "@/features/geo/distance";
import { longitudeStrip, longitudeStripsBetween } from "@/features/listings/search-index";

describe("longitude strips of the office index", () => {
  it("lists the strip of every longitude inside a search box, west and east of Greenwich", () => {
    for (const center of [
      { latitude: 40.75, longitude: -73.99 },
      { latitude: 21.31, longitude: -157.86 },
      { latitude: 13.44, longitude: 144.79 },
      { latitude: 51.5, longitude: 0.02 },
    ]) {
      const box = boundingBox(center, 25);
      const strips = longitudeStripsBetween(box.minLongitude, box.maxLongitude);
      expect(strips).not.toBeNull();
      for (let step = 0; step <= 1000; step++) {
        const longitude = box.minLongitude + ((box.maxLongitude - box.minLongitude) * step) / 1000;
        expect(strips).toContain(longitudeStrip(longitude));
      }
      // Nothing far outside the box: at most one strip beyond each edge's own.
      expect(strips?.length).toBeLessThanOrEqual(Math.ceil((box.maxLongitude - box.minLongitude) * 10) + 2);
    }
  });

  it("truncates toward zero, as the migration's CAST does in SQL", () => {
    expect(longitudeStrip(-73.99)).toBe(-739);
    expect(longitudeStrip(-0.05)).toBe(0);
    expect(longitudeStrip(144.79)).toBe(1447);
  });

  it("gives up listing strips for a box that spans most of the globe", () => {
    expect(longitudeStripsBetween(-180, 180)).toBeNull();
  });
});
