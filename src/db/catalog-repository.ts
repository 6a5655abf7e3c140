/**
 * Reads of the care map: the whole catalog (or a few services) with their current facts for the
 * matching index, one service with the full history of its facts, lists and free-text search.
 * Every SQL statement that reads the care map lives here; writes live in catalog-import.ts and
 * (for providers' updates) in their own repository.
 */
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { CatalogService, ContractFact, CoverageArea, PauseFact, WaitFact } from '../domain/catalog/types';
import type { CareKind, CeilingState, ExclusionCode, Modality, OrganizationKind, ReferralChannel, Theme, WaitBasis } from '../domain/catalog/vocabulary';
import { queryRows, type Db } from './client';
import {
  location,
  organization,
  service,
  serviceContract,
  serviceCoverage,
  servicePause,
  serviceWait,
} from './schema';

const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/** Loads services with their current facts; all of them when `ids` is omitted. */
export async function loadCatalogServices(db: Db, ids?: string[]): Promise<CatalogService[]> {
  if (ids && ids.length === 0) return [];
  const only = <T extends { serviceId: unknown }>(column: T['serviceId']) =>
    ids ? inArray(column as typeof service.id, ids) : undefined;

  const rows = await db
    .select({
      service,
      organizationName: organization.name,
      location: {
        name: location.name,
        street: location.street,
        postcode: location.postcode,
        city: location.city,
        municipalityCode: location.municipalityCode,
        lat: location.lat,
        lon: location.lon,
      },
    })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(ids ? inArray(service.id, ids) : undefined);

  const coverage = await db.select().from(serviceCoverage).where(only(serviceCoverage.serviceId));
  const contracts = await db
    .selectDistinctOn([serviceContract.serviceId, serviceContract.insurerId, serviceContract.year])
    .from(serviceContract)
    .where(only(serviceContract.serviceId))
    .orderBy(serviceContract.serviceId, serviceContract.insurerId, serviceContract.year, desc(serviceContract.recordedAt));
  const pauses = await db
    .selectDistinctOn([servicePause.serviceId])
    .from(servicePause)
    .where(only(servicePause.serviceId))
    .orderBy(servicePause.serviceId, desc(servicePause.recordedAt));
  const waits = await db
    .selectDistinctOn([serviceWait.serviceId, serviceWait.diagnosisGroup])
    .from(serviceWait)
    .where(only(serviceWait.serviceId))
    .orderBy(serviceWait.serviceId, serviceWait.diagnosisGroup, desc(serviceWait.recordedAt));

  const coverageBy = groupBy(coverage, (c) => c.serviceId, toCoverage);
  const contractsBy = groupBy(contracts, (c) => c.serviceId, toContract);
  const waitsBy = groupBy(waits, (w) => w.serviceId, toWait);
  const pauseBy = new Map(pauses.map((p) => [p.serviceId, toPause(p)]));

  return rows.map(({ service: s, organizationName, location: loc }) => ({
    ...toDescription(s),
    organizationName,
    location:
      loc && loc.city !== null
        ? {
            name: loc.name!,
            street: loc.street,
            postcode: loc.postcode,
            city: loc.city,
            municipalityCode: loc.municipalityCode!,
            point: { lat: loc.lat!, lon: loc.lon! },
          }
        : null,
    coverage: coverageBy.get(s.id) ?? [],
    contracts: contractsBy.get(s.id) ?? [],
    pause: pauseBy.get(s.id) ?? null,
    waits: waitsBy.get(s.id) ?? [],
  }));
}

/** Ids of services changed after `since`, and the newest change time seen. */
export async function servicesChangedSince(db: Db, since: Date): Promise<{ ids: string[]; latest: Date | null }> {
  const rows = await db
    .select({ id: service.id, updatedAt: service.updatedAt })
    .from(service)
    .where(gt(service.updatedAt, since));
  const latest = rows.reduce<Date | null>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), null);
  return { ids: rows.map((r) => r.id), latest };
}

export async function latestServiceChange(db: Db): Promise<Date | null> {
  const [row] = await db.select({ latest: sql<string | null>`max(${service.updatedAt})` }).from(service);
  return row?.latest ? new Date(row.latest) : null;
}

export async function countServices(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(service);
  return Number(row?.n ?? 0);
}

/** One service with its organisation, location, coverage and the full history of each fact. */
export async function getServiceDetail(db: Db, id: string) {
  const [current] = await loadCatalogServices(db, [id]);
  if (!current) return null;
  const [org] = await db.select().from(organization).where(eq(organization.id, current.organizationId));
  const history = {
    contracts: (
      await db.select().from(serviceContract).where(eq(serviceContract.serviceId, id)).orderBy(desc(serviceContract.recordedAt))
    ).map((c) => ({ ...toContract(c), recordedAt: iso(c.recordedAt) })),
    pauses: (
      await db.select().from(servicePause).where(eq(servicePause.serviceId, id)).orderBy(desc(servicePause.recordedAt))
    ).map((p) => ({ ...toPause(p), recordedAt: iso(p.recordedAt) })),
    waits: (
      await db.select().from(serviceWait).where(eq(serviceWait.serviceId, id)).orderBy(desc(serviceWait.recordedAt))
    ).map((w) => ({ ...toWait(w), recordedAt: iso(w.recordedAt) })),
  };
  return { service: current, organization: org ? toOrganization(org) : null, history };
}

export interface ServiceListFilter {
  kind?: CareKind | undefined;
  municipalityCode?: string | undefined;
  organizationId?: string | undefined;
  limit: number;
  offset: number;
}

