import { describe, expect, it } from 'vitest';
import { generatorInput } from '../../../test/support/generator-input';
import { forecastWait } from '../waiting/forecast';
import { isAboveNorm } from '../waiting/monitoring';
import { generateCatalog, type GeneratedWait } from './generator';

const demo = generateCatalog(generatorInput());
const kindOf = new Map(demo.services.map((s) => [s.id, s.kind]));
const ggz = (w: GeneratedWait) => ['bggz', 'sggz'].includes(kindOf.get(w.serviceId)!);
const keyOf = (w: GeneratedWait) => `${w.serviceId}|${w.diagnosisGroup ?? ''}`;
const versionsBy = new Map<string, GeneratedWait[]>();
for (const w of demo.waits) versionsBy.set(keyOf(w), [...(versionsBy.get(keyOf(w)) ?? []), w]);
const newest = (rows: GeneratedWait[]) => rows.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a));
const oldest = (rows: GeneratedWait[]) => rows.reduce((a, b) => (b.measuredOn < a.measuredOn ? b : a));
const current = [...versionsBy.values()].map(newest);

describe('waiting-time history and queue figures of the demo', () => {
  it('gives mental-health waits about a year of monthly versions on the first of the month, before the current one', () => {
    const monthly = demo.waits.filter((w) => w.id.split('-')[1] === '0008');
    expect(monthly.length).toBeGreaterThan(1000);
    for (const w of monthly) {
      expect(ggz(w)).toBe(true);
      expect(w.measuredOn.endsWith('-01')).toBe(true);
      expect(w.confirmedAt.slice(0, 10)).toBe(w.measuredOn);
      expect(w.recordedAt).toBe(w.confirmedAt);
      expect(w.measuredOn >= '2025-11-01').toBe(true);
    }
    for (const rows of versionsBy.values()) {
      const now = newest(rows);
      for (const w of rows) if (w !== now) expect(w.recordedAt < now.recordedAt).toBe(true);
      if (ggz(now)) expect(rows.length).toBeGreaterThanOrEqual(9);
      else expect(rows.length).toBeLessThanOrEqual(2);
    }
  });

  it('has waits that were within the norm a year ago and are above it now', () => {
    const rising = current.filter((w) => ggz(w) && isAboveNorm(w) && !isAboveNorm(oldest(versionsBy.get(keyOf(w))!)));
    expect(rising.length).toBeGreaterThan(10);
  });

  it('reports intakes and starts per month where a waiting count is reported, never elsewhere', () => {
    for (const w of current) {
      expect(w.intakesPerMonth === null).toBe(w.waitingCount === null || !ggz(w));
      expect(w.startsPerMonth === null).toBe(w.intakesPerMonth === null);
      if (w.intakesPerMonth !== null) expect(w.intakesPerMonth).toBeGreaterThan(0);
    }
    const forecasts = current.filter(ggz).map(forecastWait).filter((f) => f.forecastWeeks !== null);
    expect(forecasts.length).toBeGreaterThan(50);
    const disagreeing = forecasts.filter((f) => f.disagrees).length;
    expect(disagreeing).toBeGreaterThanOrEqual(3);
    expect(disagreeing).toBeLessThan(forecasts.length * 0.25);
  });

  it('gives no history to a national set, which stays as small as before', () => {
    const national = generateCatalog(generatorInput({ scope: { nationalServices: 500 } }));
    expect(national.waits.some((w) => w.id.split('-')[1] === '0008')).toBe(false);
  });
});
