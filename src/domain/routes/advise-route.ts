/**
 * The route advice (keuzehulp): from a structured help question, the regional rules and the date,
 * the advised route first, then sensible alternatives, each with its reasons, HIS registration,
 * next steps and care kinds for matching. Pure: no I/O, time comes in as `now`.
 *
 * The steps, in order:
 * 1. run the ordered rule table (route-rules.ts); crisis stops everything else;
 * 2. weigh the patient's wish (rule "wens-patient"): it orders alternatives, never overrides;
 * 3. check each route against the regional rules on the date; an unavailable route is listed
 *    with why not and replaced by the first available replacement;
 * 4. join routes that are one offer here (Veenendaal: WoR and WoR+);
 * 5. fill in limits, next steps and stepped care.
 */
import { DEMO_REGIONS } from '../catalog/demo-regions';
import type { CareKind } from '../catalog/vocabulary';
import { dateInNetherlands, type IsoDate } from '../calendar/iso-date';
import type { Advice, RouteAdvice, SteppedCareAdvice, UnavailableRoute } from './advice';
import { PATIENT_WISHES, type HelpQuestion, type PatientWish } from './help-question';
import { resolveRouteRule, type PatientLocation, type RegionMembership, type RegionalRule } from './regional-rules';
import { limitsOf, nextSteps } from './route-next-steps';
import { ROUTES, type RouteId } from './route-catalog';
import { ROUTE_RULES, type RouteRule } from './route-rules';
import { practiceStep, steppedCareAdvice } from './stepped-care';
import { joinDutch } from './dutch-text';

/** A route on its way into the advice, with the reasons gathered so far. */
interface Draft {
  route: RouteId;
  reasons: string[];
  ruleIds: string[];
  replaces?: RouteId;
  rule?: RegionalRule;
}

/** Whether a route exists for the patient on the date, and the rule that says so. */
interface Availability {
  available: boolean;
  rule?: RegionalRule;
}

const WISH_ROUTES: Record<PatientWish, RouteId[]> = {
  'geen-voorkeur': [],
  'in-de-praktijk': ['huisartsenpraktijk', 'consultatie-ggz'],
  welzijn: ['wor', 'wor-plus'],
  'ggz-behandeling': ['bggz', 'sggz'],
};

const INSTEAD: Partial<Record<RouteId, string>> = {
  wor: 'Welzijn op Recept (WoR), met opschalen naar zwaardere ondersteuning via het sociaal (wijk)team van de gemeente',
  'verkennend-gesprek': 'Een verkennend gesprek om samen uit te zoeken wat past',
  'ggz-overlegtafel': 'De casus bespreken aan de GGZ-overlegtafel',
  'consultatie-ggz': 'Consultatie GGZ: een schriftelijke casusbespreking met een GGZ-professional',
  huisartsenpraktijk: 'Begeleiding in de huisartsenpraktijk, met hulp bij psychosociale problemen via AMW of het sociaal wijkteam',
};

/**
 * Advises a route for a help question. `rules` are the current regional rules (any region; the
 * ones that cover the patient's address on the date are used), `now` gives today's date when the
 * question has none, and `regions` says which municipalities make up each region.
 */
export function adviseRoute(
  question: HelpQuestion,
  rules: readonly RegionalRule[],
  now: Date,
  regions: readonly RegionMembership[] = DEMO_REGIONS,
): Advice {
  const date = question.date ?? dateInNetherlands(now);
  const location: PatientLocation = {
    municipalityCode: question.municipalityCode,
    ...(question.place ? { place: question.place } : {}),
  };
  const availability = (route: RouteId): Availability => {
    const rule = resolveRouteRule(rules, route, location, date, regions);
    if (ROUTES[route].everywhere) return { available: true, ...(rule ? { rule } : {}) };
    return rule ? { available: rule.available, rule } : { available: false };
  };
  const notes = generalNotes(question, regions);

  const fired = fireRules(question);
  const [advisedFiring] = fired;
  if (advisedFiring?.route === 'crisis') return crisisAdvice(question, fired, date, notes);

  let drafts = groupByRoute(fired, question);
  drafts = weighWish(question, drafts);
  const unavailable: UnavailableRoute[] = [];
  drafts = applyAvailability(drafts, availability, unavailable);
  drafts = joinMergedOffers(drafts);

  const step = practiceStep(question);
  const build = (draft: Draft): RouteAdvice => toRouteAdvice(draft, question, date, step);
  const [advised, ...alternatives] = drafts.map(build);
  if (!advised) throw new Error('route advice without a route'); // the practice is always available

  return {
    advised,
    alternatives,
    unavailable,
    crisis: false,
    ...steppedCareFor(advised.route, drafts, step, availability('huisartsenpraktijk').rule),
    themes: [...question.socialProblems],
    notes,
    date,
  };
}

