import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareKind } from '../catalog/vocabulary';
import { isAboveNorm, lastCalendarMonths, quantile, spreadOf, summarizeWaits, waitsInForceAt, waitTrend, type WaitVersion } from './monitoring';

const wait = (registrationWeeks: number, treatmentWeeks: number, kind: CareKind = 'bggz') => ({ registrationWeeks, treatmentWeeks, kind });

function version(serviceId: string, measuredOn: string, registrationWeeks: number, treatmentWeeks: number, extra: Partial<WaitVersion> = {}): WaitVersion {
  const at = `${measuredOn}T09:00:00.000Z`;
  return { serviceId, diagnosisGroup: null, kind: 'sggz', registrationWeeks, treatmentWeeks, measuredOn, confirmedAt: at, recordedAt: at, ...extra };
}

describe('median and spread', () => {
  it('interpolates quartiles between ranks, as percentile_cont does', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.25)).toBe(7);
    expect(spreadOf([10, 2, 6])).toEqual({ median: 6, p25: 4, p75: 8, min: 2, max: 10 });
    expect(spreadOf([])).toBeNull();
  });

  it('keeps the quartiles in order and inside the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const s = spreadOf(values)!;
        expect(s.min).toBeLessThanOrEqual(s.p25);
        expect(s.p25).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p75);
        expect(s.p75).toBeLessThanOrEqual(s.max);
      }),
    );
  });
});

describe('the share above the Treeknorm', () => {
  it('counts a wait above the norm when either part is over its own norm (4 and 10 weeks)', () => {
    expect(isAboveNorm({ registrationWeeks: 4, treatmentWeeks: 10 })).toBe(false);
    expect(isAboveNorm({ registrationWeeks: 5, treatmentWeeks: 2 })).toBe(true);
    expect(isAboveNorm({ registrationWeeks: 1, treatmentWeeks: 11 })).toBe(true);
  });

  it('summarises a known set: count, share above, median and spread of the total wait', () => {
    const summary = summarizeWaits([wait(2, 6), wait(4, 10), wait(6, 8), wait(10, 20)]);
    expect(summary.count).toBe(4);
    expect(summary.aboveNorm).toBe(2);
    expect(summary.shareAboveNorm).toBe(0.5);
    expect(summary.total).toEqual({ median: 14, p25: 12.5, p75: 18, min: 8, max: 30 });
    expect(summary.registration?.median).toBe(5);
    expect(summary.treatment?.max).toBe(20);
  });

  it('leaves out kinds of care the Treeknorm is not about', () => {
    const summary = summarizeWaits([wait(20, 0, 'wor'), wait(3, 3, 'sggz')]);
    expect(summary.count).toBe(1);
    expect(summary.shareAboveNorm).toBe(0);
    expect(summarizeWaits([wait(9, 9, 'wor')])).toEqual({
      count: 0,
      aboveNorm: 0,
      shareAboveNorm: null,
      total: null,
      registration: null,
      treatment: null,
    });
  });
});

describe('waits in force and the trend per month', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('takes the newest version recorded by then, per service and diagnosis group', () => {
    const versions = [
      version('a', '2026-09-01', 2, 2),
      version('a', '2026-10-01', 3, 3),
      version('a', '2026-11-01', 4, 4),
      version('a', '2026-10-01', 9, 9, { diagnosisGroup: '04' }),
    ];
    const at = new Date('2026-10-31T23:59:59Z');
    const inForce = waitsInForceAt(versions, at);
    expect(inForce.map((v) => `${v.diagnosisGroup ?? 'alle'}:${v.registrationWeeks}`).sort()).toEqual(['04:9', 'alle:3']);
  });

  it('drops a version that had become unknown (older than 90 days) at that moment', () => {
    const versions = [version('a', '2026-07-01', 2, 2), version('b', '2026-09-01', 5, 5)];
    expect(waitsInForceAt(versions, now).map((v) => v.serviceId)).toEqual(['b']);
    expect(waitsInForceAt(versions, new Date('2026-09-15T00:00:00Z')).map((v) => v.serviceId).sort()).toEqual(['a', 'b']);
  });

  it('lists calendar months oldest first, ending with the current month at now', () => {
    const months = lastCalendarMonths(now, 3);
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(months[0]!.at.toISOString()).toBe('2026-09-30T23:59:59.999Z');
    expect(months[2]!.at).toBe(now);
    expect(lastCalendarMonths(new Date('2026-01-10T00:00:00Z'), 2).map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });

  it('shows a wait that rises above the norm month by month', () => {
    const versions = [version('a', '2026-09-01', 3, 8), version('a', '2026-10-01', 4, 11), version('a', '2026-11-01', 6, 14), version('b', '2026-09-01', 2, 2), version('b', '2026-11-02', 2, 3)];
    const trend = waitTrend(versions, now, 4);
    expect(trend.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(trend.map((m) => m.count)).toEqual([0, 2, 2, 2]);
    expect(trend.map((m) => m.shareAboveNorm)).toEqual([null, 0, 0.5, 0.5]);
    expect(trend.map((m) => m.total?.max ?? null)).toEqual([null, 11, 15, 20]);
  });
});
