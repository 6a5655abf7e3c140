/**
 * Use cases of the verkennend gesprek: a GP or POH-GGZ asks for one (with the patient's consent),
 * the regional coordinator plans it with the three wegwijzers and records the outcome, an advised
 * route that goes back to the practice. A request holds a person's name, date of birth and phone
 * number, so every read is logged with the person's pseudonym (event 'read'), lists included, and
 * rows are always narrowed to the caller's reach (a practice: its own requests).
 */
import { reachFor } from '../domain/access/permissions';
import { personPseudonym } from '../domain/audit/pseudonym';
import { dateInNetherlands, formatDutchDate, type IsoDate } from '../domain/calendar/iso-date';
import { dutchWallClock, instantInNetherlands, type ClockTime } from '../domain/case-review/dutch-clock';
import { invalid, notFound } from '../domain/errors';
import {
  assertCanCancel,
  assertCanPlan,
  assertCanRecordOutcome,
  holdBy,
  regionOffersExploratory,
  requestProblems,
  type ExploratoryState,
  type Wayfinders,
} from '../domain/exploratory/exploratory-request';
import { ROUTES, type RouteId } from '../domain/routes/route-catalog';
import {
  findExploratory,
  insertExploratory,
  listExploratory,
  updateExploratory,
  type ExploratoryWithNames,
} from '../db/exploratory-repository';
import { notify } from '../db/notification-repository';
import { getRegion, listCurrentRules, ruleOf } from '../db/route-rules-repository';
import { audited, type UseCaseContext } from './audited';

export interface ExploratoryView {
  id: string;
  region: { id: string; name: string };
  state: ExploratoryState;
  requester: { name: string; organizationName: string };
  patient: { name: string; birthDate: IsoDate | null; phone: string | null };
  reason: string;
  requestedAt: string;
  /** Seed 002: held within two weeks of the request. */
  holdBy: IsoDate;
  /** Requested, not yet planned, and past holdBy. */
  overdue: boolean;
  planning: (Wayfinders & { at: string; date: IsoDate; time: ClockTime; place: string }) | null;
  outcome: { route: RouteId; routeLabel: string; note: string } | null;
}

const OBJECT_TYPE = 'verkennend-gesprek';
/** The key the repository seals and opens the person's data with. */
const personalDataKey = (ctx: UseCaseContext) => ctx.services.auth.keys.personalData;

function view(row: ExploratoryWithNames, today: IsoDate): ExploratoryView {
  const requestedOn = dutchWallClock(row.createdAt).date;
  const state = row.state as ExploratoryState;
  const planned = row.plannedAt ? dutchWallClock(row.plannedAt) : null;
  const route = row.outcomeRoute as RouteId | null;
  return {
    id: row.id,
    region: { id: row.regionId, name: row.regionName },
    state,
    requester: { name: row.requesterName, organizationName: row.requesterOrganizationName },
    patient: { name: row.patientName, birthDate: row.patientBirthDate, phone: row.patientPhone },
    reason: row.reason,
    requestedAt: new Date(row.createdAt).toISOString(),
    holdBy: holdBy(requestedOn),
    overdue: state === 'aangevraagd' && holdBy(requestedOn) < today,
    planning:
      row.plannedAt && planned
        ? {
            at: new Date(row.plannedAt).toISOString(),
            date: planned.date,
            time: planned.time,
            place: row.place ?? '',
            ggzSpecialist: row.ggzSpecialist ?? '',
            socialDomainSupporter: row.socialDomainSupporter ?? '',
            expertByExperience: row.expertByExperience ?? '',
          }
        : null,
    outcome:
      route && route in ROUTES
        ? { route, routeLabel: ROUTES[route].label, note: row.outcomeNote ?? '' }
        : null,
  };
}

const today = (ctx: UseCaseContext) => dateInNetherlands(ctx.services.now());

export interface ExploratoryRequestInput {
  regionId: string;
  patientName: string;
  birthDate: IsoDate;
  phone?: string | null | undefined;
  reason: string;
  consent: boolean;
}

