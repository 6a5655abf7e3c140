import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, otpauthUri, totp, verifyTotp } from './totp';

const ascii = (text: string) => Buffer.from(text, 'ascii');
const SHA1_KEY = ascii('12345678901234567890');
const SHA256_KEY = ascii('12345678901234567890123456789012');
const SHA512_KEY = ascii('1234567890123456789012345678901234567890123456789012345678901234');
const at = (seconds: number) => new Date(seconds * 1000);

describe('HOTP (RFC 4226 appendix D)', () => {
  it('gives the published codes for counters 0 to 9', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SHA1_KEY, counter))).toEqual(expected);
  });
});

describe('TOTP (RFC 6238 appendix B)', () => {
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  it.each(vectors)('at %i s gives the SHA-1, SHA-256 and SHA-512 codes', (seconds, sha1, sha256, sha512) => {
    expect(totp(SHA1_KEY, at(seconds), 8, 'sha1')).toBe(sha1);
    expect(totp(SHA256_KEY, at(seconds), 8, 'sha256')).toBe(sha256);
    expect(totp(SHA512_KEY, at(seconds), 8, 'sha512')).toBe(sha512);
  });
});

describe('verifying a code', () => {
  const now = at(1_700_000_000);
  it('accepts the current code and those one step either side, and nothing further', () => {
    for (const drift of [-30, 0, 30])
      expect(verifyTotp(SHA1_KEY, totp(SHA1_KEY, at(1_700_000_000 + drift)), now, null).ok).toBe(true);
    for (const drift of [-90, 90])
      expect(verifyTotp(SHA1_KEY, totp(SHA1_KEY, at(1_700_000_000 + drift)), now, null).ok).toBe(false);
  });
  it('refuses a code that was already used, and an older one', () => {
    const first = verifyTotp(SHA1_KEY, totp(SHA1_KEY, now), now, null);
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : 0;
    expect(verifyTotp(SHA1_KEY, totp(SHA1_KEY, now), now, step)).toEqual({ ok: false, reason: 'reused' });
    expect(verifyTotp(SHA1_KEY, totp(SHA1_KEY, at(1_700_000_000 - 30)), now, step)).toEqual({
      ok: false,
      reason: 'reused',
    });
  });
  it('refuses malformed codes without throwing', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '١٢٣٤٥٦', "' or 1=1"])
      expect(verifyTotp(SHA1_KEY, code, now, null).ok).toBe(false);
  });
  it('accepts a code typed with a space in the middle', () => {
    const code = totp(SHA1_KEY, now);
    expect(verifyTotp(SHA1_KEY, `${code.slice(0, 3)} ${code.slice(3)}`, now, null).ok).toBe(true);
  });
});

describe('base32 and the otpauth URI', () => {
  it('round-trips bytes and decodes the RFC 4648 examples', () => {
    expect(base32Encode(ascii('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======').toString('ascii')).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi').toString('ascii')).toBe('foobar');
    const bytes = Buffer.from([0, 1, 2, 250, 255, 128, 7, 9, 11, 13]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(() => base32Decode('ABC1')).toThrow();
  });
  it('names the issuer and account in the URI', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'huisarts@demo.wegwijzer.nl');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Wegwijzer%3Ahuisarts%40demo\.wegwijzer\.nl\?/);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain('period=30');
  });
});
