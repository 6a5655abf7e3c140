/**
 * /verwijzingen. For a GP practice: the worklist, grouped by what needs attention (no reaction
 * after 5 working days, rejected, information asked, intake planned, validity running out,
 * expired) and then every referral the practice sent. For a provider: the inbox, grouped by
 * state. For the regional coordinator: every referral, by state.
 */
import { Link } from 'react-router';
import { REFERRAL_STATE_IDS, type ReferralState } from '../../../domain/referrals/vocabulary';
import { WORKLIST_FLAG_IDS, type WorklistFlag } from '../../../domain/referrals/worklist';
import { sessionMay } from '../../api-auth';
import { ErrorAlert, Loading } from '../../components/status';
import { countOf, formatDate, formatDateTime } from '../../format';
import { useApi } from '../../reference';
import { useSession } from '../../session';
import { referralApi, type ReferralListItem } from './referral-api';
import { flagLabel, reasonLabel, routeLabel, stateLabel } from './referral-words';

/** What the worklist says under each flag, beside the patient. */
function flagDetail(flag: WorklistFlag, item: ReferralListItem): string {
  switch (flag) {
    case 'geen-reactie':
      return `Verstuurd op ${formatDateTime(item.sentAt)}`;
    case 'afgewezen':
      return item.rejectionReason ? `Reden: ${reasonLabel(item.rejectionReason).toLowerCase()}` : 'Afgewezen';
    case 'informatie-gevraagd':
      return 'Beantwoord de vraag van de ontvanger';
    case 'intake-gepland':
      return item.intakeOn ? `Intake op ${formatDate(item.intakeOn)}` : 'Intake gepland';
    case 'geldigheid-verloopt':
      return `Geldig tot ${formatDate(item.validUntil)}`;
    case 'verlopen':
      return `Verlopen op ${formatDate(item.validUntil)}`;
  }
}

function ReferralTable({
  caption,
  items,
  counterpart,
  detail,
}: {
  caption: string;
  items: ReferralListItem[];
  counterpart: 'ontvanger' | 'verwijzer' | 'beide';
  detail: (item: ReferralListItem) => string;
}) {
  return (
    <div className="table-wrap">
      <table className="referral-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Patiënt</th>
            <th scope="col">Geboortedatum</th>
            {counterpart !== 'verwijzer' && <th scope="col">Naar</th>}
            {counterpart !== 'ontvanger' && <th scope="col">Van</th>}
            <th scope="col">Route</th>
            <th scope="col">Status</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/verwijzingen/${item.id}`}>{item.patientName}</Link>
              </th>
              <td>{formatDate(item.patientBirthDate)}</td>
              {counterpart !== 'verwijzer' && (
                <td>
                  {item.receiverOrganizationName}
                  {item.serviceName && <span className="referral-table__sub">{item.serviceName}</span>}
                </td>
              )}
              {counterpart !== 'ontvanger' && <td>{item.referrerOrganizationName}</td>}
              <td>{routeLabel(item.route)}</td>
              <td>{stateLabel(item.state)}</td>
              <td>{detail(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function stateDetail(item: ReferralListItem): string {
  if (item.intakeOn && item.state === 'intake-gepland') return `Intake op ${formatDate(item.intakeOn)}`;
  if (item.state === 'afgewezen' && item.rejectionReason) return reasonLabel(item.rejectionReason);
  return `Verstuurd op ${formatDateTime(item.sentAt)}`;
}

function Worklist({ items }: { items: ReferralListItem[] }) {
  return (
    <>
      <nav aria-label="Signalen op de werklijst" className="worklist-summary">
        <ul>
          {WORKLIST_FLAG_IDS.map((flag) => {
            const n = items.filter((i) => i.flags.includes(flag)).length;
            return (
              <li key={flag}>
                <a href={`#signaal-${flag}`}>
                  {flagLabel(flag)}: <strong>{n}</strong>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {WORKLIST_FLAG_IDS.map((flag) => {
        const flagged = items.filter((i) => i.flags.includes(flag));
        return (
          <section key={flag} className="worklist-group" aria-labelledby={`signaal-${flag}`}>
            <h2 id={`signaal-${flag}`} tabIndex={-1}>
              {flagLabel(flag)} <span className="worklist-group__count">({flagged.length})</span>
            </h2>
            {flagged.length === 0 ? (
              <p className="hint">Geen verwijzingen.</p>
            ) : (
              <ReferralTable
                caption={`${flagLabel(flag)}: ${countOf(flagged.length, 'verwijzing', 'verwijzingen')}`}
                items={flagged}
                counterpart="ontvanger"
                detail={(item) => flagDetail(flag, item)}
              />
            )}
          </section>
        );
      })}
      <section className="worklist-group" aria-labelledby="alle-verwijzingen">
        <h2 id="alle-verwijzingen">Alle verwijzingen van uw praktijk</h2>
        {items.length === 0 ? (
          <p className="hint">Uw praktijk heeft nog geen verwijzingen verstuurd.</p>
        ) : (
          <ReferralTable
            caption="Alle verstuurde verwijzingen, nieuwste eerst"
            items={items}
            counterpart="ontvanger"
            detail={stateDetail}
          />
        )}
      </section>
    </>
  );
}

