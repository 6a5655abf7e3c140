/**
 * The referral and notification API as the web app calls it (src/http/routes/referrals.ts and
 * notifications.ts). The answer shapes are the server's own view types, imported as types only,
 * so no server code reaches the browser bundle. Every call goes through callApi, which adds the
 * CSRF token to changing requests.
 */
import type { NewReferralInput } from '../../../domain/referrals/new-referral';
import type { ReferralAction } from '../../../domain/referrals/state-machine';
import type { ReferralList, ReferralView as Referral } from '../../../services/referrals';
import { callApi, type IsoDateTime, type NeedRequest } from '../../api';

export type {
  Direction,
  ReferralEventView as ReferralEvent,
  ReferralView as Referral,
  ReferralListItem,
  ReferralList,
} from '../../../services/referrals';

/** The body of POST /api/referrals: the referral content plus where it goes and where it came from. */
export interface NewReferral extends NewReferralInput {
  serviceId: string;
  need?: NeedRequest | null;
  previousReferralId?: string | null;
  consultationId?: string | null;
}

export interface ActionRequest {
  action: ReferralAction;
  message?: string | null;
  reason?: string | null;
  returnMessage?: string | null;
  intakeOn?: string | null;
}

export interface RematchStart {
  referralId: string;
  need: NeedRequest | null;
  excludeOrganizations: { id: string; name: string }[];
}

export interface Notice {
  id: string;
  subjectType: 'referral' | 'consultation' | 'case-submission' | 'exploratory';
  subjectId: string;
  text: string;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}

const path = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

export const referralApi = {
  list: (signal?: AbortSignal) => callApi<ReferralList>('GET', '/api/referrals?limit=200', undefined, signal),
  get: (id: string, signal?: AbortSignal) => callApi<Referral>('GET', path(id), undefined, signal),
  create: (body: NewReferral) => callApi<Referral>('POST', '/api/referrals', body),
  act: (id: string, body: ActionRequest) => callApi<Referral>('POST', `${path(id)}/actions`, body),
  rematch: (id: string) => callApi<RematchStart>('GET', `${path(id)}/rematch`),
  notices: (signal?: AbortSignal) =>
    callApi<{ unread: number; items: Notice[] }>('GET', '/api/notifications', undefined, signal),
  markRead: (id: string) => callApi<Notice>('POST', `/api/notifications/${encodeURIComponent(id)}/read`),
};
