/**
 * Currency over HTTP (actualiteit, docs/currency.md): the facts to confirm (GET /api/freshness),
 * writing the due reminders now (POST /api/reminders), and the outbox with "send now" (GET
 * /api/outbox, POST /api/outbox/send). The handlers only translate; the use cases are
 * src/services/freshness.ts, reminders.ts and outbox.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { reachFor } from '../../domain/access/permissions';
import { CURRENCY_STATES } from '../../domain/waiting/currency';
import type { AppServices } from '../../services/app-services';
import { freshnessOverview } from '../../services/freshness';
import { outboxList, sendOutboxNow } from '../../services/outbox';
import { writeDueReminders } from '../../services/reminders';
import { contextOf } from '../auth';
import { IsoDate, IsoDateTime, Nullable, Uuid } from '../schemas/catalog';

const ErrorRef = Type.Ref('ErrorBody');
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

const Counts = {
  onbekend: Type.Integer({ description: 'Ouder dan 90 dagen of nooit opgegeven' }),
  verouderd: Type.Integer({ description: 'Ouder dan 30 dagen' }),
  binnenkortVerouderd: Type.Integer({ description: 'Wordt binnen 7 dagen verouderd' }),
};

const OrganizationSummary = Type.Object({
  organizationId: Uuid,
  organizationName: Type.String(),
  organizationKind: Type.String(),
  services: Type.Integer({ description: 'Aantal diensten' }),
  ...Counts,
  recipients: Type.Integer({ description: 'Aantal medewerkers van de aanbieder dat een herinnering krijgt' }),
  lastReminderAt: Nullable(IsoDateTime),
});

const FactItem = Type.Object({
  key: Type.String(),
  serviceId: Uuid,
  serviceName: Type.String(),
  fact: literals(['wachttijd', 'aanmeldstop', 'contract']),
  subject: Type.String(),
  state: literals(CURRENCY_STATES),
  ageDays: Nullable(Type.Integer()),
  lastConfirmedAt: Nullable(IsoDateTime),
  text: Type.String(),
});

const OverviewBody = Type.Object({
  today: IsoDate,
  organizations: Type.Array(OrganizationSummary),
  detail: Nullable(
    Type.Object({
      organizationId: Uuid,
      organizationName: Type.String(),
      items: Type.Array(FactItem),
    }),
  ),
});

const OverviewQuery = Type.Object(
  {
    organizationId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Alleen deze organisatie, met de lijst te bevestigen gegevens',
      }),
    ),
  },
  { additionalProperties: false },
);

const ReminderRunBody = Type.Object({
  week: Type.String({ description: 'ISO-week, bijvoorbeeld 2026-W48' }),
  due: Type.Integer({ description: 'Organisaties met verouderde of onbekende gegevens' }),
  written: Type.Integer({ description: 'Nu klaargezette herinneringen' }),
  alreadyWritten: Type.Integer({ description: 'Deze week al eerder klaargezet' }),
  withoutRecipients: Type.Integer({ description: 'Zonder medewerker om naar te schrijven' }),
});

const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;
const OutboxQuery = Type.Object(
  {
    state: Type.Optional(literals(OUTBOX_STATES)),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);
const OutboxBody = Type.Object({
  smtpConfigured: Type.Boolean({
    description: 'false: er is geen mailserver ingesteld; berichten blijven klaarstaan',
  }),
  counts: Type.Object({ pending: Type.Integer(), sent: Type.Integer(), failed: Type.Integer() }),
  messages: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.String(),
      organizationId: Nullable(Uuid),
      organizationName: Nullable(Type.String()),
      recipient: Type.String(),
      subject: Type.String(),
      body: Type.String(),
      state: literals(OUTBOX_STATES),
      createdAt: IsoDateTime,
      sentAt: Nullable(IsoDateTime),
      attempts: Type.Integer(),
      lastError: Nullable(Type.String()),
    }),
  ),
});
const DeliveryBody = Type.Object({
  sent: Type.Integer(),
  failed: Type.Integer(),
  gaveUp: Type.Integer({ description: 'Opgegeven na 5 pogingen' }),
});

export const freshnessRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/freshness',
    {
      config: { permission: 'freshness:read' },
      schema: {
        tags: ['actualiteit'],
        summary:
          'Te bevestigen gegevens: de eigen lijst (aanbieder) of een overzicht per organisatie (regio)',
        description:
          'Een medewerker van een zorgaanbieder krijgt de lijst van de eigen organisatie. De verwijsadviseur en de beheerder krijgen per organisatie de aantallen, en met organizationId de lijst van die organisatie. Verouderd: ouder dan 30 dagen; onbekend: ouder dan 90 dagen of nooit opgegeven; binnenkort verouderd: binnen 7 dagen.',
        querystring: OverviewQuery,
        response: { 200: OverviewBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => freshnessOverview(contextOf(services, request), request.query),
  );

  app.post(
    '/reminders',
    {
      config: { permission: 'outbox:manage' },
      schema: {
        tags: ['actualiteit'],
        summary:
          'Herinneringen klaarzetten: één per organisatie per week, voor verouderde of onbekende gegevens',
        description:
          'Schrijft de herinneringen die nu nodig zijn naar de uitgaande berichten. Een tweede keer in dezelfde ISO-week schrijft niets opnieuw.',
        response: { 200: ReminderRunBody, 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => {
      const ctx = contextOf(services, request);
      return writeDueReminders(ctx, reachFor(ctx.principal, 'outbox:manage'));
    },
  );

  app.get(
    '/outbox',
    {
      config: { permission: 'outbox:manage' },
      schema: {
        tags: ['actualiteit'],
        summary: 'Uitgaande berichten (klaar, verzonden, mislukt), nieuwste eerst',
        querystring: OutboxQuery,
        response: { 200: OutboxBody, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef },
      },
    },
    async (request) => outboxList(contextOf(services, request), request.query),
  );

  app.post(
    '/outbox/send',
    {
      config: { permission: 'outbox:manage' },
      schema: {
        tags: ['actualiteit'],
        summary: 'Uitgaande berichten nu verzenden',
        description: 'Antwoordt 409 als er geen mailserver is ingesteld (WEGWIJZER_SMTP_URL en WEGWIJZER_MAIL_FROM).',
        response: { 200: DeliveryBody, 401: ErrorRef, 403: ErrorRef, 409: ErrorRef },
      },
    },
    async (request) => sendOutboxNow(contextOf(services, request)),
  );
};
