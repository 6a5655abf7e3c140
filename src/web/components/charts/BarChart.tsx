/**
 * Horizontal bars, drawn as SVG: one row per category with its name above the bar and the value
 * written after it, so a reader never has to guess a length. Several series are either stacked
 * (parts of one whole, e.g. current / stale / unknown) or grouped (separate counts side by side),
 * each with its own colour and pattern. An optional reference line marks a norm.
 */
import { useId } from 'react';
import { SeriesPatterns, seriesFill, TONE_COLOUR, type SeriesStyle } from './series';

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
  /** The text after the bar; defaults to the formatted values. */
  valueText?: string;
}

export interface BarChartProps {
  series: readonly SeriesStyle[];
  rows: readonly BarRow[];
  mode: 'stacked' | 'grouped';
  format: (value: number) => string;
  /** The end of the scale, drawn as an empty track behind stacked bars; defaults to the largest bar. */
  max?: number;
  /** What the chart shows, for assistive technology (the table has the figures). */
  description: string;
}

const WIDTH = 640;
const LABEL_HEIGHT = 18;
const BAR = 16;
const GAP = 12;
const VALUE_ROOM = 150;

export function BarChart({ series, rows, mode, format, max, description }: BarChartProps) {
  const prefix = useId().replace(/:/g, '');
  const barsPerRow = mode === 'grouped' ? series.length : 1;
  const rowHeight = LABEL_HEIGHT + barsPerRow * BAR + GAP;
  const largest = Math.max(
    1,
    ...rows.map((r) => (mode === 'stacked' ? r.values.reduce((a, b) => a + b, 0) : Math.max(0, ...r.values))),
  );
  const scaleMax = max ?? largest;
  const barWidth = WIDTH - VALUE_ROOM;
  const length = (value: number) => (Math.max(0, value) / scaleMax) * barWidth;
  const height = Math.max(rowHeight, rows.length * rowHeight);

  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={description}
      preserveAspectRatio="xMinYMin meet"
    >
      <SeriesPatterns prefix={prefix} series={series} />
      {rows.map((row, i) => {
        const top = i * rowHeight;
        let offset = 0;
        const text = row.valueText ?? row.values.map(format).join(' / ');
        const ends: number[] = [];
        return (
          <g key={row.key}>
            <text x="0" y={top + 13} className="chart-label">
              {row.label}
            </text>
            {max !== undefined && mode === 'stacked' && (
              <rect x="0" y={top + LABEL_HEIGHT} width={barWidth} height={BAR - 2} fill="#fff" stroke="#cfd8e0" strokeWidth="1" />
            )}
            {row.values.map((value, s) => {
              const style = series[s]!;
              const y = top + LABEL_HEIGHT + (mode === 'grouped' ? s * BAR : 0);
              const x = mode === 'stacked' ? offset : 0;
              const w = length(value);
              if (mode === 'stacked') offset += w;
              ends.push(x + w);
              return (
                <rect
                  key={style.key}
                  x={x}
                  y={y}
                  width={w}
                  height={BAR - 2}
                  fill={seriesFill(prefix, style)}
                  stroke={w > 0 ? TONE_COLOUR[style.tone] : 'none'}
                  strokeWidth="1.5"
                />
              );
            })}
            {mode === 'grouped' ? (
              row.values.map((value, s) => (
                <text key={s} x={ends[s]! + 6} y={top + LABEL_HEIGHT + s * BAR + BAR - 5} className="chart-value">
                  {format(value)}
                </text>
              ))
            ) : (
              <text x={(max !== undefined ? barWidth : Math.max(...ends, 0)) + 6} y={top + LABEL_HEIGHT + BAR - 5} className="chart-value">
                {text}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
