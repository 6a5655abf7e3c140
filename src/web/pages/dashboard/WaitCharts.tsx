/**
 * The dashboard's charts about waiting times: the trend against the Treeknorm per month, the share
 * above the norm per diagnosis group, and the services whose forecast disagrees strongly with the
 * wait they report. Figures: GET /api/statistics/{trend,treeknorm,forecasts} (docs/monitoring.md).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { TREEKNORM } from '../../../domain/waiting/treeknorm';
import { csvUrl, type FigureFilters, type ForecastsBody, type Summary, type TreeknormNowBody, type TrendBody } from '../../api-statistics';
import { BarChart } from '../../components/charts/BarChart';
import { ChartFrame, DataTable } from '../../components/charts/ChartFrame';
import { LineChart } from '../../components/charts/LineChart';
import type { SeriesStyle } from '../../components/charts/series';
import { formatNumber, formatWeeks } from '../../format';
import { formatShare, monthLong, monthShort } from './dashboard-format';

type Measure = 'total' | 'registration' | 'treatment';
const MEASURES: Record<Measure, { label: string; norm: number; normLabel: string }> = {
  total: { label: 'Totale wachttijd', norm: TREEKNORM.totalWeeks, normLabel: `Treeknorm totaal: ${TREEKNORM.totalWeeks} weken` },
  registration: {
    label: 'Aanmeldwachttijd',
    norm: TREEKNORM.registrationWeeks,
    normLabel: `Treeknorm aanmelden: ${TREEKNORM.registrationWeeks} weken`,
  },
  treatment: {
    label: 'Behandelwachttijd',
    norm: TREEKNORM.treatmentWeeks,
    normLabel: `Treeknorm behandelen: ${TREEKNORM.treatmentWeeks} weken`,
  },
};

const weeksOrDash = (value: number | undefined | null) => (value === undefined || value === null ? '—' : formatWeeks(Math.round(value * 10) / 10));

export function TrendChart({ trend, filters }: { trend: TrendBody; filters: FigureFilters }) {
  const [measure, setMeasure] = useState<Measure>('total');
  const { label, norm, normLabel } = MEASURES[measure];
  const spreadOf = (m: Summary) => m[measure];
  const months = trend.months;
  const first = months.find((m) => m.count > 0);
  const last = months.at(-1);
  const summary =
    first && last && last.count > 0 ? (
      <>
        In {monthLong(last.month)} was de mediane {label.toLowerCase()} {weeksOrDash(spreadOf(last)?.median)} (in{' '}
        {monthLong(first.month)}: {weeksOrDash(spreadOf(first)?.median)}). {formatShare(last.shareAboveNorm)} van de
        wachttijden lag boven de Treeknorm, tegen {formatShare(first.shareAboveNorm)} in {monthLong(first.month)}.
      </>
    ) : (
      'Geen wachttijden in deze selectie.'
    );
  return (
    <ChartFrame
      title="Wachttijden tegen de Treeknorm per maand"
      summary={summary}
      csvHref={csvUrl('trend', filters)}
      legend={
        <div className="field field--inline">
          <label htmlFor="maat">Maat</label>
          <select id="maat" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {(Object.keys(MEASURES) as Measure[]).map((m) => (
              <option key={m} value={m}>
                {MEASURES[m].label}
              </option>
            ))}
          </select>
          <p className="hint">
            Lijn met rondjes: mediaan. Lichte band: de middelste helft (25e tot 75e percentiel). Stippellijn: de norm.
          </p>
        </div>
      }
      table={
        <DataTable
          caption={`${label} per maand, in weken`}
          columns={['Maand', 'Aantal wachttijden', 'Boven de Treeknorm', 'Mediaan', '25e percentiel', '75e percentiel']}
          rows={months.map((m) => [
            monthLong(m.month),
            formatNumber(m.count),
            formatShare(m.shareAboveNorm),
            weeksOrDash(spreadOf(m)?.median),
            weeksOrDash(spreadOf(m)?.p25),
            weeksOrDash(spreadOf(m)?.p75),
          ])}
        />
      }
    >
      <LineChart
        points={months.map((m) => ({
          label: monthShort(m.month),
          value: spreadOf(m)?.median ?? null,
          low: spreadOf(m)?.p25 ?? null,
          high: spreadOf(m)?.p75 ?? null,
        }))}
        reference={{ value: norm, label: normLabel }}
        yLabel="weken"
        format={formatNumber}
        description={`Lijngrafiek: mediane ${label.toLowerCase()} per maand tegen de norm van ${norm} weken.`}
      />
    </ChartFrame>
  );
}

const ABOVE: SeriesStyle[] = [{ key: 'boven', label: 'Aandeel boven de Treeknorm', tone: 'bad', pattern: 'hatch' }];

export function NormShareChart({ now, filters }: { now: TreeknormNowBody; filters: FigureFilters }) {
  const rows = now.rows.filter((r) => r.figures.count > 0);
  const ranked = [...rows].sort((a, b) => (b.figures.shareAboveNorm ?? 0) - (a.figures.shareAboveNorm ?? 0));
  const highest = ranked[0];
  const lowest = ranked.at(-1);
  return (
    <ChartFrame
      title="Aandeel boven de Treeknorm per diagnosegroep"
      summary={
        highest && lowest ? (
          <>
            Over alle diagnosegroepen samen ligt {formatShare(now.overall.shareAboveNorm)} van de{' '}
            {formatNumber(now.overall.count)} wachttijden boven de Treeknorm. Het hoogst is dat bij {highest.label} (
            {formatShare(highest.figures.shareAboveNorm)}), het laagst bij {lowest.label} ({formatShare(lowest.figures.shareAboveNorm)}).
          </>
        ) : (
          'Geen wachttijden in deze selectie.'
        )
      }
      csvHref={csvUrl('treeknorm', filters, { per: 'diagnosegroep' })}
      table={
        <DataTable
          caption="Treeknorm nu per diagnosegroep"
          columns={['Diagnosegroep', 'Aantal wachttijden', 'Boven de norm', 'Aandeel boven de norm', 'Mediaan totaal', 'Middelste helft']}
          rows={now.rows.map((r) => [
            r.label,
            formatNumber(r.figures.count),
            formatNumber(r.figures.aboveNorm),
            formatShare(r.figures.shareAboveNorm),
            weeksOrDash(r.figures.total?.median),
            r.figures.total ? `${formatNumber(r.figures.total.p25)} tot ${weeksOrDash(r.figures.total.p75)}` : '—',
          ])}
        />
      }
    >
      <BarChart
        series={ABOVE}
        mode="stacked"
        max={1}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          values: [r.figures.shareAboveNorm ?? 0],
          valueText: `${formatShare(r.figures.shareAboveNorm)} van ${formatNumber(r.figures.count)}`,
        }))}
        format={formatShare}
        description="Staafdiagram: per diagnosegroep het aandeel wachttijden boven de Treeknorm."
      />
    </ChartFrame>
  );
}

export function ForecastList({ forecasts, filters }: { forecasts: ForecastsBody; filters: FigureFilters }) {
  const flagged = forecasts.rows.filter((r) => r.disagrees);
  const [all, setAll] = useState(false);
  const shown = all ? flagged : flagged.slice(0, 10);
  return (
    <section className="chart" aria-labelledby="prognoses-titel">
      <h2 id="prognoses-titel">Prognoses die sterk afwijken van de gemelde wachttijd</h2>
      <p className="chart__summary">
        Van de {formatNumber(forecasts.counts.withForecast)} wachttijden met opgegeven wachtenden en intakes wijken er{' '}
        {formatNumber(forecasts.counts.disagreeing)} sterk af: de wachtlijst gedeeld door de intakes per maand geeft een
        wachttijd die meer dan 4 weken én meer dan de helft verschilt van de gemelde aanmeldwachttijd.
      </p>
      {flagged.length > 0 && (
        <div className="table-wrap">
          <table className="chart-table">
            <caption>Sterke afwijkingen, grootste verschil eerst</caption>
            <thead>
              <tr>
                <th scope="col">Dienst</th>
                <th scope="col">Diagnosegroep</th>
                <th scope="col">Gemeld</th>
                <th scope="col">Prognose</th>
                <th scope="col">Wachtenden</th>
                <th scope="col">Intakes per maand</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.serviceId}-${r.diagnosisGroup}`}>
                  <th scope="row">
                    <Link to={`/diensten/${r.serviceId}`}>{r.serviceName}</Link>
                    <span className="hint"> · {r.organizationName}</span>
                  </th>
                  <td>{r.groupLabel}</td>
                  <td>{weeksOrDash(r.reportedWeeks)}</td>
                  <td>
                    {weeksOrDash(r.forecastWeeks)} ({(r.differenceWeeks ?? 0) > 0 ? 'langer' : 'korter'})
                  </td>
                  <td>{formatNumber(r.waitingCount)}</td>
                  <td>{formatNumber(r.intakesPerMonth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="chart__actions">
        {flagged.length > 10 && (
          <button type="button" className="button button--secondary" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? 'Toon de eerste 10' : `Toon alle ${formatNumber(flagged.length)}`}
          </button>
        )}
        <a className="button button--link" href={csvUrl('forecasts', filters)} download>
          CSV downloaden<span className="visually-hidden"> (alle prognoses)</span>
        </a>
      </div>
    </section>
  );
}
