/**
 * Small shared pieces of the portal pages: the freshness badge (icon and word, never colour alone),
 * the organisation choice for a regional coordinator or administrator, dates with a time, the
 * hook that says whether the caller works for any organisation (reach 'all'), and the saving state
 * and footer (submit button, live status, error) of the forms on a service's page.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PERMISSIONS, type Action } from '../../../domain/access/permissions';
import type { Freshness } from '../../../domain/waiting/staleness';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../components/status';
import { countOf } from '../../format';
import { useSession } from '../../session';
import { portalApi, type OrganizationChoice } from './portal-api';

const FRESHNESS: Record<Freshness, { tone: string; icon: string; label: string; title: string }> = {
  actueel: { tone: 'goed', icon: '✓', label: 'Actueel', title: 'Bevestigd in de laatste 30 dagen' },
  verouderd: {
    tone: 'waarschuwing',
    icon: '!',
    label: 'Verouderd',
    title: 'Ouder dan 30 dagen: lager in de zoekresultaten',
  },
  onbekend: {
    tone: 'fout',
    icon: '?',
    label: 'Onbekend',
    title: 'Ouder dan 90 dagen of nooit opgegeven: telt als onbekend',
  },
};

export function FreshnessBadge({ value }: { value: Freshness }) {
  const f = FRESHNESS[value];
  return (
    <span className={`badge badge--${f.tone}`} title={f.title}>
      <span aria-hidden="true">{f.icon} </span>
      {f.label}
    </span>
  );
}

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "23 nov 2026 11:05" in Dutch time. */
export function formatMoment(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : DATE_TIME.format(time);
}

/** Whether the signed-in role works for any organisation with this action (coordinator, administrator). */
export function useWorksForAnyOrganization(action: Action): boolean {
  const { session } = useSession();
  const role = session?.active?.role;
  const grants = PERMISSIONS[action].grants as Partial<Record<string, string>>;
  return role !== undefined && grants[role] === 'all';
}

/** Search and choose an organisation; the choice goes in the address (?organisatie=<id>). */
export function OrganizationPicker({
  basePath,
  chosenName,
}: {
  basePath: string;
  chosenName?: string | undefined;
}) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<OrganizationChoice[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResults(await portalApi.organizations(q));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="portal-picker" aria-labelledby="portal-picker-title">
      <h2 id="portal-picker-title">Organisatie kiezen</h2>
      <p>
        {chosenName ? (
          <>
            U werkt nu voor <strong>{chosenName}</strong>. Zoek hieronder om een andere organisatie te kiezen.
          </>
        ) : (
          'Als verwijsadviseur of beheerder werkt u voor een zorgaanbieder naar keuze. Zoek de organisatie op naam.'
        )}
      </p>
      <form onSubmit={(e) => void search(e)} className="portal-picker__form">
        <div className="field field--inline">
          <label htmlFor="portal-org-q">Naam van de organisatie</label>
          <input id="portal-org-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          Zoeken
        </button>
      </form>
      {error && <ErrorAlert error={error} />}
      <div role="status" aria-live="polite">
        {results && <p>{countOf(results.length, 'organisatie gevonden', 'organisaties gevonden')}</p>}
      </div>
      {results && results.length > 0 && (
        <ul className="portal-picker__results">
          {results.map((o) => (
            <li key={o.id}>
              <Link to={`${basePath}?organisatie=${encodeURIComponent(o.id)}`}>{o.name}</Link>{' '}
              <span className="muted">({countOf(o.services, 'dienst', 'diensten')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The server's field problems by field name (the first per field), for messages beside the inputs. */
export function fieldErrors(error: ApiError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of error?.details ?? []) out[d.field] ??= d.message;
  return out;
}

/** Turns anything thrown by a call into an ApiError with a Dutch message. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, 'onbekend', 'Er ging iets mis. Probeer het opnieuw.');
}

/** A number input's value: empty means unknown (null). */
export function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * Busy, error and success message of a portal form. `save` runs the call, which returns the
 * success message; `clear` hides the last message and error (before a check in the browser).
 */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const clear = () => {
    setError(null);
    setSaved(null);
  };
  const save = async (call: () => Promise<string>) => {
    setBusy(true);
    clear();
    try {
      setSaved(await call());
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, saved, clear, save };
}

/**
 * The end of a portal form: the submit button (with any further buttons as children), a live
 * region that says it is saving and then what was saved, and the error of the last attempt.
 */
export function SaveActions({
  label,
  busy,
  saved,
  error,
  children,
}: {
  label: string;
  busy: boolean;
  saved: string | null;
  error: ApiError | null;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {label}
        </button>
        {children}
      </div>
      <div role="status" aria-live="polite">
        {busy && <p className="loading">Bezig met opslaan…</p>}
        {saved && <p className="portal-success">{saved}</p>}
      </div>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
