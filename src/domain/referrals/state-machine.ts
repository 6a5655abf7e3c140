/**
 * The referral's closed loop as a state machine: which actions exist, which side of the referral
 * takes each (the receiving provider or the referring practice), from which states, where they
 * lead and what they require. Pure: the use case (src/services/referrals.ts) loads the referral
 * scoped to the caller, works out the caller's side, asks planAction() what the step means, and
 * then writes the state, the event and the audit entry in one transaction.
 *
 *   verstuurd ──accepteren──▶ geaccepteerd ──intake-plannen──▶ intake-gepland ──behandeling-starten──▶ in-behandeling ──afsluiten──▶ afgesloten
 *       │ ▲                                                                     (plan directly from verstuurd too)
 *       │ └─informatie-aanvullen── informatie-gevraagd ◀──informatie-vragen── verstuurd
 *       └──afwijzen──▶ afgewezen              (verwijzer) intrekken ──▶ ingetrokken
 *
 * Return messages (terugbericht, GP–GGZ guideline) and the welzijnscoach's terugkoppeling (WoR,
 * WoR+) change no state; they are events on the referral's timeline.
 */
import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date';
import { DomainError, invalid } from '../errors';
import {
  isWelfareCoachRoute,
  labelOf,
  REFERRAL_STATES,
  REJECTION_REASON_IDS,
  RETURN_MESSAGE_IDS,
  type ReferralEventKind,
  type ReferralState,
  type RejectionReason,
  type ReturnMessage,
} from './vocabulary';

/** Which side of a referral the caller is on. */
export type ReferralSide = 'verwijzer' | 'ontvanger';

export const REFERRAL_ACTIONS = [
  { id: 'accepteren', label: 'Accepteren', side: 'ontvanger' },
  { id: 'afwijzen', label: 'Afwijzen', side: 'ontvanger' },
  { id: 'informatie-vragen', label: 'Aanvullende informatie vragen', side: 'ontvanger' },
  { id: 'intake-plannen', label: 'Intake plannen', side: 'ontvanger' },
  { id: 'behandeling-starten', label: 'Behandeling gestart', side: 'ontvanger' },
  { id: 'afsluiten', label: 'Afsluiten', side: 'ontvanger' },
  { id: 'terugbericht', label: 'Terugbericht aan de verwijzer', side: 'ontvanger' },
  { id: 'terugkoppeling', label: 'Terugkoppeling aan de huisarts (welzijnscoach)', side: 'ontvanger' },
  { id: 'informatie-aanvullen', label: 'Informatie aanvullen', side: 'verwijzer' },
  { id: 'intrekken', label: 'Verwijzing intrekken', side: 'verwijzer' },
] as const satisfies readonly { id: string; label: string; side: ReferralSide }[];
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number]['id'];
export const REFERRAL_ACTION_IDS = REFERRAL_ACTIONS.map((a) => a.id) as readonly ReferralAction[];

/** One step as the caller asks for it (the body of POST /api/referrals/:id/actions). */
export interface ReferralActionInput {
  action: ReferralAction;
  /** Free text: the question, the answer, the reason's explanation, the return message. */
  message?: string | null;
  /** afwijzen */
  reason?: string | null;
  /** terugbericht */
  returnMessage?: string | null;
  /** intake-plannen */
  intakeOn?: string | null;
}

/** The referral as far as the rules need it. */
export interface ReferralFacts {
  state: ReferralState;
  route: string;
  validUntil: IsoDate;
}

/** What a step means: the new state (the same for a message), the event, and the columns it sets. */
export interface PlannedStep {
  toState: ReferralState;
  event: {
    kind: ReferralEventKind;
    fromState: ReferralState;
    toState: ReferralState;
    code: string | null;
    message: string | null;
    details: Record<string, string>;
  };
  changes: {
    intakeOn?: IsoDate;
    rejectionReason?: RejectionReason;
    rejectionNote?: string | null;
  };
}

