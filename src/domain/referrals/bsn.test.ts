import { describe, expect, it } from 'vitest';
import { normaliseBsn, passesElevenTest } from './bsn';

describe('the BSN elfproef', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
  });

  it('rejects a number with one digit wrong, and all zeros', () => {
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('111222334')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('reads spaces and dots, and pads an old eight-digit number with a zero', () => {
    expect(normaliseBsn('1112.22.333')).toBe('111222333');
    expect(normaliseBsn('1234 5678')).toBe('012345678');
    expect(normaliseBsn('12345')).toBeNull();
    expect(normaliseBsn('12345678a')).toBeNull();
  });
});
