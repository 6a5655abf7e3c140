/**
 * The verkennend gesprek (seed 001): when a GP does not yet know what fits but there is GGZ
 * problematics, the patient (with a relative) talks for one hour with three "wegwijzers": a GGZ
 * specialist, a supporter from welfare or the social domain, and an expert by experience
 * (ervaringsdeskundige). The outcome is an advised route for the GP: WoR, WoR+, municipal support,
 * GGZ treatment or a combination. Seed 002: the conversation takes place within 1-2 weeks.
 *
 * States: aangevraagd (requested by the GP) -> gepland (date, time, place and the three wegwijzers
 * by name; can be planned again) -> gevoerd (outcome recorded). A request that is not yet held can
 * be cancelled (geannuleerd). The outcome can be recorded from the day of the conversation on.
 */
import { addDays, dateInNetherlands, isIsoDate, type IsoDate } from '../calendar/iso-date';
import { DomainError, invalid, type FieldProblem } from '../errors';
import { isValidOn, type RegionalRule } from '../routes/regional-rules';
import { ROUTE_IDS, type RouteId } from '../routes/route-catalog';
import { dutchWallClock } from '../case-review/dutch-clock';

export const EXPLORATORY_STATES = ['aangevraagd', 'gepland', 'gevoerd', 'geannuleerd'] as const;
export type ExploratoryState = (typeof EXPLORATORY_STATES)[number];

/** Seed 002: "binnen 1-2 weken een gesprek"; the list shows requests not planned within this. */
export const PLAN_WITHIN_DAYS = 14;

/** The routes a verkennend gesprek can lead to: every route but itself. */
export const OUTCOME_ROUTES: readonly RouteId[] = ROUTE_IDS.filter((r) => r !== 'verkennend-gesprek');

/** The three wegwijzers, by name. */
export interface Wayfinders {
  /** GGZ-specialist */
  ggzSpecialist: string;
  /** Ondersteuner welzijn / sociaal domein */
  socialDomainSupporter: string;
  /** Ervaringsdeskundige */
  expertByExperience: string;
}

export const WAYFINDER_LABELS: Record<keyof Wayfinders, string> = {
  ggzSpecialist: 'GGZ-specialist',
  socialDomainSupporter: 'Ondersteuner sociaal domein',
  expertByExperience: 'Ervaringsdeskundige',
};

const WAYFINDER_IN_SENTENCE: Record<keyof Wayfinders, string> = {
  ggzSpecialist: 'GGZ-specialist',
  socialDomainSupporter: 'ondersteuner sociaal domein',
  expertByExperience: 'ervaringsdeskundige',
};

export interface PlanInput extends Wayfinders {
  at: Date;
  place: string;
}

export interface OutcomeInput {
  route: RouteId;
  note: string;
}

const conflict = (message: string) => new DomainError('conflict', message);

/** Checks a planning: a moment in the future, a place, and all three wegwijzers by name. */
export function planProblems(input: PlanInput, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(input.at.getTime() > now.getTime())) {
    problems.push({ field: 'date', message: 'Kies een datum en tijd in de toekomst.' });
  }
  if (input.place.trim() === '')
    problems.push({ field: 'place', message: 'Vul in waar het gesprek plaatsvindt.' });
  for (const key of Object.keys(WAYFINDER_LABELS) as (keyof Wayfinders)[]) {
    if (input[key].trim() === '') {
      problems.push({ field: key, message: `Vul de naam van de ${WAYFINDER_IN_SENTENCE[key]} in.` });
    }
  }
  return problems;
}

/** Throws unless a request in this state may be planned (again) with this input. */
export function assertCanPlan(state: ExploratoryState, input: PlanInput, now: Date): void {
  if (state !== 'aangevraagd' && state !== 'gepland') {
    throw conflict(
      state === 'gevoerd'
        ? 'Dit gesprek is al gevoerd; het kan niet opnieuw worden gepland.'
        : 'Dit gesprek is geannuleerd; het kan niet meer worden gepland.',
    );
  }
  const problems = planProblems(input, now);
  if (problems.length > 0) throw invalid('De planning is niet compleet.', problems);
}

