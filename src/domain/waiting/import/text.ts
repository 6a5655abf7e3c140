/**
 * Turning the bytes of an uploaded waiting-time file into text and its layout: the character
 * encoding (UTF-8, with or without byte-order mark, else ISO-8859-1 / windows-1252 as older
 * spreadsheets write it), the delimiter (';' as Dutch spreadsheets write it, or ',') and
 * comparable header names.
 */
import type { CsvDelimiter } from '../../catalog/csv';

export type FileEncoding = 'utf-8' | 'iso-8859-1';

/** Decodes file bytes: valid UTF-8 (a BOM is dropped) is read as UTF-8, anything else as windows-1252. */
export function decodeFileText(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // The WHATWG 'latin1' label is windows-1252, a superset of ISO-8859-1 for printable text.
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'iso-8859-1' };
  }
}

/** The delimiter of the header line: ';' when it holds more semicolons than commas, else ','. */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Lower case, accents removed, only letters and digits: "AGB-code Vestiging" and "agb_code_vestiging" compare equal. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
