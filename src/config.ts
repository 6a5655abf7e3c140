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
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): false (none, the
   * default), true (any), or a list of proxy addresses/CIDRs. The address is what rate limits
   * count and what the audit trail records as the workstation.
   */
  trustProxy: boolean | string[];
  /** Accounts, sessions, single sign-on and the audit trail (src/config-auth.ts). */
  auth: AuthConfig;
  /** E-mail from the outbox and the currency reminders (docs/currency.md). */
  mail: MailConfig;
}

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…:465; undefined: mail stays in the outbox, unsent. */
  smtpUrl: string | undefined;
  /** The sender, e.g. "Wegwijzer <noreply@regio.example>"; required together with smtpUrl. */
  from: string | undefined;
  /** Where users reach Wegwijzer, without a trailing slash; links in e-mail point here. */
  publicUrl: string;
  /** Minutes between writing due reminders and sending the outbox; 0 turns the job off. */
  reminderIntervalMinutes: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function trustProxyFrom(value: string | undefined): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
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
    trustProxy: trustProxyFrom(env.WEGWIJZER_TRUST_PROXY),
    auth: loadAuthConfig(env, demo),
    mail: loadMailConfig(env, intFrom(env.PORT, 3000, 'PORT')),
  };
}

function loadMailConfig(env: NodeJS.ProcessEnv, port: number): MailConfig {
  const smtpUrl = env.WEGWIJZER_SMTP_URL || undefined;
  const from = env.WEGWIJZER_MAIL_FROM || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) throw new Error('WEGWIJZER_SMTP_URL must look like smtp://user:pass@host:587');
  if (smtpUrl && !from) throw new Error('WEGWIJZER_MAIL_FROM is required when WEGWIJZER_SMTP_URL is set');
  const publicUrl = (env.WEGWIJZER_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(publicUrl)) throw new Error(`WEGWIJZER_PUBLIC_URL must be an http(s) address, got "${publicUrl}"`);
  return {
    smtpUrl,
    from,
    publicUrl,
    reminderIntervalMinutes: intFrom(env.WEGWIJZER_REMINDER_INTERVAL_MINUTES, 60, 'WEGWIJZER_REMINDER_INTERVAL_MINUTES'),
  };
}
