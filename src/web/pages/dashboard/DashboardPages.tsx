/**
 * Regiodashboard (/dashboard), for the verwijsadviseur, the beheerder and (aggregates only) the
 * financier: the Treeknorm now and over time, supply per diagnosis group and municipality, pauses
 * and revenue ceilings per insurer, rejected referrals as signals of missing supply, how fresh
 * the data is, and forecasts that disagree with the reported wait. Filters live in the address; every chart has a summary in words, a table and a
 * CSV download of the same figures. Definitions: docs/monitoring.md.
 */
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { statisticsApi, type FigureFilters } from '../../api-statistics';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDateTime, formatNumber, formatWeeks } from '../../format';
import { useApi, useReference, type Loadable } from '../../reference';
import { NotFoundPage } from '../NotFoundPage';
import { DashboardFilters, useFigureFilters } from './DashboardFilters';
import { formatShare } from './dashboard-format';
import { RejectionChart } from './RejectionChart';
import { FreshnessChart, InsurerChart, SupplyChart } from './SupplyCharts';
import { ForecastList, NormShareChart, TrendChart } from './WaitCharts';
import '../../components/charts/charts.css';

/** Shows a figure once loaded, a loading line before, and the error when it failed. */
function Show<T>({ state, what, children }: { state: Loadable<T> | null; what: string; children: (data: T) => ReactNode }) {
  if (!state || state.status === 'loading') return <Loading text={`${what} laden…`} />;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  return <>{children(state.data)}</>;
}

function Dashboard() {
  const [filters, setFilters] = useFigureFilters();
  const reference = useReference();
  const regions = useApi('regions', (signal) => statisticsApi.regions(signal));
  const key = JSON.stringify(filters);
  const f: FigureFilters = filters;
  const now = useApi(`now${key}`, (s) => statisticsApi.treeknorm(f, 'diagnosegroep', s));
  const trend = useApi(`trend${key}`, (s) => statisticsApi.trend(f, s));
  const supplyGroups = useApi(`supply-g${key}`, (s) => statisticsApi.supply(f, 'diagnosegroep', s));
  const supplyPlaces = useApi(`supply-m${key}`, (s) => statisticsApi.supply(f, 'gemeente', s));
  const insurers = useApi(`insurers${key}`, (s) => statisticsApi.insurers(f, s));
  const rejections = useApi(`rejections${filters.region ?? ''}`, (s) => statisticsApi.rejections(f, s));
  const freshness = useApi(`freshness${key}`, (s) => statisticsApi.freshness(f, s));
  const forecasts = useApi(`forecasts${key}`, (s) => statisticsApi.forecasts(f, s));

  return (
    <>
      <div className="page-intro">
        <h1>Regiodashboard</h1>
        <p className="lead">
          Wachttijden tegen de Treeknorm, aanbod, aanmeldstops en omzetplafonds, en hoe actueel de gegevens zijn. Alleen
          cijfers over het aanbod: nooit gegevens over personen.
        </p>
      </div>
      {regions?.status === 'ready' ? (
        <DashboardFilters
          filters={filters}
          onChange={setFilters}
          regions={regions.data.items}
          reference={reference.status === 'ready' ? reference.data : null}
        />
      ) : (
        <Show state={regions} what="Regio’s">
          {() => null}
        </Show>
      )}
      <Show state={now} what="Kerncijfers">
        {(data) => (
          <>
            <p className="hint" aria-live="polite">
              {data.filter.region ? data.filter.region.name : 'Alle regio’s'}
              {data.filter.municipality ? `, gemeente ${data.filter.municipality.name}` : ''}
              {data.filter.diagnosisGroup ? `, ${data.filter.diagnosisGroup.name}` : ''} · stand van{' '}
              {formatDateTime(data.generatedAt)}
            </p>
            <dl className="key-figures" aria-label="Kerncijfers">
              <div>
                <dt>Boven de Treeknorm</dt>
                <dd>{formatShare(data.overall.shareAboveNorm)}</dd>
              </div>
              <div>
                <dt>Mediane totale wachttijd</dt>
                <dd>{data.overall.total ? formatWeeks(Math.round(data.overall.total.median * 10) / 10) : '—'}</dd>
              </div>
              <div>
                <dt>Actuele wachttijden (ggz)</dt>
                <dd>{formatNumber(data.overall.count)}</dd>
              </div>
              <div>
                <dt>Sterk afwijkende prognoses</dt>
                <dd>{forecasts?.status === 'ready' ? formatNumber(forecasts.data.counts.disagreeing) : '…'}</dd>
              </div>
            </dl>
          </>
        )}
      </Show>
      <Show state={trend} what="Trend">
        {(data) => <TrendChart trend={data} filters={filters} />}
      </Show>
      <Show state={now} what="Treeknorm per diagnosegroep">
        {(data) => <NormShareChart now={data} filters={filters} />}
      </Show>
      <Show state={supplyGroups} what="Aanbod per diagnosegroep">
        {(data) => <SupplyChart supply={data} filters={filters} />}
      </Show>
      <Show state={supplyPlaces} what="Aanbod per gemeente">
        {(data) => <SupplyChart supply={data} filters={filters} />}
      </Show>
      <Show state={insurers} what="Zorgverzekeraars">
        {(data) => <InsurerChart insurers={data} filters={filters} />}
      </Show>
      <Show state={rejections} what="Afwijzingen">
        {(data) => <RejectionChart signals={data} filters={filters} />}
      </Show>
      <Show state={freshness} what="Actualiteit">
        {(data) => <FreshnessChart freshness={data} filters={filters} />}
      </Show>
      <Show state={forecasts} what="Prognoses">
        {(data) => <ForecastList forecasts={data} filters={filters} />}
      </Show>
    </>
  );
}

export function DashboardPages() {
  return (
    <Routes>
      <Route index element={<Dashboard />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
