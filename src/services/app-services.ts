/**
 * What the HTTP layer and the CLI get to work with: the database, the in-memory care map and a
 * clock. Built once at start-up (src/services/start.ts) and by tests.
 */
import type { Database } from '../db/client';
import type { CatalogStore } from './catalog-store';
import type { AuthRuntime } from './auth-runtime';
import type { MailConfig } from '../config';

export interface AppServices {
  database: Database;
  catalog: CatalogStore;
  /** The current time; tests pass a fixed one. */
  now: () => Date;
  /** Accounts, sessions and the audit trail: settings, keys and the wall clock they run on. */
  auth: AuthRuntime;
  /** Outbox mail and reminders (src/services/outbox.ts); left out, mail is not sent (tests). */
  mail?: MailConfig;
}
