/**
 * In-app notices to an organisation ("uw verwijzing is geaccepteerd"). Written inside the
 * transaction of the change that causes them (see audited()), read by the organisation's staff.
 * Notices say what happened and link to the subject; they carry no patient data.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './client';
import { notification } from './schema';

export type SubjectType = 'referral' | 'consultation' | 'case-submission' | 'exploratory';

export interface NewNotification {
  organizationId: string;
  userId?: string | null;
  subjectType: SubjectType;
  subjectId: string;
  /** One Dutch sentence without patient data: "GGZ-praktijk De Brug heeft de verwijzing geaccepteerd." */
  text: string;
}

export async function notify(tx: Db, notice: NewNotification, now: Date): Promise<void> {
  await tx.insert(notification).values({
    organizationId: notice.organizationId,
    userId: notice.userId ?? null,
    subjectType: notice.subjectType,
    subjectId: notice.subjectId,
    text: notice.text,
    createdAt: now,
  });
}

export type NotificationRow = typeof notification.$inferSelect;

/** The newest notices for an organisation (and the user, when addressed to one person). */
export async function listNotifications(
  db: Db,
  organizationId: string,
  userId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
): Promise<NotificationRow[]> {
  const rows = await db
    .select()
    .from(notification)
    .where(
      and(
        eq(notification.organizationId, organizationId),
        options.unreadOnly ? isNull(notification.readAt) : undefined,
      ),
    )
    .orderBy(desc(notification.createdAt))
    .limit(options.limit ?? 50);
  return rows.filter((row) => row.userId === null || row.userId === userId);
}

export async function markNotificationRead(db: Db, organizationId: string, id: string, now: Date): Promise<void> {
  await db
    .update(notification)
    .set({ readAt: now })
    .where(and(eq(notification.id, id), eq(notification.organizationId, organizationId), isNull(notification.readAt)));
}

/** One notice of an organisation, or undefined (another organisation's notice is not found). */
export async function findNotification(db: Db, organizationId: string, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notification)
    .where(and(eq(notification.id, id), eq(notification.organizationId, organizationId)))
    .limit(1);
  return row;
}
