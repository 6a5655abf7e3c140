/**
 * Account lock-out against password and code guessing. After LOCKOUT.maxFailures consecutive
 * failed attempts (wrong password or wrong second-factor code) the account is locked for
 * LOCKOUT.lockMinutes. The counter is only reset by a successful sign-in or by an administrator,
 * so after a lock has passed one more failure locks again: guessing slows to a few tries an hour.
 * The state lives in the database, so it holds across app processes (rate limits do not).
 */
export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt. */
export function afterFailure(state: LockState, now: Date): LockState {
  const failedAttempts = state.failedAttempts + 1;
  const lockedUntil =
    failedAttempts >= LOCKOUT.maxFailures
      ? new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000)
      : state.lockedUntil;
  return { failedAttempts, lockedUntil };
}

/** The state after a successful sign-in or an administrator's unlock. */
export function cleared(): LockState {
  return { failedAttempts: 0, lockedUntil: null };
}
