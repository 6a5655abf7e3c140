/**
 * The overlegtafel API for the web app. The answer types come from the use cases
 * (src/services/case-review.ts), whose shapes the HTTP schemas serialise unchanged.
 */
import { formatDutchDate } from '../../../domain/calendar/iso-date';
import type { AgeBand } from '../../../domain/case-review/case-submission';
import type { RouteId } from '../../../domain/routes/route-catalog';
import type { AgendaCase, CaseView, SessionsAnswer, SessionView } from '../../../services/case-review';
import { callApi } from '../../api';

export type { AgendaCase, CaseView, SessionsAnswer, SessionView };

export const caseReviewApi = {
  sessions: (regionId: string) =>
    callApi<SessionsAnswer>('GET', `/api/case-review/sessions?regionId=${encodeURIComponent(regionId)}`),
  cases: () => callApi<CaseView[]>('GET', '/api/case-review/cases'),
  submit: (sessionId: string, body: { ageBand: AgeBand; summary: string; question: string }) =>
    callApi<CaseView>('POST', `/api/case-review/sessions/${encodeURIComponent(sessionId)}/cases`, body),
  addSession: (body: { regionId: string; date: string; time: string; place?: string }) =>
    callApi<SessionView>('POST', '/api/case-review/sessions', body),
  cancelSession: (sessionId: string) =>
    callApi<SessionView>('POST', `/api/case-review/sessions/${encodeURIComponent(sessionId)}/cancel`),
  order: (sessionId: string, caseIds: string[]) =>
    callApi<AgendaCase[]>('PUT', `/api/case-review/sessions/${encodeURIComponent(sessionId)}/agenda`, {
      caseIds,
    }),
  advise: (caseId: string, body: { advice: string; advisedRoute: RouteId }) =>
    callApi<CaseView>('POST', `/api/case-review/cases/${encodeURIComponent(caseId)}/advice`, body),
};

/** "donderdag 3 december 2026 om 12:30" */
export const whenOf = (s: Pick<SessionView, 'date' | 'startTime'>) =>
  `${formatDutchDate(s.date)} om ${s.startTime}`;

/** An age in the middle of a band ("26-40" -> 33, "71+" -> 75), for a search link. */
export function ageOfBand(band: string | null): number | null {
  const match = /^(\d+)(?:-(\d+)|\+)$/.exec(band ?? '');
  if (!match) return null;
  const low = Number(match[1]);
  return match[2] ? Math.round((low + Number(match[2])) / 2) : low + 4;
}
