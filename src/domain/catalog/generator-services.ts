/**
 * Fills in the static description of one generated service from its planned kind and offer:
 * name, Dutch description, diagnosis groups, themes, ages, exclusion criteria, delivery,
 * languages and how to refer. Varies the details around each offer's defaults so the demo has
 * a realistic spread (mostly Dutch-speaking adult care, some English, Arabic, Turkish or Polish,
 * some age limits, exclusion criteria that differ per provider).
 */
import { CHANNELS, EXCLUSION_NOTES, EXCLUSION_ODDS, EXTRA_SENTENCES, OFFERS } from './generator-offers';
import type { PlannedService } from './generator-plan';
import type { Random } from './seeded-random';
import type { ServiceDescription } from './types';
import { EXCLUSION_CODE_IDS, type CareKind, type ExclusionCode, type Modality } from './vocabulary';

const DEFAULT_MODALITIES: Record<CareKind, readonly (readonly [Modality[], number])[]> = {
  huisartsenzorg: [[['op-locatie'], 1]],
  welzijn: [[['op-locatie'], 3], [['op-locatie', 'aan-huis'], 1]],
  wor: [[['op-locatie', 'aan-huis'], 2], [['op-locatie'], 1]],
  'wor-plus': [[['op-locatie', 'aan-huis'], 1]],
  bggz: [[['op-locatie'], 3], [['op-locatie', 'online'], 1], [['blended'], 1]],
  sggz: [[['op-locatie'], 3], [['op-locatie', 'blended'], 1]],
  crisis: [[['op-locatie', 'aan-huis'], 1]],
  consultatie: [[['online'], 1]],
  'verkennend-gesprek': [[['op-locatie'], 1]],
  ehealth: [[['online'], 1]],
  ervaringsdeskundigheid: [[['op-locatie'], 3], [['op-locatie', 'online'], 1]],
  amw: [[['op-locatie'], 3], [['op-locatie', 'online'], 1]],
};

/** Chance of offering help in a language besides Dutch. */
const EXTRA_LANGUAGES: readonly (readonly [string, number])[] = [
  ['en', 0.2],
  ['ar', 0.05],
  ['tr', 0.05],
  ['pl', 0.04],
];

/** Kinds that offer Dutch and sometimes English, but not the other languages. */
const DUTCH_OR_ENGLISH: readonly CareKind[] = ['crisis', 'huisartsenzorg', 'consultatie'];

export interface DescribeInput {
  id: string;
  organizationId: string;
  locationId: string | null;
  planned: PlannedService;
  /** Added to the name when the organisation has several locations: "Traumacentrum (Ede)". */
  place: string | null;
  /** Diagnosis-group codes present in the reference list. */
  groupCodes: ReadonlySet<string>;
  random: Random;
}

function languagesFor(kind: CareKind, offered: string[] | undefined, random: Random): string[] {
  if (offered) return [...offered];
  if (DUTCH_OR_ENGLISH.includes(kind)) return random.chance(0.5) ? ['nl', 'en'] : ['nl'];
  return ['nl', ...EXTRA_LANGUAGES.filter(([, p]) => random.chance(p)).map(([code]) => code)];
}

function ageRangeFor(offerMin: number | undefined, offerMax: number | null | undefined, random: Random): [number, number | null] {
  if (offerMin !== undefined || offerMax !== undefined) return [offerMin ?? 18, offerMax ?? null];
  return random.chance(0.1) ? [18, 65] : [18, null];
}

export function describeService(input: DescribeInput): ServiceDescription {
  const { planned, random } = input;
  const kind = planned.kind;
  const offer = OFFERS[kind][planned.offer];
  if (!offer) throw new Error(`no offer ${planned.offer} for ${kind}`);

  const languages = languagesFor(kind, offer.languages, random);
  const [ageMin, ageMax] = ageRangeFor(offer.ageMin, offer.ageMax, random);
  const odds = EXCLUSION_ODDS[kind];
  const exclusions: ExclusionCode[] = EXCLUSION_CODE_IDS.filter((code) => {
    const p = odds[code];
    if (p === undefined || offer.neverExcludes?.includes(code)) return false;
    if (code === 'geen-nederlands' && languages.length > 1) return false;
    return random.chance(p);
  });
  const notes = exclusions.flatMap((code) => (EXCLUSION_NOTES[code] ? [EXCLUSION_NOTES[code]] : []));
  const exclusionNote = notes.length > 0 && random.chance(0.5) ? notes.slice(0, 2).join(' ') : null;
  const extra = EXTRA_SENTENCES[kind];
  const description = extra && random.chance(0.4) ? `${offer.description} ${random.pick(extra)}` : offer.description;

  return {
    id: input.id,
    organizationId: input.organizationId,
    locationId: input.locationId,
    name: input.place ? `${offer.name} (${input.place})` : offer.name,
    description,
    kind,
    diagnosisGroups: (offer.diagnosisGroups ?? []).filter((code) => input.groupCodes.has(code)),
    themes: [...(offer.themes ?? [])],
    ageMin,
    ageMax,
    exclusions,
    exclusionNote,
    modalities: [...(offer.modalities ?? random.weighted(DEFAULT_MODALITIES[kind]))],
    languages,
    referralChannel: random.weighted(CHANNELS[kind]),
    gpReferralRequired: kind === 'bggz' || kind === 'sggz' || kind === 'crisis',
    fictional: true,
  };
}
