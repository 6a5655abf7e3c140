/**
 * A year of monthly waiting-time history for the demo's mental-health services (bggz, sggz), and
 * the queue figures a larger provider reports (number waiting, intakes and starts of treatment per
 * month), so that the Treeknorm trend and the forecast have something to show.
 *
 * Draws from its own random stream per service and hands out ids from its own sequence, so the
 * current versions of every fact stay exactly what generator-facts.ts made them. History lies
 * strictly before the oldest version generator-facts.ts made, so it never becomes "current".
 */
import { disagreementThresholdWeeks, WEEKS_PER_MONTH } from '../waiting/forecast';
import { isoDate, fromIsoDate } from '../calendar/iso-date';
import { DEMO_SOURCE, type GeneratedWait } from './generator-facts';
import type { Random } from './seeded-random';
import type { IsoDate, ServiceDescription } from './types';

export interface HistoryContext {
  /** This service's own stream (not the organisation's). */
  random: Random;
  newId(): string;
  today: IsoDate;
  /** Generate the monthly history (demo scope); queue figures are added either way. */
  withHistory: boolean;
  /** How many calendar months back the history reaches. */
  months: number;
}

type Drift = 'stijgend' | 'stabiel' | 'dalend';
/** How the forecast of a service relates to its reported wait. */
type Agreement = 'past' | 'langer' | 'korter';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const DAY_MS = 86_400_000;

/** The first of each month from `months` months before today's month up to, not including, `before`. */
function firstsOfMonthBefore(today: IsoDate, before: IsoDate, months: number): IsoDate[] {
  const t = fromIsoDate(today);
  const dates: IsoDate[] = [];
  for (let back = months; back >= 1; back--) {
    const first = isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1 - back, 1);
    if (first < before) dates.push(first);
  }
  return dates;
}

/**
 * Intakes per month for a reported wait: so that the forecast (queue / intakes) lands near the
 * reported aanmeldwachttijd, or, for a few services, far from it.
 */
function intakesFor(count: number, registrationWeeks: number, agreement: Agreement, random: Random): number {
  const reported = Math.max(0.5, registrationWeeks);
  const gap = disagreementThresholdWeeks(reported) * random.float(1.5, 2.5);
  const target =
    agreement === 'langer' ? reported + gap : agreement === 'korter' ? Math.max(0.5, reported - gap) : reported * random.float(0.85, 1.15);
  return Math.max(1, Math.round((count * WEEKS_PER_MONTH) / target));
}

/**
 * Adds the queue figures to the services' current waits where a waiting count is reported, and
 * (with `withHistory`) monthly earlier versions. Returns the rows to store: the history, oldest
 * first, then the given rows with their queue figures.
 */
export function withQueueAndHistory(service: ServiceDescription, rows: GeneratedWait[], context: HistoryContext): GeneratedWait[] {
  if (rows.length === 0 || (service.kind !== 'bggz' && service.kind !== 'sggz')) return rows;
  const { random } = context;
  const drift = random.weighted<Drift>([['stijgend', 0.6], ['stabiel', 0.28], ['dalend', 0.12]]);
  const slope = drift === 'stijgend' ? random.float(0.4, 1.2) : drift === 'stabiel' ? random.float(-0.15, 0.15) : random.float(-0.6, -0.2);
  let agreement = random.weighted<Agreement>([['past', 0.89], ['langer', 0.08], ['korter', 0.03]]);

  const withQueue = rows.map((row) => {
    if (row.waitingCount === null) return row;
    if (agreement === 'korter' && row.registrationWeeks < 8) agreement = 'langer';
    const intakesPerMonth = intakesFor(row.waitingCount, row.registrationWeeks, agreement, random);
    return { ...row, intakesPerMonth, startsPerMonth: Math.max(1, Math.round(intakesPerMonth * random.float(0.8, 1.05))) };
  });
  if (!context.withHistory) return withQueue;

  const history: GeneratedWait[] = [];
  const groups = new Map<string, GeneratedWait[]>();
  for (const row of withQueue) groups.set(row.diagnosisGroup ?? '', [...(groups.get(row.diagnosisGroup ?? '') ?? []), row]);
  for (const versions of groups.values()) {
    const current = versions.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a));
    const oldest = versions.reduce((a, b) => (b.measuredOn < a.measuredOn ? b : a)).measuredOn;
    const total = current.registrationWeeks + current.treatmentWeeks;
    const registrationShare = total > 0 ? current.registrationWeeks / total : 0.3;
    const round = current.basis === 'retrospectief' ? oneDecimal : Math.round;
    for (const measuredOn of firstsOfMonthBefore(context.today, oldest, context.months)) {
      const monthsBefore = (fromIsoDate(current.measuredOn).getTime() - fromIsoDate(measuredOn).getTime()) / (30.44 * DAY_MS);
      const then = Math.max(1, total - slope * monthsBefore + random.float(-1, 1));
      const registrationWeeks = Math.min(100, Math.max(0, round(then * registrationShare + random.float(-0.5, 0.5))));
      const treatmentWeeks = Math.min(100, Math.max(0, round(then - registrationWeeks)));
      const ratio = total > 0 ? then / total : 1;
      const scaled = (value: number | null, noise: number) => (value === null ? null : Math.max(0, Math.round(value * noise)));
      const confirmedAt = new Date(fromIsoDate(measuredOn).getTime() + random.int(7 * 60, 15 * 60) * 60_000).toISOString();
      history.push({
        ...current,
        id: context.newId(),
        registrationWeeks,
        treatmentWeeks,
        waitingCount: scaled(current.waitingCount, ratio * random.float(0.9, 1.1)),
        intakesPerMonth: current.intakesPerMonth === null ? null : Math.max(1, scaled(current.intakesPerMonth, random.float(0.9, 1.1))!),
        startsPerMonth: current.startsPerMonth === null ? null : Math.max(1, scaled(current.startsPerMonth, random.float(0.9, 1.1))!),
        measuredOn,
        confirmedAt,
        recordedAt: confirmedAt,
        source: DEMO_SOURCE,
      });
    }
  }
  return [...history, ...withQueue];
}

