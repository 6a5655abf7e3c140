/**
 * Use cases of the referral and its closed loop (issue #6 items 1–4): send a referral from a
 * service of the care map, the practice's worklist and the provider's inbox, read one referral,
 * take a step (accept, reject, ask, answer, plan the intake, start, close, report back,
 * withdraw), and what "match again without this provider" starts from.
 *
 * Each follows one shape (style.md): load scoped to the caller's reach, decide the caller's side,
 * let the domain (src/domain/referrals) check the step, then change the data, write the event,
 * notify the other side and write the audit entry in one transaction. Every read of a referral,
 * in a list or on its own, is an audit entry with the patient's pseudonym.
 */
import { dateInNetherlands, formatDutchDate, type IsoDate } from '../domain/calendar/iso-date';
import { decide, forbidden, reachFor, type Principal } from '../domain/access/permissions';
import { personPseudonym } from '../domain/audit/pseudonym';
import { DomainError, invalid, notFound } from '../domain/errors';
import { validateNewReferral, validUntilOf, type NewReferralInput } from '../domain/referrals/new-referral';
import {
  availableActions,
  planAction,
  type ReferralAction,
  type ReferralActionInput,
  type ReferralSide,
} from '../domain/referrals/state-machine';
import {
  isReferralRoute,
  labelOf,
  REJECTION_REASONS,
  RETURN_MESSAGES,
  type ReferralState,
} from '../domain/referrals/vocabulary';
import { reactionDueOn, worklistFlags, type WorklistFlag } from '../domain/referrals/worklist';
import { CARE_KINDS } from '../domain/catalog/vocabulary';
import { getUserRow } from '../db/account-repository';
import type { Db } from '../db/client';
import { notify } from '../db/notification-repository';
import {
  findReferral,
  insertReferral,
  insertReferralEvent,
  linkConsultationToReferral,
  listReferrals as listReferralRows,
  organizationNames,
  referralChain,
  referralEvents,
  serviceName as serviceNameOf,
  updateReferralState,
  type ReferralEventRow,
  type ReferralRow,
} from '../db/referral-repository';
import { audited, type UseCaseContext } from './audited';

export interface CreateReferralInput extends NewReferralInput {
  /** The service of the care map the patient is referred to; its organisation receives the referral. */
  serviceId: string;
  /** The help question as matching saw it, kept so "match again" starts from the same need. */
  need?: Record<string, unknown> | null;
  /** The referral this one replaces after a rejection. */
  previousReferralId?: string | null;
  /** A consultation of the practice whose advice this referral follows up. */
  consultationId?: string | null;
}

/** Which way a referral runs for the caller. */
export type Direction = 'verzonden' | 'ontvangen' | 'overzicht';

export interface ReferralEventView {
  id: string;
  kind: string;
  fromState: string | null;
  toState: string | null;
  code: string | null;
  message: string | null;
  details: Record<string, unknown>;
  actorName: string | null;
  actorOrganizationName: string | null;
  at: string;
}

export interface ReferralView {
  id: string;
  route: string;
  state: ReferralState;
  stateSince: string;
  direction: Direction;
  flags: WorklistFlag[];
  referrer: { organizationId: string; organizationName: string; name: string; agb: string | null };
  receiver: {
    organizationId: string;
    organizationName: string;
    serviceId: string | null;
    serviceName: string | null;
  };
  previousReferralId: string | null;
  patient: {
    name: string;
    birthDate: string;
    address: string | null;
    postcode: string | null;
    phone: string | null;
    email: string | null;
    insurerId: string | null;
    /** Only for the two parties of the referral; the regional coordinator does not need it. */
    bsn: string | null;
  };
  suspectedDisorder: string | null;
  mainProblem: string;
  question: string;
  careLevel: string | null;
  severity: string | null;
  risk: string | null;
  complexity: string | null;
  course: string | null;
  patientWish: string | null;
  consentToShare: boolean;
  consentRecordedAt: string | null;
  hasNeed: boolean;
  sentAt: string;
  validUntil: string;
  reactionDueOn: string;
  intakeOn: string | null;
  rejectionReason: string | null;
  rejectionNote: string | null;
  events: ReferralEventView[];
  /** The steps the caller may take now. */
  actions: ReferralAction[];
}

export interface ReferralListItem {
  id: string;
  route: string;
  state: ReferralState;
  direction: Direction;
  flags: WorklistFlag[];
  patientName: string;
  patientBirthDate: string;
  referrerOrganizationName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  sentAt: string;
  stateSince: string;
  validUntil: string;
  intakeOn: string | null;
  rejectionReason: string | null;
}

