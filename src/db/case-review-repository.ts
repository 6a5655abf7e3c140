/**
 * The GGZ-overlegtafel in the database: sessions per region (`case_session`) and the anonymised
 * cases on their agendas (`case_submission`). Cases hold no identification, so participants with
 * the reach 'all' read every agenda; a practice reads its own cases (scopedTo on the submitting
 * organisation). Every SQL statement about sessions and cases lives here; the use cases
 * (src/services/case-review.ts) wrap changes in audited().
 */
import { and, asc, eq, gte, inArray, max, or, sql } from 'drizzle-orm';
import type { Reach } from '../domain/access/permissions';
import type { Db } from './client';
import { caseSession, caseSubmission, organization, region } from './schema';
import { scopedTo } from './scope';

export type CaseSessionRow = typeof caseSession.$inferSelect;
export type CaseSubmissionRow = typeof caseSubmission.$inferSelect;
export type NewCaseSession = typeof caseSession.$inferInsert;

/** A case with the session it is on and the name of the submitting practice. */
export interface CaseWithSession extends CaseSubmissionRow {
  session: Pick<CaseSessionRow, 'id' | 'regionId' | 'startsAt' | 'durationMinutes' | 'place' | 'cancelled'>;
  regionName: string;
  submitterOrganizationName: string;
}

/** The condition limiting cases to a reach: the practice that brought them in. */
export function caseScope(reach: Reach) {
  return scopedTo(reach, { organizations: [caseSubmission.submitterOrganizationId] });
}

/**
 * Serialises the generation of a region's sessions: two requests that both find the next session
 * missing wait for each other here, and the second then finds it present.
 */
export async function lockRegionSessions(tx: Db, regionId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case_session:${regionId}`}))`);
}

/**
 * The sessions of a region that start at or after `from`, and earlier ones whose agenda still has
 * cases without advice (the coordinator records advice after the session), in date order.
 */
export async function regionSessions(db: Db, regionId: string, from: Date): Promise<CaseSessionRow[]> {
  const waitingForAdvice = sql`exists (select 1 from ${caseSubmission} where ${caseSubmission.sessionId} = ${caseSession.id} and ${caseSubmission.state} = 'ingediend')`;
  return db
    .select()
    .from(caseSession)
    .where(and(eq(caseSession.regionId, regionId), or(gte(caseSession.startsAt, from), waitingForAdvice)))
    .orderBy(asc(caseSession.startsAt));
}

export async function insertSessions(tx: Db, rows: NewCaseSession[]): Promise<CaseSessionRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(caseSession).values(rows).returning();
}

export async function findSession(db: Db, id: string): Promise<CaseSessionRow | undefined> {
  const [row] = await db.select().from(caseSession).where(eq(caseSession.id, id)).limit(1);
  return row;
}

export async function markSessionCancelled(tx: Db, id: string): Promise<void> {
  await tx.update(caseSession).set({ cancelled: true }).where(eq(caseSession.id, id));
}

/** The cases on the agendas of these sessions, in agenda order (only for a reach that covers them). */
export async function casesOnAgendas(
  db: Db,
  sessionIds: readonly string[],
  reach: Reach,
): Promise<CaseSubmissionRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(caseSubmission)
    .where(and(inArray(caseSubmission.sessionId, [...sessionIds]), caseScope(reach)))
    .orderBy(
      asc(caseSubmission.sessionId),
      asc(caseSubmission.agendaPosition),
      asc(caseSubmission.createdAt),
    );
}

/** How many cases each of these sessions has on its agenda (a number, not the cases). */
export async function agendaCounts(db: Db, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ sessionId: caseSubmission.sessionId, count: sql<number>`count(*)::int` })
    .from(caseSubmission)
    .where(inArray(caseSubmission.sessionId, [...sessionIds]))
    .groupBy(caseSubmission.sessionId);
  return new Map(rows.map((r) => [r.sessionId, Number(r.count)]));
}

