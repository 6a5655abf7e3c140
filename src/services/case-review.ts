/**
 * Use cases of the GGZ-overlegtafel: the sessions of a region (kept four ahead on the region's
 * rhythm), bringing in an anonymised case (refused when the identifier check finds anything, or
 * after the submission deadline), the agenda per session, and the advice that goes back to the GP.
 *
 * Who sees what (permissions.ts, case-review:*): a practice sees the number of cases per session
 * and its own cases with their advice; the participants (provider staff, the regional coordinator)
 * see every agenda, which holds anonymised cases only. The coordinator plans sessions, orders the
 * agenda and records advice. Cases carry no person, so reading them writes no audit entry; every
 * change does.
 */
import { decide, reachFor, type Reach } from '../domain/access/permissions';
import { dateInNetherlands, formatDutchDate, type IsoDate } from '../domain/calendar/iso-date';
import {
  ADVISABLE_ROUTES,
  caseProblems,
  identifiersInCase,
  IDENTIFIERS_REFUSED,
  type AgeBand,
  type CaseIdentifiers,
  type CaseState,
  type CaseTexts,
} from '../domain/case-review/case-submission';
import { dutchWallClock, instantInNetherlands, type ClockTime } from '../domain/case-review/dutch-clock';
import {
  acceptsSubmissions,
  lastSubmissionDay,
  regionTable,
  sessionStart,
  SESSIONS_AHEAD,
  upcomingSessionDates,
  type RegionTable,
} from '../domain/case-review/session-rhythm';
import { DomainError, invalid, notFound } from '../domain/errors';
import { ROUTES, type RouteId } from '../domain/routes/route-catalog';
import {
  agendaCounts,
  casesOnAgendas,
  findCase,
  findSession,
  insertCase,
  insertSessions,
  listCases,
  lockRegionSessions,
  markSessionCancelled,
  moveCases,
  organizationNames,
  regionSessions,
  saveAdvice,
  setAgendaOrder,
  type CaseSessionRow,
  type CaseSubmissionRow,
  type CaseWithSession,
} from '../db/case-review-repository';
import { notify } from '../db/notification-repository';
import { getRegion, listCurrentRules, ruleOf, type Region } from '../db/route-rules-repository';
import { audited, type UseCaseContext } from './audited';

export interface AgendaCase {
  id: string;
  position: number | null;
  ageBand: string | null;
  summary: string;
  question: string;
  state: CaseState;
  advice: string | null;
  advisedRoute: string | null;
  advisedAt: string | null;
  advisedBy: string | null;
  /** Only for the coordinator, who returns the advice. */
  submitter: { name: string; organizationName: string } | null;
}

export interface SessionView {
  id: string;
  regionId: string;
  startsAt: string;
  endsAt: string;
  /** The session's date and time in the Netherlands. */
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
  place: string;
  cancelled: boolean;
  /** Cases can be brought in up to and including this day. */
  lastSubmissionDay: IsoDate;
  /** True while cases can still be brought in. */
  open: boolean;
  caseCount: number;
  /** Cases of the caller's own organisation on this agenda. */
  ownCaseCount: number;
  /** The full agenda for participants and the coordinator; null for a practice. */
  cases: AgendaCase[] | null;
}

export interface SessionsAnswer {
  region: { id: string; name: string };
  available: boolean;
  /** The regional rule's note, or why there is no table (with the route that replaces it). */
  note: string | null;
  replacedBy: RouteId | null;
  rhythm: { intervalWeeks: number; firstSession: IsoDate; startTime: ClockTime; place: string } | null;
  sessions: SessionView[];
}

