/**
 * /verwijzingen/:id: one referral. Who and what it is about, where it stands (state and worklist
 * signals), the letter (PDF) and the FHIR export, the timeline of every step, and the steps the
 * caller may take now. For a rejected referral the referrer can match again without the provider
 * that rejected, and the next referral links back to this one. Opening the page is an audited read.
 */
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { labelOf as catalogLabel, SEVERITIES } from '../../../domain/catalog/vocabulary';
import { COMPLEXITIES, RISK_LEVELS } from '../../../domain/routes/help-question';
import { ApiError } from '../../api';
import { needRequestToParams } from '../../components/need-params';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDate, formatDateTime } from '../../format';
import { useApi, useReference } from '../../reference';
import { referralApi, type Referral } from './referral-api';
import { ReferralActions } from './ReferralActions';
import {
  eventLabel,
  flagLabel,
  reasonLabel,
  returnMessageLabel,
  routeLabel,
  stateLabel,
} from './referral-words';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const orDash = (value: string | null | undefined) => (value && value.trim() !== '' ? value : '—');

function eventCode(kind: string, code: string | null): string | null {
  if (!code) return null;
  if (kind === 'afgewezen') return `Reden: ${reasonLabel(code).toLowerCase()}`;
  if (kind === 'terugbericht') return returnMessageLabel(code);
  return null;
}

