/**
 * Builders for matching tests: a service, a need and a match with sensible defaults, so each test
 * states only what it is about. Used by the *.test.ts files next to it, never by production code.
 * The default service is a basis-ggz practice in Ede, contracted by Zilveren Kruis this year with
 * a fresh wait of 3 + 6 weeks; the default patient is 35, lives in Ede, insured by Zilveren Kruis.
 */
import type {
  CatalogService,
  ContractFact,
  CoverageArea,
  DiagnosisGroup,
  GeoPoint,
  Insurer,
  IsoDate,
  Municipality,
  PauseFact,
  WaitFact,
} from '../catalog/types';
import type { CeilingState } from '../catalog/vocabulary';
import { buildIndex, type MatchIndex } from './index';
import { match } from './match';
import type { MatchContext, MatchOutcome, Need } from './types';

export const NOW = new Date('2026-03-15T10:00:00Z');

export const EDE: Municipality = { code: 'GM0228', name: 'Ede', province: 'Gelderland', point: { lat: 52.08118, lon: 5.7449 } };
export const WAGENINGEN: Municipality = { code: 'GM0289', name: 'Wageningen', province: 'Gelderland', point: { lat: 51.96876, lon: 5.66675 } };
export const VEENENDAAL: Municipality = { code: 'GM0345', name: 'Veenendaal', province: 'Utrecht', point: { lat: 52.02459, lon: 5.55562 } };
export const UTRECHT: Municipality = { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', point: { lat: 52.09675, lon: 5.03708 } };
export const GRONINGEN: Municipality = { code: 'GM0014', name: 'Groningen', province: 'Groningen', point: { lat: 53.22369, lon: 6.56479 } };
export const MUNICIPALITIES = [EDE, WAGENINGEN, VEENENDAAL, UTRECHT, GRONINGEN];

export const ZILVEREN_KRUIS: Insurer = { id: 'zilveren-kruis', label: 'Zilveren Kruis', concern: 'Achmea', uzovi: null };
export const FBTO: Insurer = { id: 'fbto', label: 'FBTO', concern: 'Achmea', uzovi: '3351' };
export const VGZ: Insurer = { id: 'vgz', label: 'VGZ', concern: 'VGZ', uzovi: '7095' };
export const CZ: Insurer = { id: 'cz', label: 'CZ', concern: 'CZ', uzovi: '7119' };
export const INSURERS = [ZILVEREN_KRUIS, FBTO, VGZ, CZ];

export const DIAGNOSIS_GROUPS: DiagnosisGroup[] = [
  { code: '04', name: 'Depressieve stemmingsstoornissen', status: 'test' },
  { code: '05', name: 'Angststoornissen', status: 'test' },
  { code: '07', name: 'Trauma- en stressorgerelateerde stoornissen', status: 'test' },
];

/** The date `n` days before NOW. */
export function daysAgo(n: number): IsoDate {
  return new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

/** A point `km` kilometres north of a municipality's point. */
export function kmNorthOf(place: Municipality, km: number): GeoPoint {
  return { lat: place.point.lat + km / 111.2, lon: place.point.lon };
}

export function coverage(place: Municipality, validFrom: IsoDate = '2020-01-01', validTo: IsoDate | null = null): CoverageArea {
  return { municipalityCode: place.code, validFrom, validTo };
}

export function contract(
  insurer: Insurer,
  options: { year?: number; contracted?: boolean; ceiling?: CeilingState; confirmedDaysAgo?: number } = {},
): ContractFact {
  return {
    insurerId: insurer.id,
    year: options.year ?? 2026,
    contracted: options.contracted ?? true,
    ceiling: options.ceiling ?? 'open',
    confirmedAt: `${daysAgo(options.confirmedDaysAgo ?? 5)}T09:00:00Z`,
    source: 'test',
  };
}

export function aWait(
  registrationWeeks: number,
  treatmentWeeks: number,
  options: { group?: string | null; daysOld?: number } = {},
): WaitFact {
  const date = daysAgo(options.daysOld ?? 5);
  return {
    diagnosisGroup: options.group ?? null,
    registrationWeeks,
    treatmentWeeks,
    basis: 'actueel',
    waitingCount: null,
    measuredOn: date,
    confirmedAt: `${date}T09:00:00Z`,
    source: 'test',
  };
}

export function aPause(options: { reason?: string | null; expectedEnd?: IsoDate | null } = {}): PauseFact {
  return {
    active: true,
    reason: options.reason ?? null,
    expectedEnd: options.expectedEnd ?? null,
    confirmedAt: `${daysAgo(2)}T09:00:00Z`,
    source: 'test',
  };
}

let sequence = 0;

/** A service; `at` places it (default: Ede's point), `null` makes it location-less. */
export function aService(overrides: Partial<CatalogService> & { at?: GeoPoint | null } = {}): CatalogService {
  sequence++;
  const { at, ...rest } = overrides;
  const point = at === undefined ? EDE.point : at;
  return {
    id: `svc-${String(sequence).padStart(4, '0')}`,
    organizationId: `org-${sequence}`,
    locationId: point ? `loc-${sequence}` : null,
    name: `Praktijk ${sequence}`,
    description: '',
    kind: 'bggz',
    diagnosisGroups: [],
    themes: [],
    ageMin: 18,
    ageMax: null,
    exclusions: [],
    exclusionNote: null,
    modalities: ['op-locatie'],
    languages: ['nl'],
    referralChannel: 'zorgdomein',
    gpReferralRequired: true,
    fictional: true,
    organizationName: `Organisatie ${sequence}`,
    location: point
      ? { name: 'Hoofdlocatie', city: 'Ede', municipalityCode: EDE.code, point, street: null, postcode: null }
      : null,
    coverage: [coverage(EDE)],
    contracts: [contract(ZILVEREN_KRUIS)],
    pause: null,
    waits: [aWait(3, 6)],
    ...rest,
  };
}

/** A welfare service (no insurer contract, no Treeknorm), otherwise like aService. */
export function aWelfareService(overrides: Partial<CatalogService> & { at?: GeoPoint | null } = {}): CatalogService {
  return aService({ kind: 'welzijn', contracts: [], waits: [aWait(1, 1)], gpReferralRequired: false, ...overrides });
}

export function aNeed(overrides: Partial<Need> = {}): Need {
  return { municipalityCode: EDE.code, age: 35, insurerId: ZILVEREN_KRUIS.id, ...overrides };
}

export function anIndex(services: CatalogService[]): MatchIndex {
  return buildIndex(services, MUNICIPALITIES, { insurers: INSURERS, diagnosisGroups: DIAGNOSIS_GROUPS });
}

/** Matches a need (default: aNeed()) against the given services, the patient living in Ede. */
export function matchAmong(
  services: CatalogService[] | MatchIndex,
  need: Need = aNeed(),
  context: Partial<MatchContext> = {},
): MatchOutcome {
  const index = Array.isArray(services) ? anIndex(services) : services;
  const place = MUNICIPALITIES.find((m) => m.code === need.municipalityCode) ?? EDE;
  return match(index, need, { now: NOW, municipalityPoint: place.point, ...context });
}

/** Ids of the ranked results, in order. */
export const rankedIds = (outcome: MatchOutcome) => outcome.results.map((r) => r.serviceId);

/** The exclusion codes for one service, or undefined when it was not excluded. */
export function exclusionCodes(outcome: MatchOutcome, serviceId: string): string[] | undefined {
  return outcome.excluded.find((e) => e.serviceId === serviceId)?.reasons.map((r) => r.code);
}
