/**
 * `npm run seed -- [--national 50000] [--seed 42] [--reset] [--batch-size 5000]`: fill the
 * database named by the environment (DATABASE_URL, or the embedded database in
 * WEGWIJZER_DATA_DIR, default ./data/pglite) with the reference lists and a fictional care map:
 * the two demo regions, or with --national about N services over the whole country (for load
 * tests). Refuses to add fictional data where there already is some, unless --reset first removes
 * every fictional service and organisation. Real (non-fictional) rows are never touched.
 *
 * The server's start-up uses seedDemoIfEmpty and loadReferenceDataFromRepo, re-exported here.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/client';
import { countFictional, deleteFictionalCatalog, type CatalogCounts } from '../db/catalog-import';
import { runMigrations } from '../db/migrate';
import { DEMO_SEED, generateAndInsertCatalog, loadReferenceDataFromRepo } from '../services/catalog-seed';

export { seedDemoIfEmpty, loadReferenceDataFromRepo } from '../services/catalog-seed';

const USAGE = `Gebruik: npm run seed -- [--national <aantal diensten>] [--seed <getal>] [--reset] [--batch-size <rijen>]

  zonder --national   de fictieve sociale kaart van de twee demoregio's
  --national 50000    ongeveer zoveel fictieve diensten verspreid over alle gemeenten
  --seed 42           een ander getal geeft andere (maar herhaalbare) gegevens
  --reset             verwijdert eerst alle fictieve diensten en organisaties
  --batch-size 5000   rijen per insert

De database komt uit DATABASE_URL, of de ingebouwde database in WEGWIJZER_DATA_DIR (standaard ./data/pglite).`;

export interface SeedArguments {
  national: number | null;
  seed: number;
  reset: boolean;
  batchSize: number;
  help: boolean;
}

const wholeNumber = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} moet een heel getal van 0 of meer zijn, niet "${value}"`);
  return n;
};

/** Reads the command line; throws with a Dutch message on a wrong option. */
export function parseSeedArguments(argv: string[]): SeedArguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      national: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  return {
    national: values.national === undefined ? null : wholeNumber(values.national, 'national', 0),
    seed: wholeNumber(values.seed, 'seed', DEMO_SEED),
    reset: values.reset ?? false,
    batchSize: Math.max(1, wholeNumber(values['batch-size'], 'batch-size', 5_000)),
    help: values.help ?? false,
  };
}

const TABLE_NAMES: Record<keyof CatalogCounts, string> = {
  organizations: 'organisaties',
  locations: 'locaties',
  services: 'diensten',
  coverage: 'werkgebieden',
  contracts: 'contracten',
  pauses: 'aanmeldstops',
  waits: 'wachttijden',
};

const count = (n: number) => n.toLocaleString('nl-NL');
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s`;

/**
 * Runs the seed command on an open database (migrating it first); returns the exit code, 1 when
 * fictional data exists and --reset was not given. The caller opens and closes the database.
 */
export async function runSeedCommand(args: SeedArguments, database: Database, print: (line: string) => void): Promise<number> {
  await runMigrations(database);
  const reference = await loadReferenceDataFromRepo(database);
  print(`Referentiegegevens: ${count(reference.municipalities)} gemeenten, ${count(reference.insurers)} zorgverzekeraars, ${count(reference.diagnosisGroups)} diagnosegroepen`);

  const existing = await countFictional(database.db);
  if (existing.services > 0 || existing.organizations > 0) {
    if (!args.reset) {
      print(`Er staan al ${count(existing.services)} fictieve diensten in de database; er is niets toegevoegd. Gebruik --reset om ze eerst te verwijderen.`);
      return 1;
    }
    const removed = await deleteFictionalCatalog(database.db);
    print(`Verwijderd: ${count(removed.services)} fictieve diensten en ${count(removed.organizations)} organisaties`);
  }

  const scope = args.national === null ? ('demo' as const) : { nationalServices: args.national };
  print(args.national === null ? `Demoregio's genereren (seed ${args.seed})...` : `${count(args.national)} diensten genereren over heel Nederland (seed ${args.seed})...`);
  const started = performance.now();
  const totals = await generateAndInsertCatalog(database.db, {
    seed: args.seed,
    now: new Date(),
    scope,
    batchSize: args.batchSize,
    onBatch: ({ table, rows, totals: sofar }) => print(`  ${TABLE_NAMES[table]}: +${count(rows)} (totaal ${count(sofar[table])})`),
  });
  const summary = (Object.keys(TABLE_NAMES) as (keyof CatalogCounts)[]).map((t) => `${count(totals[t])} ${TABLE_NAMES[t]}`).join(', ');
  print(`Klaar in ${seconds(performance.now() - started)}: ${summary}.`);
  return 0;
}

/** The command line: open the database from the environment, seed, always close it. */
async function main(argv: string[], print: (line: string) => void): Promise<number> {
  const args = parseSeedArguments(argv);
  if (args.help) {
    print(USAGE);
    return 0;
  }
  const config = loadConfig();
  // PGlite creates its own directory, but not the ones above it.
  if (!config.databaseUrl) await mkdir(dirname(resolve(config.dataDir)), { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    print(`Database: ${database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}`);
    return await runSeedCommand(args, database, print);
  } finally {
    // An open PGlite keeps Node running.
    await database.close();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    process.exitCode = await main(process.argv.slice(2), (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
