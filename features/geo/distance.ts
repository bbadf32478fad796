/** Great-circle geometry on a spherical Earth; isomorphic, no I/O. */

const EARTH_RADIUS_MILES = 3958.8;
const MILES_PER_DEGREE_LATITUDE = 69.0;

export interface Point {
  latitude: number;
  longitude: number;
}

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Haversine distance in miles. */
export function distanceInMiles(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * A box that contains every point within `miles` of `center`, for an indexed
 * prefilter; the exact distance is computed afterwards.
 */
export function boundingBox(center: Point, miles: number): BoundingBox {
  const latitudeDelta = miles / MILES_PER_DEGREE_LATITUDE;
  const cosine = Math.cos(radians(center.latitude));
  const longitudeDelta = cosine < 1e-6 ? 180 : Math.min(180, miles / (MILES_PER_DEGREE_LATITUDE * cosine));
  return {
    minLatitude: center.latitude - latitudeDelta,
    maxLatitude: center.latitude + latitudeDelta,
    minLongitude: center.longitude - longitudeDelta,
    maxLongitude: center.longitude + longitudeDelta,
  };
}
