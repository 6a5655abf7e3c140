/**
 * The burgerservicenummer (BSN) check. A BSN is nine digits (older ones are written as eight and
 * get a leading zero) that pass the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
 * Wegwijzer asks for a BSN only where the law requires it (a GGZ referral letter, domain.md).
 */

/** Digits only, eight-digit numbers padded to nine; null when it cannot be a BSN at all. */
export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, '0');
}

/** True for a nine-digit number that passes the elfproef (and is not all zeros). */
export function passesElevenTest(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}
