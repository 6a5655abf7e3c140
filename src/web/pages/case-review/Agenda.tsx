/**
 * The agenda per session for the participants (provider staff read it) and the coordinator, who
 * also orders it with Omhoog/Omlaag buttons (keyboard: the focus stays on the moved case's button
 * and a status line says where it went), records the advice per case, and can let a session lapse.
 */
import { useRef, useState, type FormEvent } from 'react';
import { formatDutchDate } from '../../../domain/calendar/iso-date';
import { ADVISABLE_ROUTES } from '../../../domain/case-review/case-submission';
import { ROUTES, type RouteId } from '../../../domain/routes/route-catalog';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../components/status';
import { caseReviewApi, whenOf, type AgendaCase, type SessionView } from './case-review-api';

const asError = (e: unknown, fallback: string) =>
  e instanceof ApiError ? e : new ApiError(0, 'fout', fallback);

function AdviceForm({ item, onSaved }: { item: AgendaCase; onSaved: () => void }) {
  const [advice, setAdvice] = useState(item.advice ?? '');
  const [route, setRoute] = useState<RouteId | ''>((item.advisedRoute as RouteId | null) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!route || advice.trim() === '') {
      setProblem('Kies een route en schrijf het advies op.');
      return;
    }
    setProblem(null);
    setBusy(true);
    setError(null);
    try {
      await caseReviewApi.advise(item.id, { advice, advisedRoute: route });
      onSaved();
    } catch (e) {
      setError(asError(e, 'Het advies kon niet worden opgeslagen.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="case-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="field">
        <label htmlFor={`advies-${item.id}`}>Advies van de tafel</label>
        <textarea
          id={`advies-${item.id}`}
          rows={4}
          value={advice}
          onChange={(e) => setAdvice(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`route-${item.id}`}>Geadviseerde route</label>
        <select
          id={`route-${item.id}`}
          value={route}
          onChange={(e) => setRoute(e.target.value as RouteId | '')}
        >
          <option value="">Kies een route…</option>
          {ADVISABLE_ROUTES.map((r) => (
            <option key={r} value={r}>
              {ROUTES[r].label}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {item.advice ? 'Advies aanpassen' : 'Advies vastleggen'}
      </button>
    </form>
  );
}

function SessionAgenda({
  session,
  manage,
  onChanged,
}: {
  session: SessionView;
  manage: boolean;
  onChanged: () => void;
}) {
  const [cases, setCases] = useState<AgendaCase[]>(session.cases ?? []);
  const [seen, setSeen] = useState(session.cases);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  if (session.cases !== seen) {
    setSeen(session.cases);
    setCases(session.cases ?? []);
  }

  const move = async (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= cases.length) return;
    const order = cases.map((c) => c.id);
    const [moved] = order.splice(index, 1);
    order.splice(target, 0, moved!);
    setError(null);
    try {
      const updated = await caseReviewApi.order(session.id, order);
      setCases(updated);
      setStatus(`Casus verplaatst naar plaats ${target + 1} van ${updated.length}.`);
      const direction =
        target === 0 ? 'omlaag' : target === updated.length - 1 ? 'omhoog' : by < 0 ? 'omhoog' : 'omlaag';
      requestAnimationFrame(() =>
        list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${moved}-${direction}`)}`)?.focus(),
      );
    } catch (e) {
      setError(asError(e, 'De volgorde kon niet worden opgeslagen.'));
    }
  };

  const cancel = async () => {
    setError(null);
    try {
      await caseReviewApi.cancelSession(session.id);
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(asError(e, 'De sessie kon niet vervallen.'));
    }
  };

  const past = new Date(session.startsAt).getTime() <= Date.now();
  return (
    <section
      className={`session-card${session.cancelled ? ' session-card--cancelled' : ''}`}
      aria-labelledby={`sessie-${session.id}`}
    >
      <h3 id={`sessie-${session.id}`}>
        {whenOf(session)} {session.cancelled && <span className="badge badge--fout">Vervallen</span>}
      </h3>
      <p className="session-card__meta">
        {session.place} · {session.durationMinutes} minuten · inbrengen tot en met{' '}
        {formatDutchDate(session.lastSubmissionDay, { weekday: false })} ·{' '}
        {session.caseCount === 1 ? '1 casus' : `${session.caseCount} casussen`}
      </p>
      {error && <ErrorAlert error={error} />}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {cases.length === 0 ? (
        <p className="agenda__meta">Nog geen casussen op de agenda.</p>
      ) : (
        <ol className="agenda" ref={list}>
          {cases.map((item, index) => (
            <li key={item.id}>
              <h4 className="agenda__heading">
                Casus {index + 1}: {item.ageBand ? `${item.ageBand} jaar` : 'leeftijd onbekend'}{' '}
                {item.state === 'besproken' && <span className="badge badge--goed">Besproken</span>}
              </h4>
              {item.submitter && (
                <p className="agenda__meta">
                  Ingebracht door {item.submitter.name}, {item.submitter.organizationName}
                </p>
              )}
              <p>{item.summary}</p>
              <p>
                <strong>Vraag:</strong> {item.question}
              </p>
              {manage && !session.cancelled && cases.length > 1 && (
                <div className="agenda__moves">
                  <button
                    type="button"
                    id={`${item.id}-omhoog`}
                    className="button button--secondary"
                    disabled={index === 0}
                    onClick={() => void move(index, -1)}
                  >
                    Omhoog<span className="visually-hidden"> (casus {index + 1})</span>
                  </button>
                  <button
                    type="button"
                    id={`${item.id}-omlaag`}
                    className="button button--secondary"
                    disabled={index === cases.length - 1}
                    onClick={() => void move(index, 1)}
                  >
                    Omlaag<span className="visually-hidden"> (casus {index + 1})</span>
                  </button>
                </div>
              )}
              {item.advice && (
                <div className="advice-block">
                  <p>
                    <strong>
                      Advies:{' '}
                      {item.advisedRoute
                        ? (ROUTES[item.advisedRoute as RouteId]?.label ?? item.advisedRoute)
                        : ''}
                    </strong>
                  </p>
                  <p>{item.advice}</p>
                </div>
              )}
              {manage && <AdviceForm item={item} onSaved={onChanged} />}
            </li>
          ))}
        </ol>
      )}
      {manage && !session.cancelled && !past && (
        <div className="form-actions">
          {confirming ? (
            <>
              <span>Open casussen gaan naar de volgende sessie. Doorgaan?</span>{' '}
              <button type="button" className="button button--primary" onClick={() => void cancel()}>
                Ja, laat de sessie vervallen
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                Nee
              </button>
            </>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              Sessie laten vervallen
            </button>
          )}
        </div>
      )}
    </section>
  );
}

export function Agenda({
  sessions,
  manage,
  onChanged,
}: {
  sessions: SessionView[];
  manage: boolean;
  onChanged: () => void;
}) {
  return (
    <>
      {sessions.map((session) => (
        <SessionAgenda key={session.id} session={session} manage={manage} onChanged={onChanged} />
      ))}
    </>
  );
}
