/**
 * Route advice over HTTP: POST /advice for the keuzehulp, the route catalog for the comparison
 * view, and the regional rules per region with their change log. The write routes are for the
 * regional coordinator (verwijsadviseur); who made a change is the signed-in user's name from the
 * session, never a field of the request. The handlers only translate; the use cases live in
 * src/services/route-advice.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { notSignedIn } from '../../domain/access/permissions';
import { invalid } from '../../domain/errors';
import { contextOf } from '../auth';
import type { AppServices } from '../../services/app-services';
import {
  addRule,
  adviseForQuestion,
  changeLogOfRegion,
  changeRule,
  currentRulesOfRegion,
  regionViews,
  retireRuleWithReason,
  routeCatalog,
  versionsOfRule,
} from '../../services/route-advice';
import {
  AdviceBody,
  HelpQuestionBody,
  NewRuleBody,
  RegionId,
  RegionsBody,
  RetireQuery,
  RouteCatalogBody,
  RuleEditBody,
  RuleId,
  RuleVersionBody,
} from '../schemas/advice';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['routeadvies'];

/** The name recorded as the author of a rule change: the signed-in user's display name. */
function changerOf(services: AppServices, request: FastifyRequest): string {
  const principal = contextOf(services, request).principal;
  if (!principal) throw notSignedIn();
  return principal.displayName;
}

export const adviceRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  app.post(
    '/advice',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'Routeadvies voor een hulpvraag: de passende route eerst, met redenen, alternatieven en wat hier niet kan',
        description:
          'Gebruikt de regionale afspraken die op de datum van de hulpvraag gelden (zonder datum: vandaag). Acuut gevaar geeft altijd en alleen de crisisdienst.',
        body: HelpQuestionBody,
        response: { 200: AdviceBody, 400: ErrorRef },
      },
    },
    async (request) => adviseForQuestion(services, request.body),
  );

  app.get(
    '/routes',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'De routes met de vergelijking uit de keuzekaart (Wanneer? / In het kort / Past bij / Belangrijk verschil)',
        response: { 200: RouteCatalogBody },
      },
    },
    async () => routeCatalog(),
  );

  app.get(
    '/regions',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'Regio’s met hun gemeenten en de woonplaatsen met eigen afspraken',
        response: { 200: RegionsBody },
      },
    },
    async () => regionViews(services),
  );

  app.get(
    '/regions/:id/rules',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'De regionale afspraken die nu gelden in een regio',
        params: Type.Object({ id: RegionId }),
        response: { 200: Type.Array(RuleVersionBody), 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => currentRulesOfRegion(services, request.params.id),
  );

  app.get(
    '/regions/:id/rules/history',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'Wijzigingslog van de regionale afspraken, nieuwste eerst',
        params: Type.Object({ id: RegionId }),
        response: { 200: Type.Array(RuleVersionBody), 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => changeLogOfRegion(services, request.params.id),
  );

  app.post(
    '/regions/:id/rules',
    {
      config: { permission: 'route-rule:change' },
      schema: {
        tags,
        summary: 'Nieuwe regionale afspraak toevoegen (verwijsadviseur)',
        params: Type.Object({ id: RegionId }),
        body: NewRuleBody,
        response: { 201: RuleVersionBody, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRule(services, request.params.id, { ...request.body, changedBy: changerOf(services, request) })),
  );

  app.get(
    '/rules/:ruleId/history',
    {
      config: { permission: 'route-advice:read' },
      schema: {
        tags,
        summary: 'Alle versies van één regionale afspraak, oudste eerst',
        params: Type.Object({ ruleId: RuleId }),
        response: { 200: Type.Array(RuleVersionBody), 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => versionsOfRule(services, request.params.ruleId),
  );

  app.put(
    '/rules/:ruleId',
    {
      config: { permission: 'route-rule:change' },
      schema: {
        tags,
        summary: 'Regionale afspraak wijzigen; slaat een nieuwe versie op (verwijsadviseur)',
        description:
          'Velden die u weglaat, blijven zoals ze zijn. basedOnVersionId moet de nieuwste versie zijn; anders volgt 409, zodat niemand ongemerkt een wijziging van een ander overschrijft.',
        params: Type.Object({ ruleId: RuleId }),
        body: RuleEditBody,
        response: { 200: RuleVersionBody, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
      },
    },
    async (request) =>
      changeRule(services, request.params.ruleId, { ...request.body, changedBy: changerOf(services, request) }),
  );

  app.delete(
    '/rules/:ruleId',
    {
      config: { permission: 'route-rule:change' },
      schema: {
        tags,
        summary: 'Regionale afspraak beëindigen; de geschiedenis blijft (verwijsadviseur)',
        description: 'De reden (reason) staat in de body of in de query.',
        params: Type.Object({ ruleId: RuleId }),
        querystring: RetireQuery,
        body: RetireQuery,
        response: { 200: RuleVersionBody, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
      },
      // A DELETE usually comes without a body; validate it as an empty one.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => {
      const given = { ...request.query, ...request.body };
      if (!given.reason) {
        throw invalid('Zeg waarom de afspraak wordt beëindigd.', [{ field: 'reason', message: 'is verplicht' }]);
      }
      const { reason, basedOnVersionId } = given;
      return retireRuleWithReason(services, request.params.ruleId, {
        changedBy: changerOf(services, request),
        reason,
        ...(basedOnVersionId ? { basedOnVersionId } : {}),
      });
    },
  );
};
