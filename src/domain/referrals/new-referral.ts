/**
 * What a new referral must contain, checked before anything is stored: the minimum the receiver
 * needs (issue #6 item 1) and, for a GGZ route, what the referral letter must state under the
 * Dutch rules (domain.md: name, address, BSN, date of birth, insurer, suspected disorder, main
 * problem and question, BGGZ or SGGZ). Personal data beyond that minimum is refused rather than
 * stored: a BSN is only asked for, and only kept, on a GGZ referral. Every problem is reported at
 * once, each named by its field, in Dutch.
 */
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { invalid, type FieldProblem } from '../errors';
import { normaliseBsn, passesElevenTest } from './bsn';
import { SEVERITIES } from '../catalog/vocabulary';
import { COMPLEXITIES, RISK_LEVELS } from '../routes/help-question';
import {
  ADULT_AGE,
  CARE_LEVELS,
  isGgzRoute,
  labelOf,
  REFERRAL_VALID_MONTHS,
  type CareLevel,
  type ReferralRoute,
} from './vocabulary';

/** A referral as the referrer fills it in (the HTTP body, minus where it goes). */
export interface NewReferralInput {
  patientName: string;
  patientBirthDate: string;
  patientAddress?: string | null;
  patientPostcode?: string | null;
  patientPhone?: string | null;
  patientEmail?: string | null;
  insurerId?: string | null;
  bsn?: string | null;
  suspectedDisorder?: string | null;
  mainProblem: string;
  question: string;
  careLevel?: string | null;
  severity?: string | null;
  risk?: string | null;
  complexity?: string | null;
  course?: string | null;
  patientWish?: string | null;
  consentToShare: boolean;
}

/** The checked and tidied content, ready to be stored. */
export interface ValidReferralContent {
  patientName: string;
  patientBirthDate: IsoDate;
  patientAddress: string | null;
  patientPostcode: string | null;
  patientPhone: string | null;
  patientEmail: string | null;
  insurerId: string | null;
  bsn: string | null;
  suspectedDisorder: string | null;
  mainProblem: string;
  question: string;
  careLevel: CareLevel | null;
  severity: string | null;
  risk: string | null;
  complexity: string | null;
  course: string | null;
  patientWish: string | null;
  consentToShare: true;
}

