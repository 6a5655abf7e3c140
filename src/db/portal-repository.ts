/**
 * SQL of the provider portal (Mijn aanbod): an organisation's services with their current facts
 * (all columns, including number waiting, intakes and starts per month), the description edit
 * with its service_version snapshot, contract versions, the history of every version with who
 * recorded it, the organisations a coordinator can choose, and the API keys of an organisation.
 * Fact tables are append-only: nothing here updates or deletes a version row. Waits and pauses
 * are inserted with the same functions as the waiting-time import (wait-import-repository.ts).
 */
import { and, asc, desc, eq, ilike, isNull, sql } from 'drizzle-orm';
import type { EditableService } from '../domain/portal/service-edit';
import { escapeLike } from './account-repository';
import type { Db } from './client';
import {
  apiKey,
  appUser,
  location,
  membership,
  organization,
  service,
  serviceContract,
  servicePause,
  serviceVersion,
  serviceWait,
} from './schema';

export type ServiceRow = typeof service.$inferSelect;
export type WaitRow = typeof serviceWait.$inferSelect;
export type PauseRow = typeof servicePause.$inferSelect;
export type ContractRow = typeof serviceContract.$inferSelect;
export type ServiceVersionRow = typeof serviceVersion.$inferSelect;
export type ApiKeyRow = typeof apiKey.$inferSelect;

/** A service of the portal with where it is offered. */
export interface PortalServiceRow {
  service: ServiceRow;
  organizationName: string;
  locationName: string | null;
  city: string | null;
}

/** One array parameter instead of one parameter per id. */
const idList = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

const portalServiceColumns = {
  service,
  organizationName: organization.name,
  locationName: location.name,
  city: location.city,
};

/** One service with its organisation and place, whoever it belongs to (callers check the reach). */
export async function findPortalService(db: Db, id: string): Promise<PortalServiceRow | undefined> {
  const [row] = await db
    .select(portalServiceColumns)
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(eq(service.id, id));
  return row;
}

/** Several services by id (those that exist). */
export async function findPortalServices(db: Db, ids: string[]): Promise<PortalServiceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(portalServiceColumns)
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(sql`${service.id} = any(${idList(ids)})`);
}

/** The services of one organisation, by name. */
export async function listPortalServices(db: Db, organizationId: string): Promise<PortalServiceRow[]> {
  return db
    .select(portalServiceColumns)
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(eq(service.organizationId, organizationId))
    .orderBy(asc(service.name), asc(service.id));
}

export interface CurrentFactRows {
  waits: WaitRow[];
  pauses: PauseRow[];
  contracts: ContractRow[];
  /** The newest description version of each service that has one (edited in the portal). */
  versions: { serviceId: string; id: string }[];
}

/** The newest version of every fact of these services: per diagnosis group, pause, insurer and year. */
export async function currentFactRows(db: Db, serviceIds: string[]): Promise<CurrentFactRows> {
  if (serviceIds.length === 0) return { waits: [], pauses: [], contracts: [], versions: [] };
  const ids = idList(serviceIds);
  const waits = await db
    .selectDistinctOn([serviceWait.serviceId, serviceWait.diagnosisGroup])
    .from(serviceWait)
    .where(sql`${serviceWait.serviceId} = any(${ids})`)
    .orderBy(serviceWait.serviceId, serviceWait.diagnosisGroup, desc(serviceWait.recordedAt));
  const pauses = await db
    .selectDistinctOn([servicePause.serviceId])
    .from(servicePause)
    .where(sql`${servicePause.serviceId} = any(${ids})`)
    .orderBy(servicePause.serviceId, desc(servicePause.recordedAt));
  const contracts = await db
    .selectDistinctOn([serviceContract.serviceId, serviceContract.insurerId, serviceContract.year])
    .from(serviceContract)
    .where(sql`${serviceContract.serviceId} = any(${ids})`)
    .orderBy(
      serviceContract.serviceId,
      serviceContract.insurerId,
      serviceContract.year,
      desc(serviceContract.recordedAt),
    );
  const versions = await db
    .selectDistinctOn([serviceVersion.serviceId], { serviceId: serviceVersion.serviceId, id: serviceVersion.id })
    .from(serviceVersion)
    .where(sql`${serviceVersion.serviceId} = any(${ids})`)
    .orderBy(serviceVersion.serviceId, desc(serviceVersion.recordedAt), desc(serviceVersion.id));
  return { waits, pauses, contracts, versions };
}

/**
 * The description versions of a service saved after `basedOnVersionId` (all of them for null),
 * oldest first, with who saved them; undefined when that version is not one of this service's.
 */
export async function serviceVersionsSince(
  tx: Db,
  serviceId: string,
  basedOnVersionId: string | null,
): Promise<{ changedFields: string[]; recordedAt: Date; recordedByName: string | null }[] | undefined> {
  const all = await tx
    .select({
      id: serviceVersion.id,
      changedFields: serviceVersion.changedFields,
      recordedAt: serviceVersion.recordedAt,
      recordedByName: appUser.displayName,
    })
    .from(serviceVersion)
    .leftJoin(appUser, eq(appUser.id, serviceVersion.recordedBy))
    .where(eq(serviceVersion.serviceId, serviceId))
    .orderBy(asc(serviceVersion.recordedAt), asc(serviceVersion.id));
  if (basedOnVersionId === null) return all;
  const at = all.findIndex((v) => v.id === basedOnVersionId);
  return at < 0 ? undefined : all.slice(at + 1);
}

