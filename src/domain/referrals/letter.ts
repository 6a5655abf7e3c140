/**
 * The referral letter (verwijsbrief) as content: what it says, in Dutch, section by section, so
 * that the PDF renderer (src/services/referral-letter-pdf.ts) only lays it out.
 *
 * A GGZ letter holds what the Dutch referral rules require (domain.md): the date; the referrer's
 * name and personal AGB code; the patient's name, address, BSN, date of birth and insurer; the
 * suspected psychiatric disorder (no code needed); the main problem and the question; BGGZ or
 * SGGZ; and a signature. Besides these it carries what the GP weighed (route, severity, risk,
 * complexity, course, the patient's wish), the patient's consent, the receiver and "Geldig tot"
 * (nine months, valid until registration). A letter for Welzijn op Recept (WoR, WoR+) goes to a
 * welzijnscoach under no insurance law, and so does one to other welfare, AMW, e-health or peer
 * support: it has no BSN and no BGGZ/SGGZ line.
 *
 * A required element that is missing does not stop the letter: it is printed as "ontbreekt" and
 * listed in a visible warning, so the receiver knows what to ask for.
 */
import { dateInNetherlands, formatDutchDate, type IsoDate } from '../calendar/iso-date';
import { ORGANIZATION_KINDS, SEVERITIES, labelOf } from '../catalog/vocabulary';
import { COMPLEXITIES, PATIENT_WISHES, RISK_LEVELS } from '../routes/help-question';
import {
  careLevelLabel,
  careLevelOf,
  isGgzReferral,
  routeLabel as routeLabelOf,
  type OrganizationFacts,
  type ReferralDocumentFacts,
} from './document-facts';
import { REFERRAL_STATES, REFERRAL_VALID_MONTHS } from './vocabulary';

/** One labelled line of the letter; `missing` marks a required element that is not there. */
export interface LetterLine {
  label: string;
  value: string;
  missing?: boolean;
}

export interface LetterSection {
  heading: string;
  lines: LetterLine[];
}

export interface ReferralLetter {
  /** 'ggz' for BGGZ/SGGZ (a letter under the Zvw), 'welzijn' for every other route. */
  kind: 'ggz' | 'welzijn';
  /** "Verwijsbrief" or "Verwijsbrief Welzijn op Recept+ (WoR+)". */
  title: string;
  /** The letter's date: the day it was sent, in the Netherlands. */
  date: IsoDate;
  /** "23 november 2026" */
  dateText: string;
  /** The sending practice, as the letterhead. */
  sender: string[];
  /** The receiving organisation, its kind and service, address and identifiers ("Aan"). */
  recipient: string[];
  sections: LetterSection[];
  /** The required elements that are missing, in Dutch ("AGB-code van de verwijzer"). */
  missing: string[];
  /** "Elektronisch ondertekend door Dr. A. de Vries op 23 november 2026". */
  signature: string;
  /** Printed at the foot of every page. */
  footer: string;
  /** PDF document properties. */
  metadata: { title: string; subject: string; author: string; keywords: string[] };
  /** A Dutch file name without personal data: verwijsbrief-2026-11-23-1a2b3c4d.pdf. */
  fileName: string;
}

const MISSING = 'ontbreekt';

/** The label of a known vocabulary id, or the stored text itself. */
const described = (list: readonly { id: string; label: string }[], value: string | null) =>
  value === null || value.trim() === '' ? null : labelOf(list, value);

/** "12-03-1985": how Dutch medical letters write a date of birth. */
export function dutchNumericDate(value: IsoDate): string {
  const [year, month, day] = value.split('-');
  return `${day}-${month}-${year}`;
}

function organizationLines(org: OrganizationFacts, extra: string[] = []): string[] {
  const lines = [org.name, ...extra];
  if (org.address) {
    if (org.address.street) lines.push(org.address.street);
    lines.push([org.address.postcode, org.address.city].filter(Boolean).join(' '));
  }
  const ids = [org.agb && `AGB-code ${org.agb}`, org.ura && `URA ${org.ura}`].filter(Boolean);
  if (ids.length > 0) lines.push(ids.join(' · '));
  if (org.phone) lines.push(`Telefoon ${org.phone}`);
  return lines;
}