/** Throws unless the outcome of a conversation planned at `plannedAt` may be recorded now. */
export function assertCanRecordOutcome(
  state: ExploratoryState,
  plannedAt: Date | null,
  input: OutcomeInput,
  now: Date,
): void {
  if (state !== 'gepland' || !plannedAt) {
    throw conflict(
      state === 'gevoerd'
        ? 'De uitkomst van dit gesprek is al vastgelegd.'
        : 'Leg de uitkomst vast nadat het gesprek is gepland en gevoerd.',
    );
  }
  if (dateInNetherlands(now) < dutchWallClock(plannedAt).date) {
    throw conflict(
      'Het gesprek heeft nog niet plaatsgevonden; leg de uitkomst vast op of na de dag van het gesprek.',
    );
  }
  if (!OUTCOME_ROUTES.includes(input.route)) {
    throw invalid('Kies de route die het gesprek adviseert.', [
      { field: 'route', message: 'geen geldige route' },
    ]);
  }
  if (input.note.trim() === '') {
    throw invalid('Licht de uitkomst toe voor de huisarts.', [{ field: 'note', message: 'is leeg' }]);
  }
}

/** Throws unless a request in this state may be cancelled. */
export function assertCanCancel(state: ExploratoryState): void {
  if (state === 'gevoerd') throw conflict('Dit gesprek is al gevoerd en kan niet meer worden geannuleerd.');
  if (state === 'geannuleerd') throw conflict('Dit gesprek is al geannuleerd.');
}

/** The day by which a request made on `requestedOn` should be held (seed 002: within 2 weeks). */
export function holdBy(requestedOn: IsoDate): IsoDate {
  return addDays(requestedOn, PLAN_WITHIN_DAYS);
}

export interface RequestInput {
  patientName: string;
  birthDate: IsoDate;
  phone: string | null;
  reason: string;
  consent: boolean;
}

const PHONE = /^\+?[\d\s().-]{10,20}$/;

/** Checks a GP's request: consent, a name, a real date of birth in the past, a phone number that looks like one. */
export function requestProblems(input: RequestInput, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.consent) {
    problems.push({
      field: 'consent',
      message: 'Vraag eerst de toestemming van de patiënt om de gegevens te delen.',
    });
  }
  if (input.patientName.trim().length < 2)
    problems.push({ field: 'patientName', message: 'Vul de naam van de patiënt in.' });
  if (
    !isIsoDate(input.birthDate) ||
    input.birthDate >= today ||
    input.birthDate < addDays(today, -120 * 366)
  ) {
    problems.push({ field: 'birthDate', message: 'Vul een geboortedatum in het verleden in (jjjj-mm-dd).' });
  }
  if (input.phone !== null && input.phone.trim() !== '') {
    const digits = input.phone.replace(/\D/g, '').length;
    if (!PHONE.test(input.phone.trim()) || digits < 10 || digits > 15) {
      problems.push({ field: 'phone', message: 'Vul een telefoonnummer in, bijvoorbeeld 06-12345678.' });
    }
  }
  if (input.reason.trim().length < 10) {
    problems.push({ field: 'reason', message: 'Beschrijf kort waarom u een verkennend gesprek aanvraagt.' });
  }
  return problems;
}

/**
 * Whether a region offers the verkennend gesprek on a date, from its region-wide rule for the route
 * (no rule: offered). A rule for one municipality does not close the whole region.
 */
export function regionOffersExploratory(
  rules: readonly RegionalRule[],
  regionId: string,
  date: IsoDate,
): { offered: boolean; note: string | null } {
  const rule = rules
    .filter(
      (r) =>
        r.route === 'verkennend-gesprek' &&
        r.scopeKind === 'regio' &&
        r.scopeCode === regionId &&
        isValidOn(r, date),
    )
    .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
  return { offered: rule?.available ?? true, note: rule?.note ?? null };
}
