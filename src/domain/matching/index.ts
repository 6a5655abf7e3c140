/**
 * The in-memory matching index: lookup structures over the care map so that one match looks only
 * at services of the wanted kinds in or near the patient's municipality, never at the whole
 * country. Patched per service (`upsert`, `remove`) when data change, without a rebuild.
 *
 * Structures, each split by kind of care:
 * - municipality code -> services whose coverage (werkgebied) names it, in any period (dates are
 *   checked at match time, so an expired coverage shows up as "buiten werkgebied" instead of
 *   silently disappearing);
 * - grid cell (~10 x 10 km) -> services located in it, for the distance radius;
 * - online services without a coverage restriction (national e-health), always near.
 * Plus the word dictionary of service texts (corpus.ts) and reference lists (municipality and
 * diagnosis-group names, insurers with their concern) used to explain results.
 */
import type { CatalogService, DiagnosisGroup, GeoPoint, Insurer, Municipality } from '../catalog/types';
import type { CareKind } from '../catalog/vocabulary';
import { TextCorpus } from './corpus';
import { cellOf, cellsWithin, distanceKm } from './geo';

export interface IndexedService {
  service: CatalogService;
  /** Sorted stem numbers of the service's name and description (corpus.ts). */
  textIds: Uint32Array;
  /** Offers help online (modality `online`). */
  online: boolean;
  cell: string | null;
  coveredCodes: string[];
}

export interface Candidate {
  entry: IndexedService;
  distanceKm: number | null;
}

export interface IndexOptions {
  /** Insurers with their concern, so a contract made by a concern applies to all its labels. */
  insurers?: Insurer[];
  /** Names of the diagnosis groups, for reasons such as "Behandelt angststoornissen". */
  diagnosisGroups?: DiagnosisGroup[];
}

type KindBuckets = Map<CareKind, Set<string>>;

function addTo(map: Map<string, KindBuckets>, key: string, kind: CareKind, id: string): void {
  let buckets = map.get(key);
  if (!buckets) map.set(key, (buckets = new Map()));
  let ids = buckets.get(kind);
  if (!ids) buckets.set(kind, (ids = new Set()));
  ids.add(id);
}

function removeFrom(map: Map<string, KindBuckets>, key: string, kind: CareKind, id: string): void {
  const ids = map.get(key)?.get(kind);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) map.get(key)!.delete(kind);
  if (map.get(key)!.size === 0) map.delete(key);
}

const NATIONAL = '*';

export class MatchIndex {
  readonly corpus = new TextCorpus();
  private readonly entries = new Map<string, IndexedService>();
  private readonly byMunicipality = new Map<string, KindBuckets>();
  private readonly byCell = new Map<string, KindBuckets>();
  /** Online services without a coverage restriction, under the single key NATIONAL. */
  private readonly onlineNational = new Map<string, KindBuckets>();
  private readonly municipalities: Map<string, Municipality>;
  private readonly insurers: Map<string, Insurer>;
  private readonly diagnosisGroupNames: Map<string, string>;

  constructor(municipalities: Municipality[], options: IndexOptions = {}) {
    this.municipalities = new Map(municipalities.map((m) => [m.code, m]));
    this.insurers = new Map((options.insurers ?? []).map((i) => [i.id, i]));
    this.diagnosisGroupNames = new Map((options.diagnosisGroups ?? []).map((g) => [g.code, g.name]));
  }

  get size(): number {
    return this.entries.size;
  }

  /** The indexed version of a service. */
  get(serviceId: string): CatalogService | undefined {
    return this.entries.get(serviceId)?.service;
  }

  /** A service with what the index derived from it (text stems, grid cell, online). */
  entry(serviceId: string): IndexedService | undefined {
    return this.entries.get(serviceId);
  }

  /** Adds a service or replaces the indexed version of it. */
  upsert(service: CatalogService): void {
    this.remove(service.id);
    const online = service.modalities.includes('online');
    const entry: IndexedService = {
      service,
      textIds: this.corpus.add(`${service.name} ${service.description}`),
      online,
      cell: service.location ? cellOf(service.location.point) : null,
      coveredCodes: [...new Set(service.coverage.map((c) => c.municipalityCode))],
    };
    this.entries.set(service.id, entry);
    for (const code of entry.coveredCodes) addTo(this.byMunicipality, code, service.kind, service.id);
    if (entry.cell) addTo(this.byCell, entry.cell, service.kind, service.id);
    if (online && entry.coveredCodes.length === 0) addTo(this.onlineNational, NATIONAL, service.kind, service.id);
  }

  /** Removes a service; returns whether it was indexed. */
  remove(serviceId: string): boolean {
    const entry = this.entries.get(serviceId);
    if (!entry) return false;
    const kind = entry.service.kind;
    for (const code of entry.coveredCodes) removeFrom(this.byMunicipality, code, kind, serviceId);
    if (entry.cell) removeFrom(this.byCell, entry.cell, kind, serviceId);
    removeFrom(this.onlineNational, NATIONAL, kind, serviceId);
    this.corpus.release(entry.textIds);
    this.entries.delete(serviceId);
    return true;
  }

  /**
   * The services a match considers: of a wanted kind, and covering the municipality (in any
   * period), or located within `radiusKm` of `point`, or online without a coverage restriction.
   */
  candidates(kinds: readonly CareKind[], municipalityCode: string, point: GeoPoint, radiusKm: number): Candidate[] {
    const found = new Map<string, Candidate>();
    const take = (id: string) => {
      if (found.has(id)) return;
      const entry = this.entries.get(id)!;
      const location = entry.service.location;
      found.set(id, { entry, distanceKm: location ? distanceKm(point, location.point) : null });
    };
    for (const kind of kinds) {
      this.byMunicipality.get(municipalityCode)?.get(kind)?.forEach(take);
      this.onlineNational.get(NATIONAL)?.get(kind)?.forEach(take);
    }
    for (const cell of cellsWithin(point, radiusKm)) {
      const buckets = this.byCell.get(cell);
      if (!buckets) continue;
      for (const kind of kinds) {
        for (const id of buckets.get(kind) ?? []) {
          if (found.has(id)) continue;
          const entry = this.entries.get(id)!;
          const distance = distanceKm(point, entry.service.location!.point);
          if (distance <= radiusKm) found.set(id, { entry, distanceKm: distance });
        }
      }
    }
    return [...found.values()];
  }

  municipalityName(code: string): string {
    return this.municipalities.get(code)?.name ?? code;
  }

  insurer(id: string): Insurer | undefined {
    return this.insurers.get(id);
  }

  /** The concern an insurer label belongs to, when the index knows the label. */
  concernOf(insurerId: string): string | undefined {
    return this.insurers.get(insurerId)?.concern;
  }

  diagnosisGroupName(code: string): string | undefined {
    return this.diagnosisGroupNames.get(code);
  }
}

/** Builds the index over a whole catalog. */
export function buildIndex(
  services: CatalogService[],
  municipalities: Municipality[],
  options: IndexOptions = {},
): MatchIndex {
  const index = new MatchIndex(municipalities, options);
  for (const service of services) index.upsert(service);
  return index;
}