/** A GP or POH-GGZ asks for a verkennend gesprek for a patient, with the patient's consent. */
export async function requestExploratory(
  ctx: UseCaseContext,
  input: ExploratoryRequestInput,
): Promise<ExploratoryView> {
  const reach = reachFor(ctx.principal, 'exploratory:request');
  if (reach.kind !== 'organization' || !ctx.principal)
    throw invalid('Alleen een huisartsenpraktijk vraagt een verkennend gesprek aan.');
  const principal = ctx.principal;
  const { db } = ctx.services.database;
  const date = today(ctx);
  const fields = {
    patientName: input.patientName.trim().replace(/\s+/g, ' '),
    birthDate: input.birthDate,
    phone: input.phone?.trim() || null,
    reason: input.reason.trim(),
    consent: input.consent,
  };
  const problems = requestProblems(fields, date);
  if (problems.length > 0) {
    throw invalid(
      input.consent
        ? 'De aanvraag is niet compleet.'
        : 'Zonder toestemming van de patiënt kan de aanvraag niet worden verstuurd.',
      problems,
    );
  }
  const region = await getRegion(db, input.regionId);
  if (!region) throw invalid('Kies een regio.', [{ field: 'regionId', message: 'onbekende regio' }]);
  const offer = regionOffersExploratory((await listCurrentRules(db, region.id)).map(ruleOf), region.id, date);
  if (!offer.offered) {
    throw invalid(offer.note ?? 'In deze regio is (nog) geen verkennend gesprek.', [
      { field: 'regionId', message: 'geen verkennend gesprek in deze regio' },
    ]);
  }
  const pseudonym = personPseudonym(
    ctx.services.auth.keys.pseudonym,
    `${fields.patientName}|${fields.birthDate}`,
  );
  const now = ctx.services.now();
  const created = await audited(ctx, async (tx, { record }) => {
    const row = await insertExploratory(tx, personalDataKey(ctx), {
      regionId: region.id,
      requesterOrganizationId: reach.organizationId,
      requesterUserId: principal.userId,
      requesterName: principal.displayName,
      patientName: fields.patientName,
      patientBirthDate: fields.birthDate,
      patientPhone: fields.phone,
      patientPseudonym: pseudonym,
      patientConsent: true,
      reason: fields.reason,
      state: 'aangevraagd',
      createdAt: now,
      updatedAt: now,
    });
    record({
      event: 'create',
      objectType: OBJECT_TYPE,
      objectId: row.id,
      subjectPseudonym: pseudonym,
      details: { regionId: region.id, consent: true },
    });
    return row;
  });
  const row = (await findExploratory(db, personalDataKey(ctx), created.id, reach))!;
  return view(row, date);
}

/** The requests in the caller's reach; each listed person is logged as read. */
export async function listExploratoryViews(ctx: UseCaseContext): Promise<ExploratoryView[]> {
  const reach = reachFor(ctx.principal, 'exploratory:read');
  return audited(ctx, async (tx, { record }) => {
    const rows = await listExploratory(tx, personalDataKey(ctx), reach);
    for (const row of rows) {
      record({
        event: 'read',
        objectType: OBJECT_TYPE,
        objectId: row.id,
        subjectPseudonym: row.patientPseudonym,
        details: { view: 'lijst' },
      });
    }
    return rows.map((row) => view(row, today(ctx)));
  });
}

/** One request, logged as read; 404 when it is not in the caller's reach. */
export async function readExploratory(ctx: UseCaseContext, id: string): Promise<ExploratoryView> {
  const reach = reachFor(ctx.principal, 'exploratory:read');
  return audited(ctx, async (tx, { record }) => {
    const row = await findExploratory(tx, personalDataKey(ctx), id, reach);
    if (!row) throw notFound('Het verkennend gesprek');
    record({
      event: 'read',
      objectType: OBJECT_TYPE,
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
    });
    return view(row, today(ctx));
  });
}

async function loadForChange(ctx: UseCaseContext, id: string) {
  const reach = reachFor(ctx.principal, 'exploratory:manage');
  const row = await findExploratory(ctx.services.database.db, personalDataKey(ctx), id, reach);
  if (!row) throw notFound('Het verkennend gesprek');
  return { reach, row };
}

export interface PlanRequestInput extends Wayfinders {
  date: IsoDate;
  time: ClockTime;
  place: string;
}

