/**
 * `npm run import:wachttijden -- <bestand.csv> [--dry-run]`: imports a waiting-time file
 * (format: docs/import-wachttijden.md) into the database named by the environment (DATABASE_URL,
 * or the embedded database in WEGWIJZER_DATA_DIR; stop the app first for the embedded one). All
 * rows or none are written; the command prints progress per 1,000 rows and the report per row,
 * and exits 1 when anything was rejected, 2 when the import could not run. The operator at the
 * server acts for every organisation; the import is written to the audit trail as 'cli'.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { startServices } from '../services/start';
import { importWaitingTimes, type WaitImportReport } from '../services/wait-import';

const USAGE = `Gebruik: npm run import:wachttijden -- <bestand.csv> [--dry-run]

  --dry-run   alleen controleren, niets opslaan

Het formaat staat in docs/import-wachttijden.md; een voorbeeld in samples/wachttijden-voorbeeld.csv.`;

/** The report as lines of text, one per row, for the terminal. */
export function formatReport(report: WaitImportReport): string[] {
  const lines = report.problems.map((p) => `bestand: ${p}`);
  for (const row of report.rows) {
    const what = row.pause
      ? `aanmeldstop${row.pause.expectedEnd ? ` tot ${row.pause.expectedEnd}` : ''}`
      : row.registrationWeeks !== null
        ? `${row.registrationWeeks} + ${row.treatmentWeeks} weken`
        : '';
    const service = row.serviceName ? ` ${row.serviceName} (${row.organizationName})` : '';
    const reasons = row.reasons.length ? `: ${row.reasons.join('; ')}` : '';
    lines.push(`regel ${row.line}: ${row.outcome}${service} ${what}${reasons}`.trimEnd());
  }
  const c = report.counts;
  lines.push(
    `${c.rows} regels: ${c.toegevoegd} toegevoegd, ${c.bijgewerkt} bijgewerkt, ${c.ongewijzigd} ongewijzigd, ${c.afgewezen} afgewezen`,
  );
  lines.push(report.message);
  return lines;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const path = positionals[0]!;
  const bytes = await readFile(path);
  const config = loadConfig();
  const started = await startServices({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    demo: config.demo,
    catalogRefreshSeconds: 0,
    auth: config.auth,
  });
  try {
    const report = await importWaitingTimes(
      {
        services: started.services,
        principal: null,
        actor: { userId: null, role: null, organizationId: null, requestId: 'cli:import-wachttijden' },
      },
      {
        fileName: basename(path),
        bytes,
        dryRun: values['dry-run'],
        reach: { kind: 'all' },
        onProgress: (done, total) => console.error(`${done} van ${total} regels verwerkt`),
      },
    );
    for (const line of formatReport(report)) console.log(line);
    return report.problems.length > 0 || report.counts.afgewezen > 0 ? 1 : 0;
  } finally {
    await started.close();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('import mislukt:', error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
