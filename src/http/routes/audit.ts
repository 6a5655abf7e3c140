/**
 * The audit trail over HTTP: the audit view (filtered, newest first), the overview per person of
 * who accessed their data, and the chain check. Every request here is itself audited.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import {
  exportPersonAccessOverview,
  personAccessOverview,
  searchAuditTrail,
  verifyAuditTrail,
} from '../../services/audit-trail';
import { contextOf } from '../auth';
import { AuditEntryBody, AuditQuery, ChainBody, Pseudonym } from '../schemas/auth';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['audittrail'];
const denied = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };

export const auditRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.addSchema(AuditEntryBody);
  const Entries = Type.Array(Type.Ref('AuditEntry'));

  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        summary: 'Audittrail doorzoeken, nieuwste eerst (NEN 7513)',
        querystring: AuditQuery,
        response: { 200: Entries, ...denied },
      },
    },
    async (request) => {
      const q = request.query;
      return searchAuditTrail(contextOf(services, request), {
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        actorUserId: q.userId,
        subjectPseudonym: q.pseudonym,
        event: q.event,
        objectType: q.objectType,
        objectId: q.objectId,
        beforeSeq: q.beforeSeq,
        limit: q.limit,
      });
    },
  );

  app.get(
    '/audit/persons/:pseudonym',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        summary: 'Wie heeft de gegevens van deze persoon ingezien of gewijzigd (inzagerecht), oudste eerst',
        params: Type.Object({ pseudonym: Pseudonym }),
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: 2000, default: 500 }) },
          { additionalProperties: false },
        ),
        response: { 200: Entries, ...denied },
      },
    },
    async (request) =>
      personAccessOverview(contextOf(services, request), request.params.pseudonym, request.query.limit),
  );

  app.get(
    '/audit/persons/:pseudonym/export',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        summary:
          'Het overzicht per persoon als CSV-bestand, om aan de persoon te geven (wordt gelogd als export)',
        params: Type.Object({ pseudonym: Pseudonym }),
        produces: ['text/csv'],
        response: { 200: Type.String(), ...denied },
      },
    },
    async (request, reply) => {
      const csv = await exportPersonAccessOverview(contextOf(services, request), request.params.pseudonym);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="inzage-${request.params.pseudonym}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags,
        summary: 'De hashketen van de audittrail controleren',
        response: { 200: ChainBody, ...denied },
      },
    },
    async (request) => verifyAuditTrail(contextOf(services, request)),
  );
};
