/**
 * Uitgaande berichten: the outbox for the coordinator, newest first, with each message's state in
 * words (klaar voor verzending, verzonden, mislukt), its recipient, subject and times, a filter by
 * state, and "Nu verzenden" when a mail server is configured.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { ErrorAlert, Loading } from '../../components/status';
import { formatNumber } from '../../format';
import {
  freshnessApi,
  formatMoment,
  OUTBOX_STATE_LABELS,
  type OutboxList,
  type OutboxState,
} from './freshness-api';

const STATE_BADGES: Record<OutboxState, string> = {
  pending: 'badge badge--info',
  sent: 'badge badge--goed',
  failed: 'badge badge--fout',
};

export function OutboxSection({ version }: { version: number }) {
  const [state, setState] = useState<OutboxState | ''>('');
  const [list, setList] = useState<OutboxList | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ text: string; error: boolean } | null>(null);

  const load = useCallback(
    (signal?: AbortSignal) => {
      setError(null);
      freshnessApi.outbox(state || undefined, signal).then(setList, (e: unknown) => {
        if (e instanceof ApiError) setError(e);
      });
    },
    [state],
  );
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load, version]);

  const send = async () => {
    setSending(true);
    setSent(null);
    try {
      const run = await freshnessApi.sendOutbox();
      setSent({
        text: `${formatNumber(run.sent)} verzonden, ${formatNumber(run.failed)} mislukt${run.gaveUp > 0 ? ` (waarvan ${formatNumber(run.gaveUp)} opgegeven na 5 pogingen)` : ''}.`,
        error: false,
      });
      load();
    } catch (e) {
      setSent({ text: e instanceof ApiError ? e.message : 'Er ging iets mis.', error: true });
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="uitgaand-titel">
      <h2 id="uitgaand-titel">Uitgaande berichten</h2>
      {list && (
        <p>
          {formatNumber(list.counts.pending)} klaar voor verzending, {formatNumber(list.counts.sent)}{' '}
          verzonden, {formatNumber(list.counts.failed)} mislukt.{' '}
          {list.smtpConfigured
            ? 'Er is een mailserver ingesteld; berichten worden verzonden.'
            : 'Er is geen mailserver ingesteld (WEGWIJZER_SMTP_URL en WEGWIJZER_MAIL_FROM): berichten blijven klaarstaan.'}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="uitgaand-status">Status</label>
          <select
            id="uitgaand-status"
            value={state}
            onChange={(e) => setState(e.target.value as OutboxState | '')}
          >
            <option value="">Alle berichten</option>
            {(Object.keys(OUTBOX_STATE_LABELS) as OutboxState[]).map((s) => (
              <option key={s} value={s}>
                {OUTBOX_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list?.smtpConfigured && (
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={sending}
            onClick={() => void send()}
          >
            Nu verzenden
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {sending && <Loading text="Berichten verzenden…" />}
        {sent && !sent.error && <p>{sent.text}</p>}
      </div>
      {sent?.error && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{sent.text}</p>
        </div>
      )}
      {error && <ErrorAlert error={error} onRetry={() => load()} />}
      {!list && !error && <Loading />}
      {list && list.messages.length === 0 && <p className="empty">Geen berichten.</p>}
      {list && list.messages.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>
              Uitgaande berichten, nieuwste eerst ({formatNumber(list.messages.length)} getoond)
            </caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Ontvanger</th>
                <th scope="col">Onderwerp</th>
                <th scope="col">Aangemaakt</th>
                <th scope="col">Verzonden</th>
              </tr>
            </thead>
            <tbody>
              {list.messages.map((m) => (
                <tr key={m.id}>
                  <td>
                    <span className={STATE_BADGES[m.state]}>{OUTBOX_STATE_LABELS[m.state]}</span>
                    {m.attempts > 0 && m.state !== 'sent' && (
                      <span className="outbox-error">
                        {m.attempts} {m.attempts === 1 ? 'poging' : 'pogingen'}
                        {m.lastError ? `: ${m.lastError}` : ''}
                      </span>
                    )}
                  </td>
                  <td>{m.recipient}</td>
                  <td>
                    <details>
                      <summary>{m.subject}</summary>
                      <pre className="outbox-body">{m.body}</pre>
                    </details>
                  </td>
                  <td>{formatMoment(m.createdAt)}</td>
                  <td>{m.sentAt ? formatMoment(m.sentAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
