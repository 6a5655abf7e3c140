/**
 * One request for a verkennend gesprek. Everyone who may read it sees the facts, the planning with
 * the three wegwijzers and the outcome (with a link to the search for the advised route); the
 * coordinator plans (again), records the outcome, or cancels. Opening the page is logged (audit).
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { dateInNetherlands, formatDutchDate } from '../../../domain/calendar/iso-date';
import {
  OUTCOME_ROUTES,
  WAYFINDER_LABELS,
  type Wayfinders,
} from '../../../domain/exploratory/exploratory-request';
import { ROUTES, type RouteId } from '../../../domain/routes/route-catalog';
import { fetchRegions, type RegionView } from '../../api-advice';
import { ApiError } from '../../api';
import { sessionMay } from '../../api-auth';
import { InputField, TextAreaField } from '../../components/fields';
import { ErrorAlert, Loading } from '../../components/status';
import { useSession } from '../../session';
import { RouteLinks } from '../case-review/route-links';
import { ageOn, exploratoryApi, STATE_BADGES, STATE_LABELS, type ExploratoryView } from './exploratory-api';

const asError = (e: unknown, fallback: string) =>
  e instanceof ApiError ? e : new ApiError(0, 'fout', fallback);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const WAYFINDER_KEYS = Object.keys(WAYFINDER_LABELS) as (keyof Wayfinders)[];

function PlanForm({ item, onSaved }: { item: ExploratoryView; onSaved: (v: ExploratoryView) => void }) {
  const [date, setDate] = useState(item.planning?.date ?? '');
  const [time, setTime] = useState(item.planning?.time ?? '');
  const [place, setPlace] = useState(item.planning?.place ?? '');
  const [names, setNames] = useState<Wayfinders>({
    ggzSpecialist: item.planning?.ggzSpecialist ?? '',
    socialDomainSupporter: item.planning?.socialDomainSupporter ?? '',
    expertByExperience: item.planning?.expertByExperience ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await exploratoryApi.plan(item.id, { date, time, place, ...names }));
    } catch (e) {
      setError(asError(e, 'De planning kon niet worden opgeslagen.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="exploratory-form" onSubmit={(e) => void onSubmit(e)}>
      <div className="field-row">
        <InputField id="plan-datum" label="Datum" type="date" required value={date} onChange={setDate} />
        <InputField id="plan-tijd" label="Tijd" type="time" required value={time} onChange={setTime} />
      </div>
      <InputField id="plan-plaats" label="Plaats" type="text" required value={place} onChange={setPlace} />
      <fieldset className="form-block">
        <legend>De drie wegwijzers</legend>
        {WAYFINDER_KEYS.map((key) => (
          <InputField
            key={key}
            id={`plan-${key}`}
            label={WAYFINDER_LABELS[key]}
            type="text"
            required
            value={names[key]}
            onChange={(v) => setNames({ ...names, [key]: v })}
          />
        ))}
      </fieldset>
      {error && <ErrorAlert error={error} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {item.planning ? 'Planning wijzigen' : 'Gesprek plannen'}
      </button>
    </form>
  );
}

function OutcomeForm({ item, onSaved }: { item: ExploratoryView; onSaved: (v: ExploratoryView) => void }) {
  const [route, setRoute] = useState<RouteId | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!route) {
      setError(new ApiError(400, 'ongeldige-invoer', 'Kies de route die het gesprek adviseert.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await exploratoryApi.outcome(item.id, { route, note }));
    } catch (e) {
      setError(asError(e, 'De uitkomst kon niet worden opgeslagen.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="exploratory-form" onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor="uitkomst-route">Geadviseerde route</label>
        <select id="uitkomst-route" value={route} onChange={(e) => setRoute(e.target.value as RouteId | '')}>
          <option value="">Kies een route…</option>
          {OUTCOME_ROUTES.map((r) => (
            <option key={r} value={r}>
              {ROUTES[r].label}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id="uitkomst-toelichting"
        label="Toelichting voor de huisarts"
        rows={5}
        required
        value={note}
        onChange={setNote}
      />
      {error && <ErrorAlert error={error} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        Uitkomst vastleggen
      </button>
    </form>
  );
}

export function ExploratoryDetail() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const manage = sessionMay(session, 'exploratory:manage');
  const [item, setItem] = useState<ExploratoryView | null>(null);
  const [regions, setRegions] = useState<RegionView[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [found, list] = await Promise.all([exploratoryApi.get(id), fetchRegions()]);
      setItem(found);
      setRegions(list);
    } catch (e) {
      setError(asError(e, 'Het verkennend gesprek kon niet worden geladen.'));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const saved = (message: string) => (next: ExploratoryView) => {
    setItem(next);
    setStatus(message);
  };
  const cancel = async () => {
    if (!item) return;
    try {
      saved('Het verkennend gesprek is geannuleerd.')(await exploratoryApi.cancel(item.id));
      setConfirming(false);
    } catch (e) {
      setError(asError(e, 'Annuleren is mislukt.'));
    }
  };

  if (error && !item) {
    return (
      <>
        <h1>Verkennend gesprek</h1>
        <ErrorAlert error={error} onRetry={() => void load()} />
        <p>
          <Link to="..">Terug naar de aanvragen</Link>
        </p>
      </>
    );
  }
  if (!item) return <Loading />;

  const today = dateInNetherlands(new Date());
  const requestedOn = dateInNetherlands(new Date(item.requestedAt));
  return (
    <>
      <p className="back">
        <Link to="..">← Alle aanvragen</Link>
      </p>
      <div className="page-intro">
        <h1>Verkennend gesprek voor {item.patient.name}</h1>
        <p>
          <span className={`badge ${STATE_BADGES[item.state]}`}>{STATE_LABELS[item.state]}</span>
        </p>
      </div>
      <p role="status">{status}</p>
      {error && <ErrorAlert error={error} />}
      <dl className="facts">
        <Fact label="Geboortedatum">
          {item.patient.birthDate ? formatDutchDate(item.patient.birthDate, { weekday: false }) : '–'}
        </Fact>
        <Fact label="Telefoon">{item.patient.phone ?? '–'}</Fact>
        <Fact label="Aangevraagd">
          {formatDutchDate(requestedOn, { weekday: false })} door {item.requester.name},{' '}
          {item.requester.organizationName}
        </Fact>
        <Fact label="Regio">{item.region.name}</Fact>
        <Fact label="Reden">{item.reason}</Fact>
        {item.state === 'aangevraagd' && (
          <Fact label="Streefdatum">
            {formatDutchDate(item.holdBy, { weekday: false })}
            {item.overdue ? ' (verstreken)' : ''}
          </Fact>
        )}
      </dl>

      {item.planning && (
        <section aria-labelledby="planning-titel">
          <h2 id="planning-titel">Planning</h2>
          <dl className="facts">
            <Fact label="Wanneer">
              {formatDutchDate(item.planning.date)} om {item.planning.time}
            </Fact>
            <Fact label="Waar">{item.planning.place}</Fact>
            {WAYFINDER_KEYS.map((key) => (
              <Fact key={key} label={WAYFINDER_LABELS[key]}>
                {item.planning![key]}
              </Fact>
            ))}
          </dl>
        </section>
      )}

      {item.outcome && (
        <section aria-labelledby="uitkomst-titel">
          <h2 id="uitkomst-titel">Uitkomst</h2>
          <div className="advice-block">
            <p>
              <strong>Geadviseerde route: {item.outcome.routeLabel}</strong>
            </p>
            <p>{item.outcome.note}</p>
            <RouteLinks
              route={item.outcome.route}
              region={regions.find((r) => r.id === item.region.id)}
              age={ageOn(item.patient.birthDate, today)}
            />
          </div>
        </section>
      )}

      {manage && (item.state === 'aangevraagd' || item.state === 'gepland') && (
        <section aria-labelledby="plannen-titel">
          <h2 id="plannen-titel">{item.planning ? 'Planning wijzigen' : 'Gesprek plannen'}</h2>
          <PlanForm
            key={item.planning?.at ?? 'nieuw'}
            item={item}
            onSaved={saved('Het gesprek is gepland; de huisarts krijgt bericht.')}
          />
        </section>
      )}
      {manage && item.state === 'gepland' && (
        <section aria-labelledby="uitkomst-vastleggen-titel">
          <h2 id="uitkomst-vastleggen-titel">Uitkomst vastleggen</h2>
          <p className="hint">Vanaf de dag van het gesprek.</p>
          <OutcomeForm
            item={item}
            onSaved={saved('De uitkomst is vastgelegd; de huisarts krijgt bericht.')}
          />
        </section>
      )}
      {manage && (item.state === 'aangevraagd' || item.state === 'gepland') && (
        <div className="form-actions">
          {confirming ? (
            <>
              <span>Het gesprek annuleren?</span>{' '}
              <button type="button" className="button button--primary" onClick={() => void cancel()}>
                Ja, annuleren
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                Nee
              </button>
            </>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              Gesprek annuleren
            </button>
          )}
        </div>
      )}
    </>
  );
}
