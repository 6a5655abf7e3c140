/** Dutch words for referral values on the screens, all taken from the domain vocabularies. */
import { CARE_KINDS, labelOf as catalogLabel } from '../../../domain/catalog/vocabulary';
import {
  labelOf,
  REFERRAL_EVENT_LABELS,
  REFERRAL_STATES,
  REJECTION_REASONS,
  RETURN_MESSAGES,
  type ReferralEventKind,
} from '../../../domain/referrals/vocabulary';
import { WORKLIST_FLAGS } from '../../../domain/referrals/worklist';

export const stateLabel = (state: string) => labelOf(REFERRAL_STATES, state);
export const flagLabel = (flag: string) => labelOf(WORKLIST_FLAGS, flag);
export const reasonLabel = (reason: string) => labelOf(REJECTION_REASONS, reason);
export const returnMessageLabel = (kind: string) => labelOf(RETURN_MESSAGES, kind);
export const routeLabel = (route: string) => catalogLabel(CARE_KINDS, route);
export const eventLabel = (kind: string) => REFERRAL_EVENT_LABELS[kind as ReferralEventKind] ?? kind;
