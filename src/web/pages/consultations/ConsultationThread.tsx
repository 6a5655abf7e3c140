/**
 * One consultation: the question, the thread of answers and follow-ups in the order written, a
 * reply form for whichever side may write, closing for the asking practice, and turning the
 * advice into a referral (the referral form at /verwijzingen/nieuw takes route, vraag and
 * consultatie, and links the new referral back to this consultation).
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api';
import { Field } from '../../components/fields';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDate } from '../../format';
import { MESSAGE_LENGTH, messageProblems } from '../../../domain/consultation/validation';
import { consultationApi, formatMoment, type ConsultationDetail } from './consultation-api';
import { ConsultationStatus } from './ConsultationStatus';
import { ReferralFromAdvice } from './ReferralFromAdvice';

type Message = ConsultationDetail['messages'][number];

function replyLabel(consultation: ConsultationDetail): { label: string; hint: string; button: string } {
  if (consultation.viewerSide === 'consulent') {
    return {
      label: 'Uw antwoord',
      hint: 'De huisartsenpraktijk krijgt een melding; de vraag geldt daarmee als beantwoord.',
      button: 'Antwoord versturen',
    };
  }
  if (consultation.state === 'beantwoord') {
    return {
      label: 'Vervolgvraag',
      hint: 'Een vervolgvraag opent de consultatie opnieuw; de consulent heeft dan opnieuw de regionale termijn (standaard 3 werkdagen).',
      button: 'Vervolgvraag versturen',
    };
  }
  return {
    label: 'Aanvulling op uw vraag',
    hint: 'De consulent krijgt een melding; de antwoorddatum blijft gelijk.',
    button: 'Aanvulling versturen',
  };
}

function ThreadMessage({ heading, author, at, body }: { heading: string; author: string; at: string; body: string }) {
  return (
    <article className="thread__message">
      <h3 className="thread__heading">{heading}</h3>
      <p className="thread__meta">
        {author} · <time dateTime={at}>{formatMoment(at)}</time>
      </p>
      <div className="thread__body">{body}</div>
    </article>
  );
}

/** "Antwoord" for the consultant's first message, "Vervolgvraag" for the practice after an answer. */
const headingOf = (m: Message, index: number, messages: readonly Message[]) => {
  const answeredBefore = messages.slice(0, index).some((p) => p.side === 'consulent');
  if (m.side === 'consulent') return answeredBefore ? 'Bericht van de consulent' : 'Antwoord van de consulent';
  return answeredBefore ? 'Vervolgvraag' : 'Aanvulling op de vraag';
};

export function ConsultationThread() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justSent = (location.state as { justSent?: boolean } | null)?.justSent === true;
  const [consultation, setConsultation] = useState<ConsultationDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | undefined>();
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(justSent ? 'Uw consultatievraag is verstuurd.' : null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    consultationApi
      .get(id, controller.signal)
      .then(setConsultation)
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'De consultatie kon niet worden geladen.'));
      });
    return () => controller.abort();
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (error) {
    return (
      <section>
        <p className="back">
          <Link to="/consultaties">← Alle consultatievragen</Link>
        </p>
        <h1>Consultatie</h1>
        <ErrorAlert error={error} onRetry={error.status === 404 ? undefined : retry} />
      </section>
    );
  }
  if (!consultation) return <Loading text="Consultatie laden…" />;

  const act = async (work: () => Promise<ConsultationDetail>, done: string) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      setConsultation(await work());
      setNotice(done);
      return true;
    } catch (e) {
      setActionError(e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis.'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problem = messageProblems(reply)[0];
    setReplyError(problem?.message);
    if (problem) return;
    const label = replyLabel(consultation);
    if (await act(() => consultationApi.post(consultation.id, reply), `${label.label} is verstuurd.`)) setReply('');
  };
  const close = async () => {
    if (await act(() => consultationApi.close(consultation.id), 'De consultatie is afgesloten.')) headingRef.current?.focus();
  };

  const labels = replyLabel(consultation);
  const open = consultation.state === 'open';

  return (
    <section aria-labelledby="consultatie-titel">
      <p className="back">
        <Link to="/consultaties">← Alle consultatievragen</Link>
      </p>
      <h1 id="consultatie-titel" ref={headingRef} tabIndex={-1}>
        {consultation.subject}
      </h1>
      <p className="consultation-state">
        <ConsultationStatus consultation={consultation} />
      </p>
      <div role="status" aria-live="polite">
        {notice && <p className="note">{notice}</p>}
      </div>
      {actionError && <ErrorAlert error={actionError} />}

      <dl className="facts consultation-facts">
        <div className="facts__row">
          <dt>Discipline</dt>
          <dd>{consultation.disciplineLabel}</dd>
        </div>
        <div className="facts__row">
          <dt>Consulent</dt>
          <dd>
            {consultation.consultantOrganizationName}
            {consultation.serviceName ? ` – ${consultation.serviceName}` : ''}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Gesteld door</dt>
          <dd>
            {consultation.requesterName}, {consultation.requesterOrganizationName}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Gesteld op</dt>
          <dd>{formatMoment(consultation.askedAt)}</dd>
        </div>
        <div className="facts__row">
          <dt>{open ? 'Antwoord uiterlijk' : 'Antwoorddatum'}</dt>
          <dd>
            {formatDate(consultation.dueOn)}
            {consultation.overdue && <strong> – te laat</strong>}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Eenmalig consult met de patiënt</dt>
          <dd>{consultation.oneOffConsult ? 'Gevraagd' : 'Niet gevraagd'}</dd>
        </div>
        <div className="facts__row">
          <dt>Toestemming patiënt</dt>
          <dd>Ja, vastgelegd op {formatMoment(consultation.consentRecordedAt)}</dd>
        </div>
      </dl>

      <h2>Berichten</h2>
      <ol className="thread">
        <li>
          <ThreadMessage
            heading="Vraag"
            author={`${consultation.requesterName} (${consultation.requesterOrganizationName})`}
            at={consultation.askedAt}
            body={consultation.question}
          />
        </li>
        {consultation.messages.map((m, index, all) => (
          <li key={m.id} className={m.side === 'consulent' ? 'thread__item--consultant' : undefined}>
            <ThreadMessage
              heading={headingOf(m, index, all)}
              author={`${m.authorName} (${m.authorOrganizationName})`}
              at={m.at}
              body={m.body}
            />
          </li>
        ))}
      </ol>
      {consultation.messages.length === 0 && (
        <p className="hint">Nog geen antwoord. De consulent antwoordt uiterlijk {formatDate(consultation.dueOn)}.</p>
      )}

      {consultation.may.reply && (
        <form className="form-block consultation-reply" onSubmit={(e) => void send(e)} noValidate>
          <h2>Reageren</h2>
          <Field id="consultatie-bericht" label={labels.label} hint={labels.hint} error={replyError}>
            {(aria) => (
              <textarea
                {...aria}
                rows={6}
                maxLength={MESSAGE_LENGTH.max}
                value={reply}
                onChange={(e) => setReply(e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {labels.button}
            </button>
          </div>
        </form>
      )}

      <ReferralFromAdvice consultation={consultation} />

      {consultation.may.close && (
        <div className="form-block">
          <h2>Afsluiten</h2>
          <p>Sluit de consultatie als u geen vragen meer heeft. Daarna kunnen er geen berichten meer bij.</p>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void close()}>
            Consultatie afsluiten
          </button>
        </div>
      )}
    </section>
  );
}