/** Writes the new description of a service and marks it changed, so every process reloads it. */
export async function updateServiceDescription(tx: Db, id: string, fields: EditableService): Promise<void> {
  await tx
    .update(service)
    .set({
      ...fields,
      updatedAt: sql`greatest(clock_timestamp(), ${service.updatedAt} + interval '1 millisecond')`,
    })
    .where(eq(service.id, id));
}

export async function insertServiceVersion(
  tx: Db,
  row: typeof serviceVersion.$inferInsert,
): Promise<ServiceVersionRow> {
  const [inserted] = await tx.insert(serviceVersion).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function insertContractVersions(
  tx: Db,
  rows: (typeof serviceContract.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(serviceContract).values(rows);
}

/** Every version of a service's facts and description, newest first, with who recorded it. */
export async function serviceHistoryRows(db: Db, serviceId: string, limit: number) {
  const by = appUser.displayName;
  const waits = await db
    .select({ row: serviceWait, recordedByName: by })
    .from(serviceWait)
    .leftJoin(appUser, eq(appUser.id, serviceWait.recordedBy))
    .where(eq(serviceWait.serviceId, serviceId))
    .orderBy(desc(serviceWait.recordedAt))
    .limit(limit);
  const pauses = await db
    .select({ row: servicePause, recordedByName: by })
    .from(servicePause)
    .leftJoin(appUser, eq(appUser.id, servicePause.recordedBy))
    .where(eq(servicePause.serviceId, serviceId))
    .orderBy(desc(servicePause.recordedAt))
    .limit(limit);
  const contracts = await db
    .select({ row: serviceContract, recordedByName: by })
    .from(serviceContract)
    .leftJoin(appUser, eq(appUser.id, serviceContract.recordedBy))
    .where(eq(serviceContract.serviceId, serviceId))
    .orderBy(desc(serviceContract.recordedAt))
    .limit(limit);
  const versions = await db
    .select({ row: serviceVersion, recordedByName: by })
    .from(serviceVersion)
    .leftJoin(appUser, eq(appUser.id, serviceVersion.recordedBy))
    .where(eq(serviceVersion.serviceId, serviceId))
    .orderBy(desc(serviceVersion.recordedAt))
    .limit(limit);
  return { waits, pauses, contracts, versions };
}

export interface ProviderOrganization {
  id: string;
  name: string;
  kind: string;
  services: number;
}

/** Organisations that offer at least one service on the care map, by name (for the coordinator's choice). */
export async function searchProviderOrganizations(
  db: Db,
  filter: { q?: string | undefined; organizationId?: string | undefined },
  limit: number,
): Promise<ProviderOrganization[]> {
  const { q, organizationId } = filter;
  const rows = await db
    .select({
      id: organization.id,
      name: organization.name,
      kind: organization.kind,
      services: sql<number>`count(${service.id})::int`,
    })
    .from(organization)
    .innerJoin(service, eq(service.organizationId, organization.id))
    .where(
      and(
        q ? ilike(organization.name, `%${escapeLike(q)}%`) : undefined,
        organizationId ? eq(organization.id, organizationId) : undefined,
      ),
    )
    .groupBy(organization.id, organization.name, organization.kind)
    .orderBy(asc(organization.name), asc(organization.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, services: Number(r.services) }));
}

export async function findOrganization(
  db: Db,
  id: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(eq(organization.id, id));
  return row;
}

// ---- API keys ----

export async function insertApiKey(tx: Db, row: typeof apiKey.$inferInsert): Promise<ApiKeyRow> {
  const [inserted] = await tx.insert(apiKey).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** The keys of an organisation, newest first, with the name of who created each. */
export async function listApiKeys(db: Db, organizationId: string) {
  return db
    .select({ key: apiKey, createdByName: appUser.displayName })
    .from(apiKey)
    .leftJoin(appUser, eq(appUser.id, apiKey.createdBy))
    .where(eq(apiKey.organizationId, organizationId))
    .orderBy(desc(apiKey.createdAt), asc(apiKey.id));
}

export async function findApiKey(db: Db, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKey).where(eq(apiKey.id, id));
  return row;
}

export async function countActiveApiKeys(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(apiKey)
    .where(and(eq(apiKey.organizationId, organizationId), isNull(apiKey.revokedAt)));
  return Number(row?.n ?? 0);
}

export async function revokeApiKey(tx: Db, id: string, at: Date): Promise<void> {
  await tx
    .update(apiKey)
    .set({ revokedAt: at })
    .where(and(eq(apiKey.id, id), isNull(apiKey.revokedAt)));
}

/**
 * The key with this hash when it is not revoked and its creator's account is still active, with
 * the creator's current memberships (the service checks that one of them still covers the key's
 * organisation, so a key stops working when the person who made it leaves).
 */
export async function findUsableApiKey(db: Db, keyHash: string) {
  const [row] = await db
    .select({ key: apiKey, creatorActive: appUser.active })
    .from(apiKey)
    .leftJoin(appUser, eq(appUser.id, apiKey.createdBy))
    .where(and(eq(apiKey.keyHash, keyHash), isNull(apiKey.revokedAt)));
  if (!row || row.creatorActive !== true || !row.key.createdBy) return undefined;
  const creatorMemberships = await db
    .select({ organizationId: membership.organizationId, role: membership.role })
    .from(membership)
    .where(eq(membership.userId, row.key.createdBy));
  return { ...row.key, createdBy: row.key.createdBy, creatorMemberships };
}

export async function markApiKeyUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiKey).set({ lastUsedAt: at }).where(eq(apiKey.id, id));
}
