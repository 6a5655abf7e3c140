import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { ageOn, validateNewReferral, validUntilOf, type NewReferralInput } from './new-referral';
import type { ReferralRoute } from './vocabulary';

const TODAY = '2026-11-23';

function aGgzReferral(overrides: Partial<NewReferralInput> = {}): NewReferralInput {
  return {
    patientName: 'J. de Groot',
    patientBirthDate: '1980-04-12',
    patientAddress: 'Stationsweg 1, Ede',
    patientPostcode: '6711pa',
    patientPhone: '06 12345678',
    patientEmail: null,
    insurerId: 'vgz',
    bsn: '111222333',
    suspectedDisorder: 'Depressieve stoornis',
    mainProblem: 'Somberheid sinds half jaar',
    question: 'Behandeling van de depressie',
    careLevel: 'bggz',
    severity: 'matig',
    risk: 'geen',
    complexity: 'enkelvoudig',
    course: 'Vier maanden, geen verbetering na zes gesprekken met de POH-GGZ',
    patientWish: 'Liefst overdag',
    consentToShare: true,
    ...overrides,
  };
}

const check = (input: NewReferralInput, route: ReferralRoute = 'bggz') =>
  validateNewReferral(input, { route, today: TODAY, isKnownInsurer: (id) => ['vgz', 'cz'].includes(id) });

function problemsOf(input: NewReferralInput, route: ReferralRoute = 'bggz') {
  try {
    check(input, route);
  } catch (error) {
    if (error instanceof DomainError)
      return Object.fromEntries(error.details.map((d) => [d.field, d.message]));
    throw error;
  }
  return {};
}

describe('a new GGZ referral', () => {
  it('accepts a complete referral and tidies it (postcode, BSN kept for the letter)', () => {
    const value = check(aGgzReferral({ bsn: '1112 22 333' }));
    expect(value).toMatchObject({
      patientPostcode: '6711 PA',
      bsn: '111222333',
      careLevel: 'bggz',
      consentToShare: true,
    });
  });

  it('requires what the letter must state: address, postcode, insurer, BSN, suspected disorder, level and criteria', () => {
    const problems = problemsOf(
      aGgzReferral({
        patientAddress: ' ',
        patientPostcode: null,
        insurerId: null,
        bsn: null,
        suspectedDisorder: '',
        careLevel: null,
        severity: null,
        risk: null,
        complexity: null,
        course: null,
      }),
    );
    expect(Object.keys(problems).sort()).toEqual(
      [
        'bsn',
        'careLevel',
        'complexity',
        'course',
        'insurerId',
        'patientAddress',
        'patientPostcode',
        'risk',
        'severity',
        'suspectedDisorder',
      ].sort(),
    );
    expect(problems.bsn).toMatch(/wettelijk verplicht/);
  });

  it('rejects a BSN that fails the elfproef', () => {
    expect(problemsOf(aGgzReferral({ bsn: '123456789' })).bsn).toMatch(/elfproef/);
  });

  it("refuses a care level that is not the service's own", () => {
    expect(problemsOf(aGgzReferral({ careLevel: 'sggz' })).careLevel).toMatch(/generalistische basis-ggz/);
  });

  it("requires the patient's consent to share", () => {
    expect(problemsOf(aGgzReferral({ consentToShare: false })).consentToShare).toMatch(/toestemming/);
  });

  it('refers adults only and rejects a birth date in the future', () => {
    expect(problemsOf(aGgzReferral({ patientBirthDate: '2008-11-24' })).patientBirthDate).toMatch(
      /18 jaar of ouder/,
    );
    expect(problemsOf(aGgzReferral({ patientBirthDate: '2008-11-23' }))).toEqual({});
    expect(problemsOf(aGgzReferral({ patientBirthDate: '2027-01-01' })).patientBirthDate).toMatch(/toekomst/);
    expect(problemsOf(aGgzReferral({ patientBirthDate: '1980-02-30' })).patientBirthDate).toMatch(/geldige/);
  });

  it('needs a way to reach the patient', () => {
    expect(problemsOf(aGgzReferral({ patientPhone: null, patientEmail: null })).patientPhone).toMatch(
      /telefoonnummer of e-mailadres/,
    );
    expect(problemsOf(aGgzReferral({ patientPhone: null, patientEmail: 'j@example.nl' }))).toEqual({});
    expect(problemsOf(aGgzReferral({ patientPhone: '123' })).patientPhone).toMatch(/geldig telefoonnummer/);
  });

  it('rejects an insurer that is not on the reference list', () => {
    expect(problemsOf(aGgzReferral({ insurerId: 'onbekend' })).insurerId).toMatch(/uit de lijst/);
  });
});

describe('a new welfare referral (Welzijn op Recept)', () => {
  const wor = (overrides: Partial<NewReferralInput> = {}) =>
    aGgzReferral({
      bsn: null,
      insurerId: null,
      patientAddress: null,
      patientPostcode: null,
      suspectedDisorder: null,
      careLevel: null,
      severity: null,
      risk: null,
      complexity: null,
      course: null,
      ...overrides,
    });

  it('needs no BSN, address, insurer or GGZ criteria', () => {
    expect(check(wor(), 'wor')).toMatchObject({ bsn: null, careLevel: null, insurerId: null });
  });

  it('refuses to take a BSN the law does not require', () => {
    expect(problemsOf(wor({ bsn: '111222333' }), 'wor').bsn).toMatch(
      /alleen nodig bij een verwijzing naar de ggz/,
    );
  });

  it('still needs the main problem, the question and consent', () => {
    const problems = problemsOf(wor({ mainProblem: '', question: ' ', consentToShare: false }), 'wor');
    expect(Object.keys(problems).sort()).toEqual(['consentToShare', 'mainProblem', 'question']);
  });
});

describe('validity and age', () => {
  it("is valid until nine months after the letter's date", () => {
    expect(validUntilOf('2026-11-23')).toBe('2027-08-23');
    expect(validUntilOf('2026-05-31')).toBe('2027-02-28');
    expect(validUntilOf('2027-05-31')).toBe('2028-02-29');
    expect(validUntilOf('2026-03-15')).toBe('2026-12-15');
  });

  it('counts whole years', () => {
    expect(ageOn('2000-11-24', '2026-11-23')).toBe(25);
    expect(ageOn('2000-11-23', '2026-11-23')).toBe(26);
  });
});
