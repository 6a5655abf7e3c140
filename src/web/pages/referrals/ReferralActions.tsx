/**
 * The steps the caller may take on a referral, each as a small form: accept; reject with a reason
 * from the list (and an explanation, required for "anders"); ask for information; plan the intake
 * (date); start treatment; close; a return message of the GP–GGZ guideline; the welzijnscoach's
 * terugkoppeling; and for the referrer: answer a question, withdraw. The server decides which steps
 * are open (referral.actions) and checks each again.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ReferralAction } from '../../../domain/referrals/state-machine';
import { REJECTION_REASONS, RETURN_MESSAGES } from '../../../domain/referrals/vocabulary';
import { ApiError } from '../../api';
import { Field } from '../../components/fields';
import { ErrorAlert } from '../../components/status';
import { formatDate } from '../../format';
import { referralApi, type ActionRequest, type Referral } from './referral-api';

interface Props {
  referral: Referral;
  onChange: (next: Referral, message: string) => void;
}

interface StepProps extends Props {
  action: ReferralAction;
  title: string;
  button: string;
  /** The confirmation announced after the step. */
  done: (next: Referral) => string;
  /** Builds the request from the form's fields; returns a Dutch problem to show instead. */
  request: () => ActionRequest | string;
  children?: ReactNode;
}

function Step({ referral, onChange, action, title, button, done, request, children }: StepProps) {
  const headingId = useId();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = request();
    if (typeof body === 'string') {
      setError(new ApiError(400, 'ongeldige-invoer', body));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await referralApi.act(referral.id, body);
      onChange(next, done(next));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'onbekend', 'Opslaan is niet gelukt.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={`referral-step referral-step--${action}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {children}
        {error && <ErrorAlert error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? 'Bezig…' : button}
          </button>
        </div>
      </form>
    </section>
  );
}

