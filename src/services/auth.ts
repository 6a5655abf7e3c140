/**
 * Signing in and out, and a user's own account: password (argon2id), second factor (TOTP),
 * lock-out, sessions in the database, password change and second-factor enrolment. Every sign-in,
 * failed sign-in and change to an account is written to the audit trail.
 *
 * Failures say the same thing whatever went wrong (unknown address, wrong password, locked,
 * deactivated), so that sign-in does not reveal which accounts exist.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, invalid } from '../domain/errors';
import { afterFailure, cleared, isLocked, type LockState } from '../domain/access/lockout';
import { passwordProblems } from '../domain/access/password-policy';
import type { Principal, SessionStage } from '../domain/access/permissions';
import { requiresSecondFactor, type Role } from '../domain/access/roles';
import {
  stageAfterFirstFactor,
  stageAfterPasswordChange,
  stageAfterSecondFactor,
  type AccountFacts,
} from '../domain/access/session-stages';
import { base32Decode, base32Encode, otpauthUri, verifyTotp } from '../domain/access/totp';
import type { AuditFact } from '../domain/audit/entry';
import type { Db } from '../db/client';
import {
  findUserByEmail,
  getUserRow,
  membershipsOf,
  updateUser,
  type MembershipView,
  type UserRow,
} from '../db/account-repository';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  updateSession,
} from '../db/session-repository';
import type { AppServices } from './app-services';
import { actorOf, audited, auditOnly, type UseCaseContext } from './audited';
import { checkPassword, hashPassword } from './passwords';
import { open, seal } from './secret-box';

export const SIGN_IN_FAILED =
  'Aanmelden is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na vijf mislukte pogingen wordt het account een kwartier geblokkeerd.';
const CODE_FAILED = 'De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.';

/**
 * Decrypts a stored TOTP secret. When the server key changed since it was stored, the secret is
 * unreadable: the user is told to ask for a reset rather than getting a server error.
 */
function totpSecretOf(services: AppServices, sealed: string): Buffer {
  try {
    return base32Decode(open(services.auth.keys.totp, sealed));
  } catch {
    throw new DomainError(
      'conflict',
      'Uw tweede factor kan niet worden gelezen. Vraag de beheerder om de tweede factor opnieuw te laten instellen.',
      [],
      'stored TOTP secret does not decrypt with the current server key',
    );
  }
}

/** A fresh random token for a cookie; only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What the browser learns about its session. */
export interface SessionState {
  signedIn: boolean;
  stage: SessionStage | null;
  user: { id: string; email: string; displayName: string } | null;
  active: MembershipView | null;
  memberships: MembershipView[];
  csrfToken: string | null;
  expiresAt: string | null;
}

export const SIGNED_OUT: SessionState = {
  signedIn: false,
  stage: null,
  user: null,
  active: null,
  memberships: [],
  csrfToken: null,
  expiresAt: null,
};

