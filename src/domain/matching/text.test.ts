import { describe, expect, it } from 'vitest';
import { TERMS } from './terms';
import { damerauLevenshtein, interpretText, normalizeText, stem, tokenize } from './text';

describe('normalising what a referrer types', () => {
  it('ignores case and accents and joins hyphenated words', () => {
    expect(tokenize('Cliënt heeft een Burn-out, financiële zorgen')).toEqual([
      'client', 'heeft', 'een', 'burnout', 'financiele', 'zorgen',
    ]);
  });

  it('keeps every vocabulary word in normalised form, so none can silently never match', () => {
    for (const term of TERMS) for (const word of term.words) expect(normalizeText(word)).toBe(word);
  });

  it('gives inflections and compounds of a word the same stem', () => {
    expect(stem('eenzaamheid')).toBe(stem('eenzame'));
    expect(stem('psycholoog')).toBe(stem('psychologen'));
    expect(stem('depressie')).toBe(stem('depressies'));
    expect(stem('lotgenoten')).toBe(stem('lotgenoot'));
  });
});

describe('Damerau–Levenshtein distance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(damerauLevenshtein('depressie', 'depresise')).toBe(1);
    expect(damerauLevenshtein('depresie', 'depressie')).toBe(1);
    expect(damerauLevenshtein('angst', 'angst')).toBe(0);
    expect(damerauLevenshtein('rouw', 'wonen')).toBe(4);
  });

  it('stops early once the distance exceeds the maximum', () => {
    expect(damerauLevenshtein('schulden', 'eenzaamheid', 2)).toBe(3);
  });
});

describe('interpreting free text', () => {
  it('reads "depresie" (typo) as depression', () => {
    const result = interpretText('patient is erg depresie');
    expect(result.diagnosisGroups).toEqual(['04']);
    expect(result.terms).toEqual([{ input: 'depresie', matched: 'depressie' }]);
  });

  it('reads inflected forms such as "depressieve klachten" and "somber"', () => {
    expect(interpretText('depressieve klachten').diagnosisGroups).toEqual(['04']);
    expect(interpretText('al maanden somber').diagnosisGroups).toEqual(['04']);
  });

  it('reads both "schuldhulp" and "schulden" as the theme schulden', () => {
    expect(interpretText('schuldhulp nodig').themes).toEqual(['schulden']);
    expect(interpretText('heeft schulden').themes).toEqual(['schulden']);
    expect(interpretText('geldzorgen en budgetproblemen').themes).toEqual(['schulden']);
  });

  it('reads "eenzaamheit" (typo) as loneliness', () => {
    expect(interpretText('eenzaamheit sinds verhuizing').themes).toEqual(['eenzaamheid']);
  });

  it('reads accented and hyphenated words', () => {
    expect(interpretText('Financiële zorgen en een burn-out').themes).toEqual(['schulden', 'stress']);
  });

  it('tolerates a typo in a longer word by two edits, and none in a short one', () => {
    expect(interpretText('eetstornnis').diagnosisGroups).toEqual(['10']);
    expect(interpretText('trouw').themes).toEqual([]);
    expect(interpretText('rouw').themes).toEqual(['rouw']);
  });

  it('maps the diagnosis words of the reference list to their group codes', () => {
    const cases: [string, string][] = [
      ['paniekaanvallen', '05'], ['ptss na ongeval', '07'], ['anorexia', '10'], ['adhd', '01'], ['autisme', '01'],
      ['alcohol', '16'], ['persoonlijkheidsproblematiek', '18'], ['psychose', '02'], ['bipolaire stoornis', '03'],
      ['dwanggedachten', '06'], ['ocd', '06'], ['sola', '09'], ['beginnende dementie', '17'],
    ];
    for (const [text, code] of cases) expect(interpretText(text).diagnosisGroups, text).toEqual([code]);
  });

  it('maps the theme words', () => {
    const cases: [string, string][] = [
      ['re-integratie', 'werk'], ['huisvesting', 'wonen'], ['verlies van partner', 'rouw'], ['scheiding', 'relatie'],
      ['overspannen', 'stress'], ['zingeving', 'zingeving'], ['dagbesteding', 'structuur'],
      ['mantelzorger', 'mantelzorg'], ['opvoedingsvragen', 'opvoeding'], ['meer bewegen', 'leefstijl'],
    ];
    for (const [text, theme] of cases) expect(interpretText(text).themes, text).toContain(theme);
  });

  it('reads kinds of care, phrases before single words', () => {
    expect(interpretText('maatschappelijk werk').careKinds).toEqual(['amw']);
    expect(interpretText('maatschappelijk werk').themes).toEqual([]);
    expect(interpretText('welzijn op recept').careKinds).toEqual(['wor']);
    expect(interpretText('WoR+').careKinds).toEqual(['wor-plus']);
    expect(interpretText('e-health of zelfhulp').careKinds).toEqual(['ehealth']);
    expect(interpretText('lotgenotencontact').careKinds).toEqual(['ervaringsdeskundigheid']);
    expect(interpretText('verwijzing psycholoog').careKinds).toEqual(['bggz']);
    expect(interpretText('psychiater').careKinds).toEqual(['sggz']);
    expect(interpretText('crisis').careKinds).toEqual(['crisis']);
  });

  it('does not read false friends as terms', () => {
    expect(interpretText('veel schuldgevoel').themes).toEqual([]);
    expect(interpretText('werkelijk moe').themes).toEqual([]);
  });

  it('returns the content words for comparing with service texts, without stop words', () => {
    expect(interpretText('Zij is erg eenzaam na de verhuizing').contentTokens).toEqual(['eenzaam', 'verhuizing']);
  });
});
