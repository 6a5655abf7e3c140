/**
 * The hash chain that makes the audit trail tamper-evident: each entry's hash covers its own
 * fields and the hash of the entry before it, so changing, removing or inserting an entry breaks
 * every hash after it. Purging expired entries leaves an anchor (the last purged sequence number
 * and hash) from which the chain is verified onwards.
 */
import { createHash } from 'node:crypto';
import type { AuditRecord } from './entry';

/** The previous hash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where verification starts: the genesis, or the anchor left by the last purge. */
export interface ChainAnchor {
  /** The sequence number of the last purged entry (0 at the genesis). */
  seq: number;
  hash: string;
}
export const GENESIS_ANCHOR: ChainAnchor = { seq: 0, hash: GENESIS_HASH };

/** A stable serialisation: object keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of an entry: SHA-256 over its canonical fields, which include the previous hash. */
export function hashOf(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

export type ChainVerdict =
  | { ok: true; checked: number; head: ChainAnchor }
  | { ok: false; checked: number; brokenAt: number; reason: 'hash' | 'link' | 'sequence' };

/**
 * Verifies entries in sequence order from an anchor: every entry follows the one before without a
 * gap, points at its hash, and hashes to what it says.
 */
export function verifyChain(
  records: Iterable<AuditRecord>,
  from: ChainAnchor = GENESIS_ANCHOR,
): ChainVerdict {
  let head = from;
  let checked = 0;
  for (const record of records) {
    if (record.seq !== head.seq + 1) return { ok: false, checked, brokenAt: record.seq, reason: 'sequence' };
    if (record.prevHash !== head.hash) return { ok: false, checked, brokenAt: record.seq, reason: 'link' };
    const { hash, ...body } = record;
    if (hashOf(body) !== hash) return { ok: false, checked, brokenAt: record.seq, reason: 'hash' };
    head = { seq: record.seq, hash };
    checked++;
  }
  return { ok: true, checked, head };
}
