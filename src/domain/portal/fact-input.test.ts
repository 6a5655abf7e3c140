import { describe, expect, it } from 'vitest';
import {
  contractProblems,
  contractValues,
  pauseProblems,
  pauseValues,
  waitProblems,
  waitValues,
  type FactContext,
  type WaitInput,
} from './fact-input';

const context = (overrides: Partial<FactContext['service']> = {}): FactContext => ({
  today: '2026-11-23',
  service: { kind: 'sggz', diagnosisGroups: ['03', '04'], ...overrides },
  diagnosisGroupCodes: new Set(['03', '04', '09']),
  insurerIds: new Set(['zilveren-kruis', 'cz']),
});

const aWait = (overrides: Partial<WaitInput> = {}): WaitInput => ({
  diagnosisGroup: '04',
  registrationWeeks: 3,
  treatmentWeeks: 8,
  basis: 'actueel',
  waitingCount: 42,
  intakesPerMonth: 12,
  startsPerMonth: 10,
  measuredOn: '2026-11-20',
  ...overrides,
});

describe('waiting times entered by a provider', () => {
  it('accepts a wait for a diagnosis group the service treats, or for all groups', () => {
    expect(waitProblems(aWait(), context())).toEqual([]);
    expect(waitProblems(aWait({ diagnosisGroup: null }), context())).toEqual([]);
  });

  it('refuses a group the service does not treat, an unknown group, and a date in the future', () => {
    expect(waitProblems(aWait({ diagnosisGroup: '09' }), context())[0]?.message).toMatch(
      /behandelt diagnosegroep 09 niet/,
    );
    expect(waitProblems(aWait({ diagnosisGroup: '77' }), context())[0]?.message).toBe(
      'onbekende diagnosegroep "77"',
    );
    expect(waitProblems(aWait({ measuredOn: '2026-11-24' }), context())).toEqual([
      { field: 'measuredOn', message: 'de peildatum ligt in de toekomst' },
    ]);
    expect(waitProblems(aWait({ measuredOn: '2025-11-01' }), context(), 'waits.0.')[0]?.field).toBe(
      'waits.0.measuredOn',
    );
  });

  it('refuses a wait for a kind of care without a waiting list', () => {
    expect(
      waitProblems(aWait({ diagnosisGroup: null }), context({ kind: 'crisis', diagnosisGroups: [] }))[0]
        ?.message,
    ).toBe('voor crisisdienst wordt geen wachttijd bijgehouden');
  });

  it('stores weeks with one decimal', () => {
    expect(waitValues(aWait({ registrationWeeks: 2.46, treatmentWeeks: 10 })).registrationWeeks).toBe(2.5);
  });
});

describe('registration pauses (aanmeldstop)', () => {
  it('needs a reason and an end date that is not past', () => {
    expect(
      pauseProblems({ active: true, reason: 'Vol', expectedEnd: '2027-03-01' }, context(), false),
    ).toEqual([]);
    expect(pauseProblems({ active: true, reason: ' ', expectedEnd: null }, context(), false)[0]?.field).toBe(
      'reason',
    );
    expect(
      pauseProblems({ active: true, reason: 'Vol tot maart', expectedEnd: '2026-11-01' }, context(), false),
    ).toEqual([{ field: 'expectedEnd', message: 'de verwachte einddatum ligt in het verleden' }]);
  });

  it('lifts only a pause that is active, and keeps no reason when lifted', () => {
    expect(
      pauseProblems({ active: false, reason: null, expectedEnd: null }, context(), false)[0]?.message,
    ).toBe('er is geen aanmeldstop om op te heffen');
    expect(pauseProblems({ active: false, reason: null, expectedEnd: null }, context(), true)).toEqual([]);
    expect(pauseValues({ active: false, reason: 'oud', expectedEnd: '2027-01-01' })).toEqual({
      active: false,
      reason: null,
      expectedEnd: null,
    });
  });
});

describe('contracts and revenue ceilings per insurer', () => {
  it('accepts last, this and next year for a known insurer', () => {
    for (const year of [2025, 2026, 2027])
      expect(
        contractProblems({ insurerId: 'cz', year, contracted: true, ceiling: 'bijna' }, context()),
      ).toEqual([]);
    expect(
      contractProblems({ insurerId: 'cz', year: 2029, contracted: true, ceiling: 'open' }, context())[0]
        ?.field,
    ).toBe('year');
    expect(
      contractProblems({ insurerId: 'onbekend', year: 2026, contracted: true, ceiling: 'open' }, context())[0]
        ?.field,
    ).toBe('insurerId');
  });

  it('refuses contracts for welfare, which insurers do not contract', () => {
    const problems = contractProblems(
      { insurerId: 'cz', year: 2026, contracted: true, ceiling: 'open' },
      context({ kind: 'welzijn', diagnosisGroups: [] }),
    );
    expect(problems[0]?.message).toMatch(/werkt niet met contracten/);
  });

  it('stores no ceiling state for an insurer without a contract', () => {
    expect(
      contractValues({ insurerId: 'cz', year: 2026, contracted: false, ceiling: 'bereikt' }).ceiling,
    ).toBe('open');
  });
});
