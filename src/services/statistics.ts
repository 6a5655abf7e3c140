/**
 * Use cases of the Treeknorm monitoring and the regional dashboard (cijfers): the Treeknorm now
 * per region, municipality or diagnosis group; the trend per month; supply per diagnosis group and
 * municipality; pauses and reached ceilings per insurer; how fresh the data is; and forecasts
 * beside reported waits. Only aggregates over the care map: the caller's reach for
 * 'statistics:read' must be 'aggregate' (financier, verwijsadviseur, beheerder). Nothing here reads
 * personal data, so nothing is written to the audit trail.
 */
import { forbidden, reachFor } from '../domain/access/permissions';
import { dateInNetherlands } from '../domain/calendar/iso-date';
import type { CareKind } from '../domain/catalog/vocabulary';
import { CARE_KIND_IDS, careKindInfo } from '../domain/catalog/vocabulary';
import { invalid } from '../domain/errors';
import { forecastWait, type WaitForecast } from '../domain/waiting/forecast';
import { summarizeWaits, waitsInForceAt, waitTrend, type MonthSummary, type WaitSummary } from '../domain/waiting/monitoring';
import { freshness, type Freshness } from '../domain/waiting/staleness';
import { TREEKNORM_CARE_KINDS } from '../domain/waiting/treeknorm';
import {
  currentWaitsOfService,
  factAges,
  insurerCounts,
  listRegions,
  supplyCounts,
  waitVersions,
  type FactKind,
  type InsurerRow,
  type RegionRow,
  type StatisticsFilter,
  type SupplyRow,
  type WaitRow,
} from '../db/statistics-repository';
import type { Db } from '../db/client';
import type { UseCaseContext } from './audited';

/** The filters a caller may set; every one optional. */
export interface FigureQuery {
  region?: string | undefined;
  municipality?: string | undefined;
  diagnosisGroup?: string | undefined;
  careKind?: CareKind | undefined;
}

export interface FilterDescription {
  region: { id: string; name: string } | null;
  municipality: { code: string; name: string } | null;
  diagnosisGroup: { code: string; name: string } | null;
  careKind: CareKind | null;
}

interface Resolved {
  filter: StatisticsFilter;
  description: FilterDescription;
  regions: RegionRow[];
  now: Date;
}

export const NO_GROUP_LABEL = 'Geen specifieke diagnosegroep';

/** Checks the caller may see aggregates, and turns the query into a filter (400 on unknown values). */
async function resolve(ctx: UseCaseContext, query: FigureQuery): Promise<Resolved> {
  const reach = reachFor(ctx.principal, 'statistics:read');
  if (reach.kind !== 'aggregate' && reach.kind !== 'all') throw forbidden('statistics:read needs aggregate reach');
  const { services } = ctx;
  const now = services.now();
  const regions = await listRegions(services.database.db);
  const region = query.region === undefined ? null : regions.find((r) => r.id === query.region);
  if (region === undefined) throw invalid('Deze regio kennen we niet.', [{ field: 'region', message: 'onbekende regio' }]);
  const municipality = query.municipality === undefined ? null : services.catalog.municipalities.get(query.municipality);
  if (municipality === undefined) {
    throw invalid('Deze gemeente kennen we niet.', [{ field: 'municipality', message: 'onbekende CBS-gemeentecode' }]);
  }
  if (region && municipality && !region.municipalityCodes.includes(municipality.code)) {
    throw invalid(`De gemeente ${municipality.name} hoort niet bij de regio ${region.name}.`, [
      { field: 'municipality', message: 'niet in de gekozen regio' },
    ]);
  }
  const group = query.diagnosisGroup === undefined ? null : services.catalog.diagnosisGroups.get(query.diagnosisGroup);
  if (group === undefined) {
    throw invalid('Deze diagnosegroep kennen we niet.', [{ field: 'diagnosisGroup', message: 'onbekende diagnosegroep' }]);
  }
  return {
    now,
    regions,
    filter: {
      municipalityCodes: municipality ? [municipality.code] : region ? region.municipalityCodes : null,
      diagnosisGroup: group?.code ?? null,
      careKinds: query.careKind ? [query.careKind] : null,
      today: dateInNetherlands(now),
    },
    description: {
      region: region ? { id: region.id, name: region.name } : null,
      municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
      diagnosisGroup: group ? { code: group.code, name: group.name } : null,
      careKind: query.careKind ?? null,
    },
  };
}

/** The regions with their municipalities, for the dashboard's filters. */
export async function figureRegions(ctx: UseCaseContext): Promise<RegionRow[]> {
  const reach = reachFor(ctx.principal, 'statistics:read');
  if (reach.kind !== 'aggregate' && reach.kind !== 'all') throw forbidden('statistics:read needs aggregate reach');
  return listRegions(ctx.services.database.db);
}

