/**
 * The regional rules of the two demo regions as first seeded into the database. After seeding,
 * the database is the truth: a coordinator changes rules through the API and each change is a new
 * version. Every rule cites its source; where the seeds are silent the source says "Aanname" and
 * why (see also docs/decisions/0004-route-advice-rules.md).
 *
 * Ede-Wageningen: seed 001 ("Keuzes huisartsen bij volwassenen met psychische en psychosociale
 * klachten"). Noordwest-Utrecht: seed 002 (RegiozorgNU, visie ggz) and the research notes.
 */
import type { RegionalRule } from './regional-rules';

const SEED_001 = 'Seed 001 (keuzes huisartsen bij volwassenen met psychische en psychosociale klachten)';
const SEED_002 = 'Seed 002 (RegiozorgNU, visie ggz)';

/**
 * Assumption: seed 001 says the overlegtafel meets "1 keer per 3 weken, via Teams" but gives no
 * dates. We count the rhythm from Thursday 9 January 2025; a coordinator corrects it in the data.
 */
export const ASSUMED_FIRST_OVERLEGTAFEL = '2025-01-09';

type SeedRule = Omit<RegionalRule, 'validFrom' | 'validTo' | 'details' | 'note'> &
  Partial<Pick<RegionalRule, 'validFrom' | 'validTo' | 'details' | 'note'>>;

const rule = (r: SeedRule): RegionalRule => ({
  validFrom: null,
  validTo: null,
  details: {},
  note: null,
  ...r,
});

const WOR_PLUS_AVAILABLE = `${SEED_001}: "In Ede, Renswoude, Rheden is WoR+ al wél!"`;
const WOR_PLUS_VILLAGES = `${SEED_001}: "In de dorpen Heelsum, Renkum, Amerongen en Leersum is WoR+ niet beschikbaar"`;
const VEENENDAAL = `${SEED_001}: "In Veenendaal kennen we geen verschil tussen regulier WoR en WoR+. Zij hanteren enkele tot maximaal 7 contactmomenten, zonder tijdslimiet."`;

const villageWithoutWorPlus = (id: string, code: string, village: string): RegionalRule =>
  rule({
    ruleId: `ew-wor-plus-${id}`,
    scopeKind: 'woonplaats',
    scopeCode: `${code}:${village}`,
    route: 'wor-plus',
    available: false,
    details: { replacedBy: 'wor' },
    note: `WoR+ is in ${village} niet beschikbaar (seed 001).`,
    source: WOR_PLUS_VILLAGES,
  });

