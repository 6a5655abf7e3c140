/**
 * The steps of signing in, in order: password (or single sign-on), then the second factor when the
 * user has one, then a new password when an administrator reset it, then setting up a second
 * factor when a role needs one and the user has none yet. Only a 'full' session reaches data.
 */
import type { SessionStage } from './permissions';
import { requiresSecondFactor, type Role } from './roles';

export interface AccountFacts {
  secondFactorEnabled: boolean;
  mustChangePassword: boolean;
  /** The roles of all the user's memberships: one that needs a second factor makes it needed. */
  roles: readonly Role[];
  /** Signed in through single sign-on: there is no password of ours to change. */
  singleSignOn?: boolean;
}

/** The stage right after the password (or single sign-on) was accepted. */
export function stageAfterFirstFactor(account: AccountFacts): SessionStage {
  return account.secondFactorEnabled ? 'second-factor' : stageAfterSecondFactor(account);
}

/** The stage after the second factor (or when there is none). */
export function stageAfterSecondFactor(account: AccountFacts): SessionStage {
  if (account.mustChangePassword && !account.singleSignOn) return 'change-password';
  return stageAfterPasswordChange(account);
}

/** The stage after the password was changed. */
export function stageAfterPasswordChange(account: AccountFacts): SessionStage {
  if (requiresSecondFactor(account.roles) && !account.secondFactorEnabled) return 'enrol-second-factor';
  return 'full';
}