/** The coordinator plans the conversation (again) with the three wegwijzers; the practice is told. */
export async function planExploratory(
  ctx: UseCaseContext,
  id: string,
  input: PlanRequestInput,
): Promise<ExploratoryView> {
  const { reach, row } = await loadForChange(ctx, id);
  const now = ctx.services.now();
  const plan = {
    at: instantInNetherlands(input.date, input.time),
    place: input.place.trim(),
    ggzSpecialist: input.ggzSpecialist.trim(),
    socialDomainSupporter: input.socialDomainSupporter.trim(),
    expertByExperience: input.expertByExperience.trim(),
  };
  assertCanPlan(row.state as ExploratoryState, plan, now);
  const replanned = row.state === 'gepland';
  await audited(ctx, async (tx, { record }) => {
    await updateExploratory(tx, personalDataKey(ctx), id, {
      state: 'gepland',
      plannedAt: plan.at,
      place: plan.place,
      ggzSpecialist: plan.ggzSpecialist,
      socialDomainSupporter: plan.socialDomainSupporter,
      expertByExperience: plan.expertByExperience,
      updatedAt: now,
    });
    record({
      event: 'update',
      objectType: OBJECT_TYPE,
      objectId: id,
      subjectPseudonym: row.patientPseudonym,
      details: { change: replanned ? 'opnieuw-gepland' : 'gepland' },
    });
    await notify(
      tx,
      {
        organizationId: row.requesterOrganizationId,
        subjectType: 'exploratory',
        subjectId: id,
        text: `Het verkennend gesprek dat u op ${formatDutchDate(dutchWallClock(row.createdAt).date, { weekday: false })} aanvroeg, is ${replanned ? 'verplaatst naar' : 'gepland op'} ${formatDutchDate(input.date)} om ${input.time}.`,
      },
      now,
    );
  });
  return view(
    (await findExploratory(ctx.services.database.db, personalDataKey(ctx), id, reach))!,
    today(ctx),
  );
}

/** The coordinator records the outcome (an advised route with a note); the practice is told. */
export async function recordExploratoryOutcome(
  ctx: UseCaseContext,
  id: string,
  input: { route: RouteId; note: string },
): Promise<ExploratoryView> {
  const { reach, row } = await loadForChange(ctx, id);
  const now = ctx.services.now();
  const outcome = { route: input.route, note: input.note.trim() };
  assertCanRecordOutcome(row.state as ExploratoryState, row.plannedAt, outcome, now);
  await audited(ctx, async (tx, { record }) => {
    await updateExploratory(tx, personalDataKey(ctx), id, {
      state: 'gevoerd',
      outcomeRoute: outcome.route,
      outcomeNote: outcome.note,
      updatedAt: now,
    });
    record({
      event: 'update',
      objectType: OBJECT_TYPE,
      objectId: id,
      subjectPseudonym: row.patientPseudonym,
      details: { change: 'uitkomst', route: outcome.route },
    });
    await notify(
      tx,
      {
        organizationId: row.requesterOrganizationId,
        subjectType: 'exploratory',
        subjectId: id,
        text: `De uitkomst van het verkennend gesprek van ${formatDutchDate(dutchWallClock(row.plannedAt!).date, { weekday: false })} is vastgelegd. Advies: ${ROUTES[outcome.route].label}.`,
      },
      now,
    );
  });
  return view(
    (await findExploratory(ctx.services.database.db, personalDataKey(ctx), id, reach))!,
    today(ctx),
  );
}

/** The coordinator cancels a request that is not yet held; the practice is told. */
export async function cancelExploratory(ctx: UseCaseContext, id: string): Promise<ExploratoryView> {
  const { reach, row } = await loadForChange(ctx, id);
  assertCanCancel(row.state as ExploratoryState);
  const now = ctx.services.now();
  await audited(ctx, async (tx, { record }) => {
    await updateExploratory(tx, personalDataKey(ctx), id, { state: 'geannuleerd', updatedAt: now });
    record({
      event: 'update',
      objectType: OBJECT_TYPE,
      objectId: id,
      subjectPseudonym: row.patientPseudonym,
      details: { change: 'geannuleerd' },
    });
    await notify(
      tx,
      {
        organizationId: row.requesterOrganizationId,
        subjectType: 'exploratory',
        subjectId: id,
        text: `Het verkennend gesprek dat u op ${formatDutchDate(dutchWallClock(row.createdAt).date, { weekday: false })} aanvroeg, is geannuleerd.`,
      },
      now,
    );
  });
  return view(
    (await findExploratory(ctx.services.database.db, personalDataKey(ctx), id, reach))!,
    today(ctx),
  );
}
