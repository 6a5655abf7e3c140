/**
 * The verkennend gesprek over HTTP (tag 'verkennend-gesprek'): the GP's request, the list and one
 * request (every read logged), planning with the three wegwijzers, the outcome and cancelling. The
 * handlers only translate; the use cases are in src/services/exploratory.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EXPLORATORY_STATES, OUTCOME_ROUTES } from '../../domain/exploratory/exploratory-request';
import type { AppServices } from '../../services/app-services';
import {
  cancelExploratory,
  listExploratoryViews,
  planExploratory,
  readExploratory,
  recordExploratoryOutcome,
  requestExploratory,
} from '../../services/exploratory';
import { contextOf } from '../auth';
import { RegionId } from '../schemas/advice';
import { ClockTime as ClockTimeOf, IsoDate, IsoDateTime, Nullable, oneOf, Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['verkennend-gesprek'];
const ClockTime = ClockTimeOf();
const Name = (description: string) => Type.String({ minLength: 1, maxLength: 200, description });

const Wayfinders = {
  ggzSpecialist: Name('GGZ-specialist'),
  socialDomainSupporter: Name('Ondersteuner welzijn / sociaal domein'),
  expertByExperience: Name('Ervaringsdeskundige'),
};

const ExploratoryBody = Type.Object({
  id: Uuid,
  region: Type.Object({ id: Type.String(), name: Type.String() }),
  state: oneOf(EXPLORATORY_STATES, 'aangevraagd, gepland, gevoerd of geannuleerd'),
  requester: Type.Object({ name: Type.String(), organizationName: Type.String() }),
  patient: Type.Object({ name: Type.String(), birthDate: Nullable(IsoDate), phone: Nullable(Type.String()) }),
  reason: Type.String(),
  requestedAt: IsoDateTime,
  holdBy: Type.String({
    format: 'date',
    description: 'Streefdatum: binnen 2 weken na de aanvraag (seed 002)',
  }),
  overdue: Type.Boolean({ description: 'Nog niet gepland en de streefdatum is voorbij' }),
  planning: Nullable(
    Type.Object({
      at: IsoDateTime,
      date: IsoDate,
      time: Type.String(),
      place: Type.String(),
      ggzSpecialist: Type.String(),
      socialDomainSupporter: Type.String(),
      expertByExperience: Type.String(),
    }),
  ),
  outcome: Nullable(Type.Object({ route: Type.String(), routeLabel: Type.String(), note: Type.String() })),
});

const Params = Type.Object({ id: Uuid });
const changeResponses = {
  200: ExploratoryBody,
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
  409: ErrorRef,
};

export const exploratoryRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.post(
    '/exploratory',
    {
      config: { permission: 'exploratory:request' },
      schema: {
        tags,
        summary: 'Een verkennend gesprek aanvragen (met toestemming van de patiënt)',
        body: Type.Object(
          {
            regionId: RegionId,
            patientName: Type.String({ minLength: 1, maxLength: 200 }),
            birthDate: IsoDate,
            phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
            reason: Type.String({
              minLength: 1,
              maxLength: 2000,
              description: 'Waarom een verkennend gesprek',
            }),
            consent: Type.Boolean({ description: 'De patiënt geeft toestemming om de gegevens te delen' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ExploratoryBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestExploratory(contextOf(services, request), request.body)),
  );

  app.get(
    '/exploratory',
    {
      config: { permission: 'exploratory:read' },
      schema: {
        tags,
        summary:
          'Aanvragen voor een verkennend gesprek (een praktijk: de eigen aanvragen); elke inzage wordt gelogd',
        response: { 200: Type.Array(ExploratoryBody), 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => listExploratoryViews(contextOf(services, request)),
  );

  app.get(
    '/exploratory/:id',
    {
      config: { permission: 'exploratory:read' },
      schema: {
        tags,
        summary: 'Eén aanvraag met planning en uitkomst; de inzage wordt gelogd',
        params: Params,
        response: { 200: ExploratoryBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => readExploratory(contextOf(services, request), request.params.id),
  );

  app.post(
    '/exploratory/:id/plan',
    {
      config: { permission: 'exploratory:manage' },
      schema: {
        tags,
        summary: 'Het gesprek plannen met de drie wegwijzers (coördinator)',
        params: Params,
        body: Type.Object(
          { date: IsoDate, time: ClockTime, place: Name('Waar het gesprek plaatsvindt'), ...Wayfinders },
          { additionalProperties: false },
        ),
        response: changeResponses,
      },
    },
    async (request) => planExploratory(contextOf(services, request), request.params.id, request.body),
  );

  app.post(
    '/exploratory/:id/outcome',
    {
      config: { permission: 'exploratory:manage' },
      schema: {
        tags,
        summary: 'De uitkomst vastleggen: de geadviseerde route voor de huisarts (coördinator)',
        params: Params,
        body: Type.Object(
          {
            route: oneOf(OUTCOME_ROUTES, 'Geadviseerde route'),
            note: Type.String({ minLength: 1, maxLength: 4000, description: 'Toelichting voor de huisarts' }),
          },
          { additionalProperties: false },
        ),
        response: changeResponses,
      },
    },
    async (request) =>
      recordExploratoryOutcome(contextOf(services, request), request.params.id, request.body),
  );

  app.post(
    '/exploratory/:id/cancel',
    {
      config: { permission: 'exploratory:manage' },
      schema: {
        tags,
        summary: 'Een aanvraag annuleren die nog niet is gevoerd (coördinator)',
        params: Params,
        response: changeResponses,
      },
    },
    async (request) => cancelExploratory(contextOf(services, request), request.params.id),
  );
};
