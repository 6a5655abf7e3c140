/**
 * Use cases of consultatie GGZ: a GP or POH-GGZ asks a GGZ consultant (by discipline) a written
 * question with the patient's consent; the consultant's organisation answers within the region's
 * term (the consultatie-ggz rule where the consultant works, 3 working days by default); both
 * sides write in one thread; the asking practice closes it. Each change runs in the
 * usual order: load scoped to the caller, authorise, check the state (src/domain/consultation),
 * then change, audit and notify the other side in one transaction (audited()).
 *
 * A consultation holds no patient name. When the GP gives the BSN, only its pseudonym is stored,
 * and every read of that consultation's thread is then audited with it. The subject, the question
 * and the messages are stored sealed; the repository seals and opens them with
 * `ctx.services.auth.keys.personalData`.
 */
import { decide, forbidden, reachCoversOrganization, reachFor, type Principal } from '../domain/access/permissions';
import { personPseudonym } from '../domain/audit/pseudonym';
import { dateInNetherlands, formatDutchDate, type IsoDate } from '../domain/calendar/iso-date';
import {
  disciplineLabel,
  disciplinesOfService,
  serviceOffersDiscipline,
  type Discipline,
} from '../domain/consultation/disciplines';
import { CONSULTATION_ANSWER_WORKING_DAYS, consultationDueOn, isOverdue } from '../domain/consultation/due-date';
import {
  assertClosable,
  consultationStateLabel,
  messageEffect,
  type ConsultationSide,
  type ConsultationState,
} from '../domain/consultation/lifecycle';
import {
  messageProblems,
  newConsultationMessage,
  newConsultationProblems,
  type NewConsultationInput,
} from '../domain/consultation/validation';
import { invalid, notFound } from '../domain/errors';
import { resolveRouteRule } from '../domain/routes/regional-rules';
import type { Db } from '../db/client';
import { listCurrentRules, listRegions, ruleOf } from '../db/route-rules-repository';
import {
  consultationMessages,
  findConsultantService,
  findConsultation,
  insertConsultation,
  insertConsultationMessage,
  listConsultantServices,
  listConsultations,
  lockConsultation,
  organizationName,
  updateConsultation,
  type ConsultationFilter,
  type ConsultationListRow,
  type ConsultationMessageRow,
  type ConsultationView,
} from '../db/consultation-repository';
import { notify } from '../db/notification-repository';
import { audited, type UseCaseContext } from './audited';
import { normaliseBsn } from '../domain/referrals/bsn';

export interface ConsultantOption {
  serviceId: string;
  serviceName: string;
  organizationId: string;
  organizationName: string;
  city: string | null;
  /** The disciplines the service names; empty: it takes questions for every discipline. */
  disciplines: Discipline[];
}

export interface ConsultationSummary {
  id: string;
  state: ConsultationState;
  stateLabel: string;
  discipline: string;
  disciplineLabel: string;
  subject: string;
  /** The GP also asked for a one-off consult with the patient (eenmalig consult, seed 001). */
  oneOffConsult: boolean;
  requesterOrganizationId: string;
  requesterOrganizationName: string;
  requesterName: string;
  consultantOrganizationId: string;
  consultantOrganizationName: string;
  serviceId: string | null;
  serviceName: string | null;
  askedAt: string;
  dueOn: IsoDate;
  /** Open and past the due date (te laat). */
  overdue: boolean;
  answeredAt: string | null;
  closedAt: string | null;
  referralId: string | null;
}

export interface ConsultationListItem extends ConsultationSummary {
  messageCount: number;
  lastMessageAt: string | null;
}

export interface ConsultationMessage {
  id: string;
  side: ConsultationSide;
  authorName: string;
  authorOrganizationName: string;
  body: string;
  at: string;
}

export interface ConsultationDetail extends ConsultationSummary {
  question: string;
  patientConsent: boolean;
  consentRecordedAt: string;
  /** Whether the GP gave a BSN (only its pseudonym is stored, for the audit trail). */
  patientPseudonymSet: boolean;
  messages: ConsultationMessage[];
  /** The caller's side, or null for a reader on neither side (the regional coordinator). */
  viewerSide: ConsultationSide | null;
  /** What the caller may do now, so a screen shows only working buttons. */
  may: { reply: boolean; close: boolean; convertToReferral: boolean };
}

const principalOf = (ctx: UseCaseContext): Principal => {
  const principal = ctx.principal;
  if (!principal) throw forbidden('no principal');
  return principal;
};
const today = (ctx: UseCaseContext) => dateInNetherlands(ctx.services.now());
/** The key the repository seals the free text of consultations and messages with. */
const personalDataKey = (ctx: UseCaseContext) => ctx.services.auth.keys.personalData;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
/** The text a service's disciplines are read from. */
const textOf = (s: { serviceName: string; description: string }) => ({ name: s.serviceName, description: s.description });

