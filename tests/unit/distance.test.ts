import { describe, expect, it } from "vitest";
import { boundingBox, distanceInMiles, milesWithinCircle, PACKED_CIRCLE_SIZE, packCircle, packedCircleContains, prepareCircle, preparePoint } from "@/features/geo/distance";

describe("great-circle distance", () => {
  it("measures Chicago to New York at about 711 miles", () => {
    const miles = distanceInMiles({ latitude: 41.8858, longitude: -87.6181 }, { latitude: 40.7484, longitude: -73.9967 });
    expect(miles).toBeGreaterThan(705);
    expect(miles).toBeLessThan(718);
  });

  it("is zero for the same point and symmetric", () => {
    const a = { latitude: 29.4237, longitude: -98.4925 };
    const b = { latitude: 33.4484, longitude: -112.074 };
    expect(distanceInMiles(a, a)).toBe(0);
    expect(distanceInMiles(a, b)).toBeCloseTo(distanceInMiles(b, a), 9);
  });

  it("builds a box that contains every point at the radius, in every direction", () => {
    const center = { latitude: 47.6, longitude: -122.33 };
    const box = boundingBox(center, 25);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Walk 24.9 miles along the bearing with a small-angle approximation.
      const radians = (bearing * Math.PI) / 180;
      const point = {
        latitude: center.latitude + (24.9 / 69) * Math.cos(radians),
        longitude: center.longitude + (24.9 / (69 * Math.cos((center.latitude * Math.PI) / 180))) * Math.sin(radians),
      };
      expect(distanceInMiles(center, point)).toBeLessThan(25.2);
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });

  it("tests points against a prepared or packed circle exactly as the distance would", () => {
    // A fixed pseudo-random walk, so the run is the same every time.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let inside = 0;
    for (let trial = 0; trial < 2000; trial++) {
      const center = { latitude: 25 + next() * 24, longitude: -124 + next() * 57 };
      const miles = [5, 10, 25, 50, 100][trial % 5] as number;
      const point = { latitude: center.latitude + (next() - 0.5) * 4, longitude: center.longitude + (next() - 0.5) * 4 };
      const distance = distanceInMiles(center, point);
      // Points on the edge itself may fall either way by rounding.
      if (Math.abs(distance - miles) < 1e-9) continue;
      const circle = prepareCircle(center, miles);
      // Packed after another circle, as in a list.
      const packed = new Float64Array(2 * PACKED_CIRCLE_SIZE);
      packCircle(prepareCircle(point, 1), packed, 0);
      packCircle(circle, packed, PACKED_CIRCLE_SIZE);
      expect(packedCircleContains(packed, PACKED_CIRCLE_SIZE, preparePoint(point))).toBe(distance <= miles);
      const within = milesWithinCircle(circle, preparePoint(point));
      if (distance <= miles) {
        inside++;
        expect(within).toBeCloseTo(distance, 9);
      } else expect(within).toBe(Infinity);
    }
    // Both sides of the edge were tried.
    expect(inside).toBeGreaterThan(200);
    expect(inside).toBeLessThan(1800);
  });
});
