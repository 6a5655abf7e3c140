/**
 * The ordered rule table of the route advice. Order is priority: the first "primary" rule that
 * fires decides the advised route; every later rule that fires adds its route as an alternative
 * (or another reason to a route already there). "Supporting" rules only ever add alternatives;
 * the "fallback" rule decides only when no primary rule fired. Each reason names its rule by id.
 *
 * Sources: the referral criteria (domain.md, after the Landelijke Samenwerkingsafspraken GGZ),
 * the GP's choice chart (seed 001) and stepped care (seed 002).
 */
import type { HelpQuestion } from './help-question';
import type { RouteId } from './route-catalog';
import { riskKindsText, socialProblemsText } from './dutch-text';

export interface RouteRule {
  id: string;
  route: RouteId;
  role: 'primary' | 'supporting' | 'fallback';
  /** The rule in one line, for the documentation and a coordinator's overview. */
  summary: string;
  fires(q: HelpQuestion): boolean;
  /** The reason in words a GP recognises. */
  reason(q: HelpQuestion): string;
}

const ggzProblems = (q: HelpQuestion) => q.suspectedDisorder !== 'bij-het-leven';
const disorder = (q: HelpQuestion) => q.suspectedDisorder === 'stoornis';
const monthsOf = (q: HelpQuestion) => q.course.earlierCareMonths;
/** Two months or more in the practice without improvement (criterion for BGGZ). */
export const noImprovementInPractice = (q: HelpQuestion) =>
  q.course.earlierCare === 'huisartsenpraktijk' && !q.course.improved && q.course.earlierCareMonths >= 2;
const improvedInPractice = (q: HelpQuestion) => q.course.earlierCare === 'huisartsenpraktijk' && q.course.improved;
const hasSocialProblems = (q: HelpQuestion) => q.socialProblems.length > 0;
const riskOf = (q: HelpQuestion, fallback: string) => riskKindsText(q.risk.kinds) || fallback;

