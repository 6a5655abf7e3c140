/**
 * The in-memory matching index: lookup structures over the care map so that one match looks only
 * at services of the wanted kinds in or near the patient's municipality, never at the whole
 * country. Patched per service (`upsert`, `remove`) when data change, without a rebuild.
 *
 * Structures, each split by kind of care:
 * - municipality code -> services whose coverage (werkgebied) names it, in any period (dates are
 *   checked at match time, so an expired coverage shows up as "buiten werkgebied" instead of
 *   silently disappearing);
 * - two grids of ~10 x 10 km cells -> services located in them: one for services without a
 *   werkgebied (searched within the patient's distance radius), one for services whose werkgebied
 *   lies elsewhere (searched only in the neighbourhood, to explain "buiten werkgebied" for the
 *   services a referrer knows around the corner);
 * - online services without a werkgebied (national e-health), always considered.
 * Plus the word dictionary of service texts (corpus.ts) and reference lists (municipality and
 * diagnosis-group names, insurers with their concern) used to explain results.
 */
import type { CatalogService, DiagnosisGroup, GeoPoint, Insurer, Municipality } from '../catalog/types';
import { careKindInfo, type CareKind } from '../catalog/vocabulary';
import { factMoment } from '../waiting/staleness';
import { TextCorpus } from './corpus';
import { cellOf, cellsWithin, distanceFrom } from './geo';
import { normalizeText } from './text';

export interface IndexedService {
  service: CatalogService;
  /** Sorted stem numbers of the service's name and description (corpus.ts). */
  textIds: Uint32Array;
  /** Offers help online (modality `online`). */
  online: boolean;
  /** From the kind of care (vocabulary.ts): paid by insurers under contract; has a waiting list. */
  requiresContract: boolean;
  waitsApply: boolean;
  /** Normalised name for a fast, deterministic order. */
  sortName: string;
  /** The moment (epoch ms) each fact counts from, aligned with `service.waits` and `service.contracts`. */
  waitMoments: number[];
  contractMoments: number[];
  /** The concern of the insurer of each contract fact, where the index knows it. */
  contractConcerns: (string | undefined)[];
  pauseMoment: number | null;
  /** Offers home visits (modality `aan-huis`). */
  homeVisits: boolean;
  cell: number | null;
  coveredCodes: string[];
  /** Scratch for candidates(): the number of the last lookup that found this service. */
  lastSeen: number;
}

export interface Candidate {
  entry: IndexedService;
  distanceKm: number | null;
  /** Found through its coverage of the patient's municipality (in some period). */
  coversMunicipality: boolean;
}

export interface IndexOptions {
  /** Insurers with their concern, so a contract made by a concern applies to all its labels. */
  insurers?: Insurer[];
  /** Names of the diagnosis groups, for reasons such as "Behandelt angststoornissen". */
  diagnosisGroups?: DiagnosisGroup[];
}

type KindBuckets = Map<CareKind, Set<IndexedService>>;
type Key = string | number;

function addTo<K extends Key>(map: Map<K, KindBuckets>, key: K, entry: IndexedService): void {
  let buckets = map.get(key);
  if (!buckets) map.set(key, (buckets = new Map()));
  let entries = buckets.get(entry.service.kind);
  if (!entries) buckets.set(entry.service.kind, (entries = new Set()));
  entries.add(entry);
}

function removeFrom<K extends Key>(map: Map<K, KindBuckets>, key: K, entry: IndexedService): void {
  const buckets = map.get(key);
  const entries = buckets?.get(entry.service.kind);
  if (!buckets || !entries) return;
  entries.delete(entry);
  if (entries.size === 0) buckets.delete(entry.service.kind);
  if (buckets.size === 0) map.delete(key);
}

const NATIONAL = '*';

