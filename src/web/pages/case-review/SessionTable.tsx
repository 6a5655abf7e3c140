/** The upcoming sessions of a region as a table: when, where, until when to bring a case in, how full. */
import { formatDutchDate } from '../../../domain/calendar/iso-date';
import { whenOf, type SessionView } from './case-review-api';

export function SessionTable({ sessions, regionName }: { sessions: SessionView[]; regionName: string }) {
  if (sessions.length === 0) return <p className="empty">Er zijn geen sessies gepland.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Sessies van de overlegtafel in {regionName}</caption>
        <thead>
          <tr>
            <th scope="col">Sessie</th>
            <th scope="col">Plaats</th>
            <th scope="col">Inbrengen tot en met</th>
            <th scope="col">Casussen</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {whenOf(s)} {s.cancelled && <span className="badge badge--fout">Vervallen</span>}
              </th>
              <td>{s.place}</td>
              <td>
                {formatDutchDate(s.lastSubmissionDay)}
                {!s.cancelled && !s.open && <> (gesloten)</>}
              </td>
              <td>
                {s.caseCount}
                {s.ownCaseCount > 0 && <> (waarvan {s.ownCaseCount} van uw praktijk)</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
