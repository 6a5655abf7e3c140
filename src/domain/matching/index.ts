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
import type { CatalogService, CoverageArea, DiagnosisGroup, GeoPoint, Insurer, Municipality } from '../catalog/types';
import { careKindInfo, CEILING_STATE_IDS, type CareKind } from '../catalog/vocabulary';
import { factMoment } from '../waiting/staleness';
import { TextCorpus } from './corpus';
import { cellOf, cellsWithin, distanceFrom } from './geo';
import { normalizeText } from './text';

/** Positions of a contract fact's fields in `IndexedService.contractFacts`. */
export const CONTRACT_FIELD = { year: 0, insurer: 1, concern: 2, moment: 3, contracted: 4, ceiling: 5 } as const;
export const CONTRACT_STRIDE = 6;

/**
 * A service with what the index derives from it. The fields a match reads for every considered
 * service sit on this object itself (not behind `service.location.point` and the like): at 50,000
 * services, following pointers across the heap was the largest cost of a match.
 */
export interface IndexedService {
  service: CatalogService;
  /** Copies of what the filters read for every candidate (see filters.ts). */
  id: string;
  crisis: boolean;
  ageMin: number;
  /** Infinity when the service has no upper age. */
  ageMax: number;
  hasExclusions: boolean;
  pauseActive: boolean;
  /** Location, or NaN when the service has none. */
  lat: number;
  lon: number;
  /** The service names a werkgebied (coverage areas); without one it takes patients from anywhere. */
  bounded: boolean;
  /** Sorted stem numbers of the service's name and description (corpus.ts). */
  textIds: Uint32Array;
  /** Offers help online (modality `online`). */
  online: boolean;
  /** Offers home visits (modality `aan-huis`). */
  homeVisits: boolean;
  /** From the kind of care (vocabulary.ts): paid by insurers under contract; has a waiting list. */
  requiresContract: boolean;
  waitsApply: boolean;
  /**
   * The contract facts packed as numbers (CONTRACT_FIELD): year, insurer number, concern number
   * (-1 unknown; see MatchIndex.partyNumber), moment confirmed (epoch ms), contracted (1/0),
   * ceiling (index in CEILING_STATE_IDS).
   */
  contractFacts: Float64Array;
  /** The moment (epoch ms) each wait counts from, in the order of `service.waits`. */
  waitMoments: number[];
  pauseMoment: number | null;
  /** Normalised name for a fast, deterministic order. */
  sortName: string;
  cell: number | null;
  coveredCodes: string[];
  /** Scratch for candidates(): the number of the last lookup that found this service. */
  lastSeen: number;
}

/**
 * The services a match considers, as parallel arrays (one object per candidate would be most of
 * a match's garbage): the service, its distance (NaN: no location) and its coverage areas for the
 * patient's municipality (null: it names the municipality in no period).
 */
export interface CandidateList {
  entries: IndexedService[];
  distances: number[];
  coverageHere: (readonly CoverageArea[] | null)[];
}

export interface IndexOptions {
  /** Insurers with their concern, so a contract made by a concern applies to all its labels. */
  insurers?: Insurer[];
  /** Names of the diagnosis groups, for reasons such as "Behandelt angststoornissen". */
  diagnosisGroups?: DiagnosisGroup[];
}

type KindBuckets = Map<CareKind, Set<IndexedService>>;
/** Per kind, the services covering one municipality with their coverage areas for it. */
type CoverageBuckets = Map<CareKind, Map<IndexedService, readonly CoverageArea[]>>;

function bucketFor<K>(map: Map<K, KindBuckets>, key: K, kind: CareKind): Set<IndexedService> {
  let buckets = map.get(key);
  if (!buckets) map.set(key, (buckets = new Map()));
  let entries = buckets.get(kind);
  if (!entries) buckets.set(kind, (entries = new Set()));
  return entries;
}

