/**
 * Dutch working days (werkdagen): Monday to Friday except the Dutch public holidays. Used for
 * answer times such as "antwoord binnen 3 werkdagen" (consultatie GGZ, seed 001) and by any
 * other feature that counts working days.
 *
 * Public holidays counted (algemeen erkende feestdagen): Nieuwjaarsdag, Goede Vrijdag, Eerste en
 * Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag,
 * Eerste en Tweede Kerstdag. Easter comes from the anonymous Gregorian algorithm (Meeus/Jones/
 * Butcher).
 *
 * Choices:
 * - Bevrijdingsdag (5 May) counts as a holiday every year. By law it is a national holiday each
 *   year, but many employers give the day off only every fifth year; counting it always makes a
 *   promised answer date at worst one day later than strictly needed, never too early.
 * - Goede Vrijdag counts as a holiday although not every employer closes: same reasoning.
 * - Koningsdag is 27 April, or 26 April when the 27th is a Sunday (since 2014). Before 2014 it was
 *   Koninginnedag on 30 April, or 29 April when the 30th was a Sunday.
 */
import { addDays, dayOfWeek, isoDate, type IsoDate } from './iso-date';

export interface PublicHoliday {
  date: IsoDate;
  /** Dutch name, e.g. "Tweede Kerstdag". */
  name: string;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The day of the King's (or before 2014 the Queen's) birthday celebration. */
export function kingsDay(year: number): PublicHoliday {
  if (year >= 2014) {
    const date = isoDate(year, 4, 27);
    return { date: dayOfWeek(date) === 0 ? isoDate(year, 4, 26) : date, name: 'Koningsdag' };
  }
  const date = isoDate(year, 4, 30);
  return { date: dayOfWeek(date) === 0 ? isoDate(year, 4, 29) : date, name: 'Koninginnedag' };
}

/** The Dutch public holidays of a year, in date order. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    kingsDay(year),
    { date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const holidayCache = new Map<number, Map<IsoDate, PublicHoliday>>();

/** The public holiday on this date, if there is one. */
export function publicHolidayOn(date: IsoDate): PublicHoliday | undefined {
  const year = Number(date.slice(0, 4));
  let byDate = holidayCache.get(year);
  if (!byDate) {
    byDate = new Map(dutchPublicHolidays(year).map((h) => [h.date, h]));
    holidayCache.set(year, byDate);
  }
  return byDate.get(date);
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && publicHolidayOn(date) === undefined;
}

/**
 * The date that lies `days` working days after `from`; the start day itself never counts.
 * "Within 3 working days" of a question asked on Wednesday 23 December 2026 is Tuesday 29
 * December: Christmas Day and the weekend are skipped. With `days` = 0 it is `from` itself.
 */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new Error(`working days must be a whole number >= 0, got ${days}`);
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** The number of working days after `from` up to and including `to` (0 when `to` <= `from`). */
export function countWorkingDays(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
