/**
 * An anonymised case for the GGZ-overlegtafel (casus): what a GP may bring in, its states and the
 * checks before it is stored. A case holds an age band instead of a date of birth, and its texts
 * must pass the identifier check (identifiers.ts); the advice goes back to the GP as an advised
 * route with a text.
 *
 * States: ingediend (on the agenda of a session) -> besproken (advice recorded). The advice can be
 * corrected afterwards; the case stays besproken.
 */
import type { FieldProblem } from '../errors';
import { ROUTE_IDS, type RouteId } from '../routes/route-catalog';
import { describeIdentifier, findIdentifiers, IDENTIFIER_ADVICE, type FoundIdentifier } from './identifiers';

export const CASE_STATES = ['ingediend', 'besproken'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Age bands (leeftijdscategorie): wide enough not to identify, narrow enough for the advice. */
export const AGE_BANDS = ['18-25', '26-40', '41-55', '56-70', '71+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

/** The routes the table can advise: every route but the table itself. */
export const ADVISABLE_ROUTES: readonly RouteId[] = ROUTE_IDS.filter((r) => r !== 'ggz-overlegtafel');

export const SUMMARY_MAX = 4000;
export const QUESTION_MAX = 1000;
export const ADVICE_MAX = 4000;

export interface CaseTexts {
  summary: string;
  question: string;
}

/** The identifiers found per field of a case: what the form shows and the server refuses. */
export interface CaseIdentifiers {
  summary: FoundIdentifier[];
  question: FoundIdentifier[];
}

export function identifiersInCase(texts: CaseTexts): CaseIdentifiers {
  return { summary: findIdentifiers(texts.summary), question: findIdentifiers(texts.question) };
}

const FIELD_LABELS: Record<keyof CaseTexts, string> = { summary: 'Casus', question: 'Vraag aan de tafel' };

/**
 * The problems that stop a case from being stored: empty or too long texts, and every identifier
 * found, named with its field, kind and text, in Dutch. Empty when the case may be stored.
 */
export function caseProblems(texts: CaseTexts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (texts.summary.trim().length < 20) {
    problems.push({ field: 'summary', message: 'Beschrijf de casus in ten minste een paar zinnen.' });
  }
  if (texts.question.trim() === '')
    problems.push({ field: 'question', message: 'Stel een vraag aan de tafel.' });
  const found = identifiersInCase(texts);
  for (const field of ['summary', 'question'] as const) {
    for (const identifier of found[field]) {
      problems.push({
        field,
        message: `${FIELD_LABELS[field]}: ${describeIdentifier(identifier)}. ${IDENTIFIER_ADVICE[identifier.kind]}`,
      });
    }
  }
  return problems;
}

/** The Dutch message that goes with refused identifiers. */
export const IDENTIFIERS_REFUSED =
  'De casus bevat gegevens die de patiënt herkenbaar maken. Haal ze weg en verstuur de casus opnieuw; er is niets opgeslagen.';
