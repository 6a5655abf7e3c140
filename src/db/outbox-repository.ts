/**
 * The outbox: e-mail written in the same transaction as the change that causes it, delivered
 * later by the sender (src/services/outbox.ts) when SMTP is configured. A dedupe key makes writing
 * idempotent: the same reminder for the same period is written once.
 */
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Reach } from '../domain/access/permissions';
import type { Db } from './client';
import { scopedTo } from './scope';
import { organization, outboxMessage } from './schema';

export interface NewOutboxMessage {
  kind: string;
  organizationId?: string | null;
  recipient: string;
  subject: string;
  body: string;
  dedupeKey?: string | null;
}

/** Writes the message unless one with the same dedupe key exists; true when it was written. */
export async function enqueueMessage(tx: Db, message: NewOutboxMessage, now: Date): Promise<boolean> {
  const written = await tx
    .insert(outboxMessage)
    .values({
      kind: message.kind,
      organizationId: message.organizationId ?? null,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
      dedupeKey: message.dedupeKey ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outboxMessage.dedupeKey })
    .returning({ id: outboxMessage.id });
  return written.length > 0;
}

// ---- delivery (src/services/outbox.ts) and the coordinator's list ----

/** pending: waiting to be sent (again); sent; failed: given up after the maximum attempts. */
export type OutboxState = 'pending' | 'sent' | 'failed';

export interface OutboxRow {
  id: string;
  kind: string;
  organizationId: string | null;
  organizationName: string | null;
  recipient: string;
  subject: string;
  body: string;
  state: OutboxState;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

function stateCondition(state: OutboxState, maxAttempts: number): SQL {
  switch (state) {
    case 'sent':
      return isNotNull(outboxMessage.sentAt);
    case 'pending':
      return and(isNull(outboxMessage.sentAt), lt(outboxMessage.attempts, maxAttempts))!;
    case 'failed':
      return and(isNull(outboxMessage.sentAt), gte(outboxMessage.attempts, maxAttempts))!;
  }
}

/** Messages in reach, newest first, optionally of one state; and how many there are per state. */
export async function listOutbox(
  db: Db,
  reach: Reach,
  options: { state?: OutboxState | undefined; limit: number; maxAttempts: number },
): Promise<{ messages: OutboxRow[]; counts: Record<OutboxState, number> }> {
  const own = scopedTo(reach, { organizations: [outboxMessage.organizationId] });
  const rows = await db
    .select({ message: outboxMessage, organizationName: organization.name })
    .from(outboxMessage)
    .leftJoin(organization, eq(organization.id, outboxMessage.organizationId))
    .where(and(own, options.state ? stateCondition(options.state, options.maxAttempts) : undefined))
    .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
    .limit(options.limit);
  const [counts] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${stateCondition('pending', options.maxAttempts)})`.mapWith(
        Number,
      ),
      sent: sql<number>`count(*) filter (where ${stateCondition('sent', options.maxAttempts)})`.mapWith(
        Number,
      ),
      failed: sql<number>`count(*) filter (where ${stateCondition('failed', options.maxAttempts)})`.mapWith(
        Number,
      ),
    })
    .from(outboxMessage)
    .where(own);
  return {
    messages: rows.map(({ message: m, organizationName }) => ({
      id: m.id,
      kind: m.kind,
      organizationId: m.organizationId,
      organizationName,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      state: m.sentAt ? 'sent' : m.attempts >= options.maxAttempts ? 'failed' : 'pending',
      createdAt: iso(m.createdAt),
      sentAt: m.sentAt ? iso(m.sentAt) : null,
      attempts: m.attempts,
      lastError: m.lastError,
    })),
    counts: counts ?? { pending: 0, sent: 0, failed: 0 },
  };
}

export interface PendingMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/** The oldest messages still to send (not sent, fewer attempts than the maximum). */
export async function pendingMessages(db: Db, maxAttempts: number, limit: number): Promise<PendingMessage[]> {
  return db
    .select({
      id: outboxMessage.id,
      recipient: outboxMessage.recipient,
      subject: outboxMessage.subject,
      body: outboxMessage.body,
      attempts: outboxMessage.attempts,
    })
    .from(outboxMessage)
    .where(stateCondition('pending', maxAttempts))
    .orderBy(asc(outboxMessage.createdAt), asc(outboxMessage.id))
    .limit(limit);
}

/**
 * Counts a delivery attempt before it is made, only if no other sender has taken the message since
 * it was read (`attempts` unchanged, not sent): true when this sender may deliver it.
 */
export async function claimMessage(db: Db, id: string, seenAttempts: number): Promise<boolean> {
  const claimed = await db
    .update(outboxMessage)
    .set({ attempts: seenAttempts + 1 })
    .where(
      and(eq(outboxMessage.id, id), eq(outboxMessage.attempts, seenAttempts), isNull(outboxMessage.sentAt)),
    )
    .returning({ id: outboxMessage.id });
  return claimed.length > 0;
}

export async function markSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(outboxMessage).set({ sentAt: at, lastError: null }).where(eq(outboxMessage.id, id));
}

export async function markFailedAttempt(db: Db, id: string, error: string): Promise<void> {
  await db
    .update(outboxMessage)
    .set({ lastError: error.slice(0, 1000) })
    .where(eq(outboxMessage.id, id));
}
