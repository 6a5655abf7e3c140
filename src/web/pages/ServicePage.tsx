/**
 * "Dienst" (route "/diensten/:id"): one service with every fact, its date and its source (GET
 * /api/services/:id): description, organisation, location, coverage (werkgebied) with validity
 * dates, who it is for and whom it excludes, delivery and languages, how to refer, contracts and
 * revenue ceilings per insurer, registration pause, waits per diagnosis group, and the history.
 */
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  CARE_KINDS,
  EXCLUSION_CODES,
  MODALITIES,
  ORGANIZATION_KINDS,
  REFERRAL_CHANNELS,
  THEMES,
  WAIT_BASES,
  careKindInfo,
  labelOf,
} from '../../domain/catalog/vocabulary';
import { FORECAST_DISAGREEMENT } from '../../domain/waiting/forecast';
import { TREEKNORM } from '../../domain/waiting/treeknorm';
import { api, type Organization, type ServiceDetail } from '../api';
import { ContractTable, ForecastTable, groupLabel, PauseTable, WaitTable } from '../components/FactTables';
import { Badge } from '../components/Reasons';
import { DemoBanner, ErrorAlert, Loading } from '../components/status';
import { countOf, formatDate, formatList } from '../format';
import { languageName } from '../labels';
import { municipalityName, useApi, useReference, type ReferenceData } from '../reference';

/** "Op locatie en blended (…)": labels joined as one sentence, only the first capitalised. */
function sentenceList(labels: string[]): string {
  return formatList(
    labels.map((label, index) => (index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1))),
  );
}

function ageRange(min: number, max: number | null): string {
  if (max === null) return min === 0 ? 'Alle leeftijden' : `Vanaf ${min} jaar`;
  return `${min} tot en met ${max} jaar`;
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term} className="facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OrganizationFacts({ organization }: { organization: Organization }) {
  const website = organization.website ? (
    organization.fictional ? (
      <>
        {organization.website} <span className="hint">(fictief adres)</span>
      </>
    ) : (
      <a href={organization.website} rel="noopener noreferrer">
        {organization.website}
      </a>
    )
  ) : (
    'Niet bekend'
  );
  return (
    <Facts
      items={[
        ['Naam', organization.name],
        ['Soort organisatie', labelOf(ORGANIZATION_KINDS, organization.kind)],
        ['KvK-nummer', organization.kvk ?? 'Niet bekend'],
        ['AGB-code', organization.agb ?? 'Niet bekend'],
        ['URA', organization.ura ?? 'Niet bekend'],
        ['Website', website],
        [
          'Telefoon',
          organization.phone ? (
            <a href={`tel:${organization.phone.replace(/\s/g, '')}`}>{organization.phone}</a>
          ) : (
            'Niet bekend'
          ),
        ],
      ]}
    />
  );
}

/** Back to the results the referrer came from, or to the search page when opened directly. */
function BackLink() {
  const location = useLocation();
  const navigate = useNavigate();
  if (location.key === 'default') {
    return (
      <p className="back">
        <Link to="/">‹ Zoek passend aanbod</Link>
      </p>
    );
  }
  return (
    <p className="back">
      <button type="button" className="button button--link" onClick={() => navigate(-1)}>
        ‹ Terug
      </button>
    </p>
  );
}

