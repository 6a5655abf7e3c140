/**
 * Notices (meldingen) over HTTP: the newest notices of the caller's organisation, and marking one
 * read. The use cases are in src/services/notifications.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppServices } from '../../services/app-services';
import { markRead, notificationsFor } from '../../services/notifications';
import { contextOf } from '../auth';
import { Uuid } from '../schemas/catalog';
import { NotificationBody, NotificationListBody, NotificationQuery } from '../schemas/referrals';

const ErrorRef = Type.Ref('ErrorBody');
const tags = ['meldingen'];
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };

export const notificationRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (
  app,
  { services },
) => {
  app.get(
    '/notifications',
    {
      config: { permission: 'notification:read' },
      schema: {
        tags,
        summary: 'Meldingen voor uw organisatie, nieuwste eerst (zonder patiëntgegevens)',
        querystring: NotificationQuery,
        response: { 200: NotificationListBody, ...errors },
      },
    },
    async (request) =>
      notificationsFor(contextOf(services, request), { unreadOnly: request.query.unread === true }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { permission: 'notification:read' },
      schema: {
        tags,
        summary: 'Melding als gelezen markeren',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        response: { 200: NotificationBody, ...errors, 404: ErrorRef },
      },
    },
    async (request) => markRead(contextOf(services, request), request.params.id),
  );
};
