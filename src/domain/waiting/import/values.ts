/**
 * Reading the values providers write in waiting-time files, as they really write them: "6",
 * "6 weken", "6-8 weken" (the upper bound counts: a referrer should not be promised the lower
 * one), "3 dagen" (days / 7), "2 maanden", "Geen wachtlijst" (0), "Aanmeldstop" or "Clientstop
 * tot 1-3-2027" (a registration pause, not a wait), "nvt" or empty (not given); Dutch dates
 * "23-11-2026", "23-11-26", "23/11/2026" and ISO "2026-11-23". Pure functions; messages are Dutch.
 */
import { comparable } from './text';

/** Above this a value is taken for a typing error (two years); the database allows up to 520. */
export const MAX_PLAUSIBLE_WEEKS = 104;

export type WaitValue =
  | { kind: 'weeks'; weeks: number }
  | { kind: 'pause'; reason: string; expectedEnd: string | null }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string };

const NOT_GIVEN = new Set(['', 'nvt', 'navt', 'onbekend', 'nb']);
const NO_WAIT = new Set([
  'geenwachtlijst',
  'geenwachttijd',
  'direct',
  'directplaats',
  'geenwachtlijstdirectplaats',
]);
const PAUSE = /^(aanmeldstop|clientstop|patientenstop|opnamestop|wachtlijststop|intakestop)/;

const round1 = (n: number) => Math.round(n * 10) / 10;
const number = (text: string) => Number(text.replace(',', '.'));

/** Reads one waiting-time cell (aanmeldwachttijd or behandelwachttijd) into weeks, a pause or nothing. */
export function parseWaitValue(raw: string): WaitValue {
  const text = raw.trim();
  const key = comparable(text);
  if (NOT_GIVEN.has(key) || text === '-') return { kind: 'missing' };
  if (NO_WAIT.has(key)) return { kind: 'weeks', weeks: 0 };
  if (PAUSE.test(key)) {
    const until = /\b(?:tot(?:\s+en\s+met)?|t\/m|tm)\s+(\S+)/i.exec(text);
    const end = until ? parseDutchDate(until[1]!.replace(/[.)]+$/, '')) : null;
    if (until && !end)
      return { kind: 'invalid', reason: `einddatum van de aanmeldstop "${until[1]}" is geen datum` };
    return { kind: 'pause', reason: text, expectedEnd: end };
  }
  const normalised = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^-\s*\d/.test(normalised)) return { kind: 'invalid', reason: `"${text}" is negatief` };
  const match =
    /^(\d+(?:[.,]\d+)?)(?:\s*(?:-|–|tot)\s*(\d+(?:[.,]\d+)?))?\s*(weken|week|wkn|wk|w|dagen|dag|d|maanden|maand|mnd|m)?\.?$/.exec(
      normalised,
    );
  if (!match)
    return {
      kind: 'invalid',
      reason: `"${text}" is geen wachttijd (verwacht bijvoorbeeld "6", "6 weken", "6-8 weken", "3 dagen" of "Geen wachtlijst")`,
    };
  const lower = number(match[1]!);
  const upper = match[2] === undefined ? lower : number(match[2]);
  if (upper < lower)
    return { kind: 'invalid', reason: `in "${text}" is de bovengrens kleiner dan de ondergrens` };
  const unit = match[3] ?? 'weken';
  const weeks = unit.startsWith('d') ? upper / 7 : unit.startsWith('m') ? (upper * 52) / 12 : upper;
  const rounded = round1(weeks);
  if (rounded > MAX_PLAUSIBLE_WEEKS)
    return {
      kind: 'invalid',
      reason: `"${text}" is meer dan ${MAX_PLAUSIBLE_WEEKS} weken; controleer de waarde`,
    };
  return { kind: 'weeks', weeks: rounded };
}

/** A Dutch or ISO date as ISO "yyyy-mm-dd", or null when it is not a real date. Two-digit years are 20yy. */
export function parseDutchDate(raw: string): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch)
    [d, m, y] = [
      Number(dutch[1]),
      Number(dutch[2]),
      dutch[3]!.length === 2 ? 2000 + Number(dutch[3]) : Number(dutch[3]),
    ];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A count of people waiting: a whole number of 0 or more, or null when empty. */
export function parseCount(raw: string): { ok: true; value: number | null } | { ok: false; reason: string } {
  const text = raw.trim().replace(/\./g, '');
  if (text === '' || NOT_GIVEN.has(comparable(text))) return { ok: true, value: null };
  if (!/^\d+$/.test(text))
    return { ok: false, reason: `aantal wachtenden "${raw.trim()}" is geen heel getal van 0 of meer` };
  return { ok: true, value: Number(text) };
}
