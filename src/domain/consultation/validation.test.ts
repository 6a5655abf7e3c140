import { describe, expect, it } from 'vitest';
import { disciplinesOfService, serviceOffersDiscipline } from './disciplines';
import { isValidBsn, messageProblems, newConsultationMessage, newConsultationProblems } from './validation';

const question = (overrides: Partial<Parameters<typeof newConsultationProblems>[0]> = {}) => ({
  discipline: 'psychiater',
  subject: 'Medicatie bij angst',
  question: 'Is een SSRI hier passend, en in welke dosering zou u starten?',
  patientConsent: true,
  ...overrides,
});

describe('a new consultation question', () => {
  it('is accepted with a discipline, a subject, a question and the consent', () => {
    expect(newConsultationProblems(question())).toEqual([]);
  });

  it('is refused without the patient’s consent, with a Dutch message about consent', () => {
    const problems = newConsultationProblems(question({ patientConsent: false }));
    expect(problems).toEqual([
      { field: 'patientConsent', message: 'consultatie kan alleen met toestemming van de patiënt' },
    ]);
    expect(newConsultationMessage(problems)).toMatch(/alleen mogelijk met toestemming van de patiënt/);
  });

  it('names every field that is too short or too long, counting without surrounding spaces', () => {
    const problems = newConsultationProblems(
      question({ discipline: 'tandarts', subject: '  a  ', question: 'x'.repeat(4001) }),
    );
    expect(problems.map((p) => p.field)).toEqual(['discipline', 'subject', 'question']);
    expect(problems[1]?.message).toBe('Het onderwerp moet minstens 3 tekens lang zijn');
    expect(problems[2]?.message).toBe('De vraag mag hoogstens 4000 tekens lang zijn');
    expect(newConsultationMessage(problems)).toMatch(/niet volledig/);
  });

  it('accepts an optional BSN only when it passes the elfproef', () => {
    expect(newConsultationProblems(question({ patientBsn: '1112.22.333' }))).toEqual([]);
    expect(newConsultationProblems(question({ patientBsn: '' }))).toEqual([]);
    expect(newConsultationProblems(question({ patientBsn: '111222334' })).map((p) => p.field)).toEqual([
      'patientBsn',
    ]);
  });
});

describe('the BSN check (elfproef)', () => {
  it('accepts valid numbers and refuses others', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456781')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
});

describe('a message in the thread', () => {
  it('needs at least two characters and at most 4000', () => {
    expect(messageProblems('Dank, helder.')).toEqual([]);
    expect(messageProblems(' ')).toEqual([{ field: 'body', message: 'Het bericht is verplicht' }]);
    expect(messageProblems('x'.repeat(4001))[0]?.message).toBe('Het bericht mag hoogstens 4000 tekens lang zijn');
  });
});

describe('which disciplines a consultation service offers', () => {
  const generic = {
    name: 'Consultatie GGZ',
    description: 'Schriftelijk advies van een psychiater of GZ-psycholoog aan huisarts en POH-GGZ.',
  };
  const psychiatrist = { name: 'Consultatie psychiater', description: 'Advies over diagnose en medicatie.' };
  const unnamed = { name: 'Consultatie', description: 'Advies aan de huisarts.' };

  it('reads the disciplines from the name and description', () => {
    expect(disciplinesOfService(generic)).toEqual(['psychiater', 'gz-psycholoog']);
    expect(disciplinesOfService(psychiatrist)).toEqual(['psychiater']);
  });

  it('offers a discipline it names, not one it leaves out, and every discipline when it names none', () => {
    expect(serviceOffersDiscipline(psychiatrist, 'psychiater')).toBe(true);
    expect(serviceOffersDiscipline(psychiatrist, 'gz-psycholoog')).toBe(false);
    expect(serviceOffersDiscipline(unnamed, 'verslavingsarts')).toBe(true);
  });
});
