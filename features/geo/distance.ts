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
  const latitudeA = radians(a.latitude);
  const latitudeB = radians(b.latitude);
  return milesOfHaversine(haversine(latitudeA, radians(a.longitude), Math.cos(latitudeA), latitudeB, radians(b.longitude), Math.cos(latitudeB)));
}

/**
 * A point with its trigonometry done once, for search, which measures the
 * distance from one place to hundreds of offices and service areas.
 */
export interface PreparedPoint {
  latitudeRadians: number;
  longitudeRadians: number;
  latitudeCosine: number;
}

export function preparePoint(point: Point): PreparedPoint {
  const latitudeRadians = radians(point.latitude);
  return { latitudeRadians, longitudeRadians: radians(point.longitude), latitudeCosine: Math.cos(latitudeRadians) };
}

/**
 * The haversine of the angle between two points (h in the haversine
 * formula): it grows with the distance. Each point as latitude and longitude
 * in radians and the cosine of its latitude, whether it comes from a Point,
 * a PreparedPoint or a packed circle.
 */
function haversine(latitudeA: number, longitudeA: number, cosineA: number, latitudeB: number, longitudeB: number, cosineB: number): number {
  return Math.sin((latitudeB - latitudeA) / 2) ** 2 + cosineA * cosineB * Math.sin((longitudeB - longitudeA) / 2) ** 2;
}

function milesOfHaversine(h: number): number {
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A circle prepared for many "is this point inside?" tests. They compare
 * haversines (h <= sin²(miles / 2R), the same condition as
 * `distanceInMiles(center, point) <= miles`): no inverse sine or square root
 * for a point outside.
 */
export interface PreparedCircle {
  center: PreparedPoint;
  /** The radius as an angle at the Earth's center: points further north or south are outside without trigonometry. */
  angularRadius: number;
  haversineLimit: number;
}

export function prepareCircle(center: Point, miles: number): PreparedCircle {
  const halfAngle = Math.min(Math.PI / 2, miles / (2 * EARTH_RADIUS_MILES));
  return { center: preparePoint(center), angularRadius: 2 * halfAngle, haversineLimit: Math.sin(halfAngle) ** 2 };
}

/**
 * Circles packed in a Float64Array, PACKED_CIRCLE_SIZE numbers each (center
 * latitude and longitude in radians, cosine of the latitude, angular radius,
 * haversine limit), for lists of thousands read without an object each.
 */
export const PACKED_CIRCLE_SIZE = 5;

export function packCircle(circle: PreparedCircle, into: Float64Array, offset: number): void {
  into.set([circle.center.latitudeRadians, circle.center.longitudeRadians, circle.center.latitudeCosine, circle.angularRadius, circle.haversineLimit], offset);
}

/** Whether the circle packed at `offset` contains the point: the same test as milesWithinCircle's. */
export function packedCircleContains(circles: Float64Array, offset: number, point: PreparedPoint): boolean {
  const latitudeRadians = circles[offset] as number;
  if (Math.abs(point.latitudeRadians - latitudeRadians) > (circles[offset + 3] as number)) return false;
  const h = haversine(latitudeRadians, circles[offset + 1] as number, circles[offset + 2] as number, point.latitudeRadians, point.longitudeRadians, point.latitudeCosine);
  return h <= (circles[offset + 4] as number);
}

/** The distance in miles from the circle's center to the point, or Infinity when the point is outside the circle. */
export function milesWithinCircle(circle: PreparedCircle, point: PreparedPoint): number {
  const { center } = circle;
  if (Math.abs(point.latitudeRadians - center.latitudeRadians) > circle.angularRadius) return Infinity;
  const h = haversine(center.latitudeRadians, center.longitudeRadians, center.latitudeCosine, point.latitudeRadians, point.longitudeRadians, point.latitudeCosine);
  return h <= circle.haversineLimit ? milesOfHaversine(h) : Infinity;
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