/** The rules that fire, the deciding one first (or the fallback when no primary rule fires). */
function fireRules(q: HelpQuestion): RouteRule[] {
  const fired = ROUTE_RULES.filter((r) => r.role !== 'fallback' && r.fires(q));
  const deciding = fired.find((r) => r.role === 'primary') ?? ROUTE_RULES.find((r) => r.role === 'fallback');
  if (!deciding) throw new Error('the rule table has no fallback rule');
  return [deciding, ...fired.filter((r) => r !== deciding)];
}

function groupByRoute(fired: readonly RouteRule[], q: HelpQuestion): Draft[] {
  const byRoute = new Map<RouteId, Draft>();
  for (const rule of fired) {
    // Supporting rules only bring up routes; they do not add to one a primary rule chose.
    if (rule.role === 'supporting' && byRoute.has(rule.route)) continue;
    const draft = byRoute.get(rule.route) ?? { route: rule.route, reasons: [], ruleIds: [] };
    addReason(draft, rule.id, rule.reason(q));
    byRoute.set(rule.route, draft);
  }
  return [...byRoute.values()];
}

function addReason(draft: Draft, ruleId: string, reason: string): void {
  if (draft.reasons.includes(reason)) return;
  draft.reasons.push(reason);
  draft.ruleIds.push(ruleId);
}

/** Crisis signs come first: only the crisis service, nothing that waits. */
function crisisAdvice(q: HelpQuestion, fired: readonly RouteRule[], date: IsoDate, notes: string[]): Advice {
  const crisisRules = fired.filter((r) => r.route === 'crisis');
  const later = [...new Set(fired.filter((r) => r.route !== 'crisis').map((r) => ROUTES[r.route].label))];
  if (later.length > 0) notes.push(`Pas na de beoordeling door de crisisdienst aan de orde: ${joinDutch(later)}.`);
  const draft: Draft = { route: 'crisis', reasons: [], ruleIds: [] };
  for (const rule of crisisRules) addReason(draft, rule.id, rule.reason(q));
  return {
    advised: toRouteAdvice(draft, q, date, '3'),
    alternatives: [],
    unavailable: [],
    crisis: true,
    themes: [...q.socialProblems],
    notes,
    date,
  };
}

/** The patient's wish orders the alternatives and is named in the reasons; it never overrides. */
function weighWish(q: HelpQuestion, input: Draft[]): Draft[] {
  const wanted = WISH_ROUTES[q.patientWish];
  const [advised, ...rest] = input.map((d) => ({ ...d, reasons: [...d.reasons], ruleIds: [...d.ruleIds] }));
  if (!advised || wanted.length === 0) return input;
  const wishLabel = PATIENT_WISHES.find((w) => w.id === q.patientWish)?.label.toLocaleLowerCase('nl') ?? q.patientWish;
  if (wanted.includes(advised.route)) {
    addReason(advised, 'wens-patient', 'Dit sluit aan bij de wens van de patiënt.');
    return [advised, ...rest];
  }
  const advisedLabel = ROUTES[advised.route].label;
  addReason(advised, 'wens-patient', `Let op: de patiënt wil liever ${wishLabel}; de criteria wijzen op ${advisedLabel}. Bespreek dit samen.`);
  const present = rest.filter((d) => wanted.includes(d.route));
  let front: Draft[] = present;
  if (present.length === 0) front = extraRoutesForWish(q, advised.route);
  for (const draft of front) {
    addReason(draft, 'wens-patient', `Sluit aan bij de wens van de patiënt (${wishLabel}).`);
  }
  return [advised, ...front, ...rest.filter((d) => !front.includes(d))];
}

/** Routes to offer for the patient's wish when no rule brought them up. */
function extraRoutesForWish(q: HelpQuestion, advised: RouteId): Draft[] {
  const draft = (route: RouteId): Draft => ({ route, reasons: [], ruleIds: [] });
  if (q.patientWish === 'in-de-praktijk' && q.risk.level !== 'hoog' && (advised === 'bggz' || advised === 'sggz')) {
    return [draft('huisartsenpraktijk'), draft('consultatie-ggz')];
  }
  if (q.patientWish === 'ggz-behandeling' && q.suspectedDisorder !== 'bij-het-leven' && advised !== 'sggz') {
    const bggz = draft('bggz');
    addReason(bggz, 'wens-patient', 'De criteria wijzen nu op een lichtere stap; behandel niet zwaarder dan nodig (stepped care, seed 002).');
    return [bggz];
  }
  return [];
}

