import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreementThresholdWeeks, disagreesStrongly, forecastWait, forecastWaitWeeks, WEEKS_PER_MONTH } from './forecast';

describe('the forecast of the wait to intake', () => {
  it('divides the queue by the intakes per month and turns months into weeks (52/12 a month)', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4);
    expect(forecastWaitWeeks(60, 20)).toBeCloseTo(13, 10);
    expect(forecastWaitWeeks(12, 12)).toBeCloseTo(52 / 12, 10);
    expect(forecastWaitWeeks(0, 5)).toBe(0);
  });

  it('gives no forecast without a queue length, without intakes, or with no intakes at all', () => {
    expect(forecastWaitWeeks(null, 10)).toBeNull();
    expect(forecastWaitWeeks(40, null)).toBeNull();
    expect(forecastWaitWeeks(40, 0)).toBeNull();
  });

  it('flags a disagreement only beyond 4 weeks and beyond half the reported wait', () => {
    expect(disagreementThresholdWeeks(2)).toBe(4);
    expect(disagreementThresholdWeeks(8)).toBe(4);
    expect(disagreementThresholdWeeks(20)).toBe(10);
    expect(disagreesStrongly(6, 2)).toBe(false); // exactly 4 weeks apart
    expect(disagreesStrongly(6.1, 2)).toBe(true);
    expect(disagreesStrongly(29, 20)).toBe(false); // 9 weeks is less than half of 20
    expect(disagreesStrongly(31, 20)).toBe(true);
    expect(disagreesStrongly(9, 20)).toBe(true); // also when the queue suggests a shorter wait
  });

  it('puts the forecast beside the reported aanmeldwachttijd', () => {
    const forecast = forecastWait({ registrationWeeks: 3, waitingCount: 120, intakesPerMonth: 20 });
    expect(forecast.reportedWeeks).toBe(3);
    expect(forecast.forecastWeeks).toBeCloseTo(26, 10);
    expect(forecast.differenceWeeks).toBeCloseTo(23, 10);
    expect(forecast.disagrees).toBe(true);
    expect(forecastWait({ registrationWeeks: 3, waitingCount: 120, intakesPerMonth: 0 })).toEqual({
      reportedWeeks: 3,
      forecastWeeks: null,
      differenceWeeks: null,
      disagrees: false,
    });
  });

  it('is symmetric in its rule and never flags a forecast equal to the report', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (reported, delta) => {
        expect(disagreesStrongly(reported, reported)).toBe(false);
        expect(disagreesStrongly(reported + delta, reported)).toBe(delta > disagreementThresholdWeeks(reported));
      }),
    );
  });

  it('grows with the queue and shrinks with the throughput', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), (count, intakes, more) => {
        expect(forecastWaitWeeks(count + more, intakes)!).toBeGreaterThan(forecastWaitWeeks(count, intakes)!);
        expect(forecastWaitWeeks(count, intakes + more)!).toBeLessThanOrEqual(forecastWaitWeeks(count, intakes)!);
      }),
    );
  });
});
