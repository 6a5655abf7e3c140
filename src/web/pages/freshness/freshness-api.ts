/**
 * The currency (actualiteit) calls of the web app, with the answer shapes of
 * src/http/routes/freshness.ts (taken from the use cases' types, so they cannot drift).
 */
import { callApi } from '../../api';
import type { CurrencyState } from '../../../domain/waiting/currency';
import type { FreshnessOverview } from '../../../services/freshness';
import type { DeliveryRun, OutboxList } from '../../../services/outbox';
import type { ReminderRun } from '../../../services/reminders';
import type { OutboxState } from '../../../db/outbox-repository';

export type { CurrencyState, DeliveryRun, FreshnessOverview, OutboxList, OutboxState, ReminderRun };
export type FactItem = NonNullable<FreshnessOverview['detail']>['items'][number];
export type OrganizationSummary = FreshnessOverview['organizations'][number];
export type OutboxMessage = OutboxList['messages'][number];

export const freshnessApi = {
  overview: (organizationId?: string, signal?: AbortSignal) =>
    callApi<FreshnessOverview>(
      'GET',
      organizationId
        ? `/api/freshness?organizationId=${encodeURIComponent(organizationId)}`
        : '/api/freshness',
      undefined,
      signal,
    ),
  writeReminders: () => callApi<ReminderRun>('POST', '/api/reminders'),
  outbox: (state?: OutboxState, signal?: AbortSignal) =>
    callApi<OutboxList>('GET', state ? `/api/outbox?state=${state}` : '/api/outbox', undefined, signal),
  sendOutbox: () => callApi<DeliveryRun>('POST', '/api/outbox/send'),
};

export const STATE_LABELS: Record<CurrencyState, string> = {
  onbekend: 'Onbekend',
  verouderd: 'Verouderd',
  'binnenkort-verouderd': 'Binnenkort verouderd',
};

export const STATE_BADGES: Record<CurrencyState, string> = {
  onbekend: 'badge badge--fout',
  verouderd: 'badge badge--waarschuwing',
  'binnenkort-verouderd': 'badge badge--info',
};

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  pending: 'Klaar voor verzending',
  sent: 'Verzonden',
  failed: 'Mislukt',
};

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** A moment as "23 november 2026 om 11:00" in Dutch time. */
export function formatMoment(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : MOMENT.format(time);
}
