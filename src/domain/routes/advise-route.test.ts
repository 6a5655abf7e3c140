import { afterAll, describe, expect, it } from 'vitest';
import { GM, helpQuestion, type HelpQuestionOverrides } from '../../../test/support/help-questions';
import type { Advice, SteppedCareStep } from './advice';
import { adviseRoute } from './advise-route';
import { REGIONAL_RULES_SEED } from './regional-rules-seed';
import { ROUTE_IDS, type RouteId } from './route-catalog';
import { ROUTE_RULES } from './route-rules';

const NOW = new Date('2026-11-23T09:00:00Z');

interface Expected {
  advised: RouteId;
  /** A rule id among the advised route's reasons. */
  rule?: string;
  /** Routes that must be among the alternatives. */
  alternatives?: RouteId[];
  /** Routes that must not be among the alternatives. */
  notAlternatives?: RouteId[];
  unavailable?: { route: RouteId; replacement: RouteId | null; regionalRuleId?: string; why?: RegExp }[];
  regionalRuleId?: string;
  step?: SteppedCareStep;
  next?: string;
  registration?: 'Z68' | 'A69.02';
}

type Vignette = [title: string, question: HelpQuestionOverrides, expected: Expected];

const WOR_FIT: HelpQuestionOverrides = { socialProblems: ['eenzaamheid'] };
const WOR_PLUS_FIT: HelpQuestionOverrides = { severity: 'matig', complexity: 'meervoudig', socialProblems: ['schulden', 'eenzaamheid'] };

