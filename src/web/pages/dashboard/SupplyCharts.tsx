/**
 * The dashboard's charts about supply and capacity: services per diagnosis group and per
 * municipality (with and without a registration pause), pauses and revenue ceilings per insurer,
 * and how fresh the data is. Figures: GET /api/statistics/{supply,insurers,freshness}.
 */
import { STALENESS } from '../../../domain/waiting/staleness';
import { csvUrl, type FigureFilters, type FreshnessBody, type InsurersBody, type SupplyBody } from '../../api-statistics';
import { BarChart } from '../../components/charts/BarChart';
import { ChartFrame, DataTable } from '../../components/charts/ChartFrame';
import { Legend, type SeriesStyle } from '../../components/charts/series';
import { countOf, formatNumber } from '../../format';
import { formatShare } from './dashboard-format';

/** More bars than this and the chart shows the largest ones; the table and CSV keep every row. */
const MAX_BARS = 25;

const SUPPLY: SeriesStyle[] = [
  { key: 'open', label: 'Zonder aanmeldstop', tone: 'accent', pattern: 'solid' },
  { key: 'stop', label: 'Met aanmeldstop', tone: 'bad', pattern: 'hatch' },
];

export function SupplyChart({ supply, filters }: { supply: SupplyBody; filters: FigureFilters }) {
  const byGroup = supply.per === 'diagnosegroep';
  const noun = byGroup ? 'diagnosegroep' : 'gemeente';
  const bySize = [...supply.rows].sort((a, b) => b.services - a.services || a.label.localeCompare(b.label, 'nl'));
  const largest = bySize[0];
  const paused = supply.rows.reduce((n, r) => n + r.paused, 0);
  const shown = supply.rows.length > MAX_BARS ? bySize.slice(0, MAX_BARS) : supply.rows;
  const hidden = supply.rows.length - shown.length;
  return (
    <ChartFrame
      title={byGroup ? 'Aanbod per diagnosegroep' : 'Aanbod per gemeente'}
      summary={
        largest ? (
          <>
            Het meeste aanbod is er {byGroup ? 'voor' : 'in'} {largest.label}: {countOf(largest.services, 'dienst', 'diensten')}
            {largest.paused > 0 ? `, waarvan ${formatNumber(largest.paused)} met een aanmeldstop` : ''}.{' '}
            {paused > 0 ? 'Diensten met een aanmeldstop zijn gearceerd. ' : 'Geen enkele dienst heeft een aanmeldstop. '}
            Een dienst telt mee bij elke {noun} {byGroup ? 'die hij behandelt' : 'die hij bedient'}.
            {hidden > 0 &&
              ` De grafiek toont de ${MAX_BARS} ${byGroup ? 'diagnosegroepen' : 'gemeenten'} met het meeste aanbod; de tabel en het CSV-bestand bevatten ook de ${formatNumber(hidden)} andere.`}
          </>
        ) : (
          'Geen diensten in deze selectie.'
        )
      }
      csvHref={csvUrl('supply', filters, { per: supply.per })}
      legend={<Legend series={SUPPLY} />}
      table={
        <DataTable
          caption={byGroup ? 'Aantal diensten per diagnosegroep' : 'Aantal diensten per gemeente'}
          columns={[byGroup ? 'Diagnosegroep' : 'Gemeente', 'Diensten', 'Met aanmeldstop', 'Zonder aanmeldstop']}
          rows={supply.rows.map((r) => [r.label, formatNumber(r.services), formatNumber(r.paused), formatNumber(r.services - r.paused)])}
        />
      }
    >
      <BarChart
        series={SUPPLY}
        mode="stacked"
        rows={shown.map((r) => ({
          key: r.key || 'geen',
          label: r.label,
          values: [r.services - r.paused, r.paused],
          valueText: `${formatNumber(r.services)} (${formatNumber(r.paused)} met stop)`,
        }))}
        format={formatNumber}
        description={`Gestapeld staafdiagram: per ${noun} het aantal diensten, verdeeld in zonder en met aanmeldstop.`}
      />
    </ChartFrame>
  );
}

const INSURER: SeriesStyle[] = [
  { key: 'bereikt', label: 'Omzetplafond bereikt', tone: 'bad', pattern: 'hatch' },
  { key: 'bijna', label: 'Omzetplafond bijna bereikt', tone: 'warn', pattern: 'dots' },
  { key: 'stop', label: 'Met aanmeldstop', tone: 'accent', pattern: 'solid' },
];

