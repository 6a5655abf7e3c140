/**
 * Dutch formatting for the reasons shown to referrers: numbers with a decimal comma ("12,4 km"),
 * weeks and days in singular or plural, dates as "1 maart 2026", language names.
 */
import { formatDutchDate, type IsoDate } from '../calendar/iso-date';

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A number with at most one decimal, Dutch style: 12,4 and 3. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** yyyy-mm-dd as "1 maart 2026" (calendar/iso-date.ts owns Dutch dates). */
export function formatDate(date: IsoDate): string {
  return formatDutchDate(date, { weekday: false });
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