/** Service ids in a stable order (by name), filtered, for paging through the care map. */
export async function listServiceIds(db: Db, filter: ServiceListFilter): Promise<{ ids: string[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(service.kind, filter.kind));
  if (filter.organizationId) conditions.push(eq(service.organizationId, filter.organizationId));
  if (filter.municipalityCode) {
    conditions.push(
      sql`exists (select 1 from ${serviceCoverage} c where c.service_id = ${service.id} and c.municipality_code = ${filter.municipalityCode})`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(service).where(where);
  const rows = await db
    .select({ id: service.id })
    .from(service)
    .where(where)
    .orderBy(asc(service.name), asc(service.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { ids: rows.map((r) => r.id), total: Number(count?.n ?? 0) };
}

/** What the domain understood a free-text query to be about (see domain/matching/text.ts). */
export interface SearchConcepts {
  /** Corrected spellings of the query's words, e.g. "depressie" for "depresie". */
  terms: string[];
  diagnosisGroups: string[];
  themes: string[];
  careKinds: string[];
}

const textArray = (values: string[]) => sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

/**
 * Free-text search: Dutch stemming without accents over names and descriptions, trigram
 * similarity on the name so that typos still find something, and the concepts the domain read
 * in the query (diagnosis groups, themes, kinds of care), so that "depresie" finds depression care
 * and "schuldhulp" finds debt help even when their descriptions use other words.
 */
export async function searchServiceIds(db: Db, query: string, concepts: SearchConcepts, limit: number): Promise<string[]> {
  const text = [query, ...concepts.terms].join(' ');
  const groups = textArray(concepts.diagnosisGroups);
  const themes = textArray(concepts.themes);
  const kinds = textArray(concepts.careKinds);
  const kindsAlone = concepts.diagnosisGroups.length === 0 && concepts.themes.length === 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with q as (
      select nullif((select string_agg(lexeme || ':*', ' | ') from unnest(to_tsvector('dutch_unaccent', ${text}))), '') as expr
    ), scored as (
      select s.id, s.name,
        coalesce(ts_rank(s.search, to_tsquery('dutch_unaccent', q.expr)), 0)
          + similarity(s.name, ${query})
          + case when s.diagnosis_groups && ${groups} then 0.5 else 0 end
          + case when s.themes && ${themes} then 0.5 else 0 end
          + case when s.kind = any(${kinds}) then 0.2 else 0 end as rank,
        (q.expr is not null and s.search @@ to_tsquery('dutch_unaccent', q.expr)) or s.name % ${query}
          or s.diagnosis_groups && ${groups} or s.themes && ${themes}
          or (${kindsAlone} and s.kind = any(${kinds})) as hit
      from ${service} s, q
    )
    select id from scored where hit order by rank desc, name, id limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

export async function listOrganizations(db: Db, limit: number, offset: number) {
  const rows = await db.select().from(organization).orderBy(asc(organization.name), asc(organization.id)).limit(limit).offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organization);
  return { items: rows.map(toOrganization), total: Number(count?.n ?? 0) };
}

export async function getOrganization(db: Db, id: string) {
  const [org] = await db.select().from(organization).where(eq(organization.id, id));
  if (!org) return null;
  const locations = await db.select().from(location).where(eq(location.organizationId, id)).orderBy(asc(location.name));
  return {
    organization: toOrganization(org),
    locations: locations.map((l) => ({
      id: l.id,
      name: l.name,
      street: l.street,
      postcode: l.postcode,
      city: l.city,
      municipalityCode: l.municipalityCode,
      point: { lat: l.lat, lon: l.lon },
    })),
  };
}

// ---- row mapping ----

function groupBy<R, T>(rows: R[], key: (row: R) => string, map: (row: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(map(row));
    else out.set(k, [map(row)]);
  }
  return out;
}

function toDescription(s: typeof service.$inferSelect) {
  return {
    id: s.id,
    organizationId: s.organizationId,
    locationId: s.locationId,
    name: s.name,
    description: s.description,
    kind: s.kind as CareKind,
    diagnosisGroups: s.diagnosisGroups,
    themes: s.themes as Theme[],
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    exclusions: s.exclusions as ExclusionCode[],
    exclusionNote: s.exclusionNote,
    modalities: s.modalities as Modality[],
    languages: s.languages,
    referralChannel: s.referralChannel as ReferralChannel,
    gpReferralRequired: s.gpReferralRequired,
    fictional: s.fictional,
  };
}

function toOrganization(o: typeof organization.$inferSelect) {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind as OrganizationKind,
    kvk: o.kvk,
    agb: o.agb,
    ura: o.ura,
    website: o.website,
    phone: o.phone,
    fictional: o.fictional,
  };
}

function toCoverage(c: typeof serviceCoverage.$inferSelect): CoverageArea {
  return { municipalityCode: c.municipalityCode, validFrom: c.validFrom, validTo: c.validTo };
}

function toContract(c: typeof serviceContract.$inferSelect): ContractFact {
  return {
    insurerId: c.insurerId,
    year: c.year,
    contracted: c.contracted,
    ceiling: c.ceiling as CeilingState,
    confirmedAt: iso(c.confirmedAt),
    source: c.source,
  };
}

function toPause(p: typeof servicePause.$inferSelect): PauseFact {
  return {
    active: p.active,
    reason: p.reason,
    expectedEnd: p.expectedEnd,
    confirmedAt: iso(p.confirmedAt),
    source: p.source,
  };
}

function toWait(w: typeof serviceWait.$inferSelect): WaitFact {
  return {
    diagnosisGroup: w.diagnosisGroup,
    registrationWeeks: w.registrationWeeks,
    treatmentWeeks: w.treatmentWeeks,
    basis: w.basis as WaitBasis,
    waitingCount: w.waitingCount,
    measuredOn: w.measuredOn,
    confirmedAt: iso(w.confirmedAt),
    source: w.source,
  };
}
