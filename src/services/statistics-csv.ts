/**
 * The figures of every dashboard chart as a CSV table (Dutch headers, weeks and percentages with a
 * decimal comma; csv-export.ts writes the file) and the file name to save it under. One function
 * per figure, so the CSV and the JSON answer always hold the same numbers.
 */
import { csvFileName, type CsvCell, type CsvTable } from '../domain/waiting/csv-export';
import type { Spread, WaitSummary } from '../domain/waiting/monitoring';
import type { DataFreshness, FilterDescription, Forecasts, InsurerFigures, Supply, TreeknormNow, TreeknormTrend } from './statistics';

const percent = (share: number | null): CsvCell => (share === null ? null : Math.round(share * 1000) / 10);
const weeks = (value: number | null | undefined): CsvCell => (value === null || value === undefined ? null : Math.round(value * 10) / 10);

const SUMMARY_HEADER = [
  'Aantal wachttijden',
  'Boven de Treeknorm',
  'Aandeel boven de Treeknorm (%)',
  'Mediaan totale wachttijd (weken)',
  '25e percentiel (weken)',
  '75e percentiel (weken)',
  'Kortste (weken)',
  'Langste (weken)',
  'Mediaan aanmeldwachttijd (weken)',
  'Mediaan behandelwachttijd (weken)',
];

function summaryCells(s: WaitSummary): CsvCell[] {
  const t: Spread | null = s.total;
  return [
    s.count,
    s.aboveNorm,
    percent(s.shareAboveNorm),
    weeks(t?.median),
    weeks(t?.p25),
    weeks(t?.p75),
    weeks(t?.min),
    weeks(t?.max),
    weeks(s.registration?.median),
    weeks(s.treatment?.median),
  ];
}

/** The filter and the date in the file name: "wegwijzer-treeknorm-ede-…-per-gemeente-2026-11-23.csv". */
function fileName(topic: string, filter: FilterDescription, generatedAt: string, extra?: string): string {
  return csvFileName([
    'wegwijzer',
    topic,
    filter.region?.id,
    filter.municipality?.name,
    filter.diagnosisGroup ? `diagnosegroep ${filter.diagnosisGroup.code}` : null,
    filter.careKind,
    extra,
    generatedAt.slice(0, 10),
  ]);
}

export interface CsvExport {
  fileName: string;
  table: CsvTable;
}

const BREAKDOWN_HEADER = { diagnosegroep: 'Diagnosegroep', gemeente: 'Gemeente', regio: 'Regio' } as const;

export function treeknormCsv(result: TreeknormNow): CsvExport {
  return {
    fileName: fileName('treeknorm', result.filter, result.generatedAt, `per ${result.per}`),
    table: {
      header: [BREAKDOWN_HEADER[result.per], 'Code', ...SUMMARY_HEADER],
      rows: [...result.rows.map((r) => [r.label, r.key || null, ...summaryCells(r.figures)]), ['Totaal', null, ...summaryCells(result.overall)]],
    },
  };
}

export function trendCsv(result: TreeknormTrend): CsvExport {
  return {
    fileName: fileName('treeknorm-trend', result.filter, result.generatedAt),
    table: { header: ['Maand', ...SUMMARY_HEADER], rows: result.months.map((m) => [m.month, ...summaryCells(m)]) },
  };
}

export function supplyCsv(result: Supply): CsvExport {
  return {
    fileName: fileName('aanbod', result.filter, result.generatedAt, `per ${result.per}`),
    table: {
      header: [BREAKDOWN_HEADER[result.per], 'Code', 'Aantal diensten', 'Met aanmeldstop'],
      rows: result.rows.map((r) => [r.label, r.key || null, r.services, r.paused]),
    },
  };
}

export function insurersCsv(result: InsurerFigures): CsvExport {
  return {
    fileName: fileName('zorgverzekeraars', result.filter, result.generatedAt),
    table: {
      header: ['Zorgverzekeraar', 'Jaar', 'Gecontracteerde diensten', 'Omzetplafond bereikt', 'Omzetplafond bijna bereikt', 'Met aanmeldstop'],
      rows: result.rows.map((r) => [r.label, result.year, r.contracted, r.ceilingReached, r.ceilingAlmost, r.paused]),
    },
  };
}

export function freshnessCsv(result: DataFreshness): CsvExport {
  return {
    fileName: fileName('actualiteit', result.filter, result.generatedAt),
    table: {
      header: ['Gegeven', 'Actueel (tot 30 dagen)', 'Verouderd (31 tot 90 dagen)', 'Onbekend (ouder dan 90 dagen of ontbreekt)', 'Totaal'],
      rows: result.rows.map((r) => [r.label, r.counts.actueel, r.counts.verouderd, r.counts.onbekend, r.total]),
    },
  };
}

export function forecastsCsv(result: Forecasts): CsvExport {
  return {
    fileName: fileName('prognoses', result.filter, result.generatedAt),
    table: {
      header: [
        'Dienst',
        'Organisatie',
        'Diagnosegroep',
        'Gemeten op',
        'Wachtenden',
        'Intakes per maand',
        'Starts per maand',
        'Gemelde aanmeldwachttijd (weken)',
        'Prognose (weken)',
        'Verschil (weken)',
        'Sterke afwijking',
      ],
      rows: result.rows.map((r) => [
        r.serviceName,
        r.organizationName,
        r.groupLabel,
        r.measuredOn,
        r.waitingCount,
        r.intakesPerMonth,
        r.startsPerMonth,
        weeks(r.reportedWeeks),
        weeks(r.forecastWeeks),
        weeks(r.differenceWeeks),
        r.disagrees ? 'ja' : 'nee',
      ]),
    },
  };
}