interface Rule {
  from: readonly ReferralState[];
  /** null: the state stays (a message on the timeline). */
  to: ReferralState | null;
  event: ReferralEventKind;
  /** The message is required, with this Dutch explanation when it is missing. */
  messageRequired?: string;
  /** Registering the patient needs a letter that is still valid (not past validUntil). */
  needsValidLetter?: true;
  /** Only on some routes. */
  routes?: (route: string) => boolean;
}

/** States in which the provider has not yet registered the patient: the letter must still be valid. */
const NOT_YET_REGISTERED: readonly ReferralState[] = ['verstuurd', 'informatie-gevraagd'];
const AFTER_ACCEPTANCE: readonly ReferralState[] = [
  'geaccepteerd',
  'intake-gepland',
  'in-behandeling',
  'afgesloten',
];

const RULES: Record<ReferralAction, Rule> = {
  accepteren: {
    from: ['verstuurd', 'informatie-gevraagd'],
    to: 'geaccepteerd',
    event: 'geaccepteerd',
    needsValidLetter: true,
  },
  afwijzen: {
    from: ['verstuurd', 'informatie-gevraagd', 'geaccepteerd'],
    to: 'afgewezen',
    event: 'afgewezen',
  },
  'informatie-vragen': {
    from: ['verstuurd'],
    to: 'informatie-gevraagd',
    event: 'informatie-gevraagd',
    messageRequired: 'Schrijf welke informatie u nog nodig heeft.',
  },
  'intake-plannen': {
    from: ['verstuurd', 'geaccepteerd', 'intake-gepland'],
    to: 'intake-gepland',
    event: 'intake-gepland',
    needsValidLetter: true,
  },
  'behandeling-starten': {
    from: ['geaccepteerd', 'intake-gepland'],
    to: 'in-behandeling',
    event: 'behandeling-gestart',
  },
  afsluiten: {
    from: ['geaccepteerd', 'intake-gepland', 'in-behandeling'],
    to: 'afgesloten',
    event: 'afgesloten',
  },
  terugbericht: {
    from: AFTER_ACCEPTANCE,
    to: null,
    event: 'terugbericht',
    messageRequired: 'Schrijf het terugbericht aan de verwijzer.',
  },
  terugkoppeling: {
    from: AFTER_ACCEPTANCE,
    to: null,
    event: 'terugkoppeling',
    messageRequired: 'Schrijf de terugkoppeling aan de huisarts.',
    routes: isWelfareCoachRoute,
  },
  'informatie-aanvullen': {
    from: ['informatie-gevraagd'],
    to: 'verstuurd',
    event: 'informatie-aangevuld',
    messageRequired: 'Schrijf de gevraagde informatie.',
  },
  intrekken: {
    from: ['verstuurd', 'informatie-gevraagd', 'geaccepteerd', 'intake-gepland'],
    to: 'ingetrokken',
    event: 'ingetrokken',
  },
};

/** How far ahead an intake can be planned. */
const MAX_INTAKE_DAYS_AHEAD = 366;
const MAX_MESSAGE = 4000;

export function sideOfAction(action: ReferralAction): ReferralSide {
  return REFERRAL_ACTIONS.find((a) => a.id === action)!.side;
}

const conflict = (message: string) => new DomainError('conflict', message);
const stateLabel = (state: ReferralState) => labelOf(REFERRAL_STATES, state).toLowerCase();