export interface CaseView {
  id: string;
  session: { id: string; startsAt: string; date: IsoDate; place: string; cancelled: boolean };
  region: { id: string; name: string };
  ageBand: string | null;
  summary: string;
  question: string;
  state: CaseState;
  position: number | null;
  submitterName: string;
  submitterOrganizationName: string;
  submittedAt: string;
  advice: string | null;
  advisedRoute: string | null;
  advisedRouteLabel: string | null;
  advisedAt: string | null;
  advisedBy: string | null;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

async function requireRegion(ctx: UseCaseContext, regionId: string): Promise<Region> {
  const found = await getRegion(ctx.services.database.db, regionId);
  if (!found) throw notFound('De regio');
  return found;
}

async function tableOf(ctx: UseCaseContext, regionId: string): Promise<RegionTable> {
  const rules = await listCurrentRules(ctx.services.database.db, regionId);
  return regionTable(rules.map(ruleOf), regionId, dateInNetherlands(ctx.services.now()));
}

/**
 * Makes sure the next sessions of the rhythm exist. Idempotent: a date that already has a session
 * in the region (held, added by hand or cancelled) gets no second one, and concurrent readers wait
 * for each other (lockRegionSessions).
 */
async function ensureUpcomingSessions(
  ctx: UseCaseContext,
  region: Region,
  table: RegionTable,
): Promise<void> {
  if (!table.available) return;
  const { db } = ctx.services.database;
  const now = ctx.services.now();
  const wanted = upcomingSessionDates(table.rhythm, dateInNetherlands(now), SESSIONS_AHEAD);
  const missing = async (existing: CaseSessionRow[]) => {
    const taken = new Set(existing.map((s) => dutchWallClock(s.startsAt).date));
    return wanted.filter((date) => !taken.has(date));
  };
  const startOfToday = instantInNetherlands(dateInNetherlands(now), '00:00');
  if ((await missing(await regionSessions(db, region.id, startOfToday))).length === 0) return;
  await audited(ctx, async (tx, { record }) => {
    await lockRegionSessions(tx, region.id);
    const dates = await missing(await regionSessions(tx, region.id, startOfToday));
    const created = await insertSessions(
      tx,
      dates.map((date) => ({
        regionId: region.id,
        startsAt: sessionStart(table.rhythm, date),
        durationMinutes: table.rhythm.durationMinutes,
        place: table.rhythm.place,
        createdAt: now,
      })),
    );
    for (const session of created) {
      record({
        event: 'create',
        objectType: 'overlegtafel-sessie',
        objectId: session.id,
        details: { regionId: region.id, reason: 'ritme', ruleId: table.ruleId },
      });
    }
  });
}

function agendaCase(row: CaseSubmissionRow, submitter: AgendaCase['submitter']): AgendaCase {
  return {
    id: row.id,
    position: row.agendaPosition,
    ageBand: row.ageBand,
    summary: row.summary,
    question: row.question,
    state: row.state as CaseState,
    advice: row.advice,
    advisedRoute: row.advisedRoute,
    advisedAt: iso(row.advisedAt),
    advisedBy: row.advisedBy,
    submitter,
  };
}

function sessionView(
  session: CaseSessionRow,
  now: Date,
  counts: { all: number; own: number },
  cases: AgendaCase[] | null,
): SessionView {
  const wall = dutchWallClock(session.startsAt);
  const startsAt = new Date(session.startsAt);
  return {
    id: session.id,
    regionId: session.regionId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + session.durationMinutes * 60_000).toISOString(),
    date: wall.date,
    startTime: wall.time,
    durationMinutes: session.durationMinutes,
    place: session.place,
    cancelled: session.cancelled,
    lastSubmissionDay: lastSubmissionDay(wall.date),
    open: !session.cancelled && acceptsSubmissions(startsAt, now),
    caseCount: counts.all,
    ownCaseCount: counts.own,
    cases,
  };
}

const mayManage = (ctx: UseCaseContext) => decide(ctx.principal, 'case-review:manage').allowed;