function removeFrom<K>(map: Map<K, KindBuckets | CoverageBuckets>, key: K, entry: IndexedService): void {
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
  private readonly byMunicipality = new Map<string, CoverageBuckets>();
  /** Services without a werkgebied, by grid cell. */
  private readonly openByCell = new Map<number, KindBuckets>();
  /** Services with a werkgebied, by grid cell. */
  private readonly boundedByCell = new Map<number, KindBuckets>();
  /** Online services without a werkgebied, under the single key NATIONAL. */
  private readonly onlineNational = new Map<string, KindBuckets>();
  /** Small numbers for insurer ids and concerns, so contract facts pack into numbers. */
  private readonly parties = new Map<string, number>();
  private lookups = 0;
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

  /** A service with what the index derived from it. */
  entry(serviceId: string): IndexedService | undefined {
    return this.entries.get(serviceId);
  }

  /**
   * The number of an insurer id or concern name; -2 for one no contract mentions (it then matches
   * nothing, and -1 is "concern unknown" in a packed fact).
   */
  partyNumber(name: string): number {
    return this.parties.get(name) ?? -2;
  }

  private numberParty(name: string): number {
    let number = this.parties.get(name);
    if (number === undefined) this.parties.set(name, (number = this.parties.size));
    return number;
  }

  /** Adds a service or replaces the indexed version of it. */
  upsert(service: CatalogService): void {
    this.remove(service.id);
    const kind = careKindInfo(service.kind);
    const contractFacts = new Float64Array(service.contracts.length * CONTRACT_STRIDE);
    service.contracts.forEach((c, i) => {
      const concern = this.concernOf(c.insurerId);
      const at = i * CONTRACT_STRIDE;
      contractFacts[at + CONTRACT_FIELD.year] = c.year;
      contractFacts[at + CONTRACT_FIELD.insurer] = this.numberParty(c.insurerId);
      contractFacts[at + CONTRACT_FIELD.concern] = concern === undefined ? -1 : this.numberParty(concern);
      contractFacts[at + CONTRACT_FIELD.moment] = Date.parse(c.confirmedAt);
      contractFacts[at + CONTRACT_FIELD.contracted] = c.contracted ? 1 : 0;
      contractFacts[at + CONTRACT_FIELD.ceiling] = CEILING_STATE_IDS.indexOf(c.ceiling);
    });
    const coveredCodes = [...new Set(service.coverage.map((c) => c.municipalityCode))];
    const entry: IndexedService = {
      service,
      id: service.id,
      crisis: service.kind === 'crisis',
      ageMin: service.ageMin,
      ageMax: service.ageMax ?? Number.POSITIVE_INFINITY,
      hasExclusions: service.exclusions.length > 0,
      pauseActive: service.pause?.active === true,
      lat: service.location ? service.location.point.lat : Number.NaN,
      lon: service.location ? service.location.point.lon : Number.NaN,
      bounded: coveredCodes.length > 0,
      textIds: this.corpus.add(`${service.name} ${service.description}`),
      online: service.modalities.includes('online'),
      homeVisits: service.modalities.includes('aan-huis'),
      requiresContract: kind.requiresInsurerContract,
      waitsApply: kind.waitsApply,
      contractFacts,
      waitMoments: service.waits.map((w) => factMoment(w.measuredOn, w.confirmedAt)),
      pauseMoment: service.pause ? Date.parse(service.pause.confirmedAt) : null,
      sortName: normalizeText(service.name),
      cell: service.location ? cellOf(service.location.point) : null,
      coveredCodes,
      lastSeen: 0,
    };
    this.entries.set(service.id, entry);
    for (const code of coveredCodes) {
      let buckets = this.byMunicipality.get(code);
      if (!buckets) this.byMunicipality.set(code, (buckets = new Map()));
      let covering = buckets.get(service.kind);
      if (!covering) buckets.set(service.kind, (covering = new Map()));
      covering.set(entry, service.coverage.filter((c) => c.municipalityCode === code));
    }
    if (entry.cell !== null) bucketFor(this.cellsFor(entry), entry.cell, service.kind).add(entry);
    if (entry.online && !entry.bounded) bucketFor(this.onlineNational, NATIONAL, service.kind).add(entry);
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
    return entry.bounded ? this.boundedByCell : this.openByCell;
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
  ): CandidateList {
    const lookup = ++this.lookups;
    const distance = distanceFrom(point);
    const list: CandidateList = { entries: [], distances: [], coverageHere: [] };
    const add = (entry: IndexedService, km: number, areas: readonly CoverageArea[] | null) => {
      entry.lastSeen = lookup;
      list.entries.push(entry);
      list.distances.push(km);
      list.coverageHere.push(areas);
    };
    const local = this.byMunicipality.get(municipalityCode);
    const national = this.onlineNational.get(NATIONAL);
    for (const kind of kinds) {
      local?.get(kind)?.forEach((areas, entry) => {
        if (entry.lastSeen !== lookup) add(entry, distance(entry.lat, entry.lon), areas);
      });
      for (const entry of national?.get(kind) ?? []) {
        if (entry.lastSeen !== lookup) add(entry, distance(entry.lat, entry.lon), null);
      }
    }
    const near = (cells: Map<number, KindBuckets>, withinKm: number) => {
      for (const cell of cellsWithin(point, withinKm)) {
        const buckets = cells.get(cell);
        if (!buckets) continue;
        for (const kind of kinds) {
          for (const entry of buckets.get(kind) ?? []) {
            if (entry.lastSeen === lookup) continue;
            const km = distance(entry.lat, entry.lon);
            if (km <= withinKm) add(entry, km, null);
          }
        }
      }
    };
    near(this.openByCell, radiusKm);
    near(this.boundedByCell, Math.min(radiusKm, neighbourhoodKm));
    return list;
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