/** Inbox order: what needs a reaction first. */
const INBOX_ORDER: readonly ReferralState[] = [
  'verstuurd',
  'informatie-gevraagd',
  'geaccepteerd',
  'intake-gepland',
  'in-behandeling',
  'afgewezen',
  'afgesloten',
  'ingetrokken',
];

function ByState({ items, counterpart }: { items: ReferralListItem[]; counterpart: 'verwijzer' | 'beide' }) {
  const states = INBOX_ORDER.filter(
    (s) => REFERRAL_STATE_IDS.includes(s) && items.some((i) => i.state === s),
  );
  if (states.length === 0) return <p className="empty">Er zijn nog geen verwijzingen.</p>;
  return (
    <>
      {states.map((state) => {
        const inState = items.filter((i) => i.state === state);
        return (
          <section key={state} className="worklist-group" aria-labelledby={`status-${state}`}>
            <h2 id={`status-${state}`}>
              {stateLabel(state)} <span className="worklist-group__count">({inState.length})</span>
            </h2>
            <ReferralTable
              caption={`${stateLabel(state)}: ${countOf(inState.length, 'verwijzing', 'verwijzingen')}`}
              items={inState}
              counterpart={counterpart}
              detail={stateDetail}
            />
          </section>
        );
      })}
    </>
  );
}

export function ReferralListPage() {
  const { session } = useSession();
  const list = useApi('verwijzingen', (signal) => referralApi.list(signal));
  const referrer = sessionMay(session, 'referral:create');
  const coordinator = session?.active?.role === 'verwijsadviseur';
  return (
    <>
      <div className="page-intro">
        <h1>
          {referrer
            ? 'Verwijzingen: werklijst'
            : coordinator
              ? 'Verwijzingen in de regio'
              : 'Verwijzingen: inbox'}
        </h1>
        <p className="lead">
          {referrer
            ? 'De verwijzingen van uw praktijk: wat aandacht vraagt staat bovenaan. Een nieuwe verwijzing maakt u vanuit een resultaat van Zoek passend aanbod.'
            : coordinator
              ? 'Alle verwijzingen, per status.'
              : 'De verwijzingen aan uw organisatie, per status. Reageer binnen 5 werkdagen.'}
        </p>
        {referrer && (
          <p>
            <Link className="button button--primary" to="/">
              Zoek passend aanbod om te verwijzen
            </Link>
          </p>
        )}
      </div>
      {(!list || list.status === 'loading') && <Loading text="Verwijzingen laden…" />}
      {list?.status === 'error' && <ErrorAlert error={list.error} />}
      {list?.status === 'ready' &&
        (referrer ? (
          <Worklist items={list.data.items} />
        ) : (
          <ByState items={list.data.items} counterpart={coordinator ? 'beide' : 'verwijzer'} />
        ))}
    </>
  );
}
