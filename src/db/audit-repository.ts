/**
 * The audit trail in the database: the one append function, reads for the audit view and the
 * per-person overview, chain verification and the retention purge. Every SQL statement about
 * audit_entry and audit_anchor lives here.
 *
 * Appends are serialised with a transaction-scoped advisory lock: the appending transaction reads
 * the head of the chain and inserts after it while holding the lock, so two app processes on one
 * PostgreSQL can never both extend the same head (the chain never forks). The lock is released at
 * commit or rollback, so a rolled-back change leaves no audit entry and no gap in the chain.
 */
import { and, asc, desc, eq, gt, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import {
  GENESIS_ANCHOR,
  hashOf,
  verifyChain,
  type ChainAnchor,
  type ChainVerdict,
} from '../domain/audit/chain';
import {
  recordOf,
  type AuditActor,
  type AuditEvent,
  type AuditFact,
  type AuditOutcome,
  type AuditRecord,
} from '../domain/audit/entry';
import type { Db } from './client';
import { auditAnchor, auditEntry } from './schema';

/** An arbitrary constant shared by all app processes; distinct from the migration lock. */
const AUDIT_APPEND_LOCK = 727_275;

type EntryRow = typeof auditEntry.$inferSelect;

function toRecord(row: EntryRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    event: row.event as AuditEvent,
    outcome: row.outcome as AuditOutcome,
    actorUserId: row.actorUserId,
    actorRole: row.actorRole,
    actorOrganizationId: row.actorOrganizationId,
    onBehalfOf: row.onBehalfOf,
    subjectPseudonym: row.subjectPseudonym,
    objectType: row.objectType,
    objectId: row.objectId,
    details: (row.details ?? {}) as AuditRecord['details'],
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

async function latestAnchor(db: Db): Promise<ChainAnchor> {
  const [anchor] = await db.select().from(auditAnchor).orderBy(desc(auditAnchor.seq)).limit(1);
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : GENESIS_ANCHOR;
}

/** The newest entry of the chain, or the anchor when the purge left none. */
async function head(db: Db): Promise<ChainAnchor> {
  const [last] = await db
    .select({ seq: auditEntry.seq, hash: auditEntry.hash })
    .from(auditEntry)
    .orderBy(desc(auditEntry.seq))
    .limit(1);
  return last ? { seq: Number(last.seq), hash: last.hash } : latestAnchor(db);
}

/**
 * Appends facts to the chain. Must run inside a transaction (`tx`), which is the transaction of the
 * data change the facts describe: both commit or neither does.
 */
export async function appendAudit(
  tx: Db,
  actor: AuditActor,
  facts: readonly AuditFact[],
  at: Date,
): Promise<AuditRecord[]> {
  if (facts.length === 0) return [];
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`);
  let previous = await head(tx);
  const records: AuditRecord[] = [];
  for (const fact of facts) {
    const body = recordOf(fact, actor, at, previous.seq + 1, previous.hash);
    const record = { ...body, hash: hashOf(body) };
    records.push(record);
    previous = { seq: record.seq, hash: record.hash };
  }
  await tx.insert(auditEntry).values(records.map((r) => ({ ...r, at: new Date(r.at) })));
  return records;
}

/** Appends facts in a transaction of their own (for events that change no other data, like a failed sign-in). */
export function appendAuditAlone(
  db: Db,
  actor: AuditActor,
  facts: readonly AuditFact[],
  at: Date,
): Promise<AuditRecord[]> {
  return db.transaction((tx) => appendAudit(tx as unknown as Db, actor, facts, at));
}

export interface AuditFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  actorUserId?: string | undefined;
  subjectPseudonym?: string | undefined;
  event?: AuditEvent | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  limit: number;
  /** Entries with a sequence number below this one (paging backwards from the newest). */
  beforeSeq?: number | undefined;
}

/** Entries matching the filter, newest first. */
export async function listAudit(db: Db, filter: AuditFilter): Promise<AuditRecord[]> {
  const conditions: (SQL | undefined)[] = [
    filter.from ? gte(auditEntry.at, filter.from) : undefined,
    filter.to ? lte(auditEntry.at, filter.to) : undefined,
    filter.actorUserId ? eq(auditEntry.actorUserId, filter.actorUserId) : undefined,
    filter.subjectPseudonym ? eq(auditEntry.subjectPseudonym, filter.subjectPseudonym) : undefined,
    filter.event ? eq(auditEntry.event, filter.event) : undefined,
    filter.objectType ? eq(auditEntry.objectType, filter.objectType) : undefined,
    filter.objectId ? eq(auditEntry.objectId, filter.objectId) : undefined,
    filter.beforeSeq ? lt(auditEntry.seq, filter.beforeSeq) : undefined,
  ];
  const rows = await db
    .select()
    .from(auditEntry)
    .where(and(...conditions))
    .orderBy(desc(auditEntry.seq))
    .limit(filter.limit);
  return rows.map(toRecord);
}

/** Verifies the whole stored chain from the latest purge anchor, reading it in batches. */
export async function verifyStoredChain(
  db: Db,
  batchSize = 2_000,
): Promise<ChainVerdict & { anchor: ChainAnchor }> {
  const anchor = await latestAnchor(db);
  let from = anchor;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEntry)
      .where(gt(auditEntry.seq, from.seq))
      .orderBy(asc(auditEntry.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, head: from, anchor };
    const verdict = verifyChain(rows.map(toRecord), from);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked, anchor };
    checked += verdict.checked;
    from = verdict.head;
  }
}

/**
 * Removes entries recorded before the cut-off, oldest first and only as a run from the start of
 * the chain (an old entry after a newer one is kept), leaving an anchor with the last removed
 * entry's sequence number and hash, so the rest still verifies. The database trigger refuses the
 * deletion of anything younger than five years whatever the caller asks.
 */
export async function purgeAuditBefore(
  db: Db,
  cutoff: Date,
): Promise<{ purged: number; anchor: ChainAnchor | null }> {
  return db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`);
    // The run of old entries from the start: up to (not including) the first entry at or after the cut-off.
    const [firstKept] = await tx
      .select({ seq: auditEntry.seq })
      .from(auditEntry)
      .where(gte(auditEntry.at, cutoff))
      .orderBy(asc(auditEntry.seq))
      .limit(1);
    const bound = firstKept ? sql`${auditEntry.seq} < ${firstKept.seq}` : sql`true`;
    const [last] = await tx
      .select({ seq: auditEntry.seq, hash: auditEntry.hash })
      .from(auditEntry)
      .where(and(bound, lt(auditEntry.at, cutoff)))
      .orderBy(desc(auditEntry.seq))
      .limit(1);
    if (!last) return { purged: 0, anchor: null };
    await tx.execute(sql`select set_config('wegwijzer.audit_purge', 'on', true)`);
    const deleted = await tx
      .delete(auditEntry)
      .where(lte(auditEntry.seq, last.seq))
      .returning({ seq: auditEntry.seq });
    await tx.execute(sql`select set_config('wegwijzer.audit_purge', 'off', true)`);
    const anchor = { seq: Number(last.seq), hash: last.hash };
    await tx
      .insert(auditAnchor)
      .values({ seq: anchor.seq, hash: anchor.hash, purgedCount: deleted.length, cutoff });
    return { purged: deleted.length, anchor };
  });
}
