/**
 * Treeknorm monitoring and the regional dashboard over HTTP (tag 'cijfers', permission
 * 'statistics:read': aggregates only). Every figure answers as JSON, or as a CSV file for Dutch
 * Excel with `?format=csv` or at the same address ending in `.csv`. The handlers only translate;
 * the use cases are in src/services/statistics.ts, the CSV tables in statistics-csv.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type, type TSchema } from 'typebox';
import type { CareKind } from '../../domain/catalog/vocabulary';
import { toCsv } from '../../domain/waiting/csv-export';
import type { AppServices } from '../../services/app-services';
import {
  dataFreshness,
  figureRegions,
  forecasts,
  insurerFigures,
  supply,
  treeknormNow,
  treeknormTrend,
  type FigureQuery,
} from '../../services/statistics';
import {
  forecastsCsv,
  freshnessCsv,
  insurersCsv,
  supplyCsv,
  treeknormCsv,
  trendCsv,
  type CsvExport,
} from '../../services/statistics-csv';
import { contextOf } from '../auth';
import {
  DataFreshness,
  figureFilters,
  Forecasts,
  Format,
  InsurerFigures,
  Regions,
  Supply,
  TreeknormNow,
  TreeknormTrend,
} from '../schemas/statistics';

const ErrorRef = Type.Ref('ErrorBody');
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef };
const CsvBody = Type.String({ description: 'CSV: UTF-8 met BOM, puntkomma als scheidingsteken, decimale komma' });

/** The schema of a figure: JSON (or CSV with ?format=csv), or only CSV at its '.csv' address. */
function figureSchema<Q extends Record<string, TSchema>>(options: { csvOnly: boolean; summary: string; description: string; query: Q; body: TSchema }) {
  const content = options.csvOnly
    ? { 'text/csv': { schema: CsvBody } }
    : { 'application/json': { schema: options.body }, 'text/csv': { schema: CsvBody } };
  return {
    tags: ['cijfers'],
    summary: options.csvOnly ? `${options.summary} (CSV-bestand)` : options.summary,
    description: options.description,
    querystring: Type.Object(
      // The '.csv' address answers CSV whatever `format` says, so it accepts the same parameters.
      { ...figureFilters, ...options.query, format: Format },
      { additionalProperties: false },
    ),
    response: { 200: { description: 'De cijfers', content }, ...errors },
  };
}

/** Sends the figures as JSON, or as a CSV attachment with a Dutch file name. */
function answer<T>(reply: FastifyReply, result: T, asCsv: boolean, csv: (result: T) => CsvExport) {
  if (!asCsv) return reply.type('application/json; charset=utf-8').send(result);
  const { fileName, table } = csv(result);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(toCsv(table), 'utf8'));
}

const filterOf = (q: { region?: string; municipality?: string; diagnosisGroup?: string; careKind?: unknown }): FigureQuery => ({
  region: q.region,
  municipality: q.municipality,
  diagnosisGroup: q.diagnosisGroup,
  // The schema lets only known care kinds through.
  careKind: q.careKind as CareKind | undefined,
});

const TREEKNORM_PER = Type.Optional(
  Type.Union([Type.Literal('diagnosegroep'), Type.Literal('gemeente'), Type.Literal('regio')], {
    default: 'diagnosegroep',
    description: 'Uitsplitsing',
  }),
);
const SUPPLY_PER = Type.Optional(
  Type.Union([Type.Literal('diagnosegroep'), Type.Literal('gemeente')], { default: 'diagnosegroep', description: 'Uitsplitsing' }),
);
const MONTHS = Type.Optional(Type.Integer({ minimum: 2, maximum: 24, default: 12, description: 'Aantal kalendermaanden' }));
const ONLY_DISAGREEING = Type.Optional(Type.Boolean({ default: false, description: 'Alleen sterke afwijkingen' }));

const ATTRIBUTION =
  'Filters: regio, gemeente (een dienst telt voor de gemeenten van zijn werkgebied, zonder werkgebied voor de gemeente van zijn locatie), diagnosegroep en zorgsoort. Zie docs/monitoring.md.';

