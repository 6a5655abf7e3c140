/**
 * The facts to confirm of one organisation, grouped by state (onbekend, verouderd, binnenkort
 * verouderd) under headings that say the state in words, each fact with a link to its service's
 * page in the provider portal.
 */
import { Link } from 'react-router';
import { CURRENCY_STATES } from '../../../domain/waiting/currency';
import { STATE_BADGES, STATE_LABELS, type FactItem } from './freshness-api';

const HEADINGS: Record<FactItem['state'], string> = {
  onbekend: 'Onbekend: ouder dan 90 dagen of nooit opgegeven',
  verouderd: 'Verouderd: ouder dan 30 dagen',
  'binnenkort-verouderd': 'Binnenkort verouderd: binnen 7 dagen',
};

export function FactList({ items, headingLevel = 2 }: { items: FactItem[]; headingLevel?: 2 | 3 }) {
  if (items.length === 0) {
    return <p className="empty">Alle gegevens zijn actueel: er is niets te bevestigen.</p>;
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {CURRENCY_STATES.map((state) => {
        const ofState = items.filter((item) => item.state === state);
        if (ofState.length === 0) return null;
        const id = `feiten-${state}`;
        return (
          <section key={state} aria-labelledby={id} className="fact-group">
            <Heading id={id}>
              {HEADINGS[state]} ({ofState.length})
            </Heading>
            <ul className="fact-list">
              {ofState.map((item) => (
                <li key={item.key} className="fact-list__item">
                  <span className={STATE_BADGES[state]}>{STATE_LABELS[state]}</span>{' '}
                  <Link to={`/portaal/diensten/${item.serviceId}`}>{item.serviceName}</Link>
                  <p className="fact-list__text">{item.text}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
