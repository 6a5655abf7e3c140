/**
 * One matched service: its rank, name (a link to the detail page), organisation and kind, where it
 * is and how far, its wait against the Treeknorm, status badges for the chosen insurer, the age of
 * its data and the reasons it fits.
 */
import { Link, useSearchParams } from 'react-router';
import { CARE_KINDS, labelOf } from '../../domain/catalog/vocabulary';
import { treeknormApplies as kindUnderTreeknorm } from '../../domain/waiting/treeknorm';
import type { MatchResult, Service } from '../api';
import { sessionMay } from '../api-auth';
import { formatKm } from '../format';
import { useSession } from '../session';
import { Badge, DataAge, ReasonList, type BadgeTone } from './Reasons';
import { WaitBar } from './WaitBar';

export function isOnline(service: Service): boolean {
  return service.modalities.includes('online') || service.modalities.includes('blended');
}

/** Only waits of the kinds the Treeknorm is about get a verdict against it. */
export function treeknormApplies(service: Service): boolean {
  return kindUnderTreeknorm(service.kind);
}

function badgesFor(result: MatchResult): { tone: BadgeTone; text: string }[] {
  const codes = new Set(result.reasons.map((r) => r.code));
  const badges: { tone: BadgeTone; text: string }[] = [];
  if (codes.has('contract'))
    badges.push({ tone: 'goed', text: 'Gecontracteerd' }, { tone: 'goed', text: 'Plafond open' });
  if (codes.has('plafond-bijna'))
    badges.push(
      { tone: 'goed', text: 'Gecontracteerd' },
      { tone: 'waarschuwing', text: 'Plafond bijna bereikt' },
    );
  if (codes.has('contract-onbekend')) badges.push({ tone: 'info', text: 'Contract niet gecontroleerd' });
  if (result.service.pause?.active) badges.push({ tone: 'fout', text: 'Aanmeldstop' });
  if (isOnline(result.service)) badges.push({ tone: 'info', text: 'Online' });
  return badges;
}

export function ServicePlace({ service, distanceKm }: { service: Service; distanceKm: number | null }) {
  if (!service.location) return <>Alleen online</>;
  return (
    <>
      {service.location.city}
      {distanceKm !== null && <> · {formatKm(distanceKm)}</>}
    </>
  );
}

/** The wait as a bar; without a known wait the reasons say why (no waiting list, or unknown). */
export function WaitSummaryView({ result }: { result: MatchResult }) {
  const { waitWeeks, service } = result;
  if (!waitWeeks) return null;
  return (
    <WaitBar
      registration={waitWeeks.registration}
      treatment={waitWeeks.treatment}
      status={waitWeeks.normStatus}
      normApplies={treeknormApplies(service)}
    />
  );
}

/**
 * Reasons the card already shows in another form: the wait (the bar and its sentence) and the age
 * of the data (the line at the bottom). A wait reported for another diagnosis group stays, since
 * the bar does not say that.
 */
function reasonsToList(result: MatchResult) {
  return result.reasons.filter(
    (r) =>
      r.code !== 'gegevens-oud' &&
      !(r.code === 'wachttijd' && result.waitWeeks && !r.text.includes('andere diagnosegroep')),
  );
}

/**
 * "Verwijzen": the referral form for this service, with the need of this match (and, after a
 * rejection, the referral it replaces) in the link. Only for those who may send a referral.
 */
function ReferLink({ service }: { service: Service }) {
  const { session } = useSession();
  const [searchParams] = useSearchParams();
  if (!session?.signedIn || session.stage !== 'full' || !sessionMay(session, 'referral:create')) return null;
  const params = new URLSearchParams(searchParams);
  params.set('dienst', service.id);
  return (
    <p className="result__actions">
      <Link className="button button--secondary" to={`/verwijzingen/nieuw?${params.toString()}`}>
        Verwijzen
        <span className="visually-hidden">
          {' '}
          naar {service.name} ({service.organizationName})
        </span>
      </Link>
    </p>
  );
}

export function ResultCard({ result }: { result: MatchResult }) {
  const { service } = result;
  const headingId = `dienst-${service.id}`;
  const badges = badgesFor(result);
  return (
    <article className="card result" aria-labelledby={headingId}>
      <div className="result__rank" aria-hidden="true">
        {result.rank}
      </div>
      <div className="result__body">
        <header className="result__header">
          <h3 id={headingId} className="result__title">
            <span className="visually-hidden">Nummer {result.rank}: </span>
            <Link to={`/diensten/${service.id}`}>{service.name}</Link>
          </h3>
          <p className="result__meta">
            {service.organizationName} · {labelOf(CARE_KINDS, service.kind)}
          </p>
          <p className="result__place">
            <ServicePlace service={service} distanceKm={result.distanceKm} />
          </p>
        </header>
        {badges.length > 0 && (
          <ul className="badges" aria-label="Status">
            {badges.map((b) => (
              <li key={b.text}>
                <Badge tone={b.tone}>{b.text}</Badge>
              </li>
            ))}
          </ul>
        )}
        <WaitSummaryView result={result} />
        <ReasonList reasons={reasonsToList(result)} />
        <p className="result__footer">
          <DataAge days={result.dataAgeDays} />
        </p>
        <ReferLink service={service} />
      </div>
    </article>
  );
}
