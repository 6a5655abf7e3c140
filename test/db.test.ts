import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client';
import { testDatabases } from './support/databases';

describe.each(testDatabases())('migrations on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('creates the Dutch unaccented text search configuration', async () => {
    const result = await database.db.execute(
      sql`select to_tsvector('dutch_unaccent', 'Cliënten met depressieve klachten')::text as v`,
    );
    expect((result as unknown as { rows: unknown[] }).rows[0]).toEqual({ v: "'client':1 'depressiev':3 'klacht':4" });
  });

  it('rejects a waiting time with an unknown basis', async () => {
    await expect(
      database.db.execute(sql`insert into diagnosis_group (code, name, status) values ('04', 'x', 'y')`),
    ).resolves.toBeDefined();
    await expect(
      database.db.execute(
        sql`insert into service_wait (service_id, registration_weeks, treatment_weeks, basis, measured_on, confirmed_at, source)
            values (gen_random_uuid(), 1, 1, 'geschat', '2026-01-01', now(), 'test')`,
      ),
    ).rejects.toSatisfy((error: unknown) => /service_wait_basis/.test(String(error)) || /service_wait_basis/.test(String((error as { cause?: unknown }).cause)));
  });
});
