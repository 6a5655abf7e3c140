/**
 * Consultatie GGZ over HTTP: the consultants to choose from, asking a question with the patient's
 * consent, the lists of both sides, the thread, messages and closing. Handlers only translate;
 * the use cases are in src/services/consultations.ts and the rules in src/domain/consultation.
 *
 * Each route names one action. Posting a message is open to every reader (consultation:read) at
 * the door; the use case then requires consultation:request of the asking practice or
 * consultation:answer of the consultant's organisation, depending on the writer's side.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DISCIPLINE_IDS } from '../../domain/consultation/disciplines';
import { CONSULTATION_STATE_IDS } from '../../domain/consultation/lifecycle';
import { MESSAGE_LENGTH, QUESTION_LENGTH, SUBJECT_LENGTH } from '../../domain/consultation/validation';
import type { AppServices } from '../../services/app-services';
import {
  closeConsultation,
  consultantsFor,
  consultationFor,
  consultationsFor,
  postConsultationMessage,
  requestConsultation,
} from '../../services/consultations';
import { contextOf } from '../auth';
import { IsoDateTime, Nullable, oneOf, Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['consultatie'];
const denied = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

const Discipline = oneOf(DISCIPLINE_IDS, 'Discipline van de consulent');
const Side = oneOf(['aanvrager', 'consulent'] as const, 'Kant: de vragende praktijk of de consulent');

const Consultant = Type.Object({
  serviceId: Uuid,
  serviceName: Type.String(),
  organizationId: Uuid,
  organizationName: Type.String(),
  city: Nullable(Type.String()),
  disciplines: Type.Array(Discipline, {
    description: 'Disciplines die de dienst noemt; leeg: vragen voor elke discipline',
  }),
});

const summary = {
  id: Uuid,
  state: oneOf(CONSULTATION_STATE_IDS, 'open: wacht op antwoord; beantwoord; afgesloten'),
  stateLabel: Type.String(),
  discipline: Type.String(),
  disciplineLabel: Type.String(),
  subject: Type.String(),
  oneOffConsult: Type.Boolean({ description: 'De huisarts vraagt ook een eenmalig consult met de patiënt' }),
  requesterOrganizationId: Uuid,
  requesterOrganizationName: Type.String(),
  requesterName: Type.String(),
  consultantOrganizationId: Uuid,
  consultantOrganizationName: Type.String(),
  serviceId: Nullable(Uuid),
  serviceName: Nullable(Type.String()),
  askedAt: IsoDateTime,
  dueOn: Type.String({ format: 'date', description: 'Antwoord uiterlijk op deze dag (regionale termijn, standaard 3 werkdagen)' }),
  overdue: Type.Boolean({ description: 'Open en de antwoorddatum is voorbij (te laat)' }),
  answeredAt: Nullable(IsoDateTime),
  closedAt: Nullable(IsoDateTime),
  referralId: Nullable(Uuid),
};

const ListItem = Type.Object({
  ...summary,
  messageCount: Type.Integer(),
  lastMessageAt: Nullable(IsoDateTime),
});

const Detail = Type.Object({
  ...summary,
  question: Type.String(),
  patientConsent: Type.Boolean(),
  consentRecordedAt: IsoDateTime,
  patientPseudonymSet: Type.Boolean(),
  messages: Type.Array(
    Type.Object({
      id: Uuid,
      side: Side,
      authorName: Type.String(),
      authorOrganizationName: Type.String(),
      body: Type.String(),
      at: IsoDateTime,
    }),
  ),
  viewerSide: Nullable(Side),
  may: Type.Object({ reply: Type.Boolean(), close: Type.Boolean(), convertToReferral: Type.Boolean() }),
});

const NewConsultation = Type.Object(
  {
    discipline: Discipline,
    serviceId: { ...Uuid, description: 'De consultatiedienst (GET /api/consultations/consultants)' },
    subject: Type.String({ maxLength: SUBJECT_LENGTH.max, description: 'Kort onderwerp, zonder naam van de patiënt' }),
    question: Type.String({ maxLength: QUESTION_LENGTH.max, description: 'De consultatievraag' }),
    patientConsent: Type.Boolean({ description: 'De patiënt heeft toestemming gegeven; moet true zijn' }),
    oneOffConsult: Type.Optional(
      Type.Boolean({ description: 'Vraag ook een eenmalig consult van de consulent met de patiënt aan (standaard: nee)' }),
    ),
    patientBsn: Type.Optional(
      Type.String({
        maxLength: 12,
        description: 'Optioneel; alleen om een pseudoniem voor de audittrail te maken, wordt niet opgeslagen',
      }),
    ),
  },
  { additionalProperties: false },
);

export const consultationRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/consultations/consultants',
    {
      config: { permission: 'consultation:request' },
      schema: {
        tags,
        summary: 'Consulenten: organisaties met een dienst voor consultatie GGZ, eventueel per discipline',
        querystring: Type.Object({ discipline: Type.Optional(Discipline) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Consultant) }), ...denied },
      },
    },
    async (request) => ({
      items: await consultantsFor(contextOf(services, request), request.query.discipline),
    }),
  );

  app.post(
    '/consultations',
    {
      config: { permission: 'consultation:request' },
      schema: {
        tags,
        summary: 'Consultatievraag stellen (alleen met toestemming van de patiënt); antwoord binnen de regionale termijn',
        body: NewConsultation,
        response: { 201: Detail, ...denied },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestConsultation(contextOf(services, request), request.body)),
  );

  app.get(
    '/consultations',
    {
      config: { permission: 'consultation:read' },
      schema: {
        tags,
        summary: 'Consultatievragen van de eigen praktijk, of die aan de eigen organisatie zijn gesteld',
        querystring: Type.Object(
          {
            status: Type.Optional(
              oneOf(
                ['open', 'te-laat', 'beantwoord', 'afgesloten'] as const,
                'Filter; te-laat: open en over de antwoorddatum',
              ),
            ),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 200 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ListItem) }), ...denied },
      },
    },
    async (request) => ({
      items: await consultationsFor(contextOf(services, request), {
        filter: request.query.status,
        limit: request.query.limit,
      }),
    }),
  );

  app.get(
    '/consultations/:id',
    {
      config: { permission: 'consultation:read' },
      schema: {
        tags,
        summary: 'Eén consultatie met de berichten',
        params: IdParams,
        response: { 200: Detail, 404: ErrorRef, ...denied },
      },
    },
    async (request) => consultationFor(contextOf(services, request), request.params.id),
  );

  app.post(
    '/consultations/:id/messages',
    {
      config: { permission: 'consultation:read' },
      schema: {
        tags,
        summary: 'Bericht plaatsen: antwoord van de consulent of vervolgvraag van de praktijk',
        description:
          'De praktijk heeft consultation:request nodig, de consulent consultation:answer. Een antwoord op een open vraag maakt haar beantwoord; een vervolgvraag na het antwoord opent haar opnieuw met een nieuwe antwoorddatum.',
        params: IdParams,
        body: Type.Object(
          { body: Type.String({ maxLength: MESSAGE_LENGTH.max, description: 'De tekst van het bericht' }) },
          { additionalProperties: false },
        ),
        response: { 200: Detail, 404: ErrorRef, 409: ErrorRef, ...denied },
      },
    },
    async (request) => postConsultationMessage(contextOf(services, request), request.params.id, request.body.body),
  );

  app.post(
    '/consultations/:id/close',
    {
      config: { permission: 'consultation:request' },
      schema: {
        tags,
        summary: 'Consultatie afsluiten (door de vragende praktijk)',
        params: IdParams,
        response: { 200: Detail, 404: ErrorRef, 409: ErrorRef, ...denied },
      },
    },
    async (request) => closeConsultation(contextOf(services, request), request.params.id),
  );
};
