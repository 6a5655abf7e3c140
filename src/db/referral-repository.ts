/**
 * Referrals in the database. Every read takes the caller's reach: a practice sees the referrals
 * it sent, a provider those sent to it, the regional coordinator all of them (permissions.ts).
 * Use cases (src/services/referrals.ts) wrap reads and changes in audited(). Every SQL statement
 * about referral and referral_event lives here, including the aggregate of rejections (signals of
 * missing supply) and the link from a consultation to the referral it became.
 *
 * The patient's identification and the free text about the patient (also the events' messages) are
 * stored sealed (src/db/sealed-fields.ts): functions that write or return referral or event rows
 * take the personal-data key, seal on the way in and open on the way out, so callers see plain rows.
 */
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Reach } from '../domain/access/permissions';
import type { Db } from './client';
import { consultation, location, organization, referral, referralEvent, service } from './schema';
import { scopedTo } from './scope';
import { notSealed, referralEventSealed, referralSealed, type PersonalDataKey } from './sealed-fields';

export type ReferralRow = typeof referral.$inferSelect;
export type NewReferralRow = typeof referral.$inferInsert;
export type ReferralEventRow = typeof referralEvent.$inferSelect;
export type NewReferralEventRow = typeof referralEvent.$inferInsert;

/** The condition limiting referral rows to a reach: sender or receiver organisation. */
export function referralScope(reach: Reach): SQL | undefined {
  return scopedTo(reach, {
    organizations: [referral.referrerOrganizationId, referral.receiverOrganizationId],
  });
}

/** One referral the reach covers, or undefined (not found and not yours look the same). */
export async function findReferral(
  db: Db,
  key: PersonalDataKey,
  id: string,
  reach: Reach,
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .select()
    .from(referral)
    .where(and(eq(referral.id, id), referralScope(reach)))
    .limit(1);
  return row && referralSealed.open(key, row);
}

/** A referral's events, oldest first. Call only after findReferral has checked the reach. */
export async function referralEvents(
  db: Db,
  key: PersonalDataKey,
  referralId: string,
): Promise<ReferralEventRow[]> {
  const rows = await db
    .select()
    .from(referralEvent)
    .where(eq(referralEvent.referralId, referralId))
    .orderBy(referralEvent.at);
  return rows.map((row) => referralEventSealed.open(key, row));
}

export async function insertReferral(
  tx: Db,
  key: PersonalDataKey,
  row: NewReferralRow,
): Promise<ReferralRow> {
  const [created] = await tx.insert(referral).values(referralSealed.seal(key, row)).returning();
  if (!created) throw new Error('insert returned no referral');
  return referralSealed.open(key, created);
}

export async function insertReferralEvent(
  tx: Db,
  key: PersonalDataKey,
  row: NewReferralEventRow,
): Promise<void> {
  await tx.insert(referralEvent).values(referralEventSealed.seal(key, row));
}

/**
 * Moves a referral from `fromState` to its next state with the columns the step sets. Answers
 * the updated row, or undefined when the referral is no longer in `fromState` (someone else took
 * a step in between): the caller answers with a conflict instead of overwriting that step.
 */
export async function updateReferralState(
  tx: Db,
  key: PersonalDataKey,
  id: string,
  fromState: string,
  change: Partial<Pick<ReferralRow, 'state' | 'intakeOn' | 'rejectionReason' | 'rejectionNote'>>,
  now: Date,
): Promise<ReferralRow | undefined> {
  const [row] = await tx
    .update(referral)
    .set({ ...referralSealed.seal(key, change), updatedAt: now })
    .where(and(eq(referral.id, id), eq(referral.state, fromState)))
    .returning();
  return row && referralSealed.open(key, row);
}

/** A row of the worklist or inbox: the referral with the names of both organisations and the service. */
export interface ReferralListRow {
  referral: ReferralRow;
  referrerOrganizationName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
}

const referrerOrg = alias(organization, 'referrer_org');
const receiverOrg = alias(organization, 'receiver_org');

/** The referrals a reach covers, newest first, optionally of some states only. */
export async function listReferrals(
  db: Db,
  key: PersonalDataKey,
  reach: Reach,
  options: { states?: readonly string[]; limit: number },
): Promise<ReferralListRow[]> {
  const rows = await db
    .select({
      referral,
      referrerOrganizationName: referrerOrg.name,
      receiverOrganizationName: receiverOrg.name,
      serviceName: service.name,
    })
    .from(referral)
    .innerJoin(referrerOrg, eq(referrerOrg.id, referral.referrerOrganizationId))
    .innerJoin(receiverOrg, eq(receiverOrg.id, referral.receiverOrganizationId))
    .leftJoin(service, eq(service.id, referral.serviceId))
    .where(
      and(
        referralScope(reach),
        options.states && options.states.length > 0
          ? inArray(referral.state, [...options.states])
          : undefined,
      ),
    )
    .orderBy(desc(referral.sentAt), desc(referral.id))
    .limit(options.limit);
  return rows.map((row) => ({ ...row, referral: referralSealed.open(key, row.referral) }));
}

