/**
 * Rejections as signals of missing supply (issue #6 item 3): how often providers turned referrals
 * down, per reason, over the last 12 months, for the dashboard's region (or all regions). Figures:
 * GET /api/referrals/signals/rejections. That API answers JSON only, so the CSV (one line per
 * month, region, kind of care and reason) is built here with the same rules as the server's CSVs.
 */
import { CARE_KINDS, labelOf } from '../../../domain/catalog/vocabulary';
import { REJECTION_REASONS } from '../../../domain/referrals/vocabulary';
import { csvFileName, toCsv } from '../../../domain/waiting/csv-export';
import type { FigureFilters, RejectionsBody } from '../../api-statistics';
import { BarChart } from '../../components/charts/BarChart';
import { ChartFrame, DataTable } from '../../components/charts/ChartFrame';
import type { SeriesStyle } from '../../components/charts/series';
import { countOf, formatNumber } from '../../format';
import { formatShare, monthLong } from './dashboard-format';

const REJECTED: SeriesStyle[] = [{ key: 'afgewezen', label: 'Afwijzingen', tone: 'bad', pattern: 'hatch' }];

/** The detail rows as a CSV file in a data: address (BOM, ';', decimal comma, CRLF). */
function csvHref(signals: RejectionsBody): string {
  const regionName = (id: string) => signals.regions.find((r) => r.id === id)?.name ?? id;
  const rows = signals.rows
    .map(
      (r) =>
        [
          r.month,
          regionName(r.regionId),
          labelOf(CARE_KINDS, r.careKind),
          labelOf(REJECTION_REASONS, r.reason),
          r.count,
        ] as const,
    )
    .sort(
      (a, b) =>
        a[0].localeCompare(b[0]) ||
        a[1].localeCompare(b[1], 'nl') ||
        a[2].localeCompare(b[2], 'nl') ||
        a[3].localeCompare(b[3], 'nl'),
    );
  const csv = toCsv({
    header: ['Maand', 'Regio', 'Zorgsoort', 'Reden van afwijzing', 'Aantal afwijzingen'],
    rows,
  });
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

export function RejectionChart({ signals, filters }: { signals: RejectionsBody; filters: FigureFilters }) {
  const total = signals.totals.all;
  const reasons = Object.entries(signals.totals.byReason)
    .map(([reason, count]) => ({ reason, label: labelOf(REJECTION_REASONS, reason), count }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  const top = reasons[0];
  const region = filters.region ? signals.regions.find((r) => r.id === filters.region) : undefined;
  const period = `${monthLong(signals.from)} tot en met ${monthLong(signals.to)}`;
  return (
    <ChartFrame
      title="Afwijzingen als signaal van ontbrekend aanbod"
      summary={
        <>
          {top
            ? `Van ${period} wezen aanbieders ${countOf(total, 'verwijzing', 'verwijzingen')} af${region ? ` in ${region.name}` : ''}; de meest genoemde reden was ‘${top.label}’ (${formatNumber(top.count)} keer, ${formatShare(top.count / total)}).`
            : 'Nog geen afwijzingen in deze periode.'}
          {(filters.municipality || filters.diagnosisGroup) &&
            ' Afwijzingen worden per regio geteld: de filters gemeente en diagnosegroep gelden hier niet.'}
        </>
      }
      csvHref={csvHref(signals)}
      csvFileName={csvFileName(['wegwijzer', 'afwijzingen', filters.region, signals.from, 'tot', signals.to])}
      table={
        <DataTable
          caption={`Afwijzingen per reden, ${period}${region ? `, ${region.name}` : ''}`}
          columns={['Reden van afwijzing', 'Afwijzingen', 'Aandeel']}
          rows={reasons.map((r) => [r.label, formatNumber(r.count), formatShare(r.count / total)])}
        />
      }
    >
      <BarChart
        series={REJECTED}
        mode="stacked"
        rows={reasons.map((r) => ({ key: r.reason, label: r.label, values: [r.count] }))}
        format={formatNumber}
        description="Staafdiagram: per reden het aantal afgewezen verwijzingen."
      />
    </ChartFrame>
  );
}
