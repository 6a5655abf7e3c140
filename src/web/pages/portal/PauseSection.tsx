/**
 * Aanmeldstop: the current registration pause (with reason and expected end date) and the form to
 * set, change or lift it. While a pause is active, referrers are sent to providers with capacity.
 */
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/fields';
import { ErrorAlert } from '../../components/status';
import { formatDate } from '../../format';
import type { ApiError } from '../../api';
import { asApiError, fieldErrors, FreshnessBadge, formatMoment } from './PortalParts';
import { portalApi, type PortalServiceView } from './portal-api';

interface Props {
  service: PortalServiceView;
  onSaved: (service: PortalServiceView) => void;
}

export function PauseSection({ service, onSaved }: Props) {
  const pause = service.pause;
  const active = pause?.active ?? false;
  const [reason, setReason] = useState(active ? (pause?.reason ?? '') : '');
  const [expectedEnd, setExpectedEnd] = useState(active ? (pause?.expectedEnd ?? '') : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = fieldErrors(error);

  const send = async (set: boolean) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const next = await portalApi.setPause(
        service.id,
        set
          ? { active: true, reason, expectedEnd: expectedEnd || null }
          : { active: false, reason: null, expectedEnd: null },
      );
      onSaved(next);
      if (!set) {
        setReason('');
        setExpectedEnd('');
      }
      setSaved(
        set
          ? 'De aanmeldstop is opgeslagen.'
          : 'De aanmeldstop is opgeheven. Verwijzers kunnen weer aanmelden.',
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <section id="aanmeldstop" aria-labelledby="aanmeldstop-titel" className="portal-section">
      <h2 id="aanmeldstop-titel">Aanmeldstop</h2>
      {active && pause ? (
        <p>
          <strong>Er is een aanmeldstop.</strong> Reden: {pause.reason ?? 'niet opgegeven'}.{' '}
          {pause.expectedEnd ? `Verwacht tot ${formatDate(pause.expectedEnd)}.` : 'Einddatum onbekend.'}{' '}
          Bevestigd op {formatMoment(pause.confirmedAt)} <FreshnessBadge value={pause.freshness} />
        </p>
      ) : (
        <p>Er is geen aanmeldstop: verwijzers kunnen patiënten aanmelden.</p>
      )}
      <form onSubmit={submit} noValidate className="portal-form">
        <Field id="stop-reden" label="Reden van de aanmeldstop" error={errors.reason}>
          {(aria) => (
            <textarea
              {...aria}
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <Field id="stop-einde" label="Verwachte einddatum (optioneel)" error={errors.expectedEnd}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              min={service.today}
              value={expectedEnd}
              onChange={(e) => setExpectedEnd(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {active ? 'Aanmeldstop bijwerken' : 'Aanmeldstop instellen'}
          </button>{' '}
          {active && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void send(false)}
            >
              Aanmeldstop opheffen
            </button>
          )}
        </div>
        <div role="status" aria-live="polite">
          {busy && <p className="loading">Bezig met opslaan…</p>}
          {saved && <p className="portal-success">{saved}</p>}
        </div>
        {error && <ErrorAlert error={error} />}
      </form>
    </section>
  );
}
