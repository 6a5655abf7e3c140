/**
 * The layout of the demo care map: per demo region how many organisations of each archetype,
 * and in which municipality. Welzijn op Recept+ follows what seed 001 says for the region
 * Ede-Wageningen (WoR+ in Ede, Renswoude and Rheden, in Veenendaal as one offer with WoR,
 * in Wageningen expected from May 2026, not in Renkum and Utrechtse Heuvelrug). Noordwest-Utrecht
 * has no known WoR+ (see the regional rules), so its one WoR+ offer is a pilot that has not
 * started yet: it is on the map, but covers nobody before its start date.
 */
import { fromIsoDate, isoDate } from '../calendar/iso-date';
import { DEMO_REGIONS, type DemoRegion } from './demo-regions';
import type { Archetype, ArchetypeOptions } from './generator-plan';
import type { Random } from './seeded-random';
import type { IsoDate } from './types';

export interface OrganizationSpec {
  archetype: Archetype;
  /** Demo region id, or 'national'. */
  region: string;
  home: string;
  /** The municipalities the organisation's regional services cover. */
  regionCodes: readonly string[];
  options: ArchetypeOptions;
}

/** WoR+ per municipality in the region Ede-Wageningen (seed 001); a date means "from then". */
const EDE_WAGENINGEN_WOR_PLUS: Record<string, true | IsoDate> = {
  GM0228: true, // Ede
  GM0339: true, // Renswoude
  GM0275: true, // Rheden
  GM0345: true, // Veenendaal: WoR and WoR+ are one offer
  GM0289: '2026-05-01', // Wageningen: "verwacht in mei 2026"; the first of May is our assumption
};

/** The first day of the month `months` after today's month. */
function firstOfMonthAhead(today: IsoDate, months: number): IsoDate {
  const date = fromIsoDate(today);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, 1);
}

function worPlusFor(region: DemoRegion, home: string, today: IsoDate, first: boolean): ArchetypeOptions['worPlus'] {
  if (region.id === 'ede-wageningen') {
    const rule = EDE_WAGENINGEN_WOR_PLUS[home];
    if (rule === undefined) return false;
    return rule === true ? true : { from: rule };
  }
  return first ? { from: firstOfMonthAhead(today, 4) } : false;
}

/** Organisations per demo region. */
const PER_REGION = {
  practices: 32,
  institutions: 3,
  welfare: 5,
  socialTeams: 2,
  gpPractices: 8,
  peerSupport: 2,
} as const;

/** The organisations of the demo care map, in a fixed order. */
export function demoOrganizations(random: Random, today: IsoDate, allCodes: readonly string[]): OrganizationSpec[] {
  const specs: OrganizationSpec[] = [];
  for (const region of DEMO_REGIONS) {
    const codes = region.municipalityCodes;
    const centre = codes[0]!;
    const spec = (archetype: Archetype, home: string, options: ArchetypeOptions = {}) =>
      specs.push({ archetype, region: region.id, home, regionCodes: codes, options });
    // The first municipality is the region's centre and gets more practices.
    const weightedHome = () => random.weighted(codes.map((code) => [code, code === centre ? 3 : 1] as const));

    for (let i = 0; i < PER_REGION.practices; i++) spec('ggz-praktijk', weightedHome());
    for (let i = 0; i < PER_REGION.institutions; i++) {
      spec('ggz-instelling', i === 0 ? centre : random.pick(codes), { crisis: i === 0, consultatie: i < 2 });
    }
    codes.slice(0, PER_REGION.welfare).forEach((home, i) => spec('welzijnsorganisatie', home, { worPlus: worPlusFor(region, home, today, i === 0) }));
    for (let i = 0; i < PER_REGION.socialTeams; i++) spec('buurtteam', codes[i % codes.length]!);
    for (let i = 0; i < PER_REGION.gpPractices; i++) spec('huisartsenpraktijk', weightedHome());
    spec('regionaal-netwerk', centre);
    spec('ehealth-aanbieder', random.pick(codes), { ehealthReach: 'region' });
    for (let i = 0; i < PER_REGION.peerSupport; i++) spec('ervaringsorganisatie', random.pick(codes));
  }
  // Two national e-health providers, based anywhere in the country.
  for (let i = 0; i < 2; i++) {
    specs.push({ archetype: 'ehealth-aanbieder', region: 'national', home: random.pick(allCodes), regionCodes: allCodes, options: { ehealthReach: 'national' } });
  }
  return specs;
}
