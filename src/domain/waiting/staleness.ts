/**
 * How old a fact on the care map may be before we stop trusting it (actualiteit). A waiting time
 * older than 30 days is still shown but flagged and ranked lower; older than 90 days it is treated
 * as unknown. These two thresholds live here only; matching, the provider dashboard and the
 * regional overview all import them.
 */
import type { IsoDate, IsoDateTime } from '../catalog/types';

export const STALENESS = {
  /** After this many days a fact is "verouderd": shown, flagged, ranked lower. */
  staleAfterDays: 30,
  /** After this many days a fact is "onbekend": treated as if it had never been given. */
  unknownAfterDays: 90,
} as const;

/** actueel: fresh; verouderd: older than 30 days; onbekend: older than 90 days or missing. */
export type Freshness = 'actueel' | 'verouderd' | 'onbekend';

const DAY_MS = 86_400_000;

/** Whole days from an instant (epoch milliseconds) to `now`; never negative. */
export function daysSince(epochMs: number, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - epochMs) / DAY_MS));
}

/**
 * Whole days between a date (yyyy-mm-dd, read as UTC midnight) or timestamp and `now`. A date in
 * the future counts as 0 days old rather than negative.
 */
export function ageInDays(at: IsoDate | IsoDateTime, now: Date): number {
  const then = Date.parse(at);
  if (Number.isNaN(then)) throw new Error(`not a date: ${at}`);
  return daysSince(then, now);
}

/** Classifies an age in days; `null` (no fact at all) is "onbekend". */
export function freshness(ageDays: number | null): Freshness {
  if (ageDays === null || ageDays > STALENESS.unknownAfterDays) return 'onbekend';
  if (ageDays > STALENESS.staleAfterDays) return 'verouderd';
  return 'actueel';
}

/**
 * The moment a fact with both a measurement date and a confirmation time counts from: a provider
 * who re-confirms an older measurement vouches that it still holds, so the newer of the two.
 */
export function factMoment(measuredOn: IsoDate, confirmedAt: IsoDateTime): number {
  return Math.max(Date.parse(measuredOn), Date.parse(confirmedAt));
}

/** The age in days of such a fact (see factMoment). */
export function factAgeInDays(measuredOn: IsoDate, confirmedAt: IsoDateTime, now: Date): number {
  return daysSince(factMoment(measuredOn, confirmedAt), now);
}
