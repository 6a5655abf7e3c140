/**
 * A small CSV reader (RFC 4180 style) for the reference data in reference-data/ and for
 * providers' waiting-time files. Fields may be quoted; a quoted field may hold the delimiter,
 * line breaks and doubled quotes (""). The delimiter is ',' or ';' (Dutch spreadsheets write ';').
 * A UTF-8 byte-order mark and CRLF line ends are accepted. Malformed input is a DomainError that
 * names the line, so an upload can be answered with a Dutch message.
 */
import { invalid } from '../errors';

export type CsvDelimiter = ',' | ';';

export interface CsvOptions {
  /** Field separator; ',' unless told otherwise. */
  delimiter?: CsvDelimiter;
}

const QUOTE = '"';

const problem = (line: number, message: string) =>
  invalid('Het CSV-bestand is niet geldig.', [{ field: `regel ${line}`, message }]);

/** One row of fields and the line it starts on (counting from 1). */
export interface CsvRow {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text into rows of fields, exactly as written (no trimming). Empty lines are left
 * out; a line with only delimiters is a row of empty fields.
 */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  return readCsvRows(text, options).map((row) => row.fields);
}

/** Like parseCsv, but keeps the line number each row starts on, for error messages. */
export function readCsvRows(text: string, options: CsvOptions = {}): CsvRow[] {
  const delimiter = options.delimiter ?? ',';
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  /** True once the current row has any content (a field, a delimiter or quotes). */
  let rowStarted = false;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    if (rowStarted) {
      endField();
      rows.push({ fields: row, line: rowLine });
    }
    row = [];
    rowStarted = false;
  };

  while (i < input.length) {
    const char = input[i]!;
    if (char === QUOTE) {
      if (field !== '') throw problem(line, 'aanhalingsteken midden in een veld zonder aanhalingstekens');
      if (!rowStarted) rowLine = line;
      rowStarted = true;
      const startLine = line;
      i++;
      for (;;) {
        if (i >= input.length) throw problem(startLine, 'aanhalingsteken wordt niet gesloten');
        const c = input[i]!;
        if (c === QUOTE) {
          if (input[i + 1] === QUOTE) {
            field += QUOTE;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = input[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw problem(line, 'tekst na het sluitende aanhalingsteken');
      }
      continue;
    }
    if (char === delimiter) {
      if (!rowStarted) rowLine = line;
      rowStarted = true;
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    if (!rowStarted) rowLine = line;
    rowStarted = true;
    field += char;
    i++;
  }
  endRow();
  return rows;
}

/**
 * Reads CSV with a header row into one record per line, keyed by the header names. Every line
 * must have as many fields as the header; `required` columns must be present in the header.
 */
export function parseCsvRecords(
  text: string,
  options: CsvOptions & { required?: readonly string[] } = {},
): Record<string, string>[] {
  const [header, ...rows] = readCsvRows(text, options);
  if (!header) throw problem(1, 'het bestand is leeg');
  const names = header.fields.map((name) => name.trim());
  const missing = (options.required ?? []).filter((name) => !names.includes(name));
  if (missing.length > 0) throw problem(header.line, `kolom ontbreekt: ${missing.join(', ')}`);
  return rows.map(({ fields, line }) => {
    if (fields.length !== names.length) {
      throw problem(line, `${fields.length} velden, de kopregel heeft er ${names.length}`);
    }
    const record: Record<string, string> = {};
    names.forEach((name, column) => {
      record[name] = fields[column]!;
    });
    return record;
  });
}
