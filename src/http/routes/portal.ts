/**
 * The provider portal over HTTP (tag 'portaal', docs/provider-portal.md): a provider's own
 * services with their current facts, description edits, waiting times, registration pauses,
 * contracts and ceilings, "Niets gewijzigd", the history of versions, API keys, and the endpoint
 * a provider's own system posts waiting times to with an API key. Handlers only translate; the
 * use cases are src/services/provider-portal.ts and src/services/api-keys.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import { createApiKey, listApiKeys, postProviderUpdates, revokeApiKey } from '../../services/api-keys';
import {
  confirmUnchanged,
  editService,
  listOwnServices,
  ownService,
  portalOrganizations,
  recordContract,
  recordWait,
  serviceHistory,
  setPause,
} from '../../services/provider-portal';
import { contextOf } from '../auth';
import {
  ApiKeyBody,
  ApiKeyList,
  ApiKeyView,
  ConfirmBody,
  ConfirmResult,
  ContractBody,
  HistoryEntry,
  HistoryQuery,
  IdParams,
  NewApiKey,
  OrganizationQuery,
  OrganizationsQuery,
  PauseBody,
  PortalService,
  ProviderOrganization,
  ProviderUpdateReport,
  ProviderUpdatesBody,
  ServiceEditBody,
  ServiceList,
  WaitBody,
} from '../schemas/portal';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['portaal'];
const refused = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };
const edit = { permission: 'care-map:edit' as const };
const keys = { permission: 'api-key:manage' as const };

/** Counts left out of a wait are unknown. */
const waitInput = <
  T extends { waitingCount?: number | null; intakesPerMonth?: number | null; startsPerMonth?: number | null },
>(
  body: T,
) => ({
  ...body,
  waitingCount: body.waitingCount ?? null,
  intakesPerMonth: body.intakesPerMonth ?? null,
  startsPerMonth: body.startsPerMonth ?? null,
});
const pauseInput = <T extends { active: boolean; reason?: string | null; expectedEnd?: string | null }>(
  body: T,
) => ({
  ...body,
  reason: body.reason ?? null,
  expectedEnd: body.expectedEnd ?? null,
});