export const ROUTE_RULES: readonly RouteRule[] = [
  {
    id: 'crisis-acuut-gevaar',
    route: 'crisis',
    role: 'primary',
    summary: 'Acuut gevaar gaat voor alles: crisisdienst, geen wachtlijst en geen alternatieven.',
    fires: (q) => q.risk.acute,
    reason: (q) =>
      `Acuut gevaar (${riskOf(q, 'voor de patiënt of anderen')}): schakel direct de crisisdienst in. Een crisis hoort nooit op een wachtlijst.`,
  },
  {
    id: 'sggz-hoog-risico',
    route: 'sggz',
    role: 'primary',
    summary: 'Hoog risico (suïcide, zelfbeschadiging, geweld, verwaarlozing) zonder acuut gevaar: SGGZ.',
    fires: (q) => q.risk.level === 'hoog',
    reason: (q) =>
      `Hoog risico op ${riskOf(q, 'gevaar')}, zonder acuut gevaar: dit hoort in de gespecialiseerde ggz (Landelijke Samenwerkingsafspraken GGZ).`,
  },
  {
    id: 'consultatie-kort-advies',
    route: 'consultatie-ggz',
    role: 'primary',
    summary: 'De huisarts zoekt kort advies over medicatie, bejegening of beleid: consultatie GGZ.',
    fires: (q) => q.gpLooksFor === 'kort-advies',
    reason: () =>
      'U zoekt kort advies over medicatie, bejegening of beleid; de patiënt kan (voorlopig) in de praktijk blijven (seed 001).',
  },
  {
    id: 'overlegtafel-casusoverleg',
    route: 'ggz-overlegtafel',
    role: 'primary',
    summary: 'De huisarts wil de casus eerst zonder de patiënt bespreken: GGZ-overlegtafel.',
    fires: (q) => q.gpLooksFor === 'casusoverleg',
    reason: () =>
      'U wilt de casus eerst zonder de patiënt bespreken met GGZ-professionals en het sociaal domein, voor advies over de vervolgstap en het aanbod (seed 001).',
  },
  {
    id: 'verkennend-gesprek-weet-niet',
    route: 'verkennend-gesprek',
    role: 'primary',
    summary: 'De huisarts weet niet wat past, maar er is GGZ-problematiek: verkennend gesprek.',
    fires: (q) => q.gpLooksFor === 'weet-niet' && ggzProblems(q),
    reason: () =>
      'U weet nog niet wat past, maar er is wel sprake van GGZ-problematiek: in een verkennend gesprek zoeken drie wegwijzers in 1 uur met de patiënt uit wat past (seed 001).',
  },
  {
    id: 'sggz-ernstig-middelengebruik',
    route: 'sggz',
    role: 'primary',
    summary: 'Ernstig middelengebruik (met een psychische stoornis): SGGZ.',
    fires: (q) => q.substanceUse === 'ernstig',
    reason: (q) =>
      disorder(q)
        ? 'Ernstig middelengebruik met een vermoedelijke psychische stoornis: gespecialiseerde ggz.'
        : 'Ernstig middelengebruik: verslavingszorg hoort bij de gespecialiseerde ggz.',
  },
  {
    id: 'sggz-geen-verbetering-bggz',
    route: 'sggz',
    role: 'primary',
    summary: 'Geen verbetering na 3 maanden of meer in de BGGZ: SGGZ.',
    fires: (q) => q.course.earlierCare === 'bggz' && !q.course.improved && monthsOf(q) >= 3,
    reason: (q) =>
      `Geen verbetering na ${monthsOf(q)} maanden in de basis-ggz (grens: 3 tot 4 maanden): gespecialiseerde ggz. De basis-ggz kan zelf doorverwijzen; een nieuwe verwijzing van de huisarts is niet nodig.`,
  },
  {
    id: 'sggz-ernstig-complex',
    route: 'sggz',
    role: 'primary',
    summary: 'Ernstige klachten, vermoeden van een stoornis en meerdere leefgebieden (ernstig en complex): SGGZ.',
    fires: (q) => q.severity === 'ernstig' && q.complexity === 'meervoudig' && ggzProblems(q),
    reason: () =>
      'Ernstige klachten met GGZ-problematiek op meerdere leefgebieden: ernstig en complex hoort in de gespecialiseerde ggz (seed 002).',
  },
  {
    id: 'sggz-ernstig-terugkerend',
    route: 'sggz',
    role: 'primary',
    summary: 'Ernstige, terugkerende klachten bij een vermoedelijke stoornis: SGGZ.',
    fires: (q) => q.severity === 'ernstig' && q.course.recurrent && disorder(q),
    reason: () => 'Ernstige, terugkerende klachten bij een vermoedelijke stoornis: gespecialiseerde ggz.',
  },
  {
    id: 'bggz-geen-verbetering-praktijk',
    route: 'bggz',
    role: 'primary',
    summary: 'Geen verbetering na 2 maanden of meer in de huisartsenpraktijk bij GGZ-problematiek: BGGZ.',
    fires: (q) => noImprovementInPractice(q) && ggzProblems(q),
    reason: (q) => `Geen verbetering na ${monthsOf(q)} maanden in de huisartsenpraktijk (grens: 2 maanden): basis-ggz.`,
  },
  {
    id: 'bggz-ernstig-enkelvoudig',
    route: 'bggz',
    role: 'primary',
    summary: 'Ernstige klachten bij een vermoedelijke stoornis op één leefgebied (ernstig, niet complex): BGGZ.',
    fires: (q) => q.severity === 'ernstig' && q.complexity === 'enkelvoudig' && disorder(q),
    reason: () =>
      'Ernstige klachten bij een vermoedelijke stoornis, zonder stapeling op andere leefgebieden: basis-ggz (ernstig maar niet complex, seed 002).',
  },
  {
    id: 'bggz-matig-stoornis',
    route: 'bggz',
    role: 'primary',
    summary: 'Vermoeden van een stoornis met matige lijdensdruk: BGGZ (tenzij het in de praktijk al verbetert).',
    fires: (q) => q.severity === 'matig' && disorder(q) && !improvedInPractice(q),
    reason: () => 'Vermoeden van een psychische stoornis met matige lijdensdruk: behandeling in de basis-ggz.',
  },
  {
    id: 'bggz-enig-risico',
    route: 'bggz',
    role: 'primary',
    summary: 'Enig risico met beschermende factoren bij GGZ-problematiek: BGGZ.',
    fires: (q) => q.risk.level === 'enig' && ggzProblems(q),
    reason: (q) => `Enig risico (${riskOf(q, 'niet nader bepaald')}) met beschermende factoren bij GGZ-problematiek: basis-ggz.`,
  },
  {
    id: 'bggz-licht-middelengebruik',
    route: 'bggz',
    role: 'primary',
    summary: 'Licht middelengebruik bij een vermoedelijke stoornis: BGGZ.',
    fires: (q) => q.substanceUse === 'licht' && disorder(q),
    reason: () => 'Licht middelengebruik bij een vermoedelijke stoornis: basis-ggz.',
  },
  {
    id: 'verkennend-gesprek-onduidelijk',
    route: 'verkennend-gesprek',
    role: 'primary',
    summary: 'Nog onduidelijk of er een stoornis is, bij matige of ernstige klachten of meerdere leefgebieden: verkennend gesprek.',
    fires: (q) => q.suspectedDisorder === 'onduidelijk' && (q.severity !== 'licht' || q.complexity === 'meervoudig'),
    reason: () =>
      'Het is nog onduidelijk of er een psychische stoornis is: een verkennend gesprek brengt in 1 uur in kaart of welzijn, ondersteuning van de gemeente, GGZ-behandeling of een combinatie past (seed 001).',
  },
  {
    id: 'wor-plus-stapeling',
    route: 'wor-plus',
    role: 'primary',
    summary: 'Welzijn past maar steviger (terugkerend, stapeling op meerdere leefgebieden), patiënt zet de stap niet zelf: WoR+.',
    fires: (q) => !q.takesStepAlone && hasSocialProblems(q) && (q.complexity === 'meervoudig' || q.course.recurrent),
    reason: (q) => {
      const why = [q.course.recurrent ? 'terugkerende klachten' : '', q.complexity === 'meervoudig' ? 'stapeling op meerdere leefgebieden' : '']
        .filter(Boolean)
        .join(' en ');
      return disorder(q)
        ? `Naast behandeling: stevigere welzijnsbegeleiding bij ${socialProblemsText(q.socialProblems)} (${why}), ook tijdens de wachttijd (seed 001, seed 002).`
        : `Welzijn past, maar steviger: ${why} (${socialProblemsText(q.socialProblems)}), en de patiënt zet deze stap niet zelf (seed 001).`;
    },
  },
  {
    id: 'wor-welzijn',
    route: 'wor',
    role: 'primary',
    summary: 'Vooral welzijn (eenzaamheid, stress, structuur), lichte tot matige klachten, patiënt zet de stap niet zelf: WoR.',
    fires: (q) => !q.takesStepAlone && hasSocialProblems(q) && q.severity !== 'ernstig',
    reason: (q) =>
      disorder(q)
        ? `Naast behandeling: steun bij ${socialProblemsText(q.socialProblems)} via een welzijnscoach, ook tijdens de wachttijd (seed 002).`
        : `Vooral welzijn (${socialProblemsText(q.socialProblems)}) met lichte tot matige klachten, en de patiënt zet deze stap niet zelf (seed 001).`,
  },
  {
    id: 'praktijk-welzijn-zelf',
    route: 'huisartsenpraktijk',
    role: 'primary',
    summary: 'Sociale problemen en de patiënt zet zelf de stap: wijzen op welzijn en sociaal domein (stepped care 2b).',
    fires: (q) => q.takesStepAlone && hasSocialProblems(q) && q.severity !== 'ernstig',
    reason: (q) =>
      `De patiënt zet zelf de stap naar welzijn of het sociaal domein voor ${socialProblemsText(q.socialProblems)}: wijs op het aanbod in wijk of buurt (stepped care stap 2b).`,
  },
  {
    id: 'praktijk-bij-het-leven',
    route: 'huisartsenpraktijk',
    role: 'primary',
    summary: "Lichte klachten die 'bij het leven horen': normaliseren en voorlichten in de praktijk (stepped care 0 tot 2a).",
    fires: (q) => q.suspectedDisorder === 'bij-het-leven' && q.severity === 'licht',
    reason: () =>
      "Lichte klachten die 'bij het leven horen': normaliseren, voorlichten en de lichtste passende stap in de praktijk (stepped care, seed 002).",
  },
  {
    id: 'praktijk-licht-matig',
    route: 'huisartsenpraktijk',
    role: 'primary',
    summary: 'Lichte tot matige klachten, nog niet 2 maanden zonder verbetering in de praktijk: de praktijk begeleidt zelf.',
    fires: (q) => q.severity !== 'ernstig' && !noImprovementInPractice(q),
    reason: (q) =>
      q.severity === 'licht'
        ? 'Lichte klachten: de huisartsenpraktijk begeleidt zelf, met zelfhulp of e-health en zo nodig de POH-GGZ (stepped care).'
        : 'Matige klachten: de praktijk kan eerst zelf kortdurend begeleiden met de POH-GGZ (stepped care stap 3); zonder verbetering na 2 maanden volgt de basis-ggz (seed 002).',
  },
  {
    id: 'consultatie-in-praktijk-houden',
    route: 'consultatie-ggz',
    role: 'supporting',
    summary: 'Bij GGZ-problematiek die niet ernstig is: consultatie helpt de patiënt in de praktijk te houden.',
    fires: (q) => ggzProblems(q) && q.severity !== 'ernstig' && q.risk.level !== 'hoog',
    reason: () =>
      'Met consultatie GGZ kan de patiënt (voorlopig) in de praktijk blijven: u krijgt kort advies van een GGZ-professional (seed 001, seed 002).',
  },
  {
    id: 'overlegtafel-bij-twijfel',
    route: 'ggz-overlegtafel',
    role: 'supporting',
    summary: 'Bij twijfel of complexiteit (meerdere leefgebieden, ernstige klachten): eerst de overlegtafel.',
    fires: (q) =>
      q.risk.level !== 'hoog' && (q.complexity === 'meervoudig' || q.severity === 'ernstig' || q.gpLooksFor === 'weet-niet'),
    reason: () =>
      'Twijfelt u over de verwijzing of is de situatie complex? Bespreek de casus eerst geanonimiseerd aan de GGZ-overlegtafel (seed 001).',
  },
  {
    id: 'verkennend-gesprek-meerdere-leefgebieden',
    route: 'verkennend-gesprek',
    role: 'supporting',
    summary: 'GGZ-problematiek en vastlopen op meerdere leefgebieden: een verkennend gesprek is een alternatief.',
    fires: (q) => q.complexity === 'meervoudig' && ggzProblems(q) && q.risk.level !== 'hoog',
    reason: () =>
      'De patiënt loopt vast op meerdere leefgebieden: een verkennend gesprek kan uitwijzen welke welzijns- en/of GGZ-route het beste past (seed 001).',
  },
  {
    id: 'verkennend-gesprek-vastgelopen',
    route: 'verkennend-gesprek',
    role: 'supporting',
    summary: "Klachten die 'bij het leven horen' maar 2 maanden in de praktijk niet verbeteren: verkennend gesprek.",
    fires: (q) => noImprovementInPractice(q) && q.suspectedDisorder === 'bij-het-leven',
    reason: (q) =>
      `Na ${monthsOf(q)} maanden in de praktijk geen verbetering: verken in een verkennend gesprek wat wel past (seed 001).`,
  },
  {
    id: 'vangnet-verkennend-gesprek',
    route: 'verkennend-gesprek',
    role: 'fallback',
    summary: 'Geen regel wijst eenduidig een route aan: verkennend gesprek.',
    fires: () => true,
    reason: () =>
      'Geen van de regels wijst eenduidig één route aan; een verkennend gesprek brengt samen met de patiënt in kaart wat past (seed 001).',
  },
];
