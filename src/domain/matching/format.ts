/**
 * Dutch formatting for the reasons shown to referrers: numbers with a decimal comma ("12,4 km"),
 * dates as "1 maart 2026", and the calendar date of an instant in the Netherlands.
 */
import type { IsoDate } from '../catalog/types';

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A number with at most one decimal, Dutch style: 12,4 and 3. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** yyyy-mm-dd as "1 maart 2026". */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** The calendar date (yyyy-mm-dd) of an instant in Dutch local time. */
export function dutchDate(now: Date): IsoDate {
  return AMSTERDAM_DAY.format(now);
}

/** "1 week" / "3 weken". */
export function weeks(value: number): string {
  return `${formatNumber(value)} ${value === 1 ? 'week' : 'weken'}`;
}

/** "1 dag" / "45 dagen". */
export function days(value: number): string {
  return `${formatNumber(value)} ${value === 1 ? 'dag' : 'dagen'}`;
}

const LANGUAGES: Record<string, string> = {
  nl: 'Nederlands', en: 'Engels', de: 'Duits', fr: 'Frans', es: 'Spaans', pl: 'Pools', tr: 'Turks',
  ar: 'Arabisch', ber: 'Berbers', uk: 'Oekraïens', ru: 'Russisch', pap: 'Papiaments', fy: 'Fries',
  so: 'Somalisch', ti: 'Tigrinya', fa: 'Perzisch', pt: 'Portugees', zh: 'Chinees', it: 'Italiaans',
};

/** The Dutch name of a language code, or the code itself. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}
