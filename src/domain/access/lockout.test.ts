import { describe, expect, it } from 'vitest';
import { afterFailure, cleared, isLocked, LOCKOUT, type LockState } from './lockout';
import { passwordProblems } from './password-policy';

const now = new Date('2026-11-23T10:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const fail = (state: LockState, times: number, at = now) => {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, at);
  return s;
};

describe('account lock-out', () => {
  it('stays open for four wrong attempts and locks at the fifth for fifteen minutes', () => {
    const four = fail(cleared(), LOCKOUT.maxFailures - 1);
    expect(isLocked(four, now)).toBe(false);
    const five = afterFailure(four, now);
    expect(isLocked(five, now)).toBe(true);
    expect(isLocked(five, minutes(14))).toBe(true);
    expect(isLocked(five, minutes(15))).toBe(false);
  });
  it('locks again at the first failure after a lock has passed, until a success clears it', () => {
    const five = fail(cleared(), LOCKOUT.maxFailures);
    const later = minutes(20);
    const again = afterFailure(five, later);
    expect(isLocked(again, later)).toBe(true);
    expect(isLocked(fail(cleared(), 1, later), later)).toBe(false);
  });
});

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('paarse-fiets-op-de-dijk', 'a.jansen@praktijk.nl')).toEqual([]);
  });
  it('refuses short, obvious and e-mail-based passwords, naming the field', () => {
    expect(passwordProblems('kort', 'x@y.nl')[0]).toMatchObject({
      field: 'newPassword',
      message: /minstens 12/,
    });
    expect(passwordProblems('wachtwoord123', 'x@y.nl').length).toBeGreaterThan(0);
    expect(passwordProblems('aaaaaaaaaaaaaaaa', 'x@y.nl').length).toBeGreaterThan(0);
    expect(
      passwordProblems('ajansen-is-de-beste', 'ajansen@praktijk.nl').some((p) =>
        /e-mailadres/.test(p.message),
      ),
    ).toBe(true);
  });
});