export interface ReferralList {
  today: string;
  items: ReferralListItem[];
  counts: { total: number; byFlag: Record<WorklistFlag, number> };
}

const iso = (date: Date) => date.toISOString();
/** The key the referral repository seals and opens the patient's data with. */
const personalDataKey = (ctx: UseCaseContext) => ctx.services.auth.keys.personalData;
const todayOf = (ctx: UseCaseContext): IsoDate => dateInNetherlands(ctx.services.now());

function principalOf(ctx: UseCaseContext): Principal {
  if (!ctx.principal) throw new DomainError('niet-aangemeld', 'Meld u aan om verder te gaan.');
  return ctx.principal;
}

/**
 * The patient's pseudonym for the audit trail: of the BSN when the referral holds one, otherwise
 * of the name and date of birth (case and spacing of the name do not matter).
 */
export function patientPseudonymOf(
  ctx: UseCaseContext,
  patient: { bsn: string | null; name: string; birthDate: string },
): string {
  const name = patient.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return personPseudonym(ctx.services.auth.keys.pseudonym, patient.bsn ?? `${name}|${patient.birthDate}`);
}

/** The caller's side of a referral: the sending practice, the receiving provider, or neither. */
function sideOf(principal: Principal, row: ReferralRow): ReferralSide | null {
  if (principal.organizationId === row.receiverOrganizationId) return 'ontvanger';
  if (principal.organizationId === row.referrerOrganizationId) return 'verwijzer';
  return null;
}

const directionOf = (side: ReferralSide | null): Direction =>
  side === 'verwijzer' ? 'verzonden' : side === 'ontvanger' ? 'ontvangen' : 'overzicht';

function flagsOf(row: ReferralRow, today: IsoDate): WorklistFlag[] {
  return worklistFlags(
    {
      state: row.state as ReferralState,
      stateSince: dateInNetherlands(row.updatedAt),
      validUntil: row.validUntil,
    },
    today,
  );
}

async function viewOf(
  tx: Db,
  ctx: UseCaseContext,
  row: ReferralRow,
  events: ReferralEventRow[],
): Promise<ReferralView> {
  const principal = principalOf(ctx);
  const side = sideOf(principal, row);
  const today = todayOf(ctx);
  const names = await organizationNames(tx, [
    row.referrerOrganizationId,
    row.receiverOrganizationId,
    ...events.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : [])),
  ]);
  const mayChange = decide(principal, 'referral:change').allowed;
  return {
    id: row.id,
    route: row.route,
    state: row.state as ReferralState,
    stateSince: iso(row.updatedAt),
    direction: directionOf(side),
    flags: flagsOf(row, today),
    referrer: {
      organizationId: row.referrerOrganizationId,
      organizationName: names.get(row.referrerOrganizationId) ?? '',
      name: row.referrerName,
      agb: row.referrerAgb,
    },
    receiver: {
      organizationId: row.receiverOrganizationId,
      organizationName: names.get(row.receiverOrganizationId) ?? '',
      serviceId: row.serviceId,
      serviceName: await serviceNameOf(tx, row.serviceId),
    },
    previousReferralId: row.previousReferralId,
    patient: {
      name: row.patientName,
      birthDate: row.patientBirthDate,
      address: row.patientAddress,
      postcode: row.patientPostcode,
      phone: row.patientPhone,
      email: row.patientEmail,
      insurerId: row.insurerId,
      bsn: side ? row.bsn : null,
    },
    suspectedDisorder: row.suspectedDisorder,
    mainProblem: row.mainProblem,
    question: row.question,
    careLevel: row.careLevel,
    severity: row.severity,
    risk: row.risk,
    complexity: row.complexity,
    course: row.course,
    patientWish: row.patientWish,
    consentToShare: row.consentToShare,
    consentRecordedAt: row.consentRecordedAt ? iso(row.consentRecordedAt) : null,
    hasNeed: row.need !== null,
    sentAt: iso(row.sentAt),
    validUntil: row.validUntil,
    reactionDueOn: reactionDueOn(dateInNetherlands(row.sentAt)),
    intakeOn: row.intakeOn,
    rejectionReason: row.rejectionReason,
    rejectionNote: row.rejectionNote,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromState: e.fromState,
      toState: e.toState,
      code: e.code,
      message: e.message,
      details: (e.details ?? {}) as Record<string, unknown>,
      actorName: e.actorName,
      actorOrganizationName: e.actorOrganizationId ? (names.get(e.actorOrganizationId) ?? null) : null,
      at: iso(e.at),
    })),
    actions: mayChange
      ? availableActions(
          { state: row.state as ReferralState, route: row.route, validUntil: row.validUntil },
          side,
          today,
        )
      : [],
  };
}

