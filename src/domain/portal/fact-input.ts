/**
 * The facts a provider enters in the portal or posts from its own system: a waiting time per
 * diagnosis group (aanmeldwachttijd, behandelwachttijd, number waiting, intakes and starts of
 * treatment per month), a registration pause (aanmeldstop) and a contract with its revenue-ceiling
 * state per insurer and year. The HTTP schema checks types and ranges; these functions check what
 * depends on the service, the reference data and the date, and give the values to store.
 */
import type { FieldProblem } from '../errors';
import type { IsoDate } from '../calendar/iso-date';
import { addDays } from '../calendar/iso-date';
import { CARE_KINDS, labelOf, type CareKind, type CeilingState, type WaitBasis } from '../catalog/vocabulary';

/** A waiting time as a provider reports it (NZa transparency: per main diagnosis group or for all). */
export interface WaitInput {
  /** Null: the same wait for every diagnosis group (as basis-ggz reports it). */
  diagnosisGroup: string | null;
  /** Weeks from registration to intake (aanmeldwachttijd). */
  registrationWeeks: number;
  /** Weeks from intake to the start of treatment (behandelwachttijd). */
  treatmentWeeks: number;
  basis: WaitBasis;
  /** Number of people waiting (wachtenden). */
  waitingCount: number | null;
  intakesPerMonth: number | null;
  /** Starts of treatment per month. */
  startsPerMonth: number | null;
  measuredOn: IsoDate;
}

/** Set (active) or lift a registration pause. */
export interface PauseInput {
  active: boolean;
  reason: string | null;
  expectedEnd: IsoDate | null;
}

export interface ContractInput {
  insurerId: string;
  year: number;
  contracted: boolean;
  ceiling: CeilingState;
}

/** What a fact is checked against: the service it is about and the reference lists. */
export interface FactContext {
  /** Today in the Netherlands. */
  today: IsoDate;
  service: { kind: CareKind; diagnosisGroups: readonly string[] };
  diagnosisGroupCodes: ReadonlySet<string>;
  insurerIds: ReadonlySet<string>;
}

/** A measurement older than this is history, not a current waiting time. */
export const MAX_MEASUREMENT_AGE_DAYS = 366;
/** Weeks are stored with at most one decimal (half weeks are common, "2,5 week"). */
const roundWeeks = (weeks: number) => Math.round(weeks * 10) / 10;

const kindLabel = (kind: CareKind) => labelOf(CARE_KINDS, kind).toLowerCase();
const kindInfo = (kind: CareKind) => CARE_KINDS.find((k) => k.id === kind);

/** Problems of a waiting time for this service; empty when it may be stored. */
export function waitProblems(input: WaitInput, context: FactContext, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const field = (name: string) => `${prefix}${name}`;
  const { service } = context;
  if (!kindInfo(service.kind)?.waitsApply) {
    problems.push({
      field: field('registrationWeeks'),
      message: `voor ${kindLabel(service.kind)} wordt geen wachttijd bijgehouden`,
    });
  }
  if (input.diagnosisGroup !== null) {
    if (!context.diagnosisGroupCodes.has(input.diagnosisGroup))
      problems.push({
        field: field('diagnosisGroup'),
        message: `onbekende diagnosegroep "${input.diagnosisGroup}"`,
      });
    else if (service.diagnosisGroups.length > 0 && !service.diagnosisGroups.includes(input.diagnosisGroup))
      problems.push({
        field: field('diagnosisGroup'),
        message: `deze dienst behandelt diagnosegroep ${input.diagnosisGroup} niet; voeg die eerst toe bij de gegevens`,
      });
  }
  if (input.measuredOn > context.today)
    problems.push({ field: field('measuredOn'), message: 'de peildatum ligt in de toekomst' });
  else if (input.measuredOn < addDays(context.today, -MAX_MEASUREMENT_AGE_DAYS))
    problems.push({ field: field('measuredOn'), message: 'de peildatum ligt meer dan een jaar terug' });
  return problems;
}

/** The values stored for a waiting time (weeks rounded to one decimal). */
export function waitValues(input: WaitInput): WaitInput {
  return {
    ...input,
    registrationWeeks: roundWeeks(input.registrationWeeks),
    treatmentWeeks: roundWeeks(input.treatmentWeeks),
  };
}

/** Problems of setting or lifting a pause; `currentlyActive` is the current pause state. */
export function pauseProblems(
  input: PauseInput,
  context: Pick<FactContext, 'today'>,
  currentlyActive: boolean,
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const field = (name: string) => `${prefix}${name}`;
  if (input.active) {
    if (!input.reason || input.reason.trim().length < 3)
      problems.push({
        field: field('reason'),
        message: 'geef een reden voor de aanmeldstop (minstens 3 tekens)',
      });
    if (input.expectedEnd !== null && input.expectedEnd < context.today)
      problems.push({ field: field('expectedEnd'), message: 'de verwachte einddatum ligt in het verleden' });
  } else if (!currentlyActive) {
    problems.push({ field: field('active'), message: 'er is geen aanmeldstop om op te heffen' });
  }
  return problems;
}

/** The values stored for a pause: a lifted pause keeps no reason or end date. */
export function pauseValues(input: PauseInput): PauseInput {
  if (!input.active) return { active: false, reason: null, expectedEnd: null };
  return { active: true, reason: input.reason?.trim() ?? null, expectedEnd: input.expectedEnd };
}

/** Problems of a contract fact for this service. */
export function contractProblems(input: ContractInput, context: FactContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!kindInfo(context.service.kind)?.requiresInsurerContract)
    problems.push({
      field: 'insurerId',
      message: `${labelOf(CARE_KINDS, context.service.kind)} werkt niet met contracten met zorgverzekeraars`,
    });
  if (!context.insurerIds.has(input.insurerId))
    problems.push({ field: 'insurerId', message: `onbekende zorgverzekeraar "${input.insurerId}"` });
  const thisYear = Number(context.today.slice(0, 4));
  if (input.year < thisYear - 1 || input.year > thisYear + 1)
    problems.push({ field: 'year', message: `kies ${thisYear - 1}, ${thisYear} of ${thisYear + 1}` });
  return problems;
}

/** Without a contract there is no ceiling to reach: such a fact is stored with ceiling 'open'. */
export function contractValues(input: ContractInput): ContractInput {
  return input.contracted ? input : { ...input, ceiling: 'open' };
}

/** Whether two waits say the same (a repeated post confirms rather than changes). */
export function sameWait(a: WaitInput, b: WaitInput): boolean {
  return (
    a.diagnosisGroup === b.diagnosisGroup &&
    a.registrationWeeks === b.registrationWeeks &&
    a.treatmentWeeks === b.treatmentWeeks &&
    a.basis === b.basis &&
    a.waitingCount === b.waitingCount &&
    a.intakesPerMonth === b.intakesPerMonth &&
    a.startsPerMonth === b.startsPerMonth &&
    a.measuredOn === b.measuredOn
  );
}

export function samePause(a: PauseInput, b: PauseInput): boolean {
  return a.active === b.active && a.reason === b.reason && a.expectedEnd === b.expectedEnd;
}
