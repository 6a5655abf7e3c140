/**
 * Time-based one-time passwords (RFC 6238 on RFC 4226 HOTP): 30-second steps, 6 digits, SHA-1 as
 * authenticator apps expect, and one step of clock drift either way. Secrets are base32 (RFC 4648)
 * as in otpauth:// URIs. The caller passes the time and the last step used, so a code is accepted
 * once only (no replay within its window).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps of clock drift accepted on either side of the current step. */
export const TOTP_WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32, ignoring case, spaces and padding; throws on any other character. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('invalid base32 character');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** HOTP (RFC 4226): the code for one counter value. */
export function hotp(
  secret: Uint8Array,
  counter: number,
  digits = TOTP_DIGITS,
  algorithm: HashAlgorithm = 'sha1',
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, '0');
}

/** The time step (counter) of an instant. */
export function totpStep(at: Date, stepSeconds = TOTP_STEP_SECONDS): number {
  return Math.floor(at.getTime() / 1000 / stepSeconds);
}

/** TOTP (RFC 6238): the code at an instant. */
export function totp(
  secret: Uint8Array,
  at: Date,
  digits = TOTP_DIGITS,
  algorithm: HashAlgorithm = 'sha1',
): string {
  return hotp(secret, totpStep(at), digits, algorithm);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'reused' };

/**
 * Checks a code at an instant within ±TOTP_WINDOW steps. A code of a step at or before
 * `lastUsedStep` is refused as reused, so a code seen over someone's shoulder cannot be replayed.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): TotpCheck {
  const given = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(given)) return { ok: false, reason: 'wrong' };
  const current = totpStep(at);
  for (let drift = -TOTP_WINDOW; drift <= TOTP_WINDOW; drift++) {
    const step = current + drift;
    const expected = hotp(secret, step);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
      if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: 'reused' };
      return { ok: true, step };
    }
  }
  return { ok: false, reason: 'wrong' };
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code). */
export function otpauthUri(secretBase32: string, account: string, issuer = 'Wegwijzer'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