function Detail({ detail, reference }: { detail: ServiceDetail; reference: ReferenceData | null }) {
  const { service, organization, history } = detail;
  const forecasts = detail.forecasts ?? [];
  const location = service.location;
  const currentYear = Math.max(0, ...service.contracts.map((c) => c.year));
  return (
    <article className="service" aria-labelledby="dienst-titel">
      <BackLink />
      {service.fictional && <DemoBanner />}
      <header className="service__header">
        <h1 id="dienst-titel">{service.name}</h1>
        <p className="lead">
          {service.organizationName} · {labelOf(CARE_KINDS, service.kind)}
        </p>
        <ul className="badges" aria-label="Status">
          {service.pause?.active && (
            <li>
              <Badge tone="fout">Aanmeldstop</Badge>
            </li>
          )}
          {service.gpReferralRequired && (
            <li>
              <Badge tone="info">Verwijzing huisarts nodig</Badge>
            </li>
          )}
          {service.fictional && (
            <li>
              <Badge tone="waarschuwing">Fictief</Badge>
            </li>
          )}
        </ul>
      </header>

      <section aria-labelledby="beschrijving">
        <h2 id="beschrijving">Beschrijving</h2>
        <p>{service.description}</p>
      </section>

      <div className="two-columns">
        <section aria-labelledby="voor-wie">
          <h2 id="voor-wie">Voor wie</h2>
          <Facts
            items={[
              ['Leeftijd', ageRange(service.ageMin, service.ageMax)],
              [
                'Diagnosegroepen',
                service.diagnosisGroups.length > 0
                  ? formatList(service.diagnosisGroups.map((c) => groupLabel(reference, c)))
                  : 'Geen specifieke diagnosegroep',
              ],
              [
                "Thema's",
                service.themes.length > 0
                  ? sentenceList(service.themes.map((t) => labelOf(THEMES, t)))
                  : 'Geen',
              ],
              [
                'Exclusiecriteria',
                service.exclusions.length > 0 ? (
                  <ul className="plain-list">
                    {service.exclusions.map((code) => (
                      <li key={code}>{labelOf(EXCLUSION_CODES, code)}</li>
                    ))}
                  </ul>
                ) : (
                  'Geen'
                ),
              ],
              ['Toelichting exclusie', service.exclusionNote ?? 'Geen toelichting'],
            ]}
          />
        </section>
        <section aria-labelledby="aanmelden">
          <h2 id="aanmelden">Vorm en aanmelden</h2>
          <Facts
            items={[
              ['Vorm', sentenceList(service.modalities.map((m) => labelOf(MODALITIES, m)))],
              ['Talen', formatList(service.languages.map(languageName))],
              ['Verwijskanaal', labelOf(REFERRAL_CHANNELS, service.referralChannel)],
              ['Verwijzing huisarts nodig', service.gpReferralRequired ? 'Ja' : 'Nee'],
            ]}
          />
        </section>
      </div>

      <div className="two-columns">
        <section aria-labelledby="organisatie">
          <h2 id="organisatie">Organisatie</h2>
          {organization ? (
            <OrganizationFacts organization={organization} />
          ) : (
            <p>{service.organizationName}</p>
          )}
        </section>
        <section aria-labelledby="locatie">
          <h2 id="locatie">Locatie</h2>
          {location ? (
            <Facts
              items={[
                ['Naam', location.name],
                [
                  'Adres',
                  [location.street, [location.postcode, location.city].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', '),
                ],
                [
                  'Gemeente',
                  `${municipalityName(reference, location.municipalityCode)} (${location.municipalityCode})`,
                ],
              ]}
            />
          ) : (
            <p>Alleen online; geen locatie.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="werkgebied">
        <h2 id="werkgebied">Werkgebied</h2>
        {service.coverage.length === 0 ? (
          <p>Geen werkgebied opgegeven: de dienst neemt patiënten uit alle gemeenten aan.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Gemeenten in het werkgebied, met geldigheid</caption>
              <thead>
                <tr>
                  <th scope="col">Gemeente</th>
                  <th scope="col">Geldig vanaf</th>
                  <th scope="col">Geldig tot en met</th>
                </tr>
              </thead>
              <tbody>
                {[...service.coverage]
                  .sort((a, b) =>
                    municipalityName(reference, a.municipalityCode).localeCompare(
                      municipalityName(reference, b.municipalityCode),
                      'nl',
                    ),
                  )
                  .map((c) => (
                    <tr key={`${c.municipalityCode}-${c.validFrom}`}>
                      <th scope="row">
                        {municipalityName(reference, c.municipalityCode)}{' '}
                        <span className="hint">({c.municipalityCode})</span>
                      </th>
                      <td>{formatDate(c.validFrom)}</td>
                      <td>{c.validTo ? formatDate(c.validTo) : 'Geen einddatum'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="contracten">
        <h2 id="contracten">Contracten en omzetplafonds</h2>
        {service.contracts.length === 0 ? (
          <p>
            {careKindInfo(service.kind).requiresInsurerContract
              ? 'Geen contracten bekend.'
              : 'Geen contract nodig: deze zorgsoort wordt niet door de zorgverzekeraar betaald.'}
          </p>
        ) : (
          <ContractTable
            rows={service.contracts}
            reference={reference}
            caption={`Actuele contracten per zorgverzekeraar${currentYear ? ` (${currentYear})` : ''}`}
          />
        )}
      </section>

      <section aria-labelledby="aanmeldstop">
        <h2 id="aanmeldstop">Aanmeldstop</h2>
        {service.pause ? (
          <PauseTable rows={[service.pause]} caption="Actuele stand van de aanmeldstop" />
        ) : (
          <p>Geen aanmeldstop bekend.</p>
        )}
      </section>

      <section aria-labelledby="wachttijden">
        <h2 id="wachttijden">Wachttijden</h2>
        <p className="hint">
          Getoond tegen de Treeknorm: hoogstens {TREEKNORM.registrationWeeks} weken aanmeldwachttijd en{' '}
          {TREEKNORM.treatmentWeeks} weken behandelwachttijd ({TREEKNORM.totalWeeks} weken samen).{' '}
          {WAIT_BASES.map((b) => b.label).join('; ')}.
        </p>
        {service.waits.length === 0 ? (
          <p>Geen wachttijden opgegeven.</p>
        ) : (
          <WaitTable
            rows={service.waits}
            reference={reference}
            caption="Actuele wachttijden per diagnosegroep"
          />
        )}
        {forecasts.some((f) => f.forecastWeeks !== null) && (
          <>
            <h3 id="prognose">Prognose naast de gemelde wachttijd</h3>
            <p className="hint">
              De prognose is het aantal wachtenden gedeeld door het aantal intakes per maand, omgerekend naar weken:
              zo lang duurt het bij dit tempo tot iemand die zich nu aanmeldt een intake krijgt. Een sterke afwijking
              (meer dan {FORECAST_DISAGREEMENT.minimumWeeks} weken én meer dan de helft van de gemelde wachttijd) is
              een reden om de gemelde wachttijd na te vragen.
            </p>
            {forecasts.some((f) => f.disagrees) && (
              <p role="note">
                <Badge tone="waarschuwing">Let op</Badge> De wachtlijst wijst op een andere wachttijd dan de aanbieder meldt.
              </p>
            )}
            <ForecastTable rows={forecasts} reference={reference} caption="Prognose per diagnosegroep" />
          </>
        )}
      </section>

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis">Geschiedenis</h2>
        <p className="hint">Eerdere versies van de gegevens, met het moment waarop ze zijn vastgelegd.</p>
        <details className="history">
          <summary>
            Contracten en omzetplafonds ({countOf(history.contracts.length, 'versie', 'versies')})
          </summary>
          {history.contracts.length > 0 ? (
            <ContractTable
              rows={history.contracts}
              reference={reference}
              caption="Alle versies van de contracten"
            />
          ) : (
            <p>Geen eerdere versies.</p>
          )}
        </details>
        <details className="history">
          <summary>Aanmeldstop ({countOf(history.pauses.length, 'versie', 'versies')})</summary>
          {history.pauses.length > 0 ? (
            <PauseTable rows={history.pauses} caption="Alle versies van de aanmeldstop" />
          ) : (
            <p>Geen eerdere versies.</p>
          )}
        </details>
        <details className="history">
          <summary>Wachttijden ({countOf(history.waits.length, 'versie', 'versies')})</summary>
          {history.waits.length > 0 ? (
            <WaitTable rows={history.waits} reference={reference} caption="Alle versies van de wachttijden" />
          ) : (
            <p>Geen eerdere versies.</p>
          )}
        </details>
      </section>
    </article>
  );
}

export function ServicePage() {
  const { id = '' } = useParams();
  const reference = useReference();
  const detail = useApi(id, (signal) => api.service(id, signal));
  if (!detail || detail.status === 'loading') return <Loading text="Dienst laden…" />;
  if (detail.status === 'error') {
    return (
      <>
        <h1>{detail.error.status === 404 ? 'Dienst niet gevonden' : 'Dienst niet te tonen'}</h1>
        <ErrorAlert error={detail.error} />
        <p>
          <Link to="/">Terug naar Zoek passend aanbod</Link>
        </p>
      </>
    );
  }
  return <Detail detail={detail.data} reference={reference.status === 'ready' ? reference.data : null} />;
}
