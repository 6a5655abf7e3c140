/**
 * Configuration from the environment, with defaults that run one region on one laptop. Secrets
 * come only from the environment; nothing here is read from files in the repository.
 */
import { loadAuthConfig, type AuthConfig } from './config-auth';

export interface Config {
  host: string;
  port: number;
  /** postgres://… for a PostgreSQL server; empty means the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Load the fictional demo regions when the care map is empty. */
  demo: boolean;
  logLevel: string;
  /** How often an app process looks for care-map changes made by other processes. */
  catalogRefreshSeconds: number;
  /** Serve the built web app from this directory when it exists. */
  webDir: string;
  /** Accounts, sessions, single sign-on and the audit trail (src/config-auth.ts). */
  auth: AuthConfig;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const demo = (env.WEGWIJZER_DEMO ?? (env.NODE_ENV === 'production' ? 'false' : 'true')) === 'true';
  return {
    host: env.HOST ?? '127.0.0.1',
    port: intFrom(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.WEGWIJZER_DATA_DIR ?? './data/pglite',
    demo,
    logLevel: env.LOG_LEVEL ?? 'info',
    catalogRefreshSeconds: intFrom(env.WEGWIJZER_CATALOG_REFRESH_SECONDS, 5, 'WEGWIJZER_CATALOG_REFRESH_SECONDS'),
    webDir: env.WEGWIJZER_WEB_DIR ?? './dist/web',
    auth: loadAuthConfig(env, demo),
  };
}
