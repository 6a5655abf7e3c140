/**
 * The shape of the generated care map before any detail is filled in: which organisations exist,
 * where their locations are and which services (kind of care and offer) each runs, and how far
 * each service reaches. The demo plan lays out the two demo regions so that every kind of care
 * is present in both; the national plan draws organisations by weight.
 */
import { OFFERS } from './generator-offers';
import type { Random } from './seeded-random';
import type { IsoDate } from './types';
import type { CareKind, OrganizationKind } from './vocabulary';

/**
 * How far a service reaches (werkgebied): its own municipality, the municipalities within a
 * radius, all municipalities of its region (the demo region, or the province in national data),
 * or the whole country.
 */
export type Reach = 'own' | 'radius' | 'region' | 'national';

export interface PlannedService {
  kind: CareKind;
  /** Index into OFFERS[kind]. */
  offer: number;
  /** Index into the organisation's locations; null for an online-only service. */
  location: number | null;
  reach: Reach;
  /** When set, the service covers its area only from this date (a start announced ahead). */
  from?: IsoDate;
}

export interface PlannedOrganization {
  kind: OrganizationKind;
  /** Municipality code of each location. */
  locations: string[];
  services: PlannedService[];
}

export interface PlanContext {
  /** The location's municipality first. */
  home: string;
  /** The municipalities of the region the organisation works in. */
  region: readonly string[];
}

const offerIndex = (kind: CareKind, name: string) => {
  const index = OFFERS[kind].findIndex((o) => o.name === name);
  if (index < 0) throw new Error(`no offer "${name}" for ${kind}`);
  return index;
};
const anyOffer = (random: Random, kind: CareKind) => random.int(0, OFFERS[kind].length - 1);
const distinctOffers = (random: Random, kind: CareKind, n: number, except: number[] = []) =>
  random.sample(
    OFFERS[kind].map((_, i) => i).filter((i) => !except.includes(i)),
    n,
  );

/** Other municipalities of the region for extra locations (the home one when it is alone). */
function extraHomes(random: Random, context: PlanContext, n: number): string[] {
  const others = context.region.filter((code) => code !== context.home);
  return others.length > 0 ? random.sample(others, n) : [];
}

const PRACTICE_SGGZ = ['Traumacentrum', 'Persoonlijkheidsproblematiek', 'Angst- en dwangstoornissen', 'Stemmingsstoornissen', 'ADHD en autisme volwassenen', 'Psychosomatiek'];
const SOCIAL_TEAM = offerIndex('welzijn', 'Sociaal wijkteam');

export interface ArchetypeOptions {
  crisis?: boolean;
  consultatie?: boolean;
  /** Offer WoR+; `from` when it starts later. */
  worPlus?: boolean | { from: IsoDate };
  ehealthReach?: Reach;
}

/** A self-employed mental-health practice: basis-ggz, sometimes one specialised offer. */
function ggzPractice(random: Random, context: PlanContext): PlannedOrganization {
  const services: PlannedService[] = [{ kind: 'bggz', offer: anyOffer(random, 'bggz'), location: 0, reach: 'radius' }];
  if (random.chance(0.35)) {
    services.push({ kind: 'sggz', offer: offerIndex('sggz', random.pick(PRACTICE_SGGZ)), location: 0, reach: 'radius' });
  }
  return { kind: 'ggz-praktijk', locations: [context.home], services };
}

/** A mental-health institution: several locations, specialised programmes, crisis and consultation. */
function ggzInstitution(random: Random, context: PlanContext, options: ArchetypeOptions): PlannedOrganization {
  const locations = [context.home, ...extraHomes(random, context, random.int(1, 2))];
  const services: PlannedService[] = [];
  locations.forEach((_, location) => {
    if (random.chance(0.5)) services.push({ kind: 'bggz', offer: anyOffer(random, 'bggz'), location, reach: 'radius' });
    for (const offer of distinctOffers(random, 'sggz', random.int(3, 4))) services.push({ kind: 'sggz', offer, location, reach: 'radius' });
  });
  if (options.crisis) {
    // A crisis service and intensive home treatment, both around the clock.
    services.push({ kind: 'crisis', offer: 0, location: 0, reach: 'region' });
    services.push({ kind: 'crisis', offer: 1, location: 0, reach: 'region' });
  }
  if (options.consultatie) services.push({ kind: 'consultatie', offer: anyOffer(random, 'consultatie'), location: 0, reach: 'region' });
  return { kind: 'ggz-instelling', locations, services };
}

