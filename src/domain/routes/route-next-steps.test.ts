import { describe, expect, it } from 'vitest';
import { helpQuestion } from '../../../test/support/help-questions';
import { adviseRoute } from './advise-route';
import { REGIONAL_RULES_SEED } from './regional-rules-seed';
import { ROUTES } from './route-catalog';
import { consultationDueDate } from '../consultation/due-date';
import { limitsOf, nextOverlegtafel } from './route-next-steps';
import { practiceStep, steppedCareAdvice } from './stepped-care';
import type { RegionalRule } from './regional-rules';

const FIRST = '2025-01-09';

describe('the next overlegtafel session (every 3 weeks)', () => {
  it.each([
    ['from Monday 23 November 2026', '2026-11-23', '2026-12-03'],
    ['on a session day itself', '2026-12-03', '2026-12-03'],
    ['the day after a session', '2026-12-04', '2026-12-24'],
    ['before the first session', '2024-06-01', '2025-01-09'],
    ['in December 2025: the session on New Year’s Day moves to Friday 2 January', '2025-12-12', '2026-01-02'],
    ['on the moved session day', '2026-01-02', '2026-01-02'],
    ['the day after the moved session', '2026-01-03', '2026-01-22'],
  ])('%s', (_title, date, expected) => {
    expect(nextOverlegtafel(FIRST, 3, date)).toBe(expected);
  });

  it('follows another rhythm when the region sets one', () => {
    expect(nextOverlegtafel(FIRST, 2, '2025-01-10')).toBe('2025-01-23');
  });
});

describe('the consultation answer date', () => {
  it('counts 3 working days and skips Christmas', () => {
    expect(consultationDueDate('2026-12-23', 3)).toBe('2026-12-29');
  });

  it('uses the date in the Netherlands from `now` when the question has no date', () => {
    const question = helpQuestion({ gpLooksFor: 'kort-advies' });
    delete question.date;
    // 23:30 UTC on 22 December is already 23 December in the Netherlands.
    const advice = adviseRoute(question, REGIONAL_RULES_SEED, new Date('2026-12-22T23:30:00Z'));
    expect(advice.date).toBe('2026-12-23');
    expect(advice.advised.next[0]).toBe('Antwoord binnen 3 werkdagen (uiterlijk 29 december 2026)');
  });
});

describe('limits of a welfare offer', () => {
  const rule = (details: RegionalRule['details']) => ({ details }) as RegionalRule;
  it.each([
    [{ maxContacts: 10, maxMonths: 3 }, 'Enkele tot maximaal 10 contacten in 3 maanden'],
    [{ maxContacts: 7, maxMonths: null, mergedWith: 'wor-plus' as const }, 'Enkele tot maximaal 7 contacten, zonder tijdslimiet'],
    [{ maxMonths: null }, 'Zonder tijdslimiet'],
  ])('%o reads "%s"', (details, text) => {
    expect(limitsOf(rule(details))?.text).toBe(text);
  });

  it('has none when the rule sets none', () => {
    expect(limitsOf(rule({ channel: 'VIPLive' }))).toBeUndefined();
  });
});

describe('stepped care', () => {
  it('steps up to medication when a suspected disorder does not improve with the POH-GGZ', () => {
    const q = helpQuestion({ suspectedDisorder: 'stoornis', severity: 'matig', course: { earlierCare: 'huisartsenpraktijk', earlierCareMonths: 1 } });
    expect(practiceStep(q)).toBe('4a');
  });

  it('names the next step when this one does not help', () => {
    expect(steppedCareAdvice('1b').suggestions.at(-1)).toBe('Geen verbetering? Volgende stap: (begeleide) zelfhulp of e-health (stap 2a).');
  });

  it('names the region’s e-health programmes for self-help', () => {
    expect(steppedCareAdvice('2a', ['Mijntherapieland', 'Karify']).suggestions).toContain('E-health in deze regio: Mijntherapieland en Karify.');
  });
});

