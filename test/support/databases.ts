/**
 * The databases every database test runs on: always the embedded PGlite (in memory), and a real
 * PostgreSQL server as well when DATABASE_URL is set (as CI sets it). Each opened database is a
 * fresh, migrated one: PGlite in memory, or a new database on the server that is dropped on close.
 *
 *   describe.each(testDatabases())('catalog on $name', ({ open }) => { ... })
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client';
import { runMigrations } from '../../src/db/migrate';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openPglite }];
  const url = process.env.DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openPostgres(url) });
  return list;
}

async function openPglite(): Promise<Database> {
  const database = await openDatabase({});
  await runMigrations(database);
  return database;
}

/** Creates an empty database on the PostgreSQL server of `adminUrl`; `drop` removes it again. */
export async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `wegwijzer_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function openPostgres(adminUrl: string): Promise<Database> {
  const created = await createPostgresDatabase(adminUrl);
  const database = await openDatabase({ url: created.url, poolSize: 4 });
  await runMigrations(database);
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}
