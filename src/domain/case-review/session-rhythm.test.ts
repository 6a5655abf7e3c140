import { describe, expect, it } from 'vitest';
import type { RegionalRule } from '../routes/regional-rules';
import { dutchWallClock, instantInNetherlands } from './dutch-clock';
import {
  acceptsSubmissions,
  lastSubmissionDay,
  regionTable,
  sessionStart,
  upcomingSessionDates,
  type SessionRhythm,
} from './session-rhythm';

const rhythm = (overrides: Partial<SessionRhythm> = {}): SessionRhythm => ({
  firstSession: '2026-01-08',
  intervalWeeks: 3,
  startTime: '12:30',
  durationMinutes: 90,
  place: 'online',
  ...overrides,
});

const overlegtafelRule = (overrides: Partial<RegionalRule> = {}): RegionalRule => ({
  ruleId: 'ew-ggz-overlegtafel',
  scopeKind: 'regio',
  scopeCode: 'ede-wageningen',
  route: 'ggz-overlegtafel',
  available: true,
  validFrom: null,
  validTo: null,
  details: {},
  note: null,
  source: 'test',
  ...overrides,
});

describe('the session rhythm of the overlegtafel', () => {
  it('meets every 3 weeks on the weekday of the first session', () => {
    expect(upcomingSessionDates(rhythm(), '2026-01-01', 4)).toEqual([
      '2026-01-08',
      '2026-01-29',
      '2026-02-19',
      '2026-03-12',
    ]);
  });

  it('starts counting from the first date on or after the given day', () => {
    expect(upcomingSessionDates(rhythm(), '2026-01-09', 2)).toEqual(['2026-01-29', '2026-02-19']);
    expect(upcomingSessionDates(rhythm(), '2026-01-29', 1)).toEqual(['2026-01-29']);
  });

  it('follows another rhythm when the region sets one', () => {
    expect(
      upcomingSessionDates(rhythm({ intervalWeeks: 2, firstSession: '2026-11-25' }), '2026-11-23', 3),
    ).toEqual(['2026-11-25', '2026-12-09', '2026-12-23']);
  });

  it('moves a session on a public holiday to the next working day and keeps the rhythm after it', () => {
    // A Friday rhythm meets Christmas Day (Friday 25 December 2026); Boxing Day and the weekend follow.
    const dates = upcomingSessionDates(
      rhythm({ firstSession: '2026-12-04', intervalWeeks: 3 }),
      '2026-12-20',
      2,
    );
    expect(dates).toEqual(['2026-12-28', '2027-01-15']);
  });

  it('starts a session at the agreed Dutch time, in winter and in summer', () => {
    expect(sessionStart(rhythm(), '2026-12-03').toISOString()).toBe('2026-12-03T11:30:00.000Z');
    expect(sessionStart(rhythm(), '2026-06-04').toISOString()).toBe('2026-06-04T10:30:00.000Z');
  });
});

describe('Dutch wall-clock times', () => {
  it('turns a Dutch date and time into an instant and back', () => {
    const at = instantInNetherlands('2026-03-29', '03:30');
    expect(at.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(dutchWallClock(at)).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('takes the first of the two instants in the hour the clocks go back', () => {
    expect(instantInNetherlands('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses a time that is not hh:mm', () => {
    expect(() => instantInNetherlands('2026-10-25', '25:00')).toThrow();
  });
});

describe('the submission deadline (inbrengtermijn)', () => {
  it('closes at the end of the second working day before the session', () => {
    expect(lastSubmissionDay('2026-12-03')).toBe('2026-12-01'); // Thursday -> Tuesday
    expect(lastSubmissionDay('2026-11-30')).toBe('2026-11-26'); // Monday -> Thursday
  });

  it('skips public holidays when counting back', () => {
    // Monday 28 December 2026: Christmas (Friday 25th) and the weekend do not count.
    expect(lastSubmissionDay('2026-12-28')).toBe('2026-12-23');
  });

  it('accepts a case until midnight of the last day, Dutch time', () => {
    const starts = instantInNetherlands('2026-12-03', '12:30');
    expect(acceptsSubmissions(starts, instantInNetherlands('2026-12-01', '23:59'))).toBe(true);
    expect(acceptsSubmissions(starts, instantInNetherlands('2026-12-02', '00:00'))).toBe(false);
    expect(acceptsSubmissions(starts, new Date('2026-11-23T10:00:00Z'))).toBe(true);
  });
});

describe("a region's overlegtafel from its rules", () => {
  it('uses the defaults when no rule says anything: every 3 weeks, online', () => {
    const table = regionTable([], 'ede-wageningen', '2026-11-23');
    expect(table).toMatchObject({
      available: true,
      rhythm: { intervalWeeks: 3, place: 'online', startTime: '12:30' },
    });
  });

  it('takes the rhythm, the first session, the start time and the channel from the region-wide rule', () => {
    const rule = overlegtafelRule({
      details: { intervalWeeks: 2, firstSession: '2026-11-25', startTime: '16:00', channel: 'online via Teams' },
    });
    expect(regionTable([rule], 'ede-wageningen', '2026-11-23')).toMatchObject({
      available: true,
      ruleId: 'ew-ggz-overlegtafel',
      rhythm: { intervalWeeks: 2, firstSession: '2026-11-25', startTime: '16:00', place: 'online via Teams' },
    });
  });

  it('says so when the region has no overlegtafel, with the replacement', () => {
    const rule = overlegtafelRule({
      available: false,
      details: { replacedBy: 'consultatie-ggz' },
      note: 'Geen tafel.',
    });
    expect(regionTable([rule], 'ede-wageningen', '2026-11-23')).toEqual({
      available: false,
      note: 'Geen tafel.',
      replacedBy: 'consultatie-ggz',
      ruleId: 'ew-ggz-overlegtafel',
    });
  });

  it('ignores rules of other regions, other routes and rules that do not hold on the date', () => {
    const rules = [
      overlegtafelRule({ scopeCode: 'noordwest-utrecht', details: { intervalWeeks: 5 } }),
      overlegtafelRule({ route: 'consultatie-ggz', details: {} }),
      overlegtafelRule({ ruleId: 'later', validFrom: '2027-01-01', details: { intervalWeeks: 6 } }),
    ];
    expect(regionTable(rules, 'ede-wageningen', '2026-11-23')).toMatchObject({
      rhythm: { intervalWeeks: 3 },
    });
  });
});
