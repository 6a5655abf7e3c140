/**
 * Users, their memberships (role in an organisation) and the organisations they can belong to.
 * Every SQL statement about app_user and membership lives here; sessions are in
 * session-repository.ts.
 */
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Role } from '../domain/access/roles';
import type { Db } from './client';
import { appUser, membership, organization, service } from './schema';

export type UserRow = typeof appUser.$inferSelect;

export interface MembershipView {
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  role: Role;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  demo: boolean;
  secondFactorEnabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  failedAttempts: number;
  singleSignOn: boolean;
  memberships: MembershipView[];
  createdAt: string;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.email, email.trim().toLowerCase())).limit(1);
  return row;
}

export async function findUserByOidcSubject(db: Db, subject: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.oidcSubject, subject)).limit(1);
  return row;
}

export async function getUserRow(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  return row;
}

export async function membershipsOf(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, MembershipView[]>> {
  const byUser = new Map<string, MembershipView[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: membership.userId,
      organizationId: membership.organizationId,
      organizationName: organization.name,
      organizationKind: organization.kind,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(organization, eq(organization.id, membership.organizationId))
    .where(inArray(membership.userId, [...userIds]))
    .orderBy(asc(organization.name));
  for (const { userId, ...m } of rows) {
    byUser.set(userId, [...(byUser.get(userId) ?? []), { ...m, role: m.role as Role }]);
  }
  return byUser;
}

export function toUserView(row: UserRow, memberships: MembershipView[], now: Date): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    active: row.active,
    demo: row.demo,
    secondFactorEnabled: row.totpEnabled,
    mustChangePassword: row.mustChangePassword,
    locked: row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime(),
    failedAttempts: row.failedAttempts,
    singleSignOn: row.oidcSubject !== null,
    memberships,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(
  db: Db,
  query: { q?: string | undefined; limit: number; offset: number },
  now: Date,
) {
  const where = query.q
    ? or(
        ilike(appUser.email, `%${escapeLike(query.q)}%`),
        ilike(appUser.displayName, `%${escapeLike(query.q)}%`),
      )
    : undefined;
  const rows = await db
    .select()
    .from(appUser)
    .where(where)
    .orderBy(asc(appUser.displayName), asc(appUser.email))
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(appUser)
    .where(where);
  const memberships = await membershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toUserView(r, memberships.get(r.id) ?? [], now)),
    total: Number(count?.n ?? 0),
  };
}

export async function getUserView(db: Db, id: string, now: Date): Promise<UserView | undefined> {
  const row = await getUserRow(db, id);
  if (!row) return undefined;
  return toUserView(row, (await membershipsOf(db, [id])).get(id) ?? [], now);
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string | null;
  mustChangePassword: boolean;
  demo?: boolean;
  totpSecret?: string | null;
  totpEnabled?: boolean;
  oidcSubject?: string | null;
}

export async function insertUser(db: Db, user: NewUser, now: Date): Promise<UserRow> {
  const [row] = await db
    .insert(appUser)
    .values({ ...user, email: user.email.trim().toLowerCase(), createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type UserChange = Partial<
  Pick<
    UserRow,
    | 'displayName'
    | 'passwordHash'
    | 'totpSecret'
    | 'totpEnabled'
    | 'totpLastStep'
    | 'failedAttempts'
    | 'lockedUntil'
    | 'mustChangePassword'
    | 'active'
    | 'oidcSubject'
  >
>;

export async function updateUser(db: Db, id: string, change: UserChange, now: Date): Promise<void> {
  await db
    .update(appUser)
    .set({ ...change, updatedAt: now })
    .where(eq(appUser.id, id));
}

/** Replaces a user's memberships with the given ones. */
export async function replaceMemberships(
  db: Db,
  userId: string,
  list: readonly { organizationId: string; role: Role }[],
): Promise<void> {
  await db.delete(membership).where(eq(membership.userId, userId));
  if (list.length > 0) await db.insert(membership).values(list.map((m) => ({ userId, ...m })));
}

export interface OrganizationOption {
  id: string;
  name: string;
  kind: string;
}

export async function organizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationOption[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: organization.id, name: organization.name, kind: organization.kind })
    .from(organization)
    .where(inArray(organization.id, [...ids]));
}

/** Organisations whose name matches, of the given kinds, for choosing a membership. */
export async function searchOrganizations(
  db: Db,
  q: string | undefined,
  kinds: readonly string[],
  limit: number,
): Promise<OrganizationOption[]> {
  return db
    .select({ id: organization.id, name: organization.name, kind: organization.kind })
    .from(organization)
    .where(
      and(
        q ? ilike(organization.name, `%${escapeLike(q)}%`) : undefined,
        kinds.length > 0 ? inArray(organization.kind, [...kinds]) : undefined,
      ),
    )
    .orderBy(asc(organization.name))
    .limit(limit);
}

/** Finds an organisation by exact name and kind, or creates it (demo accounts). */
export async function ensureOrganization(db: Db, name: string, kind: string): Promise<string> {
  const [found] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(and(eq(organization.name, name), eq(organization.kind, kind)))
    .limit(1);
  if (found) return found.id;
  const [created] = await db
    .insert(organization)
    .values({ name, kind, fictional: true })
    .returning({ id: organization.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

/** The first fictional organisation of a kind on the care map, by name (for demo provider staff). */
export async function firstOrganizationOfKind(db: Db, kind: string): Promise<string | undefined> {
  const [found] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(and(eq(organization.kind, kind), eq(organization.fictional, true)))
    .orderBy(asc(organization.name))
    .limit(1);
  return found?.id;
}

/** The first fictional organisation that offers a service of this kind of care (demo consultants). */
export async function firstOrganizationOfferingCareKind(db: Db, careKind: string): Promise<string | undefined> {
  const [found] = await db
    .select({ id: organization.id })
    .from(organization)
    .innerJoin(service, eq(service.organizationId, organization.id))
    .where(and(eq(service.kind, careKind), eq(organization.fictional, true)))
    .orderBy(asc(organization.name))
    .limit(1);
  return found?.id;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
