/**
 * A GP's request for a verkennend gesprek: the region (remembered), the patient's name, date of
 * birth and phone number, the reason, and the patient's consent. The server's rules
 * (requestProblems in src/domain/exploratory) run before sending, so errors show at the field.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { dateInNetherlands } from '../../../domain/calendar/iso-date';
import { requestProblems } from '../../../domain/exploratory/exploratory-request';
import { ApiError, type FieldProblem } from '../../api';
import { sessionMay } from '../../api-auth';
import { Field } from '../../components/fields';
import { ErrorAlert } from '../../components/status';
import { useSession } from '../../session';
import { RegionSelect, useRegionChoice } from '../case-review/region-choice';
import { exploratoryApi } from './exploratory-api';

export function NewExploratory() {
  const { session } = useSession();
  const navigate = useNavigate();
  const { regions, regionId, choose, error: regionError } = useRegionChoice();
  const [patientName, setPatientName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  if (!sessionMay(session, 'exploratory:request')) {
    return (
      <div className="page-intro" role="alert">
        <h1>Verkennend gesprek aanvragen</h1>
        <p className="lead">Alleen een huisarts of POH-GGZ vraagt een verkennend gesprek aan.</p>
        <p>
          <Link to="..">Terug naar de aanvragen</Link>
        </p>
      </div>
    );
  }

  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { patientName, birthDate, phone: phone.trim() || null, reason, consent };
    const found = requestProblems(input, dateInNetherlands(new Date()));
    setProblems(found);
    setError(null);
    if (found.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const created = await exploratoryApi.request({ regionId, ...input });
      void navigate(`../${created.id}`, { relative: 'path' });
    } catch (e) {
      const apiError =
        e instanceof ApiError ? e : new ApiError(0, 'fout', 'De aanvraag kon niet worden verstuurd.');
      setProblems(apiError.details);
      setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-intro">
        <h1>Verkennend gesprek aanvragen</h1>
        <p className="lead">
          De coördinator plant het gesprek binnen 1 à 2 weken met de drie wegwijzers. De patiënt neemt een
          naaste mee. U krijgt bericht als het gesprek is gepland en als de uitkomst bekend is.
        </p>
      </div>
      <form className="exploratory-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div ref={summary} tabIndex={-1} aria-live="polite">
          {problems.length > 0 && !error && (
            <div className="alert alert--error" role="alert">
              <p className="alert__title">Controleer de aanvraag:</p>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>
                    <a href={`#vg-${p.field}`}>{p.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {error && <ErrorAlert error={error} />}
        </div>
        {regionError && <ErrorAlert error={regionError} />}
        {regions && <RegionSelect id="vg-regionId" regions={regions} value={regionId} onChange={choose} />}
        <Field id="vg-patientName" label="Naam van de patiënt" error={problemOf('patientName')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autoComplete="off"
              value={patientName}
              onChange={(e) => setPatientName(e.target.value)}
            />
          )}
        </Field>
        <Field id="vg-birthDate" label="Geboortedatum" error={problemOf('birthDate')}>
          {(aria) => (
            <input {...aria} type="date" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />
          )}
        </Field>
        <Field
          id="vg-phone"
          label="Telefoonnummer (optioneel)"
          hint="Om de afspraak met de patiënt te maken."
          error={problemOf('phone')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="vg-reason"
          label="Waarom een verkennend gesprek?"
          hint="Op welke leefgebieden loopt de patiënt vast, en wat weet u nog niet?"
          error={problemOf('reason')}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={5}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <div className={`field${problemOf('consent') ? ' field--error' : ''}`}>
          {problemOf('consent') && (
            <p className="field-error" id="vg-consent-fout">
              <span className="visually-hidden">Fout: </span>
              {problemOf('consent')}
            </p>
          )}
          <div className="checkbox">
            <input
              id="vg-consent"
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
              aria-describedby={problemOf('consent') ? 'vg-consent-fout' : undefined}
            />
            <label htmlFor="vg-consent">
              De patiënt geeft toestemming om deze gegevens te delen met de coördinator en de wegwijzers.
            </label>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !regionId}>
            {busy ? 'Bezig met versturen…' : 'Aanvraag versturen'}
          </button>{' '}
          <Link to="..">Annuleren</Link>
        </div>
      </form>
    </>
  );
}
