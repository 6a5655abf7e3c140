/**
 * The structured help question (hulpvraag) the keuzehulp collects: steps 1 and 2 of the referral
 * (seed 000). The fields follow the referral criteria the GP weighs (domain.md: severity, risk,
 * complexity, course, suspected disorder, the patient's wish) plus what seed 001 asks: will the
 * patient take the step alone, and what is the GP looking for. Each option list carries the Dutch
 * label the form shows; the HTTP schema and the UI import the ids from here.
 */
import type { Severity, Theme } from '../catalog/vocabulary';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';

/** Risk level (risico): none, some with protective factors, or high. */
export const RISK_LEVELS = [
  { id: 'geen', label: 'Geen risico' },
  { id: 'enig', label: 'Enig risico, met beschermende factoren' },
  { id: 'hoog', label: 'Hoog risico' },
] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number]['id'];

/** What the risk is about. */
export const RISK_KINDS = [
  { id: 'suicide', label: 'suïcide' },
  { id: 'zelfbeschadiging', label: 'zelfbeschadiging' },
  { id: 'geweld', label: 'geweld' },
  { id: 'verwaarlozing', label: 'verwaarlozing' },
] as const;
export type RiskKind = (typeof RISK_KINDS)[number]['id'];

/** Complexity (complexiteit): problems on one life domain or stacked on several. */
export const COMPLEXITIES = [
  { id: 'enkelvoudig', label: 'Eén leefgebied' },
  { id: 'meervoudig', label: 'Meerdere leefgebieden (stapeling van problemen)' },
] as const;
export type Complexity = (typeof COMPLEXITIES)[number]['id'];

/** Whether the GP suspects a psychiatric (DSM) disorder (vermoeden van een stoornis). */
export const SUSPECTED_DISORDER_OPTIONS = [
  { id: 'stoornis', label: 'Vermoeden van een psychische stoornis' },
  { id: 'bij-het-leven', label: "Klachten die 'bij het leven horen'" },
  { id: 'onduidelijk', label: 'Nog onduidelijk' },
] as const;
export type SuspectedDisorder = (typeof SUSPECTED_DISORDER_OPTIONS)[number]['id'];

/** Social problems (sociale problemen); the ids are care-map themes, so matching can use them. */
export const SOCIAL_PROBLEMS = [
  { id: 'schulden', label: 'Schulden en geldzorgen', inSentence: 'schulden' },
  { id: 'wonen', label: 'Wonen', inSentence: 'problemen met wonen' },
  { id: 'eenzaamheid', label: 'Eenzaamheid', inSentence: 'eenzaamheid' },
  { id: 'werk', label: 'Werk en dagbesteding', inSentence: 'problemen met werk' },
  { id: 'relatie', label: 'Relatie en gezin', inSentence: 'relatieproblemen' },
  { id: 'structuur', label: 'Verlies van structuur', inSentence: 'verlies van structuur' },
  { id: 'stress', label: 'Stress en overbelasting', inSentence: 'stress' },
] as const satisfies readonly { id: Theme; label: string; inSentence: string }[];
export type SocialProblem = (typeof SOCIAL_PROBLEMS)[number]['id'];

/** Substance use (middelengebruik). */
export const SUBSTANCE_USE_LEVELS = [
  { id: 'geen', label: 'Geen' },
  { id: 'licht', label: 'Licht' },
  { id: 'ernstig', label: 'Ernstig' },
] as const;
export type SubstanceUse = (typeof SUBSTANCE_USE_LEVELS)[number]['id'];

/** What the GP is looking for (wat zoekt u?), the first question of seed 001. */
export const GP_QUESTIONS = [
  { id: 'behandeling', label: 'Behandeling of begeleiding voor de patiënt' },
  { id: 'kort-advies', label: 'Kort advies over medicatie, bejegening of beleid' },
  { id: 'casusoverleg', label: 'Overleg over de casus, zonder de patiënt' },
  { id: 'weet-niet', label: 'Ik weet nog niet wat past' },
] as const;
export type GpQuestion = (typeof GP_QUESTIONS)[number]['id'];

