import { describe, expect, it } from 'vitest';
import { ageInDays, factAgeInDays, freshness, STALENESS } from './staleness';

const now = new Date('2026-03-15T10:00:00Z');

describe('staleness of care-map facts', () => {
  it('calls a fact current up to 30 days, stale up to 90, unknown beyond or when missing', () => {
    expect(STALENESS).toEqual({ staleAfterDays: 30, unknownAfterDays: 90 });
    expect(freshness(0)).toBe('actueel');
    expect(freshness(30)).toBe('actueel');
    expect(freshness(31)).toBe('verouderd');
    expect(freshness(90)).toBe('verouderd');
    expect(freshness(91)).toBe('onbekend');
    expect(freshness(null)).toBe('onbekend');
  });

  it('counts whole days from a date or a timestamp, never negative', () => {
    expect(ageInDays('2026-03-14', now)).toBe(1);
    expect(ageInDays('2026-02-13T12:00:00Z', now)).toBe(29);
    expect(ageInDays('2026-04-01', now)).toBe(0);
  });

  it('takes a re-confirmation of an older measurement as making it current', () => {
    expect(factAgeInDays('2025-12-01', '2026-03-10T09:00:00Z', now)).toBe(5);
    expect(factAgeInDays('2026-03-10', '2026-03-12T09:00:00Z', now)).toBe(3);
  });
});
