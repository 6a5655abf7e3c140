import { describe, expect, it } from 'vitest';
import { consultationDueOn, isOverdue } from './due-date';

/** A moment in the Netherlands in winter (UTC+1). */
const dutchWinter = (date: string, time = '10:00') => new Date(`${date}T${time}:00+01:00`);
const dutchSummer = (date: string, time = '10:00') => new Date(`${date}T${time}:00+02:00`);

describe('the answer due date of a consultation (3 Dutch working days)', () => {
  it('counts three working days after an ordinary weekday', () => {
    expect(consultationDueOn(dutchWinter('2026-11-23'))).toBe('2026-11-26'); // Monday → Thursday
    expect(consultationDueOn(dutchWinter('2026-11-25'))).toBe('2026-11-30'); // Wednesday → Monday
  });

  it('skips Christmas and the weekend: asked Thursday 24 December 2026, due Wednesday 30 December', () => {
    expect(consultationDueOn(dutchWinter('2026-12-24'))).toBe('2026-12-30');
  });

  it('skips New Year: asked Wednesday 30 December 2026, due Tuesday 5 January 2027', () => {
    expect(consultationDueOn(dutchWinter('2026-12-30'))).toBe('2027-01-05');
  });

  it('skips Koningsdag: asked Friday 23 April 2027, due Thursday 29 April (27 April is a Tuesday)', () => {
    expect(consultationDueOn(dutchSummer('2027-04-23'))).toBe('2027-04-29');
  });

  it('skips Good Friday and Easter Monday: asked Thursday 25 March 2027, due Thursday 1 April', () => {
    expect(consultationDueOn(dutchWinter('2027-03-25'))).toBe('2027-04-01');
  });

  it('skips Ascension Day: asked Wednesday 13 May 2026, due Tuesday 19 May', () => {
    expect(consultationDueOn(dutchSummer('2026-05-13'))).toBe('2026-05-19');
  });

  it('counts a question asked on a Saturday from the Monday after: due Thursday', () => {
    expect(consultationDueOn(dutchWinter('2026-11-28'))).toBe('2026-12-03');
    expect(consultationDueOn(dutchWinter('2026-11-29'))).toBe('2026-12-03');
  });

  it('counts a question asked on a public holiday from the next working day', () => {
    // Boxing Day 2026 is a Saturday; Christmas Day a Friday: both count from Monday 28 December.
    expect(consultationDueOn(dutchWinter('2026-12-25'))).toBe('2026-12-31');
    // Easter Monday 2027 counts from Tuesday 30 March.
    expect(consultationDueOn(dutchSummer('2027-03-29'))).toBe('2027-04-02');
  });

  it('takes the date in the Netherlands, not in UTC', () => {
    // 23:30 UTC on Wednesday 23 December is 00:30 on Thursday 24 December in the Netherlands.
    expect(consultationDueOn(new Date('2026-12-23T23:30:00Z'))).toBe('2026-12-30');
    // The same moment an hour earlier is still Wednesday: due Tuesday 29 December.
    expect(consultationDueOn(new Date('2026-12-23T22:30:00Z'))).toBe('2026-12-29');
  });

  it('accepts another number of working days', () => {
    expect(consultationDueOn(dutchWinter('2026-11-23'), 5)).toBe('2026-11-30');
  });
});

describe('the overdue flag', () => {
  const open = { state: 'open' as const, dueOn: '2026-11-26' };

  it('is not set on the due day itself, and set from the day after', () => {
    expect(isOverdue(open, '2026-11-25')).toBe(false);
    expect(isOverdue(open, '2026-11-26')).toBe(false);
    expect(isOverdue(open, '2026-11-27')).toBe(true);
  });

  it('is never set on an answered or closed consultation', () => {
    expect(isOverdue({ ...open, state: 'beantwoord' }, '2026-12-31')).toBe(false);
    expect(isOverdue({ ...open, state: 'afgesloten' }, '2026-12-31')).toBe(false);
  });
});
