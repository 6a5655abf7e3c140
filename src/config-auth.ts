/**
 * Configuration of accounts, sessions and the audit trail, from the environment only. The server
 * key must be set outside demo mode; in demo mode (and tests) a fixed development key is used,
 * which is fine because demo data is fictional and demo passwords are published anyway.
 */
import { createHash } from 'node:crypto';
import { checkedRetentionYears, MINIMUM_RETENTION_YEARS } from './domain/audit/retention';

export interface OidcConfig {
  /** The issuer URL; its /.well-known/openid-configuration is read at start-up. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback, as registered at the identity provider: https://…/api/auth/oidc/callback. */
  redirectUri: string;
  /** Label of the sign-in button, e.g. "Aanmelden met UZI-pas via de regio". */
  label: string;
}

export interface AuthConfig {
  /** 32 bytes from WEGWIJZER_SECRET_KEY; encrypts TOTP secrets and patient data, keys pseudonyms. */
  secretKey: Buffer;
  /** True when the key is the published development key (demo mode without a key). */
  developmentKey: boolean;
  /** Send cookies with Secure; off only for plain-HTTP development on another host than localhost. */
  cookieSecure: boolean;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** And after this many hours whatever the activity. */
  sessionMaxHours: number;
  /** Sign-in and second-factor attempts per client address per minute (per app process). */
  signInAttemptsPerMinute: number;
  /** How long the audit trail is kept: at least five years. */
  auditRetentionYears: number;
  /** Single sign-on through OpenID Connect, when configured. */
  oidc: OidcConfig | null;
}

const DEVELOPMENT_KEY = createHash('sha256')
  .update('wegwijzer development key: never use in production')
  .digest();

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

function keyFrom(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new Error('WEGWIJZER_SECRET_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}

export function loadAuthConfig(env: NodeJS.ProcessEnv, demo: boolean): AuthConfig {
  const given = env.WEGWIJZER_SECRET_KEY;
  if (!given && !demo)
    throw new Error('WEGWIJZER_SECRET_KEY is required outside demo mode (32 bytes, hex or base64)');
  const oidcIssuer = env.WEGWIJZER_OIDC_ISSUER;
  let oidc: OidcConfig | null = null;
  if (oidcIssuer) {
    const missing = [
      'WEGWIJZER_OIDC_CLIENT_ID',
      'WEGWIJZER_OIDC_CLIENT_SECRET',
      'WEGWIJZER_OIDC_REDIRECT_URI',
    ].filter((k) => !env[k]);
    if (missing.length > 0) throw new Error(`OpenID Connect is configured but ${missing.join(', ')} missing`);
    oidc = {
      issuer: oidcIssuer,
      clientId: env.WEGWIJZER_OIDC_CLIENT_ID ?? '',
      clientSecret: env.WEGWIJZER_OIDC_CLIENT_SECRET ?? '',
      redirectUri: env.WEGWIJZER_OIDC_REDIRECT_URI ?? '',
      label: env.WEGWIJZER_OIDC_LABEL ?? 'Aanmelden via uw organisatie',
    };
  }
  return {
    secretKey: given ? keyFrom(given) : DEVELOPMENT_KEY,
    developmentKey: !given,
    cookieSecure: (env.WEGWIJZER_COOKIE_SECURE ?? 'true') !== 'false',
    sessionIdleMinutes: positiveInt(env.WEGWIJZER_SESSION_IDLE_MINUTES, 30, 'WEGWIJZER_SESSION_IDLE_MINUTES'),
    sessionMaxHours: positiveInt(env.WEGWIJZER_SESSION_MAX_HOURS, 12, 'WEGWIJZER_SESSION_MAX_HOURS'),
    signInAttemptsPerMinute: positiveInt(
      env.WEGWIJZER_SIGN_IN_PER_MINUTE,
      10,
      'WEGWIJZER_SIGN_IN_PER_MINUTE',
    ),
    auditRetentionYears: checkedRetentionYears(
      positiveInt(
        env.WEGWIJZER_AUDIT_RETENTION_YEARS,
        MINIMUM_RETENTION_YEARS,
        'WEGWIJZER_AUDIT_RETENTION_YEARS',
      ),
    ),
    oidc,
  };
}

/** The settings tests and demo mode use unless they say otherwise. */
export function defaultAuthConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return { ...loadAuthConfig({}, true), ...overrides };
}
