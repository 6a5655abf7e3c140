import { describe, expect, it } from 'vitest';
import { GENERATOR_NOW, REFERENCE, generatorInput } from '../../../test/support/generator-input';
import { distanceKm } from '../matching/geo';
import { factAgeInDays } from '../waiting/staleness';
import { normStatus, totalWaitWeeks } from '../waiting/treeknorm';
import { DEMO_REGIONS } from './demo-regions';
import { DEMO_SOURCE, generateCatalog } from './generator';
import { NOT_YET_DIAGNOSED_CODE } from './reference';
import type { ServiceDescription } from './types';
import { CARE_KIND_IDS, EXCLUSION_CODE_IDS, careKindInfo } from './vocabulary';

const demo = generateCatalog(generatorInput());
const today = GENERATOR_NOW.toISOString().slice(0, 10);
const locationOf = new Map(demo.locations.map((l) => [l.id, l]));
const municipalityOf = new Map(REFERENCE.municipalities.map((m) => [m.code, m]));
const serviceOf = new Map(demo.services.map((s) => [s.id, s]));
const ofKind = (kind: string) => demo.services.filter((s) => s.kind === kind);
const coverageOf = (id: string) => demo.coverage.filter((c) => c.serviceId === id);
/** The newest version of each fact, as the care map shows it. */
const current = <T extends { serviceId: string; recordedAt: string }>(rows: T[], key: (row: T) => string) => {
  const newest = new Map<string, T>();
  for (const row of rows) {
    const k = `${row.serviceId}|${key(row)}`;
    const seen = newest.get(k);
    if (!seen || row.recordedAt > seen.recordedAt) newest.set(k, row);
  }
  return [...newest.values()];
};
const currentWaits = current(demo.waits, (w) => w.diagnosisGroup ?? '');
const currentPauses = current(demo.pauses, () => '');
const currentContracts = current(demo.contracts, (c) => `${c.insurerId}|${c.year}`);

