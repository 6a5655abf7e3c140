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

/**
 * A fast distance measure from one fixed point, for many points: the equirectangular
 * approximation, within 0.1 % of the great-circle distance over the Netherlands' distances.
 */
export function distanceFrom(centre: GeoPoint): (lat: number, lon: number) => number {
  const kmPerDegreeLat = (EARTH_RADIUS_KM * Math.PI) / 180;
  const lat0 = centre.lat;
  const lon0 = centre.lon;
  return (lat, lon) => {
    const x = (lon - lon0) * Math.cos(radians((lat + lat0) / 2));
    const y = lat - lat0;
    return kmPerDegreeLat * Math.sqrt(x * x + y * y);
  };
}

const cellKey = (y: number, x: number) => (y + 2000) * 10_000 + (x + 5000);

/** The key of the grid cell a point lies in (a number, for fast map lookups). */
export function cellOf(point: GeoPoint): number {
  return cellKey(Math.floor(point.lat / CELL_LAT), Math.floor(point.lon / CELL_LON));
}

/** Keys of every cell that may hold a point within `radiusKm` of `centre`. */
export function cellsWithin(centre: GeoPoint, radiusKm: number): number[] {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.max(0.1, Math.cos(radians(Math.abs(centre.lat) + dLat)));
  const dLon = radiusKm / kmPerDegreeLon;
  const keys: number[] = [];
  const latFrom = Math.floor((centre.lat - dLat) / CELL_LAT);
  const latTo = Math.floor((centre.lat + dLat) / CELL_LAT);
  const lonFrom = Math.floor((centre.lon - dLon) / CELL_LON);
  const lonTo = Math.floor((centre.lon + dLon) / CELL_LON);
  for (let y = latFrom; y <= latTo; y++) {
    for (let x = lonFrom; x <= lonTo; x++) keys.push(cellKey(y, x));
  }
  return keys;
}
