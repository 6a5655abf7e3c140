/**
 * Keys derived from the one server key (WEGWIJZER_SECRET_KEY) and authenticated encryption of small
 * values at rest (TOTP secrets, patient identification), so a copy of the database alone does not
 * give away second factors or who the patients are.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface DerivedKeys {
  /** Encrypts TOTP secrets (AES-256-GCM). */
  totp: Buffer;
  /** Keys person pseudonyms in the audit trail (HMAC-SHA-256). */
  pseudonym: Buffer;
  /** Seals the short-lived single-sign-on state cookie. */
  oidcState: Buffer;
  /** Seals patient data in referrals, verkennend-gesprek requests and consultations (src/db/sealed-fields.ts). */
  personalData: Buffer;
}

export function deriveKeys(secretKey: Buffer): DerivedKeys {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), `wegwijzer:${purpose}`, 32));
  return {
    totp: derive('totp-secret'),
    pseudonym: derive('person-pseudonym'),
    oidcState: derive('oidc-state'),
    personalData: derive('personal-data'),
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

/**
 * The shape seal() produces: `v1`, a 12-byte IV (16 base64url characters), a 16-byte tag (22) and
 * the ciphertext. As a POSIX pattern too, so SQL can find values that are not sealed yet.
 */
export const SEALED_PATTERN = '^v1\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]*$';
const sealedShape = new RegExp(SEALED_PATTERN);

/** Whether text has the shape of a sealed value (says nothing about which key sealed it). */
export function isSealed(text: string): boolean {
  return sealedShape.test(text);
}

/** Decrypts what seal() made; throws when the key is wrong or the text was changed. */
export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