describe('what the advice hands on', () => {
  it('maps each route to the care kinds to search for', () => {
    expect(Object.fromEntries(Object.values(ROUTES).map((r) => [r.id, r.careKinds]))).toEqual({
      crisis: ['crisis'],
      huisartsenpraktijk: ['ehealth', 'huisartsenzorg', 'welzijn'],
      wor: ['wor'],
      'wor-plus': ['wor-plus'],
      'verkennend-gesprek': ['verkennend-gesprek'],
      'ggz-overlegtafel': [],
      'consultatie-ggz': ['consultatie'],
      bggz: ['bggz'],
      sggz: ['sggz'],
    });
  });

  it('searches both WoR kinds where they are one offer (Veenendaal)', () => {
    const advice = adviseRoute(helpQuestion({ municipalityCode: 'GM0345', socialProblems: ['eenzaamheid'] }), REGIONAL_RULES_SEED, new Date());
    expect(advice.advised.careKinds).toEqual(['wor', 'wor-plus']);
  });

  it('adds general social work when the patient goes to welfare alone', () => {
    const advice = adviseRoute(helpQuestion({ socialProblems: ['schulden'], takesStepAlone: true }), REGIONAL_RULES_SEED, new Date());
    expect(advice.advised.careKinds).toContain('amw');
    expect(advice.themes).toEqual(['schulden']);
  });

  it('gives a crisis only the crisis service, and names what comes after the assessment', () => {
    const advice = adviseRoute(
      helpQuestion({ socialProblems: ['eenzaamheid'], risk: { level: 'hoog', kinds: ['suicide'], acute: true } }),
      REGIONAL_RULES_SEED,
      new Date(),
    );
    expect(advice.crisis).toBe(true);
    expect(advice.alternatives).toEqual([]);
    expect(advice.steppedCare).toBeUndefined();
    expect(advice.advised.careKinds).toEqual(['crisis']);
    expect(advice.advised.next).toContain('Geen wachtlijst: de crisisdienst beoordeelt met spoed.');
    expect(advice.notes.join(' ')).toMatch(/Pas na de beoordeling door de crisisdienst aan de orde: .*Welzijn op Recept/);
  });

  it('warns that the chart is made for adults', () => {
    const advice = adviseRoute(helpQuestion({ age: 16 }), REGIONAL_RULES_SEED, new Date());
    expect(advice.notes[0]).toMatch(/volwassenen/);
  });

  it('says why a route is missing outside the known regions', () => {
    const advice = adviseRoute(helpQuestion({ municipalityCode: 'GM0363', socialProblems: ['eenzaamheid'] }), REGIONAL_RULES_SEED, new Date());
    expect(advice.notes).toContain(
      'Voor deze gemeente zijn geen regionale afspraken bekend; routes die per regio verschillen, worden daarom niet geadviseerd.',
    );
    expect(advice.unavailable[0]?.why).toBe('Welzijn op Recept (WoR) is voor deze woonplaats niet vastgelegd in de regionale afspraken.');
  });

  it('tells what replaces WoR+ in Heelsum in the reasons of the replacement', () => {
    const advice = adviseRoute(
      helpQuestion({ municipalityCode: 'GM0274', place: 'Heelsum', complexity: 'meervoudig', socialProblems: ['schulden'] }),
      REGIONAL_RULES_SEED,
      new Date(),
    );
    expect(advice.advised.replaces).toBe('wor-plus');
    expect(advice.advised.reasons[0]).toBe(
      'In plaats van Welzijn op Recept+ (WoR+): WoR+ is in Heelsum niet beschikbaar (seed 001). Daarom: Welzijn op Recept (WoR), met opschalen naar zwaardere ondersteuning via het sociaal (wijk)team van de gemeente.',
    );
    expect(advice.unavailable[0]?.instead).toMatch(/opschalen/);
  });
});
