/**
 * What a consultation question and a message in its thread must hold, checked before anything is
 * stored. Consultation happens only with the patient's consent (seed 002: "Consultatie vindt
 * alleen plaats als de patiënt hiervoor toestemming geeft"), so a question without it is refused.
 * A consultation holds no name or contact details; the GP may give the patient's BSN only so that
 * the audit trail can name the person by a pseudonym, and the BSN itself is never stored.
 */
import type { FieldProblem } from '../errors';
import { isDiscipline } from './disciplines';
import { normaliseBsn, passesElevenTest } from '../referrals/bsn';

/** The statement the GP confirms with the consent checkbox; shown verbatim in the form. */
export const CONSENT_STATEMENT =
  'De patiënt heeft mij toestemming gegeven om deze vraag aan een GGZ-professional voor te leggen en daarvoor de nodige gegevens te delen.';

export const SUBJECT_LENGTH = { min: 3, max: 150 } as const;
export const QUESTION_LENGTH = { min: 20, max: 4000 } as const;
export const MESSAGE_LENGTH = { min: 2, max: 4000 } as const;

export interface NewConsultationInput {
  discipline: string;
  subject: string;
  question: string;
  patientConsent: boolean;
  /** Also ask for a one-off consult of the consultant with the patient (eenmalig consult). */
  oneOffConsult?: boolean | undefined;
  /** Optional; only to derive the audit pseudonym. */
  patientBsn?: string | undefined;
}

/** A BSN as the GP may type it ("1234.56.782") that passes the elfproef. */
export function isValidBsn(value: string): boolean {
  const bsn = normaliseBsn(value);
  return bsn !== null && passesElevenTest(bsn);
}

function lengthProblem(
  field: string,
  name: string,
  value: string,
  limits: { min: number; max: number },
): FieldProblem | undefined {
  const length = value.trim().length;
  if (length < limits.min) {
    return {
      field,
      message:
        length === 0 ? `${name} is verplicht` : `${name} moet minstens ${limits.min} tekens lang zijn`,
    };
  }
  if (length > limits.max) return { field, message: `${name} mag hoogstens ${limits.max} tekens lang zijn` };
  return undefined;
}

/** The problems with a new question, in form order; empty when it can be sent. */
export function newConsultationProblems(input: NewConsultationInput): FieldProblem[] {
  const problems: (FieldProblem | undefined)[] = [
    isDiscipline(input.discipline) ? undefined : { field: 'discipline', message: 'kies een discipline uit de lijst' },
    lengthProblem('subject', 'Het onderwerp', input.subject, SUBJECT_LENGTH),
    lengthProblem('question', 'De vraag', input.question, QUESTION_LENGTH),
    input.patientConsent
      ? undefined
      : { field: 'patientConsent', message: 'consultatie kan alleen met toestemming van de patiënt' },
    input.patientBsn !== undefined && input.patientBsn.trim() !== '' && !isValidBsn(input.patientBsn)
      ? { field: 'patientBsn', message: 'is geen geldig BSN (9 cijfers die de elfproef doorstaan)' }
      : undefined,
  ];
  return problems.filter((p): p is FieldProblem => p !== undefined);
}

/** The problems with a message in the thread; empty when it can be posted. */
export function messageProblems(body: string): FieldProblem[] {
  const problem = lengthProblem('body', 'Het bericht', body, MESSAGE_LENGTH);
  return problem ? [problem] : [];
}

/** The first line of a Dutch 400 answer for a refused question. */
export function newConsultationMessage(problems: readonly FieldProblem[]): string {
  if (problems.some((p) => p.field === 'patientConsent')) {
    return 'Consultatie is alleen mogelijk met toestemming van de patiënt. Vraag de patiënt om toestemming en vink dat aan.';
  }
  return 'De consultatievraag is niet volledig. Verbeter de gemarkeerde velden.';
}
