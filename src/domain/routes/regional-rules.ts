/**
 * Regional rules as dated data: which routes exist for a patient's municipality or village, with
 * their limits (contacts, months, session rhythm, answer time) and validity dates. A coordinator
 * changes them through the API; every change is a new version (src/db/route-rules-repository.ts).
 *
 * Resolution: of the rules for a route that are valid on the date and cover the patient's
 * address, the most specific scope wins: woonplaats (village) over gemeente (municipality) over
 * regio (region). Between two rules of the same scope, the one that started latest wins.
 */
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { isClockTime } from '../case-review/dutch-clock';
import { ROUTES, isRouteId, type RouteId } from './route-catalog';

export const SCOPE_KINDS = ['regio', 'gemeente', 'woonplaats'] as const;
/** How wide a rule reaches: a region, a municipality (GM code) or one village in it. */
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Route-specific details; which keys a route accepts is listed in DETAIL_KEYS_BY_ROUTE. */
export interface RuleDetails {
  /** Welfare routes: at most this many contacts. */
  maxContacts?: number;
  /** Welfare routes: within this many months; null means no time limit. */
  maxMonths?: number | null;
  /** Welfare routes: WoR and WoR+ are one offer here (Veenendaal). */
  mergedWith?: 'wor' | 'wor-plus';
  /** Overlegtafel: weeks between sessions (default 3). */
  intervalWeeks?: number;
  /** Overlegtafel: the date of a known session from which the rhythm is counted. */
  firstSession?: IsoDate;
  /** Overlegtafel: when its sessions start, hh:mm in Dutch time (12:30 where no rule says). */
  startTime?: string;
  /** Consultatie: answer within this many working days. */
  answerWorkingDays?: number;
  /** How to refer or take part, e.g. "VIPLive WoR", "Teams", "ZorgDomein". */
  channel?: string;
  /** What replaces the route where this rule makes it unavailable. */
  replacedBy?: RouteId;
  /** Practice: the e-health programmes the region offers for blended care. */
  ehealth?: string[];
}

export interface RegionalRule {
  /** Stable id across versions, e.g. "ew-wor-plus-heelsum". */
  ruleId: string;
  scopeKind: ScopeKind;
  /** Region id, GM code, or GM code and village ("GM0274:Heelsum"). */
  scopeCode: string;
  route: RouteId;
  available: boolean;
  /** First day the rule holds; null means since always. */
  validFrom: IsoDate | null;
  /** Last day the rule holds; null means until further notice. */
  validTo: IsoDate | null;
  details: RuleDetails;
  /** Dutch text shown with the route (or as the reason why it is unavailable). */
  note: string | null;
  /** Where the rule comes from: the seed, or "aanname" where the seeds are silent. */
  source: string;
}

/** Which municipalities make up a region (the `region` table, or DEMO_REGIONS). */
export interface RegionMembership {
  id: string;
  municipalityCodes: readonly string[];
}

/** Where the patient lives, as far as the rules care. */
export interface PatientLocation {
  municipalityCode: string;
  place?: string;
}

const SPECIFICITY: Record<ScopeKind, number> = { regio: 1, gemeente: 2, woonplaats: 3 };

