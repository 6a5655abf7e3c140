/**
 * Bulk writes of the care map: inserts generated (or imported) organisations, locations,
 * services, coverage areas and the first versions of their facts, in large batches inside one
 * transaction, so that a failed load leaves nothing behind. Also removes the fictional demo rows
 * again. Reads of the care map live in catalog-repository.ts.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { GeneratedCatalog } from '../domain/catalog/generator';
import type { Db } from './client';
import { CatalogReferences, mayBypassRowTriggers } from './catalog-references';
import { location, organization, service, serviceContract, serviceCoverage, servicePause, serviceWait } from './schema';

export type CatalogTable = keyof GeneratedCatalog;

export interface CatalogCounts {
  organizations: number;
  locations: number;
  services: number;
  coverage: number;
  contracts: number;
  pauses: number;
  waits: number;
}

export interface InsertOptions {
  /** Rows per insert statement; 1,000 unless told otherwise. */
  batchSize?: number;
  /** Called after every batch with the running totals. */
  onBatch?: (progress: { table: CatalogTable; rows: number; totals: CatalogCounts }) => void;
  /** Skip the per-row foreign-key triggers where allowed (default); false keeps them. */
  bypassRowTriggers?: boolean;
}

const zeroCounts = (): CatalogCounts => ({ organizations: 0, locations: 0, services: 0, coverage: 0, contracts: 0, pauses: 0, waits: 0 });

/** A column filled from one field of the generated rows, with its SQL type. */
interface Column<T> {
  name: string;
  /** The column's SQL type; 'text[]' columns are passed as array literals and cast per row. */
  type: 'uuid' | 'text' | 'text[]' | 'boolean' | 'integer' | 'real' | 'double precision' | 'date' | 'timestamptz';
  value: (row: T) => unknown;
}

interface TableSpec<T> {
  table: string;
  columns: Column<T>[];
}

type Row<K extends CatalogTable> = GeneratedCatalog[K][number];
const col = <T>(name: string, type: Column<T>['type'], value: (row: T) => unknown): Column<T> => ({ name, type, value });

/** A text[] value written as an array literal, so that it fits in one element of a text[] parameter. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

/**
 * Every table is written with `insert ... select ... from unnest(array, array, ...)`: one array
 * parameter per column instead of one parameter per value, which is several times faster for
 * large batches on both PGlite and PostgreSQL, and never meets the limit of 65,535 parameters.
 * Array columns travel as nested array literals ('text[]' below) and are cast back per row.
 */