function summaryOf(view: ConsultationView, on: IsoDate): ConsultationSummary {
  const state = view.state as ConsultationState;
  return {
    id: view.id,
    state,
    stateLabel: consultationStateLabel(state),
    discipline: view.discipline,
    disciplineLabel: disciplineLabel(view.discipline),
    subject: view.subject,
    oneOffConsult: view.oneOffConsult,
    requesterOrganizationId: view.requesterOrganizationId,
    requesterOrganizationName: view.requesterOrganizationName,
    requesterName: view.requesterName,
    consultantOrganizationId: view.consultantOrganizationId,
    consultantOrganizationName: view.consultantOrganizationName,
    serviceId: view.serviceId,
    serviceName: view.serviceName,
    askedAt: view.createdAt.toISOString(),
    dueOn: view.dueOn,
    overdue: isOverdue({ state, dueOn: view.dueOn }, on),
    answeredAt: iso(view.answeredAt),
    closedAt: iso(view.closedAt),
    referralId: view.referralId,
  };
}

/** The side a principal writes on, judged by the organisation it acts for. */
function sideOf(principal: Principal, view: Pick<ConsultationView, 'requesterOrganizationId' | 'consultantOrganizationId'>) {
  if (principal.organizationId === view.requesterOrganizationId) return 'aanvrager' as const;
  if (principal.organizationId === view.consultantOrganizationId) return 'consulent' as const;
  return null;
}

const ACTION_OF_SIDE = { aanvrager: 'consultation:request', consulent: 'consultation:answer' } as const;

function mayWrite(principal: Principal, side: ConsultationSide | null): side is ConsultationSide {
  return side !== null && decide(principal, ACTION_OF_SIDE[side]).allowed;
}

function detailOf(
  principal: Principal,
  view: ConsultationView,
  messages: ConsultationMessageRow[],
  on: IsoDate,
): ConsultationDetail {
  const side = sideOf(principal, view);
  const open = view.state !== 'afgesloten';
  const asker = side === 'aanvrager' && mayWrite(principal, side);
  return {
    ...summaryOf(view, on),
    question: view.question,
    patientConsent: view.patientConsent,
    consentRecordedAt: view.consentRecordedAt.toISOString(),
    patientPseudonymSet: view.patientPseudonym !== null,
    messages: messages.map((m) => ({
      id: m.id,
      side: m.authorOrganizationId === view.consultantOrganizationId ? 'consulent' : 'aanvrager',
      authorName: m.authorName,
      authorOrganizationName:
        m.authorOrganizationId === view.consultantOrganizationId
          ? view.consultantOrganizationName
          : view.requesterOrganizationName,
      body: m.body,
      at: m.at.toISOString(),
    })),
    viewerSide: side,
    may: {
      reply: open && mayWrite(principal, side),
      close: open && asker,
      // Advice exists once the consultant has written, also while a follow-up question is open.
      convertToReferral:
        asker &&
        messages.some((m) => m.authorOrganizationId === view.consultantOrganizationId) &&
        view.referralId === null &&
        decide(principal, 'referral:create').allowed,
    },
  };
}

/** Consultation services on the care map, optionally only those that take this discipline. */
export async function consultantsFor(
  ctx: UseCaseContext,
  discipline: Discipline | undefined,
): Promise<ConsultantOption[]> {
  reachFor(ctx.principal, 'consultation:request');
  const services = await listConsultantServices(ctx.services.database.db);
  return services
    .filter((s) => discipline === undefined || serviceOffersDiscipline(textOf(s), discipline))
    .map((s) => ({
      serviceId: s.serviceId,
      serviceName: s.serviceName,
      organizationId: s.organizationId,
      organizationName: s.organizationName,
      city: s.city,
      disciplines: disciplinesOfService(textOf(s)),
    }));
}

export interface RequestConsultationInput extends NewConsultationInput {
  serviceId: string;
}

/**
 * Working days the consultant has to answer: the regional consultatie-ggz rule that covers the
 * consultant's municipality today (a coordinator can change it under Regionale afspraken), or
 * CONSULTATION_ANSWER_WORKING_DAYS where no rule sets a term.
 */
async function answerWorkingDays(db: Db, municipalityCode: string | null, now: Date): Promise<number> {
  if (!municipalityCode) return CONSULTATION_ANSWER_WORKING_DAYS;
  const [rules, regions] = await Promise.all([listCurrentRules(db), listRegions(db)]);
  const rule = resolveRouteRule(rules.map(ruleOf), 'consultatie-ggz', { municipalityCode }, dateInNetherlands(now), regions);
  return rule?.details.answerWorkingDays ?? CONSULTATION_ANSWER_WORKING_DAYS;
}