const adviceVignettes: Vignette[] = [
  // crisis comes first
  [
    'acute suicide risk in a patient who also fits WoR: crisis, and nothing that waits',
    { ...WOR_FIT, risk: { level: 'hoog', kinds: ['suicide'], acute: true } },
    { advised: 'crisis', rule: 'crisis-acuut-gevaar', alternatives: [] },
  ],
  [
    'acute danger of violence while the GP asked for a case discussion: still crisis',
    { gpLooksFor: 'casusoverleg', suspectedDisorder: 'stoornis', risk: { level: 'hoog', kinds: ['geweld'], acute: true } },
    { advised: 'crisis', rule: 'crisis-acuut-gevaar', alternatives: [] },
  ],
  // stepped care in the practice
  [
    'light complaints that belong to life, two weeks: watchful waiting',
    { course: { durationWeeks: 2 } },
    { advised: 'huisartsenpraktijk', rule: 'praktijk-bij-het-leven', step: '0' },
  ],
  [
    'light complaints that belong to life, eight weeks: psycho-education',
    {},
    { advised: 'huisartsenpraktijk', rule: 'praktijk-bij-het-leven', step: '1a', next: 'Begin met stap 1a: psycho-educatie (zie stepped care).' },
  ],
  [
    'light complaints with loss of structure, patient will not go alone: WoR, with advice on day structure as alternative',
    { socialProblems: ['structuur'] },
    { advised: 'wor', alternatives: ['huisartsenpraktijk'], step: '1b' },
  ],
  [
    'light complaints that belong to life, a month in the practice without improvement: guided self-help',
    { course: { earlierCare: 'huisartsenpraktijk', earlierCareMonths: 1 } },
    { advised: 'huisartsenpraktijk', step: '2a' },
  ],
  [
    'light complaints, two months in the practice without improvement: self-help, and a verkennend gesprek as alternative',
    { course: { earlierCare: 'huisartsenpraktijk', earlierCareMonths: 2 } },
    { advised: 'huisartsenpraktijk', step: '2a', alternatives: ['verkennend-gesprek'] },
  ],
  [
    'debts, and the patient takes the step alone: help for psychosocial problems',
    { socialProblems: ['schulden'], takesStepAlone: true },
    { advised: 'huisartsenpraktijk', rule: 'praktijk-welzijn-zelf', step: '2b' },
  ],
  [
    'moderate complaints that belong to life: short-term support by the POH-GGZ',
    { severity: 'matig' },
    { advised: 'huisartsenpraktijk', rule: 'praktijk-licht-matig', step: '3' },
  ],
  [
    'light suspected disorder: the practice, with consultation as alternative',
    { suspectedDisorder: 'stoornis' },
    { advised: 'huisartsenpraktijk', step: '2a', alternatives: ['consultatie-ggz'] },
  ],
  // welfare
  [
    'loneliness with light complaints, patient will not go alone: Welzijn op Recept',
    WOR_FIT,
    { advised: 'wor', rule: 'wor-welzijn', registration: 'Z68', regionalRuleId: 'ew-wor', next: 'Enkele tot maximaal 10 contacten in 3 maanden' },
  ],
  [
    'stacked problems on several life domains in Ede: WoR+',
    WOR_PLUS_FIT,
    { advised: 'wor-plus', rule: 'wor-plus-stapeling', registration: 'A69.02', regionalRuleId: 'ew-wor-plus-ede', alternatives: ['wor', 'ggz-overlegtafel'] },
  ],
  [
    'recurring complaints with stress: WoR+',
    { socialProblems: ['stress'], course: { recurrent: true } },
    { advised: 'wor-plus', rule: 'wor-plus-stapeling' },
  ],
  // consultation routes
  [
    'the GP does not know what fits, suspected disorder: verkennend gesprek',
    { gpLooksFor: 'weet-niet', suspectedDisorder: 'stoornis', severity: 'matig' },
    { advised: 'verkennend-gesprek', rule: 'verkennend-gesprek-weet-niet', regionalRuleId: 'ew-verkennend-gesprek', alternatives: ['ggz-overlegtafel', 'bggz'] },
  ],
  [
    'unclear whether there is a disorder, moderate complaints: verkennend gesprek',
    { suspectedDisorder: 'onduidelijk', severity: 'matig' },
    { advised: 'verkennend-gesprek', rule: 'verkennend-gesprek-onduidelijk' },
  ],
  [
    'severe complaints that belong to life, one domain: no rule decides, so a verkennend gesprek',
    { severity: 'ernstig' },
    { advised: 'verkennend-gesprek', rule: 'vangnet-verkennend-gesprek', alternatives: ['ggz-overlegtafel'] },
  ],
  [
    'the GP wants a case discussion without the patient: overlegtafel with its next session',
    { gpLooksFor: 'casusoverleg', suspectedDisorder: 'stoornis', severity: 'matig' },
    {
      advised: 'ggz-overlegtafel',
      rule: 'overlegtafel-casusoverleg',
      regionalRuleId: 'ew-ggz-overlegtafel',
      next: 'Volgende overlegtafel: donderdag 3 december 2026 (online via Teams)',
      alternatives: ['bggz'],
    },
  ],
  [
    'the GP wants short advice on medication: consultation, answered within 3 working days',
    { gpLooksFor: 'kort-advies', suspectedDisorder: 'stoornis', severity: 'matig' },
    {
      advised: 'consultatie-ggz',
      rule: 'consultatie-kort-advies',
      regionalRuleId: 'ew-consultatie-ggz',
      next: 'Antwoord binnen 3 werkdagen (uiterlijk 26 november 2026)',
      alternatives: ['bggz', 'huisartsenpraktijk'],
    },
  ],
  [
    'consultation asked on 23 December 2026: Christmas is skipped',
    { gpLooksFor: 'kort-advies', date: '2026-12-23' },
    { advised: 'consultatie-ggz', next: 'Antwoord binnen 3 werkdagen (uiterlijk 29 december 2026)' },
  ],
  // BGGZ
  [
    'suspected disorder with moderate suffering: BGGZ, the practice as a first step is an alternative',
    { suspectedDisorder: 'stoornis', severity: 'matig' },
    { advised: 'bggz', rule: 'bggz-matig-stoornis', regionalRuleId: 'ew-bggz', step: '4b', alternatives: ['huisartsenpraktijk', 'consultatie-ggz'] },
  ],
  [
    'no improvement after 2 months in the practice: BGGZ',
    { suspectedDisorder: 'stoornis', course: { earlierCare: 'huisartsenpraktijk', earlierCareMonths: 2 } },
    { advised: 'bggz', rule: 'bggz-geen-verbetering-praktijk', notAlternatives: ['huisartsenpraktijk'] },
  ],
  [
    'severe complaints on one life domain: BGGZ (severe but not complex)',
    { suspectedDisorder: 'stoornis', severity: 'ernstig' },
    { advised: 'bggz', rule: 'bggz-ernstig-enkelvoudig' },
  ],
  [
    'some risk with protective factors: BGGZ',
    { suspectedDisorder: 'stoornis', risk: { level: 'enig', kinds: ['suicide'] } },
    { advised: 'bggz', rule: 'bggz-enig-risico' },
  ],
  [
    'mild substance use with a suspected disorder: BGGZ',
    { suspectedDisorder: 'stoornis', substanceUse: 'licht' },
    { advised: 'bggz', rule: 'bggz-licht-middelengebruik' },
  ],
  [
    'suspected disorder and loneliness: BGGZ, with WoR alongside treatment',
    { suspectedDisorder: 'stoornis', severity: 'matig', socialProblems: ['eenzaamheid'] },
    { advised: 'bggz', alternatives: ['wor'] },
  ],
  [
    'suspected disorder with stacked problems: BGGZ, with WoR+ and a verkennend gesprek as alternatives',
    { suspectedDisorder: 'stoornis', severity: 'matig', complexity: 'meervoudig', socialProblems: ['schulden'] },
    { advised: 'bggz', alternatives: ['wor-plus', 'verkennend-gesprek', 'ggz-overlegtafel'] },
  ],
  // SGGZ
  [
    'high risk of self-harm without acute danger: SGGZ, never the overlegtafel',
    { suspectedDisorder: 'stoornis', severity: 'matig', complexity: 'meervoudig', risk: { level: 'hoog', kinds: ['zelfbeschadiging'] } },
    { advised: 'sggz', rule: 'sggz-hoog-risico', regionalRuleId: 'ew-sggz', step: '5', notAlternatives: ['ggz-overlegtafel'] },
  ],
  [
    'severe substance use with a suspected disorder: SGGZ',
    { suspectedDisorder: 'stoornis', severity: 'matig', substanceUse: 'ernstig' },
    { advised: 'sggz', rule: 'sggz-ernstig-middelengebruik' },
  ],
  [
    'no improvement after 3 months of BGGZ: SGGZ',
    { suspectedDisorder: 'stoornis', severity: 'matig', course: { earlierCare: 'bggz', earlierCareMonths: 3 } },
    { advised: 'sggz', rule: 'sggz-geen-verbetering-bggz' },
  ],
  [
    'severe and complex: SGGZ',
    { suspectedDisorder: 'stoornis', severity: 'ernstig', complexity: 'meervoudig' },
    { advised: 'sggz', rule: 'sggz-ernstig-complex' },
  ],
  [
    'severe recurring complaints with a suspected disorder: SGGZ',
    { suspectedDisorder: 'stoornis', severity: 'ernstig', course: { recurrent: true } },
    { advised: 'sggz', rule: 'sggz-ernstig-terugkerend', alternatives: ['bggz'] },
  ],
  // the patient's wish
  [
    'the patient would rather stay in the practice although BGGZ fits: practice and consultation offered first',
    { suspectedDisorder: 'stoornis', severity: 'ernstig', patientWish: 'in-de-praktijk' },
    { advised: 'bggz', rule: 'wens-patient', alternatives: ['huisartsenpraktijk', 'consultatie-ggz'] },
  ],
  [
    'the patient wants GGZ treatment for a light disorder: BGGZ offered as alternative, the practice stays advised',
    { suspectedDisorder: 'stoornis', patientWish: 'ggz-behandeling' },
    { advised: 'huisartsenpraktijk', rule: 'wens-patient', alternatives: ['bggz'] },
  ],
  [
    'the patient wants welfare, and WoR fits: the advice says so',
    { ...WOR_FIT, patientWish: 'welzijn' },
    { advised: 'wor', rule: 'wens-patient' },
  ],
];