export class MatchIndex {
  readonly corpus = new TextCorpus();
  private readonly entries = new Map<string, IndexedService>();
  private readonly byMunicipality = new Map<string, KindBuckets>();
  /** Services without a werkgebied, by grid cell. */
  private readonly openByCell = new Map<number, KindBuckets>();
  /** Services with a werkgebied, by grid cell. */
  private readonly boundedByCell = new Map<number, KindBuckets>();
  private lookups = 0;
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
    const kind = careKindInfo(service.kind);
    const entry: IndexedService = {
      service,
      textIds: this.corpus.add(`${service.name} ${service.description}`),
      online,
      requiresContract: kind.requiresInsurerContract,
      waitsApply: kind.waitsApply,
      sortName: normalizeText(service.name),
      waitMoments: service.waits.map((w) => factMoment(w.measuredOn, w.confirmedAt)),
      contractMoments: service.contracts.map((c) => Date.parse(c.confirmedAt)),
      contractConcerns: service.contracts.map((c) => this.concernOf(c.insurerId)),
      homeVisits: service.modalities.includes('aan-huis'),
      pauseMoment: service.pause ? Date.parse(service.pause.confirmedAt) : null,
      cell: service.location ? cellOf(service.location.point) : null,
      coveredCodes: [...new Set(service.coverage.map((c) => c.municipalityCode))],
      lastSeen: 0,
    };
    this.entries.set(service.id, entry);
    for (const code of entry.coveredCodes) addTo(this.byMunicipality, code, entry);
    if (entry.cell !== null) addTo(this.cellsFor(entry), entry.cell, entry);
    if (online && entry.coveredCodes.length === 0) addTo(this.onlineNational, NATIONAL, entry);
  }

  /** Removes a service; returns whether it was indexed. */
  remove(serviceId: string): boolean {
    const entry = this.entries.get(serviceId);
    if (!entry) return false;
    for (const code of entry.coveredCodes) removeFrom(this.byMunicipality, code, entry);
    if (entry.cell !== null) removeFrom(this.cellsFor(entry), entry.cell, entry);
    removeFrom(this.onlineNational, NATIONAL, entry);
    this.corpus.release(entry.textIds);
    this.entries.delete(serviceId);
    return true;
  }

  private cellsFor(entry: IndexedService): Map<number, KindBuckets> {
    return entry.coveredCodes.length === 0 ? this.openByCell : this.boundedByCell;
  }

  /**
   * The services a match considers, each once: of a wanted kind, and covering the municipality
   * (in any period), or online without a werkgebied, or without a werkgebied and located within
   * `radiusKm` of `point`, or with a werkgebied elsewhere and located within `neighbourhoodKm`.
   */
  candidates(
    kinds: readonly CareKind[],
    municipalityCode: string,
    point: GeoPoint,
    radiusKm: number,
    neighbourhoodKm: number,
  ): Candidate[] {
    const lookup = ++this.lookups;
    const distance = distanceFrom(point);
    const found: Candidate[] = [];
    const take = (entries: Set<IndexedService> | undefined, coversMunicipality: boolean) => {
      if (!entries) return;
      for (const entry of entries) {
        if (entry.lastSeen === lookup) continue;
        entry.lastSeen = lookup;
        const location = entry.service.location;
        found.push({ entry, distanceKm: location ? distance(location.point) : null, coversMunicipality });
      }
    };
    const local = this.byMunicipality.get(municipalityCode);
    const national = this.onlineNational.get(NATIONAL);
    for (const kind of kinds) {
      take(local?.get(kind), true);
      take(national?.get(kind), false);
    }
    const near = (cells: Map<number, KindBuckets>, withinKm: number) => {
      for (const cell of cellsWithin(point, withinKm)) {
        const buckets = cells.get(cell);
        if (!buckets) continue;
        for (const kind of kinds) {
          for (const entry of buckets.get(kind) ?? []) {
            if (entry.lastSeen === lookup) continue;
            const km = distance(entry.service.location!.point);
            if (km > withinKm) continue;
            entry.lastSeen = lookup;
            found.push({ entry, distanceKm: km, coversMunicipality: false });
          }
        }
      }
    };
    near(this.openByCell, radiusKm);
    near(this.boundedByCell, Math.min(radiusKm, neighbourhoodKm));
    return found;
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
