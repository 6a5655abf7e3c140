/**
 * Reference data and the demo care map in a real database (PGlite, and PostgreSQL when
 * DATABASE_URL is set): loading, counts, idempotence, the bulk insert's reference checks and
 * removing fictional rows again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/db/client';
import { insertCatalog, countFictional, deleteFictionalCatalog } from '../src/db/catalog-import';
import { CatalogReferenceError } from '../src/db/catalog-references';
import { loadCatalogServices } from '../src/db/catalog-repository';
import { listReferenceLists } from '../src/db/reference-repository';
import { DEMO_REGIONS } from '../src/domain/catalog/demo-regions';
import { generateCatalog } from '../src/domain/catalog/generator';
import { CARE_KIND_IDS } from '../src/domain/catalog/vocabulary';
import { seedDemoIfEmpty } from '../src/cli/seed';
import { testDatabases } from './support/databases';
import { GENERATOR_NOW } from './support/generator-input';

const count = async (db: Database['db'], table: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

describe.each(testDatabases())('reference data and demo care map on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('loads the reference lists and the demo regions into an empty database', async () => {
    const result = await seedDemoIfEmpty(database, { now: GENERATOR_NOW });
    expect(result.reference).toEqual({ municipalities: 342, insurers: 31, diagnosisGroups: 24 });
    expect(result.demo?.services).toBeGreaterThanOrEqual(200);
    expect(await count(database.db, 'municipality')).toBe(342);
    expect(await count(database.db, 'insurer')).toBe(31);
    expect(await count(database.db, 'diagnosis_group')).toBe(24);
    expect(await count(database.db, 'service')).toBe(result.demo?.services);
    expect(await count(database.db, 'service_coverage')).toBe(result.demo?.coverage);
    expect(await count(database.db, 'service_contract')).toBe(result.demo?.contracts);
    expect(await count(database.db, 'service_wait')).toBe(result.demo?.waits);
  });

  it('has every kind of care located in each demo region', async () => {
    for (const region of DEMO_REGIONS) {
      const rows = await queryRows<{ kind: string }>(
        database.db,
        sql`select distinct s.kind from service s join location l on l.id = s.location_id
            where l.municipality_code in (${sql.join(region.municipalityCodes.map((c) => sql`${c}`), sql`, `)})`,
      );
      expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(CARE_KIND_IDS));
    }
  });

  it('loads reference data again without duplicates and leaves an existing care map alone', async () => {
    const before = await count(database.db, 'service');
    const again = await seedDemoIfEmpty(database, { now: GENERATOR_NOW });
    expect(again.demo).toBeNull();
    expect(await count(database.db, 'service')).toBe(before);
    expect(await count(database.db, 'municipality')).toBe(342);
    expect((await queryRows<{ v: string }>(database.db, sql`select current_setting('session_replication_role') as v`))[0]?.v).toBe('origin');
  });

  it('reads the reference lists back, with insurer slugs and unverified UZOVI codes', async () => {
    const lists = await listReferenceLists(database.db);
    expect(lists.municipalities.find((m) => m.code === 'GM0228')).toMatchObject({ name: 'Ede', province: 'Gelderland' });
    expect(lists.insurers.find((i) => i.id === 'asr')).toEqual({ id: 'asr', label: 'a.s.r.', concern: 'a.s.r.', uzovi: null });
    expect(lists.diagnosisGroups.map((g) => g.code)).toContain('nog-niet-gesteld');
  });

  it('serves the current version of every fact to the care map', async () => {
    const services = await loadCatalogServices(database.db);
    const generated = generateCatalog({ seed: 42, ...(await listReferenceLists(database.db)), now: GENERATOR_NOW, scope: 'demo' });
    expect(services).toHaveLength(generated.services.length);
    const withHistory = generated.pauses.find((p, i) => p.active && generated.pauses[i + 1]?.serviceId === p.serviceId)!;
    const loaded = services.find((s) => s.id === withHistory.serviceId)!;
    expect(loaded.pause?.active).toBe(false);
    const bggz = services.find((s) => s.kind === 'bggz' && s.waits.length > 0)!;
    expect(bggz.waits.map((w) => w.diagnosisGroup)).toEqual([null]);
    expect(bggz.contracts.length).toBeGreaterThan(0);
  });

  it('rejects a load that refers to an unknown municipality, writing nothing', async () => {
    const catalog = generateCatalog({ seed: 5, ...(await listReferenceLists(database.db)), now: GENERATOR_NOW, scope: { nationalServices: 20 } });
    const broken = { ...catalog, coverage: [{ ...catalog.coverage[0]!, municipalityCode: 'GM9999' }] };
    const before = await count(database.db, 'organization');
    await expect(insertCatalog(database.db, broken)).rejects.toBeInstanceOf(CatalogReferenceError);
    expect(await count(database.db, 'organization')).toBe(before);
  });

  it('inserts national data in chunks with or without the foreign-key triggers', async () => {
    const reference = await listReferenceLists(database.db);
    const first = generateCatalog({ seed: 6, ...reference, now: GENERATOR_NOW, scope: { nationalServices: 300 } });
    const second = generateCatalog({ seed: 7, ...reference, now: GENERATOR_NOW, scope: { nationalServices: 300 } });
    const batches: number[] = [];
    const counts = await insertCatalog(database.db, [first, second], {
      batchSize: 100,
      onBatch: ({ rows }) => batches.push(rows),
    });
    expect(counts.services).toBe(600);
    expect(Math.max(...batches)).toBe(100);
    const third = generateCatalog({ seed: 8, ...reference, now: GENERATOR_NOW, scope: { nationalServices: 50 } });
    await insertCatalog(database.db, third, { bypassRowTriggers: false });
    expect(await count(database.db, 'service')).toBeGreaterThanOrEqual(650);
  });

  it('removes fictional rows and keeps real ones', async () => {
    const [org] = await queryRows<{ id: string }>(database.db, sql`insert into organization (name, kind) values ('Echte praktijk', 'ggz-praktijk') returning id`);
    await database.db.execute(sql`insert into service (organization_id, name, kind, referral_channel) values (${org!.id}, 'Echte dienst', 'bggz', 'zorgdomein')`);
    const removed = await deleteFictionalCatalog(database.db);
    expect(removed.services).toBeGreaterThan(800);
    expect(await countFictional(database.db)).toEqual({ organizations: 0, services: 0 });
    expect(await count(database.db, 'service')).toBe(1);
    expect(await count(database.db, 'service_coverage')).toBe(0);
    expect(await count(database.db, 'municipality')).toBe(342);
  });
});
