import { describe, expect, it } from 'vitest';
import { csvFileName, csvNumber, toCsv } from './csv-export';

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM, separates with semicolons, writes decimal commas and ends lines with CRLF', () => {
    const csv = toCsv({ header: ['Gemeente', 'Mediaan (weken)', 'Aantal'], rows: [['Ede', 12.5, 1234], ['Wageningen', null, 0]] });
    expect(csv).toBe('\uFEFFGemeente;Mediaan (weken);Aantal\r\nEde;12,5;1234\r\nWageningen;;0\r\n');
  });

  it('rounds to two decimals without grouping thousands', () => {
    expect(csvNumber(1234567.891)).toBe('1234567,89');
    expect(csvNumber(-3.5)).toBe('-3,5');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks, and defuses text a spreadsheet would run as a formula', () => {
    const csv = toCsv({ header: ['Dienst'], rows: [['Praktijk "De Linde"; locatie Ede'], ['=HYPERLINK("x")'], ['regel\nnieuw'], ['-5 weken']] });
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"Praktijk ""De Linde""; locatie Ede"', `"'=HYPERLINK(""x"")"`, '"regel\nnieuw"', "'-5 weken"]);
  });

  it('makes a plain file name from Dutch words', () => {
    expect(csvFileName(['wegwijzer', 'treeknorm', 'Súdwest-Fryslân', null, 'per gemeente', '2026-11-23'])).toBe(
      'wegwijzer-treeknorm-sudwest-fryslan-per-gemeente-2026-11-23.csv',
    );
  });
});
