/**
 * The Dutch words a referrer types for diagnosis groups, psychosocial themes and kinds of care,
 * and what each maps to. Words are written normalised (lower case, no accents, no hyphens:
 * "burn-out" is "burnout"), as text.ts produces them. A trailing `*` means the word also matches
 * words that begin with it (inflections and compounds: `schuld*` matches "schuldhulpverlening").
 * A word with spaces is a phrase of several tokens and is tried before single words.
 */
import type { CareKind, Theme } from '../catalog/vocabulary';

export type TermTarget =
  | { kind: 'diagnosis'; code: string }
  | { kind: 'theme'; theme: Theme }
  | { kind: 'careKind'; careKind: CareKind };

export interface Term {
  /** Normalised tokens; more than one for a phrase. */
  words: string[];
  /** Whether the last word also matches words that begin with it. */
  prefix: boolean;
  target: TermTarget;
}

const diagnosis = (code: string, words: string[]) => words.map((w) => term(w, { kind: 'diagnosis', code }));
const theme = (id: Theme, words: string[]) => words.map((w) => term(w, { kind: 'theme', theme: id }));
const careKind = (id: CareKind, words: string[]) => words.map((w) => term(w, { kind: 'careKind', careKind: id }));

function term(spec: string, target: TermTarget): Term {
  const prefix = spec.endsWith('*');
  return { words: (prefix ? spec.slice(0, -1) : spec).split(' '), prefix, target };
}

/** Diagnosis groups by main group code (DSM-5 chapter, reference-data/diagnosegroepen.csv). */
const DIAGNOSIS_TERMS = [
  ...diagnosis('01', ['adhd', 'add', 'autisme*', 'autistisch*', 'ass', 'ontwikkelingsstoornis*']),
  ...diagnosis('02', ['psychose*', 'psychotisch*', 'schizofren*', 'wanen', 'waanbeeld*', 'hallucinatie*']),
  ...diagnosis('03', ['bipolair*', 'manisch*', 'manie']),
  ...diagnosis('04', ['depressie*', 'depressief*', 'depressiv*', 'somber*', 'neerslachtig*', 'dysthym*']),
  ...diagnosis('05', ['angst*', 'paniek*', 'fobie*', 'fobisch*', 'hyperventilatie*']),
  ...diagnosis('06', ['dwang*', 'ocd', 'obsessie*', 'obsessief*', 'compulsie*', 'smetvrees']),
  ...diagnosis('07', ['trauma*', 'ptss', 'posttraumatisch*', 'aanpassingsstoornis*']),
  ...diagnosis('08', ['dissociatie*', 'dissociatief*']),
  ...diagnosis('09', ['somatisch*', 'sola', 'solk', 'somatoform*', 'hypochondr*', 'ziekteangst*']),
  ...diagnosis('10', ['eetstoornis*', 'eetprobleem*', 'eetproblemen', 'anorexia', 'anorectisch*', 'boulimi*', 'eetbui*']),
  ...diagnosis('12', ['slaap*', 'slapen', 'slapeloos*', 'insomnia']),
  ...diagnosis('14', ['gender*']),
  ...diagnosis('15', ['impulsbeheersing*', 'gedragsstoornis*', 'kleptomanie']),
  ...diagnosis('16', [
    'verslaving*', 'verslaafd*', 'alcohol*', 'drank', 'drugs*', 'cannabis', 'blowen', 'cocaine',
    'gokken', 'gokverslaving*', 'gameverslaving*', 'middelengebruik*',
  ]),
  ...diagnosis('17', ['dementie*', 'dement', 'alzheimer*', 'geheugenprobleem*', 'geheugenproblemen', 'neurocognitie*']),
  ...diagnosis('18', ['persoonlijkheid*', 'borderline', 'narcistisch*', 'antisociaal*']),
];

