/**
 * Bench support: turns generated rows into the CatalogService shape the matcher reads, as the
 * repository does from the database (the newest version of each fact wins), without a database.
 */
import type { GeneratedCatalog } from '../src/domain/catalog/generator';
import type { CatalogService } from '../src/domain/catalog/types';

function newestBy<T extends { recordedAt: string }>(rows: T[], key: (row: T) => string): T[] {
  const newest = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = newest.get(k);
    if (!seen || seen.recordedAt < row.recordedAt) newest.set(k, row);
  }
  return [...newest.values()];
}

function bucket<T extends { serviceId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.serviceId);
    if (list) list.push(row);
    else out.set(row.serviceId, [row]);
  }
  return out;
}

export function catalogServices(generated: GeneratedCatalog): CatalogService[] {
  const organizations = new Map(generated.organizations.map((o) => [o.id, o]));
  const locations = new Map(generated.locations.map((l) => [l.id, l]));
  const coverage = bucket(generated.coverage);
  const contracts = bucket(newestBy(generated.contracts, (c) => `${c.serviceId}|${c.insurerId}|${c.year}`));
  const pauses = bucket(newestBy(generated.pauses, (p) => p.serviceId));
  const waits = bucket(newestBy(generated.waits, (w) => `${w.serviceId}|${w.diagnosisGroup ?? ''}`));
  return generated.services.map((s) => {
    const loc = s.locationId ? locations.get(s.locationId) : undefined;
    const pause = pauses.get(s.id)?.[0];
    return {
      ...s,
      organizationName: organizations.get(s.organizationId)?.name ?? '',
      location: loc
        ? { name: loc.name, street: loc.street, postcode: loc.postcode, city: loc.city, municipalityCode: loc.municipalityCode, point: loc.point }
        : null,
      coverage: (coverage.get(s.id) ?? []).map(({ municipalityCode, validFrom, validTo }) => ({ municipalityCode, validFrom, validTo })),
      contracts: (contracts.get(s.id) ?? []).map(({ insurerId, year, contracted, ceiling, confirmedAt, source }) => ({
        insurerId,
        year,
        contracted,
        ceiling,
        confirmedAt,
        source,
      })),
      pause: pause
        ? { active: pause.active, reason: pause.reason, expectedEnd: pause.expectedEnd, confirmedAt: pause.confirmedAt, source: pause.source }
        : null,
      waits: (waits.get(s.id) ?? []).map(({ id: _id, serviceId: _s, recordedAt: _r, ...fact }) => fact),
    };
  });
}
