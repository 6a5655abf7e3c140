/**
 * Start-up in one place, shared by `npm start` and the tests: open the database, run the
 * migrations, load reference data (and the demo regions in demo mode), seal patient data still
 * stored in plain text, then load the care map into memory.
 */
import type { Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { sealPlainConsultations } from '../db/consultation-repository';
import { sealPlainExploratory } from '../db/exploratory-repository';
import { sealPlainReferrals } from '../db/referral-repository';
import type { PersonalDataKey } from '../db/sealed-fields';
import { runMigrations } from '../db/migrate';
import { listReferenceLists } from '../db/reference-repository';
import { seedDemoIfEmpty, loadReferenceDataFromRepo } from './catalog-seed';
import { seedRegionalRulesIfEmpty } from '../db/route-rules-repository';
import type { AppServices } from './app-services';
import { CatalogStore } from './catalog-store';
import { defaultAuthConfig, type AuthConfig } from '../config-auth';
import { authRuntime } from './auth-runtime';
import { deactivateDemoAccounts, seedDemoAccounts } from './demo-accounts';
import { seedDemoReferralsIfEmpty } from './demo-referrals';

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
  /** In demo mode, also make the fictional demo referrals when there are none (npm start; tests leave it out). */
  demoReferrals?: boolean;
};

/** How many rows of each table the start-up step sealed. */
export interface SealedCounts {
  referrals: number;
  referralEvents: number;
  exploratoryRequests: number;
  consultations: number;
  consultationMessages: number;
}

/**
 * Seals patient data that is still plain text: referrals (with their events' messages),
 * verkennend-gesprek requests and consultations (with their messages) written before it was
 * stored sealed, e.g. in a demo data directory from an earlier start. Idempotent (sealed values
 * are left alone) and in one transaction, so a failure leaves everything as it was. Answers how
 * many rows of each table it sealed. Runs after the migrations, before anything reads these tables.
 */
export async function sealPlainPatientData(database: Database, key: PersonalDataKey): Promise<SealedCounts> {
  return database.db.transaction(async (tx) => ({
    ...(await sealPlainReferrals(tx, key)),
    exploratoryRequests: await sealPlainExploratory(tx, key),
    ...(await sealPlainConsultations(tx, key)),
  }));
}

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
    const sealed = await sealPlainPatientData(database, auth.keys.personalData);
    if (Object.values(sealed).some((n) => n > 0)) {
      log(
        `patient data sealed: ${sealed.referrals} referrals, ${sealed.referralEvents} referral events, ` +
          `${sealed.exploratoryRequests} verkennend-gesprek requests, ${sealed.consultations} consultations, ` +
          `${sealed.consultationMessages} consultation messages`,
      );
    }
    if (options.demo) await seedDemoAccounts(database, auth);
    else await deactivateDemoAccounts(database);
    const catalog = await CatalogStore.load(database.db, await listReferenceLists(database.db), options.catalogRefreshSeconds);
    log(`care map loaded: ${catalog.size} services`);
    const services: AppServices = { database, catalog, now, auth, ...(options.mail ? { mail: options.mail } : {}) };
    if (options.demo && options.demoReferrals) {
      const made = await seedDemoReferralsIfEmpty(services);
      if (made > 0) log(`demo referrals made: ${made} (fictional patients)`);
    }
    return {
      services,
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
