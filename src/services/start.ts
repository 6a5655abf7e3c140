/**
 * Start-up in one place, shared by `npm start` and the tests: open the database, run the
 * migrations, load reference data (and the demo regions in demo mode), then load the care map
 * into memory.
 */
import type { Config } from '../config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { listReferenceLists } from '../db/reference-repository';
import { seedDemoIfEmpty, loadReferenceDataFromRepo } from './catalog-seed';
import { seedRegionalRulesIfEmpty } from '../db/route-rules-repository';
import type { AppServices } from './app-services';
import { CatalogStore } from './catalog-store';
import { defaultAuthConfig, type AuthConfig } from '../config-auth';
import { authRuntime } from './auth-runtime';
import { deactivateDemoAccounts, seedDemoAccounts } from './demo-accounts';

export interface StartedServices {
  services: AppServices;
  close(): Promise<void>;
}

export type StartOptions = Pick<Config, 'databaseUrl' | 'demo' | 'catalogRefreshSeconds'> & {
  /** Directory for the embedded database; undefined keeps it in memory (tests). */
  dataDir: string | undefined;
  now?: () => Date;
  log?: (message: string) => void;
  /** Accounts and audit settings; tests and demo mode may leave them out. */
  auth?: AuthConfig;
  /** The wall clock for sessions, codes and audit timestamps (tests may move it). */
  clock?: () => Date;
  /** Outbox mail and reminders; left out, mail stays in the outbox (tests). */
  mail?: Config['mail'];
};

export async function startServices(options: StartOptions): Promise<StartedServices> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  try {
    await runMigrations(database);
    log('migrations applied');
    if (options.demo) {
      await seedDemoIfEmpty(database, { now: now() });
      await seedRegionalRulesIfEmpty(database.db);
    } else {
      await loadReferenceDataFromRepo(database);
    }
    const auth = authRuntime(options.auth ?? defaultAuthConfig(), options.clock);
    if (options.demo) await seedDemoAccounts(database, auth);
    else await deactivateDemoAccounts(database);
    const catalog = await CatalogStore.load(database.db, await listReferenceLists(database.db), options.catalogRefreshSeconds);
    log(`care map loaded: ${catalog.size} services`);
    return {
      services: { database, catalog, now, auth, ...(options.mail ? { mail: options.mail } : {}) },
      async close() {
        catalog.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
