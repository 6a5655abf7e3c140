/**
 * The web app's client for the provider portal and API keys (docs/provider-portal.md). The answer
 * types are those of the use cases (type-only imports, which the HTTP schemas in
 * src/http/schemas/portal.ts mirror); every call goes through callApi, which adds the CSRF token
 * to changing requests.
 */
import type { ContractInput, PauseInput, WaitInput } from '../../../domain/portal/fact-input';
import type { ServiceEdit } from '../../../domain/portal/service-edit';
import type { ProviderOrganization } from '../../../db/portal-repository';
import type { ApiKeyView } from '../../../services/api-keys';
import type { HistoryEntry, PortalService, PortalWait } from '../../../services/portal-views';
import type { ConfirmationResult } from '../../../services/provider-portal';
import { callApi } from '../../api';

export type PortalServiceView = PortalService;
export type PortalWaitView = PortalWait;
export type ServiceListView = { organization: { id: string; name: string }; services: PortalService[] };
export type HistoryEntryView = HistoryEntry;
export type ConfirmResultView = ConfirmationResult;
export type OrganizationChoice = ProviderOrganization;
export type ApiKeyRowView = ApiKeyView;
export type ApiKeyListView = { organization: { id: string; name: string }; keys: ApiKeyView[] };
export type NewApiKeyView = { key: string; apiKey: ApiKeyView };

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.size > 0 ? `?${search.toString()}` : '';
};
const service = (id: string) => `/api/portal/services/${encodeURIComponent(id)}`;

export const portalApi = {
  organizations: (q?: string) =>
    callApi<OrganizationChoice[]>('GET', `/api/portal/organizations${query({ q })}`),
  services: (organizationId?: string, signal?: AbortSignal) =>
    callApi<ServiceListView>('GET', `/api/portal/services${query({ organizationId })}`, undefined, signal),
  service: (id: string, signal?: AbortSignal) =>
    callApi<PortalServiceView>('GET', service(id), undefined, signal),
  edit: (id: string, edit: ServiceEdit & { basedOnVersionId: string | null }) =>
    callApi<PortalServiceView>('PATCH', service(id), edit),
  recordWait: (id: string, wait: WaitInput) =>
    callApi<PortalServiceView>('POST', `${service(id)}/waits`, wait),
  setPause: (id: string, pause: PauseInput) =>
    callApi<PortalServiceView>('POST', `${service(id)}/pause`, pause),
  recordContract: (id: string, contract: ContractInput) =>
    callApi<PortalServiceView>('POST', `${service(id)}/contracts`, contract),
  confirm: (options: { organizationId?: string | undefined; serviceId?: string | undefined }) =>
    callApi<ConfirmResultView>(
      'POST',
      `/api/portal/confirm${query({ organizationId: options.organizationId })}`,
      options.serviceId ? { serviceId: options.serviceId } : {},
    ),
  history: (id: string, signal?: AbortSignal) =>
    callApi<HistoryEntryView[]>('GET', `${service(id)}/history`, undefined, signal),
  apiKeys: (organizationId?: string, signal?: AbortSignal) =>
    callApi<ApiKeyListView>('GET', `/api/portal/api-keys${query({ organizationId })}`, undefined, signal),
  createApiKey: (name: string, organizationId?: string) =>
    callApi<NewApiKeyView>('POST', `/api/portal/api-keys${query({ organizationId })}`, { name }),
  revokeApiKey: (id: string) =>
    callApi<ApiKeyRowView>('DELETE', `/api/portal/api-keys/${encodeURIComponent(id)}`),
};
