/**
 * Consultations (consultatie GGZ) and their threads in the database. Every read of a consultation
 * takes the caller's reach: the asking practice and the consultant's organisation each see their
 * own, the regional coordinator all (permissions.ts). Use cases (src/services/consultations.ts)
 * wrap reads and changes in audited().
 *
 * What the GP and the consultant write about the patient (the subject and question of a
 * consultation, the body of every message) is stored sealed (src/db/sealed-fields.ts): functions
 * that write or return those columns take the personal-data key, seal on the way in and open on
 * the way out, so callers see plain rows.
 */
import { and, asc, count, desc, eq, lt, max, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Reach } from '../domain/access/permissions';
import type { IsoDate } from '../domain/calendar/iso-date';
import type { Db } from './client';
import { consultation, consultationMessage, location, organization, service } from './schema';
import { scopedTo } from './scope';
import {
  consultationMessageSealed,
  consultationSealed,
  notSealed,
  type PersonalDataKey,
} from './sealed-fields';

export type ConsultationRow = typeof consultation.$inferSelect;
export type NewConsultationRow = typeof consultation.$inferInsert;
export type ConsultationMessageRow = typeof consultationMessage.$inferSelect;

/** A consultation with the names of both organisations, as lists and the thread show it. */
export interface ConsultationView extends ConsultationRow {
  requesterOrganizationName: string;
  consultantOrganizationName: string;
  serviceName: string | null;
}

/** A consultation in a list, with the size of its thread. */
export interface ConsultationListRow extends ConsultationView {
  messageCount: number;
  lastMessageAt: Date | null;
}

/** A consultation service on the care map and the organisation that answers it. */
export interface ConsultantServiceRow {
  serviceId: string;
  serviceName: string;
  description: string;
  organizationId: string;
  organizationName: string;
  city: string | null;
  /** Where the consultant works (CBS code), which decides the region's answer term. */
  municipalityCode: string | null;
}

/** The status filter of the list: by state, or open and past the due date. */
export type ConsultationFilter = 'open' | 'te-laat' | 'beantwoord' | 'afgesloten';

const requesterOrg = alias(organization, 'requester_org');
const consultantOrg = alias(organization, 'consultant_org');

/** The condition limiting consultations to a reach: the asking practice or the consultant's organisation. */
export function consultationScope(reach: Reach): SQL | undefined {
  return scopedTo(reach, {
    organizations: [consultation.requesterOrganizationId, consultation.consultantOrganizationId],
  });
}

const viewColumns = {
  row: consultation,
  requesterOrganizationName: requesterOrg.name,
  consultantOrganizationName: consultantOrg.name,
  serviceName: service.name,
};

function selectViews(db: Db) {
  return db
    .select(viewColumns)
    .from(consultation)
    .innerJoin(requesterOrg, eq(requesterOrg.id, consultation.requesterOrganizationId))
    .innerJoin(consultantOrg, eq(consultantOrg.id, consultation.consultantOrganizationId))
    .leftJoin(service, eq(service.id, consultation.serviceId));
}

type ViewRecord = { row: ConsultationRow } & Omit<ConsultationView, keyof ConsultationRow>;
const flatten = (key: PersonalDataKey, { row, ...names }: ViewRecord): ConsultationView => ({
  ...consultationSealed.open(key, row),
  ...names,
});

/** Consultation services with their organisation and place; `where` narrows them further. */
function selectConsultantServices(db: Db, where?: SQL) {
  return db
    .select({
      serviceId: service.id,
      serviceName: service.name,
      description: service.description,
      organizationId: organization.id,
      organizationName: organization.name,
      city: location.city,
      municipalityCode: location.municipalityCode,
    })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(and(eq(service.kind, 'consultatie'), where));
}

/** Every service of kind 'consultatie' with its organisation, by organisation and service name. */
export async function listConsultantServices(db: Db): Promise<ConsultantServiceRow[]> {
  return selectConsultantServices(db).orderBy(asc(organization.name), asc(service.name), asc(service.id));
}

/** One consultation service, or undefined when the id is not a service of kind 'consultatie'. */
export async function findConsultantService(db: Db, serviceId: string): Promise<ConsultantServiceRow | undefined> {
  const [row] = await selectConsultantServices(db, eq(service.id, serviceId)).limit(1);
  return row;
}

export async function organizationName(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, id));
  return row?.name;
}

export async function insertConsultation(
  tx: Db,
  key: PersonalDataKey,
  row: NewConsultationRow,
): Promise<ConsultationRow> {
  const [inserted] = await tx.insert(consultation).values(consultationSealed.seal(key, row)).returning();
  if (!inserted) throw new Error('consultation insert returned no row');
  return consultationSealed.open(key, inserted);
}

/** One consultation the reach covers, with names; undefined when absent or not the caller's. */
export async function findConsultation(
  db: Db,
  key: PersonalDataKey,
  id: string,
  reach: Reach,
): Promise<ConsultationView | undefined> {
  const [row] = await selectViews(db)
    .where(and(eq(consultation.id, id), consultationScope(reach)))
    .limit(1);
  return row ? flatten(key, row) : undefined;
}

/**
 * Locks one consultation the reach covers for the rest of the transaction, so that two messages
 * posted at once change its state one after the other.
 */
export async function lockConsultation(
  tx: Db,
  key: PersonalDataKey,
  id: string,
  reach: Reach,
): Promise<ConsultationRow | undefined> {
  const [row] = await tx
    .select()
    .from(consultation)
    .where(and(eq(consultation.id, id), consultationScope(reach)))
    .for('update')
    .limit(1);
  return row && consultationSealed.open(key, row);
}

