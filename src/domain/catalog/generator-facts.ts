/**
 * The changing facts of generated services: contracts and revenue ceilings per insurer, registration
 * pauses and waiting times, each with when it was confirmed. Spread so that the demo shows what
 * the product must handle: waits inside the Treeknorm, above it and far above it; facts that are
 * fresh, older than 30 days and older than 90 days; ceilings reached more often late in the year;
 * active pauses; and for some facts an earlier version, so the history is not empty.
 */
import { addDays } from '../calendar/iso-date';
import { TREEKNORM } from '../waiting/treeknorm';
import type { Random } from './seeded-random';
import type { ContractFact, IsoDate, IsoDateTime, PauseFact, ServiceDescription, WaitFact } from './types';
import { careKindInfo, type CeilingState, type OrganizationKind } from './vocabulary';

/** Every generated fact says it came from here. */
export const DEMO_SOURCE = 'demo-generator';

/** A generated fact row: its service, and when it was stored (we pretend: when it was confirmed). */
export interface Recorded {
  id: string;
  serviceId: string;
  recordedAt: IsoDateTime;
}
export type GeneratedContract = ContractFact & Recorded;
export type GeneratedPause = PauseFact & Recorded;
/** A wait with the queue figures a larger provider reports (null where not reported). */
export type GeneratedWait = WaitFact & Recorded & { intakesPerMonth: number | null; startsPerMonth: number | null };

/** The insurer labels that contract together (one concern), in the order of the reference list. */
export interface ConcernGroup {
  concern: string;
  insurerIds: string[];
}

export interface FactContext {
  random: Random;
  /** Hands out the ids of new fact rows. */
  newId: { contract(): string; pause(): string; wait(): string };
  now: Date;
  today: IsoDate;
  organizationKind: OrganizationKind;
  concerns: readonly ConcernGroup[];
  /** 'label': a row per insurer label; 'concern': one row per concern, on its first label. */
  contractRows: 'label' | 'concern';
  /** The code of "diagnose nog niet gesteld" when the reference list has it. */
  notYetDiagnosed: string | null;
}

const DAY_MS = 86_400_000;

/** A moment `days` days before now, at a random earlier hour, never after now. */
function momentDaysAgo(context: FactContext, days: number): IsoDateTime {
  return new Date(context.now.getTime() - days * DAY_MS - context.random.int(0, 8 * 3600) * 1000).toISOString();
}

/** A moment `days` days after a date, during office hours, but never after now. */
function confirmedAfter(context: FactContext, date: IsoDate, days: number): IsoDateTime {
  const moment = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS + context.random.int(7 * 3600, 17 * 3600) * 1000;
  return new Date(Math.min(moment, context.now.getTime())).toISOString();
}

/** How old a fact is: about half fresh (up to 30 days), a third older, the rest older than 90 days. */
function factAge(random: Random): number {
  const roll = random.next();
  if (roll < 0.55) return random.int(0, 30);
  return roll < 0.85 ? random.int(31, 90) : random.int(91, 120);
}

const CEILING_BY_MONTH: readonly (readonly [number, number])[] = [
  // [share bereikt, share bijna] per month, January first: ceilings fill up as the year goes on.
  [0.01, 0.03], [0.01, 0.04], [0.02, 0.05], [0.02, 0.06], [0.03, 0.08], [0.04, 0.1],
  [0.05, 0.12], [0.07, 0.14], [0.09, 0.16], [0.13, 0.18], [0.18, 0.2], [0.24, 0.2],
];

function ceilingState(random: Random, month: number): CeilingState {
  const [reached, almost] = CEILING_BY_MONTH[month]!;
  return random.weighted([
    ['bereikt', reached],
    ['bijna', almost],
    ['open', 1 - reached - almost],
  ]);
}