/** The need as stored: without any exclusion list (those come from the referral chain). */
function storedNeed(need: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!need) return null;
  const copy = { ...need };
  delete copy.excludeOrganizationIds;
  delete copy.limit;
  return copy;
}

/** Sends a referral to the organisation of a care-map service (verwijzen). */
export async function createReferral(ctx: UseCaseContext, input: CreateReferralInput): Promise<ReferralView> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'referral:create');
  const { catalog } = ctx.services;
  const now = ctx.services.now();
  const today = dateInNetherlands(now);

  const target = catalog.service(input.serviceId);
  if (!target) {
    throw invalid('Deze dienst kennen we niet.', [
      { field: 'serviceId', message: 'is geen dienst van de sociale kaart' },
    ]);
  }
  if (!isReferralRoute(target.kind)) {
    const kind = labelOf(CARE_KINDS, target.kind);
    throw invalid(`Naar ${kind.toLowerCase()} verwijst u niet met een verwijzing in Wegwijzer.`, [
      {
        field: 'serviceId',
        message:
          target.kind === 'crisis'
            ? 'bij acuut gevaar belt u de crisisdienst'
            : 'voor consultatie en een verkennend gesprek is er een eigen aanvraag',
      },
    ]);
  }
  if (target.organizationId === principal.organizationId) {
    throw invalid('U kunt niet naar uw eigen organisatie verwijzen.', [
      { field: 'serviceId', message: 'is een dienst van uw eigen organisatie' },
    ]);
  }
  const content = validateNewReferral(input, {
    route: target.kind,
    today,
    isKnownInsurer: (id) => catalog.insurers.has(id),
  });
  const patientPseudonym = patientPseudonymOf(ctx, {
    bsn: content.bsn,
    name: content.patientName,
    birthDate: content.patientBirthDate,
  });

  return audited(ctx, async (tx, { record }) => {
    if (
      input.previousReferralId &&
      !(await findReferral(tx, personalDataKey(ctx), input.previousReferralId, reach))
    ) {
      throw invalid('De eerdere verwijzing is niet gevonden.', [
        { field: 'previousReferralId', message: 'is geen verwijzing van uw praktijk' },
      ]);
    }
    const user = await getUserRow(tx, principal.userId);
    const row = await insertReferral(tx, personalDataKey(ctx), {
      route: target.kind,
      state: 'verstuurd',
      referrerOrganizationId: principal.organizationId,
      referrerUserId: principal.userId,
      referrerName: principal.displayName,
      referrerAgb: user?.agb ?? null,
      receiverOrganizationId: target.organizationId,
      serviceId: target.id,
      previousReferralId: input.previousReferralId ?? null,
      ...content,
      patientPseudonym,
      consentRecordedAt: now,
      need: storedNeed(input.need),
      sentAt: now,
      validUntil: validUntilOf(today),
      createdAt: now,
      updatedAt: now,
    });
    if (input.consultationId) {
      const linked = await linkConsultationToReferral(
        tx,
        input.consultationId,
        principal.organizationId,
        row.id,
        now,
      );
      if (!linked) {
        throw invalid('Deze consultatie is niet gevonden of is al omgezet in een verwijzing.', [
          { field: 'consultationId', message: 'is geen open consultatie van uw praktijk' },
        ]);
      }
      record({
        event: 'update',
        objectType: 'consultation',
        objectId: input.consultationId,
        details: { referralId: row.id },
      });
    }
    await insertReferralEvent(tx, personalDataKey(ctx), {
      referralId: row.id,
      kind: 'verstuurd',
      fromState: null,
      toState: 'verstuurd',
      actorUserId: principal.userId,
      actorOrganizationId: principal.organizationId,
      actorName: principal.displayName,
      at: now,
    });
    const names = await organizationNames(tx, [principal.organizationId]);
    await notify(
      tx,
      {
        organizationId: target.organizationId,
        subjectType: 'referral',
        subjectId: row.id,
        text: `${names.get(principal.organizationId) ?? 'Een huisartsenpraktijk'} heeft een verwijzing gestuurd (${labelOf(CARE_KINDS, target.kind)}).`,
      },
      now,
    );
    record({
      event: 'create',
      objectType: 'referral',
      objectId: row.id,
      subjectPseudonym: patientPseudonym,
      details: {
        route: row.route,
        receiverOrganizationId: row.receiverOrganizationId,
        serviceId: row.serviceId,
        previousReferralId: row.previousReferralId,
        consultationId: input.consultationId ?? null,
      },
    });
    return viewOf(tx, ctx, row, await referralEvents(tx, personalDataKey(ctx), row.id));
  });
}

