/** GET /api/health: liveness and readiness for load balancers and operators. */
import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppServices } from '../../services/app-services';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  databaseReachable: Type.Boolean(),
  services: Type.Integer({ description: 'Aantal diensten in het geheugen' }),
  catalogLoadedAt: Type.Union([Type.String(), Type.Null()]),
  uptimeSeconds: Type.Number(),
});

export const healthRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  app.get(
    '/api/health',
    { config: { permission: 'public:read' }, schema: { tags: ['systeem'], summary: 'Gezondheid van de applicatie', response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const reachable = await services.database.db
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false);
      const body = {
        status: reachable ? ('ok' as const) : ('degraded' as const),
        database: services.database.kind,
        databaseReachable: reachable,
        services: services.catalog.size,
        catalogLoadedAt: services.catalog.loadedAt?.toISOString() ?? null,
        uptimeSeconds: Math.round(process.uptime()),
      };
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );
};
