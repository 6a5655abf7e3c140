import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_ANCHOR, GENESIS_HASH, hashOf, verifyChain } from './chain';
import { recordOf, type AuditFact, type AuditRecord } from './entry';
import { retentionCutoff } from './retention';
import { personPseudonym } from './pseudonym';

const actor = { userId: 'u1', role: 'huisarts' as const, organizationId: 'o1' };
const facts: AuditFact[] = [
  { event: 'sign-in', objectType: 'session' },
  { event: 'read', objectType: 'referral', objectId: 'r1', subjectPseudonym: 'p-1' },
  {
    event: 'update',
    objectType: 'referral',
    objectId: 'r1',
    subjectPseudonym: 'p-1',
    details: { field: 'status' },
  },
];

function chainOf(list: AuditFact[], start = GENESIS_ANCHOR): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = start;
  list.forEach((fact, i) => {
    const body = recordOf(fact, actor, new Date(Date.UTC(2026, 0, 1, 0, i)), prev.seq + 1, prev.hash);
    const record = { ...body, hash: hashOf(body) };
    records.push(record);
    prev = { seq: record.seq, hash: record.hash };
  });
  return records;
}

describe('the audit hash chain', () => {
  it('starts at the genesis hash and verifies an intact chain, reporting its head', () => {
    const chain = chainOf(facts);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    const verdict = verifyChain(chain);
    expect(verdict).toEqual({ ok: true, checked: 3, head: { seq: 3, hash: chain[2]!.hash } });
  });
  it('detects a changed field, a removed entry, a reordering and a recomputed entry', () => {
    const chain = chainOf(facts);
    const changed = chain.map((r, i) => (i === 1 ? { ...r, objectId: 'r2' } : r));
    expect(verifyChain(changed)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
    expect(verifyChain([chain[0]!, chain[2]!])).toMatchObject({ ok: false, brokenAt: 3, reason: 'sequence' });
    expect(verifyChain([chain[1]!, chain[0]!])).toMatchObject({ ok: false, brokenAt: 2 });
    const forged = { ...chain[1]!, objectId: 'r2' };
    const { hash: _old, ...body } = forged;
    const reHashed = [chain[0]!, { ...forged, hash: hashOf(body) }, chain[2]!];
    expect(verifyChain(reHashed)).toMatchObject({ ok: false, brokenAt: 3, reason: 'link' });
  });
  it('verifies from a purge anchor onwards', () => {
    const chain = chainOf(facts);
    const anchor = { seq: chain[0]!.seq, hash: chain[0]!.hash };
    expect(verifyChain(chain.slice(1), anchor)).toMatchObject({ ok: true, checked: 2 });
    expect(verifyChain(chain.slice(2), anchor)).toMatchObject({ ok: false, reason: 'sequence' });
  });
  it('hashes independently of the key order of details', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(
      '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}',
    );
  });
});

describe('retention and pseudonyms', () => {
  it('puts the cut-off the configured number of years back and refuses less than five', () => {
    expect(retentionCutoff(new Date('2031-06-01T00:00:00Z'), 5).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2031-06-01T00:00:00Z'), 7).toISOString()).toBe(
      '2024-06-01T00:00:00.000Z',
    );
    expect(() => retentionCutoff(new Date(), 4)).toThrow(/at least 5/);
  });
  it('gives one person the same pseudonym under one key and a different one under another', () => {
    const key = Buffer.alloc(32, 1);
    expect(personPseudonym(key, '123456782')).toBe(personPseudonym(key, '123456782'));
    expect(personPseudonym(key, '123456782')).not.toBe(personPseudonym(Buffer.alloc(32, 2), '123456782'));
    expect(personPseudonym(key, '123456782')).toMatch(/^p-[0-9a-f]{32}$/);
  });
});
