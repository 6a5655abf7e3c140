import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { instantInNetherlands } from '../case-review/dutch-clock';
import {
  assertCanCancel,
  assertCanPlan,
  assertCanRecordOutcome,
  holdBy,
  OUTCOME_ROUTES,
  planProblems,
  regionOffersExploratory,
  requestProblems,
  type PlanInput,
} from './exploratory-request';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday 11:00 in the Netherlands
const plan = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  at: instantInNetherlands('2026-11-26', '14:00'),
  place: 'Gezondheidscentrum Ede, spreekkamer 2',
  ggzSpecialist: 'T. de Wit, GZ-psycholoog',
  socialDomainSupporter: 'S. Öztürk, welzijnscoach',
  expertByExperience: 'R. Visser',
  ...overrides,
});

const codeOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return 'ok';
};

describe('planning a verkennend gesprek', () => {
  it('needs a moment in the future, a place and the three wegwijzers by name', () => {
    expect(planProblems(plan(), NOW)).toEqual([]);
    const problems = planProblems(
      plan({ at: new Date('2026-11-23T09:00:00Z'), place: ' ', ggzSpecialist: '', expertByExperience: '  ' }),
      NOW,
    );
    expect(problems.map((p) => p.field)).toEqual(['date', 'place', 'ggzSpecialist', 'expertByExperience']);
    expect(problems[2]?.message).toBe('Vul de naam van de GGZ-specialist in.');
  });

  it('can be planned when requested and planned again, but not once held or cancelled', () => {
    expect(codeOf(() => assertCanPlan('aangevraagd', plan(), NOW))).toBe('ok');
    expect(codeOf(() => assertCanPlan('gepland', plan(), NOW))).toBe('ok');
    expect(codeOf(() => assertCanPlan('gevoerd', plan(), NOW))).toBe('conflict');
    expect(codeOf(() => assertCanPlan('geannuleerd', plan(), NOW))).toBe('conflict');
    expect(codeOf(() => assertCanPlan('aangevraagd', plan({ at: NOW }), NOW))).toBe('ongeldige-invoer');
  });
});

describe('the outcome of a verkennend gesprek', () => {
  const outcome = { route: 'wor-plus' as const, note: 'Stapeling op meerdere leefgebieden; WoR+ met coach.' };

  it('is recorded from the day of the conversation on, for a planned conversation', () => {
    const today = instantInNetherlands('2026-11-23', '15:00');
    const tomorrow = instantInNetherlands('2026-11-24', '09:00');
    expect(codeOf(() => assertCanRecordOutcome('gepland', today, outcome, NOW))).toBe('ok');
    expect(codeOf(() => assertCanRecordOutcome('gepland', tomorrow, outcome, NOW))).toBe('conflict');
    expect(codeOf(() => assertCanRecordOutcome('aangevraagd', null, outcome, NOW))).toBe('conflict');
    expect(codeOf(() => assertCanRecordOutcome('gevoerd', today, outcome, NOW))).toBe('conflict');
  });

  it('is an advised route other than the verkennend gesprek itself, with a note', () => {
    const today = instantInNetherlands('2026-11-23', '08:00');
    expect(OUTCOME_ROUTES).not.toContain('verkennend-gesprek');
    expect(
      codeOf(() => assertCanRecordOutcome('gepland', today, { route: 'verkennend-gesprek', note: 'x' }, NOW)),
    ).toBe('ongeldige-invoer');
    expect(codeOf(() => assertCanRecordOutcome('gepland', today, { route: 'bggz', note: ' ' }, NOW))).toBe(
      'ongeldige-invoer',
    );
  });

  it('can cancel a request that is not yet held', () => {
    expect(codeOf(() => assertCanCancel('aangevraagd'))).toBe('ok');
    expect(codeOf(() => assertCanCancel('gepland'))).toBe('ok');
    expect(codeOf(() => assertCanCancel('gevoerd'))).toBe('conflict');
    expect(codeOf(() => assertCanCancel('geannuleerd'))).toBe('conflict');
  });
});

describe('a request for a verkennend gesprek', () => {
  const request = {
    patientName: 'Petra de Boer',
    birthDate: '1984-05-17',
    phone: '06-12345678',
    reason: 'Vastgelopen op werk, relatie en geldzaken; onduidelijk wat past.',
    consent: true,
  };

  it('needs consent, a name, a date of birth in the past and a reason', () => {
    expect(requestProblems(request, '2026-11-23')).toEqual([]);
    expect(requestProblems({ ...request, phone: null }, '2026-11-23')).toEqual([]);
    const problems = requestProblems(
      { patientName: ' ', birthDate: '2027-01-01', phone: '12', reason: 'kort', consent: false },
      '2026-11-23',
    );
    expect(problems.map((p) => p.field)).toEqual(['consent', 'patientName', 'birthDate', 'phone', 'reason']);
    expect(
      requestProblems({ ...request, birthDate: '1984-02-30' }, '2026-11-23').map((p) => p.field),
    ).toEqual(['birthDate']);
  });

  it('should be held within two weeks of the request (seed 002)', () => {
    expect(holdBy('2026-11-23')).toBe('2026-12-07');
  });
});

describe('where the verkennend gesprek is offered', () => {
  const rule = (available: boolean, validFrom: string | null = null) => ({
    ruleId: 'r',
    scopeKind: 'regio' as const,
    scopeCode: 'noordwest-utrecht',
    route: 'verkennend-gesprek' as const,
    available,
    validFrom,
    validTo: null,
    details: {},
    note: available ? null : 'Nog niet in deze regio.',
    source: 'test',
  });

  it('follows the region-wide rule on the date, and is offered where no rule says otherwise', () => {
    expect(regionOffersExploratory([], 'noordwest-utrecht', '2026-11-23')).toEqual({
      offered: true,
      note: null,
    });
    expect(regionOffersExploratory([rule(false)], 'noordwest-utrecht', '2026-11-23')).toEqual({
      offered: false,
      note: 'Nog niet in deze regio.',
    });
    expect(
      regionOffersExploratory([rule(false), rule(true, '2026-01-01')], 'noordwest-utrecht', '2026-11-23')
        .offered,
    ).toBe(true);
    expect(regionOffersExploratory([rule(false)], 'ede-wageningen', '2026-11-23').offered).toBe(true);
  });
});