export const statisticsRoutes: FastifyPluginAsyncTypebox<{ services: AppServices }> = async (app, { services }) => {
  const config = { permission: 'statistics:read' as const };

  app.get(
    '/statistics/regions',
    {
      config,
      schema: { tags: ['cijfers'], summary: 'Regio’s met hun gemeenten, voor de filters van het dashboard', response: { 200: Regions, 401: ErrorRef, 403: ErrorRef } },
    },
    async (request) => ({ items: await figureRegions(contextOf(services, request)) }),
  );

  for (const csvOnly of [false, true]) {
    const suffix = csvOnly ? '.csv' : '';

    app.get(
      `/statistics/treeknorm${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Treeknorm nu: aandeel boven de norm, mediaan en spreiding van de wachttijden',
          description: `Per diagnosegroep, gemeente of regio, over de actuele wachttijden van basis- en specialistische ggz (niet ouder dan 90 dagen). ${ATTRIBUTION}`,
          query: { per: TREEKNORM_PER },
          body: TreeknormNow,
        }),
      },
      async (request, reply) => {
        const q = request.query;
        const result = await treeknormNow(contextOf(services, request), filterOf(q), q.per ?? 'diagnosegroep');
        return answer(reply, result, csvOnly || q.format === 'csv', treeknormCsv);
      },
    );

    app.get(
      `/statistics/trend${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Wachttijden tegen de Treeknorm per kalendermaand (trend)',
          description: `Per maand de wachttijden zoals ze aan het eind van die maand golden, uit de versiegeschiedenis. ${ATTRIBUTION}`,
          query: { months: MONTHS },
          body: TreeknormTrend,
        }),
      },
      async (request, reply) => {
        const q = request.query;
        const result = await treeknormTrend(contextOf(services, request), filterOf(q), q.months ?? 12);
        return answer(reply, result, csvOnly || q.format === 'csv', trendCsv);
      },
    );

    app.get(
      `/statistics/supply${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Aanbod per diagnosegroep of gemeente: aantal diensten en aanmeldstops',
          description: ATTRIBUTION,
          query: { per: SUPPLY_PER },
          body: Supply,
        }),
      },
      async (request, reply) => {
        const q = request.query;
        const result = await supply(contextOf(services, request), filterOf(q), q.per ?? 'diagnosegroep');
        return answer(reply, result, csvOnly || q.format === 'csv', supplyCsv);
      },
    );

    app.get(
      `/statistics/insurers${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Per zorgverzekeraar: gecontracteerde diensten, bereikte omzetplafonds en aanmeldstops',
          description: `Contracten van dit jaar (de nieuwste versie per dienst en verzekeraar). ${ATTRIBUTION}`,
          query: {},
          body: InsurerFigures,
        }),
      },
      async (request, reply) => {
        const result = await insurerFigures(contextOf(services, request), filterOf(request.query));
        return answer(reply, result, csvOnly || request.query.format === 'csv', insurersCsv);
      },
    );

    app.get(
      `/statistics/freshness${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Actualiteit van de gegevens: actueel, verouderd en onbekend',
          description: `Actueel tot 30 dagen, verouderd tot 90 dagen, daarna (of zonder gegeven) onbekend. ${ATTRIBUTION}`,
          query: {},
          body: DataFreshness,
        }),
      },
      async (request, reply) => {
        const result = await dataFreshness(contextOf(services, request), filterOf(request.query));
        return answer(reply, result, csvOnly || request.query.format === 'csv', freshnessCsv);
      },
    );

    app.get(
      `/statistics/forecasts${suffix}`,
      {
        config,
        schema: figureSchema({
          csvOnly,
          summary: 'Prognoses: gemelde aanmeldwachttijd naast wachtenden gedeeld door intakes per maand',
          description: `Per dienst en diagnosegroep met opgegeven wachtenden en intakes; sterke afwijkingen eerst. ${ATTRIBUTION}`,
          query: { onlyDisagreeing: ONLY_DISAGREEING },
          body: Forecasts,
        }),
      },
      async (request, reply) => {
        const q = request.query;
        const result = await forecasts(contextOf(services, request), filterOf(q), q.onlyDisagreeing ?? false);
        return answer(reply, result, csvOnly || q.format === 'csv', forecastsCsv);
      },
    );
  }
};