/** The filter narrowed to the kinds of care the Treeknorm is about. */
function treeknormFilter(filter: StatisticsFilter): StatisticsFilter {
  const kinds = (filter.careKinds ?? CARE_KIND_IDS).filter((k) => TREEKNORM_CARE_KINDS.includes(k));
  return { ...filter, careKinds: kinds };
}

export type TreeknormBreakdown = 'diagnosegroep' | 'gemeente' | 'regio';

export interface FigureRow<T> {
  key: string;
  label: string;
  figures: T;
}

export interface TreeknormNow {
  generatedAt: string;
  filter: FilterDescription;
  per: TreeknormBreakdown;
  overall: WaitSummary;
  rows: FigureRow<WaitSummary>[];
}

/**
 * Groups waits under keys (a wait may fall under several) and summarises each group, ordered by
 * code (diagnosis groups) or by name (municipalities, regions); the group without a key last.
 */
function summarizeBy(
  waits: WaitRow[],
  keysOf: (w: WaitRow) => string[],
  labelOf: (key: string) => string,
  order: 'key' | 'label',
): FigureRow<WaitSummary>[] {
  const groups = new Map<string, WaitRow[]>();
  for (const wait of waits) for (const key of keysOf(wait)) groups.set(key, [...(groups.get(key) ?? []), wait]);
  const sortKey = (row: FigureRow<WaitSummary>) => (order === 'key' ? row.key : row.label);
  return [...groups]
    .map(([key, rows]) => ({ key, label: labelOf(key), figures: summarizeWaits(rows) }))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : sortKey(a).localeCompare(sortKey(b), 'nl')));
}

/** The Treeknorm now: waits in force today, overall and per diagnosis group, municipality or region. */
export async function treeknormNow(ctx: UseCaseContext, query: FigureQuery, per: TreeknormBreakdown): Promise<TreeknormNow> {
  const { filter, description, regions, now } = await resolve(ctx, query);
  const { catalog, database } = ctx.services;
  const rows = await waitVersions(database.db, treeknormFilter(filter), { until: now, current: true });
  const waits = waitsInForceAt(rows, now);
  const scope = filter.municipalityCodes ? new Set(filter.municipalityCodes) : null;
  const inScope = (code: string) => !scope || scope.has(code);
  const breakdown =
    per === 'diagnosegroep'
      ? summarizeBy(
          waits,
          (w) => (filter.diagnosisGroup ? [filter.diagnosisGroup] : w.groups.length > 0 ? w.groups : ['']),
          (code) => (code === '' ? NO_GROUP_LABEL : (catalog.diagnosisGroups.get(code)?.name ?? code)),
          'key',
        )
      : per === 'gemeente'
        ? summarizeBy(waits, (w) => w.municipalities.filter(inScope), (code) => catalog.municipalities.get(code)?.name ?? code, 'label')
        : summarizeBy(
            waits,
            (w) =>
              regions
                .filter((r) => !description.region || r.id === description.region.id)
                .filter((r) => r.municipalityCodes.some((code) => w.municipalities.includes(code) && inScope(code)))
                .map((r) => r.id),
            (id) => regions.find((r) => r.id === id)?.name ?? id,
            'label',
          );
  return { generatedAt: now.toISOString(), filter: description, per, overall: summarizeWaits(waits), rows: breakdown };
}

export interface TreeknormTrend {
  generatedAt: string;
  filter: FilterDescription;
  months: MonthSummary[];
}

/** The same figures per calendar month, from the version history, oldest month first. */
export async function treeknormTrend(ctx: UseCaseContext, query: FigureQuery, months: number): Promise<TreeknormTrend> {
  const { filter, description, now } = await resolve(ctx, query);
  const rows = await waitVersions(ctx.services.database.db, treeknormFilter(filter), { until: now, current: false });
  return { generatedAt: now.toISOString(), filter: description, months: waitTrend(rows, now, months) };
}

export type SupplyBreakdown = 'diagnosegroep' | 'gemeente';

export interface Supply {
  generatedAt: string;
  filter: FilterDescription;
  per: SupplyBreakdown;
  rows: SupplyRow[];
}

/** Number of services (and of those with an active pause) per diagnosis group or municipality. */
export async function supply(ctx: UseCaseContext, query: FigureQuery, per: SupplyBreakdown): Promise<Supply> {
  const { filter, description, now } = await resolve(ctx, query);
  const rows = await supplyCounts(ctx.services.database.db, filter, per === 'diagnosegroep' ? 'diagnosisGroup' : 'municipality');
  return { generatedAt: now.toISOString(), filter: description, per, rows };
}

export interface InsurerFigures {
  generatedAt: string;
  filter: FilterDescription;
  year: number;
  rows: InsurerRow[];
}

/** Per insurer this year: contracted services, reached and nearly reached ceilings, pauses. */
export async function insurerFigures(ctx: UseCaseContext, query: FigureQuery): Promise<InsurerFigures> {
  const { filter, description, now } = await resolve(ctx, query);
  const year = Number(filter.today.slice(0, 4));
  const rows = await insurerCounts(ctx.services.database.db, filter, year);
  return { generatedAt: now.toISOString(), filter: description, year, rows };
}

