/**
 * GGZ-overlegtafel (/overlegtafel). One page whose parts follow the permission model: everyone who
 * may read sees the region's upcoming sessions; a GP or POH-GGZ (case-review:submit) brings in a
 * case and sees the practice's own cases with their advice; participants see the anonymised agenda
 * per session; the coordinator (case-review:manage) also orders it, records advice and plans
 * sessions. App.tsx routes /overlegtafel/* here behind case-review:read.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { ROUTES, isRouteId } from '../../../domain/routes/route-catalog';
import { ApiError } from '../../api';
import { sessionMay } from '../../api-auth';
import { ErrorAlert, Loading } from '../../components/status';
import { useSession } from '../../session';
import { NotFoundPage } from '../NotFoundPage';
import { Agenda } from './Agenda';
import { CaseForm } from './CaseForm';
import { caseReviewApi, type CaseView, type SessionsAnswer } from './case-review-api';
import { OwnCases } from './OwnCases';
import { RegionSelect, useRegionChoice } from './region-choice';
import { SessionPlanner } from './SessionPlanner';
import { SessionTable } from './SessionTable';
import './case-review.css';

export function CaseReviewPages() {
  return (
    <Routes>
      <Route index element={<CaseReviewPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function CaseReviewPage() {
  const { session } = useSession();
  const maySubmit = sessionMay(session, 'case-review:submit');
  const mayManage = sessionMay(session, 'case-review:manage');
  const { regions, regionId, choose, error: regionError } = useRegionChoice();
  const [answer, setAnswer] = useState<SessionsAnswer | null>(null);
  const [cases, setCases] = useState<CaseView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    if (!regionId) return;
    setError(null);
    try {
      const [sessions, own] = await Promise.all([
        caseReviewApi.sessions(regionId),
        maySubmit ? caseReviewApi.cases() : Promise.resolve(null),
      ]);
      setAnswer(sessions);
      setCases(own);
    } catch (e) {
      setError(
        e instanceof ApiError ? e : new ApiError(0, 'fout', 'De overlegtafel kon niet worden geladen.'),
      );
    }
  }, [regionId, maySubmit]);

  useEffect(() => {
    setAnswer(null);
    void load();
  }, [load]);

  const reload = () => void load();
  const participant = answer?.sessions.some((s) => s.cases !== null) ?? false;

  return (
    <>
      <div className="page-intro">
        <h1>GGZ-overlegtafel</h1>
        <p className="lead">
          Bespreek een geanonimiseerde casus met professionals uit de GGZ en het sociaal domein, zonder de
          patiënt erbij. De tafel geeft advies over de vervolgstap en het aanbod.
        </p>
      </div>
      {regionError && <ErrorAlert error={regionError} />}
      {regions && (
        <RegionSelect
          id="overlegtafel-regio"
          regions={regions}
          value={regionId}
          onChange={choose}
          hint="Uw keuze wordt onthouden op dit apparaat."
        />
      )}
      {error && <ErrorAlert error={error} onRetry={reload} />}
      {!answer && !error && <Loading />}
      {answer && !answer.available && (
        <div className="note">
          <p>{answer.note ?? 'Deze regio heeft geen GGZ-overlegtafel.'}</p>
          {answer.replacedBy && isRouteId(answer.replacedBy) && (
            <p>
              In plaats daarvan: {ROUTES[answer.replacedBy].label}.{' '}
              {answer.replacedBy === 'consultatie-ggz' && (
                <Link to="/consultaties">Naar Consultatie GGZ</Link>
              )}
            </p>
          )}
        </div>
      )}
      {answer?.available && (
        <>
          <section aria-labelledby="sessies-titel">
            <h2 id="sessies-titel">Komende sessies</h2>
            {answer.rhythm && (
              <p>
                Elke {answer.rhythm.intervalWeeks === 1 ? 'week' : `${answer.rhythm.intervalWeeks} weken`}, om{' '}
                {answer.rhythm.startTime}, {answer.rhythm.place}. U kunt een casus inbrengen tot en met de
                tweede werkdag voor de sessie.
              </p>
            )}
            <SessionTable sessions={answer.sessions} regionName={answer.region.name} />
          </section>
          {maySubmit && (
            <section aria-labelledby="inbrengen-titel">
              <h2 id="inbrengen-titel">Casus inbrengen</h2>
              <CaseForm sessions={answer.sessions} onSubmitted={reload} />
            </section>
          )}
          {participant && (
            <section aria-labelledby="agenda-titel">
              <h2 id="agenda-titel">Agenda per sessie</h2>
              <Agenda sessions={answer.sessions} manage={mayManage} onChanged={reload} />
            </section>
          )}
          {mayManage && (
            <section aria-labelledby="plannen-titel">
              <h2 id="plannen-titel">Extra sessie plannen</h2>
              <SessionPlanner
                regionId={regionId}
                defaultPlace={answer.rhythm?.place ?? 'online'}
                onAdded={reload}
              />
            </section>
          )}
        </>
      )}
      {maySubmit && cases && (
        <section aria-labelledby="eigen-titel">
          <h2 id="eigen-titel">Casussen van uw praktijk</h2>
          <OwnCases cases={cases} regions={regions ?? []} />
        </section>
      )}
    </>
  );
}
