/**
 * "Zoek passend aanbod" (route "/"): the need form beside the results. The need lives in the query
 * string (see NeedForm.tsx for the parameter names); whenever the URL carries one, the page runs
 * POST /api/match, so a link or the back button shows the same results again.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, type MatchOutcome } from '../api';
import { MatchResults, resultCountText, type ResultFilters } from '../components/MatchResults';
import { NeedForm } from '../components/NeedForm';
import {
  carryRematchParams,
  hasNeed,
  needFromParams,
  needToRequest,
  rematchFromParams,
} from '../components/need-params';
import { DemoBanner, ErrorAlert, Loading } from '../components/status';
import { useApi, useReference, type Loadable } from '../reference';

const NO_FILTERS: ResultFilters = { kind: '', withinNorm: false, online: false };

function runMatch(query: string, signal: AbortSignal): Promise<MatchOutcome> {
  const params = new URLSearchParams(query);
  const outcome = needToRequest(needFromParams(params));
  if ('problems' in outcome) {
    return Promise.reject(
      new ApiError(
        400,
        'ongeldige-invoer',
        'De hulpvraag in de link is niet volledig of niet geldig.',
        outcome.problems,
      ),
    );
  }
  const { excludeOrganizationIds } = rematchFromParams(params);
  return api.match(
    excludeOrganizationIds.length > 0 ? { ...outcome.need, excludeOrganizationIds } : outcome.need,
    signal,
  );
}

function statusText(match: Loadable<MatchOutcome> | null, filters: ResultFilters): string {
  if (!match) return '';
  if (match.status === 'loading') return 'Bezig met zoeken…';
  if (match.status === 'error') return 'Zoeken is niet gelukt.';
  return resultCountText(match.data, filters);
}

export function MatchPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const reference = useReference();
  const query = searchParams.toString();
  const needKey = hasNeed(searchParams) ? `${location.key}|${query}` : null;
  const match = useApi(needKey, (signal) => runMatch(query, signal));
  const [filterState, setFilterState] = useState<{ key: string | null; filters: ResultFilters }>({
    key: null,
    filters: NO_FILTERS,
  });
  // Filters belong to one set of results; a new search starts without them.
  const filters = filterState.key === needKey ? filterState.filters : NO_FILTERS;
  const setFilters = (next: ResultFilters) => setFilterState({ key: needKey, filters: next });

  const outcome = match?.status === 'ready' ? match.data : null;
  const excluded = rematchFromParams(searchParams).excludeOrganizationIds.length;

  // On a narrow screen the results sit below the form: bring them into view after a search.
  const results = useRef<HTMLElement>(null);
  const scrollWhenReady = useRef(false);
  useEffect(() => {
    if (!scrollWhenReady.current || match?.status !== 'ready' || !results.current) return;
    scrollWhenReady.current = false;
    if (results.current.getBoundingClientRect().top > window.innerHeight * 0.6) {
      results.current.scrollIntoView({ block: 'start' });
    }
  }, [match?.status]);
  const fictional = outcome
    ? [...outcome.results, ...outcome.excluded].some((r) => r.service.fictional)
    : false;

  return (
    <>
      <div className="page-intro">
        <h1>Zoek passend aanbod</h1>
        <p className="lead">
          Beschrijf de hulpvraag. Wegwijzer zoekt aanbod dat past én beschikbaar is voor deze patiënt:
          werkgebied, contract en omzetplafond van de zorgverzekeraar, aanmeldstop en wachttijd tegen de
          Treeknorm.
        </p>
      </div>
      <div className="match-layout">
        <div className="match-layout__form">
          {reference.status === 'loading' && <Loading text="Keuzelijsten laden…" />}
          {reference.status === 'error' && <ErrorAlert error={reference.error} onRetry={() => navigate(0)} />}
          {reference.status === 'ready' && (
            <NeedForm
              query={query}
              reference={reference.data}
              busy={match?.status === 'loading'}
              serverError={match?.status === 'error' ? match.error : null}
              onSubmit={(params) => {
                scrollWhenReady.current = true;
                navigate({
                  pathname: '/',
                  search: `?${carryRematchParams(searchParams, params).toString()}`,
                });
              }}
            />
          )}
        </div>
        <section
          ref={results}
          className="match-layout__results"
          aria-labelledby="resultaten-titel"
          aria-busy={match?.status === 'loading'}
        >
          <h2 id="resultaten-titel">Resultaten</h2>
          <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {statusText(match, filters)}
          </p>
          {fictional && <DemoBanner />}
          {excluded > 0 && (
            <p className="note">
              Opnieuw matchen na een afwijzing:{' '}
              {excluded === 1
                ? 'de aanbieder die deze patiënt afwees, wordt overgeslagen'
                : `${excluded} aanbieders die deze patiënt afwezen, worden overgeslagen`}{' '}
              (zie <strong>Waarom niet?</strong>).
            </p>
          )}
          {!match && (
            <div className="empty empty--start">
              <p>
                Vul de hulpvraag in en kies <strong>Zoek passend aanbod</strong>.
              </p>
              <p className="hint">
                U ziet per dienst de wachttijd tegen de Treeknorm, het contract met de zorgverzekeraar, de
                actualiteit van de gegevens, en bij <strong>Waarom niet?</strong> welke diensten afvallen en
                waarom.
              </p>
            </div>
          )}
          {match?.status === 'loading' && <Loading text="Passend aanbod zoeken…" />}
          {match?.status === 'error' &&
            (reference.status === 'ready' ? (
              <p className="hint">Zoeken is niet gelukt; de melding staat bij het formulier.</p>
            ) : (
              <ErrorAlert error={match.error} />
            ))}
          {outcome && reference.status === 'ready' && (
            <MatchResults
              outcome={outcome}
              reference={reference.data}
              filters={filters}
              onFiltersChange={setFilters}
            />
          )}
        </section>
      </div>
    </>
  );
}