const regionalVignettes: Vignette[] = [
  [
    'Renswoude has WoR+',
    { ...WOR_PLUS_FIT, municipalityCode: GM.renswoude },
    { advised: 'wor-plus', regionalRuleId: 'ew-wor-plus-renswoude' },
  ],
  [
    'Rheden has WoR+',
    { ...WOR_PLUS_FIT, municipalityCode: GM.rheden },
    { advised: 'wor-plus', regionalRuleId: 'ew-wor-plus-rheden' },
  ],
  [
    'Wageningen on 30 April 2026: no WoR+ yet, WoR instead',
    { ...WOR_PLUS_FIT, municipalityCode: GM.wageningen, date: '2026-04-30' },
    {
      advised: 'wor',
      regionalRuleId: 'ew-wor',
      unavailable: [{ route: 'wor-plus', replacement: 'wor', regionalRuleId: 'ew-wor-plus-wageningen-voor-start', why: /verwacht vanaf mei 2026/ }],
    },
  ],
  [
    'Wageningen on 1 May 2026: WoR+ has started',
    { ...WOR_PLUS_FIT, municipalityCode: GM.wageningen, date: '2026-05-01' },
    { advised: 'wor-plus', regionalRuleId: 'ew-wor-plus-wageningen', unavailable: [] },
  ],
  ...(
    [
      ['Heelsum', GM.renkum, 'ew-wor-plus-heelsum'],
      ['Renkum', GM.renkum, 'ew-wor-plus-renkum'],
      ['Amerongen', GM.utrechtseHeuvelrug, 'ew-wor-plus-amerongen'],
      ['Leersum', GM.utrechtseHeuvelrug, 'ew-wor-plus-leersum'],
    ] as const
  ).map(
    ([place, code, ruleId]): Vignette => [
      `the village ${place} has no WoR+: WoR with scaling up via the municipality instead`,
      { ...WOR_PLUS_FIT, municipalityCode: code, place },
      {
        advised: 'wor',
        rule: ruleId,
        unavailable: [{ route: 'wor-plus', replacement: 'wor', regionalRuleId: ruleId, why: new RegExp(`WoR\\+ is in ${place} niet beschikbaar \\(seed 001\\)`) }],
      },
    ],
  ),
  [
    'elsewhere in Renkum (Oosterbeek) the seed names no WoR+: the region-wide rule says not available',
    { ...WOR_PLUS_FIT, municipalityCode: GM.renkum, place: 'Oosterbeek' },
    { advised: 'wor', unavailable: [{ route: 'wor-plus', replacement: 'wor', regionalRuleId: 'ew-wor-plus-regio' }] },
  ],
  [
    'Veenendaal, WoR+ fits: one offer of a few up to 7 contacts without time limit',
    { ...WOR_PLUS_FIT, municipalityCode: GM.veenendaal },
    {
      advised: 'wor-plus',
      regionalRuleId: 'ew-wor-plus-veenendaal',
      notAlternatives: ['wor'],
      next: 'Enkele tot maximaal 7 contacten, zonder tijdslimiet',
    },
  ],
  [
    'Veenendaal, WoR fits: the same merged offer',
    { ...WOR_FIT, municipalityCode: GM.veenendaal },
    { advised: 'wor', regionalRuleId: 'ew-wor-veenendaal', next: 'In Veenendaal zijn WoR en WoR+ één aanbod (seed 001).' },
  ],
  [
    'Noordwest-Utrecht: self-help names the regional e-health',
    { municipalityCode: GM.utrecht, course: { earlierCare: 'huisartsenpraktijk', earlierCareMonths: 1 } },
    { advised: 'huisartsenpraktijk', regionalRuleId: 'nwu-huisartsenpraktijk', step: '2a' },
  ],
  [
    'Noordwest-Utrecht: WoR without fixed limits',
    { ...WOR_FIT, municipalityCode: GM.woerden },
    { advised: 'wor', regionalRuleId: 'nwu-wor' },
  ],
  [
    'Noordwest-Utrecht: no WoR+, WoR instead',
    { ...WOR_PLUS_FIT, municipalityCode: GM.utrecht },
    {
      advised: 'wor',
      alternatives: ['consultatie-ggz'],
      unavailable: [
        { route: 'wor-plus', replacement: 'wor', regionalRuleId: 'nwu-wor-plus' },
        { route: 'ggz-overlegtafel', replacement: 'consultatie-ggz', regionalRuleId: 'nwu-ggz-overlegtafel' },
      ],
    },
  ],
  [
    'Noordwest-Utrecht: verkennend gesprek since 2025',
    { gpLooksFor: 'weet-niet', suspectedDisorder: 'stoornis', municipalityCode: GM.utrecht },
    { advised: 'verkennend-gesprek', regionalRuleId: 'nwu-verkennend-gesprek' },
  ],
  [
    'Noordwest-Utrecht before 2025: no verkennend gesprek and no overlegtafel, so consultation',
    { gpLooksFor: 'weet-niet', suspectedDisorder: 'stoornis', municipalityCode: GM.utrecht, date: '2024-12-31' },
    {
      advised: 'consultatie-ggz',
      unavailable: [
        { route: 'verkennend-gesprek', replacement: 'consultatie-ggz' },
        { route: 'ggz-overlegtafel', replacement: 'consultatie-ggz', regionalRuleId: 'nwu-ggz-overlegtafel' },
      ],
    },
  ],
  [
    'Noordwest-Utrecht: a case discussion goes to consultation (no overlegtafel)',
    { gpLooksFor: 'casusoverleg', suspectedDisorder: 'stoornis', municipalityCode: GM.utrecht },
    {
      advised: 'consultatie-ggz',
      regionalRuleId: 'nwu-consultatie-ggz',
      unavailable: [{ route: 'ggz-overlegtafel', replacement: 'consultatie-ggz', regionalRuleId: 'nwu-ggz-overlegtafel' }],
    },
  ],
  [
    'a municipality outside the demo regions: WoR is not known there, the practice helps',
    { ...WOR_FIT, municipalityCode: GM.amsterdam },
    { advised: 'huisartsenpraktijk', unavailable: [{ route: 'wor', replacement: 'huisartsenpraktijk' }] },
  ],
];

