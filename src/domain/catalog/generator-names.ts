/**
 * Invented Dutch names for generated demo data: organisations, streets, postcodes and
 * registration numbers. Every name is made up from word lists; none is meant to be a real
 * provider. Demo rows are also marked `fictional`, and the UI says so.
 */
import type { OrganizationKind } from './vocabulary';
import type { Random } from './seeded-random';

/** Words for practice and institution names ("De Linde", "Het Kompas"). */
const EMBLEMS = [
  'De Linde', 'De Eik', 'De Beuk', 'De Es', 'De Wilg', 'De Hazelaar', 'De Vlier', 'De Meidoorn',
  'Het Kompas', 'De Brug', 'De Horizon', 'Het Baken', 'De Bron', 'Het Anker', 'De Sleutel', 'De Kering',
  'De Lindeboom', 'Het Lichtpunt', 'De Overkant', 'Het Uitzicht', 'De Waterlelie', 'De Zonnewijzer',
  'Het Tegenlicht', 'De Kastanje', 'De Wegwijs', 'Het Vlot', 'De Zandloper', 'De Notenboom',
] as const;

/** Landscape words for regional organisations; the two demo regions have their own. */
const LANDSCAPES: Record<string, readonly string[]> = {
  'ede-wageningen': ['Vallei', 'Heuvelrug', 'Binnenveld', 'Rijnoever', 'Veluwezoom', 'Grebbe'],
  'noordwest-utrecht': ['Vecht', 'Groene Hart', 'Lekstroom', 'Angstel', 'Weidegebied', 'Kromme Rijn'],
  national: ['Polder', 'Rivierland', 'Kustlicht', 'Heidezoom', 'Beekdal', 'Waterland', 'Esdonk', 'Duinrand', 'Veenkoloniën', 'Kleigebied'],
};

const PRACTICE_PREFIXES = [
  'Praktijk voor Psychologie',
  'Psychologenpraktijk',
  'Praktijk voor Psychotherapie',
  'GZ-praktijk',
  'Praktijk voor Mentale Gezondheid',
] as const;

const QUARTERS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum'] as const;

const STREET_WORDS = [
  'Linde', 'Eiken', 'Beuken', 'Berken', 'Wilgen', 'Populieren', 'Kastanje', 'Meidoorn', 'Vlier', 'Hazelaar',
  'Merel', 'Lijster', 'Spreeuwen', 'Kievit', 'Reiger', 'Zwaluw', 'Klaproos', 'Korenbloem', 'Zonnebloem',
  'Lavendel', 'Heide', 'Duinroos', 'Beek', 'Molen', 'Akker', 'Weide', 'Boomgaard', 'Esdoorn', 'Hoeve', 'Gaarden',
] as const;
const STREET_SUFFIXES = ['laan', 'straat', 'weg', 'hof', 'pad', 'plein', 'singel', 'dreef'] as const;
/** Letter pairs that Dutch postcodes do not use. */
const UNUSED_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface NameContext {
  /** Demo region id, or 'national'. */
  region: string;
  municipalityName: string;
}

/** An invented organisation name that fits its kind. */
export function organizationName(kind: OrganizationKind, context: NameContext, random: Random): string {
  const landscape = random.pick(LANDSCAPES[context.region] ?? LANDSCAPES.national!);
  const emblem = random.pick(EMBLEMS);
  switch (kind) {
    case 'ggz-praktijk':
      return `${random.pick(PRACTICE_PREFIXES)} ${emblem}`;
    case 'ggz-instelling':
      return random.pick([`GGZ-centrum ${landscape}`, `GGZ ${landscape} ${emblem}`, `Stichting Psychische Zorg ${landscape}`]);
    case 'welzijnsorganisatie':
      return random.pick([`Welzijn ${landscape}`, `Stichting Welzijn ${context.municipalityName}`, `Welzijnswerk ${emblem}`]);
    case 'gemeente':
      return `Buurtteam ${context.municipalityName} ${random.pick(QUARTERS)}`;
    case 'huisartsenpraktijk':
      return `Huisartsenpraktijk ${emblem}`;
    case 'regionale-organisatie':
      return random.pick([`Netwerk Mentaal Gezond ${landscape}`, `Verwijsloket ${landscape}`]);
    case 'ehealth-aanbieder':
      return random.pick(['Denkruimte Online', 'Stapvoorstap Online', 'Zelfhulp Kompas', 'Lichtpunt Online', 'Ademruimte Digitaal']);
    case 'ervaringsorganisatie':
      return random.pick([`Herstelhuis ${landscape}`, `Ervaringswerk ${emblem}`, `Herstelacademie ${landscape}`]);
    default:
      throw new Error(`the generator makes no organisations of kind ${kind}`);
  }
}

/** An invented street address: street name and house number. */
export function streetAddress(random: Random): string {
  return `${random.pick(STREET_WORDS)}${random.pick(STREET_SUFFIXES)} ${random.int(1, 180)}`;
}

/**
 * A postcode in the Dutch format (1234 AB). It is invented: it is not checked against the
 * municipality, because the postcode table we have may not be shipped (decision 0003).
 */
export function postcode(random: Random): string {
  let letters = 'SA';
  while (UNUSED_POSTCODE_LETTERS.has(letters)) letters = `${random.pick([...LETTERS])}${random.pick([...LETTERS])}`;
  return `${random.int(1000, 9999)} ${letters}`;
}

/**
 * An 8-digit KvK or AGB number for a generated organisation. It starts with "00" and counts up,
 * so generated numbers are easy to recognise; they are not checked against the registers.
 */
export function fictionalRegistrationNumber(n: number): string {
  return `00${String(n % 1_000_000).padStart(6, '0')}`;
}

/** A web address under the reserved .example domain, so it can never point at a real site. */
export function fictionalWebsite(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `https://${slug}.example`;
}