/** The upcoming sessions of a region with their agendas (full for participants, a count for practices). */
export async function listSessions(ctx: UseCaseContext, regionId: string): Promise<SessionsAnswer> {
  const reach = reachFor(ctx.principal, 'case-review:read');
  const region = await requireRegion(ctx, regionId);
  const table = await tableOf(ctx, regionId);
  await ensureUpcomingSessions(ctx, region, table);

  const { db } = ctx.services.database;
  const now = ctx.services.now();
  const sessions = await regionSessions(db, regionId, instantInNetherlands(dateInNetherlands(now), '00:00'));
  const ids = sessions.map((s) => s.id);
  const counts = await agendaCounts(db, ids);
  const visible = await casesOnAgendas(db, ids, reach);
  const full = reach.kind === 'all';
  const names = mayManage(ctx)
    ? await organizationNames(
        db,
        visible.map((c) => c.submitterOrganizationId),
      )
    : null;
  const views = sessions.map((session) => {
    const own = visible.filter((c) => c.sessionId === session.id);
    const cases = full
      ? own.map((c) =>
          agendaCase(
            c,
            names
              ? { name: c.submitterName, organizationName: names.get(c.submitterOrganizationId) ?? '' }
              : null,
          ),
        )
      : null;
    const ownCount = reach.kind === 'organization' ? own.length : 0;
    return sessionView(session, now, { all: counts.get(session.id) ?? 0, own: ownCount }, cases);
  });
  return {
    region: { id: region.id, name: region.name },
    available: table.available,
    note: table.note,
    replacedBy: table.available ? null : table.replacedBy,
    rhythm: table.available
      ? {
          intervalWeeks: table.rhythm.intervalWeeks,
          firstSession: table.rhythm.firstSession,
          startTime: table.rhythm.startTime,
          place: table.rhythm.place,
        }
      : null,
    sessions: views,
  };
}

export interface NewSessionInput {
  regionId: string;
  date: IsoDate;
  time: ClockTime;
  durationMinutes?: number | undefined;
  place?: string | undefined;
}

/** The coordinator adds a session outside the rhythm (an extra one, or a replacement). */
export async function addSession(ctx: UseCaseContext, input: NewSessionInput): Promise<SessionView> {
  reachFor(ctx.principal, 'case-review:manage');
  await requireRegion(ctx, input.regionId);
  const table = await tableOf(ctx, input.regionId);
  const now = ctx.services.now();
  const startsAt = instantInNetherlands(input.date, input.time);
  if (startsAt.getTime() <= now.getTime()) {
    throw invalid('Een sessie moet in de toekomst liggen.', [
      { field: 'date', message: 'ligt in het verleden' },
    ]);
  }
  const place = input.place?.trim() || (table.available ? table.rhythm.place : 'online');
  const session = await audited(ctx, async (tx, { record }) => {
    await lockRegionSessions(tx, input.regionId);
    const sameDay = (
      await regionSessions(tx, input.regionId, instantInNetherlands(input.date, '00:00'))
    ).find((s) => dutchWallClock(s.startsAt).date === input.date && !s.cancelled);
    if (sameDay)
      throw new DomainError('conflict', 'Op deze dag is al een sessie van de overlegtafel in deze regio.');
    const [created] = await insertSessions(tx, [
      {
        regionId: input.regionId,
        startsAt,
        durationMinutes: input.durationMinutes ?? 90,
        place,
        createdAt: now,
      },
    ]);
    record({
      event: 'create',
      objectType: 'overlegtafel-sessie',
      objectId: created!.id,
      details: { regionId: input.regionId, reason: 'handmatig' },
    });
    return created!;
  });
  return sessionView(session, now, { all: 0, own: 0 }, []);
}

/**
 * The coordinator cancels a session. Cases on its agenda that wait for advice move to the next
 * session of the region, and their practices are told.
 */
export async function cancelSession(ctx: UseCaseContext, sessionId: string): Promise<SessionView> {
  reachFor(ctx.principal, 'case-review:manage');
  const { db } = ctx.services.database;
  const session = await findSession(db, sessionId);
  if (!session) throw notFound('De sessie');
  if (session.cancelled) throw new DomainError('conflict', 'Deze sessie is al vervallen.');
  const now = ctx.services.now();
  if (new Date(session.startsAt).getTime() <= now.getTime()) {
    throw new DomainError('conflict', 'Een sessie die al begonnen of voorbij is, kan niet meer vervallen.');
  }
  const region = await requireRegion(ctx, session.regionId);
  await ensureUpcomingSessions(ctx, region, await tableOf(ctx, session.regionId));
  await audited(ctx, async (tx, { record }) => {
    await lockRegionSessions(tx, session.regionId);
    await markSessionCancelled(tx, session.id);
    const next = (await regionSessions(tx, session.regionId, new Date(session.startsAt))).find(
      (s) => s.id !== session.id && !s.cancelled && new Date(s.startsAt) > new Date(session.startsAt),
    );
    const moved = next ? await moveCases(tx, session.id, next.id, now) : [];
    record({
      event: 'update',
      objectType: 'overlegtafel-sessie',
      objectId: session.id,
      details: { change: 'vervallen', movedCases: moved.length, movedTo: next?.id ?? null },
    });
    const when = formatDutchDate(dutchWallClock(session.startsAt).date);
    for (const item of moved) {
      const nextDate = formatDutchDate(dutchWallClock(next!.startsAt).date);
      await notify(
        tx,
        {
          organizationId: item.submitterOrganizationId,
          subjectType: 'case-submission',
          subjectId: item.id,
          text: `De overlegtafel van ${when} vervalt; uw casus staat nu op de agenda van ${nextDate}.`,
        },
        now,
      );
    }
  });
  const updated = (await findSession(db, session.id))!;
  const counts = await agendaCounts(db, [session.id]);
  return sessionView(updated, now, { all: counts.get(session.id) ?? 0, own: 0 }, null);
}

