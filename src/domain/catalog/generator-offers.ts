/**
 * What generated services offer: per kind of care a few invented offers, each with a Dutch name,
 * a description saying what it helps with (so that free-text search finds it), the diagnosis
 * groups or themes it serves, and its usual age range, languages and delivery. The generator
 * picks among these and varies the details. Diagnosis-group codes are those of
 * reference-data/diagnosegroepen.csv; codes missing from the loaded list are dropped.
 */
import type { CareKind, ExclusionCode, Modality, ReferralChannel, Theme } from './vocabulary';

export interface Offer {
  name: string;
  description: string;
  diagnosisGroups?: string[];
  themes?: Theme[];
  ageMin?: number;
  ageMax?: number | null;
  languages?: string[];
  modalities?: Modality[];
  /** Exclusions this offer never has (a crisis service excludes nobody, addiction care takes addiction). */
  neverExcludes?: ExclusionCode[];
}

export const OFFERS: Record<CareKind, Offer[]> = {
  huisartsenzorg: [
    { name: 'POH-GGZ', description: 'Kortdurende begeleiding door de praktijkondersteuner GGZ bij psychische klachten, stress en somberheid, in de eigen huisartsenpraktijk.', themes: ['stress'] },
    { name: 'POH-GGZ en e-health', description: 'Gesprekken met de POH-GGZ, aangevuld met online zelfhulp bij angst, piekeren en slaapproblemen.', themes: ['stress', 'structuur'], modalities: ['blended'] },
  ],
  welzijn: [
    { name: 'Schuldhulpverlening', description: 'Schuldhulpverlening en budgetcoaching: hulp bij geldzorgen, schulden en het op orde brengen van de administratie.', themes: ['schulden', 'stress'] },
    { name: 'Ontmoeting en activiteiten', description: 'Ontmoetingsplekken, koffieochtenden en activiteiten tegen eenzaamheid en voor meer contact in de buurt.', themes: ['eenzaamheid', 'structuur'] },
    { name: 'Mantelzorgondersteuning', description: 'Advies, respijtzorg en lotgenotencontact voor mantelzorgers die overbelast raken.', themes: ['mantelzorg', 'stress'] },
    { name: 'Werk en dagbesteding', description: 'Hulp bij het vinden van vrijwilligerswerk, dagbesteding of een stap richting werk, voor meer structuur in de week.', themes: ['werk', 'structuur'] },
    { name: 'Rouwgroep', description: 'Steun bij rouw en verlies in een groep met anderen die iemand hebben verloren.', themes: ['rouw', 'eenzaamheid'] },
    { name: 'Opvoedondersteuning', description: 'Gesprekken en cursussen voor ouders met vragen over opvoeding en spanningen in het gezin.', themes: ['opvoeding', 'relatie'] },
    { name: 'Beweegcoach', description: 'Een beweegcoach helpt bij een gezondere leefstijl, meer bewegen en beter slapen.', themes: ['leefstijl', 'structuur'] },
    { name: 'Levensvragen', description: 'Gesprekken met een geestelijk verzorger over zingeving, levensvragen en verlies.', themes: ['zingeving', 'rouw'] },
    { name: 'Woonbegeleiding', description: 'Hulp bij wonen en huisvesting, zoals een dreigende uithuiszetting of het zoeken van een woning.', themes: ['wonen', 'schulden'], neverExcludes: ['dakloos'] },
    { name: 'Sociaal wijkteam', description: 'Het wijkteam helpt bij vragen over geld, wonen, relaties, werk en zorg, en zoekt samen de juiste hulp.', themes: ['schulden', 'wonen', 'relatie', 'werk'], modalities: ['op-locatie', 'aan-huis'] },
  ],
  wor: [
    { name: 'Welzijn op Recept', description: 'Een welzijnscoach zoekt in enkele gesprekken samen met de patiënt naar activiteiten die energie geven, bij eenzaamheid, stress of verlies van structuur.', themes: ['eenzaamheid', 'stress', 'structuur', 'zingeving'] },
  ],
  'wor-plus': [
    { name: 'Welzijn op Recept+', description: 'Langer durende coaching bij terugkerende klachten en een stapeling van problemen op meerdere levensgebieden, zo nodig met gemeentelijke ondersteuning erbij.', themes: ['eenzaamheid', 'stress', 'schulden', 'wonen', 'structuur'] },
  ],
  bggz: [
    { name: 'Depressie en angst', description: 'Kortdurende behandeling bij depressieve klachten en angst, met gesprekken en opdrachten voor thuis.', diagnosisGroups: ['04', '05'] },
    { name: 'Angst en paniek', description: 'Behandeling van angst- en paniekklachten met cognitieve gedragstherapie en exposure.', diagnosisGroups: ['05', '06'] },
    { name: 'Somberheid en burn-out', description: 'Kortdurende behandeling bij somberheid, depressie, stress en burn-outklachten.', diagnosisGroups: ['04', '22'], themes: ['stress', 'werk'] },
    { name: 'Traumabehandeling basis-ggz', description: 'EMDR en traumagerichte therapie bij klachten na een schokkende gebeurtenis.', diagnosisGroups: ['07'] },
    { name: 'Blended basis-ggz', description: 'Behandeling van depressie en angstklachten, online en in de praktijk gecombineerd.', diagnosisGroups: ['04', '05'], modalities: ['blended', 'online'] },
    { name: 'Slaap en piekeren', description: 'Behandeling bij slaapproblemen, piekeren en aanhoudende spanning.', diagnosisGroups: ['12', '05'], themes: ['stress'] },
    { name: 'Psychologische hulp voor ouderen', description: 'Behandeling van depressie, angst en rouw bij ouderen, ook aan huis.', diagnosisGroups: ['04', '05'], themes: ['rouw'], ageMin: 65, modalities: ['op-locatie', 'aan-huis'] },
    { name: 'Jongvolwassenen', description: 'Behandeling voor jongvolwassenen met angst, somberheid, studiestress of onzekerheid.', diagnosisGroups: ['04', '05'], themes: ['stress'], ageMin: 16, ageMax: 25 },
    { name: 'Psychologische hulp in eigen taal', description: 'Kortdurende behandeling bij depressie, angst en spanningsklachten, in het Nederlands, Engels, Arabisch of Turks.', diagnosisGroups: ['04', '05', '07'], languages: ['nl', 'en', 'ar', 'tr'], neverExcludes: ['geen-nederlands'] },
    { name: 'Lichamelijke klachten en stress', description: 'Behandeling van lichamelijke klachten zonder duidelijke oorzaak, zoals vermoeidheid en pijn, die samengaan met stress.', diagnosisGroups: ['09'], themes: ['stress'] },
  ],
  sggz: [
    { name: 'Stemmingsstoornissen', description: 'Specialistische behandeling van ernstige of terugkerende depressie en bipolaire stoornissen, met medicatie en psychotherapie.', diagnosisGroups: ['04', '03'] },
    { name: 'Angst- en dwangstoornissen', description: 'Specialistische behandeling van angststoornissen en dwangklachten (OCS).', diagnosisGroups: ['05', '06'] },
    { name: 'Traumacentrum', description: 'Behandeling van complex trauma en PTSS, ook na langdurig geweld of misbruik in de jeugd.', diagnosisGroups: ['07', '08'] },
    { name: 'Persoonlijkheidsproblematiek', description: 'Schematherapie en mentaliseren (MBT) bij persoonlijkheidsproblematiek en terugkerende problemen in relaties.', diagnosisGroups: ['18'], themes: ['relatie'] },
    { name: 'Eetstoornissen', description: 'Behandeling van anorexia, boulimia en eetbuistoornis, in deeltijd of poliklinisch.', diagnosisGroups: ['10'], ageMin: 16 },
    { name: 'Verslavingszorg', description: 'Behandeling bij problemen met alcohol, drugs, medicijnen of gamen, ook met psychische klachten daarnaast.', diagnosisGroups: ['16'], neverExcludes: ['primaire-verslaving'] },
    { name: 'Psychosezorg (FACT)', description: 'Behandeling en begeleiding bij psychose en ernstige psychiatrische aandoeningen, ook bij mensen thuis.', diagnosisGroups: ['02'], modalities: ['op-locatie', 'aan-huis'], neverExcludes: ['actieve-psychose', 'ernstige-comorbiditeit'] },
    { name: 'Ouderenpsychiatrie', description: 'Specialistische zorg voor ouderen met depressie, angst of psychische klachten bij geheugenproblemen.', diagnosisGroups: ['04', '05', '17'], ageMin: 65, modalities: ['op-locatie', 'aan-huis'] },
    { name: 'ADHD en autisme volwassenen', description: 'Diagnostiek en behandeling van ADHD en autisme bij volwassenen.', diagnosisGroups: ['01'] },
    { name: 'Psychosomatiek', description: 'Specialistische behandeling bij somatische symptoomstoornis en ernstige onverklaarde lichamelijke klachten.', diagnosisGroups: ['09'] },
  ],
  crisis: [
    { name: 'Crisisdienst GGZ', description: 'Beoordeling en behandeling bij een acute psychiatrische crisis, 24 uur per dag, 7 dagen per week; aanmelden via huisarts of huisartsenpost.', modalities: ['op-locatie', 'aan-huis'] },
    { name: 'Intensieve thuisbehandeling bij crisis', description: 'Kortdurende, intensieve behandeling thuis bij een psychische crisis, dag en nacht bereikbaar, om opname te voorkomen.', modalities: ['aan-huis'] },
  ],
  consultatie: [
    { name: 'Consultatie GGZ', description: 'Schriftelijk advies van een psychiater of GZ-psycholoog aan huisarts en POH-GGZ over medicatie, aanpak en beleid; zo nodig een eenmalig consult met de patiënt.', modalities: ['online'] },
    { name: 'Consultatie psychiater', description: 'Advies van een psychiater over diagnose en medicatie, zodat de patiënt in de huisartsenpraktijk kan blijven.', modalities: ['online', 'op-locatie'] },
  ],
  'verkennend-gesprek': [
    { name: 'Verkennend gesprek', description: 'Een gesprek van een uur met drie wegwijzers: een ggz-professional, iemand uit het sociaal domein en een ervaringsdeskundige, voor wie niet weet welke hulp past.', themes: ['stress', 'eenzaamheid', 'zingeving'] },
  ],
  ehealth: [
    { name: 'Online zelfhulp bij somberheid', description: 'Online zelfhulpprogramma bij somberheid en depressieve klachten, met begeleiding van een coach.', diagnosisGroups: ['04'], modalities: ['online'] },
    { name: 'Online cursus piekeren en stress', description: 'Online cursus om minder te piekeren en beter met stress en spanning om te gaan.', themes: ['stress'], modalities: ['online'] },
    { name: 'Online slaaptraining', description: 'Zelfhulptraining bij slaapproblemen, met dagboek en oefeningen.', diagnosisGroups: ['12'], modalities: ['online'] },
    { name: 'Online hulp bij angst', description: 'Begeleide online behandeling bij angst en paniek, aanvullend op gesprekken.', diagnosisGroups: ['05'], modalities: ['online'] },
  ],
  ervaringsdeskundigheid: [
    { name: 'Herstelgroep', description: 'Herstelgroep voor mensen met psychische klachten, begeleid door ervaringsdeskundigen.', themes: ['zingeving', 'eenzaamheid'] },
    { name: 'Lotgenotencontact', description: 'Lotgenotencontact en steun van ervaringsdeskundigen, ook voor wie op een wachtlijst staat.', themes: ['eenzaamheid', 'stress'] },
    { name: 'Herstelacademie', description: 'Cursussen over herstel, eigen regie en omgaan met psychische kwetsbaarheid, gegeven door ervaringsdeskundigen.', themes: ['zingeving', 'structuur'] },
    { name: 'Inloophuis', description: 'Vrij toegankelijke inloop voor een gesprek, een maaltijd en contact met anderen.', themes: ['eenzaamheid', 'structuur'], neverExcludes: ['dakloos'] },
  ],
  amw: [
    { name: 'Algemeen maatschappelijk werk', description: 'Hulp bij problemen met geld, relaties, huisvesting, werk of verlies, in een paar gesprekken.', themes: ['schulden', 'relatie', 'wonen', 'rouw', 'stress'] },
    { name: 'Maatschappelijk werk bij relatieproblemen', description: 'Maatschappelijk werk bij relatieproblemen, scheiding en spanningen thuis.', themes: ['relatie', 'opvoeding', 'stress'] },
  ],
};

