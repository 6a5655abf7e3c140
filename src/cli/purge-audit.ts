/**
 * `npm run purge-audit`: removes audit entries older than the retention
 * (WEGWIJZER_AUDIT_RETENTION_YEARS, at least 5), leaving an anchor so the rest of the chain still
 * verifies, and records the purge in the chain. Run it now and then (for instance monthly from
 * cron); the database refuses to delete anything younger than five years in any case.
 */
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { authRuntime } from '../services/auth-runtime';
import { purgeExpiredAudit } from '../services/audit-trail';
import type { AppServices } from '../services/app-services';

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  poolSize: 2,
});
let exitCode = 1;
try {
  await runMigrations(database);
  // The purge needs only the database and the audit settings of the services.
  const services = {
    database,
    auth: authRuntime(config.auth),
    now: () => new Date(),
  } as unknown as AppServices;
  const result = await purgeExpiredAudit(services);
  console.log(
    JSON.stringify({
      purged: result.purged,
      cutoff: result.cutoff.toISOString(),
      retentionYears: config.auth.auditRetentionYears,
    }),
  );
  exitCode = 0;
} catch (error) {
  console.error('audit purge failed:', error instanceof Error ? error.message : error);
} finally {
  await database.close();
}
process.exit(exitCode);
