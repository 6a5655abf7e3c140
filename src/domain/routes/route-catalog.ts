/**
 * The routes a GP can take for an adult with psychological or psychosocial complaints: what each
 * one is called, when it fits (the rows of the GP's choice chart, seed 001, for the comparison
 * view), what to register in the GP's system, and which kinds of care to search when the GP goes
 * on to matching. Crisis, stepped care in the practice and the BGGZ/SGGZ split come from seed 002
 * and the referral criteria in domain.md.
 */
import type { CareKind } from '../catalog/vocabulary';

export const ROUTE_IDS = [
  'crisis',
  'huisartsenpraktijk',
  'wor',
  'wor-plus',
  'verkennend-gesprek',
  'ggz-overlegtafel',
  'consultatie-ggz',
  'bggz',
  'sggz',
] as const;
/** A route (route) the advice can point to; the values are Dutch because GPs see them. */
export type RouteId = (typeof ROUTE_IDS)[number];

export function isRouteId(value: string): value is RouteId {
  return (ROUTE_IDS as readonly string[]).includes(value);
}

/** The code to register in the GP's information system (HIS), where seed 001 names one. */
export interface Registration {
  code: 'Z68' | 'A69.02';
  text: string;
}

/** One column of the seed-001 chart, in the chart's own words. */
export interface RouteComparison {
  /** "Wanneer?" */
  when: string;
  /** "In het kort": the GP's own sentence. */
  inShort: string;
  /** "Past bij" */
  fitsWith: string[];
  /** "Belangrijk verschil" */
  keyDifference: string[];
}

export interface RouteDefinition {
  id: RouteId;
  label: string;
  comparison: RouteComparison;
  /** Care kinds to search for when the GP goes on to matching providers. */
  careKinds: CareKind[];
  registration?: Registration;
  /**
   * True when the route exists everywhere (crisis service, the practice itself, BGGZ, SGGZ), so it
   * needs no regional rule; the others exist only where a regional rule says so.
   */
  everywhere: boolean;
  /** Whether the route can mean waiting on a list; crisis never does. */
  mayHaveWaitingList: boolean;
  /** What replaces the route where it is unavailable, in order of preference. */
  replacements: RouteId[];
  source: string;
}

const REGULAR_REFERRAL = {
  when: 'Als ik weet: GGZ-behandeling is nodig, zonder extra ondersteuning',
  inShort: '"Ik heb geen behoefte aan overleg"',
} as const;

