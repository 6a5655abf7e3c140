/**
 * API keys with which a provider's own system (EPD, planning) posts waiting times for its
 * organisation. A key is "wwz_" plus 32 random bytes in base64url; it is shown once, and only its
 * SHA-256 (hex) is stored, with the first characters as a recognisable prefix for lists. The
 * randomness is passed in, so the format is testable.
 */
import { createHash } from 'node:crypto';

export const API_KEY_MARKER = 'wwz_';
export const API_KEY_RANDOM_BYTES = 32;
/** Characters of the key shown in lists ("wwz_" and 8 more): enough to tell keys apart, useless to an attacker. */
const PREFIX_LENGTH = API_KEY_MARKER.length + 8;
const KEY_PATTERN = /^wwz_[A-Za-z0-9_-]{43}$/;

/** The key for these random bytes. */
export function formatApiKey(random: Uint8Array): string {
  if (random.length !== API_KEY_RANDOM_BYTES)
    throw new Error(`an API key takes ${API_KEY_RANDOM_BYTES} random bytes`);
  return `${API_KEY_MARKER}${Buffer.from(random).toString('base64url')}`;
}

/** Whether a string has the form of a key (a cheap check before any database lookup). */
export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** The part of a key shown in lists. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

/** What is stored: SHA-256 of the key, lower-case hex. A 256-bit random key needs no slow hash. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The key of an `Authorization: Bearer <key>` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
