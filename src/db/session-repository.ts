/**
 * Sessions in the database, so that every app process knows every session and a sign-out or an
 * administrator's change takes effect everywhere at once. The stored id is the SHA-256 of the
 * cookie's token.
 */
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { SessionStage } from '../domain/access/permissions';
import type { Role } from '../domain/access/roles';
import type { Db } from './client';
import { appUser, membership, organization, session } from './schema';

export type SessionRow = typeof session.$inferSelect;

export interface SessionWithUser {
  session: SessionRow;
  user: { id: string; email: string; displayName: string; active: boolean };
  /** The live membership for the session's organisation; null when it was taken away. */
  membership: {
    organizationId: string;
    organizationName: string;
    organizationKind: string;
    role: Role;
  } | null;
}

export async function insertSession(db: Db, row: typeof session.$inferInsert): Promise<void> {
  await db.insert(session).values(row);
}

export async function findSession(db: Db, id: string): Promise<SessionWithUser | undefined> {
  const [row] = await db
    .select({
      session,
      user: {
        id: appUser.id,
        email: appUser.email,
        displayName: appUser.displayName,
        active: appUser.active,
      },
      membershipRole: membership.role,
      organizationName: organization.name,
      organizationKind: organization.kind,
    })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .leftJoin(
      membership,
      and(eq(membership.userId, session.userId), eq(membership.organizationId, session.organizationId)),
    )
    .leftJoin(organization, eq(organization.id, membership.organizationId))
    .where(eq(session.id, id))
    .limit(1);
  if (!row) return undefined;
  const live =
    row.membershipRole && row.session.organizationId
      ? {
          organizationId: row.session.organizationId,
          organizationName: row.organizationName ?? '',
          organizationKind: row.organizationKind ?? '',
          role: row.membershipRole as Role,
        }
      : null;
  return { session: row.session, user: row.user, membership: live };
}

export interface SessionChange {
  id?: string;
  stage?: SessionStage;
  organizationId?: string;
  role?: Role;
  csrfToken?: string;
  lastSeenAt?: Date;
}

export async function updateSession(db: Db, id: string, change: SessionChange): Promise<void> {
  await db.update(session).set(change).where(eq(session.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(session).where(eq(session.id, id));
}

/** Ends every session of a user, except one (the one changing the password) when given. */
export async function deleteSessionsOfUser(db: Db, userId: string, except?: string): Promise<void> {
  await db
    .delete(session)
    .where(and(eq(session.userId, userId), except ? ne(session.id, except) : undefined));
}

/** Removes sessions that ended by time; run now and then. */
export async function deleteExpiredSessions(db: Db, now: Date, idleSince: Date): Promise<void> {
  await db.delete(session).where(or(lt(session.expiresAt, now), lt(session.lastSeenAt, idleSince)));
}