/** One referral with its timeline; the read is in the audit trail with the patient's pseudonym. */
export async function getReferral(ctx: UseCaseContext, id: string): Promise<ReferralView> {
  const reach = reachFor(ctx.principal, 'referral:read');
  return audited(ctx, async (tx, { record }) => {
    const row = await findReferral(tx, personalDataKey(ctx), id, reach);
    if (!row) throw notFound('De verwijzing');
    record({
      event: 'read',
      objectType: 'referral',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
    });
    return viewOf(tx, ctx, row, await referralEvents(tx, personalDataKey(ctx), row.id));
  });
}

export interface ReferralListFilters {
  state?: ReferralState | undefined;
  flag?: WorklistFlag | undefined;
  limit?: number | undefined;
}

/**
 * The practice's worklist (its sent referrals with their flags), a provider's inbox (the
 * referrals sent to it), or for the regional coordinator all of them. Each listed patient is an
 * audit entry ('search', with the pseudonym); the listing itself is one more.
 */
export async function listReferrals(
  ctx: UseCaseContext,
  filters: ReferralListFilters = {},
): Promise<ReferralList> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'referral:read');
  const today = todayOf(ctx);
  const limit = filters.limit ?? 100;
  return audited(ctx, async (tx, { record }) => {
    const rows = await listReferralRows(tx, personalDataKey(ctx), reach, {
      ...(filters.state ? { states: [filters.state] } : {}),
      limit: filters.flag ? 1000 : limit,
    });
    const all = rows.map(({ referral: r, ...names }) => {
      const side = sideOf(principal, r);
      return {
        row: r,
        item: {
          id: r.id,
          route: r.route,
          state: r.state as ReferralState,
          direction: directionOf(side),
          flags: flagsOf(r, today),
          patientName: r.patientName,
          patientBirthDate: r.patientBirthDate,
          referrerOrganizationName: names.referrerOrganizationName,
          receiverOrganizationName: names.receiverOrganizationName,
          serviceName: names.serviceName,
          sentAt: iso(r.sentAt),
          stateSince: iso(r.updatedAt),
          validUntil: r.validUntil,
          intakeOn: r.intakeOn,
          rejectionReason: r.rejectionReason,
        } satisfies ReferralListItem,
      };
    });
    const shown = (filters.flag ? all.filter((x) => x.item.flags.includes(filters.flag!)) : all).slice(
      0,
      limit,
    );
    const byFlag = {
      'geen-reactie': 0,
      afgewezen: 0,
      'informatie-gevraagd': 0,
      'intake-gepland': 0,
      'geldigheid-verloopt': 0,
      verlopen: 0,
    };
    for (const { item } of shown) for (const flag of item.flags) byFlag[flag]++;
    record({
      event: 'search',
      objectType: 'referral',
      details: { state: filters.state ?? null, flag: filters.flag ?? null, count: shown.length },
    });
    for (const { row } of shown) {
      record({
        event: 'search',
        objectType: 'referral',
        objectId: row.id,
        subjectPseudonym: row.patientPseudonym,
      });
    }
    return { today, items: shown.map((x) => x.item), counts: { total: shown.length, byFlag } };
  });
}

/** The notice to the other side for a step; organisation names and labels only, never patient data. */
function noticeFor(
  action: ReferralAction,
  actor: string,
  input: ReferralActionInput,
  intakeOn: string | undefined,
): string {
  switch (action) {
    case 'accepteren':
      return `${actor} heeft de verwijzing geaccepteerd.`;
    case 'afwijzen':
      return `${actor} heeft de verwijzing afgewezen: ${labelOf(REJECTION_REASONS, input.reason ?? '').toLowerCase()}.`;
    case 'informatie-vragen':
      return `${actor} vraagt aanvullende informatie bij een verwijzing.`;
    case 'intake-plannen':
      return `${actor} heeft de intake gepland op ${intakeOn ? formatDutchDate(intakeOn) : 'een nieuwe datum'}.`;
    case 'behandeling-starten':
      return `${actor} is gestart met de behandeling.`;
    case 'afsluiten':
      return `${actor} heeft de verwijzing afgesloten.`;
    case 'terugbericht':
      return `${actor} stuurde een terugbericht: ${labelOf(RETURN_MESSAGES, input.returnMessage ?? '').toLowerCase()}.`;
    case 'terugkoppeling':
      return `${actor} stuurde terugkoppeling van de welzijnscoach.`;
    case 'informatie-aanvullen':
      return `${actor} heeft de gevraagde informatie bij een verwijzing aangevuld.`;
    case 'intrekken':
      return `${actor} heeft een verwijzing ingetrokken.`;
  }
}

