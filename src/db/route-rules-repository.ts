/**
 * Regional route rules and regions in the database. Rules are append-only versions in
 * `route_rule_version`: a change inserts a new version, retiring inserts a version marked
 * `retired`, and the current rule is the newest version per rule id unless that one is retired.
 * Every SQL statement about regions and route rules lives here.
 */
import { asc, desc, eq, sql } from 'drizzle-orm';
import { DEMO_REGIONS } from '../domain/catalog/demo-regions';
import { DomainError, invalid, notFound } from '../domain/errors';
import {
  regionOfRule,
  validateRegionalRule,
  type RegionalRule,
  type RuleDetails,
  type ScopeKind,
} from '../domain/routes/regional-rules';
import { REGIONAL_RULES_SEED } from '../domain/routes/regional-rules-seed';
import type { RouteId } from '../domain/routes/route-catalog';
import type { Db } from './client';
import { region, routeRuleVersion } from './schema';

/** A region whose referral desk keeps its own rules. */
export interface Region {
  id: string;
  name: string;
  municipalityCodes: string[];
  source: string;
}

/** One stored version of a regional rule, with who changed it, when and why. */
export interface RegionalRuleVersion extends RegionalRule {
  versionId: string;
  retired: boolean;
  changedBy: string;
  changeReason: string | null;
  /** When the version was stored (ISO instant). */
  recordedAt: string;
}

export interface RuleChange {
  /** Who made the change (user id or name); "seed" for the first load. */
  changedBy: string;
  reason?: string | null;
  /**
   * The version the change was based on. When given and no longer the newest, the change is
   * refused with a conflict, so that two coordinators do not overwrite each other unseen.
   */
  basedOnVersionId?: string;
  /** True for a new rule: refused with a conflict when the rule id already has a version. */
  expectNew?: boolean;
}

type VersionRow = typeof routeRuleVersion.$inferSelect;

function toVersion(row: VersionRow): RegionalRuleVersion {
  return {
    versionId: row.id,
    ruleId: row.ruleId,
    scopeKind: row.scopeKind as ScopeKind,
    scopeCode: row.scopeCode,
    route: row.route as RouteId,
    available: row.available,
    validFrom: row.validFrom,
    validTo: row.validTo,
    details: row.details as RuleDetails,
    note: row.note,
    source: row.source,
    retired: row.retired,
    changedBy: row.changedBy,
    changeReason: row.changeReason,
    recordedAt: new Date(row.recordedAt).toISOString(),
  };
}

/** The plain rule of a stored version (what the engine takes). */
export function ruleOf(version: RegionalRuleVersion): RegionalRule {
  const { ruleId, scopeKind, scopeCode, route, available, validFrom, validTo, details, note, source } = version;
  return { ruleId, scopeKind, scopeCode, route, available, validFrom, validTo, details, note, source };
}

export async function listRegions(db: Db): Promise<Region[]> {
  const rows = await db.select().from(region).orderBy(asc(region.id));
  return rows.map((r) => ({ ...r, municipalityCodes: [...r.municipalityCodes] }));
}

export async function getRegion(db: Db, id: string): Promise<Region | undefined> {
  const [row] = await db.select().from(region).where(eq(region.id, id));
  return row ? { ...row, municipalityCodes: [...row.municipalityCodes] } : undefined;
}

async function requireRegion(db: Db, id: string): Promise<Region> {
  const found = await getRegion(db, id);
  if (!found) throw notFound('Regio');
  return found;
}

/** The newest version of every rule, retired ones included. */
async function newestVersions(db: Db): Promise<RegionalRuleVersion[]> {
  const rows = await db
    .selectDistinctOn([routeRuleVersion.ruleId])
    .from(routeRuleVersion)
    .orderBy(routeRuleVersion.ruleId, desc(routeRuleVersion.recordedAt));
  return rows.map(toVersion);
}

/** The current rules (newest version per rule id, not retired), of one region or of all. */
export async function listCurrentRules(db: Db, regionId?: string): Promise<RegionalRuleVersion[]> {
  const current = (await newestVersions(db)).filter((v) => !v.retired);
  if (regionId === undefined) return current;
  const regions = [await requireRegion(db, regionId)];
  return current.filter((v) => regionOfRule(v, regions) === regionId);
}

/** The current version of one rule, or undefined when it does not exist or is retired. */
export async function getCurrentRule(db: Db, ruleId: string): Promise<RegionalRuleVersion | undefined> {
  const [newest] = await versionsOf(db, ruleId, 'newest-first', 1);
  return newest && !newest.retired ? newest : undefined;
}

async function versionsOf(db: Db, ruleId: string, order: 'oldest-first' | 'newest-first', limit?: number) {
  const query = db
    .select()
    .from(routeRuleVersion)
    .where(eq(routeRuleVersion.ruleId, ruleId))
    .orderBy(order === 'oldest-first' ? asc(routeRuleVersion.recordedAt) : desc(routeRuleVersion.recordedAt));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map(toVersion);
}

