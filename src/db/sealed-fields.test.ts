/**
 * Sealing the personal fields of a row, without a database: round trip, null and absent fields
 * left alone, other fields untouched, only plain values sealed by the start-up step, and a loud
 * failure (naming the column, never the value) for the wrong key or a value that was never sealed.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeys, isSealed } from '../services/secret-box';
import { exploratorySealed, referralSealed } from './sealed-fields';

const key = deriveKeys(randomBytes(32)).personalData;
const otherKey = deriveKeys(randomBytes(32)).personalData;

const patient = {
  patientName: 'Jan de Groot',
  patientBirthDate: '1991-03-02',
  patientAddress: 'Kerkstraat 1, Doorn',
  patientPostcode: '3941 AA',
  patientPhone: '06 12345678',
  patientEmail: null,
  bsn: '111222333',
  mainProblem: 'Somberheid',
  route: 'bggz',
  insurerId: 'vgz',
};

describe('sealed fields', () => {
  it('seals the listed text fields, leaves null and other fields alone, and opens to the same row', () => {
    const sealed = referralSealed.seal(key, patient);
    for (const field of [
      'patientName',
      'patientBirthDate',
      'patientAddress',
      'bsn',
      'mainProblem',
    ] as const) {
      expect(isSealed(sealed[field]), field).toBe(true);
    }
    expect(sealed).toMatchObject({ patientEmail: null, route: 'bggz', insurerId: 'vgz' });
    expect(JSON.stringify(sealed)).not.toMatch(/Groot|1991|Kerkstraat|3941|12345678|111222333|Somberheid/);
    expect(referralSealed.open(key, sealed)).toEqual(patient);
    // a partial row (an update) seals only what it holds
    expect(Object.keys(referralSealed.seal(key, { rejectionNote: 'Vol', state: 'afgewezen' }))).toEqual([
      'rejectionNote',
      'state',
    ]);
  });

  it('fails loudly, naming the column but not the value, with another key or on a value never sealed', () => {
    const sealed = exploratorySealed.seal(key, { patientName: 'Petra de Boer', patientPhone: null });
    expect(() => exploratorySealed.open(otherKey, sealed)).toThrow(
      /^exploratory_request\.patientName does not open with this key/,
    );
    let message = '';
    try {
      referralSealed.open(key, { patientName: 'Jan de Groot' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^referral\.patientName does not open/);
    expect(message).not.toContain('Groot');
  });

  it('for the start-up step seals only what is still plain', () => {
    const half = {
      ...patient,
      patientName: referralSealed.seal(key, { patientName: 'Jan de Groot' }).patientName,
    };
    const change = referralSealed.sealPlain(key, half);
    expect(Object.keys(change).sort()).toEqual(
      ['bsn', 'mainProblem', 'patientAddress', 'patientBirthDate', 'patientPhone', 'patientPostcode'].sort(),
    );
    expect(referralSealed.open(key, { ...half, ...change })).toEqual(patient);
  });

  it('tells a sealed value from text that only looks like one', () => {
    expect(isSealed(referralSealed.seal(key, { bsn: '' }).bsn)).toBe(true);
    expect(isSealed('v1. Somberheid')).toBe(false);
    expect(isSealed('v1.abc.def.ghi')).toBe(false);
  });
});
