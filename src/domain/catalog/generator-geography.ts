/**
 * Where generated services are and whom they serve: a location point a few kilometres from the
 * municipality's point, and a coverage area (werkgebied) that follows the kind of care: the own
 * municipality for welfare, the nearest municipalities within 15 to 25 km for treatment, the
 * whole region for crisis and consultation, the whole country for national e-health. Some
 * treatment services name no area and take patients from anywhere. A few areas gained a
 * municipality only from a future date, or lost one in the past, so that the product's date
 * rules have something to show.
 */
import { addDays, isoDate } from '../calendar/iso-date';
import { distanceKm } from '../matching/geo';
import type { PlannedService } from './generator-plan';
import type { Random } from './seeded-random';
import type { CoverageArea, GeoPoint, IsoDate, Municipality } from './types';

export interface GeneratedCoverage extends CoverageArea {
  id: string;
  serviceId: string;
}

/** The other municipalities by distance, computed once per municipality and kept. */
export class Neighbourhood {
  private readonly cache = new Map<string, { code: string; km: number }[]>();
  private readonly byCode: Map<string, Municipality>;

  constructor(readonly municipalities: readonly Municipality[]) {
    this.byCode = new Map(municipalities.map((m) => [m.code, m]));
  }

  municipality(code: string): Municipality {
    const found = this.byCode.get(code);
    if (!found) throw new Error(`unknown municipality ${code}`);
    return found;
  }

  /** Every other municipality, nearest first. */
  around(code: string): { code: string; km: number }[] {
    let list = this.cache.get(code);
    if (!list) {
      const centre = this.municipality(code).point;
      list = this.municipalities
        .filter((m) => m.code !== code)
        .map((m) => ({ code: m.code, km: distanceKm(centre, m.point) }))
        .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code));
      this.cache.set(code, list);
    }
    return list;
  }
}

const KM_PER_DEGREE_LAT = 111.2;
/**
 * A treatment service names at most this many neighbouring municipalities: in the crowded west
 * a 25 km circle holds twenty or more, more than a practice lists as its werkgebied.
 */
const MAX_NEIGHBOURS = 10;

/** A point up to `maxKm` from `centre` in a random direction. */
export function jitter(centre: GeoPoint, maxKm: number, random: Random): GeoPoint {
  const km = maxKm * Math.sqrt(random.next());
  const angle = random.float(0, 2 * Math.PI);
  const lat = centre.lat + (km * Math.cos(angle)) / KM_PER_DEGREE_LAT;
  const lon = centre.lon + (km * Math.sin(angle)) / (KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

export interface CoverageInput {
  serviceId: string;
  newId: () => string;
  planned: PlannedService;
  /** The location's municipality, or the organisation's for an online-only service. */
  home: string;
  regionCodes: readonly string[];
  today: IsoDate;
  random: Random;
  neighbourhood: Neighbourhood;
}

/** The coverage area of one service. */
export function coverageFor(input: CoverageInput): GeneratedCoverage[] {
  const { planned, home, random, today, neighbourhood } = input;
  // Some practices name no werkgebied at all and take patients from anywhere.
  if (planned.reach === 'radius' && planned.from === undefined && random.chance(0.12)) return [];
  const year = Number(today.slice(0, 4));
  const since = planned.from ?? isoDate(year - random.int(2, 7), random.int(1, 12), 1);
  const codes = new Set<string>([home]);
  const around = neighbourhood.around(home);

  switch (planned.reach) {
    case 'own':
      if (planned.kind !== 'wor-plus' && planned.kind !== 'huisartsenzorg' && random.chance(0.3)) {
        for (const n of around.slice(0, random.int(1, 2))) codes.add(n.code);
      }
      break;
    case 'radius': {
      const radius = random.float(15, 25);
      for (const n of around.slice(0, MAX_NEIGHBOURS)) {
        if (n.km > radius) break;
        codes.add(n.code);
      }
      break;
    }
    case 'region':
      for (const code of input.regionCodes) codes.add(code);
      break;
    case 'national':
      for (const m of neighbourhood.municipalities) codes.add(m.code);
      break;
  }

  const row = (municipalityCode: string, validFrom: IsoDate, validTo: IsoDate | null): GeneratedCoverage => ({
    id: input.newId(),
    serviceId: input.serviceId,
    municipalityCode,
    validFrom,
    validTo,
  });
  const rows = [...codes].map((code) => row(code, since, null));

  // Changes to the area: a municipality that was served until recently, or one that joins later.
  if ((planned.reach === 'radius' || planned.reach === 'own') && planned.from === undefined) {
    const outside: string[] = [];
    for (const n of around) {
      if (outside.length === 2) break;
      if (!codes.has(n.code)) outside.push(n.code);
    }
    if (outside[0] && random.chance(0.07)) rows.push(row(outside[0], since, addDays(today, -random.int(10, 200))));
    if (outside[1] && random.chance(0.06)) rows.push(row(outside[1], addDays(today, random.int(14, 150)), null));
  }
  return rows;
}
