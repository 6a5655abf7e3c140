/**
 * The GGZ-overlegtafel over HTTP (tag 'overlegtafel'): sessions per region, the identifier check
 * for the form, bringing in a case, the agenda and the advice. The handlers only translate; the
 * use cases and who may see what are in src/services/case-review.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AGE_BANDS,
  ADVICE_MAX,
  ADVISABLE_ROUTES,
  QUESTION_MAX,
  SUMMARY_MAX,
} from '../../domain/case-review/case-submission';
import { IDENTIFIER_KINDS } from '../../domain/case-review/identifiers';
import {
  addSession,
  cancelSession,
  checkCaseTexts,
  listCaseViews,
  listSessions,
  orderAgenda,
  recordAdvice,
  submitCase,
} from '../../services/case-review';
import type { AppServices } from '../../services/app-services';
import { contextOf } from '../auth';
import { RegionId } from '../schemas/advice';
import { ClockTime as ClockTimeOf, IsoDate, IsoDateTime, Nullable, oneOf, Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['overlegtafel'];
const ClockTime = ClockTimeOf();
const CaseState = oneOf(
  ['ingediend', 'besproken'],
  'ingediend (op de agenda) of besproken (advies vastgelegd)',
);
const AdvisedRoute = oneOf(ADVISABLE_ROUTES, 'Geadviseerde route');

const AgendaCase = Type.Object({
  id: Uuid,
  position: Nullable(Type.Integer()),
  ageBand: Nullable(Type.String()),
  summary: Type.String(),
  question: Type.String(),
  state: CaseState,
  advice: Nullable(Type.String()),
  advisedRoute: Nullable(Type.String()),
  advisedAt: Nullable(IsoDateTime),
  advisedBy: Nullable(Type.String()),
  submitter: Nullable(
    Type.Object(
      { name: Type.String(), organizationName: Type.String() },
      { description: 'Alleen voor de coördinator' },
    ),
  ),
});

const SessionBody = Type.Object({
  id: Uuid,
  regionId: Type.String(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  date: IsoDate,
  startTime: Type.String(),
  durationMinutes: Type.Integer(),
  place: Type.String(),
  cancelled: Type.Boolean(),
  lastSubmissionDay: Type.String({ format: 'date', description: 'Inbrengen kan tot en met deze dag' }),
  open: Type.Boolean({ description: 'Nog open voor nieuwe casussen' }),
  caseCount: Type.Integer(),
  ownCaseCount: Type.Integer({ description: 'Casussen van de eigen praktijk op deze agenda' }),
  cases: Nullable(
    Type.Array(AgendaCase, { description: 'Volledige agenda voor deelnemers; null voor een praktijk' }),
  ),
});

const SessionsBody = Type.Object({
  region: Type.Object({ id: Type.String(), name: Type.String() }),
  available: Type.Boolean(),
  note: Nullable(Type.String()),
  replacedBy: Nullable(Type.String()),
  rhythm: Nullable(
    Type.Object({
      intervalWeeks: Type.Integer(),
      firstSession: IsoDate,
      startTime: Type.String(),
      place: Type.String(),
    }),
  ),
  sessions: Type.Array(SessionBody),
});

const CaseBody = Type.Object({
  id: Uuid,
  session: Type.Object({
    id: Uuid,
    startsAt: IsoDateTime,
    date: IsoDate,
    place: Type.String(),
    cancelled: Type.Boolean(),
  }),
  region: Type.Object({ id: Type.String(), name: Type.String() }),
  ageBand: Nullable(Type.String()),
  summary: Type.String(),
  question: Type.String(),
  state: CaseState,
  position: Nullable(Type.Integer()),
  submitterName: Type.String(),
  submitterOrganizationName: Type.String(),
  submittedAt: IsoDateTime,
  advice: Nullable(Type.String()),
  advisedRoute: Nullable(Type.String()),
  advisedRouteLabel: Nullable(Type.String()),
  advisedAt: Nullable(IsoDateTime),
  advisedBy: Nullable(Type.String()),
});

const Found = Type.Array(
  Type.Object({
    kind: oneOf(IDENTIFIER_KINDS, 'Soort gegeven'),
    text: Type.String(),
    start: Type.Integer({ description: 'Positie van het eerste teken' }),
    end: Type.Integer({ description: 'Positie na het laatste teken' }),
  }),
);

const Texts = {
  summary: Type.String({ maxLength: SUMMARY_MAX, description: 'De geanonimiseerde casus' }),
  question: Type.String({ maxLength: QUESTION_MAX, description: 'De vraag aan de tafel' }),
};

const SessionParams = Type.Object({ id: Uuid });

export const caseReviewRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/case-review/sessions',
    {
      config: { permission: 'case-review:read' },
      schema: {
        tags,
        summary: 'Komende sessies van de overlegtafel in een regio, met de agenda',
        description:
          'De volgende 4 sessies volgens het ritme van de regio (regionale afspraak, standaard elke 3 weken) worden aangemaakt als ze er nog niet zijn. Een praktijk ziet per sessie het aantal casussen; deelnemers (zorgaanbieders, coördinator) zien de geanonimiseerde casussen.',
        querystring: Type.Object({ regionId: RegionId }, { additionalProperties: false }),
        response: { 200: SessionsBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => listSessions(contextOf(services, request), request.query.regionId),
  );

  app.post(
    '/case-review/sessions',
    {
      config: { permission: 'case-review:manage' },
      schema: {
        tags,
        summary: 'Een extra sessie van de overlegtafel toevoegen (coördinator)',
        body: Type.Object(
          {
            regionId: RegionId,
            date: IsoDate,
            time: ClockTime,
            durationMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 240 })),
            place: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: SessionBody,
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
          404: ErrorRef,
          409: ErrorRef,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSession(contextOf(services, request), request.body)),
  );

  app.post(
    '/case-review/sessions/:id/cancel',
    {
      config: { permission: 'case-review:manage' },
      schema: {
        tags,
        summary: 'Een sessie laten vervallen (coördinator); open casussen gaan naar de volgende sessie',
        params: SessionParams,
        response: {
          200: SessionBody,
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
          404: ErrorRef,
          409: ErrorRef,
        },
      },
    },
    async (request) => cancelSession(contextOf(services, request), request.params.id),
  );

  app.post(
    '/case-review/check',
    {
      config: { permission: 'case-review:submit' },
      schema: {
        tags,
        summary: 'Tekst controleren op herleidbare gegevens (naam, BSN, datum, adres, telefoon, e-mail)',
        description: 'Slaat niets op. Dezelfde controle weigert een casus bij het inbrengen.',
        body: Type.Object(Texts, { additionalProperties: false }),
        response: {
          200: Type.Object({ summary: Found, question: Found }),
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
        },
      },
    },
    async (request) => checkCaseTexts(contextOf(services, request), request.body),
  );

  app.post(
    '/case-review/sessions/:id/cases',
    {
      config: { permission: 'case-review:submit' },
      schema: {
        tags,
        summary: 'Een geanonimiseerde casus inbrengen voor een sessie',
        description:
          'Geweigerd (400, met de gevonden gegevens) als de tekst een naam, BSN, datum, adres, telefoonnummer of e-mailadres bevat; geweigerd (409) na de inbrengtermijn (2 werkdagen voor de sessie) of voor een vervallen sessie.',
        params: SessionParams,
        body: Type.Object(
          { ageBand: oneOf(AGE_BANDS, 'Leeftijdscategorie'), ...Texts },
          { additionalProperties: false },
        ),
        response: {
          201: CaseBody,
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
          404: ErrorRef,
          409: ErrorRef,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitCase(contextOf(services, request), request.params.id, request.body)),
  );

  app.get(
    '/case-review/cases',
    {
      config: { permission: 'case-review:read' },
      schema: {
        tags,
        summary: 'Casussen met hun advies (een praktijk: de eigen casussen)',
        response: { 200: Type.Array(CaseBody), 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => listCaseViews(contextOf(services, request)),
  );

  app.put(
    '/case-review/sessions/:id/agenda',
    {
      config: { permission: 'case-review:manage' },
      schema: {
        tags,
        summary: 'De volgorde van de agenda vastleggen (coördinator)',
        params: SessionParams,
        body: Type.Object(
          {
            caseIds: Type.Array(Uuid, {
              maxItems: 100,
              description: 'Alle casussen van de sessie, in de nieuwe volgorde',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AgendaCase), 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => orderAgenda(contextOf(services, request), request.params.id, request.body.caseIds),
  );

  app.post(
    '/case-review/cases/:id/advice',
    {
      config: { permission: 'case-review:manage' },
      schema: {
        tags,
        summary: 'Het advies van de tafel vastleggen en teruggeven aan de huisarts (coördinator)',
        params: SessionParams,
        body: Type.Object(
          {
            advice: Type.String({ minLength: 1, maxLength: ADVICE_MAX }),
            advisedRoute: AdvisedRoute,
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => recordAdvice(contextOf(services, request), request.params.id, request.body),
  );
};