function patientAddress(address: string | null, postcode: string | null): string | null {
  const parts = [address?.trim(), postcode?.trim()].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The letter for a referral. `printedAt` only goes into the footer: the letter's date is the day
 * the referral was sent.
 */
export function referralLetter(facts: ReferralDocumentFacts, printedAt: Date): ReferralLetter {
  const { referral: r, referrer, receiver, service, insurer } = facts;
  const welfare = !isGgzReferral(r.route);
  const date = dateInNetherlands(r.sentAt);
  const dateText = formatDutchDate(date, { weekday: false });
  const missing: string[] = [];
  /** A line whose value is required: printed as "ontbreekt" and listed when empty. */
  const required = (label: string, value: string | null | undefined, what = label): LetterLine => {
    if (value && value.trim() !== '') return { label, value: value.trim() };
    missing.push(what);
    return { label, value: MISSING, missing: true };
  };
  const optional = (label: string, value: string | null | undefined): LetterLine[] =>
    value && value.trim() !== '' ? [{ label, value: value.trim() }] : [];

  const routeLabel = routeLabelOf(r.route);
  const title = welfare ? `Verwijsbrief ${routeLabel}` : 'Verwijsbrief';
  const level = careLevelOf(r);

  const referrerSection: LetterSection = {
    heading: 'Verwijzer',
    lines: [
      required('Naam', r.referrerName, 'naam van de verwijzer'),
      welfare
        ? { label: 'AGB-code (persoonlijk)', value: r.referrerAgb ?? 'niet vermeld' }
        : required('AGB-code (persoonlijk)', r.referrerAgb, 'persoonlijke AGB-code van de verwijzer'),
      { label: 'Praktijk', value: referrer.name },
    ],
  };

  const insurerText = insurer ? `${insurer.label}${insurer.uzovi ? ` (UZOVI ${insurer.uzovi})` : ''}` : null;
  const address = patientAddress(r.patientAddress, r.patientPostcode);
  const contact = [r.patientPhone, r.patientEmail].filter(Boolean).join(' · ');
  const patientSection: LetterSection = {
    heading: 'Patiënt',
    lines: [
      required('Naam', r.patientName, 'naam van de patiënt'),
      required('Geboortedatum', r.patientBirthDate && dutchNumericDate(r.patientBirthDate), 'geboortedatum'),
      welfare
        ? address
          ? { label: 'Adres', value: address }
          : required('Telefoon of e-mail', contact, 'adres of telefoonnummer van de patiënt')
        : required('Adres', address, 'adres van de patiënt'),
      ...(welfare ? [] : [required('BSN', r.bsn, 'BSN')]),
      welfare
        ? { label: 'Zorgverzekeraar', value: insurerText ?? 'niet vermeld' }
        : required('Zorgverzekeraar', insurerText, 'zorgverzekeraar'),
      ...optional('Telefoon', r.patientPhone),
      ...optional('E-mail', r.patientEmail),
    ],
  };

  const questionSection: LetterSection = {
    heading: 'Verwijzing',
    lines: [
      { label: 'Route', value: routeLabel },
      ...(welfare ? [] : [required('Zorgvorm', level && careLevelLabel(level), 'BGGZ of SGGZ')]),
      ...(welfare
        ? optional('Vermoedelijke psychische stoornis', r.suspectedDisorder)
        : [
            required(
              'Vermoedelijke psychische stoornis',
              r.suspectedDisorder,
              'vermoedelijke psychische stoornis',
            ),
          ]),
      required('Hoofdprobleem', r.mainProblem, 'hoofdprobleem'),
      required('Hulpvraag / vraagstelling', r.question, 'hulpvraag of vraagstelling'),
    ],
  };

  const weighing: LetterLine[] = [
    ...optional('Ernst', described(SEVERITIES, r.severity)),
    ...optional('Risico', described(RISK_LEVELS, r.risk)),
    ...optional('Complexiteit', described(COMPLEXITIES, r.complexity)),
    ...optional('Duur en beloop', r.course),
    ...optional('Wens van de patiënt', described(PATIENT_WISHES, r.patientWish)),
  ];

  const consentText = r.consentToShare
    ? `De patiënt heeft toestemming gegeven om deze gegevens met de ontvanger te delen${
        r.consentRecordedAt
          ? ` (vastgelegd op ${formatDutchDate(dateInNetherlands(r.consentRecordedAt), { weekday: false })})`
          : ''
      }.`
    : null;
  const validity: LetterSection = {
    heading: 'Toestemming en geldigheid',
    lines: [
      required('Toestemming', consentText, 'toestemming van de patiënt om gegevens te delen'),
      {
        label: 'Geldig tot',
        value: `${formatDutchDate(r.validUntil, { weekday: false })} (${REFERRAL_VALID_MONTHS} maanden, tot aanmelding)`,
      },
    ],
  };

  const signature = `Elektronisch ondertekend door ${r.referrerName.trim() || 'de verwijzer'}${
    r.referrerAgb ? ` (AGB-code ${r.referrerAgb})` : ''
  } op ${dateText}`;
  const stateLabel = labelOf(REFERRAL_STATES, r.state);
  const printedOn = dutchNumericDate(dateInNetherlands(printedAt));

  return {
    kind: welfare ? 'welzijn' : 'ggz',
    title,
    date,
    dateText,
    sender: organizationLines(referrer),
    recipient: organizationLines(receiver, [
      ...(service ? [service.name] : []),
      ...(receiver.kind ? [labelOf(ORGANIZATION_KINDS, receiver.kind)] : []),
    ]),
    sections: [
      referrerSection,
      patientSection,
      questionSection,
      ...(weighing.length > 0 ? [{ heading: 'Afweging van de verwijzer', lines: weighing }] : []),
      validity,
    ],
    missing,
    signature,
    footer: `Verwijzing ${r.id} · status op ${printedOn}: ${stateLabel} · afgedrukt uit Wegwijzer`,
    metadata: {
      title: `${title} – ${r.patientName}`,
      subject: `${title} van ${dateText} voor ${r.patientName}, aan ${receiver.name}`,
      author: r.referrerName,
      keywords: ['Verwijsbrief', routeLabel, receiver.name],
    },
    fileName: `verwijsbrief-${date}-${r.id.slice(0, 8)}.pdf`,
  };
}
