/**
 * The scoping helper on a real database: a table of rows that belong to a sending and a receiving
 * organisation (as referrals will), queried with each role's reach from the permission model.
 */
import { sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases';
import { reachFor, type Principal } from '../domain/access/permissions';
import type { Role } from '../domain/access/roles';
import type { Database } from './client';
import { scopedTo } from './scope';

const thing = pgTable('scoped_thing', {
  id: integer('id').primaryKey(),
  sender: uuid('sender'),
  receiver: uuid('receiver'),
  owner: uuid('owner'),
});
const PRACTICE = '00000000-0000-4000-8000-00000000000a';
const OTHER_PRACTICE = '00000000-0000-4000-8000-00000000000b';
const PROVIDER = '00000000-0000-4000-8000-00000000000c';
const USER = '00000000-0000-4000-8000-0000000000aa';

const as = (role: Role, organizationId: string): Principal => ({
  userId: USER,
  displayName: role,
  role,
  organizationId,
  stage: 'full',
});

describe.each(testDatabases())('scoped queries on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await database.db.execute(
      sql`create table scoped_thing (id integer primary key, sender uuid, receiver uuid, owner uuid)`,
    );
    await database.db.insert(thing).values([
      { id: 1, sender: PRACTICE, receiver: PROVIDER, owner: USER },
      { id: 2, sender: OTHER_PRACTICE, receiver: PROVIDER, owner: null },
      { id: 3, sender: OTHER_PRACTICE, receiver: null, owner: null },
    ]);
  });
  afterAll(() => database.close());

  const visible = async (
    principal: Principal,
    action: Parameters<typeof reachFor>[1],
    owners: Parameters<typeof scopedTo>[1],
  ) =>
    (
      await database.db
        .select({ id: thing.id })
        .from(thing)
        .where(scopedTo(reachFor(principal, action), owners))
        .orderBy(thing.id)
    ).map((r) => r.id);
  const referralOwners = { organizations: [thing.sender, thing.receiver] };

  it('gives a GP the rows their practice sent, and provider staff the rows sent to them', async () => {
    expect(await visible(as('huisarts', PRACTICE), 'referral:read', referralOwners)).toEqual([1]);
    expect(await visible(as('aanbieder-medewerker', PROVIDER), 'referral:read', referralOwners)).toEqual([
      1, 2,
    ]);
  });
  it('gives the coordinator every row, and a table without owner columns nothing for an organisation reach', async () => {
    expect(await visible(as('verwijsadviseur', PROVIDER), 'referral:read', referralOwners)).toEqual([
      1, 2, 3,
    ]);
    expect(await visible(as('huisarts', PRACTICE), 'referral:read', {})).toEqual([]);
  });
  it('limits a self scope to the user’s own rows', async () => {
    expect(await visible(as('financier', PRACTICE), 'account:read', { user: thing.owner })).toEqual([1]);
  });
  it('refuses a financier row access outright', () => {
    expect(() => reachFor(as('financier', PRACTICE), 'referral:read')).toThrow(
      expect.objectContaining({ code: 'geen-toegang' }),
    );
  });
});
