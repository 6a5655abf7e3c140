/**
 * Reasons and badges: the lines that say why a service fits or what to check (tone as an icon and
 * a word, never colour alone), the small status badges on a result, and the age of its data.
 */
import { STALENESS, freshness } from '../../domain/waiting/staleness';
import type { Reason, ReasonTone } from '../api';
import { formatAge } from '../format';
import { TONES } from '../labels';

export function ToneIcon({ tone }: { tone: ReasonTone }) {
  return (
    <span className={`tone-icon tone-icon--${tone}`} aria-hidden="true">
      {TONES[tone].icon}
    </span>
  );
}

export function ReasonList({
  reasons,
}: {
  reasons: readonly (Reason | { code: string; text: string; tone?: ReasonTone })[];
}) {
  return (
    <ul className="reasons">
      {reasons.map((reason, index) => {
        const tone = reason.tone ?? 'let-op';
        return (
          <li key={`${reason.code}-${index}`} className={`reason reason--${tone}`}>
            <ToneIcon tone={tone} />
            <span className="visually-hidden">{TONES[tone].word}: </span>
            <span>{reason.text}</span>
          </li>
        );
      })}
    </ul>
  );
}

export type BadgeTone = 'goed' | 'info' | 'waarschuwing' | 'fout';

export function Badge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** "gegevens 12 dagen oud": amber when stale (>30 days), "onbekend" when older than 90 days. */
export function DataAge({ days }: { days: number }) {
  const state = freshness(days);
  if (state === 'onbekend') {
    return (
      <span className="data-age data-age--onbekend">
        <ToneIcon tone="let-op" /> Actualiteit onbekend: gegevens ouder dan {STALENESS.unknownAfterDays} dagen
      </span>
    );
  }
  return (
    <span className={`data-age data-age--${state}`}>
      {state === 'verouderd' && <ToneIcon tone="let-op" />}
      {state === 'verouderd' && <span className="visually-hidden">Let op: </span>}
      Gegevens {formatAge(days)}
    </span>
  );
}
