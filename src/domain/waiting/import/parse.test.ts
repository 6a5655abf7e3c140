import { describe, expect, it } from 'vitest';
import type { DiagnosisGroup } from '../../catalog/types';
import { parseWaitFile } from './parse';
import { parseDutchDate, parseWaitValue } from './values';
import { columnOfHeader } from './columns';

const GROUPS: DiagnosisGroup[] = [
  { code: '04', name: 'Depressieve stemmingsstoornissen', status: 'x' },
  { code: '05', name: 'Angststoornissen', status: 'x' },
  { code: '09', name: 'Somatische-symptoomstoornis en verwante stoornissen', status: 'x' },
  { code: 'nog-niet-gesteld', name: 'Diagnose nog niet gesteld', status: 'x' },
];
const context = { diagnosisGroups: GROUPS, today: '2026-11-23' };
const HEADER =
  'AGB-code vestiging;Vestiging;Postcode;Plaats;Type zorg;Hoofddiagnosegroep;Aanmeldwachttijd;Behandelwachttijd;Soort;Aantal wachtenden;Peildatum;Opmerking';
const row = (
  cells: Partial<
    Record<
      'agb' | 'kind' | 'group' | 'registration' | 'treatment' | 'basis' | 'count' | 'date' | 'postcode',
      string
    >
  >,
) =>
  [
    cells.agb ?? '00999989',
    'De Brug',
    cells.postcode ?? '2206 OL',
    'Doorn',
    cells.kind ?? 'BGGZ',
    cells.group ?? '',
    cells.registration ?? '4',
    cells.treatment ?? '6',
    cells.basis ?? 'actueel',
    cells.count ?? '12',
    cells.date ?? '16-11-2026',
    '',
  ].join(';');
const file = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
const onlyRow = (line: string) => {
  const parsed = parseWaitFile(file(line), context);
  expect(parsed.problems).toEqual([]);
  return parsed.rows[0]!;
};

describe('waiting-time values as providers write them', () => {
  it.each([
    ['6', 6],
    ['6 weken', 6],
    ['6-8 weken', 8],
    ['6 - 8 wk', 8],
    ['3 dagen', 0.4],
    ['10 dagen', 1.4],
    ['2,5', 2.5],
    ['2 maanden', 8.7],
    ['Geen wachtlijst', 0],
    ['geen wachttijd', 0],
  ])('reads "%s" as %s weeks (a range counts with its upper bound)', (raw, weeks) => {
    expect(parseWaitValue(raw)).toEqual({ kind: 'weeks', weeks });
  });

  it('reads an aanmeldstop as a pause, not as a wait, with its expected end', () => {
    expect(parseWaitValue('Aanmeldstop')).toEqual({
      kind: 'pause',
      reason: 'Aanmeldstop',
      expectedEnd: null,
    });
    expect(parseWaitValue('Cliëntstop tot 1-3-2027')).toEqual({
      kind: 'pause',
      reason: 'Cliëntstop tot 1-3-2027',
      expectedEnd: '2027-03-01',
    });
    expect(parseWaitValue('Clientstop tot 31-2-2027').kind).toBe('invalid');
  });

  it.each(['nvt', 'n.v.t.', '', '  ', 'onbekend'])('reads "%s" as not given', (raw) => {
    expect(parseWaitValue(raw)).toEqual({ kind: 'missing' });
  });

  it.each(['-3', '8-6 weken', '300', '6 jaar', 'snel'])('refuses "%s"', (raw) => {
    expect(parseWaitValue(raw).kind).toBe('invalid');
  });

  it.each([
    ['23-11-2026', '2026-11-23'],
    ['23-11-26', '2026-11-23'],
    ['1/3/2027', '2027-03-01'],
    ['2026-11-23', '2026-11-23'],
    ['31-11-2026', null],
    ['23 november', null],
  ])('reads the date "%s" as %s', (raw, iso) => {
    expect(parseDutchDate(raw)).toBe(iso);
  });

  it('matches header names without case, accents, punctuation or "(weken)"', () => {
    expect(columnOfHeader('agb_code')).toBe('agb');
    expect(columnOfHeader('AGB-code Vestiging')).toBe('agb');
    expect(columnOfHeader('Vestigingslocatie')).toBe('locationName');
    expect(columnOfHeader('Aanmeldtijd (weken)')).toBe('registrationWait');
    expect(columnOfHeader('BEHANDELWACHTTIJD')).toBe('treatmentWait');
    expect(columnOfHeader('Zorgverzekeraar toelichting')).toBe('note');
    expect(columnOfHeader('Diagnosegroep')).toBe('diagnosisGroup');
  });
});

