/**
 * Builds help questions for route-advice tests: a 45-year-old in Ede with light complaints that
 * belong to life, no risk and no earlier care, asked on Monday 23 November 2026. Tests override
 * only what their vignette is about.
 */
import type { Course, HelpQuestion, Risk } from '../../src/domain/routes/help-question';

export type HelpQuestionOverrides = Omit<Partial<HelpQuestion>, 'course' | 'risk'> & {
  course?: Partial<Course>;
  risk?: Partial<Risk>;
};

export function helpQuestion(overrides: HelpQuestionOverrides = {}): HelpQuestion {
  const { course, risk, ...rest } = overrides;
  return {
    age: 45,
    municipalityCode: 'GM0228',
    date: '2026-11-23',
    severity: 'licht',
    suspectedDisorder: 'bij-het-leven',
    complexity: 'enkelvoudig',
    socialProblems: [],
    substanceUse: 'geen',
    takesStepAlone: false,
    gpLooksFor: 'behandeling',
    patientWish: 'geen-voorkeur',
    ...rest,
    course: { durationWeeks: 8, earlierCare: 'geen', earlierCareMonths: 0, improved: false, recurrent: false, ...course },
    risk: { level: 'geen', kinds: [], acute: false, ...risk },
  };
}

/** Municipality codes of the demo regions (src/domain/catalog/demo-regions.ts). */
export const GM = {
  ede: 'GM0228',
  veenendaal: 'GM0345',
  wageningen: 'GM0289',
  renkum: 'GM0274',
  rheden: 'GM0275',
  renswoude: 'GM0339',
  utrechtseHeuvelrug: 'GM1581',
  utrecht: 'GM0344',
  woerden: 'GM0632',
  amsterdam: 'GM0363',
} as const;