/** Contracts for this year per insurer; only for kinds insurers pay under contract. */
export function contractsFor(service: ServiceDescription, context: FactContext): GeneratedContract[] {
  if (!careKindInfo(service.kind).requiresInsurerContract) return [];
  const { random } = context;
  const year = Number(context.today.slice(0, 4));
  const month = Number(context.today.slice(5, 7)) - 1;
  const uncontracted = random.chance(0.06);
  const rows: GeneratedContract[] = [];
  for (const group of context.concerns) {
    const contracted = !uncontracted && random.chance(0.85);
    const ceiling = contracted ? ceilingState(random, month) : 'open';
    const age = random.int(0, 100);
    const confirmedAt = momentDaysAgo(context, age);
    const earlier = ceiling !== 'open' && random.chance(0.5) ? momentDaysAgo(context, age + random.int(20, 90)) : null;
    const labels = context.contractRows === 'label' ? group.insurerIds : group.insurerIds.slice(0, 1);
    for (const insurerId of labels) {
      const row = (state: CeilingState, at: IsoDateTime): GeneratedContract => ({
        id: context.newId.contract(),
        serviceId: service.id,
        insurerId,
        year,
        contracted,
        ceiling: state,
        confirmedAt: at,
        source: DEMO_SOURCE,
        recordedAt: at,
      });
      if (earlier) rows.push(row('open', earlier));
      rows.push(row(ceiling, confirmedAt));
    }
  }
  return rows;
}

const PAUSE_REASONS = [
  'Wachtlijst is te lang; nieuwe aanmeldingen zijn tijdelijk gesloten',
  'Tijdelijk te weinig behandelaren door vacatures',
  'Omzetplafonds van meerdere zorgverzekeraars bereikt',
  'Het team wordt opnieuw ingericht',
  'Verhuizing naar een nieuwe locatie',
  'Uitval van medewerkers door ziekte',
];
const WELFARE_PAUSE_REASONS = ['Groepen zijn vol; nieuwe deelnemers kunnen later instromen', 'Tijdelijk geen coaches beschikbaar'];

/** The registration pause (aanmeldstop) history: an active one for some services, "no pause" for many. */
export function pausesFor(service: ServiceDescription, context: FactContext): GeneratedPause[] {
  if (!careKindInfo(service.kind).waitsApply) return [];
  const { random, today } = context;
  const ggz = service.kind === 'bggz' || service.kind === 'sggz';
  const reasons = ggz ? PAUSE_REASONS : WELFARE_PAUSE_REASONS;
  const pause = (active: boolean, reason: string | null, expectedEnd: IsoDate | null, at: IsoDateTime): GeneratedPause => ({
    id: context.newId.pause(),
    serviceId: service.id,
    active,
    reason,
    expectedEnd,
    confirmedAt: at,
    source: DEMO_SOURCE,
    recordedAt: at,
  });
  if (random.chance(ggz ? 0.12 : 0.05)) {
    const confirmedAt = momentDaysAgo(context, random.int(0, 60));
    const expectedEnd = random.chance(0.75) ? addDays(today, random.int(14, 140)) : null;
    return [pause(true, random.pick(reasons), expectedEnd, confirmedAt)];
  }
  if (!random.chance(0.55)) return [];
  const age = factAge(random);
  const endedAt = momentDaysAgo(context, age);
  if (!random.chance(0.15)) return [pause(false, null, null, endedAt)];
  // An earlier pause that has ended since: first the active version, then the one that lifts it.
  const startedAt = momentDaysAgo(context, age + random.int(30, 120));
  const plannedEnd = addDays(today, -age + random.int(-10, 10));
  const started = pause(true, random.pick(reasons), plannedEnd, startedAt);
  return [started, pause(false, null, null, endedAt)];
}

type WaitBand = 'binnen' | 'boven' | 'ver-boven';

/** Registration and treatment weeks in a band relative to the Treeknorm (4 + 10 = 14 weeks). */
function weeksIn(band: WaitBand, random: Random): [number, number] {
  const norm = TREEKNORM.totalWeeks;
  if (band === 'binnen') {
    const registration = random.int(1, TREEKNORM.registrationWeeks);
    return [registration, random.int(1, Math.min(TREEKNORM.treatmentWeeks, norm - registration))];
  }
  if (band === 'boven') {
    if (random.chance(0.5)) {
      const registration = random.int(TREEKNORM.registrationWeeks + 1, 8);
      return [registration, random.int(Math.max(1, norm + 1 - registration), 21 - registration)];
    }
    const registration = random.int(2, TREEKNORM.registrationWeeks);
    return [registration, random.int(TREEKNORM.treatmentWeeks + 1, 21 - registration)];
  }
  const total = random.int(22, 40);
  const registration = random.int(4, Math.min(16, total - 6));
  return [registration, total - registration];
}