/** A second sentence some descriptions get, per kind (optional; says nothing about real parties). */
export const EXTRA_SENTENCES: Partial<Record<CareKind, string[]>> = {
  bggz: ['Behandeling door GZ-psychologen en basispsychologen.', 'Ook avondspreekuur.', 'Individueel of in een groep.'],
  sggz: ['Het team bestaat uit psychiaters, klinisch psychologen en verpleegkundig specialisten.', 'Behandeling poliklinisch of in deeltijd.'],
  welzijn: ['Gratis voor inwoners van de gemeente.', 'Vrijwilligers en beroepskrachten werken samen.'],
  amw: ['Gratis en zonder verwijzing.'],
  ehealth: ['Beschikbaar op computer, tablet en telefoon.'],
};

/** Referral channels per kind, with weights. */
export const CHANNELS: Record<CareKind, readonly (readonly [ReferralChannel, number])[]> = {
  huisartsenzorg: [['telefoon', 1]],
  welzijn: [['vrij-toegankelijk', 3], ['telefoon', 3], ['website', 2], ['email', 1]],
  wor: [['viplive', 3], ['telefoon', 2], ['email', 1]],
  'wor-plus': [['viplive', 3], ['telefoon', 1]],
  bggz: [['zorgdomein', 9], ['email', 1]],
  sggz: [['zorgdomein', 1]],
  crisis: [['telefoon', 1]],
  consultatie: [['viplive', 2], ['zorgdomein', 2], ['email', 1]],
  'verkennend-gesprek': [['viplive', 2], ['telefoon', 1]],
  ehealth: [['website', 1]],
  ervaringsdeskundigheid: [['vrij-toegankelijk', 2], ['website', 1], ['telefoon', 1]],
  amw: [['telefoon', 3], ['vrij-toegankelijk', 2], ['zorgdomein', 1]],
};

