/**
 * The verify-audit command on an embedded database in a temporary directory: exit 0 on an intact
 * chain, exit 1 and the broken entry named once an entry was changed behind the trigger's back.
 * The purge command removes nothing younger than the retention.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditAlone } from '../../src/db/audit-repository';
import { openDatabase } from '../../src/db/client';
import { runMigrations } from '../../src/db/migrate';

const run = promisify(execFile);
const actor = { userId: null, role: null, organizationId: null };

async function command(
  script: string,
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script], {
      env: { ...process.env, DATABASE_URL: '', WEGWIJZER_DATA_DIR: dataDir, WEGWIJZER_DEMO: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run verify-audit and purge-audit', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'wegwijzer-audit-'));
    const database = await openDatabase({ dataDir });
    await runMigrations(database);
    await appendAuditAlone(
      database.db,
      actor,
      [{ event: 'read', objectType: 'referral', objectId: 'r-1', subjectPseudonym: 'p-1' }],
      new Date(),
    );
    await appendAuditAlone(
      database.db,
      actor,
      [{ event: 'update', objectType: 'referral', objectId: 'r-1', subjectPseudonym: 'p-1' }],
      new Date(),
    );
    await database.close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('exits 0 on an intact chain and prints its head', async () => {
    const result = await command('src/cli/verify-audit.ts', dataDir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, checked: 2, head: { seq: 2 } });
  });

  it('purges nothing younger than the retention', async () => {
    const result = await command('src/cli/purge-audit.ts', dataDir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ purged: 0, retentionYears: 5 });
  });

  it('exits 1 and names the entry once one was changed', async () => {
    const database = await openDatabase({ dataDir });
    await database.db.execute(sql`alter table audit_entry disable trigger audit_entry_append_only`);
    await database.db.execute(sql`update audit_entry set subject_pseudonym = 'p-2' where seq = 2`);
    await database.db.execute(sql`alter table audit_entry enable trigger audit_entry_append_only`);
    await database.close();
    const result = await command('src/cli/verify-audit.ts', dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken at entry 2 \(hash\)/);
  });
});
