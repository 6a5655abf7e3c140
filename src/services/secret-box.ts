/**
 * Keys derived from the one server key (WEGWIJZER_SECRET_KEY) and authenticated encryption of small
 * secrets at rest (TOTP secrets), so a copy of the database alone does not give away second factors.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface DerivedKeys {
  /** Encrypts TOTP secrets (AES-256-GCM). */
  totp: Buffer;
  /** Keys person pseudonyms in the audit trail (HMAC-SHA-256). */
  pseudonym: Buffer;
  /** Seals the short-lived single-sign-on state cookie. */
  oidcState: Buffer;
}

export function deriveKeys(secretKey: Buffer): DerivedKeys {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), `wegwijzer:${purpose}`, 32));
  return {
    totp: derive('totp-secret'),
    pseudonym: derive('person-pseudonym'),
    oidcState: derive('oidc-state'),
  };
}

/** Encrypts text as `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Decrypts what seal() made; throws when the key is wrong or the text was changed. */
export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
