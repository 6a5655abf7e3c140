/**
 * A line over calendar months, drawn as SVG: the median with round markers, the middle half
 * (25th to 75th percentile) as a shaded band, and a dashed reference line for the norm, labelled
 * in words. Axis ticks and values use Dutch number formatting.
 */
import { useId } from 'react';
import { TONE_COLOUR } from './series';

export interface LinePoint {
  /** Short label under the axis, e.g. "dec 2025". */
  label: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
}

export interface LineChartProps {
  points: readonly LinePoint[];
  reference?: { value: number; label: string };
  yLabel: string;
  format: (value: number) => string;
  description: string;
}

const WIDTH = 640;
const HEIGHT = 280;
const M = { left: 44, right: 16, top: 28, bottom: 40 };

/** A round step for about five ticks: 1, 2, 5, 10, 20, … */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
}

export function LineChart({ points, reference, yLabel, format, description }: LineChartProps) {
  const clip = useId().replace(/:/g, '');
  const values = points.flatMap((p) => [p.value, p.high ?? null]).filter((v): v is number => v !== null);
  const top = Math.max(1, reference?.value ?? 0, ...values) * 1.1;
  const step = niceStep(top);
  const yMax = Math.ceil(top / step) * step;
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (i: number) => M.left + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step);

  const present = points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null);
  const line = present.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.value!).toFixed(1)}`).join(' ');
  const banded = present.filter((p) => p.low != null && p.high != null);
  const band =
    banded.length > 1
      ? `M${banded.map((p) => `${x(p.i).toFixed(1)},${y(p.high!).toFixed(1)}`).join(' L')} L${[...banded]
          .reverse()
          .map((p) => `${x(p.i).toFixed(1)},${y(p.low!).toFixed(1)}`)
          .join(' L')} Z`
      : '';

  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={description}>
      <text x="4" y="12" className="chart-axis">
        {yLabel}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className="chart-axis">
            {format(t)}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <text key={p.label} x={x(i)} y={HEIGHT - M.bottom + 18} textAnchor="middle" className="chart-axis">
          {p.label}
        </text>
      ))}
      <clipPath id={clip}>
        <rect x={M.left} y={M.top} width={plotW} height={plotH} />
      </clipPath>
      {band && <path d={band} fill="#dbe8f1" stroke="none" clipPath={`url(#${clip})`} />}
      {reference && (
        <g>
          <line
            x1={M.left}
            x2={WIDTH - M.right}
            y1={y(reference.value)}
            y2={y(reference.value)}
            stroke={TONE_COLOUR.bad}
            strokeWidth="2"
            strokeDasharray="8 5"
          />
          <text x={WIDTH - M.right} y={y(reference.value) - 6} textAnchor="end" className="chart-reference">
            {reference.label}
          </text>
        </g>
      )}
      <path d={line} fill="none" stroke={TONE_COLOUR.accent} strokeWidth="3" />
      {present.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.value!)} r="4.5" fill="#fff" stroke={TONE_COLOUR.accent} strokeWidth="2.5" />
      ))}
    </svg>
  );
}
