/**
 * The keuzehulp's form state: the help question as the form holds it (numbers as typed text),
 * its defaults, the four steps and which fields each one asks, the checks a step needs before
 * "Volgende", and the turn into the HelpQuestion the API takes.
 */
import { dateInNetherlands } from '../../../domain/calendar/iso-date';
import type {
  Complexity,
  EarlierCare,
  GpQuestion,
  PatientWish,
  RiskKind,
  RiskLevel,
  SocialProblem,
  SubstanceUse,
  SuspectedDisorder,
} from '../../../domain/routes/help-question';
import type { Severity } from '../../../domain/catalog/vocabulary';
import type { HelpQuestion } from '../../api-advice';

export interface QuestionDraft {
  age: string;
  municipalityCode: string;
  /** Woonplaats; empty means "elsewhere in the municipality". */
  place: string;
  date: string;
  severity: Severity;
  suspectedDisorder: SuspectedDisorder;
  durationWeeks: string;
  recurrent: boolean;
  earlierCare: EarlierCare;
  earlierCareMonths: string;
  improved: boolean;
  riskLevel: RiskLevel;
  riskKinds: RiskKind[];
  acute: boolean;
  socialProblems: SocialProblem[];
  substanceUse: SubstanceUse;
  complexity: Complexity;
  gpLooksFor: GpQuestion;
  takesStepAlone: boolean;
  patientWish: PatientWish;
}

/** Ede, light complaints of a few weeks, no risk: the most common start; the GP changes what differs. */
export function defaultDraft(now: Date = new Date()): QuestionDraft {
  return {
    age: '',
    municipalityCode: 'GM0228',
    place: '',
    date: dateInNetherlands(now),
    severity: 'licht',
    suspectedDisorder: 'onduidelijk',
    durationWeeks: '4',
    recurrent: false,
    earlierCare: 'geen',
    earlierCareMonths: '0',
    improved: false,
    riskLevel: 'geen',
    riskKinds: [],
    acute: false,
    socialProblems: [],
    substanceUse: 'geen',
    complexity: 'enkelvoudig',
    gpLooksFor: 'weet-niet',
    takesStepAlone: true,
    patientWish: 'geen-voorkeur',
  };
}

export const STEPS = [
  { title: 'Patiënt', fields: ['age', 'municipalityCode', 'place', 'date'] },
  { title: 'Klachten en verloop', fields: ['severity', 'suspectedDisorder', 'course'] },
  { title: 'Risico en leefgebieden', fields: ['risk', 'socialProblems', 'substanceUse', 'complexity'] },
  { title: 'Wat zoekt u?', fields: ['gpLooksFor', 'takesStepAlone', 'patientWish'] },
] as const;

/** Dutch names of the fields, for error messages from the API. */
export const FIELD_LABELS: Record<string, string> = {
  age: 'Leeftijd',
  municipalityCode: 'Gemeente',
  place: 'Woonplaats',
  date: 'Datum',
  severity: 'Ernst van de klachten',
  suspectedDisorder: 'Vermoeden van een stoornis',
  'course.durationWeeks': 'Duur van de klachten',
  'course.earlierCare': 'Eerdere hulp',
  'course.earlierCareMonths': 'Duur van de eerdere hulp',
  'course.improved': 'Verbetering',
  'course.recurrent': 'Terugkerende klachten',
  'risk.level': 'Risico',
  'risk.kinds': 'Soort risico',
  'risk.acute': 'Acuut gevaar',
  complexity: 'Leefgebieden',
  socialProblems: 'Sociale problemen',
  substanceUse: 'Middelengebruik',
  takesStepAlone: 'Zet de patiënt zelf de stap',
  gpLooksFor: 'Wat zoekt u',
  patientWish: 'Wens van de patiënt',
};

/** The step that asks a field (as the API names it), so an error can lead the GP back to it. */
export function stepOfField(field: string): number {
  const top = field.split('.')[0] ?? field;
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(top));
  return index < 0 ? 0 : index;
}

/** A field problem found before sending, keyed by the draft's field name. */
export type DraftProblems = Partial<Record<'age' | 'date' | 'durationWeeks' | 'earlierCareMonths', string>>;

const wholeNumber = (text: string, min: number, max: number) => {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text);
  return value >= min && value <= max;
};

/** Checks the fields of one step; returns the problems in Dutch (empty when the step is fine). */
export function checkStep(draft: QuestionDraft, step: number): DraftProblems {
  const problems: DraftProblems = {};
  if (step === 0) {
    if (!wholeNumber(draft.age, 0, 120)) problems.age = 'Vul de leeftijd in hele jaren in (0 tot 120).';
    if (draft.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.date))
      problems.date = 'Vul een geldige datum in.';
  }
  if (step === 1) {
    if (!wholeNumber(draft.durationWeeks, 0, 5200))
      problems.durationWeeks = 'Vul het aantal weken in (0 of meer).';
    if (draft.earlierCare !== 'geen' && !wholeNumber(draft.earlierCareMonths, 0, 600)) {
      problems.earlierCareMonths = 'Vul het aantal maanden in (0 of meer).';
    }
  }
  return problems;
}

/**
 * The help question for the API. Answers that do not apply are made consistent here (no months
 * without earlier care, no risk kinds without risk), so the GP never gets an error for a hidden field.
 */
export function toHelpQuestion(draft: QuestionDraft): HelpQuestion {
  const earlier = draft.earlierCare !== 'geen';
  const question: HelpQuestion = {
    age: Number(draft.age),
    municipalityCode: draft.municipalityCode,
    severity: draft.severity,
    course: {
      durationWeeks: Number(draft.durationWeeks),
      earlierCare: draft.earlierCare,
      earlierCareMonths: earlier ? Number(draft.earlierCareMonths) : 0,
      improved: earlier && draft.improved,
      recurrent: draft.recurrent,
    },
    risk: {
      level: draft.riskLevel,
      kinds: draft.riskLevel === 'geen' ? [] : draft.riskKinds,
      acute: draft.acute,
    },
    complexity: draft.complexity,
    suspectedDisorder: draft.suspectedDisorder,
    socialProblems: draft.socialProblems,
    substanceUse: draft.substanceUse,
    takesStepAlone: draft.takesStepAlone,
    gpLooksFor: draft.gpLooksFor,
    patientWish: draft.patientWish,
  };
  if (draft.place !== '') question.place = draft.place;
  if (draft.date !== '') question.date = draft.date;
  return question;
}

/**
 * The question for the crisis advice, sent the moment acute danger is ticked. The crisis advice
 * does not wait for the rest of the form: an age not yet filled in is sent as an adult's.
 */
export function crisisQuestion(draft: QuestionDraft): HelpQuestion {
  const question = toHelpQuestion({ ...draft, acute: true });
  if (!wholeNumber(draft.age, 0, 120)) question.age = 18;
  if (!wholeNumber(draft.durationWeeks, 0, 5200)) question.course.durationWeeks = 0;
  if (!wholeNumber(draft.earlierCareMonths, 0, 600)) question.course.earlierCareMonths = 0;
  if (question.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(question.date)) delete question.date;
  return question;
}
