// Great-circle distance between two coordinates, for ranking helpers by distance.

export interface Coordinate {
  latitude: number;
  longitude: number;
}

/** Mean Earth radius (IUGG), the usual choice for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Distance in kilometres along the Earth's surface (a sphere; within 0.5% of the ellipsoid). */
export function haversineKm(from: Coordinate, to: Coordinate): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  // min() keeps rounding from pushing asin's argument past 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
