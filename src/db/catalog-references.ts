/**
 * Checks, before a bulk load writes anything, that every reference in the rows resolves: to a
 * row earlier in the same load, to a row already in the database, or to the reference lists.
 * This makes a broken load fail with a clear message instead of a foreign-key error halfway, and
 * it is what allows catalog-import.ts to skip the per-row foreign-key triggers (see there).
 */
import { inArray, sql } from 'drizzle-orm';
import type { GeneratedCatalog } from '../domain/catalog/generator';
import { queryRows, type Db } from './client';
import { diagnosisGroup, insurer, location, municipality, organization, service } from './schema';

export class CatalogReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogReferenceError';
  }
}

/** The tables of the care map that bulk loads write. */
export const CATALOG_TABLES = ['organization', 'location', 'service', 'service_coverage', 'service_contract', 'service_pause', 'service_wait'] as const;

/**
 * True when the per-row foreign-key triggers of the catalog tables may be skipped for one
 * transaction (session_replication_role = replica): only a superuser may do that (PGlite's user
 * is one), and only when the tables have no triggers of their own, which that setting would
 * silently skip as well. Foreign-key triggers are "internal"; any other trigger blocks it.
 */
export async function mayBypassRowTriggers(db: Db): Promise<boolean> {
  const tables = sql.join(
    CATALOG_TABLES.map((t) => sql`${t}::regclass`),
    sql`, `,
  );
  const [row] = await queryRows<{ superuser: boolean; own_triggers: number }>(
    db,
    sql`select current_setting('is_superuser') = 'on' as superuser,
      (select count(*)::int from pg_trigger where not tgisinternal and tgrelid in (${tables})) as own_triggers`,
  );
  return Boolean(row?.superuser) && row?.own_triggers === 0;
}

/** The keys a load may refer to, growing as the load proceeds. */
export class CatalogReferences {
  private readonly organizations = new Set<string>();
  private readonly locations = new Map<string, string>();
  private readonly services = new Set<string>();

  private constructor(
    private readonly db: Db,
    private readonly municipalities: Set<string>,
    private readonly insurers: Set<string>,
    private readonly diagnosisGroups: Set<string>,
  ) {}

  /** Reads the reference lists' keys. */
  static async load(db: Db): Promise<CatalogReferences> {
    // One after the other: inside a transaction node-postgres has a single connection.
    const keys = (rows: { key: string }[]) => new Set(rows.map((r) => r.key));
    const municipalities = keys(await db.select({ key: municipality.code }).from(municipality));
    const insurers = keys(await db.select({ key: insurer.id }).from(insurer));
    const groups = keys(await db.select({ key: diagnosisGroup.code }).from(diagnosisGroup));
    return new CatalogReferences(db, municipalities, insurers, groups);
  }

  /** Checks one chunk and remembers its rows for the chunks after it; throws on the first problem. */
  async check(chunk: GeneratedCatalog): Promise<void> {
    const fail = (what: string, key: string) => {
      throw new CatalogReferenceError(`bulk load refers to an unknown ${what}: ${key}`);
    };
    for (const o of chunk.organizations) this.organizations.add(o.id);
    await this.findExisting(chunk.locations.map((l) => l.organizationId), this.organizations, 'organization');
    for (const l of chunk.locations) {
      if (!this.organizations.has(l.organizationId)) fail('organization', l.organizationId);
      if (!this.municipalities.has(l.municipalityCode)) fail('municipality', l.municipalityCode);
      this.locations.set(l.id, l.organizationId);
    }
    await this.findExisting(chunk.services.map((s) => s.organizationId), this.organizations, 'organization');
    await this.findExistingLocations(chunk.services.flatMap((s) => (s.locationId ? [s.locationId] : [])));
    for (const s of chunk.services) {
      if (!this.organizations.has(s.organizationId)) fail('organization', s.organizationId);
      if (s.locationId && !this.locations.has(s.locationId)) fail('location', s.locationId);
      this.services.add(s.id);
    }
    const facts = [...chunk.coverage, ...chunk.contracts, ...chunk.pauses, ...chunk.waits];
    await this.findExisting(facts.map((f) => f.serviceId), this.services, 'service');
    for (const f of facts) if (!this.services.has(f.serviceId)) fail('service', f.serviceId);
    for (const c of chunk.coverage) if (!this.municipalities.has(c.municipalityCode)) fail('municipality', c.municipalityCode);
    for (const c of chunk.contracts) if (!this.insurers.has(c.insurerId)) fail('insurer', c.insurerId);
    for (const w of chunk.waits) if (w.diagnosisGroup !== null && !this.diagnosisGroups.has(w.diagnosisGroup)) fail('diagnosis group', w.diagnosisGroup);
  }

  /** Adds to `known` the ids that are not in this load but already in the database. */
  private async findExisting(ids: string[], known: Set<string>, table: 'organization' | 'service'): Promise<void> {
    const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
    if (unknown.length === 0) return;
    const column = table === 'organization' ? organization.id : service.id;
    const rows = await this.db.select({ id: column }).from(table === 'organization' ? organization : service).where(inArray(column, unknown));
    for (const r of rows) known.add(r.id);
  }

  private async findExistingLocations(ids: string[]): Promise<void> {
    const unknown = [...new Set(ids.filter((id) => !this.locations.has(id)))];
    if (unknown.length === 0) return;
    const rows = await this.db.select({ id: location.id, organizationId: location.organizationId }).from(location).where(inArray(location.id, unknown));
    for (const r of rows) this.locations.set(r.id, r.organizationId);
  }
}