/** Takes one step on a referral for the caller's side and notifies the other side. */
export async function actOnReferral(
  ctx: UseCaseContext,
  id: string,
  input: ReferralActionInput,
): Promise<ReferralView> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'referral:change');
  const now = ctx.services.now();
  const today = dateInNetherlands(now);
  return audited(ctx, async (tx, { record }) => {
    const row = await findReferral(tx, personalDataKey(ctx), id, reach);
    if (!row) throw notFound('De verwijzing');
    const side = sideOf(principal, row);
    if (!side)
      throw forbidden('Alleen de verwijzer en de ontvanger van een verwijzing zetten er een stap in.');
    const step = planAction(
      { state: row.state as ReferralState, route: row.route, validUntil: row.validUntil },
      side,
      input,
      today,
    );
    let current = row;
    const stateChanges = step.toState !== row.state || Object.keys(step.changes).length > 0;
    if (stateChanges) {
      const updated = await updateReferralState(
        tx,
        personalDataKey(ctx),
        row.id,
        row.state,
        { state: step.toState, ...step.changes },
        now,
      );
      if (!updated) {
        throw new DomainError(
          'conflict',
          'De verwijzing is intussen gewijzigd. Laad de pagina opnieuw en kijk of deze stap nog nodig is.',
        );
      }
      current = updated;
    }
    await insertReferralEvent(tx, personalDataKey(ctx), {
      referralId: row.id,
      ...step.event,
      actorUserId: principal.userId,
      actorOrganizationId: principal.organizationId,
      actorName: principal.displayName,
      at: now,
    });
    const names = await organizationNames(tx, [principal.organizationId]);
    await notify(
      tx,
      {
        organizationId: side === 'ontvanger' ? row.referrerOrganizationId : row.receiverOrganizationId,
        subjectType: 'referral',
        subjectId: row.id,
        text: noticeFor(
          input.action,
          names.get(principal.organizationId) ?? 'De andere partij',
          input,
          step.changes.intakeOn,
        ),
      },
      now,
    );
    record({
      event: 'update',
      objectType: 'referral',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
      details: { action: input.action, fromState: row.state, toState: step.toState, code: step.event.code },
    });
    return viewOf(tx, ctx, current, await referralEvents(tx, personalDataKey(ctx), row.id));
  });
}

export interface RematchStart {
  referralId: string;
  /** The need the referral was made from, or null when it was made without one. */
  need: Record<string, unknown> | null;
  /** Organisations that rejected this referral or one it replaced: leave them out of the new match. */
  excludeOrganizations: { id: string; name: string }[];
}

/**
 * What "opnieuw matchen zonder deze aanbieder" starts from: the stored need, and every
 * organisation that rejected this referral or its predecessors. For the referring practice (and
 * the coordinator); the read is audited with the patient's pseudonym.
 */
export async function rematchStart(ctx: UseCaseContext, id: string): Promise<RematchStart> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'referral:read');
  return audited(ctx, async (tx, { record }) => {
    const chain = await referralChain(tx, personalDataKey(ctx), id, reach);
    const row = chain[0];
    if (!row) throw notFound('De verwijzing');
    if (sideOf(principal, row) === 'ontvanger') {
      throw forbidden('Opnieuw matchen is aan de verwijzer.');
    }
    const rejecting = [
      ...new Set(chain.filter((r) => r.state === 'afgewezen').map((r) => r.receiverOrganizationId)),
    ];
    const names = await organizationNames(tx, rejecting);
    record({
      event: 'read',
      objectType: 'referral',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
      details: { purpose: 'opnieuw-matchen', excluded: rejecting.length },
    });
    const need = row.need ?? chain.find((r) => r.need !== null)?.need ?? null;
    return {
      referralId: row.id,
      need: (need as Record<string, unknown> | null) ?? null,
      excludeOrganizations: rejecting.map((orgId) => ({ id: orgId, name: names.get(orgId) ?? '' })),
    };
  });
}