export const FACT_LABELS: Record<FactKind, string> = {
  wachttijd: 'Wachttijden',
  aanmeldstop: 'Aanmeldstops',
  contract: 'Contracten en omzetplafonds',
};

export interface FreshnessRow {
  fact: FactKind;
  label: string;
  counts: Record<Freshness, number>;
  total: number;
}

export interface DataFreshness {
  generatedAt: string;
  filter: FilterDescription;
  rows: FreshnessRow[];
}

/** Current facts per freshness class (actueel, verouderd, onbekend), per kind of fact. */
export async function dataFreshness(ctx: UseCaseContext, query: FigureQuery): Promise<DataFreshness> {
  const { filter, description, now } = await resolve(ctx, query);
  const waitKinds = CARE_KIND_IDS.filter((k) => careKindInfo(k).waitsApply);
  const ages = await factAges(ctx.services.database.db, filter, now, waitKinds);
  const rows = (Object.keys(FACT_LABELS) as FactKind[]).map((fact) => {
    const counts: Record<Freshness, number> = { actueel: 0, verouderd: 0, onbekend: 0 };
    for (const row of ages.filter((a) => a.fact === fact)) counts[freshness(row.ageDays)] += row.count;
    return { fact, label: FACT_LABELS[fact], counts, total: counts.actueel + counts.verouderd + counts.onbekend };
  });
  return { generatedAt: now.toISOString(), filter: description, rows };
}

export interface ForecastRow extends WaitForecast {
  serviceId: string;
  serviceName: string;
  organizationName: string;
  diagnosisGroup: string | null;
  groupLabel: string;
  waitingCount: number;
  intakesPerMonth: number;
  startsPerMonth: number | null;
  measuredOn: string;
}

export interface Forecasts {
  generatedAt: string;
  filter: FilterDescription;
  counts: { withForecast: number; disagreeing: number };
  rows: ForecastRow[];
}

/**
 * Per service and diagnosis group with queue figures: the reported wait to intake beside the
 * forecast, strong disagreements first, then by the size of the difference.
 */
export async function forecasts(ctx: UseCaseContext, query: FigureQuery, onlyDisagreeing: boolean): Promise<Forecasts> {
  const { filter, description, now } = await resolve(ctx, query);
  const { catalog, database } = ctx.services;
  const rows = waitsInForceAt(await waitVersions(database.db, treeknormFilter(filter), { until: now, current: true }), now);
  const all = rows.flatMap((w): ForecastRow[] => {
    const forecast = forecastWait(w);
    if (forecast.forecastWeeks === null || w.waitingCount === null || w.intakesPerMonth === null) return [];
    return [
      {
        ...forecast,
        serviceId: w.serviceId,
        serviceName: w.serviceName,
        organizationName: w.organizationName,
        diagnosisGroup: w.diagnosisGroup,
        groupLabel: w.diagnosisGroup === null ? 'Alle diagnosegroepen' : (catalog.diagnosisGroups.get(w.diagnosisGroup)?.name ?? w.diagnosisGroup),
        waitingCount: w.waitingCount,
        intakesPerMonth: w.intakesPerMonth,
        startsPerMonth: w.startsPerMonth,
        measuredOn: w.measuredOn,
      },
    ];
  });
  all.sort(
    (a, b) =>
      Number(b.disagrees) - Number(a.disagrees) ||
      Math.abs(b.differenceWeeks ?? 0) - Math.abs(a.differenceWeeks ?? 0) ||
      a.serviceName.localeCompare(b.serviceName, 'nl'),
  );
  const disagreeing = all.filter((r) => r.disagrees).length;
  return {
    generatedAt: now.toISOString(),
    filter: description,
    counts: { withForecast: all.length, disagreeing },
    rows: onlyDisagreeing ? all.filter((r) => r.disagrees) : all,
  };
}

export interface ServiceForecast extends WaitForecast {
  diagnosisGroup: string | null;
  waitingCount: number | null;
  intakesPerMonth: number | null;
  startsPerMonth: number | null;
  measuredOn: string;
}

/**
 * The forecast beside each current wait of one service, for its page on the care map (public
 * care-map data: no reach needed). Null forecast where the provider reports no queue figures.
 */
export async function serviceForecasts(db: Db, serviceId: string): Promise<ServiceForecast[]> {
  const waits = await currentWaitsOfService(db, serviceId);
  return waits.map((w) => ({
    ...forecastWait(w),
    diagnosisGroup: w.diagnosisGroup,
    waitingCount: w.waitingCount,
    intakesPerMonth: w.intakesPerMonth,
    startsPerMonth: w.startsPerMonth,
    measuredOn: w.measuredOn,
  }));
}