const SPECS: { [K in CatalogTable]: TableSpec<Row<K>> } = {
  organizations: {
    table: 'organization',
    columns: [
      col('id', 'uuid', (o) => o.id),
      col('name', 'text', (o) => o.name),
      col('kind', 'text', (o) => o.kind),
      col('kvk', 'text', (o) => o.kvk),
      col('agb', 'text', (o) => o.agb),
      col('ura', 'text', (o) => o.ura),
      col('website', 'text', (o) => o.website),
      col('phone', 'text', (o) => o.phone),
      col('fictional', 'boolean', (o) => o.fictional),
    ],
  },
  locations: {
    table: 'location',
    columns: [
      col('id', 'uuid', (l) => l.id),
      col('organization_id', 'uuid', (l) => l.organizationId),
      col('name', 'text', (l) => l.name),
      col('street', 'text', (l) => l.street),
      col('postcode', 'text', (l) => l.postcode),
      col('city', 'text', (l) => l.city),
      col('municipality_code', 'text', (l) => l.municipalityCode),
      col('lat', 'double precision', (l) => l.point.lat),
      col('lon', 'double precision', (l) => l.point.lon),
    ],
  },
  services: {
    table: 'service',
    columns: [
      col('id', 'uuid', (s) => s.id),
      col('organization_id', 'uuid', (s) => s.organizationId),
      col('location_id', 'uuid', (s) => s.locationId),
      col('name', 'text', (s) => s.name),
      col('description', 'text', (s) => s.description),
      col('kind', 'text', (s) => s.kind),
      col('diagnosis_groups', 'text[]', (s) => arrayLiteral(s.diagnosisGroups)),
      col('themes', 'text[]', (s) => arrayLiteral(s.themes)),
      col('age_min', 'integer', (s) => s.ageMin),
      col('age_max', 'integer', (s) => s.ageMax),
      col('exclusions', 'text[]', (s) => arrayLiteral(s.exclusions)),
      col('exclusion_note', 'text', (s) => s.exclusionNote),
      col('modalities', 'text[]', (s) => arrayLiteral(s.modalities)),
      col('languages', 'text[]', (s) => arrayLiteral(s.languages)),
      col('referral_channel', 'text', (s) => s.referralChannel),
      col('gp_referral_required', 'boolean', (s) => s.gpReferralRequired),
      col('fictional', 'boolean', (s) => s.fictional),
    ],
  },
  coverage: {
    table: 'service_coverage',
    columns: [
      col('id', 'uuid', (c) => c.id),
      col('service_id', 'uuid', (c) => c.serviceId),
      col('municipality_code', 'text', (c) => c.municipalityCode),
      col('valid_from', 'date', (c) => c.validFrom),
      col('valid_to', 'date', (c) => c.validTo),
    ],
  },
  contracts: {
    table: 'service_contract',
    columns: [
      col('id', 'uuid', (c) => c.id),
      col('service_id', 'uuid', (c) => c.serviceId),
      col('insurer_id', 'text', (c) => c.insurerId),
      col('year', 'integer', (c) => c.year),
      col('contracted', 'boolean', (c) => c.contracted),
      col('ceiling', 'text', (c) => c.ceiling),
      col('confirmed_at', 'timestamptz', (c) => c.confirmedAt),
      col('source', 'text', (c) => c.source),
      col('recorded_at', 'timestamptz', (c) => c.recordedAt),
    ],
  },
  pauses: {
    table: 'service_pause',
    columns: [
      col('id', 'uuid', (p) => p.id),
      col('service_id', 'uuid', (p) => p.serviceId),
      col('active', 'boolean', (p) => p.active),
      col('reason', 'text', (p) => p.reason),
      col('expected_end', 'date', (p) => p.expectedEnd),
      col('confirmed_at', 'timestamptz', (p) => p.confirmedAt),
      col('source', 'text', (p) => p.source),
      col('recorded_at', 'timestamptz', (p) => p.recordedAt),
    ],
  },
  waits: {
    table: 'service_wait',
    columns: [
      col('id', 'uuid', (w) => w.id),
      col('service_id', 'uuid', (w) => w.serviceId),
      col('diagnosis_group', 'text', (w) => w.diagnosisGroup),
      col('registration_weeks', 'real', (w) => w.registrationWeeks),
      col('treatment_weeks', 'real', (w) => w.treatmentWeeks),
      col('basis', 'text', (w) => w.basis),
      col('waiting_count', 'integer', (w) => w.waitingCount),
      col('intakes_per_month', 'integer', (w) => w.intakesPerMonth),
      col('starts_per_month', 'integer', (w) => w.startsPerMonth),
      col('measured_on', 'date', (w) => w.measuredOn),
      col('confirmed_at', 'timestamptz', (w) => w.confirmedAt),
      col('source', 'text', (w) => w.source),
      col('recorded_at', 'timestamptz', (w) => w.recordedAt),
    ],
  },
};

const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

/** One element of an array literal: NULL, or the value in double quotes, backslashes and quotes escaped. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = String(value);
  return `"${NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, '\\$&') : text}"`;
}

/**
 * One column of a batch as a PostgreSQL array literal ('{"a","b",NULL}'), sent as a single text
 * parameter: building the literal here is much cheaper than letting the driver serialise a
 * JavaScript array element by element.
 */
function columnLiteral<T>(rows: T[], column: Column<T>): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = arrayElement(column.value(rows[i]!));
  return `{${parts.join(',')}}`;
}

