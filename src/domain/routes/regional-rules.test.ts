import { describe, expect, it } from 'vitest';
import { DEMO_REGIONS } from '../catalog/demo-regions';
import {
  regionOfRule,
  resolveRouteRule,
  validateRegionalRule,
  type RegionalRule,
} from './regional-rules';
import { ASSUMED_FIRST_OVERLEGTAFEL, REGIONAL_RULES_SEED } from './regional-rules-seed';

function regionalRule(overrides: Partial<RegionalRule> = {}): RegionalRule {
  return {
    ruleId: 'test-regel',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'wor-plus',
    available: true,
    validFrom: null,
    validTo: null,
    details: {},
    note: null,
    source: 'test',
    ...overrides,
  };
}

describe('the seeded regional rules', () => {
  it('are all valid, with unique ids', () => {
    for (const rule of REGIONAL_RULES_SEED) expect(validateRegionalRule(rule), rule.ruleId).toEqual([]);
    const ids = REGIONAL_RULES_SEED.map((r) => r.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each cite a seed, and say so where they rest on an assumption', () => {
    for (const rule of REGIONAL_RULES_SEED) expect(rule.source, rule.ruleId).toMatch(/Seed 00[12]|Aanname/);
    const assumed = REGIONAL_RULES_SEED.filter((r) => /Aanname/.test(r.source)).map((r) => r.ruleId);
    expect(assumed).toEqual(expect.arrayContaining(['ew-ggz-overlegtafel', 'ew-wor-plus-wageningen', 'nwu-wor-plus', 'nwu-ggz-overlegtafel']));
  });

  it('belong to the two demo regions', () => {
    const regions = new Set(REGIONAL_RULES_SEED.map((r) => regionOfRule(r, DEMO_REGIONS)));
    expect([...regions].sort()).toEqual(['ede-wageningen', 'noordwest-utrecht']);
  });

  it('hold the overlegtafel rhythm of every 3 weeks from the assumed first session', () => {
    const table = REGIONAL_RULES_SEED.find((r) => r.ruleId === 'ew-ggz-overlegtafel');
    expect(table?.details).toMatchObject({ intervalWeeks: 3, firstSession: ASSUMED_FIRST_OVERLEGTAFEL });
  });
});

describe('resolving the rule for an address', () => {
  const rules = [
    regionalRule({ ruleId: 'regio', available: false }),
    regionalRule({ ruleId: 'gemeente', scopeKind: 'gemeente', scopeCode: 'GM0274' }),
    regionalRule({ ruleId: 'dorp', scopeKind: 'woonplaats', scopeCode: 'GM0274:Heelsum', available: false }),
  ];
  const resolve = (municipalityCode: string, place: string | undefined, date = '2026-06-01', list = rules) =>
    resolveRouteRule(list, 'wor-plus', { municipalityCode, ...(place ? { place } : {}) }, date, DEMO_REGIONS)?.ruleId;

  it('lets the village beat the municipality and the municipality beat the region', () => {
    expect(resolve('GM0274', 'Heelsum')).toBe('dorp');
    expect(resolve('GM0274', 'Oosterbeek')).toBe('gemeente');
    expect(resolve('GM0274', undefined)).toBe('gemeente');
    expect(resolve('GM0228', undefined)).toBe('regio');
  });

  it('matches the village name without regard to case or spaces', () => {
    expect(resolve('GM0274', ' heelsum ')).toBe('dorp');
  });

  it('does not apply a region rule outside the region', () => {
    expect(resolve('GM0344', undefined)).toBeUndefined();
  });

  it('uses only rules valid on the date, both ends inclusive', () => {
    const dated = [
      regionalRule({ ruleId: 'voor', scopeKind: 'gemeente', scopeCode: 'GM0289', available: false, validTo: '2026-04-30' }),
      regionalRule({ ruleId: 'na', scopeKind: 'gemeente', scopeCode: 'GM0289', validFrom: '2026-05-01' }),
    ];
    expect(resolve('GM0289', undefined, '2026-04-30', dated)).toBe('voor');
    expect(resolve('GM0289', undefined, '2026-05-01', dated)).toBe('na');
  });

  it('prefers the most recently started of two rules with the same scope', () => {
    const overlapping = [
      regionalRule({ ruleId: 'oud', validFrom: '2025-01-01' }),
      regionalRule({ ruleId: 'nieuw', validFrom: '2026-01-01', available: false }),
    ];
    expect(resolve('GM0228', undefined, '2026-06-01', overlapping)).toBe('nieuw');
  });
});

describe('validating a rule before it is stored', () => {
  it.each<[string, Partial<RegionalRule>, string]>([
    ['a municipality code that is not a GM code', { scopeKind: 'gemeente', scopeCode: 'Ede' }, 'scopeCode'],
    ['a village without its municipality', { scopeKind: 'woonplaats', scopeCode: 'Heelsum' }, 'scopeCode'],
    ['an end before the start', { validFrom: '2026-05-01', validTo: '2026-04-30' }, 'validTo'],
    ['an impossible date', { validFrom: '2026-02-30' }, 'validFrom'],
    ['a detail that belongs to another route', { details: { answerWorkingDays: 3 } }, 'details.answerWorkingDays'],
    ['WoR+ merged with itself', { details: { mergedWith: 'wor-plus' } }, 'details.mergedWith'],
    ['zero contacts', { details: { maxContacts: 0 } }, 'details.maxContacts'],
    ['crisis made unavailable', { route: 'crisis', available: false }, 'available'],
    ['a replacement that is the route itself', { details: { replacedBy: 'wor-plus' } }, 'details.replacedBy'],
    ['no source', { source: ' ' }, 'source'],
    [
      'an overlegtafel start time that is no time',
      { route: 'ggz-overlegtafel', details: { startTime: '25:00' } },
      'details.startTime',
    ],
    ['an unknown route', { route: 'zwemles' as RegionalRule['route'] }, 'route'],
  ])('rejects %s', (_title, overrides, field) => {
    expect(validateRegionalRule(regionalRule(overrides)).map((p) => p.field)).toContain(field);
  });

  it('accepts no time limit for a welfare offer', () => {
    expect(validateRegionalRule(regionalRule({ details: { maxContacts: 7, maxMonths: null, mergedWith: 'wor' } }))).toEqual([]);
  });
});