/** Why this side may not take this action now, or null when it may (form input aside). */
export function refusalOf(
  referral: ReferralFacts,
  side: ReferralSide,
  action: ReferralAction,
  today: IsoDate,
): string | null {
  const rule = RULES[action];
  if (sideOfAction(action) !== side) {
    return side === 'verwijzer'
      ? 'Deze stap is aan de ontvanger van de verwijzing.'
      : 'Deze stap is aan de verwijzer.';
  }
  if (rule.routes && !rule.routes(referral.route)) {
    return 'Terugkoppeling door een welzijnscoach hoort bij een verwijzing voor Welzijn op Recept (+).';
  }
  if (!rule.from.includes(referral.state)) {
    return `Dit kan niet meer: de verwijzing is ${stateLabel(referral.state)}.`;
  }
  if (rule.needsValidLetter && NOT_YET_REGISTERED.includes(referral.state) && today > referral.validUntil) {
    return 'De verwijzing is verlopen (langer dan 9 maanden geleden verstuurd); de huisarts moet opnieuw verwijzen.';
  }
  return null;
}

/** The actions this side may take on the referral today, in the order of REFERRAL_ACTIONS. */
export function availableActions(
  referral: ReferralFacts,
  side: ReferralSide | null,
  today: IsoDate,
): ReferralAction[] {
  if (!side) return [];
  return REFERRAL_ACTION_IDS.filter((action) => refusalOf(referral, side, action, today) === null);
}

/**
 * What a step means for this referral, or a DomainError: 403 for the wrong side, 409 when the
 * state does not allow it, 400 (with the field) for missing or wrong input.
 */
export function planAction(
  referral: ReferralFacts,
  side: ReferralSide,
  input: ReferralActionInput,
  today: IsoDate,
): PlannedStep {
  const rule = RULES[input.action];
  const refusal = refusalOf(referral, side, input.action, today);
  if (refusal) {
    throw sideOfAction(input.action) !== side ? new DomainError('geen-toegang', refusal) : conflict(refusal);
  }
  const message = (input.message ?? '').trim() || null;
  if (message && message.length > MAX_MESSAGE) {
    throw invalid('Het bericht is te lang.', [
      { field: 'message', message: `Hooguit ${MAX_MESSAGE} tekens.` },
    ]);
  }
  if (rule.messageRequired && !message) {
    throw invalid(rule.messageRequired, [{ field: 'message', message: rule.messageRequired }]);
  }

  const toState = rule.to ?? referral.state;
  let code: string | null = null;
  const details: Record<string, string> = {};
  const changes: PlannedStep['changes'] = {};

  switch (input.action) {
    case 'afwijzen': {
      const reason = input.reason ?? '';
      if (!(REJECTION_REASON_IDS as readonly string[]).includes(reason)) {
        throw invalid('Kies een reden voor de afwijzing.', [
          { field: 'reason', message: 'Kies een reden uit de lijst.' },
        ]);
      }
      if (reason === 'anders' && !message) {
        throw invalid('Licht de reden "anders" toe.', [
          { field: 'message', message: 'Bij de reden "anders" is een toelichting verplicht.' },
        ]);
      }
      code = reason;
      changes.rejectionReason = reason as RejectionReason;
      changes.rejectionNote = message;
      break;
    }
    case 'terugbericht': {
      const kind = input.returnMessage ?? '';
      if (!(RETURN_MESSAGE_IDS as readonly string[]).includes(kind)) {
        throw invalid('Kies het soort terugbericht.', [
          { field: 'returnMessage', message: 'Kies een soort uit de lijst.' },
        ]);
      }
      code = kind as ReturnMessage;
      break;
    }
    case 'intake-plannen': {
      const on = input.intakeOn ?? '';
      const problem = !isIsoDate(on)
        ? 'Vul de datum van de intake in.'
        : on < today
          ? 'De intake kan niet in het verleden liggen.'
          : on > addDays(today, MAX_INTAKE_DAYS_AHEAD)
            ? 'De intake ligt meer dan een jaar vooruit; controleer de datum.'
            : null;
      if (problem) throw invalid(problem, [{ field: 'intakeOn', message: problem }]);
      changes.intakeOn = on;
      details.intakeOn = on;
      break;
    }
    default:
      break;
  }

  return {
    toState,
    event: { kind: rule.event, fromState: referral.state, toState, code, message, details },
    changes,
  };
}
