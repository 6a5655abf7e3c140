/**
 * The audit trail in the database, on PGlite and PostgreSQL: appends chain, the chain verifies,
 * the database refuses changes and early deletes, concurrent appends never fork the chain, and the
 * retention purge removes only expired entries and leaves a chain that still verifies.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases';
import type { AuditActor } from '../domain/audit/entry';
import { appendAuditAlone, listAudit, purgeAuditBefore, verifyStoredChain } from './audit-repository';
import { queryRows, type Database } from './client';

const actor: AuditActor = { userId: null, role: null, organizationId: null, requestId: 'test' };
const yearsAgo = (years: number, now = new Date()) => new Date(now.getTime() - years * 365.25 * 86_400_000);

describe.each(testDatabases())('audit trail on $name', ({ name, open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('chains appended entries and verifies the chain', async () => {
    const { db } = database;
    await appendAuditAlone(
      db,
      actor,
      [
        {
          event: 'sign-in-failed',
          outcome: 'failure',
          objectType: 'session',
          details: { reason: 'unknown-user' },
        },
      ],
      yearsAgo(8),
    );
    await appendAuditAlone(
      db,
      actor,
      [
        { event: 'read', objectType: 'referral', objectId: 'r-1', subjectPseudonym: 'p-aaa' },
        {
          event: 'update',
          objectType: 'referral',
          objectId: 'r-1',
          subjectPseudonym: 'p-aaa',
          details: { field: 'status', odd: 'nul\u0000 and \ud800 lone' },
        },
      ],
      yearsAgo(6),
    );
    const verdict = await verifyStoredChain(db);
    expect(verdict).toMatchObject({ ok: true, checked: 3 });
    const forPerson = await listAudit(db, { subjectPseudonym: 'p-aaa', limit: 10 });
    expect(forPerson.map((r) => r.event)).toEqual(['update', 'read']);
  });

  it('refuses to update, delete or truncate entries, even for the database owner', async () => {
    const { db } = database;
    await expect(db.execute(sql`update audit_entry set object_id = 'r-2' where seq = 2`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_entry where seq = 3`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_entry`)).rejects.toThrow();
    expect((await verifyStoredChain(db)).ok).toBe(true);
  });

  it('detects an entry changed behind the trigger’s back', async () => {
    const fresh = await open();
    try {
      await appendAuditAlone(
        fresh.db,
        actor,
        [
          { event: 'read', objectType: 'referral', objectId: 'r-9' },
          { event: 'read', objectType: 'referral', objectId: 'r-10' },
        ],
        new Date(),
      );
      await fresh.db.execute(sql`alter table audit_entry disable trigger audit_entry_append_only`);
      await fresh.db.execute(sql`update audit_entry set object_id = 'r-99' where seq = 1`);
      expect(await verifyStoredChain(fresh.db)).toMatchObject({ ok: false, brokenAt: 1, reason: 'hash' });
    } finally {
      await fresh.close();
    }
  });

  it.runIf(name === 'postgres')('never forks the chain when many transactions append at once', async () => {
    const { db } = database;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        appendAuditAlone(
          db,
          actor,
          [{ event: 'search', objectType: 'referral', details: { i } }],
          new Date(),
        ),
      ),
    );
    const [counts] = await queryRows<{ n: number; distinct_prev: number }>(
      db,
      sql`select count(*)::int as n, count(distinct prev_hash)::int as distinct_prev from audit_entry`,
    );
    expect(counts?.n).toBe(counts?.distinct_prev);
    expect((await verifyStoredChain(db)).ok).toBe(true);
  });

  it('purges only entries past the retention, leaves an anchor and a chain that still verifies', async () => {
    const { db } = database;
    const before = await listAudit(db, { limit: 1000 });
    const result = await purgeAuditBefore(db, yearsAgo(7));
    expect(result.purged).toBe(1);
    expect(result.anchor?.seq).toBe(1);
    const after = await listAudit(db, { limit: 1000 });
    expect(after.length).toBe(before.length - 1);
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, anchor: { seq: 1 } });
    // New entries chain on after the purge.
    await appendAuditAlone(
      db,
      actor,
      [{ event: 'read', objectType: 'referral', objectId: 'r-3' }],
      new Date(),
    );
    expect((await verifyStoredChain(db)).ok).toBe(true);
  });

  it('refuses in the database to delete an entry younger than five years, whatever the cut-off asked', async () => {
    const { db } = database;
    await expect(purgeAuditBefore(db, new Date(Date.now() + 86_400_000))).rejects.toThrow();
    expect((await verifyStoredChain(db)).ok).toBe(true);
  });
});
