/**
 * /portaal: the organisation's services with the freshness of their facts, and "Niets gewijzigd –
 * alle gegevens bevestigen" (asked once more before it is done; the result is announced). A
 * coordinator or administrator first chooses the organisation (?organisatie=<id>).
 */
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CARE_KINDS, labelOf } from '../../../domain/catalog/vocabulary';
import { sessionMay } from '../../api-auth';
import { ApiError } from '../../api';
import { ErrorAlert, Loading } from '../../components/status';
import { formatNumber } from '../../format';
import { useApi } from '../../reference';
import { useSession } from '../../session';
import { FreshnessBadge, OrganizationPicker, useWorksForAnyOrganization } from './PortalParts';
import {
  portalApi,
  type ConfirmResultView,
  type PortalServiceView,
  type ServiceListView,
} from './portal-api';

/** "3 van 18 gegevens niet actueel": how many current facts hold the badge back. */
function behindCount(service: PortalServiceView): string | null {
  const facts = [
    ...service.waits.map((w) => w.freshness),
    ...service.contracts.filter((c) => c.current).map((c) => c.freshness),
    ...(service.pause ? [service.pause.freshness] : []),
  ];
  const behind = facts.filter((f) => f !== 'actueel').length;
  if (behind === 0) return facts.length === 0 ? 'Geen gegevens opgegeven' : null;
  return `${behind} van ${facts.length} gegevens niet actueel`;
}

/** The wait a service's row shows: the one for all groups, else how many groups have one. */
function waitSummary(service: PortalServiceView): string {
  if (service.waits.length === 0) return 'Geen wachttijd opgegeven';
  const general = service.waits.find((w) => w.diagnosisGroup === null);
  const shown = general ?? (service.waits.length === 1 ? service.waits[0] : undefined);
  if (shown) return `${formatNumber(shown.registrationWeeks)} + ${formatNumber(shown.treatmentWeeks)} weken`;
  return `${service.waits.length} diagnosegroepen`;
}

export function PortalOverview() {
  const [params] = useSearchParams();
  const { session } = useSession();
  const anyOrganization = useWorksForAnyOrganization('care-map:edit');
  const organizationId = params.get('organisatie') ?? undefined;
  const key = anyOrganization && !organizationId ? null : (organizationId ?? 'eigen');
  const list = useApi(key, (signal) => portalApi.services(organizationId, signal));
  /** The list as reloaded after a confirmation, so the page keeps its place while it reloads. */
  const [reloaded, setReloaded] = useState<{ key: string | null; data: ServiceListView } | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConfirmResultView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const canManageKeys = session ? sessionMay(session, 'api-key:manage') : false;
  const suffix = organizationId ? `?organisatie=${encodeURIComponent(organizationId)}` : '';

  const confirmAll = async () => {
    setBusy(true);
    setError(null);
    try {
      const confirmed = await portalApi.confirm({ organizationId });
      setReloaded({ key, data: await portalApi.services(organizationId) });
      setResult(confirmed);
      setAsking(false);
      setTimeout(() => startButton.current?.focus(), 0);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis.'));
    } finally {
      setBusy(false);
    }
  };

  const data = reloaded?.key === key ? reloaded.data : list?.status === 'ready' ? list.data : null;
  const organization = data?.organization ?? null;
  const services = data?.services ?? [];
  const behind = services.filter((s) => s.freshness !== 'actueel').length;

  return (
    <div className="portal">
      <div className="page-intro">
        <h1>Mijn aanbod</h1>
        <p className="lead">
          Houd uw diensten, wachttijden, aanmeldstops en omzetplafonds actueel. Huisartsen en POH-GGZ zien
          wijzigingen direct in hun zoekresultaten. Gegevens ouder dan 30 dagen staan lager in de resultaten;
          na 90 dagen gelden ze als onbekend.
        </p>
      </div>
      {anyOrganization && <OrganizationPicker basePath="/portaal" chosenName={organization?.name} />}
      {!data && list?.status === 'loading' && <Loading />}
      {list?.status === 'error' && <ErrorAlert error={list.error} />}
      {organization && (
        <section aria-labelledby="portal-org-title">
          <h2 id="portal-org-title">{organization.name}</h2>
          <div className="portal-confirm">
            <p>
              {behind === 0
                ? 'Alle diensten zijn actueel.'
                : `${behind} van de ${services.length} diensten hebben gegevens die niet actueel zijn.`}{' '}
              Is er niets veranderd? Bevestig dan alle gegevens in één keer.
            </p>
            {!asking && (
              <button
                ref={startButton}
                type="button"
                className="button button--primary portal-confirm__button"
                onClick={() => {
                  setAsking(true);
                  setResult(null);
                  setTimeout(() => confirmButton.current?.focus(), 0);
                }}
              >
                Niets gewijzigd – alle gegevens bevestigen
              </button>
            )}
            {asking && (
              <div className="portal-ask" role="group" aria-labelledby="portal-ask-text">
                <p id="portal-ask-text">
                  <strong>
                    Weet u zeker dat alle wachttijden, aanmeldstops en contracten van {organization.name} nog
                    kloppen?
                  </strong>{' '}
                  Ze worden dan met de huidige waarden opnieuw vastgelegd met de datum van vandaag.
                </p>
                <div className="form-actions">
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button button--primary"
                    disabled={busy}
                    onClick={() => void confirmAll()}
                  >
                    Ja, alles bevestigen
                  </button>{' '}
                  <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                    Annuleren
                  </button>
                </div>
              </div>
            )}
            <div role="status" aria-live="polite">
              {busy && <p className="loading">Bezig met bevestigen…</p>}
              {result && <p className="portal-success">{result.message}</p>}
            </div>
            {error && <ErrorAlert error={error} />}
          </div>

          {services.length === 0 ? (
            <p>Deze organisatie heeft nog geen diensten op de sociale kaart.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Diensten van {organization.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Dienst</th>
                    <th scope="col">Soort zorg</th>
                    <th scope="col">Plaats</th>
                    <th scope="col">Wachttijd (aanmelden + behandeling)</th>
                    <th scope="col">Aanmeldstop</th>
                    <th scope="col">Actualiteit</th>
                  </tr>
                </thead>
                <tbody>
                  {services.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/portaal/diensten/${s.id}`}>{s.name}</Link>
                      </th>
                      <td>{labelOf(CARE_KINDS, s.kind)}</td>
                      <td>{s.city ?? 'Alleen online'}</td>
                      <td>{waitSummary(s)}</td>
                      <td>{s.pause?.active ? 'Ja' : 'Nee'}</td>
                      <td>
                        <FreshnessBadge value={s.freshness} />
                        {behindCount(s) && <span className="portal-fact-count">{behindCount(s)}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canManageKeys && (
            <p>
              Wilt u wachttijden automatisch vanuit uw eigen systeem doorgeven?{' '}
              <Link to={`/portaal/api-sleutels${suffix}`}>API-sleutels beheren</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