/** Psychosocial themes (vocabulary.ts THEMES). */
const THEME_TERMS = [
  ...theme('schulden', ['schuld*', 'geldzorg*', 'geldproblem*', 'financien', 'financieel*', 'financiele', 'budget*', 'armoede', 'rondkomen']),
  ...theme('eenzaamheid', ['eenzaam*', 'eenzame', 'isolement', 'geisoleerd*']),
  ...theme('werk', ['werk*', 'baan', 'banen', 'reintegratie*', 'arbeid*', 'werkloos*', 'uitkering*', 'verzuim*', 'ziekteverzuim*']),
  ...theme('wonen', ['wonen', 'woning*', 'woonprobleem*', 'woonproblemen', 'woonruimte*', 'woonsituatie*', 'woonbegeleiding*', 'huisvesting*', 'dakloos*', 'thuisloos*']),
  ...theme('rouw', ['rouw*', 'verlies*', 'overlijden*', 'overleden', 'nabestaande*']),
  ...theme('relatie', ['relatie*', 'scheiding*', 'gescheiden', 'echtscheiding*', 'huwelijk*', 'partner*']),
  ...theme('stress', ['stress*', 'burnout*', 'overspannen*', 'overbelast*', 'spanningsklacht*']),
  ...theme('zingeving', ['zingeving*', 'zinloos*', 'levensvra*', 'levensvraag*']),
  ...theme('structuur', ['structuur*', 'dagbesteding*', 'dagritme*', 'dagstructuur*']),
  ...theme('mantelzorg', ['mantelzorg*']),
  ...theme('opvoeding', ['opvoed*', 'ouderschap*']),
  ...theme('leefstijl', ['leefstijl*', 'bewegen', 'beweging*', 'sport*']),
];

/** Kinds of care (vocabulary.ts CARE_KINDS). */
const CARE_KIND_TERMS = [
  ...careKind('wor', ['wor', 'welzijn op recept']),
  ...careKind('wor-plus', ['wor plus', 'worplus', 'welzijn op recept plus']),
  ...careKind('welzijn', ['welzijn*', 'wijkteam*', 'sociaal domein']),
  ...careKind('amw', ['amw', 'maatschappelijk werk*', 'maatschappelijkwerk*']),
  ...careKind('ehealth', ['ehealth*', 'zelfhulp*', 'online behandeling*', 'online therapie*']),
  ...careKind('ervaringsdeskundigheid', ['ervaringsdeskund*', 'lotgeno*', 'zelfhulpgroep*', 'herstelgroep*']),
  ...careKind('crisis', ['crisis*']),
  ...careKind('bggz', ['psycholoog', 'psychologen', 'psychologe', 'gzpsycholoog*', 'bggz', 'gbggz', 'basisggz', 'basis ggz', 'generalistische basisggz']),
  ...careKind('sggz', ['psychiater*', 'sggz', 'specialistische ggz', 'gespecialiseerde ggz', 'klinisch psycholoog']),
  ...careKind('verkennend-gesprek', ['verkennend gesprek*']),
  ...careKind('consultatie', ['consultatie*']),
];

export const TERMS: readonly Term[] = [...DIAGNOSIS_TERMS, ...THEME_TERMS, ...CARE_KIND_TERMS];

/**
 * Words that begin like a term but mean something else ("schuldgevoel" is guilt, not debt;
 * "werkelijk" is "really"). They are never interpreted as a term.
 */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set([
  'schuldgevoel',
  'schuldgevoelens',
  'schuldig',
  'werkelijk',
  'werkelijkheid',
  'werkwijze',
  'trouw',
  'gendert',
]);

/** Words that carry no meaning for matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'de het een en of maar van voor met zonder in op aan bij naar uit om over door tot als dan dat die dit deze ' +
    'is zijn was waren wordt worden heeft hebben had kan kunnen wil willen moet moeten zou zouden ook nog al wel ' +
    'niet geen meer veel weinig erg heel zeer zich zelf hij zij ze hem haar hun wij we ik je u jij mijn ' +
    'er hier daar wat wie waar hoe welke sinds na jaar jaren maand maanden week weken dag dagen patient client ' +
    'mevrouw meneer dhr mw klachten klacht problemen probleem hulp vraag hulpvraag graag'
  ).split(' '),
);
