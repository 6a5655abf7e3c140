/**
 * User management by the administrator (beheerder): list, create with a temporary password, change
 * name or deactivate, set roles in organisations, reset a password (and optionally the second
 * factor), lift a lock-out. Every change is audited; changes of roles and organisations as
 * 'rights-change'.
 */
import { randomInt } from 'node:crypto';
import { DomainError, invalid, notFound } from '../domain/errors';
import { cleared } from '../domain/access/lockout';
import { reachFor } from '../domain/access/permissions';
import { roleFitsOrganization, ROLES, type Role } from '../domain/access/roles';
import {
  findUserByEmail,
  getUserRow,
  getUserView,
  insertUser,
  listUsers,
  membershipsOf,
  organizationsByIds,
  replaceMemberships,
  searchOrganizations,
  updateUser,
  type UserView,
} from '../db/account-repository';
import { deleteSessionsOfUser } from '../db/session-repository';
import { audited, type UseCaseContext } from './audited';
import { hashPassword } from './passwords';

const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password an administrator passes on; valid for one sign-in, then it must be changed. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

export interface MembershipInput {
  organizationId: string;
  role: Role;
}

export async function listUsersFor(
  ctx: UseCaseContext,
  query: { q?: string | undefined; limit: number; offset: number },
) {
  reachFor(ctx.principal, 'user:read');
  return listUsers(ctx.services.database.db, query, ctx.services.auth.clock());
}

export async function userFor(ctx: UseCaseContext, id: string): Promise<UserView> {
  reachFor(ctx.principal, 'user:read');
  const user = await getUserView(ctx.services.database.db, id, ctx.services.auth.clock());
  if (!user) throw notFound('De gebruiker');
  return user;
}

async function checkMemberships(ctx: UseCaseContext, list: readonly MembershipInput[]): Promise<void> {
  const ids = [...new Set(list.map((m) => m.organizationId))];
  if (ids.length !== list.length)
    throw invalid('Per organisatie kan een gebruiker één rol hebben.', [
      { field: 'memberships', message: 'bevat een organisatie twee keer' },
    ]);
  const found = new Map((await organizationsByIds(ctx.services.database.db, ids)).map((o) => [o.id, o]));
  const problems = list.flatMap((m, i) => {
    const org = found.get(m.organizationId);
    if (!org) return [{ field: `memberships.${i}.organizationId`, message: 'is geen bekende organisatie' }];
    if (!roleFitsOrganization(m.role, org.kind))
      return [
        {
          field: `memberships.${i}.role`,
          message: `past niet bij een organisatie van het soort ${org.kind}`,
        },
      ];
    return [];
  });
  if (problems.length > 0) throw invalid('De rollen en organisaties passen niet.', problems);
}

const describeMemberships = (list: readonly MembershipInput[]) =>
  list
    .map((m) => `${m.role}@${m.organizationId}`)
    .sort()
    .join(',');

export async function createUser(
  ctx: UseCaseContext,
  input: { email: string; displayName: string; memberships: MembershipInput[] },
): Promise<{ user: UserView; temporaryPassword: string }> {
  reachFor(ctx.principal, 'user:manage');
  reachFor(ctx.principal, 'user:change-rights');
  const { db } = ctx.services.database;
  const now = ctx.services.auth.clock();
  if (await findUserByEmail(db, input.email)) {
    throw new DomainError('conflict', 'Er bestaat al een account met dit e-mailadres.', [
      { field: 'email', message: 'is al in gebruik' },
    ]);
  }
  await checkMemberships(ctx, input.memberships);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = await audited(ctx, async (tx, { record }) => {
    const row = await insertUser(
      tx,
      { email: input.email, displayName: input.displayName.trim(), passwordHash, mustChangePassword: true },
      now,
    );
    await replaceMemberships(tx, row.id, input.memberships);
    record({ event: 'account-change', objectType: 'user', objectId: row.id, details: { change: 'created' } });
    record({
      event: 'rights-change',
      objectType: 'user',
      objectId: row.id,
      details: { before: '', after: describeMemberships(input.memberships) },
    });
    return row.id;
  });
  return { user: await userFor(ctx, id), temporaryPassword: password };
}

async function requireUser(ctx: UseCaseContext, id: string) {
  const user = await getUserRow(ctx.services.database.db, id);
  if (!user) throw notFound('De gebruiker');
  return user;
}

