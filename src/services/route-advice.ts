/**
 * The route-advice use cases behind the HTTP routes: advise a route for a help question with the
 * regional rules as they are in the database now, show the route catalog and the regions, and let
 * a coordinator (verwijsadviseur) view, change, add and retire regional rules. Every change is a
 * new version in route_rule_version, which is also the change log (who, when, why).
 */
import { invalid, notFound } from '../domain/errors';
import type { Advice } from '../domain/routes/advice';
import { adviseRoute } from '../domain/routes/advise-route';
import { validateHelpQuestion, type HelpQuestion } from '../domain/routes/help-question';
import { regionOfRule, villageOf, type RegionalRule } from '../domain/routes/regional-rules';
import { ROUTE_IDS, ROUTES, type RouteDefinition } from '../domain/routes/route-catalog';
import {
  appendRuleVersion,
  getCurrentRule,
  getRegion,
  listCurrentRules,
  listRegions,
  regionRuleHistory,
  retireRule,
  ruleHistory,
  ruleOf,
  type Region,
  type RegionalRuleVersion,
} from '../db/route-rules-repository';
import type { AppServices } from './app-services';

/** Advises a route for the question, on its date or today, with the current regional rules. */
export async function adviseForQuestion(services: AppServices, question: HelpQuestion): Promise<Advice> {
  const problems = validateHelpQuestion(question);
  if (problems.length > 0) throw invalid('De hulpvraag is niet volledig of niet geldig.', problems);
  if (!services.catalog.municipalities.has(question.municipalityCode)) {
    throw invalid('Deze gemeente kennen we niet.', [
      { field: 'municipalityCode', message: 'is geen bekende CBS-gemeentecode' },
    ]);
  }
  const { db } = services.database;
  const [rules, regions] = await Promise.all([listCurrentRules(db), listRegions(db)]);
  return adviseRoute(question, rules.map(ruleOf), services.now(), regions);
}

/** The rows of the seed-001 comparison, in the chart's own words. */
export const COMPARISON_ROWS = [
  { key: 'when', label: 'Wanneer?' },
  { key: 'inShort', label: 'In het kort' },
  { key: 'fitsWith', label: 'Past bij' },
  { key: 'keyDifference', label: 'Belangrijk verschil' },
] as const;

/** The route catalog for the comparison view, in the order of ROUTE_IDS. */
export function routeCatalog(): {
  rows: { key: (typeof COMPARISON_ROWS)[number]['key']; label: string }[];
  routes: RouteDefinition[];
} {
  return { rows: COMPARISON_ROWS.map((row) => ({ ...row })), routes: ROUTE_IDS.map((id) => ROUTES[id]) };
}

export interface RegionView {
  id: string;
  name: string;
  source: string;
  /** The region's municipalities, with the villages (woonplaatsen) that have rules of their own. */
  municipalities: { code: string; name: string; places: string[] }[];
}

/** The regions with their municipalities and the villages that have rules of their own. */
export async function regionViews(services: AppServices): Promise<RegionView[]> {
  const { db } = services.database;
  const [regions, rules] = await Promise.all([listRegions(db), listCurrentRules(db)]);
  const places = new Map<string, Set<string>>();
  for (const rule of rules) {
    if (rule.scopeKind !== 'woonplaats') continue;
    const [code = ''] = rule.scopeCode.split(':');
    places.set(code, (places.get(code) ?? new Set()).add(villageOf(rule.scopeCode)));
  }
  return regions.map((region) => ({
    id: region.id,
    name: region.name,
    source: region.source,
    municipalities: region.municipalityCodes
      .map((code) => ({
        code,
        name: services.catalog.municipalities.get(code)?.name ?? code,
        places: [...(places.get(code) ?? [])].sort((a, b) => a.localeCompare(b, 'nl')),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }));
}

async function requireRegion(services: AppServices, regionId: string): Promise<Region> {
  const region = await getRegion(services.database.db, regionId);
  if (!region) throw notFound('De regio');
  return region;
}

/** The current rules of a region, ordered by route and then from wide to narrow scope. */
export async function currentRulesOfRegion(
  services: AppServices,
  regionId: string,
): Promise<RegionalRuleVersion[]> {
  await requireRegion(services, regionId);
  const rules = await listCurrentRules(services.database.db, regionId);
  const scopeOrder = { regio: 0, gemeente: 1, woonplaats: 2 } as const;
  return rules.sort(
    (a, b) =>
      ROUTE_IDS.indexOf(a.route) - ROUTE_IDS.indexOf(b.route) ||
      scopeOrder[a.scopeKind] - scopeOrder[b.scopeKind] ||
      a.scopeCode.localeCompare(b.scopeCode) ||
      (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
  );
}

/** Every version of every rule in the region, newest first. */
export async function changeLogOfRegion(
  services: AppServices,
  regionId: string,
): Promise<RegionalRuleVersion[]> {
  await requireRegion(services, regionId);
  return regionRuleHistory(services.database.db, regionId);
}

/** Every version of one rule, oldest first. */
export function versionsOfRule(services: AppServices, ruleId: string): Promise<RegionalRuleVersion[]> {
  return ruleHistory(services.database.db, ruleId);
}

/** The fields of a rule a coordinator sets (everything but the id). */
export type RuleFields = Omit<RegionalRule, 'ruleId'>;

/** Who changes a rule, and why. */
export interface ChangeInput {
  changedBy: string;
  reason: string;
}

/** A change to an existing rule: the fields given replace the current ones. */
export type RuleEdit = Partial<RuleFields> & ChangeInput & { basedOnVersionId: string };

/** Refuses a rule whose scope lies outside every region (or outside `regionId` when given). */
function checkScopeInRegion(rule: RegionalRule, regions: readonly Region[], regionId?: string): void {
  const owner = regionOfRule(rule, regions);
  if (owner === undefined || (regionId !== undefined && owner !== regionId)) {
    const where = regionId === undefined ? 'een bekende regio' : 'deze regio';
    throw invalid('De regel valt buiten de regio.', [
      { field: 'scopeCode', message: `valt niet in ${where}` },
    ]);
  }
}

/**
 * Stores a changed version of a rule. `basedOnVersionId` must be the rule's newest version, so
 * that two coordinators never overwrite each other's change unseen (409 otherwise).
 */
export async function changeRule(
  services: AppServices,
  ruleId: string,
  edit: RuleEdit,
): Promise<RegionalRuleVersion> {
  const { db } = services.database;
  const current = await getCurrentRule(db, ruleId);
  if (!current) throw notFound('De regel');
  const { changedBy, reason, basedOnVersionId, ...fields } = edit;
  const rule: RegionalRule = { ...ruleOf(current), ...fields, ruleId };
  checkScopeInRegion(rule, await listRegions(db));
  return appendRuleVersion(db, rule, { changedBy, reason, basedOnVersionId });
}

/** Adds a new rule to a region; a rule id that was ever used is refused (409). */
export async function addRule(
  services: AppServices,
  regionId: string,
  input: RuleFields & ChangeInput & { ruleId: string },
): Promise<RegionalRuleVersion> {
  const { db } = services.database;
  await requireRegion(services, regionId);
  const { changedBy, reason, ...rule } = input;
  checkScopeInRegion(rule, await listRegions(db), regionId);
  return appendRuleVersion(db, rule, { changedBy, reason, expectNew: true });
}

/** Ends a rule with a retiring version; the history stays. */
export function retireRuleWithReason(
  services: AppServices,
  ruleId: string,
  change: ChangeInput & { basedOnVersionId?: string },
): Promise<RegionalRuleVersion> {
  return retireRule(services.database.db, ruleId, change);
}