function MessageField({
  id,
  label,
  value,
  onChange,
  required,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  required: boolean;
  hint?: string;
}) {
  return (
    <Field id={id} label={required ? label : `${label} (optioneel)`} hint={hint}>
      {(aria) => (
        <textarea
          {...aria}
          rows={3}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function ReferralActions({ referral, onChange }: Props) {
  const id = useId();
  const [rejectReason, setRejectReason] = useState('');
  const [rejectNote, setRejectNote] = useState('');
  const [question, setQuestion] = useState('');
  const [intakeOn, setIntakeOn] = useState(referral.intakeOn ?? '');
  const [returnKind, setReturnKind] = useState('');
  const [returnText, setReturnText] = useState('');
  const [feedback, setFeedback] = useState('');
  const [answer, setAnswer] = useState('');
  const [closing, setClosing] = useState('');
  const [withdrawal, setWithdrawal] = useState('');
  const can = (action: ReferralAction) => referral.actions.includes(action);
  const common = { referral, onChange };
  const trimmed = (value: string) => (value.trim() === '' ? null : value.trim());

  return (
    <div className="referral-steps">
      {can('accepteren') && (
        <Step
          {...common}
          action="accepteren"
          title="Accepteren"
          button="Verwijzing accepteren"
          done={() => 'De verwijzing is geaccepteerd; de verwijzer is op de hoogte gebracht.'}
          request={() => ({ action: 'accepteren' })}
        />
      )}
      {can('intake-plannen') && (
        <Step
          {...common}
          action="intake-plannen"
          title={referral.state === 'intake-gepland' ? 'Intake verplaatsen' : 'Intake plannen'}
          button={referral.state === 'intake-gepland' ? 'Intake verplaatsen' : 'Intake plannen'}
          done={(next) =>
            `Intake gepland op ${formatDate(next.intakeOn ?? intakeOn)}; de verwijzer is op de hoogte gebracht.`
          }
          request={() =>
            intakeOn ? { action: 'intake-plannen', intakeOn } : 'Vul de datum van de intake in.'
          }
        >
          <Field id={`${id}-intake`} label="Datum van de intake">
            {(aria) => (
              <input
                {...aria}
                type="date"
                className="input--short"
                required
                value={intakeOn}
                onChange={(e) => setIntakeOn(e.target.value)}
              />
            )}
          </Field>
        </Step>
      )}
      {can('informatie-vragen') && (
        <Step
          {...common}
          action="informatie-vragen"
          title="Aanvullende informatie vragen"
          button="Vraag versturen"
          done={() => 'Uw vraag is naar de verwijzer gestuurd.'}
          request={() =>
            trimmed(question)
              ? { action: 'informatie-vragen', message: question }
              : 'Schrijf welke informatie u nog nodig heeft.'
          }
        >
          <MessageField
            id={`${id}-vraag`}
            label="Welke informatie heeft u nodig?"
            value={question}
            onChange={setQuestion}
            required
          />
        </Step>
      )}
      {can('afwijzen') && (
        <Step
          {...common}
          action="afwijzen"
          title="Afwijzen"
          button="Verwijzing afwijzen"
          done={() => 'De verwijzing is afgewezen; de verwijzer kan opnieuw matchen zonder uw organisatie.'}
          request={() =>
            !rejectReason
              ? 'Kies een reden voor de afwijzing.'
              : rejectReason === 'anders' && !trimmed(rejectNote)
                ? 'Bij de reden "anders" is een toelichting verplicht.'
                : { action: 'afwijzen', reason: rejectReason, message: trimmed(rejectNote) }
          }
        >
          <fieldset className="radio-group">
            <legend>Reden van afwijzing</legend>
            {REJECTION_REASONS.map((reason) => (
              <div className="radio" key={reason.id}>
                <input
                  type="radio"
                  id={`${id}-reden-${reason.id}`}
                  name={`${id}-reden`}
                  value={reason.id}
                  checked={rejectReason === reason.id}
                  onChange={() => setRejectReason(reason.id)}
                />
                <label htmlFor={`${id}-reden-${reason.id}`}>{reason.label}</label>
              </div>
            ))}
          </fieldset>
          <MessageField
            id={`${id}-toelichting`}
            label="Toelichting voor de verwijzer"
            value={rejectNote}
            onChange={setRejectNote}
            required={rejectReason === 'anders'}
            hint="Helpt de huisarts een passende aanbieder te vinden."
          />
        </Step>
      )}
      {can('behandeling-starten') && (
        <Step
          {...common}
          action="behandeling-starten"
          title="Behandeling gestart"
          button="Start van de behandeling vastleggen"
          done={() => 'De start van de behandeling is vastgelegd.'}
          request={() => ({ action: 'behandeling-starten' })}
        />
      )}
      {can('terugbericht') && (
        <Step
          {...common}
          action="terugbericht"
          title="Terugbericht aan de verwijzer"
          button="Terugbericht versturen"
          done={() => 'Het terugbericht is verstuurd.'}
          request={() =>
            !returnKind
              ? 'Kies het soort terugbericht.'
              : !trimmed(returnText)
                ? 'Schrijf het terugbericht.'
                : { action: 'terugbericht', returnMessage: returnKind, message: returnText }
          }
        >
          <Field id={`${id}-soort`} label="Soort terugbericht">
            {(aria) => (
              <select {...aria} value={returnKind} onChange={(e) => setReturnKind(e.target.value)}>
                <option value="">Kies het soort bericht</option>
                {RETURN_MESSAGES.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <MessageField
            id={`${id}-bericht`}
            label="Bericht"
            value={returnText}
            onChange={setReturnText}
            required
          />
        </Step>
      )}
      {can('terugkoppeling') && (
        <Step
          {...common}
          action="terugkoppeling"
          title="Terugkoppeling aan de huisarts"
          button="Terugkoppeling versturen"
          done={() => 'De terugkoppeling is naar de huisarts gestuurd.'}
          request={() =>
            trimmed(feedback)
              ? { action: 'terugkoppeling', message: feedback }
              : 'Schrijf de terugkoppeling aan de huisarts.'
          }
        >
          <MessageField
            id={`${id}-terugkoppeling`}
            label="Hoe gaat het, wat is afgesproken?"
            value={feedback}
            onChange={setFeedback}
            required
          />
        </Step>
      )}
      {can('afsluiten') && (
        <Step
          {...common}
          action="afsluiten"
          title="Afsluiten"
          button="Verwijzing afsluiten"
          done={() => 'De verwijzing is afgesloten.'}
          request={() => ({ action: 'afsluiten', message: trimmed(closing) })}
        >
          <MessageField
            id={`${id}-afsluiten`}
            label="Toelichting"
            value={closing}
            onChange={setClosing}
            required={false}
          />
        </Step>
      )}
      {can('informatie-aanvullen') && (
        <Step
          {...common}
          action="informatie-aanvullen"
          title="Gevraagde informatie aanvullen"
          button="Informatie versturen"
          done={() => 'De informatie is verstuurd; de verwijzing ligt weer bij de ontvanger.'}
          request={() =>
            trimmed(answer)
              ? { action: 'informatie-aanvullen', message: answer }
              : 'Schrijf de gevraagde informatie.'
          }
        >
          <MessageField
            id={`${id}-antwoord`}
            label="Uw antwoord"
            value={answer}
            onChange={setAnswer}
            required
          />
        </Step>
      )}
      {can('intrekken') && (
        <Step
          {...common}
          action="intrekken"
          title="Verwijzing intrekken"
          button="Verwijzing intrekken"
          done={() => 'De verwijzing is ingetrokken; de ontvanger is op de hoogte gebracht.'}
          request={() => ({ action: 'intrekken', message: trimmed(withdrawal) })}
        >
          <MessageField
            id={`${id}-intrekken`}
            label="Reden"
            value={withdrawal}
            onChange={setWithdrawal}
            required={false}
          />
        </Step>
      )}
    </div>
  );
}
