/**
 * Use cases of in-app notices (meldingen): the newest notices of the caller's organisation, and
 * marking one read. Notices carry no patient data (notification-repository.ts), so reading them
 * is not an audit event; the subject they link to is audited when it is opened.
 */
import { reachFor } from '../domain/access/permissions';
import { notFound } from '../domain/errors';
import {
  findNotification,
  listNotifications,
  markNotificationRead,
  type NotificationRow,
  type SubjectType,
} from '../db/notification-repository';
import type { UseCaseContext } from './audited';

export interface NotificationView {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  text: string;
  createdAt: string;
  readAt: string | null;
}

const view = (row: NotificationRow): NotificationView => ({
  id: row.id,
  subjectType: row.subjectType as SubjectType,
  subjectId: row.subjectId,
  text: row.text,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});

function organizationOf(ctx: UseCaseContext): { organizationId: string; userId: string } {
  const reach = reachFor(ctx.principal, 'notification:read');
  if (reach.kind !== 'organization' || !ctx.principal) throw notFound('Meldingen');
  return { organizationId: reach.organizationId, userId: ctx.principal.userId };
}

/** The newest notices for the caller's organisation (and addressed to the caller), with the unread count. */
export async function notificationsFor(
  ctx: UseCaseContext,
  options: { unreadOnly?: boolean } = {},
): Promise<{ unread: number; items: NotificationView[] }> {
  const { organizationId, userId } = organizationOf(ctx);
  const db = ctx.services.database.db;
  const rows = await listNotifications(db, organizationId, userId, {
    unreadOnly: options.unreadOnly ?? false,
    limit: 100,
  });
  const unread = options.unreadOnly
    ? rows.length
    : (await listNotifications(db, organizationId, userId, { unreadOnly: true, limit: 100 })).length;
  return { unread, items: rows.map(view) };
}

/** Marks a notice of the caller's organisation read; another organisation's notice is not found. */
export async function markRead(ctx: UseCaseContext, id: string): Promise<NotificationView> {
  const { organizationId, userId } = organizationOf(ctx);
  const db = ctx.services.database.db;
  const row = await findNotification(db, organizationId, id);
  if (!row || (row.userId !== null && row.userId !== userId)) throw notFound('De melding');
  await markNotificationRead(db, organizationId, id, ctx.services.now());
  return view((await findNotification(db, organizationId, id)) ?? row);
}