/** A resolved, live session: the principal plus what the HTTP layer needs. */
export interface ActiveSession {
  id: string;
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

function accountFacts(user: UserRow, memberships: MembershipView[]): AccountFacts {
  return {
    secondFactorEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
    roles: memberships.map((m) => m.role),
    singleSignOn: user.passwordHash === null,
  };
}

const lockOf = (user: UserRow): LockState => ({
  failedAttempts: user.failedAttempts,
  lockedUntil: user.lockedUntil,
});

/**
 * Looks up the session of a cookie token. Ended sessions (idle too long, past their maximum, user
 * deactivated, no membership left) are removed and give null. The role is the live membership's,
 * so an administrator's change of rights applies at the next request.
 */
export async function resolveSession(services: AppServices, token: string): Promise<ActiveSession | null> {
  const { db } = services.database;
  const now = services.auth.clock();
  const id = sessionIdOf(token);
  const found = await findSession(db, id);
  if (!found) return null;
  const { session, user } = found;
  const idleLimit = new Date(session.lastSeenAt.getTime() + services.auth.config.sessionIdleMinutes * 60_000);
  if (now >= session.expiresAt || now >= idleLimit || !user.active) {
    await deleteSession(db, id);
    return null;
  }
  let membership = found.membership;
  if (!membership) {
    const [first] = (await membershipsOf(db, [user.id])).get(user.id) ?? [];
    if (!first) {
      await deleteSession(db, id);
      return null;
    }
    await updateSession(db, id, { organizationId: first.organizationId, role: first.role });
    membership = first;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await updateSession(db, id, { lastSeenAt: now });
  return {
    id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    principal: {
      userId: user.id,
      displayName: user.displayName,
      role: membership.role,
      organizationId: membership.organizationId,
      stage: session.stage as SessionStage,
    },
  };
}

/** The session as the browser sees it. */
export async function sessionState(
  services: AppServices,
  active: ActiveSession | null,
): Promise<SessionState> {
  if (!active) return SIGNED_OUT;
  const { db } = services.database;
  const user = await getUserRow(db, active.principal.userId);
  if (!user) return SIGNED_OUT;
  // Until the sign-in is complete, the session does not reveal the user's organisations and roles.
  const complete = active.principal.stage === 'full';
  const memberships = complete ? ((await membershipsOf(db, [user.id])).get(user.id) ?? []) : [];
  return {
    signedIn: true,
    stage: active.principal.stage,
    user: { id: user.id, email: user.email, displayName: user.displayName },
    active: memberships.find((m) => m.organizationId === active.principal.organizationId) ?? null,
    memberships,
    csrfToken: active.csrfToken,
    expiresAt: active.expiresAt.toISOString(),
  };
}

/** Creates a session for a user at a stage; returns its cookie token. */
export async function startSession(
  ctx: UseCaseContext,
  tx: Db,
  user: UserRow,
  memberships: MembershipView[],
  stage: SessionStage,
): Promise<{ token: string; active: ActiveSession }> {
  const { auth } = ctx.services;
  const now = auth.clock();
  const [first] = memberships;
  if (!first)
    throw new DomainError(
      'niet-aangemeld',
      'Uw account is aan geen organisatie gekoppeld. Neem contact op met de beheerder.',
    );
  // Sessions that ended by time are removed here, at the moment new ones are made.
  await deleteExpiredSessions(tx, now, new Date(now.getTime() - auth.config.sessionIdleMinutes * 60_000));
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + auth.config.sessionMaxHours * 3_600_000);
  const id = sessionIdOf(token);
  await insertSession(tx, {
    id,
    userId: user.id,
    organizationId: first.organizationId,
    role: first.role,
    stage,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    clientAddress: ctx.clientAddress ?? null,
  });
  const principal: Principal = {
    userId: user.id,
    displayName: user.displayName,
    role: first.role,
    organizationId: first.organizationId,
    stage,
  };
  return { token, active: { id, principal, csrfToken, expiresAt } };
}

/** Records a failed attempt on a known account (counting towards lock-out) and refuses. */
async function refuse(ctx: UseCaseContext, user: UserRow, fact: AuditFact, message: string): Promise<never> {
  const now = ctx.services.auth.clock();
  const next = afterFailure(lockOf(user), now);
  const actor = {
    ...actorOf(ctx),
    userId: user.id,
    role: ctx.principal?.role ?? null,
    organizationId: ctx.principal?.organizationId ?? null,
  };
  await audited({ ...ctx, actor }, async (tx, { record }) => {
    await updateUser(
      tx,
      user.id,
      { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil },
      now,
    );
    record({
      ...fact,
      outcome: 'failure',
      details: { ...fact.details, attempts: next.failedAttempts, locked: isLocked(next, now) },
    });
  }).catch(() => undefined);
  throw new DomainError('niet-aangemeld', message);
}

/** Step one: e-mail address and password. */
export async function signIn(
  ctx: UseCaseContext,
  input: { email: string; password: string },
): Promise<{ token: string; active: ActiveSession }> {
  const { db } = ctx.services.database;
  const now = ctx.services.auth.clock();
  const user = await findUserByEmail(db, input.email);
  const anonymousActor = { ...actorOf(ctx), userId: user?.id ?? null, role: null, organizationId: null };
  if (!user || !user.active || !user.passwordHash) {
    await checkPassword(null, input.password);
    await auditOnly(
      ctx,
      [
        {
          event: 'sign-in-failed',
          outcome: 'failure',
          objectType: 'session',
          details: { reason: user ? 'inactive' : 'unknown-user' },
        },
      ],
      anonymousActor,
    );
    throw new DomainError('niet-aangemeld', SIGN_IN_FAILED);
  }
  if (isLocked(lockOf(user), now)) {
    await checkPassword(null, input.password);
    await auditOnly(
      ctx,
      [{ event: 'sign-in-failed', outcome: 'failure', objectType: 'session', details: { reason: 'locked' } }],
      anonymousActor,
    );
    throw new DomainError('niet-aangemeld', SIGN_IN_FAILED);
  }
  if (!(await checkPassword(user.passwordHash, input.password))) {
    return refuse(
      ctx,
      user,
      { event: 'sign-in-failed', objectType: 'session', details: { reason: 'wrong-password' } },
      SIGN_IN_FAILED,
    );
  }
  const memberships = (await membershipsOf(db, [user.id])).get(user.id) ?? [];
  if (memberships.length === 0) {
    await auditOnly(
      ctx,
      [
        {
          event: 'sign-in-failed',
          outcome: 'failure',
          objectType: 'session',
          details: { reason: 'no-membership' },
        },
      ],
      anonymousActor,
    );
    throw new DomainError(
      'niet-aangemeld',
      'Uw account is aan geen organisatie gekoppeld. Neem contact op met de beheerder.',
    );
  }
  const stage = stageAfterFirstFactor(accountFacts(user, memberships));
  const [first] = memberships;
  const actor = {
    ...anonymousActor,
    role: first?.role ?? null,
    organizationId: first?.organizationId ?? null,
  };
  return audited({ ...ctx, principal: null, actor }, async (tx, { record }) => {
    const started = await startSession(ctx, tx, user, memberships, stage);
    // The lock-out counter is cleared only when no second factor follows; otherwise at the code.
    if (stage !== 'second-factor') await updateUser(tx, user.id, cleared(), now);
    record({ event: 'sign-in', objectType: 'session', details: { step: 'wachtwoord', stage } });
    return started;
  });
}

async function withActor<T>(
  ctx: UseCaseContext,
  active: ActiveSession,
  work: (user: UserRow, memberships: MembershipView[]) => Promise<T>,
): Promise<T> {
  const { db } = ctx.services.database;
  const user = await getUserRow(db, active.principal.userId);
  if (!user) throw new DomainError('niet-aangemeld', 'Meld u opnieuw aan.');
  return work(user, (await membershipsOf(db, [user.id])).get(user.id) ?? []);
}

/** Step two: the TOTP code. Rotates the session token, so a token seen before this step is worthless. */
export async function secondFactor(
  ctx: UseCaseContext,
  active: ActiveSession,
  code: string,
): Promise<{ token: string; active: ActiveSession }> {
  const now = ctx.services.auth.clock();
  return withActor(ctx, active, async (user, memberships) => {
    if (!user.totpSecret || !user.totpEnabled)
      throw new DomainError('conflict', 'Voor dit account is geen tweede factor ingesteld.');
    if (isLocked(lockOf(user), now)) {
      await deleteSession(ctx.services.database.db, active.id);
      await auditOnly(ctx, [
        {
          event: 'second-factor-failed',
          outcome: 'failure',
          objectType: 'session',
          details: { reason: 'locked' },
        },
      ]);
      throw new DomainError('niet-aangemeld', SIGN_IN_FAILED);
    }
    const secret = totpSecretOf(ctx.services, user.totpSecret);
    const check = verifyTotp(secret, code, now, user.totpLastStep);
    if (!check.ok) {
      const next = afterFailure(lockOf(user), now);
      if (isLocked(next, now)) await deleteSession(ctx.services.database.db, active.id);
      return refuse(
        ctx,
        user,
        { event: 'second-factor-failed', objectType: 'session', details: { reason: check.reason } },
        CODE_FAILED,
      );
    }
    const stage = stageAfterSecondFactor(accountFacts(user, memberships));
    return audited(ctx, async (tx, { record }) => {
      await updateUser(tx, user.id, { ...cleared(), totpLastStep: check.step }, now);
      const rotated = await rotate(tx, active, stage);
      record({ event: 'sign-in', objectType: 'session', details: { step: 'tweede-factor', stage } });
      return rotated;
    });
  });
}

async function rotate(
  tx: Db,
  active: ActiveSession,
  stage: SessionStage,
): Promise<{ token: string; active: ActiveSession }> {
  const token = newToken();
  const csrfToken = newToken();
  const id = sessionIdOf(token);
  await updateSession(tx, active.id, { id, stage, csrfToken });
  return { token, active: { ...active, id, csrfToken, principal: { ...active.principal, stage } } };
}

export async function signOut(ctx: UseCaseContext, active: ActiveSession): Promise<void> {
  await audited(ctx, async (tx, { record }) => {
    await deleteSession(tx, active.id);
    record({ event: 'sign-out', objectType: 'session' });
  });
}

/** Acts for another of the user's organisations from now on. */
export async function switchOrganization(
  ctx: UseCaseContext,
  active: ActiveSession,
  organizationId: string,
): Promise<ActiveSession> {
  return withActor(ctx, active, async (_user, memberships) => {
    const target = memberships.find((m) => m.organizationId === organizationId);
    if (!target)
      throw invalid('U bent geen lid van deze organisatie.', [
        { field: 'organizationId', message: 'is niet een van uw organisaties' },
      ]);
    await updateSession(ctx.services.database.db, active.id, { organizationId, role: target.role });
    return { ...active, principal: { ...active.principal, organizationId, role: target.role } };
  });
}

/** Changes one's own password; ends one's other sessions. */
export async function changePassword(
  ctx: UseCaseContext,
  active: ActiveSession,
  input: { currentPassword: string; newPassword: string },
): Promise<{ token: string; active: ActiveSession }> {
  const now = ctx.services.auth.clock();
  return withActor(ctx, active, async (user, memberships) => {
    if (!user.passwordHash)
      throw new DomainError(
        'conflict',
        'U meldt zich aan via uw organisatie; een wachtwoord hoort niet bij dit account.',
      );
    if (!(await checkPassword(user.passwordHash, input.currentPassword))) {
      return refuse(
        ctx,
        user,
        {
          event: 'account-change',
          objectType: 'user',
          objectId: user.id,
          details: { change: 'password', reason: 'wrong-password' },
        },
        'Het huidige wachtwoord klopt niet.',
      );
    }
    const problems = passwordProblems(input.newPassword, user.email);
    if (input.newPassword === input.currentPassword)
      problems.push({ field: 'newPassword', message: 'moet verschillen van het huidige wachtwoord' });
    if (problems.length > 0) throw invalid('Kies een ander wachtwoord.', problems);
    const passwordHash = await hashPassword(input.newPassword);
    const stage =
      active.principal.stage === 'change-password'
        ? stageAfterPasswordChange({ ...accountFacts(user, memberships), mustChangePassword: false })
        : active.principal.stage;
    return audited(ctx, async (tx, { record }) => {
      await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, ...cleared() }, now);
      await deleteSessionsOfUser(tx, user.id, active.id);
      const rotated = await rotate(tx, active, stage);
      record({
        event: 'account-change',
        objectType: 'user',
        objectId: user.id,
        details: { change: 'password' },
      });
      return rotated;
    });
  });
}

