/** POST /api/match: the ranked services for a need, with reasons, and every left-out service with why. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import { matchNeed } from '../../services/match-need';
import { MatchOutcomeBody, NeedBody } from '../schemas/match';

export const matchRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  app.post(
    '/match',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['matching'],
        summary: 'Passend aanbod voor een hulpvraag, met redenen en "waarom niet"',
        body: NeedBody,
        response: { 200: MatchOutcomeBody, 400: Type.Ref('ErrorBody') },
      },
    },
    async (request) => matchNeed(services, request.body),
  );
};
