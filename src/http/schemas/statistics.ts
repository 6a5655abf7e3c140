/**
 * HTTP schemas of the Treeknorm monitoring and the regional dashboard (tag 'cijfers'): the filters
 * every figure takes, and the shapes of the answers. Only counts and figures; never a person.
 */
import { Type, type TSchema } from 'typebox';
import { CareKind, forecastFields, IsoDate, IsoDateTime, MunicipalityCode, Nullable } from './catalog';

const Code = (description: string) => Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$', description });

/** The filters of every figure, and the answer format. */
export const figureFilters = {
  region: Type.Optional(Code('Regio-id, bijvoorbeeld ede-wageningen (zie /api/statistics/regions)')),
  municipality: Type.Optional(MunicipalityCode),
  diagnosisGroup: Type.Optional(Code('Code van de diagnosegroep, bijvoorbeeld 04')),
  careKind: Type.Optional(CareKind),
};
export const Format = Type.Optional(
  Type.Union([Type.Literal('json'), Type.Literal('csv')], {
    description: 'csv: hetzelfde als CSV-bestand (puntkomma, decimale komma, UTF-8 met BOM) voor Excel',
  }),
);

const Spread = Type.Object({
  median: Type.Number(),
  p25: Type.Number({ description: '25e percentiel' }),
  p75: Type.Number({ description: '75e percentiel' }),
  min: Type.Number(),
  max: Type.Number(),
});

export const WaitSummary = Type.Object({
  count: Type.Integer({ description: 'Aantal wachttijden (dienst × diagnosegroep), alleen basis- en specialistische ggz' }),
  aboveNorm: Type.Integer({ description: 'Boven de Treeknorm: aanmeld > 4 of behandel > 10 weken' }),
  shareAboveNorm: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  total: Nullable(Spread),
  registration: Nullable(Spread),
  treatment: Nullable(Spread),
});

const FilterDescription = Type.Object({
  region: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  municipality: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  diagnosisGroup: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  careKind: Nullable(CareKind),
});

const header = { generatedAt: IsoDateTime, filter: FilterDescription };

const FigureRow = <T extends TSchema>(figures: T) => Type.Object({ key: Type.String(), label: Type.String(), figures });

export const TreeknormNow = Type.Object({
  ...header,
  per: Type.Union([Type.Literal('diagnosegroep'), Type.Literal('gemeente'), Type.Literal('regio')]),
  overall: WaitSummary,
  rows: Type.Array(FigureRow(WaitSummary)),
});

export const TreeknormTrend = Type.Object({
  ...header,
  months: Type.Array(Type.Intersect([Type.Object({ month: Type.String({ description: 'jjjj-mm' }) }), WaitSummary])),
});

export const Supply = Type.Object({
  ...header,
  per: Type.Union([Type.Literal('diagnosegroep'), Type.Literal('gemeente')]),
  rows: Type.Array(
    Type.Object({
      key: Type.String({ description: 'Code van de diagnosegroep of gemeente; leeg: geen specifieke diagnosegroep' }),
      label: Type.String(),
      services: Type.Integer(),
      paused: Type.Integer({ description: 'Diensten met een actieve aanmeldstop' }),
    }),
  ),
});

export const InsurerFigures = Type.Object({
  ...header,
  year: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      insurerId: Type.String(),
      label: Type.String(),
      contracted: Type.Integer(),
      ceilingReached: Type.Integer(),
      ceilingAlmost: Type.Integer(),
      paused: Type.Integer(),
    }),
  ),
});

const FreshnessCounts = Type.Object({ actueel: Type.Integer(), verouderd: Type.Integer(), onbekend: Type.Integer() });
export const DataFreshness = Type.Object({
  ...header,
  rows: Type.Array(
    Type.Object({
      fact: Type.Union([Type.Literal('wachttijd'), Type.Literal('aanmeldstop'), Type.Literal('contract')]),
      label: Type.String(),
      counts: FreshnessCounts,
      total: Type.Integer(),
    }),
  ),
});

export const Forecasts = Type.Object({
  ...header,
  counts: Type.Object({ withForecast: Type.Integer(), disagreeing: Type.Integer() }),
  rows: Type.Array(
    Type.Object({
      ...forecastFields,
      serviceId: Type.String({ format: 'uuid' }),
      serviceName: Type.String(),
      organizationName: Type.String(),
      diagnosisGroup: Nullable(Type.String()),
      groupLabel: Type.String(),
      waitingCount: Type.Integer(),
      intakesPerMonth: Type.Integer(),
      startsPerMonth: Nullable(Type.Integer()),
      measuredOn: IsoDate,
    }),
  ),
});

export const Regions = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), municipalityCodes: Type.Array(Type.String()) })),
});
