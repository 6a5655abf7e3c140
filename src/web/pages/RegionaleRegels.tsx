/**
 * The regional rules of one region for its coordinator (verwijsadviseur): the rules that hold now,
 * a form to change or end one, and the change log with who changed what, when and why. The
 * keuzehulp uses these rules from the moment they are saved.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api';
import { decide } from '../../domain/access/permissions';
import {
  fetchRegionHistory,
  fetchRegionRules,
  fetchRegions,
  fetchRouteCatalog,
  fetchSession,
  type RegionView,
  type RuleVersion,
  type Session,
} from '../api-advice';
import { RuleEditForm } from '../components/regionale-regels/RuleEditForm';
import {
  changeLines,
  detailsText,
  recordedText,
  scopeText,
  validityText,
} from '../components/regionale-regels/rule-text';
import '../components/keuzehulp/keuzehulp.css';

interface Loaded {
  regions: RegionView[];
  rules: RuleVersion[];
  history: RuleVersion[];
  routes: { id: string; label: string }[];
  session: Session | null;
}

/** Whether the session may change regional rules, by the app's one permission model. */
function mayChangeRules(session: Session | null): boolean {
  if (!session?.signedIn || !session.user || !session.active || !session.stage) return false;
  const principal = {
    userId: session.user.id,
    displayName: session.user.displayName,
    role: session.active.role,
    organizationId: session.active.organizationId,
    stage: session.stage,
  };
  return decide(principal, 'route-rule:change').allowed;
}

export function RegionaleRegels() {
  const { id = 'ede-wageningen' } = useParams();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [regions, rules, history, catalog, session] = await Promise.all([
        fetchRegions(),
        fetchRegionRules(id),
        fetchRegionHistory(id),
        fetchRouteCatalog(),
        // Without a session the page still shows the rules; only changing them needs one.
        fetchSession().catch(() => null),
      ]);
      setLoaded({
        regions,
        rules,
        history,
        routes: catalog.routes.map((r) => ({ id: r.id, label: r.label })),
        session,
      });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'De afspraken konden niet worden geladen.');
    }
  }, [id]);

  useEffect(() => {
    setLoaded(null);
    setEditing(null);
    setMessage(null);
    void load();
  }, [load]);

  if (error) {
    return (
      <div className="kh kh-wide">
        <h1>Regionale afspraken</h1>
        <div className="alert alert--error" role="alert">
          <p>{error}</p>
        </div>
      </div>
    );
  }
  if (!loaded) return <p aria-live="polite">Afspraken worden geladen…</p>;

  const region = loaded.regions.find((r) => r.id === id);
  const routeLabel = (routeId: string) => loaded.routes.find((r) => r.id === routeId)?.label ?? routeId;
  const rule = loaded.rules.find((r) => r.ruleId === editing);
  const previousOf = (version: RuleVersion, index: number) =>
    loaded.history.slice(index + 1).find((v) => v.ruleId === version.ruleId);
  const canChange = mayChangeRules(loaded.session);

  return (
    <div className="kh kh-wide">
      <h1>Regionale afspraken: {region?.name ?? id}</h1>
      <p className="kh-intro">
        Welke routes er zijn in deze regio, met hun grenzen en geldigheid. De keuzehulp rekent met deze
        afspraken zodra ze zijn opgeslagen; elke wijziging blijft zichtbaar in het wijzigingslog.
      </p>
      <nav aria-label="Andere regio">
        <ul className="rr-region-nav">
          {loaded.regions
            .filter((r) => r.id !== id)
            .map((r) => (
              <li key={r.id}>
                <Link to={`/regio/${r.id}/regels`}>{r.name}</Link>
              </li>
            ))}
        </ul>
      </nav>
      {!canChange && (
        <p className="note">
          Alleen een verwijsadviseur (regionaal coördinator) of beheerder kan de afspraken wijzigen. Meld u
          aan met zo’n account om te wijzigen.
        </p>
      )}
      {message && (
        <p className="rr-success" role="status">
          {message}
        </p>
      )}

      <h2>Afspraken die nu gelden</h2>
      <div className="kh-table-scroll">
        <table className="rr-table">
          <caption className="hint kh-caption">
            {loaded.rules.length} afspraken; de meest specifieke (woonplaats, dan gemeente, dan regio) gaat
            voor.
          </caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Geldt voor</th>
              <th scope="col">Beschikbaar</th>
              <th scope="col">Geldig</th>
              <th scope="col">Gegevens</th>
              <th scope="col">Toelichting</th>
              <th scope="col">Laatst gewijzigd</th>
              {canChange && (
                <th scope="col">
                  <span className="visually-hidden">Actie</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {loaded.rules.map((r) => (
              <tr key={r.versionId}>
                <th scope="row">{routeLabel(r.route)}</th>
                <td>{scopeText(r, region)}</td>
                <td>{r.available ? 'Ja' : 'Nee'}</td>
                <td>{validityText(r)}</td>
                <td>{detailsText(r.details, routeLabel)}</td>
                <td>{r.note ?? '—'}</td>
                <td>
                  {recordedText(r)} door {r.changedBy}
                </td>
                {canChange && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary kh-button"
                      aria-label={`Wijzig ${routeLabel(r.route)} voor ${scopeText(r, region)} (${validityText(r)})`}
                      onClick={() => {
                        setMessage(null);
                        setEditing(r.ruleId);
                      }}
                    >
                      Wijzigen
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {rule && canChange && (
        <RuleEditForm
          key={rule.versionId}
          rule={rule}
          defaultName={loaded.session?.user?.displayName ?? ''}
          title={`${routeLabel(rule.route)} voor ${scopeText(rule, region)} wijzigen`}
          routes={loaded.routes}
          onCancel={() => setEditing(null)}
          onReload={() => void load()}
          onSaved={(_version, saved) => {
            setEditing(null);
            setMessage(saved);
            void load();
          }}
        />
      )}

      <h2>Wijzigingslog</h2>
      <div className="kh-table-scroll">
        <table className="rr-table">
          <caption className="hint kh-caption">Wijzigingslog, nieuwste eerst.</caption>
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Afspraak</th>
              <th scope="col">Wat</th>
              <th scope="col">Door</th>
              <th scope="col">Reden</th>
            </tr>
          </thead>
          <tbody>
            {loaded.history.map((v, index) => (
              <tr key={v.versionId} className={v.retired ? 'rr-retired' : undefined}>
                <td>{recordedText(v)}</td>
                <th scope="row">
                  {routeLabel(v.route)} — {scopeText(v, region)}
                </th>
                <td>
                  <ul>
                    {changeLines(v, previousOf(v, index), routeLabel).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
                <td>{v.changedBy}</td>
                <td>{v.changeReason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