const seen = { advised: new Set<RouteId>(), ruleIds: new Set<string>(), regionalRuleIds: new Set<string>() };

function record(advice: Advice): void {
  seen.advised.add(advice.advised.route);
  for (const route of [advice.advised, ...advice.alternatives]) {
    route.ruleIds.forEach((id) => seen.ruleIds.add(id));
    if (route.regionalRuleId) seen.regionalRuleIds.add(route.regionalRuleId);
  }
  advice.unavailable.forEach((u) => u.regionalRuleId && seen.regionalRuleIds.add(u.regionalRuleId));
}

function check(advice: Advice, expected: Expected): void {
  const alternatives = advice.alternatives.map((a) => a.route);
  expect(advice.advised.route).toBe(expected.advised);
  if (expected.rule) expect(advice.advised.ruleIds).toContain(expected.rule);
  if (expected.alternatives?.length === 0) expect(alternatives).toEqual([]);
  expected.alternatives?.forEach((route) => expect(alternatives).toContain(route));
  expected.notAlternatives?.forEach((route) => expect(alternatives).not.toContain(route));
  if (expected.regionalRuleId) expect(advice.advised.regionalRuleId).toBe(expected.regionalRuleId);
  if (expected.step) expect(advice.steppedCare?.step).toBe(expected.step);
  if (expected.next) expect(advice.advised.next).toContain(expected.next);
  if (expected.registration) expect(advice.advised.registration?.code).toBe(expected.registration);
  if (expected.unavailable) {
    expect(advice.unavailable.map((u) => u.route)).toEqual(expected.unavailable.map((u) => u.route));
    expected.unavailable.forEach((u, i) => {
      const actual = advice.unavailable[i]!;
      expect(actual.replacement).toBe(u.replacement);
      if (u.regionalRuleId) expect(actual.regionalRuleId).toBe(u.regionalRuleId);
      if (u.why) expect(actual.why).toMatch(u.why);
    });
  }
  // Every reason names the rule that gave it.
  for (const route of [advice.advised, ...advice.alternatives]) {
    expect(route.ruleIds).toHaveLength(route.reasons.length);
    expect(route.reasons.length).toBeGreaterThan(0);
  }
}

describe('route advice vignettes', () => {
  it.each(adviceVignettes)('%s', (_title, overrides, expected) => {
    const advice = adviseRoute(helpQuestion(overrides), REGIONAL_RULES_SEED, NOW);
    record(advice);
    check(advice, expected);
  });
});

describe('regional rule vignettes', () => {
  it.each(regionalVignettes)('%s', (_title, overrides, expected) => {
    const advice = adviseRoute(helpQuestion(overrides), REGIONAL_RULES_SEED, NOW);
    record(advice);
    check(advice, expected);
  });
});

afterAll(() => {
  // The tables cover every route, every rule of the engine and every seeded regional rule.
  expect([...seen.advised].sort()).toEqual([...ROUTE_IDS].sort());
  expect(ROUTE_RULES.map((r) => r.id).filter((id) => !seen.ruleIds.has(id))).toEqual([]);
  expect(REGIONAL_RULES_SEED.map((r) => r.ruleId).filter((id) => !seen.regionalRuleIds.has(id))).toEqual([]);
});
