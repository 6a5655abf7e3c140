/** The requests for a verkennend gesprek: a practice its own, the coordinator all of them. */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { dateInNetherlands, formatDutchDate } from '../../../domain/calendar/iso-date';
import { ApiError } from '../../api';
import { sessionMay } from '../../api-auth';
import { ErrorAlert, Loading } from '../../components/status';
import { useSession } from '../../session';
import { exploratoryApi, STATE_BADGES, STATE_LABELS, type ExploratoryView } from './exploratory-api';

export function ExploratoryList() {
  const { session } = useSession();
  const mayRequest = sessionMay(session, 'exploratory:request');
  const [items, setItems] = useState<ExploratoryView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      setItems(await exploratoryApi.list());
    } catch (e) {
      setError(
        e instanceof ApiError ? e : new ApiError(0, 'fout', 'De aanvragen konden niet worden geladen.'),
      );
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <div className="page-intro">
        <h1>Verkennend gesprek</h1>
        <p className="lead">
          Weet u nog niet wat past, maar is er wel GGZ-problematiek? In een verkennend gesprek zoeken drie
          wegwijzers (een GGZ-specialist, een ondersteuner uit het sociaal domein en een ervaringsdeskundige)
          in één uur met de patiënt en een naaste uit wat past.
        </p>
        {mayRequest && (
          <p>
            <Link className="button button--primary" to="nieuw">
              Verkennend gesprek aanvragen
            </Link>
          </p>
        )}
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void load()} />}
      {!items && !error && <Loading />}
      {items && items.length === 0 && <p className="empty">Er zijn nog geen aanvragen.</p>}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Aanvragen voor een verkennend gesprek</caption>
            <thead>
              <tr>
                <th scope="col">Patiënt</th>
                <th scope="col">Aangevraagd</th>
                <th scope="col">Status</th>
                <th scope="col">Gesprek</th>
                <th scope="col">Regio</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={item.id}>{item.patient.name}</Link>
                  </th>
                  <td>
                    {formatDutchDate(dateInNetherlands(new Date(item.requestedAt)), { weekday: false })}
                    {!mayRequest && <> door {item.requester.organizationName}</>}
                  </td>
                  <td>
                    <span className={`badge ${STATE_BADGES[item.state]}`}>{STATE_LABELS[item.state]}</span>
                    {item.overdue && <> (niet binnen 2 weken gepland)</>}
                  </td>
                  <td>
                    {item.planning
                      ? `${formatDutchDate(item.planning.date, { weekday: false })} om ${item.planning.time}`
                      : '–'}
                  </td>
                  <td>{item.region.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
