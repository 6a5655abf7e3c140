/**
 * Calendar dates without a time of day, written as ISO strings (`2026-12-03`). Dutch rules about
 * dates (validity periods, working days, meeting rhythms) work on whole days, so the domain keeps
 * them as strings that compare and serialise trivially, and does the arithmetic in UTC so that no
 * daylight-saving shift can move a day. Also the one place that turns an instant into "today in the
 * Netherlands" and formats a date the Dutch way ("donderdag 3 december 2026").
 */

/** A calendar date as `yyyy-mm-dd`. Lexicographic order is chronological order. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date in `yyyy-mm-dd` form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value;
}

/** The date as a Date at 00:00 UTC; throws on a malformed date (a programming error). */
export function fromIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new Error(`not an ISO calendar date: ${value}`);
  return new Date(`${value}T00:00:00Z`);
}

/** The UTC calendar date of a Date. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(fromIsoDate(value).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(value: IsoDate): number {
  return fromIsoDate(value).getUTCDay();
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at instant `now` (23:30 UTC on 31 Dec is already 1 Jan). */
export function dateInNetherlands(now: Date): IsoDate {
  const parts = Object.fromEntries(amsterdamDay.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const dutchLong = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dutchNoWeekday = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "donderdag 3 december 2026", or "3 december 2026" without the weekday. */
export function formatDutchDate(value: IsoDate, options: { weekday?: boolean } = {}): string {
  const formatter = options.weekday === false ? dutchNoWeekday : dutchLong;
  return formatter.format(fromIsoDate(value));
}