/** True when the rule holds on `date` (both ends inclusive). */
export function isValidOn(rule: Pick<RegionalRule, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (rule.validFrom === null || rule.validFrom <= date) && (rule.validTo === null || date <= rule.validTo);
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The village part of a woonplaats scope code ("GM0274:Heelsum" -> "Heelsum"). */
export function villageOf(scopeCode: string): string {
  return scopeCode.slice(scopeCode.indexOf(':') + 1);
}

/** True when the rule's scope covers the patient's address. */
export function coversLocation(
  rule: Pick<RegionalRule, 'scopeKind' | 'scopeCode'>,
  location: PatientLocation,
  regions: readonly RegionMembership[],
): boolean {
  switch (rule.scopeKind) {
    case 'regio':
      return regions.some((r) => r.id === rule.scopeCode && r.municipalityCodes.includes(location.municipalityCode));
    case 'gemeente':
      return rule.scopeCode === location.municipalityCode;
    case 'woonplaats': {
      const [code] = rule.scopeCode.split(':');
      return code === location.municipalityCode && location.place !== undefined && sameName(villageOf(rule.scopeCode), location.place);
    }
  }
}

/** The rule that decides about `route` for this address on this date, if any rule does. */
export function resolveRouteRule(
  rules: readonly RegionalRule[],
  route: RouteId,
  location: PatientLocation,
  date: IsoDate,
  regions: readonly RegionMembership[],
): RegionalRule | undefined {
  const candidates = rules.filter((r) => r.route === route && isValidOn(r, date) && coversLocation(r, location, regions));
  return candidates.sort(
    (a, b) =>
      SPECIFICITY[b.scopeKind] - SPECIFICITY[a.scopeKind] ||
      (b.validFrom ?? '').localeCompare(a.validFrom ?? '') ||
      a.ruleId.localeCompare(b.ruleId),
  )[0];
}

/** The region a rule belongs to, from its scope. */
export function regionOfRule(
  rule: Pick<RegionalRule, 'scopeKind' | 'scopeCode'>,
  regions: readonly RegionMembership[],
): string | undefined {
  if (rule.scopeKind === 'regio') return regions.find((r) => r.id === rule.scopeCode)?.id;
  const [code] = rule.scopeCode.split(':');
  return regions.find((r) => code !== undefined && r.municipalityCodes.includes(code))?.id;
}

/** Which details each route accepts. */
export const DETAIL_KEYS_BY_ROUTE: Record<RouteId, readonly (keyof RuleDetails)[]> = {
  crisis: ['channel'],
  huisartsenpraktijk: ['channel', 'ehealth'],
  wor: ['maxContacts', 'maxMonths', 'mergedWith', 'channel', 'replacedBy'],
  'wor-plus': ['maxContacts', 'maxMonths', 'mergedWith', 'channel', 'replacedBy'],
  'verkennend-gesprek': ['channel', 'replacedBy'],
  'ggz-overlegtafel': ['intervalWeeks', 'firstSession', 'startTime', 'channel', 'replacedBy'],
  'consultatie-ggz': ['answerWorkingDays', 'channel', 'replacedBy'],
  bggz: ['channel'],
  sggz: ['channel'],
};

/** A problem with one field of a rule, in Dutch (the same shape as the HTTP error details). */
export interface RuleProblem {
  field: string;
  message: string;
}

const SCOPE_CODE: Record<ScopeKind, RegExp> = {
  regio: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  gemeente: /^GM\d{4}$/,
  woonplaats: /^GM\d{4}:\S.*$/,
};

const positiveInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/**
 * Checks a rule before it is stored: scope code format, dates, and details that fit the route.
 * Returns the problems (empty when the rule is fine).
 */
export function validateRegionalRule(rule: RegionalRule): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.ruleId)) problem('ruleId', 'Gebruik kleine letters, cijfers en koppeltekens.');
  if (!(SCOPE_KINDS as readonly string[]).includes(rule.scopeKind)) problem('scopeKind', 'Kies regio, gemeente of woonplaats.');
  else if (!SCOPE_CODE[rule.scopeKind].test(rule.scopeCode)) {
    problem('scopeCode', {
      regio: 'Geef de code van de regio, bijvoorbeeld ede-wageningen.',
      gemeente: 'Geef een CBS-gemeentecode, bijvoorbeeld GM0228.',
      woonplaats: 'Geef gemeentecode en woonplaats, bijvoorbeeld GM0274:Heelsum.',
    }[rule.scopeKind]);
  }
  if (!isRouteId(rule.route)) {
    problem('route', 'Onbekende route.');
    return problems;
  }
  const definition = ROUTES[rule.route];
  if (!rule.available && definition.everywhere) {
    problem('available', `${definition.label} bestaat overal en kan niet onbeschikbaar worden gemaakt.`);
  }
  if (rule.validFrom !== null && !isIsoDate(rule.validFrom)) problem('validFrom', 'Geef een datum als jjjj-mm-dd.');
  if (rule.validTo !== null && !isIsoDate(rule.validTo)) problem('validTo', 'Geef een datum als jjjj-mm-dd.');
  if (rule.validFrom !== null && rule.validTo !== null && rule.validTo < rule.validFrom) {
    problem('validTo', 'De einddatum ligt voor de begindatum.');
  }
  if (rule.source.trim() === '') problem('source', 'Vermeld de bron van de regel (of dat het een aanname is).');

  const allowed = DETAIL_KEYS_BY_ROUTE[rule.route];
  for (const key of Object.keys(rule.details)) {
    if (!(allowed as readonly string[]).includes(key)) problem(`details.${key}`, `Dit gegeven hoort niet bij ${definition.label}.`);
  }
  const d = rule.details;
  if (d.maxContacts !== undefined && !positiveInteger(d.maxContacts)) problem('details.maxContacts', 'Geef een heel getal groter dan 0.');
  if (d.maxMonths !== undefined && d.maxMonths !== null && !positiveInteger(d.maxMonths)) {
    problem('details.maxMonths', 'Geef een heel getal groter dan 0, of geen tijdslimiet.');
  }
  if (d.mergedWith !== undefined && (d.mergedWith === rule.route || !['wor', 'wor-plus'].includes(d.mergedWith))) {
    problem('details.mergedWith', 'WoR kan alleen samengaan met WoR+ en andersom.');
  }
  if (d.intervalWeeks !== undefined && !positiveInteger(d.intervalWeeks)) problem('details.intervalWeeks', 'Geef een heel getal groter dan 0.');
  if (d.firstSession !== undefined && !isIsoDate(d.firstSession)) problem('details.firstSession', 'Geef een datum als jjjj-mm-dd.');
  if (d.startTime !== undefined && (typeof d.startTime !== 'string' || !isClockTime(d.startTime))) {
    problem('details.startTime', 'Geef een tijd als uu:mm, bijvoorbeeld 12:30.');
  }
  if (d.answerWorkingDays !== undefined && !positiveInteger(d.answerWorkingDays)) {
    problem('details.answerWorkingDays', 'Geef een heel getal groter dan 0.');
  }
  if (d.channel !== undefined && (typeof d.channel !== 'string' || d.channel.trim() === '')) problem('details.channel', 'Geef een kanaal.');
  if (d.replacedBy !== undefined && (!isRouteId(d.replacedBy) || d.replacedBy === rule.route || d.replacedBy === 'crisis')) {
    problem('details.replacedBy', 'Kies een andere route als vervanging.');
  }
  if (d.ehealth !== undefined && (!Array.isArray(d.ehealth) || d.ehealth.some((e) => typeof e !== 'string' || e.trim() === ''))) {
    problem('details.ehealth', 'Geef de namen van de e-healthprogramma’s.');
  }
  return problems;
}
