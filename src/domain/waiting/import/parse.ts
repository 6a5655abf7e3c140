/**
 * Parses and validates a waiting-time file (wachttijdenbestand) without touching the database:
 * bytes in, one verdict per row out, each with the line it came from, Dutch reasons when it is
 * rejected and the values read. Matching rows to services and writing them is
 * src/services/wait-import.ts. The format is described in docs/import-wachttijden.md.
 */
import { DomainError } from '../../errors';
import type { DiagnosisGroup } from '../../catalog/types';
import type { WaitBasis } from '../../catalog/vocabulary';
import { NOT_YET_DIAGNOSED_CODE } from '../../catalog/reference';
import { readCsvRows } from '../../catalog/csv';
import { COLUMN_LABELS, columnOfHeader, type WaitColumn } from './columns';
import { comparable, decodeFileText, detectDelimiter, type FileEncoding } from './text';
import { parseCount, parseDutchDate, parseWaitValue, type WaitValue } from './values';

/** The GGZ kinds of care a waiting-time file reports on. */
export type ImportCareKind = 'bggz' | 'sggz';

/** What one row says, once read. Either the two waits or a registration pause (aanmeldstop). */
export interface WaitRowValues {
  agb: string | null;
  locationName: string | null;
  postcode: string | null;
  city: string | null;
  careKind: ImportCareKind | null;
  /** The service's name, when a location has several services of a kind. */
  serviceName: string | null;
  /** Diagnosis group code; null: the same for all groups. */
  diagnosisGroup: string | null;
  /** Aanmeldwachttijd in weeks; null for a pause. */
  registrationWeeks: number | null;
  /** Behandelwachttijd in weeks; null for a pause. */
  treatmentWeeks: number | null;
  /** Aanmeldstop: registration closed, with the provider's words and the expected end. */
  pause: { reason: string; expectedEnd: string | null } | null;
  basis: WaitBasis;
  waitingCount: number | null;
  /** Peildatum, ISO. */
  measuredOn: string | null;
  note: string | null;
}

export interface ParsedWaitRow {
  line: number;
  status: 'ok' | 'rejected';
  reasons: string[];
  values: WaitRowValues;
}

export interface ParsedWaitFile {
  encoding: FileEncoding;
  delimiter: ';' | ',';
  /** Problems with the file as a whole (no header, missing columns); rows are then empty. */
  problems: string[];
  rows: ParsedWaitRow[];
}

export interface ParseContext {
  diagnosisGroups: readonly DiagnosisGroup[];
  /** Today (ISO date): a peildatum after it is refused. */
  today: string;
}

const CARE_KINDS: Record<string, ImportCareKind> = {
  bggz: 'bggz',
  gbggz: 'bggz',
  basisggz: 'bggz',
  generalistischebasisggz: 'bggz',
  ggzbasis: 'bggz',
  sggz: 'sggz',
  gespecialiseerdeggz: 'sggz',
  specialistischeggz: 'sggz',
  ggzspecialistisch: 'sggz',
};

const BASES: Record<string, WaitBasis> = {
  actueel: 'actueel',
  actuele: 'actueel',
  retrospectief: 'retrospectief',
  retrospectieve: 'retrospectief',
};

/** Diagnosis group by code ("4", "04") or by name, without case or accents; "" is all groups. */
function diagnosisGroupOf(raw: string, groups: readonly DiagnosisGroup[]): { code: string | null } | null {
  const text = raw.trim();
  if (text === '' || ['alle', 'allediagnosegroepen', 'alle', 'nvt'].includes(comparable(text)))
    return { code: null };
  const asCode = /^\d{1,2}$/.test(text) ? text.padStart(2, '0') : text;
  const byCode = groups.find((g) => g.code === asCode);
  if (byCode) return { code: byCode.code };
  const key = comparable(text);
  if (key === comparable('Diagnose nog niet gesteld') || key === comparable(NOT_YET_DIAGNOSED_CODE))
    return { code: NOT_YET_DIAGNOSED_CODE };
  const byName = groups.find((g) => comparable(g.name) === key);
  return byName ? { code: byName.code } : null;
}

const emptyValues = (): WaitRowValues => ({
  agb: null,
  locationName: null,
  postcode: null,
  city: null,
  careKind: null,
  serviceName: null,
  diagnosisGroup: null,
  registrationWeeks: null,
  treatmentWeeks: null,
  pause: null,
  basis: 'actueel',
  waitingCount: null,
  measuredOn: null,
  note: null,
});

