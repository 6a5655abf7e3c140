/**
 * SQL for importing waiting-time files: the GGZ services a file's rows may be about (by location
 * postcode), their current waits and pauses, and the new fact versions an import writes. Facts are
 * append-only (schema.ts): an import inserts versions and bumps service.updated_at so that every
 * app process refreshes its catalog store.
 */
import { desc, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from './client';
import { service, servicePause, serviceWait } from './schema';

/** A bggz or sggz service at a location, with what a file row is matched on. */
export interface ImportCandidate {
  serviceId: string;
  serviceName: string;
  kind: 'bggz' | 'sggz';
  diagnosisGroups: string[];
  organizationId: string;
  organizationName: string;
  agb: string | null;
  locationName: string;
  /** Without the space: "2206OL". */
  postcode: string;
  city: string;
}

/** The GGZ services at locations with these postcodes (written without a space). */
export async function loadImportCandidates(db: Db, postcodes: string[]): Promise<ImportCandidate[]> {
  if (postcodes.length === 0) return [];
  const list = sql`${`{${postcodes.join(',')}}`}::text[]`;
  const rows = await queryRows<{
    service_id: string;
    service_name: string;
    kind: 'bggz' | 'sggz';
    diagnosis_groups: string[];
    organization_id: string;
    organization_name: string;
    agb: string | null;
    location_name: string;
    postcode: string;
    city: string;
  }>(
    db,
    sql`select s.id as service_id, s.name as service_name, s.kind, s.diagnosis_groups, o.id as organization_id,
          o.name as organization_name, o.agb, l.name as location_name, replace(l.postcode, ' ', '') as postcode, l.city
        from service s
        join organization o on o.id = s.organization_id
        join location l on l.id = s.location_id
        where s.kind in ('bggz', 'sggz') and replace(l.postcode, ' ', '') = any(${list})
        order by s.name, s.id`,
  );
  return rows.map((r) => ({
    serviceId: r.service_id,
    serviceName: r.service_name,
    kind: r.kind,
    diagnosisGroups: r.diagnosis_groups,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    agb: r.agb,
    locationName: r.location_name,
    postcode: r.postcode,
    city: r.city,
  }));
}

/** One array parameter instead of one parameter per id (a national catalog has tens of thousands). */
const uuidList = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export type WaitVersion = typeof serviceWait.$inferSelect;
export type PauseVersion = typeof servicePause.$inferSelect;

/** The current wait per service and diagnosis group (the newest version). */
export async function currentWaits(db: Db, serviceIds: string[]): Promise<WaitVersion[]> {
  if (serviceIds.length === 0) return [];
  return db
    .selectDistinctOn([serviceWait.serviceId, serviceWait.diagnosisGroup])
    .from(serviceWait)
    .where(sql`${serviceWait.serviceId} = any(${uuidList(serviceIds)})`)
    .orderBy(serviceWait.serviceId, serviceWait.diagnosisGroup, desc(serviceWait.recordedAt));
}

/** The current pause state per service (the newest version). */
export async function currentPauses(db: Db, serviceIds: string[]): Promise<PauseVersion[]> {
  if (serviceIds.length === 0) return [];
  return db
    .selectDistinctOn([servicePause.serviceId])
    .from(servicePause)
    .where(sql`${servicePause.serviceId} = any(${uuidList(serviceIds)})`)
    .orderBy(servicePause.serviceId, desc(servicePause.recordedAt));
}

/** Rows per insert statement: PostgreSQL takes at most 65,535 parameters in one statement. */
const INSERT_BATCH = 2000;

export async function insertWaitVersions(db: Db, rows: (typeof serviceWait.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH)
    await db.insert(serviceWait).values(rows.slice(i, i + INSERT_BATCH));
}

export async function insertPauseVersions(db: Db, rows: (typeof servicePause.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH)
    await db.insert(servicePause).values(rows.slice(i, i + INSERT_BATCH));
}

/** Marks services as changed, always later than before, so that polling processes reload them. */
export async function touchServices(db: Db, serviceIds: string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  for (let i = 0; i < serviceIds.length; i += INSERT_BATCH) {
    await db
      .update(service)
      .set({ updatedAt: sql`greatest(clock_timestamp(), ${service.updatedAt} + interval '1 millisecond')` })
      .where(inArray(service.id, serviceIds.slice(i, i + INSERT_BATCH)));
  }
}

export async function countWaitFacts(db: Db): Promise<{ waits: number; pauses: number }> {
  const [row] = await queryRows<{ waits: number; pauses: number }>(
    db,
    sql`select (select count(*)::int from ${serviceWait}) as waits, (select count(*)::int from ${servicePause}) as pauses`,
  );
  return { waits: Number(row?.waits ?? 0), pauses: Number(row?.pauses ?? 0) };
}
