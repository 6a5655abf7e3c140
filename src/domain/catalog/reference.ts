/**
 * Reads the reference lists shipped in reference-data/ (see its SOURCES.md) from CSV text:
 * municipalities (CBS codes with a GeoNames point), insurer labels with their concern, and the
 * main diagnosis groups for waiting times. Pure: the caller reads the files.
 */
import { invalid } from '../errors';
import { parseCsvRecords } from './csv';
import type { DiagnosisGroup, Insurer, Municipality } from './types';

/** The three reference lists together, as the care map and matching need them. */
export interface ReferenceLists {
  municipalities: Municipality[];
  insurers: Insurer[];
  diagnosisGroups: DiagnosisGroup[];
}

/** The file names in reference-data/. */
export const REFERENCE_FILES = {
  municipalities: 'gemeenten.csv',
  insurers: 'zorgverzekeraars.csv',
  diagnosisGroups: 'diagnosegroepen.csv',
} as const;

/**
 * The code we give the group "Diagnose nog niet gesteld": the source names the group but no
 * code was found for it, so this is our own code, not an official one.
 */
export const NOT_YET_DIAGNOSED_CODE = 'nog-niet-gesteld';

/** UZOVI statuses under which we show a code; a conflict or no source gives no code. */
const USABLE_UZOVI = new Set(['confirmed_2_sources', 'single_source']);

const MUNICIPALITY_CODE = /^GM[0-9]{4}$/;

/** A stable id from a label: lower case, accents and dots dropped, other gaps as '-'. */
export function slugOf(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function coordinate(value: string, code: string, name: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw invalid('Het bestand met gemeenten is niet geldig.', [{ field: `${code}.${name}`, message: `geen getal: "${value}"` }]);
  }
  return number;
}

/** gemeenten.csv: code, name, province, lat, lon, coord_source. */
export function parseMunicipalities(text: string): Municipality[] {
  const records = parseCsvRecords(text, { required: ['code', 'name', 'province', 'lat', 'lon'] });
  return records.map((r) => {
    const code = r.code!.trim();
    if (!MUNICIPALITY_CODE.test(code)) {
      throw invalid('Het bestand met gemeenten is niet geldig.', [{ field: 'code', message: `geen CBS-code: "${code}"` }]);
    }
    return {
      code,
      name: r.name!.trim(),
      province: r.province!.trim(),
      point: { lat: coordinate(r.lat!, code, 'lat'), lon: coordinate(r.lon!, code, 'lon') },
    };
  });
}

/**
 * zorgverzekeraars.csv: label, concern, uzovi, uzovi_status, ... The id is the slug of the label
 * ("a.s.r." becomes "asr"). A UZOVI code is kept only when one or two sources agree on it; none
 * is checked against the Vektis register. Rows without a concern (entities that appear only in a
 * UZOVI source, not in the list of labels) are left out: matching needs the concern, because
 * insurers contract per concern.
 */
export function parseInsurers(text: string): Insurer[] {
  const records = parseCsvRecords(text, { required: ['label', 'concern', 'uzovi', 'uzovi_status'] });
  const insurers: Insurer[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const label = r.label!.trim();
    const concern = r.concern!.trim();
    if (label === '' || concern === '') continue;
    const id = slugOf(label);
    if (seen.has(id)) {
      throw invalid('Het bestand met zorgverzekeraars is niet geldig.', [{ field: 'label', message: `dubbel label: "${label}"` }]);
    }
    seen.add(id);
    const uzovi = r.uzovi!.trim();
    insurers.push({ id, label, concern, uzovi: uzovi !== '' && USABLE_UZOVI.has(r.uzovi_status!.trim()) ? uzovi : null });
  }
  return insurers;
}

/**
 * diagnosegroepen.csv: code, naam, status, ... The row without a code ("Diagnose nog niet
 * gesteld") gets NOT_YET_DIAGNOSED_CODE.
 */
export function parseDiagnosisGroups(text: string): DiagnosisGroup[] {
  const records = parseCsvRecords(text, { required: ['code', 'naam', 'status'] });
  return records.map((r) => {
    const code = r.code!.trim();
    return { code: code === '' ? NOT_YET_DIAGNOSED_CODE : code, name: r.naam!.trim(), status: r.status!.trim() };
  });
}