export function InsurerChart({ insurers, filters }: { insurers: InsurersBody; filters: FigureFilters }) {
  const rows = [...insurers.rows].sort((a, b) => b.ceilingReached - a.ceilingReached || a.label.localeCompare(b.label, 'nl'));
  const top = rows[0];
  return (
    <ChartFrame
      title="Aanmeldstops en omzetplafonds per zorgverzekeraar"
      summary={
        top ? (
          <>
            In {insurers.year} is het omzetplafond het vaakst bereikt bij {top.label}: bij {formatNumber(top.ceilingReached)} van de{' '}
            {countOf(top.contracted, 'gecontracteerde dienst', 'gecontracteerde diensten')} (
            {formatShare(top.contracted > 0 ? top.ceilingReached / top.contracted : null)}).
          </>
        ) : (
          'Geen contracten in deze selectie.'
        )
      }
      csvHref={csvUrl('insurers', filters)}
      legend={<Legend series={INSURER} />}
      table={
        <DataTable
          caption={`Gecontracteerde diensten per zorgverzekeraar in ${insurers.year}`}
          columns={['Zorgverzekeraar', 'Gecontracteerd', 'Plafond bereikt', 'Plafond bijna bereikt', 'Met aanmeldstop']}
          rows={rows.map((r) => [
            r.label,
            formatNumber(r.contracted),
            formatNumber(r.ceilingReached),
            formatNumber(r.ceilingAlmost),
            formatNumber(r.paused),
          ])}
        />
      }
    >
      <BarChart
        series={INSURER}
        mode="grouped"
        rows={rows.map((r) => ({ key: r.insurerId, label: `${r.label} (${formatNumber(r.contracted)} gecontracteerd)`, values: [r.ceilingReached, r.ceilingAlmost, r.paused] }))}
        format={formatNumber}
        description="Staafdiagram: per zorgverzekeraar het aantal diensten met bereikt en bijna bereikt omzetplafond en met aanmeldstop."
      />
    </ChartFrame>
  );
}

const FRESHNESS: SeriesStyle[] = [
  { key: 'actueel', label: `Actueel (tot ${STALENESS.staleAfterDays} dagen)`, tone: 'good', pattern: 'solid' },
  { key: 'verouderd', label: `Verouderd (tot ${STALENESS.unknownAfterDays} dagen)`, tone: 'warn', pattern: 'dots' },
  { key: 'onbekend', label: `Onbekend (ouder of ontbreekt)`, tone: 'bad', pattern: 'hatch' },
];

export function FreshnessChart({ freshness, filters }: { freshness: FreshnessBody; filters: FigureFilters }) {
  const waits = freshness.rows.find((r) => r.fact === 'wachttijd');
  return (
    <ChartFrame
      title="Actualiteit van de gegevens"
      summary={
        waits && waits.total > 0 ? (
          <>
            Van de {formatNumber(waits.total)} wachttijden is {formatShare(waits.counts.actueel / waits.total)} actueel,{' '}
            {formatShare(waits.counts.verouderd / waits.total)} verouderd en {formatShare(waits.counts.onbekend / waits.total)}{' '}
            onbekend (ouder dan {STALENESS.unknownAfterDays} dagen of niet opgegeven).
          </>
        ) : (
          'Geen gegevens in deze selectie.'
        )
      }
      csvHref={csvUrl('freshness', filters)}
      legend={<Legend series={FRESHNESS} />}
      table={
        <DataTable
          caption="Actuele gegevens naar actualiteit"
          columns={['Gegeven', 'Actueel', 'Verouderd', 'Onbekend', 'Totaal']}
          rows={freshness.rows.map((r) => [
            r.label,
            formatNumber(r.counts.actueel),
            formatNumber(r.counts.verouderd),
            formatNumber(r.counts.onbekend),
            formatNumber(r.total),
          ])}
        />
      }
    >
      <BarChart
        series={FRESHNESS}
        mode="stacked"
        max={1}
        rows={freshness.rows.map((r) => ({
          key: r.fact,
          label: `${r.label} (${formatNumber(r.total)})`,
          values: [r.counts.actueel, r.counts.verouderd, r.counts.onbekend].map((n) => (r.total > 0 ? n / r.total : 0)),
          valueText: `${formatNumber(r.counts.actueel)} / ${formatNumber(r.counts.verouderd)} / ${formatNumber(r.counts.onbekend)}`,
        }))}
        format={formatShare}
        description="Gestapeld staafdiagram: per soort gegeven het aandeel actuele, verouderde en onbekende gegevens."
      />
    </ChartFrame>
  );
}
