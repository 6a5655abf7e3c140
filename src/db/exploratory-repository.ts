/**
 * Requests for a verkennend gesprek in the database (`exploratory_request`). They hold a patient's
 * name, date of birth and phone number, so every read takes the caller's reach: a practice sees the
 * requests it made, the regional coordinator all of them. The use cases
 * (src/services/exploratory.ts) log every read and change through audited(). The person's
 * identification, the reason and the outcome note are stored sealed (src/db/sealed-fields.ts):
 * these functions take the personal-data key, seal on the way in and open on the way out.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import type { Reach } from '../domain/access/permissions';
import type { Db } from './client';
import { exploratoryRequest, organization, region } from './schema';
import { scopedTo } from './scope';
import { exploratorySealed, notSealed, type PersonalDataKey } from './sealed-fields';

export type ExploratoryRow = typeof exploratoryRequest.$inferSelect;
export type NewExploratoryRow = typeof exploratoryRequest.$inferInsert;

/** A request with the names of its region and requesting practice. */
export interface ExploratoryWithNames extends ExploratoryRow {
  regionName: string;
  requesterOrganizationName: string;
}

/** The condition limiting requests to a reach: the practice that asked. */
export function exploratoryScope(reach: Reach) {
  return scopedTo(reach, { organizations: [exploratoryRequest.requesterOrganizationId] });
}

export async function insertExploratory(
  tx: Db,
  key: PersonalDataKey,
  row: NewExploratoryRow,
): Promise<ExploratoryRow> {
  const [inserted] = await tx.insert(exploratoryRequest).values(exploratorySealed.seal(key, row)).returning();
  return exploratorySealed.open(key, inserted!);
}

/** The requests in the reach, newest first, or the one with this id. */
export async function listExploratory(
  db: Db,
  key: PersonalDataKey,
  reach: Reach,
  options: { id?: string } = {},
): Promise<ExploratoryWithNames[]> {
  const rows = await db
    .select({ item: exploratoryRequest, regionName: region.name, organizationName: organization.name })
    .from(exploratoryRequest)
    .innerJoin(region, eq(region.id, exploratoryRequest.regionId))
    .innerJoin(organization, eq(organization.id, exploratoryRequest.requesterOrganizationId))
    .where(and(exploratoryScope(reach), options.id ? eq(exploratoryRequest.id, options.id) : undefined))
    .orderBy(desc(exploratoryRequest.createdAt))
    .limit(options.id ? 1 : 500);
  return rows.map(({ item, regionName, organizationName }) => ({
    ...exploratorySealed.open(key, item),
    regionName,
    requesterOrganizationName: organizationName,
  }));
}

/** One request in the reach, or undefined (not found and not yours look the same). */
export async function findExploratory(
  db: Db,
  key: PersonalDataKey,
  id: string,
  reach: Reach,
): Promise<ExploratoryWithNames | undefined> {
  return (await listExploratory(db, key, reach, { id }))[0];
}

export async function updateExploratory(
  tx: Db,
  key: PersonalDataKey,
  id: string,
  change: Partial<Omit<NewExploratoryRow, 'id' | 'createdAt'>>,
): Promise<void> {
  await tx
    .update(exploratoryRequest)
    .set(exploratorySealed.seal(key, change))
    .where(eq(exploratoryRequest.id, id));
}

/**
 * Seals what is still plain text in the sealed columns of every request (rows written before
 * sealing was introduced); sealed values are left alone, so running it again changes nothing.
 * Locks the rows it changes. Answers how many requests it sealed.
 */
export async function sealPlainExploratory(tx: Db, key: PersonalDataKey): Promise<number> {
  const rows = await tx
    .select()
    .from(exploratoryRequest)
    .where(or(...exploratorySealed.fields.map((field) => notSealed(exploratoryRequest[field]))))
    .for('update');
  for (const row of rows) {
    await tx
      .update(exploratoryRequest)
      .set(exploratorySealed.sealPlain(key, row))
      .where(eq(exploratoryRequest.id, row.id));
  }
  return rows.length;
}
