/**
 * The verkennend-gesprek API for the web app. The answer type comes from the use cases
 * (src/services/exploratory.ts), whose shape the HTTP schema serialises unchanged.
 */
import type { ExploratoryState } from '../../../domain/exploratory/exploratory-request';
import type { RouteId } from '../../../domain/routes/route-catalog';
import type { ExploratoryView } from '../../../services/exploratory';
import { callApi } from '../../api';

export type { ExploratoryView };

const path = (id: string) => `/api/exploratory/${encodeURIComponent(id)}`;

export const exploratoryApi = {
  list: () => callApi<ExploratoryView[]>('GET', '/api/exploratory'),
  get: (id: string) => callApi<ExploratoryView>('GET', path(id)),
  request: (body: {
    regionId: string;
    patientName: string;
    birthDate: string;
    phone: string | null;
    reason: string;
    consent: boolean;
  }) => callApi<ExploratoryView>('POST', '/api/exploratory', body),
  plan: (
    id: string,
    body: {
      date: string;
      time: string;
      place: string;
      ggzSpecialist: string;
      socialDomainSupporter: string;
      expertByExperience: string;
    },
  ) => callApi<ExploratoryView>('POST', `${path(id)}/plan`, body),
  outcome: (id: string, body: { route: RouteId; note: string }) =>
    callApi<ExploratoryView>('POST', `${path(id)}/outcome`, body),
  cancel: (id: string) => callApi<ExploratoryView>('POST', `${path(id)}/cancel`),
};

export const STATE_LABELS: Record<ExploratoryState, string> = {
  aangevraagd: 'Aangevraagd',
  gepland: 'Gepland',
  gevoerd: 'Gevoerd',
  geannuleerd: 'Geannuleerd',
};

export const STATE_BADGES: Record<ExploratoryState, string> = {
  aangevraagd: 'badge--waarschuwing',
  gepland: 'badge--info',
  gevoerd: 'badge--goed',
  geannuleerd: 'badge--fout',
};

/** Whole years between a date of birth and today (both yyyy-mm-dd). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
