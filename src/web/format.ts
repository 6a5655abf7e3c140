/**
 * Dutch formatting for the screens, all through Intl with the nl-NL locale: dates ("23 november
 * 2026"), numbers with a decimal comma ("12,4 km"), weeks and ages ("45 dagen oud").
 */
import type { IsoDate, IsoDateTime } from './api';

const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_IN_NL = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const DAYS = new Intl.NumberFormat('nl-NL', { style: 'unit', unit: 'day', unitDisplay: 'long' });
const WEEKS = new Intl.NumberFormat('nl-NL', {
  style: 'unit',
  unit: 'week',
  unitDisplay: 'long',
  maximumFractionDigits: 1,
});
const LIST = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

/** A calendar date (yyyy-mm-dd) as "23 november 2026". */
export function formatDate(date: IsoDate): string {
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? date : DATE.format(time);
}

/** A moment as its date in the Netherlands, "23 november 2026". */
export function formatDateTime(at: IsoDateTime): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : DATE_IN_NL.format(time);
}

/** 12,4 and 3. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "12,4 km" */
export function formatKm(value: number): string {
  return `${NUMBER.format(value)} km`;
}

/** "1 week" / "3 weken" */
export function formatWeeks(value: number): string {
  return WEEKS.format(value);
}

/** "1 dag" / "45 dagen" */
export function formatDays(value: number): string {
  return DAYS.format(value);
}

/** "van vandaag" or "45 dagen oud". */
export function formatAge(days: number): string {
  return days <= 0 ? 'van vandaag' : `${DAYS.format(days)} oud`;
}

/** "a, b en c" */
export function formatList(items: readonly string[]): string {
  return LIST.format(items);
}

/** Dutch plural of a count: "1 dienst", "3 diensten". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${NUMBER.format(count)} ${count === 1 ? singular : plural}`;
}
