/**
 * /portaal/diensten/:id: one service in the portal, with a section per kind of fact: Gegevens
 * (the description), Wachttijden, Aanmeldstop, Contracten en omzetplafonds, and Geschiedenis.
 * Every section saves on its own and the page then shows the service as the server answered it;
 * the history reloads after each change.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CARE_KINDS, labelOf } from '../../../domain/catalog/vocabulary';
import { ErrorAlert, Loading } from '../../components/status';
import { useApi, useReference } from '../../reference';
import { ContractsSection } from './ContractsSection';
import { HistorySection } from './HistorySection';
import { PauseSection } from './PauseSection';
import { FreshnessBadge, useWorksForAnyOrganization } from './PortalParts';
import { ServiceEditForm } from './ServiceEditForm';
import { WaitsSection } from './WaitsSection';
import { portalApi, type PortalServiceView } from './portal-api';

export function ServicePortalPage() {
  const { id = '' } = useParams();
  const loaded = useApi(`dienst-${id}`, (signal) => portalApi.service(id, signal));
  const reference = useReference();
  const anyOrganization = useWorksForAnyOrganization('care-map:edit');
  const [changed, setChanged] = useState<{ service: PortalServiceView; count: number } | null>(null);

  if (loaded?.status === 'error') {
    return (
      <div className="portal">
        <h1>Dienst</h1>
        <ErrorAlert error={loaded.error} />
        <p>
          <Link to="/portaal">Terug naar Mijn aanbod</Link>
        </p>
      </div>
    );
  }
  const service =
    changed?.service.id === id ? changed.service : loaded?.status === 'ready' ? loaded.data : null;
  if (!service || reference.status !== 'ready') {
    return reference.status === 'error' ? <ErrorAlert error={reference.error} /> : <Loading />;
  }
  const onSaved = (next: PortalServiceView) =>
    setChanged({ service: next, count: (changed?.count ?? 0) + 1 });
  const back = anyOrganization
    ? `/portaal?organisatie=${encodeURIComponent(service.organizationId)}`
    : '/portaal';

  return (
    <div className="portal">
      <p className="portal-back">
        <Link to={back}>← Mijn aanbod: {service.organizationName}</Link>
      </p>
      <div className="page-intro">
        <h1>{service.name}</h1>
        <p className="lead">
          {labelOf(CARE_KINDS, service.kind)} · {service.locationName ?? 'Alleen online'}
          {service.city ? `, ${service.city}` : ''} · Actualiteit:{' '}
          <FreshnessBadge value={service.freshness} />
        </p>
        <nav aria-label="Onderdelen van deze dienst" className="portal-sections">
          <ul>
            <li>
              <a href="#gegevens">Gegevens</a>
            </li>
            <li>
              <a href="#wachttijden">Wachttijden</a>
            </li>
            <li>
              <a href="#aanmeldstop">Aanmeldstop</a>
            </li>
            <li>
              <a href="#contracten">Contracten en omzetplafonds</a>
            </li>
            <li>
              <a href="#geschiedenis">Geschiedenis</a>
            </li>
          </ul>
        </nav>
      </div>
      <ServiceEditForm service={service} reference={reference.data} onSaved={onSaved} />
      <WaitsSection service={service} reference={reference.data} onSaved={onSaved} />
      <PauseSection service={service} onSaved={onSaved} />
      <ContractsSection service={service} reference={reference.data} onSaved={onSaved} />
      <HistorySection serviceId={service.id} version={changed?.count ?? 0} reference={reference.data} />
    </div>
  );
}