/** Reads the file bytes into verdicts per row. Never throws on bad content: it reports it. */
export function parseWaitFile(bytes: Uint8Array, context: ParseContext): ParsedWaitFile {
  const { text, encoding } = decodeFileText(bytes);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  const result: ParsedWaitFile = { encoding, delimiter, problems: [], rows: [] };
  let csvRows;
  try {
    csvRows = readCsvRows(text, { delimiter });
  } catch (error) {
    if (error instanceof DomainError) {
      result.problems.push(
        error.details.map((d) => `${d.field}: ${d.message}`).join('; ') || error.userMessage,
      );
      return result;
    }
    throw error;
  }
  const [header, ...rows] = csvRows;
  if (!header) {
    result.problems.push('Het bestand is leeg.');
    return result;
  }
  const columns = new Map<WaitColumn, number>();
  header.fields.forEach((name, index) => {
    const column = columnOfHeader(name);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing: WaitColumn[] = (
    ['registrationWait', 'treatmentWait', 'measuredOn', 'postcode'] as const
  ).filter((c) => !columns.has(c));
  if (!columns.has('agb') && !columns.has('locationName')) missing.push('agb');
  if (missing.length > 0) {
    result.problems.push(
      `Kolom ontbreekt: ${missing.map((c) => COLUMN_LABELS[c]).join(', ')}. Zie de beschrijving van het formaat.`,
    );
    return result;
  }
  if (rows.length === 0) result.problems.push('Het bestand heeft geen regels onder de kopregel.');
  result.rows = rows.map(({ fields, line }) =>
    parseRow(fields, line, header.fields.length, columns, context),
  );
  return result;
}

function parseRow(
  fields: string[],
  line: number,
  width: number,
  columns: Map<WaitColumn, number>,
  context: ParseContext,
): ParsedWaitRow {
  const values = emptyValues();
  const reasons: string[] = [];
  if (fields.length < width) {
    return {
      line,
      status: 'rejected',
      reasons: [`te weinig kolommen: ${fields.length} van de ${width}`],
      values,
    };
  }
  if (fields.slice(width).some((f) => f.trim() !== '')) {
    return {
      line,
      status: 'rejected',
      reasons: [`te veel kolommen: ${fields.length} in plaats van ${width}`],
      values,
    };
  }
  const cell = (column: WaitColumn): string => {
    const index = columns.get(column);
    return index === undefined ? '' : fields[index]!.trim();
  };
  const optional = (column: WaitColumn) => cell(column) || null;

  const agb = cell('agb').replace(/\s/g, '');
  if (agb !== '') {
    if (/^\d{1,8}$/.test(agb)) values.agb = agb.padStart(8, '0');
    else reasons.push(`AGB-code "${agb}" bestaat niet uit (hooguit) 8 cijfers`);
  }
  values.locationName = optional('locationName');
  values.city = optional('city');
  values.serviceName = optional('serviceName');
  const postcode = cell('postcode').toUpperCase().replace(/\s/g, '');
  if (postcode === '') reasons.push('postcode ontbreekt');
  else if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode))
    reasons.push(`postcode "${cell('postcode')}" is geen Nederlandse postcode`);
  else values.postcode = `${postcode.slice(0, 4)} ${postcode.slice(4)}`;
  if (!values.agb && !values.locationName) reasons.push('AGB-code of locatienaam ontbreekt');

  const kind = cell('careKind');
  if (kind !== '') {
    const careKind = CARE_KINDS[comparable(kind)];
    if (careKind) values.careKind = careKind;
    else reasons.push(`type zorg "${kind}" is onbekend (verwacht BGGZ of SGGZ)`);
  }

  const group = diagnosisGroupOf(cell('diagnosisGroup'), context.diagnosisGroups);
  if (group) values.diagnosisGroup = group.code;
  else
    reasons.push(`diagnosegroep "${cell('diagnosisGroup')}" staat niet in de lijst van hoofddiagnosegroepen`);

  const basis = cell('basis');
  if (basis !== '') {
    const known = BASES[comparable(basis)];
    if (known) values.basis = known;
    else reasons.push(`soort "${basis}" is onbekend (verwacht actueel of retrospectief)`);
  }

  const count = parseCount(cell('waitingCount'));
  if (count.ok) values.waitingCount = count.value;
  else reasons.push(count.reason);

  const measured = cell('measuredOn');
  const measuredOn = measured === '' ? null : parseDutchDate(measured);
  if (measured === '') reasons.push('peildatum ontbreekt');
  else if (!measuredOn) reasons.push(`peildatum "${measured}" is geen geldige datum (dd-mm-jjjj)`);
  else if (measuredOn > context.today) reasons.push(`peildatum ${measured} ligt in de toekomst`);
  else values.measuredOn = measuredOn;

  values.note = optional('note');
  readWaits(parseWaitValue(cell('registrationWait')), parseWaitValue(cell('treatmentWait')), values, reasons);
  if (
    values.pause &&
    values.pause.expectedEnd &&
    values.measuredOn &&
    values.pause.expectedEnd < values.measuredOn
  ) {
    reasons.push('de einddatum van de aanmeldstop ligt vóór de peildatum');
  }
  return { line, status: reasons.length ? 'rejected' : 'ok', reasons, values };
}

/** Either both waits in weeks, or a pause in one of the two columns; anything else is a reason. */
function readWaits(
  registration: WaitValue,
  treatment: WaitValue,
  values: WaitRowValues,
  reasons: string[],
): void {
  const pause = registration.kind === 'pause' ? registration : treatment.kind === 'pause' ? treatment : null;
  if (pause) {
    values.pause = { reason: pause.reason, expectedEnd: pause.expectedEnd };
    return;
  }
  const read = (value: WaitValue, label: string): number | null => {
    if (value.kind === 'weeks') return value.weeks;
    if (value.kind === 'invalid') reasons.push(`${label}: ${value.reason}`);
    else reasons.push(`${label} ontbreekt (nvt of leeg); vul weken in, "Geen wachtlijst" of "Aanmeldstop"`);
    return null;
  };
  values.registrationWeeks = read(registration, 'aanmeldwachttijd');
  values.treatmentWeeks = read(treatment, 'behandelwachttijd');
}