/** The identifier check as the form runs it while the GP types (nothing is stored). */
export function checkCaseTexts(ctx: UseCaseContext, texts: CaseTexts): CaseIdentifiers {
  reachFor(ctx.principal, 'case-review:submit');
  return identifiersInCase(texts);
}

export interface SubmitCaseInput extends CaseTexts {
  ageBand: AgeBand;
}

/**
 * A GP or POH-GGZ brings in an anonymised case for a session. Refused with the identifiers found
 * (nothing stored), for a cancelled session, and after the submission deadline.
 */
export async function submitCase(
  ctx: UseCaseContext,
  sessionId: string,
  input: SubmitCaseInput,
): Promise<CaseView> {
  const reach = reachFor(ctx.principal, 'case-review:submit');
  if (reach.kind !== 'organization' || !ctx.principal)
    throw invalid('Alleen een huisartsenpraktijk brengt een casus in.');
  const principal = ctx.principal;
  const texts = { summary: input.summary.trim(), question: input.question.trim() };
  const problems = caseProblems(texts);
  if (problems.length > 0) {
    const found = identifiersInCase(texts);
    const identifying = found.summary.length + found.question.length > 0;
    throw invalid(identifying ? IDENTIFIERS_REFUSED : 'De casus is niet compleet.', problems);
  }
  const { db } = ctx.services.database;
  const session = await findSession(db, sessionId);
  if (!session) throw notFound('De sessie');
  const now = ctx.services.now();
  if (session.cancelled) throw new DomainError('conflict', 'Deze sessie vervalt; kies een andere sessie.');
  if (!acceptsSubmissions(session.startsAt, now)) {
    const last = formatDutchDate(lastSubmissionDay(dutchWallClock(session.startsAt).date));
    throw new DomainError(
      'conflict',
      `Inbrengen voor deze sessie kon tot en met ${last}. Kies de volgende sessie.`,
    );
  }
  const created = await audited(ctx, async (tx, { record }) => {
    const row = await insertCase(tx, {
      sessionId: session.id,
      submitterOrganizationId: reach.organizationId,
      submitterUserId: principal.userId,
      submitterName: principal.displayName,
      ageBand: input.ageBand,
      summary: texts.summary,
      question: texts.question,
      state: 'ingediend',
      createdAt: now,
      updatedAt: now,
    });
    record({
      event: 'create',
      objectType: 'overlegtafel-casus',
      objectId: row.id,
      details: { sessionId: session.id, regionId: session.regionId },
    });
    return row;
  });
  return caseView((await findCase(db, created.id, reach))!);
}

function caseView(row: CaseWithSession): CaseView {
  const route = row.advisedRoute as RouteId | null;
  return {
    id: row.id,
    session: {
      id: row.session.id,
      startsAt: new Date(row.session.startsAt).toISOString(),
      date: dutchWallClock(row.session.startsAt).date,
      place: row.session.place,
      cancelled: row.session.cancelled,
    },
    region: { id: row.session.regionId, name: row.regionName },
    ageBand: row.ageBand,
    summary: row.summary,
    question: row.question,
    state: row.state as CaseState,
    position: row.agendaPosition,
    submitterName: row.submitterName,
    submitterOrganizationName: row.submitterOrganizationName,
    submittedAt: new Date(row.createdAt).toISOString(),
    advice: row.advice,
    advisedRoute: route,
    advisedRouteLabel: route && route in ROUTES ? ROUTES[route].label : null,
    advisedAt: iso(row.advisedAt),
    advisedBy: row.advisedBy,
  };
}

