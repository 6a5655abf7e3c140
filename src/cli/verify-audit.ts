/**
 * `npm run verify-audit`: checks the audit trail's hash chain from the last purge anchor to the
 * newest entry and prints the verdict as JSON, with the head (sequence number and hash) to note
 * down elsewhere: a head recorded outside the database shows later whether the whole chain was
 * rewritten. Exits 1 when the chain is broken, 2 when the check could not run.
 *
 * Uses DATABASE_URL, or the embedded database in WEGWIJZER_DATA_DIR (stop the app first: the
 * embedded database admits one process at a time). The check itself is written to the trail.
 */
import { loadConfig } from '../config';
import { appendAuditAlone, verifyStoredChain } from '../db/audit-repository';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  poolSize: 2,
});
let exitCode = 2;
try {
  await runMigrations(database);
  const verdict = await verifyStoredChain(database.db);
  await appendAuditAlone(
    database.db,
    { userId: null, role: null, organizationId: null, requestId: 'cli:verify-audit' },
    [
      {
        event: 'audit-read',
        objectType: 'audit-trail',
        details: { view: 'controle', via: 'cli', ok: verdict.ok, checked: verdict.checked },
      },
    ],
    new Date(),
  );
  console.log(JSON.stringify(verdict, null, 2));
  if (!verdict.ok) console.error(`audit chain broken at entry ${verdict.brokenAt} (${verdict.reason})`);
  exitCode = verdict.ok ? 0 : 1;
} catch (error) {
  console.error('audit chain could not be checked:', error instanceof Error ? error.message : error);
} finally {
  await database.close();
}
process.exit(exitCode);
