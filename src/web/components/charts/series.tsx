/**
 * How chart series look: a colour with at least 3:1 contrast on white (WCAG 1.4.11) and, so that
 * meaning never rests on colour alone, a fill pattern (solid, hatched, dotted, open) that the
 * legend shows as well. SeriesPatterns defines the patterns once per chart.
 */
export type SeriesTone = 'accent' | 'warn' | 'bad' | 'good' | 'muted';
export type SeriesPattern = 'solid' | 'hatch' | 'dots' | 'open';

export interface SeriesStyle {
  key: string;
  label: string;
  tone: SeriesTone;
  pattern: SeriesPattern;
}

/** Colours from styles.css, with their contrast on white. */
export const TONE_COLOUR: Record<SeriesTone, string> = {
  accent: '#0b5c8a', // 7.0:1
  warn: '#7f4c00', // 7.1:1
  bad: '#a3201a', // 7.0:1
  good: '#1e6b30', // 6.4:1
  muted: '#4a5560', // 7.4:1
};

export const patternId = (prefix: string, series: SeriesStyle) => `${prefix}-${series.key}`;

/** The fill of a series: a plain colour or a pattern defined by SeriesPatterns. */
export function seriesFill(prefix: string, series: SeriesStyle): string {
  return series.pattern === 'solid' ? TONE_COLOUR[series.tone] : `url(#${patternId(prefix, series)})`;
}

export function SeriesPatterns({ prefix, series }: { prefix: string; series: readonly SeriesStyle[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.pattern !== 'solid')
        .map((s) => {
          const colour = TONE_COLOUR[s.tone];
          return (
            <pattern key={s.key} id={patternId(prefix, s)} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="#fff" />
              {s.pattern === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={colour} strokeWidth="2" />}
              {s.pattern === 'dots' && <circle cx="3" cy="3" r="1.6" fill={colour} />}
            </pattern>
          );
        })}
    </defs>
  );
}

/** The legend: a swatch with the same fill and border as the series, and its name. */
export function Legend({ series }: { series: readonly SeriesStyle[] }) {
  return (
    <ul className="chart-legend" aria-label="Legenda">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="18" height="14" aria-hidden="true" focusable="false">
            <SeriesPatterns prefix={`legend-${s.key}`} series={[s]} />
            <rect x="1" y="1" width="16" height="12" fill={seriesFill(`legend-${s.key}`, s)} stroke={TONE_COLOUR[s.tone]} strokeWidth="2" />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
