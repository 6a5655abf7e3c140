/**
 * Aanmeldstop: the current registration pause (with reason and expected end date) and the form to
 * set, change or lift it. While a pause is active, referrers are sent to providers with capacity.
 */
import { useState, type FormEvent } from 'react';
import { InputField, TextAreaField } from '../../components/fields';
import { formatDate } from '../../format';
import { fieldErrors, FreshnessBadge, formatMoment, SaveActions, useSave } from './PortalParts';
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
  const { busy, error, saved, save } = useSave();
  const errors = fieldErrors(error);

  const send = (set: boolean) =>
    save(async () => {
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
      return set
        ? 'De aanmeldstop is opgeslagen.'
        : 'De aanmeldstop is opgeheven. Verwijzers kunnen weer aanmelden.';
    });
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
        <TextAreaField
          id="stop-reden"
          label="Reden van de aanmeldstop"
          error={errors.reason}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={setReason}
        />
        <InputField
          id="stop-einde"
          label="Verwachte einddatum (optioneel)"
          error={errors.expectedEnd}
          type="date"
          min={service.today}
          value={expectedEnd}
          onChange={setExpectedEnd}
        />
        <SaveActions
          label={active ? 'Aanmeldstop bijwerken' : 'Aanmeldstop instellen'}
          busy={busy}
          saved={saved}
          error={error}
        >
          {' '}
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
        </SaveActions>
      </form>
    </section>
  );
}
