/**
 * Stepped care in the GP practice (NHG model, seed 002): start with the lightest intervention that
 * fits, and step up when it does not help. Chooses the step for a help question and gives the
 * concrete suggestions for that step and what comes next.
 */
import type { SteppedCareAdvice, SteppedCareStep } from './advice';
import type { HelpQuestion, SocialProblem } from './help-question';
import { joinDutch } from './dutch-text';

export const STEP_TITLES: Record<SteppedCareStep, string> = {
  '0': 'Stap 0: watchful waiting',
  '1a': 'Stap 1a: psycho-educatie',
  '1b': 'Stap 1b: advisering',
  '2a': 'Stap 2a: (begeleide) zelfhulp',
  '2b': 'Stap 2b: hulp bij psychosociale problemen',
  '3': 'Stap 3: kortdurende begeleiding',
  '4a': 'Stap 4a: medicatie',
  '4b': 'Stap 4b: verwijzing voor intensieve psychotherapie',
  '5': 'Stap 5: combinatie van medicatie en psychotherapie',
};

const OWN_NETWORK = 'Stimuleer steun uit het eigen netwerk: familie, vrienden, werk of lotgenoten.';
const BRIDGE_WAIT =
  'Overbrug de wachttijd: steun van de POH-GGZ, zelfhulp of ervaringsdeskundigheid, en spreek af wat de patiënt doet als het erger wordt.';

const SUGGESTIONS: Record<SteppedCareStep, string[]> = {
  '0': [
    'Normaliseer de klachten en leg uit dat ze vaak vanzelf minder worden (watchful waiting).',
    'Spreek een vervolgafspraak af over 2 tot 4 weken.',
    OWN_NETWORK,
  ],
  '1a': ['Geef psycho-educatie: uitleg over de klachten en wat helpt.', 'Wijs op betrouwbare informatie, zoals Thuisarts.nl.', OWN_NETWORK],
  '1b': [
    'Geef adviezen over dagstructuur en activiteitenplanning.',
    'Geef bewegingsadviezen en ontspanningsoefeningen.',
    'Combineer dit met psycho-educatie (stap 1a).',
  ],
  '2a': [
    'Bied (begeleide) zelfhulp of e-health aan, eventueel blended met de POH-GGZ.',
    'Wijs op (online) zelfhulp en lotgenotencontact, zoals supportgroepen of herstelprogramma’s.',
  ],
  '2b': [
    'Verwijs voor hulp bij psychosociale problemen: algemeen maatschappelijk werk (AMW) of het sociaal wijkteam.',
    'De patiënt kan zich zelf melden bij het welzijnsaanbod in wijk of buurt.',
  ],
  '3': [
    'Bied kortdurende begeleiding door de POH-GGZ.',
    'Gebruik zo nodig consultatie GGZ, zodat de patiënt in de praktijk kan blijven.',
  ],
  '4a': ['Overweeg medicatie volgens de NHG-Standaard.', 'Vraag zo nodig consultatie GGZ over de medicatie.'],
  '4b': ['Verwijs voor intensievere psychologische behandeling naar de basis-ggz.', BRIDGE_WAIT],
  '5': ['Combinatie van medicatie en psychotherapie in de gespecialiseerde ggz.', BRIDGE_WAIT],
};

const IF_NO_IMPROVEMENT: Partial<Record<SteppedCareStep, string>> = {
  '0': 'Geen verbetering? Volgende stap: psycho-educatie en adviezen (stap 1a en 1b).',
  '1a': 'Geen verbetering? Volgende stap: (begeleide) zelfhulp of e-health (stap 2a).',
  '1b': 'Geen verbetering? Volgende stap: (begeleide) zelfhulp of e-health (stap 2a).',
  '2a': 'Geen verbetering? Volgende stap: kortdurende begeleiding door de POH-GGZ (stap 3).',
  '2b': 'Geen verbetering? Volgende stap: kortdurende begeleiding door de POH-GGZ (stap 3).',
  '3': 'Geen verbetering na 2 maanden? Verwijs naar de basis-ggz.',
  '4a': 'Geen verbetering na 2 maanden? Verwijs naar de basis-ggz.',
  '4b': 'Geen verbetering na 3 tot 4 maanden basis-ggz? Dan volgt de gespecialiseerde ggz.',
};

/** Social problems that call for advice on day structure and activity (stap 1b). */
const DAY_STRUCTURE: readonly SocialProblem[] = ['structuur', 'stress', 'werk'];

/** The stepped-care step that fits when the practice itself helps the patient. */
export function practiceStep(q: HelpQuestion): SteppedCareStep {
  const tried = q.course.earlierCare === 'huisartsenpraktijk';
  const notBetter = tried && !q.course.improved;
  if (q.socialProblems.length > 0 && q.takesStepAlone && !notBetter && q.suspectedDisorder !== 'stoornis') return '2b';
  if (q.severity === 'licht' && q.suspectedDisorder === 'bij-het-leven') {
    if (notBetter) return '2a';
    if (!tried && q.course.durationWeeks < 4) return '0';
    if (q.socialProblems.some((p) => DAY_STRUCTURE.includes(p))) return '1b';
    return '1a';
  }
  if (q.severity === 'licht') return notBetter ? '3' : '2a';
  if (notBetter && q.suspectedDisorder === 'stoornis') return '4a';
  return '3';
}

/** The step and its suggestions; `ehealth` names the region's e-health programmes, if known. */
export function steppedCareAdvice(step: SteppedCareStep, ehealth: readonly string[] = []): SteppedCareAdvice {
  const suggestions = [...SUGGESTIONS[step]];
  if ((step === '2a' || step === '3') && ehealth.length > 0) {
    suggestions.push(`E-health in deze regio: ${joinDutch(ehealth)}.`);
  }
  const next = IF_NO_IMPROVEMENT[step];
  if (next) suggestions.push(next);
  return { step, title: STEP_TITLES[step], suggestions };
}
