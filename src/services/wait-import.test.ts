/** The matching rule of waiting-time imports, without a database: location, kind, name and diagnosis group. */
import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../db/wait-import-repository';
import type { WaitRowValues } from '../domain/waiting/import/parse';
import { importSource, matchService } from './wait-import';

const aCandidate = (over: Partial<ImportCandidate>): ImportCandidate => ({
  serviceId: 's',
  serviceName: 'Dienst',
  kind: 'sggz',
  diagnosisGroups: [],
  organizationId: 'o1',
  organizationName: 'GGZ De Wilg',
  agb: '00999967',
  locationName: 'GGZ De Wilg, locatie Ede',
  postcode: '4720OF',
  city: 'Ede',
  ...over,
});
const CANDIDATES = [
  aCandidate({ serviceId: 'mood', serviceName: 'Stemmingsstoornissen (Ede)', diagnosisGroups: ['04', '03'] }),
  aCandidate({
    serviceId: 'anxiety',
    serviceName: 'Angst- en dwangstoornissen (Ede)',
    diagnosisGroups: ['05', '06'],
  }),
  aCandidate({
    serviceId: 'basis',
    serviceName: 'Blended basis-ggz',
    kind: 'bggz',
    diagnosisGroups: ['04', '05'],
  }),
  aCandidate({
    serviceId: 'other',
    agb: '00999911',
    organizationId: 'o2',
    postcode: '4720OF',
    locationName: 'Lekstroom Ede',
  }),
];
const row = (over: Partial<WaitRowValues>): WaitRowValues => ({
  agb: '00999967',
  locationName: null,
  postcode: '4720 OF',
  city: null,
  careKind: null,
  serviceName: null,
  diagnosisGroup: null,
  registrationWeeks: 2,
  treatmentWeeks: 4,
  pause: null,
  basis: 'actueel',
  waitingCount: null,
  measuredOn: '2026-11-16',
  note: null,
  ...over,
});
const matched = (values: WaitRowValues) => {
  const result = matchService(values, CANDIDATES);
  return typeof result === 'string' ? result : result.serviceId;
};

describe('matching a file row to one service', () => {
  it('takes the only service of the kind at the location', () => {
    expect(matched(row({ careKind: 'bggz' }))).toBe('basis');
  });

  it('picks among several services by diagnosis group, or by the start of the service name', () => {
    expect(matched(row({ careKind: 'sggz', diagnosisGroup: '05' }))).toBe('anxiety');
    expect(matched(row({ serviceName: 'stemmingsstoornissen' }))).toBe('mood');
  });

  it('names the candidates when it cannot choose', () => {
    expect(matched(row({ careKind: 'sggz' }))).toMatch(
      /meerdere diensten passen \(Stemmingsstoornissen \(Ede\), Angst/,
    );
  });

  it('matches by location name when there is no AGB code', () => {
    expect(matched(row({ agb: null, locationName: 'ggz de wilg, LOCATIE Ede', careKind: 'bggz' }))).toBe(
      'basis',
    );
  });

  it('explains a postcode or AGB code that leads nowhere', () => {
    expect(matched(row({ postcode: '1234 AB' }))).toMatch(/geen locatie met ggz-aanbod op postcode 1234 AB/);
    expect(matched(row({ agb: '00000001' }))).toMatch(/geen locatie van AGB-code 00000001/);
  });

  it('writes the file name, without folders, as the source', () => {
    expect(importSource('C:\\Users\\x\\wachttijden nov.csv')).toBe('import:wachttijden nov.csv');
  });
});