/** Every version of one rule, oldest first; throws when the rule never existed. */
export async function ruleHistory(db: Db, ruleId: string): Promise<RegionalRuleVersion[]> {
  const versions = await versionsOf(db, ruleId, 'oldest-first');
  if (versions.length === 0) throw notFound('Regel');
  return versions;
}

/** Every version of every rule in a region, newest first: the region's change log. */
export async function regionRuleHistory(db: Db, regionId: string): Promise<RegionalRuleVersion[]> {
  const regions = [await requireRegion(db, regionId)];
  const rows = await db.select().from(routeRuleVersion).orderBy(desc(routeRuleVersion.recordedAt));
  return rows.map(toVersion).filter((v) => regionOfRule(v, regions) === regionId);
}

/**
 * Stores a new version of a rule (a new rule when the id is new). The rule is validated first;
 * with `basedOnVersionId` a stale edit is refused.
 */
export async function appendRuleVersion(db: Db, rule: RegionalRule, change: RuleChange): Promise<RegionalRuleVersion> {
  const problems = validateRegionalRule(rule);
  if (problems.length > 0) throw invalid('De regel is niet geldig.', problems);
  return insertVersion(db, rule, false, change);
}

/** Ends a rule: stores a retiring version. Throws when there is no current version. */
export async function retireRule(db: Db, ruleId: string, change: RuleChange): Promise<RegionalRuleVersion> {
  const current = await getCurrentRule(db, ruleId);
  if (!current) throw notFound('Regel');
  return insertVersion(db, ruleOf(current), true, change);
}

async function insertVersion(db: Db, rule: RegionalRule, retired: boolean, change: RuleChange): Promise<RegionalRuleVersion> {
  return db.transaction(async (tx) => {
    // One writer per rule at a time, so the check on the newest version below holds.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`route-rule:${rule.ruleId}`}))`);
    if (change.basedOnVersionId !== undefined || change.expectNew) {
      const [newest] = await tx
        .select({ id: routeRuleVersion.id })
        .from(routeRuleVersion)
        .where(eq(routeRuleVersion.ruleId, rule.ruleId))
        .orderBy(desc(routeRuleVersion.recordedAt))
        .limit(1);
      if (change.expectNew && newest) {
        throw new DomainError('conflict', 'Er bestaat al een regel met deze code; kies een andere code.');
      }
      if (change.basedOnVersionId !== undefined && newest?.id !== change.basedOnVersionId) {
        throw new DomainError('conflict', 'De regel is intussen door iemand anders gewijzigd. Laad hem opnieuw.');
      }
    }
    const [row] = await tx
      .insert(routeRuleVersion)
      .values({
        ruleId: rule.ruleId,
        scopeKind: rule.scopeKind,
        scopeCode: rule.scopeCode,
        route: rule.route,
        available: rule.available,
        validFrom: rule.validFrom,
        validTo: rule.validTo,
        details: rule.details,
        note: rule.note,
        source: rule.source,
        retired,
        changedBy: change.changedBy,
        changeReason: change.reason ?? null,
        // clock_timestamp, not now(): versions stored in one transaction still get their order.
        recordedAt: sql`clock_timestamp()`,
      })
      .returning();
    if (!row) throw new Error('insert into route_rule_version returned no row');
    return toVersion(row);
  });
}

const SEED_LOCK = 'route-rules-seed';

/**
 * Loads the demo regions and the seeded rules. Idempotent: regions that exist are left alone and
 * only rule ids without any version yet are inserted, so a coordinator's changes (and retired
 * rules) survive a restart. Safe when several processes start at once.
 */
export async function seedRegionalRulesIfEmpty(db: Db): Promise<{ regions: number; rules: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${SEED_LOCK}))`);
    const insertedRegions = await tx
      .insert(region)
      .values(DEMO_REGIONS.map((r) => ({ id: r.id, name: r.name, municipalityCodes: r.municipalityCodes, source: r.source })))
      .onConflictDoNothing()
      .returning({ id: region.id });
    const known = new Set((await tx.selectDistinct({ ruleId: routeRuleVersion.ruleId }).from(routeRuleVersion)).map((r) => r.ruleId));
    const missing = REGIONAL_RULES_SEED.filter((r) => !known.has(r.ruleId));
    if (missing.length > 0) {
      await tx.insert(routeRuleVersion).values(
        missing.map((rule) => ({
          ruleId: rule.ruleId,
          scopeKind: rule.scopeKind,
          scopeCode: rule.scopeCode,
          route: rule.route,
          available: rule.available,
          validFrom: rule.validFrom,
          validTo: rule.validTo,
          details: rule.details,
          note: rule.note,
          source: rule.source,
          changedBy: 'seed',
          changeReason: 'Eerste inrichting uit de seeds',
        })),
      );
    }
    return { regions: insertedRegions.length, rules: missing.length };
  });
}
