/**
 * The match use case: check the need against the reference data, run the pure matcher over the
 * in-memory index, and attach each service's data to its result for display.
 */
import { invalid } from '../domain/errors';
import { match } from '../domain/matching/match';
import type { Need } from '../domain/matching/types';
import type { AppServices } from './app-services';

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
  const withService = <T extends { serviceId: string }>(items: T[]) =>
    items.flatMap(({ serviceId, ...rest }) => {
      const service = catalog.service(serviceId);
      return service ? [{ ...rest, service }] : [];
    });
  return {
    ...outcome,
    results: withService(outcome.results),
    excluded: withService(outcome.excluded),
  };
}