describe('the demo care map', () => {
  it('has more than 200 services, all fictional, with Dutch descriptions', () => {
    expect(demo.services.length).toBeGreaterThanOrEqual(200);
    expect(demo.services.length).toBeLessThan(320);
    for (const s of [...demo.services, ...demo.organizations]) expect(s.fictional).toBe(true);
    for (const s of demo.services) expect(s.description.length).toBeGreaterThan(40);
    expect(demo.services.some((s) => /depressi/i.test(s.description))).toBe(true);
    // The name search forgives typos by trigram similarity on names, so some names say it too.
    expect(demo.services.filter((s) => /^Depressie/.test(s.name)).length).toBeGreaterThanOrEqual(3);
    expect(demo.services.some((s) => /schuldhulp/i.test(s.description))).toBe(true);
  });

  it.each(DEMO_REGIONS.map((r) => [r.name, r] as const))('offers every kind of care in %s', (_, region) => {
    const located = demo.services.filter((s) => s.locationId && region.municipalityCodes.includes(locationOf.get(s.locationId)!.municipalityCode));
    expect(new Set(located.map((s) => s.kind))).toEqual(new Set(CARE_KIND_IDS));
    expect(located.length).toBeGreaterThan(100);
  });

  it('uses every exclusion criterion for several services, and none for crisis services', () => {
    for (const code of EXCLUSION_CODE_IDS) expect(demo.services.filter((s) => s.exclusions.includes(code)).length).toBeGreaterThanOrEqual(5);
    const crisis = ofKind('crisis');
    expect(crisis.length).toBeGreaterThanOrEqual(4);
    for (const s of crisis) expect(s.exclusions).toEqual([]);
  });

  it('spreads languages, ages, delivery and referral channels realistically', () => {
    const share = (test: (s: ServiceDescription) => boolean) => demo.services.filter(test).length / demo.services.length;
    expect(share((s) => s.languages.includes('nl'))).toBe(1);
    expect(share((s) => s.languages.length === 1)).toBeGreaterThan(0.5);
    for (const language of ['en', 'ar', 'tr', 'pl']) expect(share((s) => s.languages.includes(language))).toBeGreaterThan(0);
    expect(share((s) => s.ageMin === 18 && s.ageMax === null)).toBeGreaterThan(0.6);
    expect(share((s) => s.ageMin === 18 && s.ageMax === 65)).toBeGreaterThan(0);
    expect(share((s) => s.ageMin === 65)).toBeGreaterThan(0);
    expect(share((s) => s.ageMin === 16)).toBeGreaterThan(0);
    expect(new Set(demo.services.flatMap((s) => s.modalities)).size).toBe(4);
    expect(new Set(demo.services.map((s) => s.referralChannel)).size).toBe(6);
    for (const s of [...ofKind('bggz'), ...ofKind('sggz')]) expect(s.gpReferralRequired).toBe(true);
  });

  it('places locations with an invented address a few kilometres from their municipality', () => {
    for (const l of demo.locations) {
      expect(l.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
      expect(distanceKm(l.point, municipalityOf.get(l.municipalityCode)!.point)).toBeLessThanOrEqual(3.1);
    }
    for (const o of demo.organizations) {
      expect(o.kvk).toMatch(/^00[0-9]{6}$/);
      if (o.agb) expect(o.agb).toMatch(/^00[0-9]{6}$/);
      expect(o.website).toMatch(/\.example$/);
    }
    expect(new Set(demo.organizations.map((o) => o.name)).size).toBe(demo.organizations.length);
  });
});

describe('coverage areas', () => {
  it('covers the own municipality, for treatment the ones around it, and for national e-health all', () => {
    const coveredToday = (id: string) => coverageOf(id).filter((c) => c.validFrom <= today && (c.validTo === null || c.validTo >= today));
    for (const s of ofKind('huisartsenzorg')) expect(coveredToday(s.id).map((c) => c.municipalityCode)).toEqual([locationOf.get(s.locationId!)!.municipalityCode]);
    const treatment = ofKind('sggz').map((s) => coverageOf(s.id).length).filter((n) => n > 0);
    expect(treatment.reduce((a, b) => a + b, 0) / treatment.length).toBeGreaterThan(3);
    const national = demo.services.filter((s) => s.kind === 'ehealth' && s.locationId === null);
    expect(national.length).toBeGreaterThanOrEqual(2);
    for (const s of national) expect(new Set(coverageOf(s.id).map((c) => c.municipalityCode)).size).toBe(REFERENCE.municipalities.length);
  });

  it('has areas that start in the future and areas that ended in the past', () => {
    expect(demo.coverage.filter((c) => c.validFrom > today).length).toBeGreaterThanOrEqual(5);
    expect(demo.coverage.filter((c) => c.validTo !== null && c.validTo < today).length).toBeGreaterThanOrEqual(5);
  });

  it('follows seed 001 for WoR+ in Ede-Wageningen: Wageningen from May 2026, none in Renkum', () => {
    const worPlus = ofKind('wor-plus').flatMap((s) => coverageOf(s.id));
    expect(worPlus.find((c) => c.municipalityCode === 'GM0289')?.validFrom).toBe('2026-05-01');
    expect(worPlus.some((c) => c.municipalityCode === 'GM0274' || c.municipalityCode === 'GM1581')).toBe(false);
    expect(worPlus.some((c) => c.municipalityCode === 'GM0228' && c.validFrom <= today)).toBe(true);
  });
});

describe('facts', () => {
  it('has waits inside the Treeknorm, above it and far above it (20 to 40 weeks)', () => {
    const ggz = currentWaits.filter((w) => ['bggz', 'sggz'].includes(serviceOf.get(w.serviceId)!.kind));
    const status = (s: string) => ggz.filter((w) => normStatus(w.registrationWeeks, w.treatmentWeeks) === s).length;
    expect(status('binnen')).toBeGreaterThan(ggz.length * 0.2);
    expect(status('boven')).toBeGreaterThan(ggz.length * 0.2);
    expect(status('ver-boven')).toBeGreaterThan(ggz.length * 0.15);
    expect(ggz.some((w) => totalWaitWeeks(w.registrationWeeks, w.treatmentWeeks) >= 30)).toBe(true);
    for (const w of demo.waits) expect(w.source).toBe(DEMO_SOURCE);
  });

  it('reports basis-ggz for all groups together and specialised care per group it treats', () => {
    for (const s of ofKind('bggz')) expect(currentWaits.filter((w) => w.serviceId === s.id).map((w) => w.diagnosisGroup)).toEqual([null]);
    for (const s of ofKind('sggz')) {
      const groups = currentWaits.filter((w) => w.serviceId === s.id).map((w) => w.diagnosisGroup);
      expect(groups.filter((g) => g !== NOT_YET_DIAGNOSED_CODE)).toEqual(s.diagnosisGroups);
    }
    for (const s of demo.services.filter((x) => !careKindInfo(x.kind).waitsApply)) expect(demo.waits.some((w) => w.serviceId === s.id)).toBe(false);
    expect(currentWaits.some((w) => w.waitingCount !== null)).toBe(true);
    expect(new Set(currentWaits.map((w) => w.basis))).toEqual(new Set(['actueel', 'retrospectief']));
  });

  it('has fresh waits, waits older than 30 days and waits older than 90 days', () => {
    const ages = currentWaits.map((w) => factAgeInDays(w.measuredOn, w.confirmedAt, GENERATOR_NOW));
    expect(ages.filter((a) => a <= 30).length).toBeGreaterThan(ages.length * 0.3);
    expect(ages.filter((a) => a > 30 && a <= 90).length).toBeGreaterThan(ages.length * 0.1);
    expect(ages.filter((a) => a > 90).length).toBeGreaterThan(ages.length * 0.05);
    expect(Math.max(...ages)).toBeLessThanOrEqual(125);
  });

  it('has active registration pauses with a Dutch reason, and keeps earlier versions', () => {
    const active = currentPauses.filter((p) => p.active);
    expect(active.length).toBeGreaterThanOrEqual(10);
    for (const p of active) expect(p.reason).toMatch(/^[A-Z]/);
    expect(active.some((p) => p.expectedEnd !== null && p.expectedEnd > today)).toBe(true);
    expect(demo.pauses.length).toBeGreaterThan(currentPauses.length);
    expect(demo.waits.length).toBeGreaterThan(currentWaits.length);
  });

  it('has contracts only where insurers contract, alike for every label of a concern, some ceilings reached', () => {
    for (const c of demo.contracts) expect(careKindInfo(serviceOf.get(c.serviceId)!.kind).requiresInsurerContract).toBe(true);
    const concernOf = new Map(REFERENCE.insurers.map((i) => [i.id, i.concern]));
    const byConcern = new Map<string, Set<string>>();
    for (const c of currentContracts) {
      const key = `${c.serviceId}|${concernOf.get(c.insurerId)}`;
      byConcern.set(key, (byConcern.get(key) ?? new Set()).add(`${c.contracted}|${c.ceiling}`));
    }
    for (const states of byConcern.values()) expect(states.size).toBe(1);
    const labelsPerService = new Set(currentContracts.filter((c) => c.serviceId === currentContracts[0]!.serviceId).map((c) => c.insurerId));
    expect(labelsPerService.size).toBe(REFERENCE.insurers.length);
    expect(currentContracts.filter((c) => c.contracted && c.ceiling === 'bereikt').length).toBeGreaterThan(50);
    expect(currentContracts.filter((c) => c.contracted && c.ceiling === 'bijna').length).toBeGreaterThan(50);
    expect(currentContracts.some((c) => !c.contracted)).toBe(true);
  });
});