/** Sends a new question to the organisation of a consultation service. */
export async function requestConsultation(
  ctx: UseCaseContext,
  input: RequestConsultationInput,
): Promise<ConsultationDetail> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'consultation:request');
  if (!reachCoversOrganization(reach, [principal.organizationId])) throw forbidden('request outside own practice');
  const problems = newConsultationProblems(input);
  if (problems.length > 0) throw invalid(newConsultationMessage(problems), problems);
  const { db } = ctx.services.database;
  const consultant = await findConsultantService(db, input.serviceId);
  if (!consultant) {
    throw invalid('Kies een consulent uit de lijst.', [
      { field: 'serviceId', message: 'is geen dienst voor consultatie GGZ' },
    ]);
  }
  const discipline = input.discipline as Discipline;
  if (!serviceOffersDiscipline(textOf(consultant), discipline)) {
    throw invalid(`${consultant.organizationName} biedt geen consultatie door een ${disciplineLabel(discipline).toLowerCase()}.`, [
      { field: 'serviceId', message: 'biedt deze discipline niet' },
    ]);
  }
  const now = ctx.services.now();
  const term = await answerWorkingDays(db, consultant.municipalityCode, now);
  const bsn = input.patientBsn?.trim() ? normaliseBsn(input.patientBsn) : null;
  const pseudonym = bsn ? personPseudonym(ctx.services.auth.keys.pseudonym, bsn) : null;
  const id = await audited(ctx, async (tx, { record }) => {
    const row = await insertConsultation(tx, personalDataKey(ctx), {
      requesterOrganizationId: principal.organizationId,
      requesterUserId: principal.userId,
      requesterName: principal.displayName,
      discipline,
      consultantOrganizationId: consultant.organizationId,
      serviceId: consultant.serviceId,
      subject: input.subject.trim(),
      question: input.question.trim(),
      patientConsent: true,
      consentRecordedAt: now,
      oneOffConsult: input.oneOffConsult === true,
      patientPseudonym: pseudonym,
      state: 'open',
      dueOn: consultationDueOn(now, term),
      createdAt: now,
      updatedAt: now,
    });
    const practice = (await organizationName(tx, principal.organizationId)) ?? 'Een huisartsenpraktijk';
    await notify(
      tx,
      {
        organizationId: consultant.organizationId,
        subjectType: 'consultation',
        subjectId: row.id,
        text:
          `${practice} stelt een consultatievraag (${disciplineLabel(discipline)})` +
          `${row.oneOffConsult ? ' en vraagt een eenmalig consult met de patiënt' : ''}; antwoord uiterlijk ${formatDutchDate(row.dueOn)}.`,
      },
      now,
    );
    record({
      event: 'create',
      objectType: 'consultation',
      objectId: row.id,
      subjectPseudonym: pseudonym,
      details: {
        discipline,
        consultantOrganizationId: consultant.organizationId,
        dueOn: row.dueOn,
        oneOffConsult: row.oneOffConsult,
      },
    });
    return row.id;
  });
  const view = await findConsultation(db, personalDataKey(ctx), id, reach);
  if (!view) throw notFound('De consultatie');
  return detailOf(principal, view, [], today(ctx));
}

/** The consultations of the caller's practice, or those put to the caller's organisation. */
export async function consultationsFor(
  ctx: UseCaseContext,
  options: { filter?: ConsultationFilter | undefined; limit: number },
): Promise<ConsultationListItem[]> {
  const reach = reachFor(ctx.principal, 'consultation:read');
  const on = today(ctx);
  const rows = await audited(ctx, async (tx, { record }) => {
    const found = await listConsultations(tx, personalDataKey(ctx), reach, { filter: options.filter, today: on, limit: options.limit });
    record({
      event: 'search',
      objectType: 'consultation',
      details: { filter: options.filter ?? 'alle', count: found.length },
    });
    return found;
  });
  return rows.map((row: ConsultationListRow) => ({
    ...summaryOf(row, on),
    messageCount: row.messageCount,
    lastMessageAt: iso(row.lastMessageAt),
  }));
}

/** One consultation with its thread; a read of one with a patient pseudonym is audited. */
export async function consultationFor(ctx: UseCaseContext, id: string): Promise<ConsultationDetail> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'consultation:read');
  const { db } = ctx.services.database;
  const key = personalDataKey(ctx);
  const view = await findConsultation(db, key, id, reach);
  if (!view) throw notFound('De consultatie');
  const messages = view.patientPseudonym
    ? await audited(ctx, async (tx, { record }) => {
        record({ event: 'read', objectType: 'consultation', objectId: view.id, subjectPseudonym: view.patientPseudonym });
        return consultationMessages(tx, key, view.id);
      })
    : await consultationMessages(db, key, view.id);
  return detailOf(principal, view, messages, today(ctx));
}

