import { describe, expect, it } from 'vitest';
import {
  applyServiceEdit,
  conflictingFields,
  normaliseServiceEdit,
  serviceEditProblems,
  type EditableService,
} from './service-edit';

const rules = { diagnosisGroupCodes: new Set(['03', '04', '09']) };

function aService(overrides: Partial<EditableService> = {}): EditableService {
  return {
    name: 'Kortdurende behandeling angst',
    description: 'Cognitieve gedragstherapie in 8 tot 12 sessies.',
    themes: ['stress'],
    diagnosisGroups: ['03', '04'],
    ageMin: 18,
    ageMax: null,
    exclusions: ['acute-suicidaliteit'],
    exclusionNote: null,
    modalities: ['op-locatie', 'online'],
    languages: ['nl', 'en'],
    referralChannel: 'zorgdomein',
    gpReferralRequired: true,
    ...overrides,
  };
}

describe('editing a service in the provider portal', () => {
  it('names exactly the fields an edit changes', () => {
    const { next, changedFields } = applyServiceEdit(aService(), {
      name: 'Kortdurende behandeling angst',
      description: 'Schematherapie in groepen.',
      ageMax: 65,
    });
    expect(changedFields).toEqual(['description', 'ageMax']);
    expect(next).toMatchObject({ description: 'Schematherapie in groepen.', ageMax: 65, ageMin: 18 });
  });

  it('finds no change when only the order of lists or surrounding spaces differ', () => {
    const edit = normaliseServiceEdit({
      name: '  Kortdurende   behandeling angst ',
      diagnosisGroups: ['04', '03', '04'],
      modalities: ['online', 'op-locatie'],
      languages: ['EN', 'nl'],
    });
    expect(applyServiceEdit(aService(), edit).changedFields).toEqual([]);
  });

  it('stores an empty exclusion note as no note', () => {
    expect(normaliseServiceEdit({ exclusionNote: '   ' }).exclusionNote).toBeNull();
    const { changedFields } = applyServiceEdit(aService({ exclusionNote: 'Geen verslaving' }), {
      exclusionNote: null,
    });
    expect(changedFields).toEqual(['exclusionNote']);
  });

  it('refuses an unknown diagnosis group and an age range that ends before it starts', () => {
    expect(serviceEditProblems(aService(), { diagnosisGroups: ['04', '99'] }, rules)).toEqual([
      { field: 'diagnosisGroups', message: 'onbekende diagnosegroep "99"' },
    ]);
    expect(serviceEditProblems(aService({ ageMax: 30 }), { ageMin: 40 }, rules)).toEqual([
      { field: 'ageMin', message: 'de maximumleeftijd (30) ligt onder de minimumleeftijd (40)' },
    ]);
    expect(serviceEditProblems(aService(), { ageMin: 40, ageMax: 30 }, rules)[0]?.field).toBe('ageMax');
    expect(serviceEditProblems(aService({ ageMax: 30 }), { ageMax: null, ageMin: 40 }, rules)).toEqual([]);
  });

  it('requires a name, a language and a form of delivery', () => {
    const problems = serviceEditProblems(aService(), { name: 'x', languages: [], modalities: [] }, rules);
    expect(problems.map((p) => p.field)).toEqual(['name', 'languages', 'modalities']);
  });

  it('refuses only the fields someone else changed since the edit began', () => {
    const since = [{ changedFields: ['description'] }, { changedFields: ['ageMin', 'themes'] }];
    expect(conflictingFields(['name', 'description', 'themes'], since)).toEqual(['description', 'themes']);
    expect(conflictingFields(['name', 'languages'], since)).toEqual([]);
    expect(conflictingFields(['description'], [])).toEqual([]);
  });
});
