/**
 * The statistics API (cijfers) for the regional dashboard. The types come from the HTTP schemas
 * (src/http/schemas/statistics.ts), so client and server share one contract. Every figure is also
 * a CSV file at the same address ending in '.csv' (csvUrl).
 */
import type { Static } from 'typebox';
import type {
  DataFreshness,
  Forecasts,
  InsurerFigures,
  Regions,
  Supply,
  TreeknormNow,
  TreeknormTrend,
  WaitSummary,
} from '../http/schemas/statistics';
import type { SignalsBody } from '../http/schemas/referrals';
import { callApi } from './api';

export type Summary = Static<typeof WaitSummary>;
export type TreeknormNowBody = Static<typeof TreeknormNow>;
export type TrendBody = Static<typeof TreeknormTrend>;
export type SupplyBody = Static<typeof Supply>;
export type InsurersBody = Static<typeof InsurerFigures>;
export type FreshnessBody = Static<typeof DataFreshness>;
export type ForecastsBody = Static<typeof Forecasts>;
export type Region = Static<typeof Regions>['items'][number];
/** Rejections as signals of missing supply (GET /api/referrals/signals/rejections; no CSV there). */
export type RejectionsBody = Static<typeof SignalsBody>;

/** The dashboard's filters as the API names them; empty values are left out. */
export interface FigureFilters {
  region?: string;
  municipality?: string;
  diagnosisGroup?: string;
}

export type Figure = 'treeknorm' | 'trend' | 'supply' | 'insurers' | 'freshness' | 'forecasts';

function query(filters: FigureFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of a figure's JSON. */
export const figureUrl = (figure: Figure, filters: FigureFilters, extra?: Record<string, string>) =>
  `/api/statistics/${figure}${query(filters, extra)}`;
/** The address of the same figure as a CSV file. */
export const csvUrl = (figure: Figure, filters: FigureFilters, extra?: Record<string, string>) =>
  `/api/statistics/${figure}.csv${query(filters, extra)}`;

const get = <T>(url: string, signal: AbortSignal) => callApi<T>('GET', url, undefined, signal);

export const statisticsApi = {
  regions: (signal: AbortSignal) => get<Static<typeof Regions>>('/api/statistics/regions', signal),
  treeknorm: (filters: FigureFilters, per: 'diagnosegroep' | 'gemeente' | 'regio', signal: AbortSignal) =>
    get<TreeknormNowBody>(figureUrl('treeknorm', filters, { per }), signal),
  trend: (filters: FigureFilters, signal: AbortSignal) => get<TrendBody>(figureUrl('trend', filters), signal),
  supply: (filters: FigureFilters, per: 'diagnosegroep' | 'gemeente', signal: AbortSignal) =>
    get<SupplyBody>(figureUrl('supply', filters, { per }), signal),
  insurers: (filters: FigureFilters, signal: AbortSignal) => get<InsurersBody>(figureUrl('insurers', filters), signal),
  freshness: (filters: FigureFilters, signal: AbortSignal) => get<FreshnessBody>(figureUrl('freshness', filters), signal),
  forecasts: (filters: FigureFilters, signal: AbortSignal) =>
    get<ForecastsBody>(figureUrl('forecasts', filters), signal),
  /** The last 12 months; only the region filter applies (rejections have no diagnosis group). */
  rejections: (filters: FigureFilters, signal: AbortSignal) =>
    get<RejectionsBody>(
      `/api/referrals/signals/rejections${filters.region ? `?regionId=${encodeURIComponent(filters.region)}` : ''}`,
      signal,
    ),
};