/** Changes the workflow columns of a consultation; none of them is sealed, so no key is needed. */
export async function updateConsultation(
  tx: Db,
  id: string,
  changes: Partial<Pick<ConsultationRow, 'state' | 'dueOn' | 'answeredAt' | 'closedAt'>>,
  now: Date,
): Promise<void> {
  await tx
    .update(consultation)
    .set({ ...changes, updatedAt: now })
    .where(eq(consultation.id, id));
}

function filterCondition(filter: ConsultationFilter | undefined, today: IsoDate): SQL | undefined {
  switch (filter) {
    case undefined:
      return undefined;
    case 'te-laat':
      return and(eq(consultation.state, 'open'), lt(consultation.dueOn, today));
    default:
      return eq(consultation.state, filter);
  }
}

const messageStats = (db: Db) =>
  db
    .select({
      consultationId: consultationMessage.consultationId,
      messageCount: count().as('message_count'),
      lastMessageAt: max(consultationMessage.at).as('last_message_at'),
    })
    .from(consultationMessage)
    .groupBy(consultationMessage.consultationId)
    .as('message_stats');

/**
 * The consultations the reach covers, open ones first by due date, then the rest newest first.
 * `today` is the date in the Netherlands, for the te-laat filter.
 */
export async function listConsultations(
  db: Db,
  key: PersonalDataKey,
  reach: Reach,
  options: { filter?: ConsultationFilter | undefined; today: IsoDate; limit: number },
): Promise<ConsultationListRow[]> {
  const stats = messageStats(db);
  const rows = await db
    .select({ ...viewColumns, messageCount: stats.messageCount, lastMessageAt: stats.lastMessageAt })
    .from(consultation)
    .innerJoin(requesterOrg, eq(requesterOrg.id, consultation.requesterOrganizationId))
    .innerJoin(consultantOrg, eq(consultantOrg.id, consultation.consultantOrganizationId))
    .leftJoin(service, eq(service.id, consultation.serviceId))
    .leftJoin(stats, eq(stats.consultationId, consultation.id))
    .where(and(consultationScope(reach), filterCondition(options.filter, options.today)))
    .orderBy(
      sql`case when ${consultation.state} = 'open' then 0 else 1 end`,
      sql`case when ${consultation.state} = 'open' then ${consultation.dueOn} end asc`,
      desc(consultation.createdAt),
      asc(consultation.id),
    )
    .limit(options.limit);
  return rows.map(({ messageCount, lastMessageAt, ...record }) => ({
    ...flatten(key, record),
    messageCount: Number(messageCount ?? 0),
    lastMessageAt: lastMessageAt ? new Date(lastMessageAt as unknown as string) : null,
  }));
}

/** A consultation's thread, oldest first. Call only after the consultation was found in reach. */
export async function consultationMessages(
  db: Db,
  key: PersonalDataKey,
  consultationId: string,
): Promise<ConsultationMessageRow[]> {
  const rows = await db
    .select()
    .from(consultationMessage)
    .where(eq(consultationMessage.consultationId, consultationId))
    .orderBy(asc(consultationMessage.at), asc(consultationMessage.id));
  return rows.map((row) => consultationMessageSealed.open(key, row));
}

/**
 * Adds a message to a thread. Its time is `now`, but never earlier than or equal to the last
 * message's (plus a millisecond), so the thread keeps the order in which messages were posted
 * even when clocks of two app processes differ or stand still. Call with the consultation locked.
 */
export async function insertConsultationMessage(
  tx: Db,
  key: PersonalDataKey,
  message: Omit<typeof consultationMessage.$inferInsert, 'at' | 'id'>,
  now: Date,
): Promise<ConsultationMessageRow> {
  const [last] = await tx
    .select({ at: max(consultationMessage.at) })
    .from(consultationMessage)
    .where(eq(consultationMessage.consultationId, message.consultationId));
  const lastAt = last?.at ? new Date(last.at as unknown as string).getTime() : Number.NEGATIVE_INFINITY;
  const at = new Date(Math.max(now.getTime(), lastAt + 1));
  const [inserted] = await tx
    .insert(consultationMessage)
    .values(consultationMessageSealed.seal(key, { ...message, at }))
    .returning();
  if (!inserted) throw new Error('consultation message insert returned no row');
  return consultationMessageSealed.open(key, inserted);
}

/**
 * Seals what is still plain text in the sealed columns of every consultation and message (rows
 * written before sealing was introduced); sealed values are left alone, so running it again
 * changes nothing. Locks the rows it changes. Answers how many rows of each it sealed.
 */
export async function sealPlainConsultations(
  tx: Db,
  key: PersonalDataKey,
): Promise<{ consultations: number; consultationMessages: number }> {
  const consultations = await tx
    .select()
    .from(consultation)
    .where(or(...consultationSealed.fields.map((field) => notSealed(consultation[field]))))
    .for('update');
  for (const row of consultations) {
    await tx
      .update(consultation)
      .set(consultationSealed.sealPlain(key, row))
      .where(eq(consultation.id, row.id));
  }
  const messages = await tx
    .select()
    .from(consultationMessage)
    .where(or(...consultationMessageSealed.fields.map((field) => notSealed(consultationMessage[field]))))
    .for('update');
  for (const row of messages) {
    await tx
      .update(consultationMessage)
      .set(consultationMessageSealed.sealPlain(key, row))
      .where(eq(consultationMessage.id, row.id));
  }
  return { consultations: consultations.length, consultationMessages: messages.length };
}
