/**
 * ISO 8601 week numbers ("2026-W48"), the weeks Dutch calendars and planning use: a week starts on
 * Monday, and week 1 is the week with the year's first Thursday, so 31 December can be in week 1
 * of the next year and 1 January in week 52 or 53 of the previous one.
 */
import { fromIsoDate, type IsoDate } from './iso-date';

const DAY_MS = 86_400_000;

/** The ISO week of a calendar date as `yyyy-Www`. */
export function isoWeekOf(date: IsoDate): string {
  const day = fromIsoDate(date);
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides the week's year.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
