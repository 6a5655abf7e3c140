import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpQuestion, type HelpQuestionOverrides } from '../../test/support/help-questions';
import { testDatabases } from '../../test/support/databases';
import { DEMO_REGIONS } from '../domain/catalog/demo-regions';
import { DomainError } from '../domain/errors';
import { adviseRoute } from '../domain/routes/advise-route';
import { EDE_WAGENINGEN_RULES, NOORDWEST_UTRECHT_RULES, REGIONAL_RULES_SEED } from '../domain/routes/regional-rules-seed';
import type { Database } from './client';
import {
  appendRuleVersion,
  getCurrentRule,
  listCurrentRules,
  listRegions,
  regionRuleHistory,
  retireRule,
  ruleHistory,
  ruleOf,
  seedRegionalRulesIfEmpty,
} from './route-rules-repository';

const WOR_PLUS_FIT: HelpQuestionOverrides = { severity: 'matig', complexity: 'meervoudig', socialProblems: ['schulden', 'eenzaamheid'] };

describe.each(testDatabases())('regional route rules on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  const adviceFor = async (overrides: HelpQuestionOverrides) => {
    const rules = (await listCurrentRules(database.db)).map(ruleOf);
    return adviseRoute(helpQuestion(overrides), rules, new Date('2026-11-23T09:00:00Z'), await listRegions(database.db));
  };

  it('seeds the demo regions and every seeded rule, once', async () => {
    expect(await seedRegionalRulesIfEmpty(database.db)).toEqual({ regions: DEMO_REGIONS.length, rules: REGIONAL_RULES_SEED.length });
    expect(await seedRegionalRulesIfEmpty(database.db)).toEqual({ regions: 0, rules: 0 });
    expect((await listRegions(database.db)).map((r) => r.id)).toEqual(['ede-wageningen', 'noordwest-utrecht']);
  });

  it('reads the current rules per region, as seeded', async () => {
    const ede = await listCurrentRules(database.db, 'ede-wageningen');
    expect(ede.map((v) => v.ruleId).sort()).toEqual(EDE_WAGENINGEN_RULES.map((r) => r.ruleId).sort());
    expect((await listCurrentRules(database.db, 'noordwest-utrecht')).length).toBe(NOORDWEST_UTRECHT_RULES.length);
    const veenendaal = await getCurrentRule(database.db, 'ew-wor-veenendaal');
    expect(veenendaal && ruleOf(veenendaal)).toEqual(REGIONAL_RULES_SEED.find((r) => r.ruleId === 'ew-wor-veenendaal'));
    expect(veenendaal).toMatchObject({ changedBy: 'seed', retired: false });
  });

  it('changes a rule with a new version, keeps the history, and the advice follows the change', async () => {
    const before = await adviceFor({ ...WOR_PLUS_FIT, municipalityCode: 'GM0289', date: '2026-05-15' });
    expect(before.advised.route).toBe('wor-plus');

    const waiting = (await getCurrentRule(database.db, 'ew-wor-plus-wageningen-voor-start'))!;
    const started = (await getCurrentRule(database.db, 'ew-wor-plus-wageningen'))!;
    await appendRuleVersion(
      database.db,
      { ...ruleOf(waiting), validTo: '2026-05-31', note: 'WoR+ is in Wageningen nog niet beschikbaar; de start is verschoven naar juni 2026.' },
      { changedBy: 'coordinator-ede', reason: 'Start WoR+ Wageningen uitgesteld', basedOnVersionId: waiting.versionId },
    );
    await appendRuleVersion(
      database.db,
      { ...ruleOf(started), validFrom: '2026-06-01' },
      { changedBy: 'coordinator-ede', reason: 'Start WoR+ Wageningen uitgesteld', basedOnVersionId: started.versionId },
    );

    const history = await ruleHistory(database.db, 'ew-wor-plus-wageningen');
    expect(history.map((v) => [v.validFrom, v.changedBy])).toEqual([
      ['2026-05-01', 'seed'],
      ['2026-06-01', 'coordinator-ede'],
    ]);
    expect((await getCurrentRule(database.db, 'ew-wor-plus-wageningen'))?.validFrom).toBe('2026-06-01');

    const after = await adviceFor({ ...WOR_PLUS_FIT, municipalityCode: 'GM0289', date: '2026-05-15' });
    expect(after.advised.route).toBe('wor');
    expect(after.unavailable[0]?.why).toMatch(/verschoven naar juni 2026/);
  });

  it('lists the region’s changes, newest first', async () => {
    const log = await regionRuleHistory(database.db, 'ede-wageningen');
    expect(log.slice(0, 2).map((v) => v.ruleId)).toEqual(['ew-wor-plus-wageningen', 'ew-wor-plus-wageningen-voor-start']);
    expect(log[0]?.changeReason).toBe('Start WoR+ Wageningen uitgesteld');
    expect(log).toHaveLength(EDE_WAGENINGEN_RULES.length + 2);
    expect(await regionRuleHistory(database.db, 'noordwest-utrecht')).toHaveLength(NOORDWEST_UTRECHT_RULES.length);
  });

  it('refuses a change based on a version that is no longer the newest', async () => {
    const [first] = await ruleHistory(database.db, 'ew-wor-plus-wageningen');
    await expect(
      appendRuleVersion(database.db, ruleOf(first!), { changedBy: 'coordinator-ede', basedOnVersionId: first!.versionId }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses an invalid rule and names the field', async () => {
    const rule = ruleOf((await getCurrentRule(database.db, 'ew-consultatie-ggz'))!);
    const attempt = appendRuleVersion(database.db, { ...rule, details: { answerWorkingDays: 0 } }, { changedBy: 'coordinator-ede' });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'ongeldige-invoer', details: [{ field: 'details.answerWorkingDays' }] });
  });

  it('retires a rule, after which the wider rule applies', async () => {
    await retireRule(database.db, 'ew-wor-veenendaal', { changedBy: 'coordinator-ede', reason: 'Veenendaal volgt de regio' });
    expect(await getCurrentRule(database.db, 'ew-wor-veenendaal')).toBeUndefined();
    expect((await listCurrentRules(database.db)).map((v) => v.ruleId)).not.toContain('ew-wor-veenendaal');
    expect((await ruleHistory(database.db, 'ew-wor-veenendaal')).map((v) => v.retired)).toEqual([false, true]);

    const advice = await adviceFor({ socialProblems: ['eenzaamheid'], municipalityCode: 'GM0345' });
    expect(advice.advised.regionalRuleId).toBe('ew-wor');
    expect(advice.advised.limits?.text).toBe('Enkele tot maximaal 10 contacten in 3 maanden');
    await expect(retireRule(database.db, 'ew-wor-veenendaal', { changedBy: 'coordinator-ede' })).rejects.toMatchObject({
      code: 'niet-gevonden',
    });
  });

  it('does not undo changes or revive retired rules when seeding again', async () => {
    expect(await seedRegionalRulesIfEmpty(database.db)).toEqual({ regions: 0, rules: 0 });
    expect(await getCurrentRule(database.db, 'ew-wor-veenendaal')).toBeUndefined();
    expect((await getCurrentRule(database.db, 'ew-wor-plus-wageningen'))?.validFrom).toBe('2026-06-01');
  });

  it('says when a region or a rule is unknown', async () => {
    await expect(listCurrentRules(database.db, 'atlantis')).rejects.toMatchObject({ code: 'niet-gevonden' });
    await expect(ruleHistory(database.db, 'bestaat-niet')).rejects.toMatchObject({ code: 'niet-gevonden' });
  });
});
