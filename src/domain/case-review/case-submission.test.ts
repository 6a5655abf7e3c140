import { describe, expect, it } from 'vitest';
import { ADVISABLE_ROUTES, caseProblems, isAgeBand } from './case-submission';

const SUMMARY =
  'Vrouw, eind dertig, sinds 3 maanden somber na het verlies van haar baan; schulden sinds 2024.';

describe('an anonymised case for the overlegtafel', () => {
  it('may be stored when it has a summary and a question without identifiers', () => {
    expect(caseProblems({ summary: SUMMARY, question: 'Past WoR+ of eerst BGGZ?' })).toEqual([]);
  });

  it('names every identifier with its field, kind and text, in Dutch', () => {
    const problems = caseProblems({
      summary: `${SUMMARY} Bereikbaar op 06-12345678.`,
      question: 'Kan mevrouw Jansen naar de BGGZ?',
    });
    expect(problems).toEqual([
      {
        field: 'summary',
        message: expect.stringMatching(/^Casus: telefoonnummer "06-12345678"\. Laat contactgegevens weg\.$/),
      },
      { field: 'question', message: expect.stringMatching(/^Vraag aan de tafel: naam "Jansen"\./) },
    ]);
  });

  it('refuses an empty question and a summary of a few words', () => {
    expect(caseProblems({ summary: 'Somber.', question: ' ' }).map((p) => p.field)).toEqual([
      'summary',
      'question',
    ]);
  });

  it('knows its age bands, and never advises the table itself', () => {
    expect(isAgeBand('26-40')).toBe(true);
    expect(isAgeBand('1985-03-03')).toBe(false);
    expect(ADVISABLE_ROUTES).not.toContain('ggz-overlegtafel');
    expect(ADVISABLE_ROUTES).toContain('wor-plus');
  });
});
