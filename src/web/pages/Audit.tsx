/**
 * Audittrail for the coordinator and the administrator (NEN 7513): who did what with whose data,
 * filtered by event, person (pseudonym), user and period; the overview per person for a patient's
 * request to see who accessed their data; and, for the administrator, the chain check. Looking
 * at the trail is itself logged.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { authApi, sessionMay, type AuditEntry, type ChainVerdict } from '../api-auth';
import { AUDIT_EVENTS } from '../../domain/audit/entry';
import { ROLES } from '../../domain/access/roles';
import { useSession } from '../session';

const roleLabel = (role: string | null) => (role ? (ROLES.find((r) => r.id === role)?.label ?? role) : '—');
const when = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'medium' });
const detailsText = (details: AuditEntry['details']) =>
  Object.entries(details)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');

export function Audit() {
  const { session } = useSession();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [event, setEvent] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [perPerson, setPerPerson] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [loading, setLoading] = useState(false);

  async function search(event_?: FormEvent) {
    event_?.preventDefault();
    setError(null);
    setLoading(true);
    try {
      if (pseudonym && perPerson) setEntries(await authApi.personOverview(pseudonym.trim()));
      else
        setEntries(
          await authApi.audit({
            event: event || undefined,
            pseudonym: pseudonym.trim() || undefined,
            from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
            to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined,
            limit: 200,
          }),
        );
    } catch (e) {
      setError(
        e instanceof ApiError
          ? [e.message, ...e.details.map((d) => `${d.field} ${d.message}`)].join(' ')
          : 'De audittrail kon niet worden geladen.',
      );
    } finally {
      setLoading(false);
    }
  }
  useEffect(() => {
    void search();
    // Load the newest entries once on arrival; later searches come from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="auth-ui">
      <div className="page-intro">
        <h1>Audittrail</h1>
        <p className="lead">
          Wie heeft wanneer welke gegevens ingezien of gewijzigd, namens welke organisatie. Uw eigen inzage
          wordt ook vastgelegd.
        </p>
      </div>
      <form className="filters card" onSubmit={(e) => void search(e)}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="audit-event">Gebeurtenis</label>
            <select id="audit-event" value={event} onChange={(e) => setEvent(e.target.value)}>
              <option value="">Alle</option>
              {AUDIT_EVENTS.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-person">Persoon (pseudoniem)</label>
            <input id="audit-person" value={pseudonym} onChange={(e) => setPseudonym(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="audit-from">Vanaf</label>
            <input id="audit-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">Tot en met</label>
            <input id="audit-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={perPerson} onChange={(e) => setPerPerson(e.target.checked)} />{' '}
          Overzicht voor deze persoon (inzagerecht), oudste eerst
        </label>
        <div className="form-actions">
          <button className="button button--primary" type="submit" disabled={loading}>
            {loading ? 'Bezig…' : 'Zoeken'}
          </button>
        </div>
      </form>
      <div aria-live="polite" role="status">
        {error ? <div className="alert alert--error">{error}</div> : null}
        {verdict ? (
          <div className={verdict.ok ? 'note' : 'alert alert--error'}>
            {verdict.ok
              ? `De hashketen klopt: ${verdict.checked} items gecontroleerd.`
              : `De hashketen is verbroken bij item ${verdict.brokenAt ?? '?'} (${verdict.reason ?? 'onbekend'}).`}
          </div>
        ) : null}
      </div>
      {perPerson && pseudonym.trim() ? (
        <p>
          <a href={`/api/audit/persons/${encodeURIComponent(pseudonym.trim())}/export`} download>
            Overzicht voor deze persoon downloaden (CSV)
          </a>{' '}
          <span className="hint">Het downloaden wordt vastgelegd als export.</span>
        </p>
      ) : null}
      {sessionMay(session, 'audit:verify') ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => authApi.verifyAudit().then(setVerdict, () => setError('De controle is mislukt.'))}
          >
            Hashketen controleren
          </button>
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption>{entries.length} items</caption>
          <thead>
            <tr>
              <th scope="col">Tijdstip</th>
              <th scope="col">Gebeurtenis</th>
              <th scope="col">Gebruiker</th>
              <th scope="col">Rol</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Persoon</th>
              <th scope="col">Object</th>
              <th scope="col">Bijzonderheden</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{when(e.at)}</td>
                <td>
                  {e.eventLabel}
                  {e.outcome === 'failure' ? ' (mislukt)' : ''}
                </td>
                <td>{e.actorName ?? '—'}</td>
                <td>{roleLabel(e.actorRole)}</td>
                <td>{e.actorOrganizationName ?? '—'}</td>
                <td>{e.subjectPseudonym ?? '—'}</td>
                <td>{[e.objectType, e.objectId].filter(Boolean).join(' ')}</td>
                <td>{detailsText(e.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