/** Weeks for care outside mental-health treatment: short, with the odd long wait. */
function welfareWeeks(service: ServiceDescription, random: Random): [number, number] {
  if (service.kind === 'consultatie') return [random.pick([0.5, 1]), 0];
  if (service.kind === 'verkennend-gesprek') return [random.int(1, 3), 0];
  const registration = random.weighted([[0, 2], [1, 4], [2, 3], [3, 2], [4, 1], [6, 1], [8, 0.5]] as const);
  return [registration, random.int(0, 2)];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Waiting times: basis-ggz one row for all diagnosis groups (basis-ggz is not split), specialised
 * care one row per group it treats (sometimes also "diagnose nog niet gesteld"), other kinds with a
 * waiting list one row. Institutions and some practices also report how many people wait.
 */
export function waitsFor(service: ServiceDescription, context: FactContext): GeneratedWait[] {
  if (!careKindInfo(service.kind).waitsApply) return [];
  const { random } = context;
  const ggz = service.kind === 'bggz' || service.kind === 'sggz';
  const groups: (string | null)[] = service.kind === 'sggz' && service.diagnosisGroups.length > 0 ? [...service.diagnosisGroups] : [null];
  if (service.kind === 'sggz' && context.notYetDiagnosed && random.chance(0.4)) groups.push(context.notYetDiagnosed);
  const band = random.weighted<WaitBand>(service.kind === 'sggz' ? [['binnen', 30], ['boven', 35], ['ver-boven', 35]] : [['binnen', 40], ['boven', 35], ['ver-boven', 25]]);
  const basis = ggz && random.chance(0.4) ? 'retrospectief' : 'actueel';
  const counted = context.organizationKind === 'ggz-instelling' || (context.organizationKind === 'ggz-praktijk' && random.chance(0.25));
  const age = factAge(random);
  const rows: GeneratedWait[] = [];

  for (const diagnosisGroup of groups) {
    let [registration, treatment] = ggz ? weeksIn(random.chance(0.2) ? random.pick(['binnen', 'boven', 'ver-boven'] as const) : band, random) : welfareWeeks(service, random);
    if (basis === 'retrospectief') {
      registration = oneDecimal(Math.max(0, registration - random.float(0, 0.9)));
      treatment = oneDecimal(Math.max(0, treatment - random.float(0, 0.9)));
    }
    const waitingCount = counted ? Math.round((registration + treatment + 1) * random.float(context.organizationKind === 'ggz-instelling' ? 4 : 0.5, context.organizationKind === 'ggz-instelling' ? 14 : 2)) : null;
    const measuredOn = addDays(context.today, -age);
    // A stale fact (over 90 days) was confirmed on the day it was measured; a fresher one up to 3 days later.
    const confirmedAt = confirmedAfter(context, measuredOn, age > 90 ? 0 : random.int(0, 3));
    const wait = (registrationWeeks: number, treatmentWeeks: number, on: IsoDate, at: IsoDateTime): GeneratedWait => ({
      id: context.newId.wait(),
      serviceId: service.id,
      diagnosisGroup,
      registrationWeeks,
      treatmentWeeks,
      basis,
      waitingCount,
      intakesPerMonth: null,
      startsPerMonth: null,
      measuredOn: on,
      confirmedAt: at,
      source: DEMO_SOURCE,
      recordedAt: at,
    });
    if (random.chance(0.25)) {
      // The measurement of about a month before.
      const earlierOn = addDays(context.today, -(age + random.int(28, 35)));
      const earlierAt = confirmedAfter(context, earlierOn, random.int(0, 3));
      rows.push(wait(Math.max(0, registration + random.int(-3, 3)), Math.max(0, treatment + random.int(-3, 3)), earlierOn, earlierAt));
    }
    rows.push(wait(registration, treatment, measuredOn, confirmedAt));
  }
  return rows;
}
