/**
 * The care map over HTTP: services (list, detail with history, free-text search) and
 * organisations. Read-only here; providers' updates have their own routes.
 */
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../domain/errors';
import { interpretText } from '../../domain/matching/text';
import type { AppServices } from '../../services/app-services';
import { serviceForecasts } from '../../services/statistics';
import {
  getOrganization,
  getServiceDetail,
  listOrganizations,
  listServiceIds,
  loadCatalogServices,
  searchServiceIds,
} from '../../db/catalog-repository';
import { CareKind, MunicipalityCode, Paging, ServiceDetail, Uuid, Nullable, GeoPoint } from '../schemas/catalog';

const byIdOrder = <T extends { id: string }>(ids: string[], items: T[]): T[] => {
  const map = new Map(items.map((i) => [i.id, i]));
  return ids.flatMap((id) => map.get(id) ?? []);
};

export const catalogRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  const { db } = services.database;

  app.get(
    '/services',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['sociale-kaart'],
        summary: 'Diensten op de sociale kaart',
        querystring: Type.Object(
          { kind: Type.Optional(CareKind), municipality: Type.Optional(MunicipalityCode), organization: Type.Optional(Uuid), ...Paging },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('Service')), total: Type.Integer() }),
          400: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { ids, total } = await listServiceIds(db, {
        kind: q.kind,
        municipalityCode: q.municipality,
        organizationId: q.organization,
        limit: q.limit,
        offset: q.offset,
      });
      return { items: byIdOrder(ids, await loadCatalogServices(db, ids)), total };
    },
  );

  app.get(
    '/services/:id',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['sociale-kaart'],
        summary: 'Eén dienst met alle gegevens, hun datum, bron en geschiedenis, en de prognose naast elke wachttijd',
        params: Type.Object({ id: Uuid }),
        response: { 200: ServiceDetail, 400: Type.Ref('ErrorBody'), 404: Type.Ref('ErrorBody') },
      },
    },
    async (request) => {
      const detail = await getServiceDetail(db, request.params.id);
      if (!detail) throw notFound('De dienst');
      return { ...detail, forecasts: await serviceForecasts(db, request.params.id) };
    },
  );

  app.get(
    '/search',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['sociale-kaart'],
        summary: 'Vrij zoeken in de sociale kaart (vergeeft typefouten)',
        querystring: Type.Object(
          { q: Type.String({ minLength: 2, maxLength: 200 }), limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            query: Type.String(),
            understood: Type.Object({
              terms: Type.Array(Type.Object({ input: Type.String(), matched: Type.String() })),
              diagnosisGroups: Type.Array(Type.String()),
              themes: Type.Array(Type.String()),
              careKinds: Type.Array(Type.String()),
            }),
            items: Type.Array(Type.Ref('Service')),
          }),
          400: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const understood = interpretText(q);
      const concepts = { ...understood, terms: understood.terms.map((t) => t.matched) };
      const ids = await searchServiceIds(db, q, concepts, limit);
      return {
        query: q,
        understood: { terms: understood.terms, diagnosisGroups: understood.diagnosisGroups, themes: understood.themes, careKinds: understood.careKinds },
        items: byIdOrder(ids, await loadCatalogServices(db, ids)),
      };
    },
  );

  app.get(
    '/organizations',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['sociale-kaart'],
        summary: 'Organisaties op de sociale kaart',
        querystring: Type.Object({ ...Paging }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('Organization')), total: Type.Integer() }),
          400: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => listOrganizations(db, request.query.limit, request.query.offset),
  );

  app.get(
    '/organizations/:id',
    {
      config: { permission: 'care-map:read' },
      schema: {
        tags: ['sociale-kaart'],
        summary: 'Eén organisatie met haar locaties',
        params: Type.Object({ id: Uuid }),
        response: {
          200: Type.Object({
            organization: Type.Ref('Organization'),
            locations: Type.Array(
              Type.Object({
                id: Uuid,
                name: Type.String(),
                street: Nullable(Type.String()),
                postcode: Nullable(Type.String()),
                city: Type.String(),
                municipalityCode: Type.String(),
                point: GeoPoint,
              }),
            ),
          }),
          400: Type.Ref('ErrorBody'),
          404: Type.Ref('ErrorBody'),
        },
      },
    },
    async (request) => {
      const found = await getOrganization(db, request.params.id);
      if (!found) throw notFound('De organisatie');
      return found;
    },
  );
};
