/** Dutch formatting for the dashboard: percentages ("62,5%"), weeks and months ("dec 2025"). */
const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const MONTH_SHORT = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 0.625 → "62,5%"; null → "—". */
export function formatShare(share: number | null): string {
  return share === null ? '—' : PERCENT.format(share);
}

/** "2025-12" → "dec 2025" (without the abbreviation dot). */
export function monthShort(month: string): string {
  return MONTH_SHORT.format(Date.parse(`${month}-01T00:00:00Z`)).replace('.', '');
}

/** "2025-12" → "december 2025". */
export function monthLong(month: string): string {
  return MONTH_LONG.format(Date.parse(`${month}-01T00:00:00Z`));
}
