/**
 * The match use case: check the need against the reference data, run the pure matcher over the
 * in-memory index, and attach each service's data to its result for display.
 */
import { invalid } from '../domain/errors';
import { match } from '../domain/matching/match';
import type { Need } from '../domain/matching/types';
import type { CatalogService } from '../domain/catalog/types';
import type { AppServices } from './app-services';

function summarise(service: CatalogService) {
  const { id, name, organizationName, kind, location, fictional } = service;
  return { id, name, organizationName, kind, location: location ? { city: location.city } : null, fictional };
}

export function matchNeed(services: AppServices, need: Need & { limit?: number }) {
  const { catalog } = services;
  const municipality = catalog.municipalities.get(need.municipalityCode);
  if (!municipality) {
    throw invalid('Deze gemeente kennen we niet.', [{ field: 'municipalityCode', message: 'is geen bekende CBS-gemeentecode' }]);
  }
  const insurer = need.insurerId ? catalog.insurers.get(need.insurerId) : null;
  if (need.insurerId && !insurer) {
    throw invalid('Deze zorgverzekeraar kennen we niet.', [{ field: 'insurerId', message: 'is geen bekende zorgverzekeraar' }]);
  }
  if (need.diagnosisGroup && !catalog.diagnosisGroups.has(need.diagnosisGroup)) {
    throw invalid('Deze diagnosegroep kennen we niet.', [{ field: 'diagnosisGroup', message: 'is geen bekende diagnosegroep' }]);
  }
  const outcome = match(catalog.matchIndex, need, {
    now: services.now(),
    municipalityPoint: municipality.point,
    insurer: insurer ?? null,
    limit: need.limit ?? 50,
  });
  const withService = <T extends { serviceId: string }, S>(items: T[], view: (service: CatalogService) => S) =>
    items.flatMap(({ serviceId, ...rest }) => {
      const service = catalog.service(serviceId);
      return service ? [{ ...rest, service: view(service) }] : [];
    });
  return {
    ...outcome,
    results: withService(outcome.results, (service) => service),
    // Left-out services are only named and linked, which keeps the answer small.
    excluded: withService(outcome.excluded, summarise),
  };
}