export const ROUTES: Record<RouteId, RouteDefinition> = {
  crisis: {
    id: 'crisis',
    label: 'Crisisdienst',
    comparison: {
      when: 'Als er acuut gevaar is voor de patiënt of anderen',
      inShort: '"Dit kan niet wachten"',
      fitsWith: ['Acute suïcidaliteit', 'Acuut gevaar voor geweld, zelfbeschadiging of ernstige verwaarlozing', 'Ontregelde psychiatrische of verslaafde patiënt'],
      keyDifference: ['24 uur per dag bereikbaar', 'Nooit een wachtlijst'],
    },
    careKinds: ['crisis'],
    everywhere: true,
    mayHaveWaitingList: false,
    replacements: [],
    source: 'Seed 002 (kortetermijneffect 3c: crisisdienst 24 uur per dag bereikbaar); domain.md',
  },
  huisartsenpraktijk: {
    id: 'huisartsenpraktijk',
    label: 'Huisartsenpraktijk (stepped care)',
    comparison: {
      when: 'Als de klachten licht tot matig zijn of bij het leven horen',
      inShort: '"Dit kunnen we in de praktijk zelf oppakken"',
      fitsWith: [
        'Lichte tot matige klachten, kortdurend',
        'Aanpassings-, werk- of relatieproblemen',
        'Stabiele chronische problematiek',
      ],
      keyDifference: [
        'Begin met de lichtste interventie die past (stepped care)',
        'POH-GGZ voor kortdurende begeleiding, e-health en zelfhulp',
      ],
    },
    careKinds: ['ehealth', 'huisartsenzorg', 'welzijn'],
    everywhere: true,
    mayHaveWaitingList: false,
    replacements: [],
    source: 'Seed 002 (stepped care volgens NHG, stap 0 tot 5); domain.md (criteria huisartsenpraktijk)',
  },
  wor: {
    id: 'wor',
    label: 'Welzijn op Recept (WoR)',
    comparison: {
      when: 'Als ik weet: dit is vooral welzijn en de inwoner neemt deze stap niet zelf',
      inShort: '"Deze patiënt heeft geen behandeling nodig, maar ondersteuning in het dagelijks leven"',
      fitsWith: ['Lichte tot matige klachten', 'Eenzaamheid, stress, verlies van structuur', 'Registratie in het HIS via Z68 (Welzijn op Recept)'],
      keyDifference: ['Geholpen in enkele tot maximaal 10 contacten in 3 maanden'],
    },
    careKinds: ['wor'],
    registration: { code: 'Z68', text: 'Registreer in het HIS met Z68 (Welzijn op Recept).' },
    everywhere: false,
    mayHaveWaitingList: true,
    replacements: ['huisartsenpraktijk'],
    source: 'Seed 001 (kolom Welzijn op Recept)',
  },
  'wor-plus': {
    id: 'wor-plus',
    label: 'Welzijn op Recept+ (WoR+)',
    comparison: {
      when: 'Als ik weet: welzijn is passend, maar steviger. De inwoner neemt deze stap niet zelf',
      inShort:
        '"Deze patiënt heeft meer welzijnsbegeleiding nodig en de situatie is ingewikkelder, op meerdere leefgebieden"',
      fitsWith: [
        'Terugkerende klachten',
        'Stapeling van problemen',
        "Patiënten die anders blijven 'zweven' tussen zorg en welzijn",
        'Registratie in het HIS via A69.02 (integrale complexe zorg)',
      ],
      keyDifference: ['Begeleiding duurt langer, zolang als nodig is', 'Meer complexiteit', 'Vaak meerdere leefgebieden tegelijk'],
    },
    careKinds: ['wor-plus'],
    registration: { code: 'A69.02', text: 'Registreer in het HIS met A69.02 (integrale complexe zorg).' },
    everywhere: false,
    mayHaveWaitingList: true,
    replacements: ['wor', 'verkennend-gesprek', 'huisartsenpraktijk'],
    source: 'Seed 001 (kolom Welzijn op Recept+)',
  },
  'verkennend-gesprek': {
    id: 'verkennend-gesprek',
    label: 'Verkennend Gesprek (VG)',
    comparison: {
      when: 'Als ik nog niet weet wat past, maar er wel sprake is van GGZ-problematiek',
      inShort:
        '"Ik zie dat deze patiënt vastloopt op meerdere levensgebieden, maar ik weet niet welke welzijns- en/of GGZ-route het beste past"',
      fitsWith: [
        'Als je nog niet weet wat passend is: welzijn zelfstandig of juist met ondersteuning via WoR of WoR+? Geïndiceerde ondersteuning door de gemeente? GGZ-behandeling? Of een combinatie hiervan?',
      ],
      keyDifference: ['In 1 uur ontrafelen anderen met de patiënt de mogelijkheden', 'Hier leg ik de keuze bewust neer bij een breder team'],
    },
    careKinds: ['verkennend-gesprek'],
    everywhere: false,
    mayHaveWaitingList: true,
    replacements: ['ggz-overlegtafel', 'consultatie-ggz', 'huisartsenpraktijk'],
    source: 'Seed 001 (kolom Verkennend Gesprek)',
  },
  'ggz-overlegtafel': {
    id: 'ggz-overlegtafel',
    label: 'GGZ-overlegtafel',
    comparison: {
      when: 'Als ik eerst wil sparren met GGZ-professionals en sociaal domein',
      inShort:
        '"Ik wil met collega\'s overleggen over een casus. Zonder patiënt erbij. Ik wil advies over de vervolgstap en het aanbod"',
      fitsWith: ['Twijfel over verwijzing', 'Complexiteit, maar nog geen besluit', 'Behoefte aan reflectie of advies'],
      keyDifference: ['Professioneel overleg zonder de patiënt', 'Bedoeld om de huisarts te helpen bij zijn of haar afweging'],
    },
    careKinds: [],
    everywhere: false,
    mayHaveWaitingList: false,
    replacements: ['consultatie-ggz', 'verkennend-gesprek', 'huisartsenpraktijk'],
    source: 'Seed 001 (kolom GGZ-overlegtafel)',
  },
  'consultatie-ggz': {
    id: 'consultatie-ggz',
    label: 'Consultatie GGZ',
    comparison: {
      when: 'Als ik een consultatievraag heb op papier voor 1 GGZ-professional',
      inShort: '"Ik wil advies over medicatie, bejegening of beleid rond mijn patiënt"',
      fitsWith: ['Behoefte aan kort advies', 'Patiënt kan (voorlopig) blijven in de huisartsenpraktijk'],
      keyDifference: ['Het is een kort advies', 'Bedoeld om de huisarts te ondersteunen'],
    },
    careKinds: ['consultatie'],
    everywhere: false,
    mayHaveWaitingList: false,
    replacements: ['ggz-overlegtafel', 'huisartsenpraktijk'],
    source: 'Seed 001 (kolom Consultatie GGZ)',
  },
  bggz: {
    id: 'bggz',
    label: 'Verwijzing generalistische basis-ggz (BGGZ)',
    comparison: {
      ...REGULAR_REFERRAL,
      fitsWith: [
        'Duidelijke GGZ-klachten: (vermoedelijke) stoornis met matige tot ernstige lijdensdruk',
        'Enig risico met beschermende factoren, licht middelengebruik',
        'Geen verbetering na 2 maanden in de huisartsenpraktijk',
        'Eventuele wachtlijst is geen bezwaar',
      ],
      keyDifference: ['Duidelijke indicatie voor GGZ-behandeling, geen ruggespraak nodig', 'Matig tot ernstig, weinig complex'],
    },
    careKinds: ['bggz'],
    everywhere: true,
    mayHaveWaitingList: true,
    replacements: [],
    source: 'Seed 001 (kolom Reguliere GGZ-verwijzing); seed 002 (BGGZ: matig tot ernstig, geringe complexiteit); domain.md (criteria BGGZ)',
  },
  sggz: {
    id: 'sggz',
    label: 'Verwijzing gespecialiseerde ggz (SGGZ)',
    comparison: {
      ...REGULAR_REFERRAL,
      fitsWith: [
        'Ernstige en complexe problematiek, terugkerend of met comorbiditeit',
        'Hoog risico (suïcide, zelfbeschadiging, geweld, verwaarlozing)',
        'Ernstig middelengebruik met een psychische stoornis',
        'Geen verbetering na 3 tot 4 maanden basis-ggz',
      ],
      keyDifference: ['Duidelijke indicatie voor GGZ-behandeling, geen ruggespraak nodig', 'Ernstig en complex'],
    },
    careKinds: ['sggz'],
    everywhere: true,
    mayHaveWaitingList: true,
    replacements: [],
    source: 'Seed 001 (kolom Reguliere GGZ-verwijzing); seed 002 (SGGZ: ernstig en complex); domain.md (criteria SGGZ)',
  },
};

export function routeDefinition(id: RouteId): RouteDefinition {
  return ROUTES[id];
}