export async function changeUser(
  ctx: UseCaseContext,
  id: string,
  change: { displayName?: string | undefined; active?: boolean | undefined },
): Promise<UserView> {
  reachFor(ctx.principal, 'user:manage');
  const user = await requireUser(ctx, id);
  if (change.active === false && id === ctx.principal?.userId)
    throw new DomainError('conflict', 'U kunt uw eigen account niet uitschakelen.');
  const now = ctx.services.auth.clock();
  await audited(ctx, async (tx, { record }) => {
    await updateUser(
      tx,
      id,
      {
        ...(change.displayName !== undefined ? { displayName: change.displayName.trim() } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
      },
      now,
    );
    if (change.active === false) await deleteSessionsOfUser(tx, id);
    const fields = Object.keys(change).filter((k) => change[k as keyof typeof change] !== undefined);
    const wasActive = user.active;
    record({
      event: 'account-change',
      objectType: 'user',
      objectId: id,
      details: {
        fields: fields.join(','),
        ...(change.active !== undefined ? { activeBefore: wasActive, activeAfter: change.active } : {}),
      },
    });
  });
  return userFor(ctx, id);
}

export async function setMemberships(
  ctx: UseCaseContext,
  id: string,
  list: MembershipInput[],
): Promise<UserView> {
  reachFor(ctx.principal, 'user:change-rights');
  await requireUser(ctx, id);
  await checkMemberships(ctx, list);
  const before = (await membershipsOf(ctx.services.database.db, [id])).get(id) ?? [];
  if (
    id === ctx.principal?.userId &&
    before.some((m) => m.role === 'beheerder') &&
    !list.some((m) => m.role === 'beheerder')
  ) {
    throw new DomainError(
      'conflict',
      'U kunt uw eigen beheerdersrol niet intrekken; laat een andere beheerder dat doen.',
    );
  }
  await audited(ctx, async (tx, { record }) => {
    await replaceMemberships(tx, id, list);
    record({
      event: 'rights-change',
      objectType: 'user',
      objectId: id,
      details: { before: describeMemberships(before), after: describeMemberships(list) },
    });
  });
  return userFor(ctx, id);
}

export async function resetPassword(
  ctx: UseCaseContext,
  id: string,
  options: { resetSecondFactor: boolean },
): Promise<{ temporaryPassword: string }> {
  reachFor(ctx.principal, 'user:manage');
  const user = await requireUser(ctx, id);
  if (user.oidcSubject && !user.passwordHash)
    throw new DomainError(
      'conflict',
      'Deze gebruiker meldt zich aan via de eigen organisatie en heeft hier geen wachtwoord.',
    );
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.services.auth.clock();
  await audited(ctx, async (tx, { record }) => {
    await updateUser(
      tx,
      id,
      {
        passwordHash,
        mustChangePassword: true,
        ...cleared(),
        ...(options.resetSecondFactor ? { totpEnabled: false, totpSecret: null, totpLastStep: null } : {}),
      },
      now,
    );
    await deleteSessionsOfUser(tx, id);
    record({
      event: 'account-change',
      objectType: 'user',
      objectId: id,
      details: { change: 'password-reset', secondFactorReset: options.resetSecondFactor },
    });
  });
  return { temporaryPassword: password };
}

export async function unlockUser(ctx: UseCaseContext, id: string): Promise<UserView> {
  reachFor(ctx.principal, 'user:manage');
  await requireUser(ctx, id);
  await audited(ctx, async (tx, { record }) => {
    await updateUser(tx, id, cleared(), ctx.services.auth.clock());
    record({ event: 'account-change', objectType: 'user', objectId: id, details: { change: 'unlocked' } });
  });
  return userFor(ctx, id);
}

/** Organisations a user can get a role in, for the user form; narrowed to the kinds that fit a role. */
export async function organizationOptions(
  ctx: UseCaseContext,
  query: { q?: string | undefined; role?: Role | undefined; limit: number },
) {
  reachFor(ctx.principal, 'user:read');
  const kinds = query.role ? [...(ROLES.find((r) => r.id === query.role)?.organizationKinds ?? [])] : [];
  return searchOrganizations(ctx.services.database.db, query.q, kinds, query.limit);
}
