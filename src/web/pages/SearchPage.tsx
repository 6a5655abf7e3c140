/**
 * "Zoeken" (route "/zoeken?q="): free-text search over the care map (GET /api/search), forgiving
 * typos, with each hit as a card linking to the service's detail page.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CARE_KINDS, labelOf } from '../../domain/catalog/vocabulary';
import { api, type Service } from '../api';
import { DemoBanner, ErrorAlert, Loading } from '../components/status';
import { countOf } from '../format';
import { useApi } from '../reference';

const MIN_LENGTH = 2;

function SearchHit({ service }: { service: Service }) {
  return (
    <article className="card hit">
      <h2 className="hit__title">
        <Link to={`/diensten/${service.id}`}>{service.name}</Link>
      </h2>
      <p className="result__meta">
        {service.organizationName} · {labelOf(CARE_KINDS, service.kind)} ·{' '}
        {service.location ? service.location.city : 'online'}
      </p>
      <p className="hit__description">{service.description}</p>
    </article>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const id = useId();
  const q = (params.get('q') ?? '').trim();
  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  const [problem, setProblem] = useState<string | null>(null);
  if (q !== seenQ) {
    setSeenQ(q);
    setText(q);
  }
  const search = useApi(q.length >= MIN_LENGTH ? q : null, (signal) => api.search(q, signal));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    if (wanted.length < MIN_LENGTH) {
      setProblem(`Typ minstens ${MIN_LENGTH} tekens.`);
      return;
    }
    setProblem(null);
    navigate({ pathname: '/zoeken', search: `?${new URLSearchParams({ q: wanted }).toString()}` });
  };

  const items = search?.status === 'ready' ? search.data.items : [];
  const status =
    search === null
      ? ''
      : search.status === 'loading'
        ? 'Bezig met zoeken…'
        : search.status === 'error'
          ? 'Zoeken is niet gelukt.'
          : `${countOf(items.length, 'dienst', 'diensten')} gevonden voor “${q}”`;

  return (
    <>
      <div className="page-intro">
        <h1>Zoeken</h1>
        <p className="lead">
          Zoek vrij in de sociale kaart op naam, organisatie, klacht of thema. Typefouten worden vergeven.
        </p>
      </div>
      <form
        role="search"
        className="search-form"
        onSubmit={submit}
        noValidate
        aria-label="Zoeken in de sociale kaart"
      >
        <div className={`field${problem ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-q`}>Zoekterm</label>
          {problem && (
            <p className="field-error" id={`${id}-fout`} role="alert">
              {problem}
            </p>
          )}
          <div className="search-form__row">
            <input
              id={`${id}-q`}
              type="search"
              value={text}
              maxLength={200}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-fout` : undefined}
              placeholder="bijv. schuldhulp, depressie, rouw"
            />
            <button type="submit" className="button button--primary">
              Zoeken
            </button>
          </div>
        </div>
      </form>
      <section aria-labelledby={`${id}-resultaten`} className="search-results">
        <h2 id={`${id}-resultaten`} className="visually-hidden">
          Zoekresultaten
        </h2>
        <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
        {search?.status === 'loading' && <Loading text="Zoeken…" />}
        {search?.status === 'error' && <ErrorAlert error={search.error} />}
        {items.some((s) => s.fictional) && <DemoBanner />}
        {search?.status === 'ready' && items.length === 0 && (
          <p className="empty">
            Niets gevonden. Probeer een ander woord, of beschrijf de hulpvraag bij Zoek passend aanbod.
          </p>
        )}
        {items.length > 0 && (
          <ul className="hits">
            {items.map((service) => (
              <li key={service.id}>
                <SearchHit service={service} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
