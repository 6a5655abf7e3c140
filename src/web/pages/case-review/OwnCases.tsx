/** The practice's own cases with the table's advice and a link to the next step. */
import { dateInNetherlands, formatDutchDate } from '../../../domain/calendar/iso-date';
import type { RegionView } from '../../api-advice';
import { ageOfBand, type CaseView } from './case-review-api';
import { RouteLinks } from './route-links';

export function OwnCases({ cases, regions }: { cases: CaseView[]; regions: readonly RegionView[] }) {
  if (cases.length === 0) return <p className="empty">Uw praktijk heeft nog geen casus ingebracht.</p>;
  return (
    <ul className="agenda">
      {cases.map((item) => (
        <li key={item.id}>
          <h3 className="agenda__heading">
            Casus voor {formatDutchDate(item.session.date)}{' '}
            <span className={`badge ${item.state === 'besproken' ? 'badge--goed' : 'badge--info'}`}>
              {item.state === 'besproken' ? 'Besproken' : 'Op de agenda'}
            </span>
          </h3>
          <p className="agenda__meta">
            {item.region.name} · {item.ageBand ? `${item.ageBand} jaar` : 'leeftijd onbekend'} · ingebracht
            door {item.submitterName}
            {item.session.cancelled ? ' · sessie vervallen' : ''}
          </p>
          <p>{item.summary}</p>
          <p>
            <strong>Vraag:</strong> {item.question}
          </p>
          {item.advice && item.advisedRoute ? (
            <div className="advice-block">
              <p>
                <strong>Advies van de tafel: {item.advisedRouteLabel ?? item.advisedRoute}</strong>
              </p>
              <p>{item.advice}</p>
              <p className="agenda__meta">
                Vastgelegd door {item.advisedBy}
                {item.advisedAt
                  ? ` op ${formatDutchDate(dateInNetherlands(new Date(item.advisedAt)), { weekday: false })}`
                  : ''}
              </p>
              <RouteLinks
                route={item.advisedRoute}
                region={regions.find((r) => r.id === item.region.id)}
                age={ageOfBand(item.ageBand)}
              />
            </div>
          ) : (
            <p className="agenda__meta">Nog geen advies.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