/** The cases in the caller's reach (a practice: its own) with their advice, newest session first. */
export async function listCaseViews(ctx: UseCaseContext): Promise<CaseView[]> {
  const reach: Reach = reachFor(ctx.principal, 'case-review:read');
  return (await listCases(ctx.services.database.db, reach)).map(caseView);
}

/** The coordinator sets the order of a session's agenda; the list must hold exactly its cases. */
export async function orderAgenda(
  ctx: UseCaseContext,
  sessionId: string,
  caseIds: string[],
): Promise<AgendaCase[]> {
  const reach = reachFor(ctx.principal, 'case-review:manage');
  const { db } = ctx.services.database;
  const session = await findSession(db, sessionId);
  if (!session) throw notFound('De sessie');
  const current = await casesOnAgendas(db, [sessionId], reach);
  const known = new Set(current.map((c) => c.id));
  if (
    new Set(caseIds).size !== caseIds.length ||
    caseIds.length !== known.size ||
    caseIds.some((id) => !known.has(id))
  ) {
    throw invalid('Geef elke casus van deze sessie precies één keer, in de gewenste volgorde.', [
      { field: 'caseIds', message: `verwacht ${known.size} casussen van deze sessie` },
    ]);
  }
  const now = ctx.services.now();
  await audited(ctx, async (tx, { record }) => {
    await setAgendaOrder(tx, sessionId, caseIds, now);
    record({
      event: 'update',
      objectType: 'overlegtafel-agenda',
      objectId: sessionId,
      details: { cases: caseIds.length },
    });
  });
  const names = await organizationNames(
    db,
    current.map((c) => c.submitterOrganizationId),
  );
  return (await casesOnAgendas(db, [sessionId], reach)).map((c) =>
    agendaCase(c, { name: c.submitterName, organizationName: names.get(c.submitterOrganizationId) ?? '' }),
  );
}

export interface AdviceInput {
  advice: string;
  advisedRoute: RouteId;
}

/** The coordinator records the table's advice; the case is then besproken and the practice is told. */
export async function recordAdvice(
  ctx: UseCaseContext,
  caseId: string,
  input: AdviceInput,
): Promise<CaseView> {
  const reach = reachFor(ctx.principal, 'case-review:manage');
  const { db } = ctx.services.database;
  const found = await findCase(db, caseId, reach);
  if (!found) throw notFound('De casus');
  if (!ADVISABLE_ROUTES.includes(input.advisedRoute)) {
    throw invalid('Kies de route die de tafel adviseert.', [
      { field: 'advisedRoute', message: 'geen geldige route' },
    ]);
  }
  const advice = input.advice.trim();
  if (advice === '')
    throw invalid('Schrijf het advies op voor de huisarts.', [{ field: 'advice', message: 'is leeg' }]);
  const now = ctx.services.now();
  const corrected = found.state === 'besproken';
  await audited(ctx, async (tx, { record }) => {
    await saveAdvice(
      tx,
      caseId,
      { advice, advisedRoute: input.advisedRoute, advisedBy: ctx.principal!.displayName },
      now,
    );
    record({
      event: 'update',
      objectType: 'overlegtafel-casus',
      objectId: caseId,
      details: { change: corrected ? 'advies-gecorrigeerd' : 'advies', advisedRoute: input.advisedRoute },
    });
    const when = formatDutchDate(dutchWallClock(found.session.startsAt).date);
    await notify(
      tx,
      {
        organizationId: found.submitterOrganizationId,
        subjectType: 'case-submission',
        subjectId: caseId,
        text: corrected
          ? `Het advies van de overlegtafel over uw casus (sessie ${when}) is bijgewerkt: ${ROUTES[input.advisedRoute].label}.`
          : `De overlegtafel heeft uw casus besproken (sessie ${when}). Advies: ${ROUTES[input.advisedRoute].label}.`,
      },
      now,
    );
  });
  return caseView((await findCase(db, caseId, reach))!);
}
