/**
 * What accounts, sessions and the audit trail need at run time: the settings, the keys derived
 * from the server key, and a clock. That clock is the wall clock, not the business clock
 * `services.now` (which tests fix to a date for date rules): session expiry, TOTP codes, lock-out
 * and audit timestamps must follow real time.
 */
import type { AuthConfig } from '../config-auth';
import { deriveKeys, type DerivedKeys } from './secret-box';

export interface AuthRuntime {
  config: AuthConfig;
  keys: DerivedKeys;
  clock: () => Date;
}

export function authRuntime(config: AuthConfig, clock: () => Date = () => new Date()): AuthRuntime {
  return { config, keys: deriveKeys(config.secretKey), clock };
}
