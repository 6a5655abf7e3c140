import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NOT_YET_DIAGNOSED_CODE,
  REFERENCE_FILES,
  parseDiagnosisGroups,
  parseInsurers,
  parseMunicipalities,
  slugOf,
} from './reference';

const shipped = (name: string) => readFileSync(new URL(`../../../reference-data/${name}`, import.meta.url), 'utf8');

describe('slugOf', () => {
  it.each([
    ['Zilveren Kruis', 'zilveren-kruis'],
    ['a.s.r.', 'asr'],
    ['Univé', 'unive'],
    ['Nationale-Nederlanden', 'nationale-nederlanden'],
    ['Zorg en Zekerheid', 'zorg-en-zekerheid'],
  ])('turns %s into %s', (label, slug) => expect(slugOf(label)).toBe(slug));
});

describe('parseMunicipalities', () => {
  it('reads code, name, province and point', () => {
    const text = 'code,name,province,lat,lon,coord_source\nGM0228,Ede,Gelderland,52.08118,5.7449,geonames_adm2:2756428\n';
    expect(parseMunicipalities(text)).toEqual([
      { code: 'GM0228', name: 'Ede', province: 'Gelderland', point: { lat: 52.08118, lon: 5.7449 } },
    ]);
  });

  it('rejects a row without a coordinate or with a malformed code', () => {
    expect(() => parseMunicipalities('code,name,province,lat,lon\nGM0228,Ede,Gelderland,,5.7\n')).toThrow(/niet geldig/);
    expect(() => parseMunicipalities('code,name,province,lat,lon\n0228,Ede,Gelderland,52,5.7\n')).toThrow(/niet geldig/);
  });
});

describe('parseInsurers', () => {
  const header = 'label,concern,uzovi,uzovi_status,uzovi_evidence,in_label_list,notes\n';

  it('keeps a UZOVI code from one or two sources and drops conflicting ones', () => {
    const text =
      header +
      'Zilveren Kruis,Achmea,,conflict,"3311 [bron A] | 9018 [bron B]",yes,\n' +
      'FBTO,Achmea,3351,confirmed_2_sources,x,yes,\n' +
      'CZ,CZ,7119,single_source,x,yes,\n' +
      'a.s.r.,a.s.r.,9018,conflict,x,yes,\n';
    expect(parseInsurers(text)).toEqual([
      { id: 'zilveren-kruis', label: 'Zilveren Kruis', concern: 'Achmea', uzovi: null },
      { id: 'fbto', label: 'FBTO', concern: 'Achmea', uzovi: '3351' },
      { id: 'cz', label: 'CZ', concern: 'CZ', uzovi: '7119' },
      { id: 'asr', label: 'a.s.r.', concern: 'a.s.r.', uzovi: null },
    ]);
  });

  it('leaves out entities without a concern', () => {
    expect(parseInsurers(`${header}Pro Life,,9086,single_source,x,no,\n`)).toEqual([]);
  });
});

describe('parseDiagnosisGroups', () => {
  it('gives the group without a code our own code', () => {
    const text = 'code,naam,dsm5_hoofdstuk,status,bron_en_toelichting\n04,Depressieve stemmingsstoornissen,4,used,"a, b"\n,Diagnose nog niet gesteld,,confirmed_group_no_code,x\n';
    expect(parseDiagnosisGroups(text)).toEqual([
      { code: '04', name: 'Depressieve stemmingsstoornissen', status: 'used' },
      { code: NOT_YET_DIAGNOSED_CODE, name: 'Diagnose nog niet gesteld', status: 'confirmed_group_no_code' },
    ]);
  });
});

describe('the shipped reference data', () => {
  it('has the 342 municipalities of 2025 with unique codes and points inside the Netherlands', () => {
    const municipalities = parseMunicipalities(shipped(REFERENCE_FILES.municipalities));
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(342);
    expect(new Set(municipalities.map((m) => m.province)).size).toBe(12);
    for (const { point } of municipalities) {
      expect(point.lat).toBeGreaterThan(50.7);
      expect(point.lat).toBeLessThan(53.6);
      expect(point.lon).toBeGreaterThan(3.3);
      expect(point.lon).toBeLessThan(7.3);
    }
  });

  it('has the 31 insurer labels with their concern', () => {
    const insurers = parseInsurers(shipped(REFERENCE_FILES.insurers));
    expect(insurers).toHaveLength(31);
    expect(insurers.find((i) => i.id === 'zilveren-kruis')).toEqual({ id: 'zilveren-kruis', label: 'Zilveren Kruis', concern: 'Achmea', uzovi: null });
    expect(insurers.find((i) => i.id === 'asr')?.concern).toBe('a.s.r.');
    expect(new Set(insurers.map((i) => i.concern)).size).toBe(9);
  });

  it('has 24 diagnosis groups with unique codes', () => {
    const groups = parseDiagnosisGroups(shipped(REFERENCE_FILES.diagnosisGroups));
    expect(groups).toHaveLength(24);
    expect(new Set(groups.map((g) => g.code)).size).toBe(24);
    expect(groups.find((g) => g.code === '15')?.name).toBe('Disruptieve-, impulsbeheersings- en andere gedragsstoornissen');
  });
});
