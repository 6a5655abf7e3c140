/**
 * Treeknorm monitoring: figures over a set of waiting times (how many, the share above the norm,
 * median and spread) and the same figures per calendar month from the version history (trend).
 * Pure: the repository hands in wait versions, this module decides which were in force when and
 * what they add up to. "Above the norm" is treeknorm.ts's rule; "in force" uses staleness.ts.
 *
 * A wait here is the waiting time of one service for one diagnosis group (service_wait's key); a
 * service with three groups gives three waits.
 */
import type { IsoDate, IsoDateTime } from '../catalog/types';
import type { CareKind } from '../catalog/vocabulary';
import { factAgeInDays, freshness } from './staleness';
import { normStatus, totalWaitWeeks, treeknormApplies } from './treeknorm';

/** The two parts of a wait, in weeks. */
export interface WaitMeasure {
  /** Aanmeldwachttijd: registration to intake. */
  registrationWeeks: number;
  /** Behandelwachttijd: intake to the start of treatment. */
  treatmentWeeks: number;
}

/** A wait of a service of some kind: only bggz and sggz count against the Treeknorm. */
export interface KindedWait extends WaitMeasure {
  kind: CareKind;
}

/** Median and spread of a set of numbers: the middle half lies between p25 and p75. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export interface WaitSummary {
  /** Number of waits counted (only kinds the Treeknorm applies to). */
  count: number;
  /** Waits above the norm: aanmeldwachttijd over 4 weeks or behandelwachttijd over 10 weeks. */
  aboveNorm: number;
  /** aboveNorm / count, from 0 to 1; null when there is nothing to count. */
  shareAboveNorm: number | null;
  /** Figures of the total wait (aanmeld + behandel), of each part; null when count is 0. */
  total: Spread | null;
  registration: Spread | null;
  treatment: Spread | null;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending numbers, interpolating linearly between the two nearest
 * ranks: the same definition as PostgreSQL's percentile_cont and Excel's PERCENTIEL.INC, so the
 * figures can be checked against a spreadsheet of the CSV export.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no numbers');
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}

/** Median, quartiles, minimum and maximum; null for no numbers. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Above the Treeknorm: either part over its own norm (treeknorm.ts: 'boven' or 'ver-boven'). */
export function isAboveNorm(wait: WaitMeasure): boolean {
  return normStatus(wait.registrationWeeks, wait.treatmentWeeks) !== 'binnen';
}

/** Figures over a set of waits; waits of kinds the Treeknorm does not apply to are left out. */
export function summarizeWaits(waits: readonly KindedWait[]): WaitSummary {
  const counted = waits.filter((w) => treeknormApplies(w.kind));
  const aboveNorm = counted.filter(isAboveNorm).length;
  return {
    count: counted.length,
    aboveNorm,
    shareAboveNorm: counted.length === 0 ? null : aboveNorm / counted.length,
    total: spreadOf(counted.map((w) => totalWaitWeeks(w.registrationWeeks, w.treatmentWeeks))),
    registration: spreadOf(counted.map((w) => w.registrationWeeks)),
    treatment: spreadOf(counted.map((w) => w.treatmentWeeks)),
  };
}

/** One stored version of a wait, with its dates (service_wait row). */
export interface WaitVersion extends KindedWait {
  serviceId: string;
  diagnosisGroup: string | null;
  measuredOn: IsoDate;
  confirmedAt: IsoDateTime;
  recordedAt: IsoDateTime;
}

/**
 * The waits in force at instant `at`: per service and diagnosis group the newest version recorded
 * at or before `at`, as the care map showed it then. A version that was "onbekend" at that moment
 * (older than 90 days, staleness.ts) is left out, because the care map then treats it as unknown.
 */
export function waitsInForceAt<T extends WaitVersion>(versions: readonly T[], at: Date): T[] {
  const limit = at.getTime();
  const newest = new Map<string, T>();
  for (const version of versions) {
    if (Date.parse(version.recordedAt) > limit) continue;
    const key = `${version.serviceId}|${version.diagnosisGroup ?? ''}`;
    const seen = newest.get(key);
    if (!seen || Date.parse(version.recordedAt) > Date.parse(seen.recordedAt)) newest.set(key, version);
  }
  return [...newest.values()].filter((v) => freshness(factAgeInDays(v.measuredOn, v.confirmedAt, at)) !== 'onbekend');
}

/** A calendar month (UTC) and the moment its figures are taken: its last instant, or now. */
export interface CalendarMonth {
  /** yyyy-mm */
  month: string;
  at: Date;
}

/** The last `count` calendar months up to and including the month of `now`, oldest first. */
export function lastCalendarMonths(now: Date, count: number): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  for (let back = count - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(year, month - back, 1));
    const nextStart = Date.UTC(year, month - back + 1, 1);
    months.push({ month: start.toISOString().slice(0, 7), at: back === 0 ? now : new Date(nextStart - 1) });
  }
  return months;
}

export interface MonthSummary extends WaitSummary {
  month: string;
}

/**
 * The trend: for each of the last `months` calendar months the figures over the waits in force at
 * the end of that month (for the current month: now), from the version history.
 */
export function waitTrend(versions: readonly WaitVersion[], now: Date, months = 12): MonthSummary[] {
  return lastCalendarMonths(now, months).map(({ month, at }) => ({ month, ...summarizeWaits(waitsInForceAt(versions, at)) }));
}
