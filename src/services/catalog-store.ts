/**
 * The care map in memory: every service with its current facts, kept in the matching index so a
 * match never scans a table. Loaded once at start-up; afterwards the store polls for services
 * changed by any app process (service.updated_at) and patches the index, so several stateless
 * processes on one PostgreSQL converge within the refresh interval. A write in this process calls
 * `refreshNow()` to see its own change at once.
 */
import type { CatalogService, DiagnosisGroup, Insurer, Municipality } from '../domain/catalog/types';
import type { ReferenceLists } from '../domain/catalog/reference';
import { buildIndex, type MatchIndex } from '../domain/matching/index';
import type { Db } from '../db/client';
import { latestServiceChange, loadCatalogServices, servicesChangedSince } from '../db/catalog-repository';

export class CatalogStore {
  private index: MatchIndex;
  private watermark: Date = new Date(0);
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  loadedAt: Date | null = null;

  readonly municipalities: Map<string, Municipality>;
  readonly insurers: Map<string, Insurer>;
  readonly diagnosisGroups: Map<string, DiagnosisGroup>;

  private constructor(
    private readonly db: Db,
    private readonly reference: ReferenceLists,
  ) {
    this.municipalities = new Map(reference.municipalities.map((m) => [m.code, m]));
    this.insurers = new Map(reference.insurers.map((i) => [i.id, i]));
    this.diagnosisGroups = new Map(reference.diagnosisGroups.map((g) => [g.code, g]));
    this.index = this.build([]);
  }

  private build(services: CatalogService[]): MatchIndex {
    const { municipalities, insurers, diagnosisGroups } = this.reference;
    return buildIndex(services, municipalities, { insurers, diagnosisGroups });
  }

  /** Loads the whole care map and starts polling for changes every `refreshSeconds` (0: never). */
  static async load(db: Db, reference: ReferenceLists, refreshSeconds: number): Promise<CatalogStore> {
    const store = new CatalogStore(db, reference);
    store.watermark = (await latestServiceChange(db)) ?? new Date(0);
    store.index = store.build(await loadCatalogServices(db));
    store.loadedAt = new Date();
    if (refreshSeconds > 0) {
      store.timer = setInterval(() => void store.refreshNow().catch(() => undefined), refreshSeconds * 1000);
      store.timer.unref();
    }
    return store;
  }

  get matchIndex(): MatchIndex {
    return this.index;
  }

  get size(): number {
    return this.index.size;
  }

  service(id: string): CatalogService | undefined {
    return this.index.get(id);
  }

  /** Reloads the services changed since the last look and patches the index. */
  refreshNow(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const { ids, latest } = await servicesChangedSince(this.db, this.watermark);
        if (ids.length === 0) return;
        const services = await loadCatalogServices(this.db, ids);
        for (const service of services) this.index.upsert(service);
        const found = new Set(services.map((s) => s.id));
        for (const id of ids) if (!found.has(id)) this.index.remove(id);
        if (latest) this.watermark = latest;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