export const portalRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/portal/organizations',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Organisaties waarvoor u het portaal kunt openen (zorgaanbieder: alleen de eigen)',
        querystring: OrganizationsQuery,
        response: { 200: Type.Array(ProviderOrganization), ...refused },
      },
    },
    async (request) => portalOrganizations(contextOf(services, request), request.query.q),
  );

  app.get(
    '/portal/services',
    {
      config: edit,
      schema: {
        tags,
        summary: 'De diensten van de organisatie met hun actuele gegevens en hoe vers die zijn',
        querystring: OrganizationQuery,
        response: { 200: ServiceList, ...refused },
      },
    },
    async (request) => listOwnServices(contextOf(services, request), request.query.organizationId),
  );

  app.get(
    '/portal/services/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Eén dienst van de eigen organisatie met de actuele gegevens',
        params: IdParams,
        response: { 200: PortalService, ...refused },
      },
    },
    async (request) => ownService(contextOf(services, request), request.params.id),
  );

  app.patch(
    '/portal/services/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Gegevens van een dienst wijzigen (naam, omschrijving, doelgroep, exclusiecriteria, ...)',
        description:
          'Elke wijziging wordt bewaard als nieuwe versie met de gewijzigde velden (geschiedenis).',
        params: IdParams,
        body: ServiceEditBody,
        response: { 200: PortalService, ...refused },
      },
    },
    async (request) => editService(contextOf(services, request), request.params.id, request.body),
  );

  app.post(
    '/portal/services/:id/waits',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Nieuwe wachttijd invoeren voor een diagnosegroep (of null: voor alle groepen)',
        params: IdParams,
        body: WaitBody,
        response: { 200: PortalService, ...refused },
      },
    },
    async (request) => recordWait(contextOf(services, request), request.params.id, waitInput(request.body)),
  );

  app.post(
    '/portal/services/:id/pause',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Aanmeldstop instellen (met reden en verwachte einddatum) of opheffen',
        params: IdParams,
        body: PauseBody,
        response: { 200: PortalService, ...refused },
      },
    },
    async (request) => setPause(contextOf(services, request), request.params.id, pauseInput(request.body)),
  );

  app.post(
    '/portal/services/:id/contracts',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Contract en omzetplafond met een zorgverzekeraar voor een jaar vastleggen',
        params: IdParams,
        body: ContractBody,
        response: { 200: PortalService, ...refused },
      },
    },
    async (request) => recordContract(contextOf(services, request), request.params.id, request.body),
  );

  app.post(
    '/portal/confirm',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Niets gewijzigd: alle actuele gegevens (van één dienst of van alle diensten) bevestigen',
        querystring: OrganizationQuery,
        body: Type.Optional(ConfirmBody),
        response: { 200: ConfirmResult, ...refused },
      },
    },
    async (request) =>
      confirmUnchanged(contextOf(services, request), {
        organizationId: request.query.organizationId,
        serviceId: request.body?.serviceId,
      }),
  );

  app.get(
    '/portal/services/:id/history',
    {
      config: edit,
      schema: {
        tags,
        summary:
          'Geschiedenis van een dienst: alle versies van gegevens, wachttijden, aanmeldstops en contracten',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: Type.Array(HistoryEntry), ...refused },
      },
    },
    async (request) => serviceHistory(contextOf(services, request), request.params.id, request.query.limit),
  );

  // ---- API keys ----

  app.get(
    '/portal/api-keys',
    {
      config: keys,
      schema: {
        tags,
        summary: 'API-sleutels van de organisatie (alleen het begin van elke sleutel)',
        querystring: OrganizationQuery,
        response: { 200: ApiKeyList, ...refused },
      },
    },
    async (request) => listApiKeys(contextOf(services, request), request.query.organizationId),
  );

  app.post(
    '/portal/api-keys',
    {
      config: keys,
      schema: {
        tags,
        summary: 'Nieuwe API-sleutel maken; de sleutel staat alleen in dit antwoord',
        querystring: OrganizationQuery,
        body: ApiKeyBody,
        response: { 201: NewApiKey, ...refused, 409: ErrorRef },
      },
    },
    async (request, reply) => {
      const created = await createApiKey(contextOf(services, request), {
        name: request.body.name,
        organizationId: request.query.organizationId,
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/portal/api-keys/:id',
    {
      config: keys,
      schema: {
        tags,
        summary: 'API-sleutel intrekken; daarna werkt hij niet meer',
        params: IdParams,
        response: { 200: ApiKeyView, ...refused, 409: ErrorRef },
      },
    },
    async (request) => revokeApiKey(contextOf(services, request), request.params.id),
  );

  // ---- the provider system endpoint ----

  app.post(
    '/provider-api/waiting-times',
    {
      config: { ...edit, apiKey: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Wachttijden en aanmeldstops vanuit het eigen systeem van de aanbieder (API-sleutel)',
        description:
          'Authenticatie: `Authorization: Bearer <API-sleutel>`. Alles of niets: als één regel wordt afgewezen, wordt niets opgeslagen en is het antwoord 422 met per regel de reden. Elke dienst moet van de organisatie van de sleutel zijn.',
        body: ProviderUpdatesBody,
        response: { 200: ProviderUpdateReport, 422: ProviderUpdateReport, ...refused },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(services, request);
      const key = request.apiKey;
      const report = await postProviderUpdates(
        ctx,
        { waits: request.body.waits.map(waitInput), pauses: (request.body.pauses ?? []).map(pauseInput) },
        { source: key ? `api:${key.name}`.slice(0, 120) : 'api', apiKeyId: key?.id ?? null },
      );
      return reply.status(report.written ? 200 : 422).send(report);
    },
  );
};
