/**
 * Distances on the map of the Netherlands: great-circle distance between two points, and the
 * square grid (cells of about 10 km) the index uses to find services within a radius without
 * looking at every service.
 */
import type { GeoPoint } from '../catalog/types';

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE_LAT = 111.2;
/** Cell size in degrees: 0.09° latitude is about 10 km, 0.15° longitude is about 10 km at 52° N. */
const CELL_LAT = 0.09;
const CELL_LON = 0.15;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The key of the grid cell a point lies in. */
export function cellOf(point: GeoPoint): string {
  return `${Math.floor(point.lat / CELL_LAT)}:${Math.floor(point.lon / CELL_LON)}`;
}

/** Keys of every cell that may hold a point within `radiusKm` of `centre`. */
export function cellsWithin(centre: GeoPoint, radiusKm: number): string[] {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.max(0.1, Math.cos(radians(Math.abs(centre.lat) + dLat)));
  const dLon = radiusKm / kmPerDegreeLon;
  const keys: string[] = [];
  const latFrom = Math.floor((centre.lat - dLat) / CELL_LAT);
  const latTo = Math.floor((centre.lat + dLat) / CELL_LAT);
  const lonFrom = Math.floor((centre.lon - dLon) / CELL_LON);
  const lonTo = Math.floor((centre.lon + dLon) / CELL_LON);
  for (let y = latFrom; y <= latTo; y++) {
    for (let x = lonFrom; x <= lonTo; x++) keys.push(`${y}:${x}`);
  }
  return keys;
}
