import { describe, expect, it } from 'vitest';
import { reactionDueOn, worklistFlags, type WorklistFacts } from './worklist';

const sent = (stateSince: string, overrides: Partial<WorklistFacts> = {}): WorklistFacts => ({
  state: 'verstuurd',
  stateSince,
  validUntil: '2027-08-23',
  ...overrides,
});

describe('no reaction after 5 working days', () => {
  it('flags a referral still "verstuurd" once five working days after sending have passed', () => {
    // Sent Monday 16 November 2026: Tuesday to Monday are the five working days.
    expect(reactionDueOn('2026-11-16')).toBe('2026-11-23');
    expect(worklistFlags(sent('2026-11-16'), '2026-11-23')).toEqual([]);
    expect(worklistFlags(sent('2026-11-16'), '2026-11-24')).toEqual(['geen-reactie']);
  });

  it('does not count Christmas Day or the weekend', () => {
    // Sent Wednesday 23 December 2026: 24, 28, 29, 30, 31 December (25 December is Eerste Kerstdag).
    expect(reactionDueOn('2026-12-23')).toBe('2026-12-31');
    expect(worklistFlags(sent('2026-12-23'), '2026-12-31')).toEqual([]);
    expect(worklistFlags(sent('2026-12-22'), '2026-12-31')).toEqual(['geen-reactie']);
  });

  it('does not flag a referral the receiver has reacted to', () => {
    expect(worklistFlags(sent('2026-11-01', { state: 'geaccepteerd' }), '2026-11-23')).toEqual([]);
  });
});

describe('state flags', () => {
  it('flags rejected, information asked and intake planned referrals', () => {
    expect(worklistFlags(sent('2026-11-20', { state: 'afgewezen' }), '2026-11-23')).toEqual(['afgewezen']);
    expect(worklistFlags(sent('2026-11-20', { state: 'informatie-gevraagd' }), '2026-11-23')).toEqual([
      'informatie-gevraagd',
    ]);
    expect(worklistFlags(sent('2026-11-20', { state: 'intake-gepland' }), '2026-11-23')).toEqual([
      'intake-gepland',
    ]);
  });
});

describe('validity', () => {
  it('warns when the letter ends within 30 days and no intake is planned', () => {
    expect(worklistFlags(sent('2026-11-20', { validUntil: '2026-12-23' }), '2026-11-23')).toEqual([
      'geldigheid-verloopt',
    ]);
    expect(worklistFlags(sent('2026-11-20', { validUntil: '2026-12-24' }), '2026-11-23')).toEqual([]);
    expect(
      worklistFlags(sent('2026-11-20', { state: 'geaccepteerd', validUntil: '2026-12-01' }), '2026-11-23'),
    ).toEqual(['geldigheid-verloopt']);
  });

  it('says "verlopen" after the last valid day, and nothing once the intake is planned', () => {
    expect(worklistFlags(sent('2026-11-20', { validUntil: '2026-11-22' }), '2026-11-23')).toEqual([
      'verlopen',
    ]);
    expect(worklistFlags(sent('2026-11-20', { validUntil: '2026-11-23' }), '2026-11-23')).toEqual([
      'geldigheid-verloopt',
    ]);
    expect(
      worklistFlags(sent('2026-11-20', { state: 'intake-gepland', validUntil: '2026-11-22' }), '2026-11-23'),
    ).toEqual(['intake-gepland']);
  });

  it('can flag no reaction and running validity at once', () => {
    expect(worklistFlags(sent('2026-11-09', { validUntil: '2026-12-01' }), '2026-11-23')).toEqual([
      'geen-reactie',
      'geldigheid-verloopt',
    ]);
  });
});