/** Names of organisations by id (for notices and the referral's header). */
export async function organizationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(inArray(organization.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The name of the service a referral went to, when it still exists. */
export async function serviceName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: service.name }).from(service).where(eq(service.id, id)).limit(1);
  return row?.name ?? null;
}

/**
 * A referral and the ones it replaced (previousReferralId, newest first), as far as the reach
 * covers them. Used to match again without every provider that rejected this patient.
 */
export async function referralChain(
  db: Db,
  key: PersonalDataKey,
  id: string,
  reach: Reach,
  maxLength = 20,
): Promise<ReferralRow[]> {
  const chain: ReferralRow[] = [];
  let next: string | null = id;
  while (next && chain.length < maxLength && !chain.some((r) => r.id === next)) {
    const row = await findReferral(db, key, next, reach);
    if (!row) break;
    chain.push(row);
    next = row.previousReferralId;
  }
  return chain;
}

/**
 * Links a consultation of the referrer's organisation to the referral its advice became. Answers
 * false when there is no such consultation of that organisation, or it was linked already.
 */
export async function linkConsultationToReferral(
  tx: Db,
  consultationId: string,
  requesterOrganizationId: string,
  referralId: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx
    .update(consultation)
    .set({ referralId, updatedAt: now })
    .where(
      and(
        eq(consultation.id, consultationId),
        eq(consultation.requesterOrganizationId, requesterOrganizationId),
        sql`${consultation.referralId} is null`,
      ),
    )
    .returning({ id: consultation.id });
  return rows.length > 0;
}

/** Rejections counted by month (in the Netherlands), route, reason and the service's municipality. */
export interface RejectionCount {
  month: string;
  route: string;
  reason: string;
  /** The municipality of the rejecting service's location; null for a service without one (online). */
  municipalityCode: string | null;
  count: number;
}

/** How many referrals there are in all (the demo seeds its referrals only into an empty list). */
export async function countReferrals(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(referral);
  return row?.n ?? 0;
}

/**
 * The rejections of every referral, aggregated: no row is about one person. `from` and `to` are
 * months (yyyy-mm), inclusive.
 */
export async function countRejections(
  db: Db,
  range: { from: string; to: string },
): Promise<RejectionCount[]> {
  const month = sql<string>`to_char(${referralEvent.at} at time zone 'Europe/Amsterdam', 'YYYY-MM')`;
  const rows = await db
    .select({
      month,
      route: referral.route,
      reason: sql<string>`coalesce(${referralEvent.code}, 'onbekend')`,
      municipalityCode: location.municipalityCode,
      count: sql<number>`count(*)::int`,
    })
    .from(referralEvent)
    .innerJoin(referral, eq(referral.id, referralEvent.referralId))
    .leftJoin(service, eq(service.id, referral.serviceId))
    .leftJoin(location, eq(location.id, service.locationId))
    .where(
      and(eq(referralEvent.kind, 'afgewezen'), sql`${month} >= ${range.from}`, sql`${month} <= ${range.to}`),
    )
    .groupBy(month, referral.route, referralEvent.code, location.municipalityCode)
    .orderBy(month, referral.route, referralEvent.code);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/**
 * Seals what is still plain text in the sealed columns of every referral and event (rows written
 * before sealing was introduced); sealed values are left alone, so running it again changes
 * nothing. Locks the rows it changes. Answers how many rows of each it sealed.
 */
export async function sealPlainReferrals(
  tx: Db,
  key: PersonalDataKey,
): Promise<{ referrals: number; referralEvents: number }> {
  const referrals = await tx
    .select()
    .from(referral)
    .where(or(...referralSealed.fields.map((field) => notSealed(referral[field]))))
    .for('update');
  for (const row of referrals) {
    await tx.update(referral).set(referralSealed.sealPlain(key, row)).where(eq(referral.id, row.id));
  }
  const events = await tx.select().from(referralEvent).where(notSealed(referralEvent.message)).for('update');
  for (const row of events) {
    await tx
      .update(referralEvent)
      .set(referralEventSealed.sealPlain(key, row))
      .where(eq(referralEvent.id, row.id));
  }
  return { referrals: referrals.length, referralEvents: events.length };
}
