import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { parseCsv, parseCsvRecords, readCsvRows } from './csv';

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(parseCsv('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('reads quoted fields with the delimiter, doubled quotes and line breaks inside', () => {
    const text = 'naam,toelichting\n"Disruptieve-, impulsbeheersings- en andere gedragsstoornissen","zegt ""restgroep""\nop twee regels"\n';
    expect(parseCsv(text)).toEqual([
      ['naam', 'toelichting'],
      ['Disruptieve-, impulsbeheersings- en andere gedragsstoornissen', 'zegt "restgroep"\nop twee regels'],
    ]);
  });

  it('reads an empty quoted field and a quoted field at the end of the text without a line end', () => {
    expect(parseCsv('a,"",c\n1,2,"drie"')).toEqual([
      ['a', '', 'c'],
      ['1', '2', 'drie'],
    ]);
  });

  it('uses a semicolon as delimiter when told, leaving commas inside fields alone', () => {
    expect(parseCsv('locatie;wachttijd\nEde;3,5\n"Wageningen; Oost";4', { delimiter: ';' })).toEqual([
      ['locatie', 'wachttijd'],
      ['Ede', '3,5'],
      ['Wageningen; Oost', '4'],
    ]);
  });

  it('accepts a byte-order mark, CRLF line ends and skips blank lines', () => {
    expect(parseCsv('\uFEFFcode;naam\r\n\r\nGM0228;Ede\r\n', { delimiter: ';' })).toEqual([
      ['code', 'naam'],
      ['GM0228', 'Ede'],
    ]);
  });

  it('keeps a line of only delimiters as a row of empty fields', () => {
    expect(parseCsv('a,b\n,\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('gives the line each row starts on, also after a quoted line break', () => {
    expect(readCsvRows('a\n"x\ny"\n\nz').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('rejects an unclosed quote, naming the line where it opened', () => {
    expect(problemOf(() => parseCsv('a,b\n1,"open\n2,3'))).toEqual({
      code: 'ongeldige-invoer',
      details: [{ field: 'regel 2', message: 'aanhalingsteken wordt niet gesloten' }],
    });
  });

  it('rejects text after a closing quote and a quote in the middle of a field', () => {
    expect(problemOf(() => parseCsv('"a"b,c')).details[0]?.message).toMatch(/na het sluitende/);
    expect(problemOf(() => parseCsv('a,b\nab"c,d')).details[0]).toEqual({
      field: 'regel 2',
      message: 'aanhalingsteken midden in een veld zonder aanhalingstekens',
    });
  });
});

describe('parseCsvRecords', () => {
  it('keys every row by the header', () => {
    expect(parseCsvRecords('code,name\nGM0228,Ede\nGM0289,Wageningen\n')).toEqual([
      { code: 'GM0228', name: 'Ede' },
      { code: 'GM0289', name: 'Wageningen' },
    ]);
  });

  it('rejects a row with the wrong number of fields, naming its line', () => {
    expect(problemOf(() => parseCsvRecords('a,b\n1,2\n\n1,2,3')).details).toEqual([
      { field: 'regel 4', message: '3 velden, de kopregel heeft er 2' },
    ]);
  });

  it('rejects a file without a required column, or without any line', () => {
    expect(problemOf(() => parseCsvRecords('code,naam\n', { required: ['code', 'name'] })).details[0]?.message).toBe(
      'kolom ontbreekt: name',
    );
    expect(problemOf(() => parseCsvRecords('')).details[0]?.message).toBe('het bestand is leeg');
  });
});
