import { describe, expect, it } from 'vitest';
import { confirmedAge, factsToReconfirm, serviceFreshness, waitAge } from './confirmation';

const now = new Date('2026-11-23T10:00:00Z');
const wait = (measuredOn: string, confirmedAt: string) => ({ measuredOn, confirmedAt });
const contract = (year: number, confirmedAt: string) => ({ year, confirmedAt });

describe('freshness of a service in the portal', () => {
  it('ages a wait from its measurement or its later confirmation', () => {
    expect(waitAge(wait('2026-09-01', '2026-09-02T08:00:00Z'), now)).toEqual({
      ageDays: 82,
      freshness: 'verouderd',
    });
    expect(waitAge(wait('2026-09-01', '2026-11-20T08:00:00Z'), now)).toEqual({
      ageDays: 3,
      freshness: 'actueel',
    });
    expect(confirmedAge({ confirmedAt: '2026-06-01T08:00:00Z' }, now).freshness).toBe('onbekend');
  });

  it('takes the least fresh current fact, ignoring contracts of past years', () => {
    const facts = {
      waits: [wait('2026-11-10', '2026-11-10T09:00:00Z')],
      pause: null,
      contracts: [contract(2026, '2026-11-01T09:00:00Z'), contract(2025, '2025-03-01T09:00:00Z')],
    };
    expect(serviceFreshness('sggz', facts, now)).toBe('actueel');
    expect(serviceFreshness('sggz', { ...facts, pause: { confirmedAt: '2026-10-01T09:00:00Z' } }, now)).toBe(
      'verouderd',
    );
  });

  it('calls a service without the waits or contracts its kind needs unknown', () => {
    expect(
      serviceFreshness(
        'bggz',
        { waits: [], pause: null, contracts: [contract(2026, '2026-11-01T09:00:00Z')] },
        now,
      ),
    ).toBe('onbekend');
    expect(
      serviceFreshness(
        'bggz',
        { waits: [wait('2026-11-10', '2026-11-10T09:00:00Z')], pause: null, contracts: [] },
        now,
      ),
    ).toBe('onbekend');
    expect(serviceFreshness('crisis', { waits: [], pause: null, contracts: [] }, now)).toBe('actueel');
  });
});

describe('"Niets gewijzigd" re-confirms the current facts', () => {
  it('takes every current wait, the pause state and this and later years’ contracts', () => {
    const facts = {
      waits: [wait('2026-09-01', '2026-09-01T09:00:00Z'), wait('2026-10-01', '2026-10-01T09:00:00Z')],
      pause: { confirmedAt: '2026-08-01T09:00:00Z' },
      contracts: [
        contract(2025, '2025-01-01T09:00:00Z'),
        contract(2026, '2026-01-01T09:00:00Z'),
        contract(2027, '2026-11-01T09:00:00Z'),
      ],
    };
    const again = factsToReconfirm(facts, now);
    expect(again.waits).toHaveLength(2);
    expect(again.pause).toBe(facts.pause);
    expect(again.contracts.map((c) => c.year)).toEqual([2026, 2027]);
  });
});