/** Replaces routes that do not exist here on the date, and records why. */
function applyAvailability(
  drafts: readonly Draft[],
  availability: (route: RouteId) => Availability,
  unavailable: UnavailableRoute[],
): Draft[] {
  const result = new Map<RouteId, Draft>();
  const put = (draft: Draft) => {
    const existing = result.get(draft.route);
    if (!existing) {
      result.set(draft.route, draft);
      return;
    }
    draft.reasons.forEach((reason, i) => addReason(existing, draft.ruleIds[i] ?? '', reason));
    if (draft.replaces && !existing.replaces) existing.replaces = draft.replaces;
  };

  for (const draft of drafts) {
    const here = availability(draft.route);
    if (here.available) {
      put({ ...draft, ...(here.rule ? { rule: here.rule } : {}) });
      continue;
    }
    const definition = ROUTES[draft.route];
    const why = here.rule?.note ?? `${definition.label} is voor deze woonplaats niet vastgelegd in de regionale afspraken.`;
    const options = [...new Set([here.rule?.details.replacedBy, ...definition.replacements])].filter(
      (r): r is RouteId => r !== undefined && r !== draft.route,
    );
    const replacement = options.find((r) => availability(r).available) ?? null;
    if (!unavailable.some((u) => u.route === draft.route)) {
      unavailable.push({
        route: draft.route,
        why,
        replacement,
        instead: replacement ? (INSTEAD[replacement] ?? ROUTES[replacement].label) : 'Geen vervangende route beschikbaar.',
        ...(here.rule ? { regionalRuleId: here.rule.ruleId } : {}),
      });
    }
    if (!replacement) continue;
    const replacementRule = availability(replacement).rule;
    const substitute: Draft = {
      route: replacement,
      reasons: [],
      ruleIds: [],
      replaces: draft.route,
      ...(replacementRule ? { rule: replacementRule } : {}),
    };
    const instead = INSTEAD[replacement] ?? ROUTES[replacement].label;
    addReason(substitute, here.rule?.ruleId ?? 'regionaal-niet-vastgelegd', `In plaats van ${definition.label}: ${why} Daarom: ${instead}.`);
    draft.reasons.forEach((reason, i) => addReason(substitute, draft.ruleIds[i] ?? '', reason));
    put(substitute);
  }
  return [...result.values()];
}

/** Where WoR and WoR+ are one offer (Veenendaal), they appear once, at the first one's place. */
function joinMergedOffers(drafts: Draft[]): Draft[] {
  const result: Draft[] = [];
  for (const draft of drafts) {
    const partner = draft.rule?.details.mergedWith;
    const first = partner ? result.find((d) => d.route === partner) : undefined;
    if (first) draft.reasons.forEach((reason, i) => addReason(first, draft.ruleIds[i] ?? '', reason));
    else result.push(draft);
  }
  return result;
}

function toRouteAdvice(draft: Draft, q: HelpQuestion, date: IsoDate, step: ReturnType<typeof practiceStep>): RouteAdvice {
  const definition = ROUTES[draft.route];
  const limits = limitsOf(draft.rule);
  const careKinds: CareKind[] = [...definition.careKinds];
  const partner = draft.rule?.details.mergedWith;
  if (partner) careKinds.push(...ROUTES[partner].careKinds.filter((k) => !careKinds.includes(k)));
  if (draft.route === 'huisartsenpraktijk' && step === '2b') careKinds.push('amw');
  return {
    route: draft.route,
    label: definition.label,
    reasons: draft.reasons,
    ruleIds: draft.ruleIds,
    ...(definition.registration ? { registration: definition.registration } : {}),
    next: nextSteps(draft.route, { date, rule: draft.rule, step, highRisk: q.risk.level === 'hoog' }),
    ...(limits ? { limits } : {}),
    careKinds,
    ...(draft.rule ? { regionalRuleId: draft.rule.ruleId } : {}),
    ...(draft.replaces ? { replaces: draft.replaces } : {}),
  };
}

/** Stepped care for the advised route, or for the practice when it is an alternative. */
function steppedCareFor(
  advised: RouteId,
  drafts: readonly Draft[],
  step: ReturnType<typeof practiceStep>,
  practiceRule: RegionalRule | undefined,
): { steppedCare?: SteppedCareAdvice } {
  const ehealth = practiceRule?.details.ehealth ?? [];
  if (advised === 'bggz') return { steppedCare: steppedCareAdvice('4b', ehealth) };
  if (advised === 'sggz') return { steppedCare: steppedCareAdvice('5', ehealth) };
  if (drafts.some((d) => d.route === 'huisartsenpraktijk')) return { steppedCare: steppedCareAdvice(step, ehealth) };
  return {};
}

function generalNotes(q: HelpQuestion, regions: readonly RegionMembership[]): string[] {
  const notes: string[] = [];
  if (q.age < 18) {
    notes.push(
      'Deze keuzehulp is gemaakt voor volwassenen. Voor jongeren onder de 18 gelden de Landelijke Samenwerkingsafspraken jeugd-GGZ (seed 002).',
    );
  }
  if (!regions.some((r) => r.municipalityCodes.includes(q.municipalityCode))) {
    notes.push('Voor deze gemeente zijn geen regionale afspraken bekend; routes die per regio verschillen, worden daarom niet geadviseerd.');
  }
  return notes;
}
