/**
 * The web app's client for consultatie GGZ (src/http/routes/consultations.ts). The answer types
 * are the use cases' own (src/services/consultations.ts), imported as types only.
 */
import type { Discipline } from '../../../domain/consultation/disciplines';
import type {
  ConsultantOption,
  ConsultationDetail,
  ConsultationListItem,
} from '../../../services/consultations';
import { callApi } from '../../api';

export type { ConsultantOption, ConsultationDetail, ConsultationListItem };
export type ConsultationStatusFilter = 'open' | 'te-laat' | 'beantwoord' | 'afgesloten';

export interface NewConsultationBody {
  discipline: Discipline;
  serviceId: string;
  subject: string;
  question: string;
  patientConsent: boolean;
  oneOffConsult?: boolean;
  patientBsn?: string;
}

const path = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;

export const consultationApi = {
  consultants: (discipline: Discipline, signal?: AbortSignal) =>
    callApi<{ items: ConsultantOption[] }>(
      'GET',
      `/api/consultations/consultants?${new URLSearchParams({ discipline }).toString()}`,
      undefined,
      signal,
    ),
  list: (status: ConsultationStatusFilter | undefined, signal?: AbortSignal) =>
    callApi<{ items: ConsultationListItem[] }>(
      'GET',
      `/api/consultations${status ? `?status=${status}` : ''}`,
      undefined,
      signal,
    ),
  get: (id: string, signal?: AbortSignal) => callApi<ConsultationDetail>('GET', path(id), undefined, signal),
  ask: (body: NewConsultationBody) => callApi<ConsultationDetail>('POST', '/api/consultations', body),
  post: (id: string, body: string) => callApi<ConsultationDetail>('POST', `${path(id)}/messages`, { body }),
  close: (id: string) => callApi<ConsultationDetail>('POST', `${path(id)}/close`),
};

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** A moment in Dutch time, "23 november 2026 om 11:00". */
export function formatMoment(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : MOMENT.format(time);
}
