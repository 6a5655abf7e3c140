/**
 * Actualiteit (/actualiteit): for a provider's staff the facts of their own organisation to
 * confirm ("Te bevestigen gegevens"), each linking to the service in the portal; for the regional
 * coordinator and the administrator the overview per organisation with reminders and the outbox,
 * and per organisation (/actualiteit/<id>) its list. Rules: docs/currency.md.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { ApiError } from '../../api';
import { sessionMay } from '../../api-auth';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDate, formatNumber } from '../../format';
import { useSession } from '../../session';
import { NotFoundPage } from '../NotFoundPage';
import { FactList } from './FactList';
import { freshnessApi, type FreshnessOverview } from './freshness-api';
import { RegionOverview } from './RegionOverview';
import './freshness.css';

function useOverview(organizationId?: string) {
  const [overview, setOverview] = useState<FreshnessOverview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(
    (signal?: AbortSignal) => {
      setError(null);
      freshnessApi.overview(organizationId, signal).then(setOverview, (e: unknown) => {
        if (e instanceof ApiError) setError(e);
      });
    },
    [organizationId],
  );
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);
  return { overview, error, retry: () => load() };
}

function Counts({ overview }: { overview: FreshnessOverview }) {
  const summary = overview.organizations[0];
  if (!summary) return null;
  return (
    <p>
      Op {formatDate(overview.today)}: {formatNumber(summary.onbekend)} onbekend,{' '}
      {formatNumber(summary.verouderd)} verouderd en {formatNumber(summary.binnenkortVerouderd)} binnenkort
      verouderd, in {formatNumber(summary.services)} {summary.services === 1 ? 'dienst' : 'diensten'}.
    </p>
  );
}

/** A provider's own list. */
function OwnFacts() {
  const { overview, error, retry } = useOverview();
  return (
    <>
      <div className="page-intro">
        <h1>Te bevestigen gegevens</h1>
        <p className="lead">
          Verwijzers zien hoe actueel uw gegevens zijn. Na 30 dagen krijgen zij een waarschuwing en staat uw
          dienst lager in de zoekresultaten; na 90 dagen geldt een gegeven als onbekend. Bevestig of wijzig de
          gegevens hieronder in het portaal.
        </p>
        <p>
          <Link to="/portaal">Naar het portaal: alle gegevens bijwerken of bevestigen</Link>
        </p>
      </div>
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!overview && !error && <Loading />}
      {overview?.detail && (
        <>
          <Counts overview={overview} />
          <FactList items={overview.detail.items} />
        </>
      )}
    </>
  );
}

/** One organisation's list, for the coordinator. */
function OrganizationFacts() {
  const { organizationId } = useParams();
  const { overview, error, retry } = useOverview(organizationId);
  return (
    <>
      <p className="back">
        <Link to="/actualiteit">← Terug naar het overzicht</Link>
      </p>
      {error && (
        <>
          <h1>Actualiteit</h1>
          <ErrorAlert error={error} onRetry={retry} />
        </>
      )}
      {!overview && !error && <Loading />}
      {overview?.detail && (
        <>
          <div className="page-intro">
            <h1>Te bevestigen gegevens van {overview.detail.organizationName}</h1>
            <Counts overview={overview} />
          </div>
          <FactList items={overview.detail.items} />
        </>
      )}
    </>
  );
}

function Overview() {
  const { session } = useSession();
  return sessionMay(session, 'outbox:manage') ? <RegionOverview /> : <OwnFacts />;
}

export function FreshnessPages() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path=":organizationId" element={<OrganizationFacts />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
