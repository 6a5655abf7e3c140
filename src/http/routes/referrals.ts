/**
 * Referrals over HTTP (issue #6 items 1–4): send, the worklist or inbox, one referral with its
 * timeline, the steps of the closed loop, the start of a new match without the providers that
 * rejected, and the rejection signals (aggregates). The handlers only translate; the use cases are
 * src/services/referrals.ts and referral-signals.ts. The letter (PDF) and the FHIR export are in
 * referral-documents.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import { rejectionSignals } from '../../services/referral-signals';
import {
  actOnReferral,
  createReferral,
  getReferral,
  listReferrals,
  rematchStart,
} from '../../services/referrals';
import { contextOf } from '../auth';
import { Uuid } from '../schemas/catalog';
import {
  ActionBody,
  CreateReferralBody,
  ReferralBody,
  ReferralListBody,
  ReferralListQuery,
  RematchBody,
  SignalsBody,
  SignalsQuery,
} from '../schemas/referrals';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['verwijzingen'];
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const referralRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.post(
    '/referrals',
    {
      config: { permission: 'referral:create' },
      schema: {
        tags,
        summary: 'Verwijzing versturen naar de organisatie van een dienst (vanuit een matchresultaat)',
        description:
          'Controleert de inhoud (bij ggz: wat op de verwijsbrief moet, BSN met elfproef), legt de toestemming vast, ' +
          'meldt de ontvanger en schrijft de audittrail. Met consultationId wordt de consultatie van de eigen praktijk gekoppeld.',
        body: CreateReferralBody,
        response: { 201: ReferralBody, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createReferral(contextOf(services, request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/referrals',
    {
      config: { permission: 'referral:read' },
      schema: {
        tags,
        summary: 'Werklijst van de praktijk (met signalen) of inbox van de aanbieder',
        description:
          'Een praktijk ziet haar verstuurde verwijzingen met signalen (geen-reactie na 5 werkdagen, afgewezen, ' +
          'informatie-gevraagd, intake-gepland, geldigheid-verloopt, verlopen); een aanbieder de verwijzingen aan haar; ' +
          'de verwijsadviseur alle. Elke getoonde patiënt komt in de audittrail.',
        querystring: ReferralListQuery,
        response: { 200: ReferralListBody, ...errors },
      },
    },
    async (request) => listReferrals(contextOf(services, request), request.query),
  );

  app.get(
    '/referrals/signals/rejections',
    {
      config: { permission: 'statistics:read' },
      schema: {
        tags,
        summary:
          'Afwijzingen als signaal van ontbrekend aanbod: aantallen per regio, zorgsoort, reden en maand',
        querystring: SignalsQuery,
        response: { 200: SignalsBody, ...errors },
      },
    },
    async (request) => rejectionSignals(contextOf(services, request), request.query),
  );

  app.get(
    '/referrals/:id',
    {
      config: { permission: 'referral:read' },
      schema: {
        tags,
        summary: 'Eén verwijzing met tijdlijn en de stappen die u kunt zetten (inzage wordt gelogd)',
        params: IdParams,
        response: { 200: ReferralBody, ...errors, 404: ErrorRef },
      },
    },
    async (request) => getReferral(contextOf(services, request), request.params.id),
  );

  app.post(
    '/referrals/:id/actions',
    {
      config: { permission: 'referral:change' },
      schema: {
        tags,
        summary:
          'Een stap zetten: accepteren, afwijzen, informatie vragen of aanvullen, intake plannen, terugbericht, …',
        params: IdParams,
        body: ActionBody,
        response: { 200: ReferralBody, ...errors, 404: ErrorRef, 409: ErrorRef },
      },
    },
    async (request) => actOnReferral(contextOf(services, request), request.params.id, request.body),
  );

  app.get(
    '/referrals/:id/rematch',
    {
      config: { permission: 'referral:read' },
      schema: {
        tags,
        summary: 'Opnieuw matchen: de bewaarde hulpvraag en de aanbieders die deze patiënt afwezen',
        params: IdParams,
        response: { 200: RematchBody, ...errors, 404: ErrorRef },
      },
    },
    async (request) => rematchStart(contextOf(services, request), request.params.id),
  );
};
