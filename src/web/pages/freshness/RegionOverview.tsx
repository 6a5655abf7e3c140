/**
 * The coordinator's view of currency: a sortable table of organisations with their counts
 * (onbekend, verouderd, binnenkort verouderd), "Herinneringen klaarzetten" with the result
 * announced, and the outbox below it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { ErrorAlert, Loading } from '../../components/status';
import { formatNumber } from '../../format';
import {
  freshnessApi,
  formatMoment,
  type FreshnessOverview,
  type OrganizationSummary,
} from './freshness-api';
import { OutboxSection } from './OutboxSection';

type SortKey =
  | 'organizationName'
  | 'services'
  | 'onbekend'
  | 'verouderd'
  | 'binnenkortVerouderd'
  | 'recipients'
  | 'lastReminderAt';
type Direction = 'ascending' | 'descending';

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'organizationName', label: 'Organisatie', numeric: false },
  { key: 'services', label: 'Diensten', numeric: true },
  { key: 'onbekend', label: 'Onbekend', numeric: true },
  { key: 'verouderd', label: 'Verouderd', numeric: true },
  { key: 'binnenkortVerouderd', label: 'Binnenkort verouderd', numeric: true },
  { key: 'recipients', label: 'Ontvangers', numeric: true },
  { key: 'lastReminderAt', label: 'Laatste herinnering', numeric: false },
];

function compare(a: OrganizationSummary, b: OrganizationSummary, key: SortKey): number {
  if (key === 'organizationName') return a.organizationName.localeCompare(b.organizationName, 'nl');
  if (key === 'lastReminderAt') return (a.lastReminderAt ?? '').localeCompare(b.lastReminderAt ?? '');
  return a[key] - b[key];
}

function OrganizationTable({ organizations }: { organizations: OrganizationSummary[] }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'onbekend',
    direction: 'descending',
  });
  const [onlyDue, setOnlyDue] = useState(false);
  const rows = useMemo(() => {
    const shown = onlyDue ? organizations.filter((o) => o.onbekend + o.verouderd > 0) : organizations;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...shown].sort(
      (a, b) =>
        sign * compare(a, b, sort.key) ||
        (sort.key === 'onbekend' ? sign * (a.verouderd - b.verouderd) : 0) ||
        a.organizationName.localeCompare(b.organizationName, 'nl'),
    );
  }, [organizations, sort, onlyDue]);
  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key
          ? current.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'organizationName'
            ? 'ascending'
            : 'descending',
    }));
  const sortedLabel = COLUMNS.find((c) => c.key === sort.key)?.label ?? '';

  return (
    <>
      <div className="checkbox">
        <input
          id="alleen-te-bevestigen"
          type="checkbox"
          checked={onlyDue}
          onChange={(e) => setOnlyDue(e.target.checked)}
        />
        <label htmlFor="alleen-te-bevestigen">Alleen organisaties met verouderde of onbekende gegevens</label>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {rows.length} organisaties, gesorteerd op {sortedLabel.toLowerCase()} (
        {sort.direction === 'ascending' ? 'oplopend' : 'aflopend'}).
      </p>
      <div className="table-wrap">
        <table>
          <caption>Actualiteit per organisatie ({rows.length}); klik op een kolomkop om te sorteren</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                  className={column.numeric ? 'number-cell' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label}
                    {sort.key === column.key ? (
                      <span aria-hidden="true">{sort.direction === 'ascending' ? ' ▲' : ' ▼'}</span>
                    ) : null}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.organizationId}>
                <th scope="row">
                  <Link to={`/actualiteit/${o.organizationId}`}>{o.organizationName}</Link>
                </th>
                <td className="number-cell">{formatNumber(o.services)}</td>
                <td className="number-cell">{formatNumber(o.onbekend)}</td>
                <td className="number-cell">{formatNumber(o.verouderd)}</td>
                <td className="number-cell">{formatNumber(o.binnenkortVerouderd)}</td>
                <td className="number-cell">{formatNumber(o.recipients)}</td>
                <td>{o.lastReminderAt ? formatMoment(o.lastReminderAt) : 'Nog niet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

export function RegionOverview() {
  const [overview, setOverview] = useState<FreshnessOverview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [outboxVersion, setOutboxVersion] = useState(0);

  const load = useCallback((signal?: AbortSignal) => {
    setError(null);
    freshnessApi.overview(undefined, signal).then(setOverview, (e: unknown) => {
      if (e instanceof ApiError) setError(e);
    });
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const writeReminders = async () => {
    setBusy(true);
    setResult(null);
    try {
      const run = await freshnessApi.writeReminders();
      const week = run.week.replace(/^\d{4}-W0?/, '');
      const parts = [
        `${plural(run.written, 'herinnering', 'herinneringen')} klaargezet voor week ${week}.`,
        run.alreadyWritten > 0
          ? `${plural(run.alreadyWritten, 'organisatie had', 'organisaties hadden')} deze week al een herinnering.`
          : '',
        run.withoutRecipients > 0
          ? `${plural(run.withoutRecipients, 'organisatie heeft', 'organisaties hebben')} geen medewerker met een account om naar te schrijven.`
          : '',
      ];
      setResult({ text: parts.filter(Boolean).join(' '), error: false });
      load();
      setOutboxVersion((v) => v + 1);
    } catch (e) {
      setResult({ text: e instanceof ApiError ? e.message : 'Er ging iets mis.', error: true });
    } finally {
      setBusy(false);
    }
  };

  const totals = overview?.organizations.reduce(
    (sum, o) => ({
      onbekend: sum.onbekend + o.onbekend,
      verouderd: sum.verouderd + o.verouderd,
      binnenkort: sum.binnenkort + o.binnenkortVerouderd,
    }),
    { onbekend: 0, verouderd: 0, binnenkort: 0 },
  );

  return (
    <>
      <div className="page-intro">
        <h1>Actualiteit</h1>
        <p className="lead">
          Hoe actueel de gegevens van de aanbieders zijn. Na 30 dagen is een gegeven verouderd (verwijzers
          zien een waarschuwing en de dienst staat lager), na 90 dagen onbekend. Aanbieders met verouderde of
          onbekende gegevens krijgen hooguit één herinnering per week.
        </p>
      </div>
      <p className="jump">
        Naar: <a href="#organisaties-titel">Organisaties</a> ·{' '}
        <a href="#uitgaand-titel">Uitgaande berichten</a>
      </p>
      <section aria-labelledby="herinneringen-titel">
        <h2 id="herinneringen-titel">Herinneringen</h2>
        <p>
          Klaarzetten schrijft een e-mail naar de medewerkers van elke aanbieder met verouderde of onbekende
          gegevens, met de lijst en een link naar het portaal. Wie deze week al een herinnering kreeg, krijgt
          er geen tweede.
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void writeReminders()}
          >
            Herinneringen klaarzetten
          </button>
        </div>
        <div role="status" aria-live="polite">
          {busy && <Loading text="Herinneringen klaarzetten…" />}
          {result && !result.error && <p>{result.text}</p>}
        </div>
        {result?.error && (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{result.text}</p>
          </div>
        )}
      </section>
      {error && <ErrorAlert error={error} onRetry={() => load()} />}
      {!overview && !error && <Loading />}
      {overview && totals && (
        <section aria-labelledby="organisaties-titel">
          <h2 id="organisaties-titel">Organisaties</h2>
          <p>
            In de regio: {plural(totals.onbekend, 'gegeven', 'gegevens')} onbekend,{' '}
            {plural(totals.verouderd, 'gegeven', 'gegevens')} verouderd en{' '}
            {plural(totals.binnenkort, 'gegeven', 'gegevens')} binnenkort verouderd.
          </p>
          <OrganizationTable organizations={overview.organizations} />
        </section>
      )}
      <OutboxSection version={outboxVersion} />
    </>
  );
}