/** Region Ede, Veenendaal, Wageningen e.o. (seed 001). */
export const EDE_WAGENINGEN_RULES: RegionalRule[] = [
  rule({
    ruleId: 'ew-wor',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'wor',
    available: true,
    details: { maxContacts: 10, maxMonths: 3, channel: 'VIPLive WoR' },
    source: `${SEED_001}: WoR "enkele tot maximaal 10 contacten in 3 maanden", terugkoppeling via VIPLive WoR, registratie Z68`,
  }),
  rule({
    ruleId: 'ew-wor-plus-regio',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'wor-plus',
    available: false,
    details: { replacedBy: 'wor' },
    note: 'WoR+ is in deze gemeente niet beschikbaar; in de regio is WoR+ er in Ede, Renswoude en Rheden, en in Wageningen vanaf mei 2026 (seed 001).',
    source: `${SEED_001}. Aanname: waar seed 001 WoR+ niet noemt (zoals de overige kernen van Renkum en Utrechtse Heuvelrug) is het niet beschikbaar`,
  }),
  rule({
    ruleId: 'ew-wor-plus-ede',
    scopeKind: 'gemeente',
    scopeCode: 'GM0228',
    route: 'wor-plus',
    available: true,
    details: { channel: 'VIPLive WoR+' },
    source: WOR_PLUS_AVAILABLE,
  }),
  rule({
    ruleId: 'ew-wor-plus-renswoude',
    scopeKind: 'gemeente',
    scopeCode: 'GM0339',
    route: 'wor-plus',
    available: true,
    details: { channel: 'VIPLive WoR+' },
    source: WOR_PLUS_AVAILABLE,
  }),
  rule({
    ruleId: 'ew-wor-plus-rheden',
    scopeKind: 'gemeente',
    scopeCode: 'GM0275',
    route: 'wor-plus',
    available: true,
    details: { channel: 'VIPLive WoR+' },
    source: WOR_PLUS_AVAILABLE,
  }),
  rule({
    ruleId: 'ew-wor-plus-wageningen-voor-start',
    scopeKind: 'gemeente',
    scopeCode: 'GM0289',
    route: 'wor-plus',
    available: false,
    validTo: '2026-04-30',
    details: { replacedBy: 'wor' },
    note: 'WoR+ is in Wageningen nog niet beschikbaar; het wordt verwacht vanaf mei 2026 (seed 001).',
    source: `${SEED_001}: "In Wageningen verwacht in mei 2026"`,
  }),
  rule({
    ruleId: 'ew-wor-plus-wageningen',
    scopeKind: 'gemeente',
    scopeCode: 'GM0289',
    route: 'wor-plus',
    available: true,
    validFrom: '2026-05-01',
    details: { channel: 'VIPLive WoR+' },
    source: `${SEED_001}: "In Wageningen verwacht in mei 2026". Aanname: start op 1 mei 2026`,
  }),
  villageWithoutWorPlus('heelsum', 'GM0274', 'Heelsum'),
  villageWithoutWorPlus('renkum', 'GM0274', 'Renkum'),
  villageWithoutWorPlus('amerongen', 'GM1581', 'Amerongen'),
  villageWithoutWorPlus('leersum', 'GM1581', 'Leersum'),
  rule({
    ruleId: 'ew-wor-veenendaal',
    scopeKind: 'gemeente',
    scopeCode: 'GM0345',
    route: 'wor',
    available: true,
    details: { maxContacts: 7, maxMonths: null, mergedWith: 'wor-plus', channel: 'VIPLive WoR' },
    note: 'In Veenendaal zijn WoR en WoR+ één aanbod (seed 001).',
    source: VEENENDAAL,
  }),
  rule({
    ruleId: 'ew-wor-plus-veenendaal',
    scopeKind: 'gemeente',
    scopeCode: 'GM0345',
    route: 'wor-plus',
    available: true,
    details: { maxContacts: 7, maxMonths: null, mergedWith: 'wor', channel: 'VIPLive WoR+' },
    note: 'In Veenendaal zijn WoR en WoR+ één aanbod (seed 001).',
    source: VEENENDAAL,
  }),
  rule({
    ruleId: 'ew-verkennend-gesprek',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'verkennend-gesprek',
    available: true,
    details: { channel: 'VIPLive consultatie' },
    source: `${SEED_001}: Verkennend Gesprek, aanmelden en terugkoppeling via VIPLive consultatie. Aanname: in de hele regio`,
  }),
  rule({
    ruleId: 'ew-ggz-overlegtafel',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'ggz-overlegtafel',
    available: true,
    details: { intervalWeeks: 3, firstSession: ASSUMED_FIRST_OVERLEGTAFEL, channel: 'online via Teams' },
    source: `${SEED_001}: "bespreking 1 keer per 3 weken, via Teams". Aanname: eerste bespreking donderdag 9 januari 2025; in de hele regio`,
  }),
  rule({
    ruleId: 'ew-consultatie-ggz',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'consultatie-ggz',
    available: true,
    details: { answerWorkingDays: 3, channel: 'VIPLive' },
    source: `${SEED_001}: "Ik krijg binnen 3 werkdagen antwoord via VIPLive". Aanname: in de hele regio`,
  }),
  rule({
    ruleId: 'ew-bggz',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'bggz',
    available: true,
    details: { channel: 'ZorgDomein' },
    source: `${SEED_001}: reguliere GGZ-verwijzing "Ik verwijs via ZorgDomein"`,
  }),
  rule({
    ruleId: 'ew-sggz',
    scopeKind: 'regio',
    scopeCode: 'ede-wageningen',
    route: 'sggz',
    available: true,
    details: { channel: 'ZorgDomein' },
    source: `${SEED_001}: reguliere GGZ-verwijzing "Ik verwijs via ZorgDomein"`,
  }),
];

