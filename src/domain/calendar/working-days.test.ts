import { describe, expect, it } from 'vitest';
import { dateInNetherlands, formatDutchDate, isIsoDate } from './iso-date';
import {
  addWorkingDays,
  countWorkingDays,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  kingsDay,
  nextWorkingDayOnOrAfter,
  publicHolidayOn,
} from './working-days';

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [1818, '1818-03-22'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Dutch public holidays', () => {
  it('lists the eleven holidays of 2026 in date order', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025)', () => {
    expect(kingsDay(2025)).toEqual({ date: '2025-04-26', name: 'Koningsdag' });
    expect(publicHolidayOn('2025-04-27')).toBeUndefined();
  });

  it('keeps Koningsdag on 27 April otherwise (2026, a Monday)', () => {
    expect(kingsDay(2026).date).toBe('2026-04-27');
    expect(isWorkingDay('2026-04-27')).toBe(false);
  });

  it('used Koninginnedag on 30 April before 2014, on the 29th when the 30th was a Sunday (2006)', () => {
    expect(kingsDay(2006)).toEqual({ date: '2006-04-29', name: 'Koninginnedag' });
    expect(kingsDay(2013).date).toBe('2013-04-30');
  });

  it('counts Bevrijdingsdag as a holiday in every year, not only lustrum years', () => {
    expect(publicHolidayOn('2026-05-05')?.name).toBe('Bevrijdingsdag');
    expect(publicHolidayOn('2027-05-05')?.name).toBe('Bevrijdingsdag');
  });
});

describe('working days', () => {
  it.each([
    ['asked on Wednesday 23 December 2026: Christmas and the weekend are skipped', '2026-12-23', 3, '2026-12-29'],
    ['asked on Thursday before Easter 2026: Good Friday and Easter Monday are skipped', '2026-04-02', 1, '2026-04-07'],
    ['asked on the Friday before Koningsdag 2026 (Monday)', '2026-04-24', 1, '2026-04-28'],
    ['asked the day before Bevrijdingsdag 2026', '2026-05-04', 1, '2026-05-06'],
    ['asked the day before Ascension Day 2026', '2026-05-13', 1, '2026-05-15'],
    ['asked on a Saturday: the weekend does not count', '2026-11-21', 3, '2026-11-25'],
    ['asked on Monday 23 November 2026', '2026-11-23', 3, '2026-11-26'],
    ['asked on 30 December 2026, over New Year', '2026-12-30', 2, '2027-01-04'],
    ['zero working days is the day itself', '2026-12-25', 0, '2026-12-25'],
  ])('%s', (_title, from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('counts the working days after a date up to and including another', () => {
    expect(countWorkingDays('2026-12-23', '2026-12-29')).toBe(3);
    expect(countWorkingDays('2026-12-29', '2026-12-23')).toBe(0);
    expect(countWorkingDays('2026-01-01', '2026-12-31')).toBe(261 - 8);
  });

  it('finds the first working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter('2026-01-01')).toBe('2026-01-02');
    expect(nextWorkingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDayOnOrAfter('2026-12-28')).toBe('2026-12-28');
  });

  it('rejects a negative number of working days', () => {
    expect(() => addWorkingDays('2026-12-23', -1)).toThrow();
  });
});

describe('Dutch calendar dates', () => {
  it('takes the date in the Netherlands, not in UTC', () => {
    expect(dateInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dateInNetherlands(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dateInNetherlands(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('formats dates the Dutch way', () => {
    expect(formatDutchDate('2026-12-03')).toBe('donderdag 3 december 2026');
    expect(formatDutchDate('2026-11-26', { weekday: false })).toBe('26 november 2026');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('3-12-2026')).toBe(false);
  });
});
