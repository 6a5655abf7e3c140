import { describe, expect, it } from 'vitest';
import { helpQuestion } from '../../../test/support/help-questions';
import { adviseRoute } from './advise-route';
import { validateHelpQuestion } from './help-question';
import { REGIONAL_RULES_SEED } from './regional-rules-seed';

describe('checking a help question', () => {
  it('accepts the default vignette', () => {
    expect(validateHelpQuestion(helpQuestion())).toEqual([]);
  });

  it.each<[string, Parameters<typeof helpQuestion>[0], string]>([
    ['a municipality name instead of a code', { municipalityCode: 'Ede' }, 'municipalityCode'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['a negative age', { age: -1 }, 'age'],
    ['months of earlier care without earlier care', { course: { earlierCare: 'geen', earlierCareMonths: 2 } }, 'course.earlierCareMonths'],
  ])('rejects %s', (_title, overrides, field) => {
    expect(validateHelpQuestion(helpQuestion(overrides)).map((p) => p.field)).toContain(field);
  });

  it('never rejects acute danger, even with an inconsistent risk level', () => {
    const q = helpQuestion({ risk: { level: 'geen', acute: true } });
    expect(validateHelpQuestion(q)).toEqual([]);
    expect(adviseRoute(q, REGIONAL_RULES_SEED, new Date()).advised.route).toBe('crisis');
  });
});