/** Where earlier care for these complaints took place. */
export const EARLIER_CARE = [
  { id: 'geen', label: 'Nog geen eerdere hulp' },
  { id: 'huisartsenpraktijk', label: 'In de huisartsenpraktijk (huisarts, POH-GGZ)' },
  { id: 'bggz', label: 'In de basis-ggz' },
] as const;
export type EarlierCare = (typeof EARLIER_CARE)[number]['id'];

/** What the patient would rather have (wens van de patiënt). */
export const PATIENT_WISHES = [
  { id: 'geen-voorkeur', label: 'Geen uitgesproken voorkeur' },
  { id: 'in-de-praktijk', label: 'Liefst in de eigen huisartsenpraktijk blijven' },
  { id: 'welzijn', label: 'Ondersteuning in het dagelijks leven, geen behandeling' },
  { id: 'ggz-behandeling', label: 'Behandeling in de ggz' },
] as const;
export type PatientWish = (typeof PATIENT_WISHES)[number]['id'];

export interface Risk {
  level: RiskLevel;
  /** What the risk concerns; may be empty when the level is 'geen'. */
  kinds: RiskKind[];
  /** Acute danger now (acuut gevaar): leads to the crisis service, whatever else applies. */
  acute: boolean;
}

/** Duration and course (duur en beloop) of the complaints. */
export interface Course {
  /** How long the complaints have lasted, in weeks. */
  durationWeeks: number;
  /** Earlier care for these complaints. */
  earlierCare: EarlierCare;
  /** How many months that earlier care has lasted (0 when there was none). */
  earlierCareMonths: number;
  /** Whether the complaints improved with the earlier care. */
  improved: boolean;
  /** Recurring complaints (terugkerende klachten): episodes that come back. */
  recurrent: boolean;
}

export interface HelpQuestion {
  /** Age in years. The chart is made for adults; younger patients get a warning. */
  age: number;
  /** CBS code of the patient's municipality (GM + 4 digits), e.g. GM0274 for Renkum. */
  municipalityCode: string;
  /** Village or town (woonplaats) where rules differ within a municipality, e.g. "Heelsum". */
  place?: string;
  /**
   * The date the advice is for (e.g. the planned start); defaults to today in the Netherlands.
   * Regional rules, the next overlegtafel and answer dates are taken on this date.
   */
  date?: IsoDate;
  severity: Severity;
  course: Course;
  risk: Risk;
  complexity: Complexity;
  suspectedDisorder: SuspectedDisorder;
  socialProblems: SocialProblem[];
  substanceUse: SubstanceUse;
  /** Will the patient take the step to welfare or support alone (zet de patiënt zelf de stap)? */
  takesStepAlone: boolean;
  gpLooksFor: GpQuestion;
  patientWish: PatientWish;
}

/** Ids of an option list, for schemas and validation. */
export const idsOf = <T extends { id: string }>(list: readonly T[]): T['id'][] => list.map((o) => o.id);

/**
 * Checks what a schema cannot: formats and numbers that belong together. The risk fields are never
 * rejected for being inconsistent: acute danger must always reach the crisis advice.
 */
export function validateHelpQuestion(q: HelpQuestion): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!Number.isInteger(q.age) || q.age < 0 || q.age > 120) problem('age', 'Geef een leeftijd in hele jaren, van 0 tot 120.');
  if (!/^GM\d{4}$/.test(q.municipalityCode)) problem('municipalityCode', 'Geef een CBS-gemeentecode, bijvoorbeeld GM0228.');
  if (q.date !== undefined && !isIsoDate(q.date)) problem('date', 'Geef een datum als jjjj-mm-dd.');
  if (!(q.course.durationWeeks >= 0)) problem('course.durationWeeks', 'Geef de duur in weken (0 of meer).');
  if (!(q.course.earlierCareMonths >= 0)) problem('course.earlierCareMonths', 'Geef het aantal maanden (0 of meer).');
  if (q.course.earlierCare === 'geen' && q.course.earlierCareMonths > 0) {
    problem('course.earlierCareMonths', 'Zonder eerdere hulp is het aantal maanden 0.');
  }
  return problems;
}
