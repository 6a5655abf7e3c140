/**
 * Filling a database: the reference lists from reference-data/ (always, idempotently) and the
 * fictional demo care map (once, when there is no care map yet). Used by the server's start-up
 * in demo mode and by `npm run seed`.
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { generateCatalogChunks, type GeneratorInput } from '../domain/catalog/generator';
import type { Database, Db } from '../db/client';
import { countServices } from '../db/catalog-repository';
import { insertCatalog, type CatalogCounts, type InsertOptions } from '../db/catalog-import';
import { listReferenceLists, loadReferenceData, type ReferenceCounts } from '../db/reference-repository';

/** reference-data/ in the repository (next to src/). */
export const REFERENCE_DATA_DIR = fileURLToPath(new URL('../../reference-data/', import.meta.url));

/** The seed of the demo care map, so every demo installation shows the same providers. */
export const DEMO_SEED = 42;

const DEMO_SEED_LOCK = 'catalog-demo-seed';

/** Loads (or refreshes) the reference lists from the repository's reference-data/. */
export async function loadReferenceDataFromRepo(database: Database): Promise<ReferenceCounts> {
  return loadReferenceData(database.db, REFERENCE_DATA_DIR);
}

export interface GenerateAndInsertOptions extends InsertOptions {
  seed: number;
  now: Date;
  scope: GeneratorInput['scope'];
  /** Services per generated chunk; large sets are generated while they are inserted. */
  servicesPerChunk?: number;
}

/**
 * Generates a fictional care map from the reference lists in the database and inserts it in one
 * transaction. Does not check whether a care map exists; callers decide that.
 */
export async function generateAndInsertCatalog(db: Db, options: GenerateAndInsertOptions): Promise<CatalogCounts> {
  const reference = await listReferenceLists(db);
  const chunks = generateCatalogChunks(
    { seed: options.seed, now: options.now, scope: options.scope, ...reference },
    { servicesPerChunk: options.servicesPerChunk ?? 5_000 },
  );
  return insertCatalog(db, chunks, options);
}

export interface DemoSeedResult {
  reference: ReferenceCounts;
  /** Rows inserted for the demo regions; null when the care map already had services. */
  demo: CatalogCounts | null;
}

/**
 * Loads the reference lists (always; idempotent) and, when there are no services yet, the
 * fictional care map of the demo regions, generated with `now` as the current time. Safe when
 * several app processes start at once: an advisory lock lets one of them seed.
 */
export async function seedDemoIfEmpty(database: Database, options: { now: Date; seed?: number }): Promise<DemoSeedResult> {
  const reference = await loadReferenceDataFromRepo(database);
  const demo = await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${DEMO_SEED_LOCK}))`);
    if ((await countServices(tx)) > 0) return null;
    return generateAndInsertCatalog(tx, { seed: options.seed ?? DEMO_SEED, now: options.now, scope: 'demo' });
  });
  return { reference, demo };
}
