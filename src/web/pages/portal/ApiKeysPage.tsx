/**
 * /portaal/api-sleutels: keys with which the provider's own system (EPD, planning) posts waiting
 * times and pauses (POST /api/provider-api/waiting-times). A new key is shown once, with a copy
 * button; the list shows only the first characters. Revoking asks once more.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/fields';
import { ErrorAlert, Loading } from '../../components/status';
import { useApi } from '../../reference';
import type { ApiError } from '../../api';
import {
  asApiError,
  fieldErrors,
  formatMoment,
  OrganizationPicker,
  useWorksForAnyOrganization,
} from './PortalParts';
import { portalApi, type ApiKeyListView, type NewApiKeyView } from './portal-api';

export function ApiKeysPage() {
  const [params] = useSearchParams();
  const organizationId = params.get('organisatie') ?? undefined;
  const anyOrganization = useWorksForAnyOrganization('api-key:manage');
  const key = anyOrganization && !organizationId ? null : (organizationId ?? 'eigen');
  const loaded = useApi(key, (signal) => portalApi.apiKeys(organizationId, signal));
  const [reloaded, setReloaded] = useState<{ key: string | null; data: ApiKeyListView } | null>(null);
  const list = reloaded?.key === key ? reloaded.data : loaded?.status === 'ready' ? loaded.data : null;
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewApiKeyView | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  const errors = fieldErrors(error);
  const back = organizationId ? `/portaal?organisatie=${encodeURIComponent(organizationId)}` : '/portaal';

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const done = await work();
      setReloaded({ key, data: await portalApi.apiKeys(organizationId) });
      setMessage(done);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const made = await portalApi.createApiKey(name, organizationId);
      setCreated(made);
      setCopied(null);
      setName('');
      setTimeout(() => keyInput.current?.select(), 0);
      return `De sleutel "${made.apiKey.name}" is gemaakt.`;
    });
  };
  const revoke = (id: string, keyName: string) =>
    void run(async () => {
      await portalApi.revokeApiKey(id);
      setRevoking(null);
      if (created?.apiKey.id === id) setCreated(null);
      return `De sleutel "${keyName}" is ingetrokken en werkt niet meer.`;
    });
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('De sleutel is gekopieerd.');
    } catch {
      keyInput.current?.select();
      setCopied('Kopiëren lukte niet; de sleutel is geselecteerd, kopieer hem met Ctrl+C.');
    }
  };

  return (
    <div className="portal">
      <p className="portal-back">
        <Link to={back}>← Mijn aanbod</Link>
      </p>
      <div className="page-intro">
        <h1>API-sleutels</h1>
        <p className="lead">
          Met een API-sleutel geeft uw eigen systeem (EPD of planning) wachttijden en aanmeldstops automatisch
          door. De sleutel hoort bij uw organisatie en werkt alleen voor haar diensten. Bewaar hem zoals een
          wachtwoord.
        </p>
      </div>
      {anyOrganization && (
        <OrganizationPicker basePath="/portaal/api-sleutels" chosenName={list?.organization.name} />
      )}
      {!list && loaded?.status === 'loading' && <Loading />}
      {loaded?.status === 'error' && <ErrorAlert error={loaded.error} />}
      {list && (
        <>
          <section aria-labelledby="sleutel-nieuw-titel" className="portal-section">
            <h2 id="sleutel-nieuw-titel">Nieuwe sleutel voor {list.organization.name}</h2>
            <form onSubmit={create} noValidate className="portal-form">
              <Field
                id="sleutel-naam"
                label="Waarvoor is de sleutel?"
                hint='Bijvoorbeeld "koppeling EPD".'
                error={errors.name}
              >
                {(aria) => (
                  <input
                    {...aria}
                    type="text"
                    maxLength={100}
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                  />
                )}
              </Field>
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={busy}>
                  Sleutel maken
                </button>
              </div>
            </form>
            {created && (
              <div className="portal-new-key" role="region" aria-labelledby="sleutel-eenmalig">
                <p id="sleutel-eenmalig">
                  <strong>Kopieer deze sleutel nu.</strong> Hij wordt maar één keer getoond; daarna ziet u
                  alleen het begin.
                </p>
                <div className="field">
                  <label htmlFor="sleutel-waarde">Nieuwe API-sleutel ({created.apiKey.name})</label>
                  <input
                    id="sleutel-waarde"
                    ref={keyInput}
                    type="text"
                    readOnly
                    value={created.key}
                    className="portal-new-key__value"
                  />
                </div>
                <button type="button" className="button button--secondary" onClick={() => void copy()}>
                  Kopiëren
                </button>
                <p aria-live="polite">{copied}</p>
                <p>
                  Gebruik: <code>POST /api/provider-api/waiting-times</code> met de kop{' '}
                  <code>Authorization: Bearer {created.apiKey.prefix}…</code>. Zie de API-documentatie onder{' '}
                  <a href="/docs">/docs</a> (onderdeel portaal).
                </p>
              </div>
            )}
          </section>
          <div role="status" aria-live="polite">
            {busy && <p className="loading">Bezig…</p>}
            {message && <p className="portal-success">{message}</p>}
          </div>
          {error && <ErrorAlert error={error} />}
          <section aria-labelledby="sleutels-titel" className="portal-section">
            <h2 id="sleutels-titel">Sleutels</h2>
            {list.keys.length === 0 ? (
              <p>Er zijn nog geen sleutels.</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption>API-sleutels van {list.organization.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Naam</th>
                      <th scope="col">Begin van de sleutel</th>
                      <th scope="col">Gemaakt</th>
                      <th scope="col">Laatst gebruikt</th>
                      <th scope="col">Status</th>
                      <th scope="col">Actie</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.keys.map((k) => (
                      <tr key={k.id}>
                        <th scope="row">{k.name}</th>
                        <td>
                          <code>{k.prefix}…</code>
                        </td>
                        <td>
                          {formatMoment(k.createdAt)}
                          {k.createdByName ? ` door ${k.createdByName}` : ''}
                        </td>
                        <td>{k.lastUsedAt ? formatMoment(k.lastUsedAt) : 'Nog niet'}</td>
                        <td>{k.revokedAt ? `Ingetrokken op ${formatMoment(k.revokedAt)}` : 'Actief'}</td>
                        <td>
                          {!k.revokedAt &&
                            (revoking === k.id ? (
                              <span role="group" aria-label={`Intrekken van ${k.name} bevestigen`}>
                                <button
                                  type="button"
                                  className="button button--primary"
                                  disabled={busy}
                                  onClick={() => revoke(k.id, k.name)}
                                >
                                  Ja, intrekken
                                </button>{' '}
                                <button
                                  type="button"
                                  className="button button--link"
                                  onClick={() => setRevoking(null)}
                                >
                                  Annuleren
                                </button>
                              </span>
                            ) : (
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => setRevoking(k.id)}
                              >
                                Intrekken<span className="visually-hidden"> ({k.name})</span>
                              </button>
                            ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
