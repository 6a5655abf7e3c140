/**
 * CSV files that Dutch Excel opens without an import wizard: UTF-8 with a byte-order mark, a
 * semicolon between fields (Excel in the nl-NL locale expects it, because the comma is the decimal
 * separator), numbers with a decimal comma and no thousands separator, CRLF line ends, and fields
 * quoted when they hold a separator, a quote or a line break. Text that a spreadsheet would run as
 * a formula (starting with =, +, - or @) gets a leading apostrophe: names on the care map are
 * entered by providers, and an export must not become a way to run formulas on a reader's machine.
 */

export type CsvCell = string | number | null;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

const DECIMAL = new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 2 });

/** A number with a decimal comma, at most two decimals, no grouping: 1234,5. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return DECIMAL.format(value);
}

function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? csvNumber(cell) : csvText(cell);
}

/** The whole file: BOM, header row, one line per row, each line ended by CRLF. */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name of lower-case letters, digits and hyphens: "wegwijzer-treeknorm-…-2026-11-23.csv". */
export function csvFileName(parts: readonly (string | null | undefined)[]): string {
  const slug = parts
    .filter((p): p is string => Boolean(p))
    .map((p) =>
      p
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${slug || 'export'}.csv`;
}
