/**
 * When the GGZ-overlegtafel meets and until when a case can be brought in. Seed 001: "Huisarts:
 * brengt casus vooraf in bespreking 1 keer per 3 weken, via Teams". A region's rhythm is data: the
 * regional rule for route 'ggz-overlegtafel' may carry `intervalWeeks`, `firstSession` (a known
 * session the rhythm counts from), `startTime` and a `channel`; where the rule is silent the
 * defaults below hold. A changed start time applies to sessions put on the calendar after the change.
 * The session dates are the ones the keuzehulp already announces (nextOverlegtafel), so the advice
 * and the agenda never disagree.
 *
 * Submission deadline (inbrengtermijn): a case can be brought in up to and including the second
 * working day before the session (a Thursday session closes at the end of Tuesday). That leaves the
 * coordinator a working day to set the agenda and the participants time to read the cases; Dutch
 * public holidays do not count as working days.
 */
import { addDays, dateInNetherlands, type IsoDate } from '../calendar/iso-date';
import { isWorkingDay } from '../calendar/working-days';
import { isValidOn, type RegionalRule } from '../routes/regional-rules';
import { ASSUMED_FIRST_OVERLEGTAFEL } from '../routes/regional-rules-seed';
import type { RouteId } from '../routes/route-catalog';
import { DEFAULT_OVERLEGTAFEL_INTERVAL_WEEKS, nextOverlegtafel } from '../routes/route-next-steps';
import { instantInNetherlands, type ClockTime } from './dutch-clock';

/** Sessions start at lunchtime, when GPs can join between consulting hours (an assumption). */
export const DEFAULT_SESSION_START: ClockTime = '12:30';
export const DEFAULT_SESSION_MINUTES = 90;
export const DEFAULT_SESSION_PLACE = 'online';
/** Working days before the session on which submissions close (inclusive). */
export const SUBMISSION_CLOSES_WORKING_DAYS_BEFORE = 2;
/** How many sessions ahead are kept on the calendar. */
export const SESSIONS_AHEAD = 4;

export interface SessionRhythm {
  /** A session date the rhythm is counted from; its weekday is the meeting day. */
  firstSession: IsoDate;
  intervalWeeks: number;
  startTime: ClockTime;
  durationMinutes: number;
  /** Where the session is held: "online via Teams". */
  place: string;
}

/** Whether a region runs an overlegtafel, and on which rhythm. */
export type RegionTable =
  | { available: true; rhythm: SessionRhythm; note: string | null; ruleId: string | null }
  | { available: false; note: string | null; replacedBy: RouteId | null; ruleId: string };

/**
 * The overlegtafel of a region on a date, from the region's current rules: the region-wide rule
 * for route 'ggz-overlegtafel' that holds on that date (the latest-starting one if several). No
 * rule means the defaults: every 3 weeks, online.
 */
export function regionTable(rules: readonly RegionalRule[], regionId: string, date: IsoDate): RegionTable {
  const rule = rules
    .filter(
      (r) =>
        r.route === 'ggz-overlegtafel' &&
        r.scopeKind === 'regio' &&
        r.scopeCode === regionId &&
        isValidOn(r, date),
    )
    .sort(
      (a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || a.ruleId.localeCompare(b.ruleId),
    )[0];
  if (rule && !rule.available) {
    return {
      available: false,
      note: rule.note,
      replacedBy: rule.details.replacedBy ?? null,
      ruleId: rule.ruleId,
    };
  }
  return {
    available: true,
    note: rule?.note ?? null,
    ruleId: rule?.ruleId ?? null,
    rhythm: {
      firstSession: rule?.details.firstSession ?? ASSUMED_FIRST_OVERLEGTAFEL,
      intervalWeeks: rule?.details.intervalWeeks ?? DEFAULT_OVERLEGTAFEL_INTERVAL_WEEKS,
      startTime: rule?.details.startTime ?? DEFAULT_SESSION_START,
      durationMinutes: DEFAULT_SESSION_MINUTES,
      place: rule?.details.channel ?? DEFAULT_SESSION_PLACE,
    },
  };
}

/**
 * The next `count` session dates of the rhythm on or after `from`. A date that falls on a public
 * holiday moves to the next working day, as in the keuzehulp.
 */
export function upcomingSessionDates(rhythm: SessionRhythm, from: IsoDate, count: number): IsoDate[] {
  const dates: IsoDate[] = [];
  let onOrAfter = from;
  while (dates.length < count) {
    const date = nextOverlegtafel(rhythm.firstSession, rhythm.intervalWeeks, onOrAfter);
    dates.push(date);
    onOrAfter = addDays(date, 1);
  }
  return dates;
}

/** The moment a session of the rhythm starts on a date. */
export function sessionStart(rhythm: Pick<SessionRhythm, 'startTime'>, date: IsoDate): Date {
  return instantInNetherlands(date, rhythm.startTime);
}

/** The last day (inclusive) on which a case can be brought in for a session on `sessionDate`. */
export function lastSubmissionDay(sessionDate: IsoDate): IsoDate {
  let date = sessionDate;
  let left = SUBMISSION_CLOSES_WORKING_DAYS_BEFORE;
  while (left > 0) {
    date = addDays(date, -1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Whether a case can still be brought in at `now` for a session starting at `startsAt`. */
export function acceptsSubmissions(startsAt: Date, now: Date): boolean {
  return dateInNetherlands(now) <= lastSubmissionDay(dateInNetherlands(startsAt));
}
