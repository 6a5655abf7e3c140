/**
 * The real Wegwijzer for browser tests: the app built in-process by the same start-up as `npm
 * start` (src/services/start.ts) on an in-memory PGlite with migrations, reference data and the
 * demo regions, listening on 127.0.0.1 on a free port and serving the built web app from
 * dist/web (run `npm run build:web` first; `npm test` does).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp } from '../../src/http/app';
import { startServices } from '../../src/services/start';

/** The clock of the browser tests, so that data ages and dated rules are the same on every run. */
export const E2E_NOW = new Date('2026-11-23T10:00:00Z');

export const WEB_DIR = resolve(import.meta.dirname, '../../dist/web');

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(options: { now?: Date } = {}): Promise<TestServer> {
  if (!existsSync(resolve(WEB_DIR, 'index.html'))) {
    throw new Error(`No built web app in ${WEB_DIR}: run "npm run build:web" before the e2e tests.`);
  }
  const now = options.now ?? E2E_NOW;
  const started = await startServices({
    databaseUrl: undefined,
    dataDir: undefined,
    demo: true,
    catalogRefreshSeconds: 0,
    now: () => now,
  });
  try {
    const app = await buildApp({ services: started.services, webDir: WEB_DIR });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      url: address.replace(/\/$/, ''),
      async close() {
        await app.close();
        await started.close();
      },
    };
  } catch (error) {
    await started.close();
    throw error;
  }
}