/** Region Noordwest-Utrecht (seed 002); much here is an assumption and says so. */
export const NOORDWEST_UTRECHT_RULES: RegionalRule[] = [
  rule({
    ruleId: 'nwu-huisartsenpraktijk',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'huisartsenpraktijk',
    available: true,
    details: { ehealth: ['Mijntherapieland', 'Karify'] },
    note: 'Blended care in deze regio: Mijntherapieland en Karify (seed 002).',
    source: `${SEED_002}: stepped care in de huisartsenpraktijk; "In onze regio kan dat met Mijntherapieland en Karify"`,
  }),
  rule({
    ruleId: 'nwu-wor',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'wor',
    available: true,
    note: 'Het aantal contacten en de looptijd van WoR zijn in deze regio niet vastgelegd; vraag het de welzijnscoach.',
    source: `${SEED_002}: "de patiënt verbinden met het aanbod binnen het sociaal domein, bijvoorbeeld via 'Welzijn op recept'"; research/dutch-landscape.md §1.14 (regiozorgnu.nl, Welzijn op Recept). Aanname: in de hele regio, zonder vastgelegde limieten`,
  }),
  rule({
    ruleId: 'nwu-wor-plus',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'wor-plus',
    available: false,
    details: { replacedBy: 'wor' },
    note: 'WoR+ is in Noordwest-Utrecht niet bekend; gebruik WoR en het sociaal wijkteam of Wmo-loket van de gemeente (seed 002).',
    source: `Aanname: ${SEED_002} noemt geen WoR+ (research/dutch-landscape.md: WoR+ niet bevestigd); wel het sociaal wijkteam of Wmo-loket als centraal punt`,
  }),
  rule({
    ruleId: 'nwu-verkennend-gesprek',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'verkennend-gesprek',
    available: true,
    validFrom: '2025-01-01',
    note: 'Gesprek binnen 1 tot 2 weken, zo nodig meteen met hulp uit het sociaal domein (seed 002).',
    source: `${SEED_002}: verkennend gesprek uit het IZA, "binnen 1-2 weken een gesprek"; domain.md: Mentaal Gezondheidsnetwerk sinds 2025. Aanname: beschikbaar vanaf 1 januari 2025`,
  }),
  rule({
    ruleId: 'nwu-ggz-overlegtafel',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'ggz-overlegtafel',
    available: false,
    details: { replacedBy: 'consultatie-ggz' },
    note: 'Noordwest-Utrecht heeft geen vaste GGZ-overlegtafel; bespreek de casus via consultatie GGZ (schriftelijke casusbespreking of multidisciplinair overleg, seed 002).',
    source: `Aanname: ${SEED_002} beschrijft geen overlegtafel, wel consultatie als schriftelijke casusbespreking of patiëntgebonden multidisciplinair overleg`,
  }),
  rule({
    ruleId: 'nwu-consultatie-ggz',
    scopeKind: 'regio',
    scopeCode: 'noordwest-utrecht',
    route: 'consultatie-ggz',
    available: true,
    note: 'Consultatie bij een GGZ-behandelaar of de kaderhuisarts GGZ; een antwoordtermijn is in deze regio niet vastgelegd (seed 002).',
    source: `${SEED_002}: consultatiefunctie (kortetermijneffect 1c en 3b), alleen met toestemming van de patiënt. Aanname: geen vaste antwoordtermijn`,
  }),
];

/** All seeded rules. */
export const REGIONAL_RULES_SEED: RegionalRule[] = [...EDE_WAGENINGEN_RULES, ...NOORDWEST_UTRECHT_RULES];
