/**
 * Test helper: the real app on a fresh database (PGlite in memory, or a new PostgreSQL database
 * when the kind is 'postgres') with the reference data and the demo regions, driven with
 * Fastify's inject(). The clock is fixed so that date rules are testable.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app';
import { startServices, type StartedServices } from '../../src/services/start';
import { createPostgresDatabase, type TestDatabase } from './databases';
import { defaultAuthConfig, type AuthConfig } from '../../src/config-auth';

export const TEST_NOW = new Date('2026-11-23T10:00:00Z');

export interface TestApp {
  app: FastifyInstance;
  started: StartedServices;
  close(): Promise<void>;
}

export async function startTestApp(kind: TestDatabase['name'], now: Date = TEST_NOW, auth?: Partial<AuthConfig>): Promise<TestApp> {
  const adminUrl = process.env.DATABASE_URL;
  const postgres = kind === 'postgres' && adminUrl ? await createPostgresDatabase(adminUrl) : undefined;
  const started = await startServices({
    databaseUrl: postgres?.url,
    dataDir: undefined,
    demo: true,
    catalogRefreshSeconds: 0,
    now: () => now,
    // Sign-in rate limits are tested on their own; other tests sign in many times from one address.
    auth: defaultAuthConfig({ signInAttemptsPerMinute: 1_000, ...auth }),
  });
  const app = await buildApp({ services: started.services });
  return {
    app,
    started,
    async close() {
      await app.close();
      await started.close();
      await postgres?.drop();
    },
  };
}