/** The names of organisations, by id. */
export async function organizationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(inArray(organization.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Adds a case at the end of a session's agenda. */
export async function insertCase(
  tx: Db,
  row: Omit<typeof caseSubmission.$inferInsert, 'agendaPosition'>,
): Promise<CaseSubmissionRow> {
  const position = (await lastAgendaPosition(tx, row.sessionId)) + 1;
  const [inserted] = await tx
    .insert(caseSubmission)
    .values({ ...row, agendaPosition: position })
    .returning();
  return inserted!;
}

async function lastAgendaPosition(db: Db, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(caseSubmission.agendaPosition) })
    .from(caseSubmission)
    .where(eq(caseSubmission.sessionId, sessionId));
  return row?.last ?? 0;
}

/** The cases in the reach with their session and region, newest session first. */
export async function listCases(
  db: Db,
  reach: Reach,
  options: { caseId?: string } = {},
): Promise<CaseWithSession[]> {
  const rows = await db
    .select({
      item: caseSubmission,
      session: caseSession,
      regionName: region.name,
      organizationName: organization.name,
    })
    .from(caseSubmission)
    .innerJoin(caseSession, eq(caseSession.id, caseSubmission.sessionId))
    .innerJoin(region, eq(region.id, caseSession.regionId))
    .innerJoin(organization, eq(organization.id, caseSubmission.submitterOrganizationId))
    .where(and(caseScope(reach), options.caseId ? eq(caseSubmission.id, options.caseId) : undefined))
    .orderBy(sql`${caseSession.startsAt} desc`, asc(caseSubmission.agendaPosition))
    .limit(options.caseId ? 1 : 500);
  return rows.map(({ item, session, regionName, organizationName }) => ({
    ...item,
    session: {
      id: session.id,
      regionId: session.regionId,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      place: session.place,
      cancelled: session.cancelled,
    },
    regionName,
    submitterOrganizationName: organizationName,
  }));
}

/** One case in the reach, or undefined (not found and not yours look the same). */
export async function findCase(db: Db, id: string, reach: Reach): Promise<CaseWithSession | undefined> {
  return (await listCases(db, reach, { caseId: id }))[0];
}

/** Numbers the agenda 1..n in the given order; the ids must be exactly the session's cases. */
export async function setAgendaOrder(
  tx: Db,
  sessionId: string,
  caseIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const [index, id] of caseIds.entries()) {
    await tx
      .update(caseSubmission)
      .set({ agendaPosition: index + 1, updatedAt: now })
      .where(and(eq(caseSubmission.id, id), eq(caseSubmission.sessionId, sessionId)));
  }
}

export async function saveAdvice(
  tx: Db,
  id: string,
  advice: { advice: string; advisedRoute: string; advisedBy: string },
  now: Date,
): Promise<void> {
  await tx
    .update(caseSubmission)
    .set({ ...advice, state: 'besproken', advisedAt: now, updatedAt: now })
    .where(eq(caseSubmission.id, id));
}

/**
 * Moves the cases of a cancelled session that still wait for advice to the end of another
 * session's agenda, in their order.
 */
export async function moveCases(
  tx: Db,
  fromSessionId: string,
  toSessionId: string,
  now: Date,
): Promise<CaseSubmissionRow[]> {
  const moving = await tx
    .select()
    .from(caseSubmission)
    .where(and(eq(caseSubmission.sessionId, fromSessionId), eq(caseSubmission.state, 'ingediend')))
    .orderBy(asc(caseSubmission.agendaPosition));
  let position = await lastAgendaPosition(tx, toSessionId);
  for (const item of moving) {
    position += 1;
    await tx
      .update(caseSubmission)
      .set({ sessionId: toSessionId, agendaPosition: position, updatedAt: now })
      .where(eq(caseSubmission.id, item.id));
  }
  return moving;
}