describe('a waiting-time file, row by row', () => {
  it('reads a clean row with all values', () => {
    const parsed = onlyRow(
      row({ group: 'Angststoornissen', registration: '3 dagen', treatment: '6-8 weken' }),
    );
    expect(parsed).toMatchObject({ line: 2, status: 'ok', reasons: [] });
    expect(parsed.values).toMatchObject({
      agb: '00999989',
      postcode: '2206 OL',
      careKind: 'bggz',
      diagnosisGroup: '05',
      registrationWeeks: 0.4,
      treatmentWeeks: 8,
      basis: 'actueel',
      waitingCount: 12,
      measuredOn: '2026-11-16',
      pause: null,
    });
  });

  it('reads a diagnosis group by code, by name without accents, "nog niet gesteld" and empty as all groups', () => {
    expect(onlyRow(row({ group: '4' })).values.diagnosisGroup).toBe('04');
    expect(onlyRow(row({ group: 'depressieve STEMMINGSSTOORNISSEN' })).values.diagnosisGroup).toBe('04');
    expect(onlyRow(row({ group: 'Diagnose nog niet gesteld' })).values.diagnosisGroup).toBe(
      'nog-niet-gesteld',
    );
    expect(onlyRow(row({ group: '' })).values.diagnosisGroup).toBeNull();
  });

  it('reads an aanmeldstop row as a pause with reason and expected end', () => {
    const parsed = onlyRow(row({ registration: 'Clientstop tot 1-3-2027', treatment: 'nvt' }));
    expect(parsed.status).toBe('ok');
    expect(parsed.values).toMatchObject({
      pause: { reason: 'Clientstop tot 1-3-2027', expectedEnd: '2027-03-01' },
      registrationWeeks: null,
    });
  });

  it('reads a windows-1252 file with é and ë, and a comma delimiter', () => {
    const text =
      'AGB,Locatie,Postcode,Diagnosegroep,Aanmeldtijd,Behandeltijd,Datum,Opmerking\n00999989,De Brug,2206OL,Angststoornissen,4,6,23-11-26,Cliënten met één vraag\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const parsed = parseWaitFile(bytes, context);
    expect(parsed).toMatchObject({ encoding: 'iso-8859-1', delimiter: ',' });
    expect(parsed.rows[0]).toMatchObject({
      status: 'ok',
      values: { note: 'Cliënten met één vraag', postcode: '2206 OL', measuredOn: '2026-11-23' },
    });
  });

  it('reads UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...file(row({ group: 'Angststoornissen' }))]);
    const parsed = parseWaitFile(bytes, context);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.rows[0]?.status).toBe('ok');
  });

  it('rejects broken rows with a Dutch reason each, and keeps the line numbers', () => {
    const parsed = parseWaitFile(
      file(
        '00999989;De Brug;2206 OL',
        row({ group: 'Burn-out' }),
        row({ registration: '-2' }),
        row({ treatment: '900 weken' }),
        row({ date: '31-02-2026' }),
        row({ date: '01-01-2027' }),
        row({ registration: 'nvt' }),
        row({ postcode: '0123 AB', basis: 'gemiddeld', count: '-1' }),
      ),
      context,
    );
    const reasons = parsed.rows.map((r) => [r.line, r.status, r.reasons.join(' | ')]);
    expect(parsed.rows.every((r) => r.status === 'rejected')).toBe(true);
    expect(reasons[0]).toEqual([2, 'rejected', 'te weinig kolommen: 3 van de 12']);
    expect(reasons[1]![2]).toMatch(/diagnosegroep "Burn-out"/);
    expect(reasons[2]![2]).toMatch(/negatief/);
    expect(reasons[3]![2]).toMatch(/meer dan 104 weken/);
    expect(reasons[4]![2]).toMatch(/geen geldige datum/);
    expect(reasons[5]![2]).toMatch(/toekomst/);
    expect(reasons[6]![2]).toMatch(/aanmeldwachttijd ontbreekt/);
    expect(reasons[7]![2]).toMatch(/postcode.*soort "gemiddeld".*aantal wachtenden/);
  });

  it('reports a missing column for the whole file', () => {
    const parsed = parseWaitFile(
      new TextEncoder().encode('AGB;Postcode;Aanmeldwachttijd\n1;2206 OL;4\n'),
      context,
    );
    expect(parsed.problems).toEqual([expect.stringMatching(/Kolom ontbreekt: Behandelwachttijd, Peildatum/)]);
    expect(parsed.rows).toEqual([]);
  });

  it('reports an unclosed quote for the whole file', () => {
    const parsed = parseWaitFile(file('"00999989;De Brug'), context);
    expect(parsed.problems[0]).toMatch(/aanhalingsteken/);
  });
});

describe('a large waiting-time file', () => {
  it('reads 50,000 rows (about 4 MB) in well under the time of an upload', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) =>
      row({ agb: String(10_000_000 + i), group: String((i % 2) + 4) }),
    );
    const bytes = file(...lines);
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const started = performance.now();
    const parsed = parseWaitFile(bytes, context);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.rows).toHaveLength(50_000);
    expect(parsed.rows.every((r) => r.status === 'ok')).toBe(true);
  });
});
