/**
 * Consultatievragen: the questions of the own practice, or for a consultant's organisation the
 * questions put to it (the server decides which by the caller's reach). Open questions come first
 * by due date; a question past its due date says "Te laat" with the date.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { sessionMay } from '../../api-auth';
import { ErrorAlert, Loading } from '../../components/status';
import { countOf, formatDate, formatDateTime } from '../../format';
import { useSession } from '../../session';
import {
  consultationApi,
  type ConsultationListItem,
  type ConsultationStatusFilter,
} from './consultation-api';
import { ConsultationStatus } from './ConsultationStatus';

const FILTERS: { id: ConsultationStatusFilter | ''; label: string }[] = [
  { id: '', label: 'Alle vragen' },
  { id: 'open', label: 'Wacht op antwoord' },
  { id: 'te-laat', label: 'Te laat' },
  { id: 'beantwoord', label: 'Beantwoord' },
  { id: 'afgesloten', label: 'Afgesloten' },
];

const isFilter = (value: string | null): value is ConsultationStatusFilter =>
  FILTERS.some((f) => f.id !== '' && f.id === value);

export function ConsultationList() {
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isFilter(raw) ? raw : undefined;
  const [items, setItems] = useState<ConsultationListItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const mayAsk = sessionMay(session, 'consultation:request');
  const answers = sessionMay(session, 'consultation:answer');

  useEffect(() => {
    const controller = new AbortController();
    setItems(null);
    setError(null);
    consultationApi
      .list(status, controller.signal)
      .then((answer) => setItems(answer.items))
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'De vragen konden niet worden geladen.'));
      });
    return () => controller.abort();
  }, [status, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const chooseFilter = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next);
  };
  const filterLabel = FILTERS.find((f) => f.id === (status ?? ''))?.label ?? 'Alle vragen';
  const overdueCount = items?.filter((c) => c.overdue).length ?? 0;

  return (
    <section aria-labelledby="consultaties-titel">
      <div className="page-intro">
        <h1 id="consultaties-titel">Consultatie GGZ</h1>
        <p className="lead">
          {answers
            ? 'Consultatievragen van huisartsen en POH-GGZ aan uw organisatie. Beantwoord elke vraag uiterlijk op de datum die erbij staat (de regionale termijn, standaard 3 werkdagen).'
            : 'Een schriftelijke vraag aan één GGZ-professional over medicatie, bejegening of beleid. U krijgt antwoord binnen de regionale termijn (standaard 3 werkdagen); de patiënt kan in de praktijk blijven.'}
        </p>
        {mayAsk && (
          <p>
            <Link className="button button--primary" to="/consultaties/nieuw">
              Nieuwe consultatievraag
            </Link>
          </p>
        )}
      </div>

      <div className="filters">
        <div className="field field--inline">
          <label htmlFor="consultatie-filter">Toon</label>
          <select id="consultatie-filter" value={status ?? ''} onChange={(e) => chooseFilter(e.target.value)}>
            {FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div aria-live="polite">
        {items === null && !error && <Loading text="Consultatievragen laden…" />}
        {items !== null && (
          <p className="result-count">
            {countOf(items.length, 'vraag', 'vragen')}
            {overdueCount > 0 ? `, waarvan ${countOf(overdueCount, 'vraag', 'vragen')} te laat` : ''}
          </p>
        )}
      </div>
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {items !== null && items.length === 0 && (
        <div className="empty">
          <p>{status ? `Geen vragen met de status “${filterLabel}”.` : 'Er zijn nog geen consultatievragen.'}</p>
        </div>
      )}
      {items !== null && items.length > 0 && (
        <div className="table-wrap">
          <table className="consultation-table">
            <caption>
              {answers ? 'Consultatievragen aan uw organisatie' : 'Consultatievragen'}: {filterLabel.toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th scope="col">Onderwerp</th>
                <th scope="col">Discipline</th>
                <th scope="col">Praktijk</th>
                <th scope="col">Consulent</th>
                <th scope="col">Gesteld op</th>
                <th scope="col">Antwoord uiterlijk</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} className={c.overdue ? 'consultation-row--late' : undefined}>
                  <th scope="row">
                    <Link to={`/consultaties/${c.id}`}>{c.subject}</Link>
                    {c.oneOffConsult && <span className="hint"> · eenmalig consult gevraagd</span>}
                    {c.messageCount > 0 && (
                      <span className="consultation-table__count"> ({countOf(c.messageCount, 'bericht', 'berichten')})</span>
                    )}
                  </th>
                  <td>{c.disciplineLabel}</td>
                  <td>
                    {c.requesterOrganizationName}
                    <br />
                    <span className="hint">{c.requesterName}</span>
                  </td>
                  <td>{c.consultantOrganizationName}</td>
                  <td>{formatDateTime(c.askedAt)}</td>
                  <td>{c.state === 'open' ? formatDate(c.dueOn) : '–'}</td>
                  <td>
                    <ConsultationStatus consultation={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