/** How likely a service of a kind names each exclusion criterion. */
export const EXCLUSION_ODDS: Record<CareKind, Partial<Record<ExclusionCode, number>>> = {
  huisartsenzorg: {},
  welzijn: { 'acute-suicidaliteit': 0.25, 'actieve-psychose': 0.15, agressie: 0.15 },
  wor: { 'acute-suicidaliteit': 0.5, 'actieve-psychose': 0.4, 'primaire-verslaving': 0.3, 'ernstige-comorbiditeit': 0.2, dakloos: 0.1 },
  'wor-plus': { 'acute-suicidaliteit': 0.5, 'actieve-psychose': 0.4, agressie: 0.2 },
  bggz: {
    'acute-suicidaliteit': 0.6, 'primaire-verslaving': 0.55, 'ernstige-comorbiditeit': 0.5, 'actieve-psychose': 0.5,
    lvb: 0.2, agressie: 0.25, 'geen-nederlands': 0.2, dakloos: 0.1,
  },
  sggz: {
    'acute-suicidaliteit': 0.3, 'primaire-verslaving': 0.4, 'actieve-psychose': 0.3, lvb: 0.25, agressie: 0.3,
    'geen-nederlands': 0.15, dakloos: 0.1,
  },
  crisis: {},
  consultatie: {},
  'verkennend-gesprek': { 'acute-suicidaliteit': 0.5 },
  ehealth: { 'acute-suicidaliteit': 0.7, lvb: 0.4, 'geen-nederlands': 0.5 },
  ervaringsdeskundigheid: { 'acute-suicidaliteit': 0.3, agressie: 0.2 },
  amw: { agressie: 0.2, 'acute-suicidaliteit': 0.15 },
};

/** Notes that explain an exclusion, for some services. */
export const EXCLUSION_NOTES: Partial<Record<ExclusionCode, string>> = {
  'acute-suicidaliteit': 'Bij acute suïcidaliteit eerst contact met de crisisdienst.',
  'primaire-verslaving': 'Bij verslaving als hoofdprobleem verwijzen wij naar de verslavingszorg.',
  'actieve-psychose': 'Niet geschikt bij een actieve psychose.',
  lvb: 'Voor mensen met een licht verstandelijke beperking is er aangepast aanbod elders.',
  agressie: 'Bij agressie of geweld kunnen wij geen veilige behandeling bieden.',
};
