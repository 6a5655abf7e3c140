/**
 * Nieuwe consultatievraag: the GP or POH-GGZ picks a discipline and a consultant, writes a subject
 * and the question, and confirms the patient's consent with the exact statement of
 * CONSENT_STATEMENT. The same rules as the server (src/domain/consultation/validation.ts) run
 * before sending, so errors show at the field at once; the server's answer is shown the same way.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, type FieldProblem } from '../../api';
import { sessionMay } from '../../api-auth';
import { Field } from '../../components/fields';
import { useSession } from '../../session';
import { DISCIPLINES, isDiscipline, type Discipline } from '../../../domain/consultation/disciplines';
import {
  CONSENT_STATEMENT,
  QUESTION_LENGTH,
  SUBJECT_LENGTH,
  newConsultationProblems,
} from '../../../domain/consultation/validation';
import { consultationApi, type ConsultantOption } from './consultation-api';

const FIELD_LABELS: Record<string, string> = {
  discipline: 'Discipline',
  serviceId: 'Consulent',
  subject: 'Onderwerp',
  question: 'Uw vraag',
  patientBsn: 'BSN van de patiënt',
  patientConsent: 'Toestemming van de patiënt',
};

const consultantLabel = (c: ConsultantOption) =>
  `${c.organizationName} – ${c.serviceName}${c.city ? ` (${c.city})` : ''}`;

export function NewConsultation() {
  const { session } = useSession();
  const navigate = useNavigate();
  const [discipline, setDiscipline] = useState<Discipline | ''>('');
  const [consultants, setConsultants] = useState<ConsultantOption[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [subject, setSubject] = useState('');
  const [question, setQuestion] = useState('');
  const [bsn, setBsn] = useState('');
  const [consent, setConsent] = useState(false);
  const [oneOffConsult, setOneOffConsult] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!discipline) {
      setConsultants(null);
      return;
    }
    const controller = new AbortController();
    setConsultants(null);
    setLoadError(null);
    consultationApi
      .consultants(discipline, controller.signal)
      .then(({ items }) => {
        setConsultants(items);
        setServiceId((current) => (items.some((c) => c.serviceId === current) ? current : (items[0]?.serviceId ?? '')));
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setLoadError(e instanceof ApiError ? e.message : 'De consulenten konden niet worden geladen.');
      });
    return () => controller.abort();
  }, [discipline]);

  useEffect(() => {
    if (message) summaryRef.current?.focus();
  }, [message]);

  if (!sessionMay(session, 'consultation:request')) {
    return (
      <div className="page-intro" role="alert">
        <h1>Nieuwe consultatievraag</h1>
        <p className="lead">Alleen een huisarts of POH-GGZ kan een consultatievraag stellen.</p>
        <p>
          <Link to="/consultaties">Naar de consultatievragen</Link>
        </p>
      </div>
    );
  }

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newConsultationProblems({
      discipline,
      subject,
      question,
      patientConsent: consent,
      patientBsn: bsn,
    });
    if (!serviceId) found.splice(discipline ? 0 : 1, 0, { field: 'serviceId', message: 'kies een consulent' });
    if (found.length > 0) {
      setProblems(found);
      setMessage(
        found.some((p) => p.field === 'patientConsent') && found.length === 1
          ? 'Consultatie is alleen mogelijk met toestemming van de patiënt.'
          : 'De vraag is nog niet volledig. Verbeter de velden hieronder.',
      );
      return;
    }
    if (!isDiscipline(discipline)) return;
    setBusy(true);
    setProblems([]);
    setMessage(null);
    try {
      const created = await consultationApi.ask({
        discipline,
        serviceId,
        subject,
        question,
        patientConsent: consent,
        oneOffConsult,
        ...(bsn.trim() ? { patientBsn: bsn.trim() } : {}),
      });
      navigate(`/consultaties/${created.id}`, { state: { justSent: true } });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis bij het versturen.');
      setProblems(error.details);
      setMessage(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="nieuwe-consultatie-titel">
      <p className="back">
        <Link to="/consultaties">← Alle consultatievragen</Link>
      </p>
      <div className="page-intro">
        <h1 id="nieuwe-consultatie-titel">Nieuwe consultatievraag</h1>
        <p className="lead">
          Stel uw vraag schriftelijk aan één GGZ-professional. U krijgt antwoord binnen de termijn die in de regio
          is afgesproken (standaard 3 werkdagen); weekenden en feestdagen tellen niet mee.
        </p>
      </div>

      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {message && (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{message}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>
                    <a href={`#consultatie-${p.field}`}>
                      {FIELD_LABELS[p.field] ?? p.field}: {p.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <form className="form-block consultation-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id="consultatie-discipline" label="Discipline" error={errorOf('discipline')}>
          {(aria) => (
            <select
              {...aria}
              value={discipline}
              onChange={(e) => setDiscipline(isDiscipline(e.target.value) ? e.target.value : '')}
            >
              <option value="">Kies een discipline</option>
              {DISCIPLINES.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id="consultatie-serviceId"
          label="Consulent"
          hint={discipline ? undefined : 'Kies eerst een discipline; dan ziet u de consulenten die daarvoor vragen aannemen.'}
          error={errorOf('serviceId') ?? loadError ?? undefined}
        >
          {(aria) => (
            <select
              {...aria}
              value={serviceId}
              disabled={!discipline || consultants === null || consultants.length === 0}
              onChange={(e) => setServiceId(e.target.value)}
            >
              {!discipline && <option value="">Kies eerst een discipline</option>}
              {discipline && consultants === null && <option value="">Consulenten laden…</option>}
              {consultants?.length === 0 && <option value="">Geen consulent voor deze discipline</option>}
              {consultants?.map((c) => (
                <option key={c.serviceId} value={c.serviceId}>
                  {consultantLabel(c)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id="consultatie-subject"
          label="Onderwerp"
          hint={`Kort, zonder naam of andere gegevens waaraan de patiënt te herkennen is (${SUBJECT_LENGTH.min}–${SUBJECT_LENGTH.max} tekens).`}
          error={errorOf('subject')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              maxLength={SUBJECT_LENGTH.max}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
            />
          )}
        </Field>

        <Field
          id="consultatie-question"
          label="Uw vraag"
          hint="Beschrijf de situatie en wat u wilt weten over medicatie, bejegening of beleid. Wilt u een eenmalig consult voor de patiënt? Vraag het hier."
          error={errorOf('question')}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={8}
              maxLength={QUESTION_LENGTH.max}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          )}
        </Field>

        <Field
          id="consultatie-patientBsn"
          label="BSN van de patiënt (niet verplicht)"
          hint="Alleen om in de audittrail te kunnen zien wie deze vraag over deze patiënt heeft ingezien. Het BSN zelf wordt niet bewaard."
          error={errorOf('patientBsn')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="input--short"
              maxLength={12}
              value={bsn}
              onChange={(e) => setBsn(e.target.value)}
            />
          )}
        </Field>

        <div className="field">
          <div className="checkbox">
            <input
              type="checkbox"
              id="consultatie-oneOffConsult"
              aria-describedby="consultatie-oneOffConsult-hint"
              checked={oneOffConsult}
              onChange={(e) => setOneOffConsult(e.target.checked)}
            />
            <label htmlFor="consultatie-oneOffConsult">Ook een eenmalig consult met de patiënt aanvragen</label>
          </div>
          <p className="hint" id="consultatie-oneOffConsult-hint">
            De consulent ziet de patiënt dan één keer en adviseert u daarna; de patiënt blijft bij u in de praktijk.
          </p>
        </div>

        <div className={`field consultation-consent${errorOf('patientConsent') ? ' field--error' : ''}`}>
          <fieldset aria-describedby={errorOf('patientConsent') ? 'consultatie-patientConsent-fout' : undefined}>
            <legend>Toestemming van de patiënt</legend>
            {errorOf('patientConsent') && (
              <p className="field-error" id="consultatie-patientConsent-fout">
                <span className="visually-hidden">Fout: </span>
                {errorOf('patientConsent')}
              </p>
            )}
            <div className="checkbox">
              <input
                type="checkbox"
                id="consultatie-patientConsent"
                checked={consent}
                aria-invalid={errorOf('patientConsent') ? true : undefined}
                onChange={(e) => setConsent(e.target.checked)}
              />
              <label htmlFor="consultatie-patientConsent">{CONSENT_STATEMENT}</label>
            </div>
          </fieldset>
        </div>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Bezig met versturen…' : 'Vraag versturen'}
          </button>{' '}
          <Link to="/consultaties" className="button button--secondary">
            Annuleren
          </Link>
        </div>
      </form>
    </section>
  );
}