export interface ReferralChecks {
  /** The route, from the kind of the receiving service. */
  route: ReferralRoute;
  /** Today in the Netherlands: the letter's date. */
  today: IsoDate;
  isKnownInsurer: (id: string) => boolean;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

const PHONE = /^\+?[0-9 ()-]{10,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The last day a letter of `letterDate` is valid: the letter's date plus nine months (domain.md);
 * a day the month lacks becomes its last day (31 May 2026 → 28 February 2027).
 */
export function validUntilOf(letterDate: IsoDate): IsoDate {
  const [y, m, d] = letterDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + REFERRAL_VALID_MONTHS;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function oneOf(
  problems: FieldProblem[],
  field: string,
  value: string | null,
  list: readonly { id: string; label: string }[],
  required: boolean,
  missing: string,
): string | null {
  if (value === null) {
    if (required) problems.push({ field, message: missing });
    return null;
  }
  if (!list.some((item) => item.id === value)) {
    problems.push({ field, message: `Kies een van: ${list.map((i) => i.label.toLowerCase()).join(', ')}.` });
    return null;
  }
  return value;
}

/** Checks a new referral; throws a DomainError (400) naming every problem, in Dutch. */
export function validateNewReferral(input: NewReferralInput, checks: ReferralChecks): ValidReferralContent {
  const problems: FieldProblem[] = [];
  const ggz = isGgzRoute(checks.route);
  const need = (field: string, value: string | null, message: string) => {
    if (value === null) problems.push({ field, message });
    return value;
  };

  const patientName = need('patientName', text(input.patientName), 'Vul de naam van de patiënt in.');
  if (patientName !== null && patientName.length < 2) {
    problems.push({ field: 'patientName', message: 'Vul de volledige naam van de patiënt in.' });
  }

  const birthDate = text(input.patientBirthDate);
  if (birthDate === null) {
    problems.push({ field: 'patientBirthDate', message: 'Vul de geboortedatum van de patiënt in.' });
  } else if (!isIsoDate(birthDate)) {
    problems.push({
      field: 'patientBirthDate',
      message: 'Vul een geldige geboortedatum in (dag, maand en jaar).',
    });
  } else if (birthDate > checks.today) {
    problems.push({ field: 'patientBirthDate', message: 'De geboortedatum ligt in de toekomst.' });
  } else if (ageOn(birthDate, checks.today) < ADULT_AGE) {
    problems.push({
      field: 'patientBirthDate',
      message: `Wegwijzer verwijst volwassenen: de patiënt moet ${ADULT_AGE} jaar of ouder zijn.`,
    });
  } else if (ageOn(birthDate, checks.today) > 120) {
    problems.push({
      field: 'patientBirthDate',
      message: 'Controleer de geboortedatum: de patiënt zou ouder dan 120 zijn.',
    });
  }

  const patientPhone = text(input.patientPhone);
  const patientEmail = text(input.patientEmail);
  if (patientPhone === null && patientEmail === null) {
    problems.push({
      field: 'patientPhone',
      message: 'Vul een telefoonnummer of e-mailadres in, zodat de ontvanger de patiënt kan bereiken.',
    });
  }
  if (patientPhone !== null && (!PHONE.test(patientPhone) || patientPhone.replace(/\D/g, '').length < 10)) {
    problems.push({
      field: 'patientPhone',
      message: 'Vul een geldig telefoonnummer in (10 cijfers, bijvoorbeeld 06 12345678).',
    });
  }
  if (patientEmail !== null && !EMAIL.test(patientEmail)) {
    problems.push({ field: 'patientEmail', message: 'Vul een geldig e-mailadres in.' });
  }

  const patientAddress = text(input.patientAddress);
  const rawPostcode = text(input.patientPostcode);
  const postcodeMatch = rawPostcode === null ? null : POSTCODE.exec(rawPostcode);
  if (rawPostcode !== null && !postcodeMatch) {
    problems.push({
      field: 'patientPostcode',
      message: 'Vul een geldige postcode in, bijvoorbeeld 6711 AB.',
    });
  }
  const patientPostcode = postcodeMatch ? `${postcodeMatch[1]} ${postcodeMatch[2]!.toUpperCase()}` : null;
  if (ggz) {
    need('patientAddress', patientAddress, 'Vul het adres van de patiënt in; het hoort op de verwijsbrief.');
    if (rawPostcode === null) {
      problems.push({
        field: 'patientPostcode',
        message: 'Vul de postcode van de patiënt in; die hoort op de verwijsbrief.',
      });
    }
  }

  const insurerId = text(input.insurerId);
  if (insurerId !== null && !checks.isKnownInsurer(insurerId)) {
    problems.push({ field: 'insurerId', message: 'Kies een zorgverzekeraar uit de lijst.' });
  } else if (insurerId === null && ggz) {
    problems.push({
      field: 'insurerId',
      message: 'Kies de zorgverzekeraar van de patiënt; die hoort op de verwijsbrief.',
    });
  }

  const rawBsn = text(input.bsn);
  let bsn: string | null = null;
  if (ggz) {
    if (rawBsn === null) {
      problems.push({
        field: 'bsn',
        message: 'Vul het BSN in; dat is wettelijk verplicht op een verwijsbrief voor de ggz.',
      });
    } else {
      const normalised = normaliseBsn(rawBsn);
      if (normalised === null || !passesElevenTest(normalised)) {
        problems.push({
          field: 'bsn',
          message: 'Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan).',
        });
      } else {
        bsn = normalised;
      }
    }
  } else if (rawBsn !== null) {
    problems.push({
      field: 'bsn',
      message:
        'Een BSN is alleen nodig bij een verwijzing naar de ggz; laat dit veld leeg, dan slaan we het niet op.',
    });
  }

  const suspectedDisorder = text(input.suspectedDisorder);
  if (ggz) {
    need(
      'suspectedDisorder',
      suspectedDisorder,
      'Vul de vermoedelijke stoornis in (een code is niet nodig).',
    );
  }
  const mainProblem = need('mainProblem', text(input.mainProblem), 'Vul het hoofdprobleem in.');
  const question = need('question', text(input.question), 'Vul de hulpvraag of verwijsvraag in.');

  const rawLevel = text(input.careLevel);
  let careLevel: CareLevel | null = null;
  if (ggz) {
    const expected = checks.route as CareLevel;
    if (rawLevel === null) {
      problems.push({ field: 'careLevel', message: 'Kies BGGZ of SGGZ.' });
    } else if (rawLevel !== expected) {
      problems.push({
        field: 'careLevel',
        message: `Deze dienst is ${labelOf(CARE_LEVELS, expected).toLowerCase()}; kies dat niveau of een andere dienst.`,
      });
    } else {
      careLevel = expected;
    }
  }

  const severity = oneOf(
    problems,
    'severity',
    text(input.severity),
    SEVERITIES,
    ggz,
    'Kies de ernst van de klachten.',
  );
  const risk = oneOf(problems, 'risk', text(input.risk), RISK_LEVELS, ggz, 'Kies het risico.');
  const complexity = oneOf(
    problems,
    'complexity',
    text(input.complexity),
    COMPLEXITIES,
    ggz,
    'Kies de complexiteit.',
  );
  const course = text(input.course);
  if (ggz) need('course', course, 'Beschrijf duur en beloop van de klachten.');

  if (input.consentToShare !== true) {
    problems.push({
      field: 'consentToShare',
      message: 'De patiënt moet toestemming geven om deze gegevens met de ontvanger te delen.',
    });
  }

  if (problems.length > 0) {
    throw invalid('De verwijzing is niet verstuurd: vul de gemarkeerde velden aan of verbeter ze.', problems);
  }
  return {
    patientName: patientName!,
    patientBirthDate: birthDate!,
    patientAddress,
    patientPostcode,
    patientPhone,
    patientEmail: patientEmail?.toLowerCase() ?? null,
    insurerId,
    bsn,
    suspectedDisorder,
    mainProblem: mainProblem!,
    question: question!,
    careLevel,
    severity,
    risk,
    complexity,
    course,
    patientWish: text(input.patientWish),
    consentToShare: true,
  };
}