async function insertColumns<T>(db: Db, spec: TableSpec<T>, rows: T[]): Promise<void> {
  const names = sql.join(spec.columns.map((c) => sql.identifier(c.name)), sql`, `);
  const arrays = sql.join(
    spec.columns.map((c) => sql`${columnLiteral(rows, c)}::text::${sql.raw(c.type === 'text[]' ? 'text' : c.type)}[]`),
    sql`, `,
  );
  const values = sql.join(
    spec.columns.map((c, i) => (c.type === 'text[]' ? sql.raw(`c${i}::text[]`) : sql.raw(`c${i}`))),
    sql`, `,
  );
  const aliases = sql.raw(spec.columns.map((_, i) => `c${i}`).join(', '));
  await db.execute(
    sql`insert into ${sql.identifier(spec.table)} (${names}) select ${values} from unnest(${arrays}) as u(${aliases})`,
  );
}

/** Tables in the order foreign keys need them. */
const ORDER: CatalogTable[] = ['organizations', 'locations', 'services', 'coverage', 'contracts', 'pauses', 'waits'];

function isCatalog(value: GeneratedCatalog | Iterable<GeneratedCatalog>): value is GeneratedCatalog {
  return !(Symbol.iterator in value);
}

/**
 * Inserts one generated catalog, or a sequence of chunks (as generateCatalogChunks yields them,
 * so a large set never sits in memory at once), in one transaction. Returns the rows per table.
 *
 * Every reference is checked first (catalog-references.ts). With that done, the per-row
 * foreign-key triggers only repeat the check, and on PGlite they cost about a third of the load
 * time; so, where the database allows it (a superuser, no triggers of our own on these tables),
 * they are switched off for this transaction only. `bypassRowTriggers: false` keeps them.
 */
export async function insertCatalog(
  db: Db,
  generated: GeneratedCatalog | Iterable<GeneratedCatalog>,
  options: InsertOptions = {},
): Promise<CatalogCounts> {
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  const chunks = isCatalog(generated) ? [generated] : generated;
  const totals = zeroCounts();
  await db.transaction(async (tx) => {
    const references = await CatalogReferences.load(tx);
    const bypass = options.bypassRowTriggers !== false && (await mayBypassRowTriggers(tx));
    if (bypass) await tx.execute(sql`set local session_replication_role = replica`);
    for (const chunk of chunks) {
      await references.check(chunk);
      for (const table of ORDER) {
        const items = chunk[table] as unknown[];
        for (let start = 0; start < items.length; start += batchSize) {
          const rows = items.slice(start, start + batchSize);
          await insertColumns(tx, SPECS[table] as TableSpec<unknown>, rows);
          totals[table] += rows.length;
          options.onBatch?.({ table, rows: rows.length, totals: { ...totals } });
        }
      }
    }
    // SET LOCAL would otherwise outlive this function when the caller's transaction encloses it.
    if (bypass) await tx.execute(sql`set local session_replication_role = origin`);
  });
  return totals;
}

/** Rows per table that are fictional (demo) data, or belong to fictional services. */
export async function countFictional(db: Db): Promise<{ organizations: number; services: number }> {
  const [orgs] = await db.select({ n: sql<number>`count(*)::int` }).from(organization).where(eq(organization.fictional, true));
  const [services] = await db.select({ n: sql<number>`count(*)::int` }).from(service).where(eq(service.fictional, true));
  return { organizations: Number(orgs?.n ?? 0), services: Number(services?.n ?? 0) };
}

/**
 * Deletes every fictional service with its coverage and facts, then fictional organisations and
 * their locations, in one transaction. Real (non-fictional) rows are left alone; a fictional
 * organisation that still has real services is kept.
 */
export async function deleteFictionalCatalog(db: Db): Promise<{ organizations: number; services: number }> {
  return db.transaction(async (tx) => {
    const fictionalServices = tx.select({ id: service.id }).from(service).where(eq(service.fictional, true));
    for (const table of [serviceCoverage, serviceContract, servicePause, serviceWait]) {
      await tx.delete(table).where(inArray(table.serviceId, fictionalServices));
    }
    const services = await tx.delete(service).where(eq(service.fictional, true)).returning({ id: service.id });
    const deletable = sql`${organization.fictional} and not exists (select 1 from ${service} s where s.organization_id = ${organization.id})`;
    await tx.delete(location).where(inArray(location.organizationId, tx.select({ id: organization.id }).from(organization).where(deletable)));
    const organizations = await tx.delete(organization).where(deletable).returning({ id: organization.id });
    return { organizations: organizations.length, services: services.length };
  });
}