/** Starts setting up a second factor: a new secret, shown once, kept until confirmed with a code. */
export async function beginSecondFactor(
  ctx: UseCaseContext,
  active: ActiveSession,
): Promise<{ secret: string; uri: string }> {
  const now = ctx.services.auth.clock();
  return withActor(ctx, active, async (user) => {
    if (user.totpEnabled)
      throw new DomainError(
        'conflict',
        'Er is al een tweede factor ingesteld. Vraag de beheerder om die te resetten als u een nieuwe nodig heeft.',
      );
    const secret = base32Encode(randomBytes(20));
    await updateUser(
      ctx.services.database.db,
      user.id,
      { totpSecret: seal(ctx.services.auth.keys.totp, secret), totpLastStep: null },
      now,
    );
    return { secret, uri: otpauthUri(secret, user.email) };
  });
}

/** Confirms the new second factor with a code from the app; completes the sign-in when that was the last step. */
export async function confirmSecondFactor(
  ctx: UseCaseContext,
  active: ActiveSession,
  code: string,
): Promise<{ token: string; active: ActiveSession }> {
  const now = ctx.services.auth.clock();
  return withActor(ctx, active, async (user, memberships) => {
    if (user.totpEnabled) throw new DomainError('conflict', 'Er is al een tweede factor ingesteld.');
    if (!user.totpSecret)
      throw new DomainError('conflict', 'Begin eerst met het instellen van de tweede factor.');
    const check = verifyTotp(totpSecretOf(ctx.services, user.totpSecret), code, now, user.totpLastStep);
    if (!check.ok) {
      return refuse(
        ctx,
        user,
        {
          event: 'account-change',
          objectType: 'user',
          objectId: user.id,
          details: { change: 'second-factor', reason: check.reason },
        },
        CODE_FAILED,
      );
    }
    const stage = active.principal.stage === 'enrol-second-factor' ? 'full' : active.principal.stage;
    void memberships;
    return audited(ctx, async (tx, { record }) => {
      await updateUser(tx, user.id, { totpEnabled: true, totpLastStep: check.step, ...cleared() }, now);
      const rotated = await rotate(tx, active, stage);
      record({
        event: 'account-change',
        objectType: 'user',
        objectId: user.id,
        details: { change: 'second-factor-enrolled' },
      });
      return rotated;
    });
  });
}

/** One's own account for the account page. */
export async function ownAccount(services: AppServices, active: ActiveSession) {
  const { db } = services.database;
  const user = await getUserRow(db, active.principal.userId);
  if (!user) throw new DomainError('niet-aangemeld', 'Meld u opnieuw aan.');
  const memberships = (await membershipsOf(db, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    secondFactorEnabled: user.totpEnabled,
    secondFactorRequired: requiresSecondFactor(memberships.map((m) => m.role as Role)),
    singleSignOn: user.oidcSubject !== null,
    memberships,
    active: memberships.find((m) => m.organizationId === active.principal.organizationId) ?? null,
  };
}
