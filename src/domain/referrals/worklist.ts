/**
 * The referrer's worklist (issue #6 item 3): which referrals need the practice's attention. A
 * referral can carry several flags at once (no reaction yet and its validity running out); the
 * worklist shows it under each. Pure: today is passed in, working days count Dutch public holidays.
 */
import { addDays, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays } from '../calendar/working-days';
import { NO_REACTION_WORKING_DAYS, VALIDITY_WARNING_DAYS, type ReferralState } from './vocabulary';

export const WORKLIST_FLAGS = [
  { id: 'geen-reactie', label: `Geen reactie na ${NO_REACTION_WORKING_DAYS} werkdagen` },
  { id: 'afgewezen', label: 'Afgewezen' },
  { id: 'informatie-gevraagd', label: 'Informatie gevraagd' },
  { id: 'intake-gepland', label: 'Intake gepland' },
  { id: 'geldigheid-verloopt', label: `Geldigheid verloopt binnen ${VALIDITY_WARNING_DAYS} dagen` },
  { id: 'verlopen', label: 'Verlopen zonder intake' },
] as const;
export type WorklistFlag = (typeof WORKLIST_FLAGS)[number]['id'];
export const WORKLIST_FLAG_IDS = WORKLIST_FLAGS.map((f) => f.id) as readonly WorklistFlag[];

export interface WorklistFacts {
  state: ReferralState;
  /** The day (in the Netherlands) the referral entered its current state: sent, or sent again after an answer. */
  stateSince: IsoDate;
  validUntil: IsoDate;
}

/** States in which no intake has been planned yet while the referral is still open. */
const OPEN_WITHOUT_INTAKE: readonly ReferralState[] = ['verstuurd', 'informatie-gevraagd', 'geaccepteerd'];

/**
 * The last day the receiver can react in time: five working days after the day the referral was
 * sent (that day itself does not count). After that day it is flagged "geen reactie".
 */
export function reactionDueOn(sentOn: IsoDate): IsoDate {
  return addWorkingDays(sentOn, NO_REACTION_WORKING_DAYS);
}

/** The worklist flags of one referral today, in the order of WORKLIST_FLAGS. */
export function worklistFlags(referral: WorklistFacts, today: IsoDate): WorklistFlag[] {
  const flags: WorklistFlag[] = [];
  const { state } = referral;
  if (state === 'verstuurd' && today > reactionDueOn(referral.stateSince)) flags.push('geen-reactie');
  if (state === 'afgewezen') flags.push('afgewezen');
  if (state === 'informatie-gevraagd') flags.push('informatie-gevraagd');
  if (state === 'intake-gepland') flags.push('intake-gepland');
  if (OPEN_WITHOUT_INTAKE.includes(state)) {
    if (today > referral.validUntil) flags.push('verlopen');
    else if (referral.validUntil <= addDays(today, VALIDITY_WARNING_DAYS)) flags.push('geldigheid-verloopt');
  }
  return flags;
}