/** A welfare organisation: social-domain offers, Welzijn op Recept (and WoR+ where it exists), social work. */
function welfare(random: Random, context: PlanContext, options: ArchetypeOptions): PlannedOrganization {
  const services: PlannedService[] = distinctOffers(random, 'welzijn', random.int(3, 4), [SOCIAL_TEAM]).map((offer) => ({
    kind: 'welzijn' as const,
    offer,
    location: 0,
    reach: 'own' as const,
  }));
  services.push({ kind: 'wor', offer: 0, location: 0, reach: 'own' });
  if (options.worPlus) {
    const from = typeof options.worPlus === 'object' ? { from: options.worPlus.from } : {};
    services.push({ kind: 'wor-plus', offer: 0, location: 0, reach: 'own', ...from });
  }
  if (random.chance(0.6)) services.push({ kind: 'amw', offer: anyOffer(random, 'amw'), location: 0, reach: 'own' });
  return { kind: 'welzijnsorganisatie', locations: [context.home], services };
}

/** A municipal social team (buurtteam), sometimes with social work. */
function socialTeam(random: Random, context: PlanContext): PlannedOrganization {
  const services: PlannedService[] = [{ kind: 'welzijn', offer: SOCIAL_TEAM, location: 0, reach: 'own' }];
  if (random.chance(0.5)) services.push({ kind: 'amw', offer: anyOffer(random, 'amw'), location: 0, reach: 'own' });
  return { kind: 'gemeente', locations: [context.home], services };
}

function gpPractice(random: Random, context: PlanContext): PlannedOrganization {
  return {
    kind: 'huisartsenpraktijk',
    locations: [context.home],
    services: [{ kind: 'huisartsenzorg', offer: anyOffer(random, 'huisartsenzorg'), location: 0, reach: 'own' }],
  };
}

/** The regional network: exploratory conversations (one per location) and consultation. */
function regionalNetwork(random: Random, context: PlanContext): PlannedOrganization {
  const locations = [context.home, ...extraHomes(random, context, 1)];
  const services: PlannedService[] = locations.map((_, location) => ({
    kind: 'verkennend-gesprek' as const,
    offer: 0,
    location,
    reach: 'region' as const,
  }));
  services.push({ kind: 'consultatie', offer: anyOffer(random, 'consultatie'), location: 0, reach: 'region' });
  return { kind: 'regionale-organisatie', locations, services };
}

/** An e-health provider: online programmes for the region or the whole country, without a place. */
function ehealthProvider(random: Random, context: PlanContext, options: ArchetypeOptions): PlannedOrganization {
  const reach = options.ehealthReach ?? 'region';
  return {
    kind: 'ehealth-aanbieder',
    locations: [context.home],
    services: distinctOffers(random, 'ehealth', 2).map((offer) => ({
      kind: 'ehealth' as const,
      offer,
      location: reach === 'national' ? null : 0,
      reach,
    })),
  };
}

function peerSupport(random: Random, context: PlanContext): PlannedOrganization {
  return {
    kind: 'ervaringsorganisatie',
    locations: [context.home],
    services: distinctOffers(random, 'ervaringsdeskundigheid', 2).map((offer) => ({
      kind: 'ervaringsdeskundigheid' as const,
      offer,
      location: 0,
      reach: 'radius' as const,
    })),
  };
}

export type Archetype =
  | 'ggz-praktijk'
  | 'ggz-instelling'
  | 'welzijnsorganisatie'
  | 'buurtteam'
  | 'huisartsenpraktijk'
  | 'regionaal-netwerk'
  | 'ehealth-aanbieder'
  | 'ervaringsorganisatie';

export function planOrganization(archetype: Archetype, random: Random, context: PlanContext, options: ArchetypeOptions = {}): PlannedOrganization {
  switch (archetype) {
    case 'ggz-praktijk':
      return ggzPractice(random, context);
    case 'ggz-instelling':
      return ggzInstitution(random, context, options);
    case 'welzijnsorganisatie':
      return welfare(random, context, options);
    case 'buurtteam':
      return socialTeam(random, context);
    case 'huisartsenpraktijk':
      return gpPractice(random, context);
    case 'regionaal-netwerk':
      return regionalNetwork(random, context);
    case 'ehealth-aanbieder':
      return ehealthProvider(random, context, options);
    case 'ervaringsorganisatie':
      return peerSupport(random, context);
  }
}

/** How often each archetype is drawn for national data (relative weights). */
export const NATIONAL_ARCHETYPE_WEIGHTS: readonly (readonly [Archetype, number])[] = [
  ['ggz-praktijk', 40],
  ['ggz-instelling', 4],
  ['welzijnsorganisatie', 6],
  ['buurtteam', 5],
  ['huisartsenpraktijk', 28],
  ['regionaal-netwerk', 1],
  ['ehealth-aanbieder', 1],
  ['ervaringsorganisatie', 3],
];
