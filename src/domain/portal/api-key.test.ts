import { describe, expect, it } from 'vitest';
import { apiKeyPrefix, bearerToken, formatApiKey, hashApiKey, looksLikeApiKey } from './api-key';

describe('API keys for a provider system', () => {
  const key = formatApiKey(new Uint8Array(32).fill(7));

  it('formats 32 random bytes as wwz_ plus base64url, recognisable by its prefix', () => {
    expect(key).toMatch(/^wwz_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeApiKey(key)).toBe(true);
    expect(looksLikeApiKey(`${key}x`)).toBe(false);
    expect(apiKeyPrefix(key)).toBe(key.slice(0, 12));
    expect(() => formatApiKey(new Uint8Array(16))).toThrow();
  });

  it('stores a SHA-256 hex digest, never the key', () => {
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toContain(key.slice(4, 12));
    expect(hashApiKey(key)).not.toBe(hashApiKey(formatApiKey(new Uint8Array(32).fill(8))));
  });

  it('reads the key from an Authorization header', () => {
    expect(bearerToken(`Bearer ${key}`)).toBe(key);
    expect(bearerToken(`bearer  ${key} `)).toBe(key);
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