function noticeFor(
  side: ConsultationSide,
  effect: ReturnType<typeof messageEffect>,
  names: { author: string; discipline: string; dueOn: IsoDate },
): string {
  if (side === 'consulent') {
    return effect.answers
      ? `${names.author} heeft uw consultatievraag (${names.discipline}) beantwoord.`
      : `${names.author} heeft een nieuw bericht geplaatst bij uw consultatievraag (${names.discipline}).`;
  }
  return effect.newRound
    ? `${names.author} stelt een vervolgvraag bij een consultatie (${names.discipline}); antwoord uiterlijk ${formatDutchDate(names.dueOn)}.`
    : `${names.author} heeft een aanvulling geplaatst bij een open consultatievraag (${names.discipline}).`;
}

/** Posts a message in the thread: an answer by the consultant, or a follow-up by the practice. */
export async function postConsultationMessage(
  ctx: UseCaseContext,
  id: string,
  body: string,
): Promise<ConsultationDetail> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'consultation:read');
  const problems = messageProblems(body);
  if (problems.length > 0) throw invalid('Het bericht kan zo niet worden geplaatst.', problems);
  const now = ctx.services.now();
  await audited(ctx, async (tx, { record }) => {
    const row = await lockConsultation(tx, personalDataKey(ctx), id, reach);
    if (!row) throw notFound('De consultatie');
    const side = sideOf(principal, row);
    if (!mayWrite(principal, side)) {
      throw forbidden(`${principal.role} may not write in consultation ${id}`);
    }
    const writeReach = reachFor(principal, ACTION_OF_SIDE[side]);
    const owner = side === 'aanvrager' ? row.requesterOrganizationId : row.consultantOrganizationId;
    if (!reachCoversOrganization(writeReach, [owner])) throw forbidden('outside the writer’s reach');
    const effect = messageEffect(row.state as ConsultationState, side);
    const consultant = effect.newRound && row.serviceId ? await findConsultantService(tx, row.serviceId) : undefined;
    const dueOn = effect.newRound
      ? consultationDueOn(now, await answerWorkingDays(tx, consultant?.municipalityCode ?? null, now))
      : row.dueOn;
    const message = await insertConsultationMessage(
      tx,
      personalDataKey(ctx),
      {
        consultationId: row.id,
        authorUserId: principal.userId,
        authorOrganizationId: principal.organizationId,
        authorName: principal.displayName,
        authorRole: principal.role,
        body: body.trim(),
      },
      now,
    );
    await updateConsultation(
      tx,
      row.id,
      {
        state: effect.state,
        dueOn,
        ...(effect.answers ? { answeredAt: message.at } : {}),
        ...(effect.newRound ? { answeredAt: null } : {}),
      },
      now,
    );
    const author = (await organizationName(tx, principal.organizationId)) ?? principal.displayName;
    await notify(
      tx,
      {
        organizationId: side === 'consulent' ? row.requesterOrganizationId : row.consultantOrganizationId,
        subjectType: 'consultation',
        subjectId: row.id,
        text: noticeFor(side, effect, { author, discipline: disciplineLabel(row.discipline), dueOn }),
      },
      now,
    );
    record({
      event: 'update',
      objectType: 'consultation',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
      details: { action: 'bericht', messageId: message.id, side, fromState: row.state, toState: effect.state },
    });
  });
  return consultationFor(ctx, id);
}

/** Closes a consultation; only the asking practice does this. */
export async function closeConsultation(ctx: UseCaseContext, id: string): Promise<ConsultationDetail> {
  const principal = principalOf(ctx);
  const reach = reachFor(principal, 'consultation:request');
  const now = ctx.services.now();
  await audited(ctx, async (tx, { record }) => {
    const row = await lockConsultation(tx, personalDataKey(ctx), id, reach);
    if (!row) throw notFound('De consultatie');
    if (sideOf(principal, row) !== 'aanvrager') {
      throw forbidden('only the asking practice closes a consultation');
    }
    assertClosable(row.state as ConsultationState);
    await updateConsultation(tx, row.id, { state: 'afgesloten', closedAt: now }, now);
    const practice = (await organizationName(tx, principal.organizationId)) ?? 'De huisartsenpraktijk';
    await notify(
      tx,
      {
        organizationId: row.consultantOrganizationId,
        subjectType: 'consultation',
        subjectId: row.id,
        text: `${practice} heeft een consultatie (${disciplineLabel(row.discipline)}) afgesloten.`,
      },
      now,
    );
    record({
      event: 'update',
      objectType: 'consultation',
      objectId: row.id,
      subjectPseudonym: row.patientPseudonym,
      details: { action: 'afgesloten', fromState: row.state, toState: 'afgesloten' },
    });
  });
  return consultationFor(ctx, id);
}