function Timeline({ referral }: { referral: Referral }) {
  return (
    <ol className="timeline">
      {referral.events.map((event) => {
        const code = eventCode(event.kind, event.code);
        const intakeOn = typeof event.details.intakeOn === 'string' ? event.details.intakeOn : null;
        return (
          <li key={event.id} className={`timeline__item timeline__item--${event.kind}`}>
            <p className="timeline__title">
              <strong>{eventLabel(event.kind)}</strong>
              {code && <> · {code}</>}
              {intakeOn && <> · op {formatDate(intakeOn)}</>}
            </p>
            <p className="timeline__meta">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              {event.actorName && <> · {event.actorName}</>}
              {event.actorOrganizationName && <> ({event.actorOrganizationName})</>}
            </p>
            {event.message && <p className="timeline__message">{event.message}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function RematchButton({ referral }: { referral: Referral }) {
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const rematch = await referralApi.rematch(referral.id);
      const params = rematch.need ? needRequestToParams(rematch.need) : new URLSearchParams();
      if (rematch.excludeOrganizations.length > 0)
        params.set('zonder', rematch.excludeOrganizations.map((o) => o.id).join(','));
      params.set('vorige', referral.id);
      navigate(`/?${params.toString()}`);
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught : new ApiError(0, 'onbekend', 'Opnieuw matchen is niet gelukt.'),
      );
      setBusy(false);
    }
  };
  return (
    <div className="rematch">
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void start()}>
        Opnieuw matchen zonder deze aanbieder
      </button>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

function ReferralView({
  referral,
  onChange,
}: {
  referral: Referral;
  onChange: (next: Referral, message: string) => void;
}) {
  const reference = useReference();
  const insurer =
    reference.status === 'ready' && referral.patient.insurerId
      ? (reference.data.insurers.find((i) => i.id === referral.patient.insurerId)?.label ??
        referral.patient.insurerId)
      : referral.patient.insurerId;
  const sent = referral.direction === 'verzonden';
  return (
    <>
      <section className="referral-status card" aria-labelledby="status-titel">
        <h2 id="status-titel" className="visually-hidden">
          Status
        </h2>
        <p className="referral-status__state">
          Status: <strong>{stateLabel(referral.state)}</strong>
          {referral.state === 'intake-gepland' && referral.intakeOn && (
            <> op {formatDate(referral.intakeOn)}</>
          )}
        </p>
        {referral.flags.length > 0 && (
          <ul className="badges" aria-label="Signalen">
            {referral.flags.map((flag) => (
              <li key={flag}>
                <span className={`badge badge--${flag === 'intake-gepland' ? 'goed' : 'waarschuwing'}`}>
                  {flagLabel(flag)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {referral.state === 'afgewezen' && referral.rejectionReason && (
          <p>
            Afgewezen door {referral.receiver.organizationName}:{' '}
            {reasonLabel(referral.rejectionReason).toLowerCase()}
            {referral.rejectionNote && <> ({referral.rejectionNote})</>}.
          </p>
        )}
        {referral.state === 'afgewezen' && sent && <RematchButton referral={referral} />}
        <p className="referral-documents">
          <a href={`/api/referrals/${referral.id}/brief.pdf`}>Verwijsbrief (PDF)</a>
          {' · '}
          <a href={`/api/referrals/${referral.id}/fhir`}>FHIR (R4)</a>
          {referral.previousReferralId && (
            <>
              {' · '}
              <Link to={`/verwijzingen/${referral.previousReferralId}`}>Eerdere (afgewezen) verwijzing</Link>
            </>
          )}
        </p>
      </section>

      <div className="referral-layout">
        <div>
          <section aria-labelledby="gegevens-titel">
            <h2 id="gegevens-titel">Verwijzing</h2>
            <dl className="facts">
              <Fact term="Route">{routeLabel(referral.route)}</Fact>
              <Fact term="Van">
                {referral.referrer.name} ({referral.referrer.organizationName})
              </Fact>
              <Fact term="Naar">
                {referral.receiver.organizationName}
                {referral.receiver.serviceName && <> · {referral.receiver.serviceName}</>}
              </Fact>
              <Fact term="Verstuurd">{formatDateTime(referral.sentAt)}</Fact>
              <Fact term="Reactie verwacht uiterlijk">
                {formatDate(referral.reactionDueOn)} (5 werkdagen)
              </Fact>
              <Fact term="Geldig tot">{formatDate(referral.validUntil)} (9 maanden, tot aanmelding)</Fact>
              {referral.intakeOn && <Fact term="Intake">{formatDate(referral.intakeOn)}</Fact>}
            </dl>
            <h3>Patiënt</h3>
            <dl className="facts">
              <Fact term="Naam">{referral.patient.name}</Fact>
              <Fact term="Geboortedatum">{formatDate(referral.patient.birthDate)}</Fact>
              <Fact term="Adres">
                {orDash([referral.patient.address, referral.patient.postcode].filter(Boolean).join(', '))}
              </Fact>
              <Fact term="Telefoon">{orDash(referral.patient.phone)}</Fact>
              <Fact term="E-mail">{orDash(referral.patient.email)}</Fact>
              <Fact term="Zorgverzekeraar">{orDash(insurer)}</Fact>
              {referral.patient.bsn && <Fact term="BSN">{referral.patient.bsn}</Fact>}
              <Fact term="Toestemming om te delen">
                {referral.consentToShare
                  ? `Ja${referral.consentRecordedAt ? `, vastgelegd op ${formatDateTime(referral.consentRecordedAt)}` : ''}`
                  : 'Nee'}
              </Fact>
            </dl>
            <h3>Hulpvraag en afweging</h3>
            <dl className="facts">
              <Fact term="Vermoedelijke stoornis">{orDash(referral.suspectedDisorder)}</Fact>
              <Fact term="Hoofdprobleem">{referral.mainProblem}</Fact>
              <Fact term="Hulpvraag">{referral.question}</Fact>
              {referral.careLevel && <Fact term="Zorgvorm">{referral.careLevel.toUpperCase()}</Fact>}
              <Fact term="Ernst">
                {referral.severity ? catalogLabel(SEVERITIES, referral.severity) : '—'}
              </Fact>
              <Fact term="Risico">{referral.risk ? catalogLabel(RISK_LEVELS, referral.risk) : '—'}</Fact>
              <Fact term="Complexiteit">
                {referral.complexity ? catalogLabel(COMPLEXITIES, referral.complexity) : '—'}
              </Fact>
              <Fact term="Duur en beloop">{orDash(referral.course)}</Fact>
              <Fact term="Wens van de patiënt">{orDash(referral.patientWish)}</Fact>
            </dl>
          </section>
        </div>
        <div>
          <section aria-labelledby="acties-titel">
            <h2 id="acties-titel">Wat u nu kunt doen</h2>
            {referral.actions.length === 0 ? (
              <p className="hint">
                {referral.direction === 'overzicht'
                  ? 'U ziet deze verwijzing ter overzicht; de stappen zijn aan de verwijzer en de ontvanger.'
                  : 'Er is nu geen stap voor u.'}
              </p>
            ) : (
              <ReferralActions referral={referral} onChange={onChange} />
            )}
          </section>
          <section aria-labelledby="tijdlijn-titel">
            <h2 id="tijdlijn-titel">Tijdlijn</h2>
            <Timeline referral={referral} />
          </section>
        </div>
      </div>
    </>
  );
}

export function ReferralDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const loaded = useApi(`verwijzing-${id}`, (signal) => referralApi.get(id, signal));
  const [update, setUpdate] = useState<{ referral: Referral; message: string } | null>(null);
  const referral =
    update?.referral.id === id ? update.referral : loaded?.status === 'ready' ? loaded.data : null;
  const arrival = (location.state as { message?: string } | null)?.message;
  const message = update?.referral.id === id ? update.message : arrival;
  return (
    <>
      <div className="page-intro">
        <p className="breadcrumb">
          <Link to="/verwijzingen">Verwijzingen</Link>
        </p>
        <h1>{referral ? `Verwijzing ${referral.patient.name}` : 'Verwijzing'}</h1>
        <div role="status" aria-live="polite">
          {message && <p className="note">{message}</p>}
        </div>
      </div>
      {!referral && loaded?.status === 'error' && <ErrorAlert error={loaded.error} />}
      {!referral && loaded?.status !== 'error' && <Loading text="Verwijzing laden…" />}
      {referral && (
        <ReferralView
          referral={referral}
          onChange={(next, text) => setUpdate({ referral: next, message: text })}
        />
      )}
    </>
  );
}
