/**
 * The identifier check of the overlegtafel: a case is discussed anonymised (seed 001: "een
 * geanonimiseerde casus"), so its text must not contain what points to one person. The check finds
 * obvious identifiers in free text and says what and where they are, so the form can warn while
 * the GP types and the server can refuse the same text. It is a safety net against slips, not a
 * guarantee of anonymity: a rare disease in a small village identifies as well, and only the GP can
 * judge that.
 *
 * Found: BSN (9 digits that pass the elfproef, also written with dots or spaces), complete dates
 * (a date of birth, but any day-month-year date identifies; write "sinds 2 maanden" instead),
 * postcodes, street + house number, phone numbers (Dutch and international), e-mail addresses, and
 * names (after a title such as mevrouw or dhr., after "naam:", or a common first name followed by a
 * surname). Not found, on purpose: ages ("45 jaar"), years alone ("sinds 2019"), durations
 * ("3 weken"), scores and doses.
 */
import { isIsoDate } from '../calendar/iso-date';
import { passesElevenTest } from '../referrals/bsn';
import { COMMON_FIRST_NAMES } from './dutch-first-names';

export const IDENTIFIER_KINDS = [
  'bsn',
  'datum',
  'postcode',
  'adres',
  'telefoonnummer',
  'e-mailadres',
  'naam',
] as const;
/** A kind of identifier; the values are Dutch because the GP sees them. */
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  bsn: 'BSN',
  datum: 'datum (zoals een geboortedatum)',
  postcode: 'postcode',
  adres: 'adres',
  telefoonnummer: 'telefoonnummer',
  'e-mailadres': 'e-mailadres',
  naam: 'naam',
};

/** What to write instead, per kind. */
export const IDENTIFIER_ADVICE: Record<IdentifierKind, string> = {
  bsn: 'Laat het BSN weg; de overlegtafel heeft het niet nodig.',
  datum: 'Noem een leeftijdscategorie of een duur ("sinds 2 maanden") in plaats van een datum.',
  postcode: 'Noem hooguit de gemeente of "in de regio".',
  adres: 'Noem hooguit de gemeente of "in de regio".',
  telefoonnummer: 'Laat contactgegevens weg.',
  'e-mailadres': 'Laat contactgegevens weg.',
  naam: 'Schrijf "mevrouw", "meneer" of "de patiënt" zonder naam.',
};

export interface FoundIdentifier {
  kind: IdentifierKind;
  /** The text as found. */
  text: string;
  /** Offset of the first character in the checked text (UTF-16 code units, as JavaScript counts). */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

interface Detector {
  kind: IdentifierKind;
  /** Global regular expression; with the `d` flag when `group` picks the part to report. */
  pattern: RegExp;
  group?: number;
  accept?: (match: RegExpExecArray) => boolean;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** True when day, month and year (two digits for any century) make a real calendar date. */
function realDate(day: number, month: number, year: number): boolean {
  const fullYear = year < 100 ? 2000 + year : year;
  if (fullYear < 1900 || fullYear > 2099) return false;
  return isIsoDate(`${fullYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const UPPER = '\\p{Lu}';
const LOWER = '\\p{Ll}';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
/** Dutch surname prefixes (tussenvoegsels), written small or, at the start, capitalised. */
const PREFIX = "(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Hh]et|'t|[Ll]a|[Ll]e|[Ee]l|[Dd]a|[Dd]os)";
/** One capitalised name word, possibly double-barrelled ("Bakker-de Boer"). */
const NAME_WORD = `${UPPER}${LOWER}+(?:-(?:${PREFIX}\\s)*${UPPER}${LOWER}+)?`;
/** A surname with its prefixes: "de Vries", "van der Berg", "Jansen". */
const SURNAME = `(?:${PREFIX}\\s+)*${NAME_WORD}`;
const TITLE =
  '(?:[Mm]evrouw|[Mm]evr\\.?|[Mm]w\\.?|[Mm]ej\\.?|[Mm]ejuffrouw|[Mm]eneer|[Mm]nr\\.?|[Dd]hr\\.?|[Dd]e\\s+[Hh]eer)';
const INITIALS = `(?:${UPPER}\\.\\s?){1,4}`;

/** Street suffixes that are (almost) only streets, in any case; and weaker ones, capitalised only. */
const STREET_STRONG = 'straat|laan|gracht|singel|dreef|steeg|kade|plein|weg|dijk|straatweg';
const STREET_WEAK = 'hof|markt|pad|park|erf|wal|haven|allee|boulevard|plantsoen';
const HOUSE_NUMBER = `\\d{1,5}(?:\\s?[a-zA-Z]${NOT_LETTER_AFTER}|[-/]\\d{1,4}|\\s?(?:bis|hs|huis)${NOT_LETTER_AFTER})?(?!\\d)`;
/** Capitalised words before the street word, with their prefixes: "Burgemeester de", "Van". */
const STREET_PREFIX_WORDS = `(?:${UPPER}[\\p{L}'.-]*\\s+(?:${PREFIX}\\s+)*){0,3}`;
/** A word of a name as typed after "naam:", possibly an initial ("P."). */
const TYPED_NAME_WORD = "\\p{L}(?:\\.|[\\p{L}'-]*)";

/** Words for relatives, small or capitalised ("dochter", "Dochter"). */
const RELATIVES = [
  'dochter',
  'zoon',
  'partner',
  'man',
  'vrouw',
  'echtgenoot',
  'echtgenote',
  'moeder',
  'vader',
  'broer',
  'zus',
  'zuster',
  'vriend',
  'vriendin',
  'kleinzoon',
  'kleindochter',
  'buurman',
  'buurvrouw',
]
  .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
  .join('|');
const ORIGIN_FOLLOWS = /^\s+(?:afkomst|komaf|herkomst|origine|achtergrond)/u;

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** In order of precedence: where two finds overlap, the earlier detector wins. */
const DETECTORS: readonly Detector[] = [
  {
    kind: 'e-mailadres',
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  },
  {
    // 3-3-1985, 03/03/85, 3.3.1985 (the same separator twice); not part of a longer number chain
    kind: 'datum',
    pattern: /(?<![\d./-]|\d[./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[-/.]\d)/gu,
    accept: (m) => realDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    kind: 'datum',
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu,
    accept: (m) => realDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // 3 maart 1985, 3e mrt. 1985
    kind: 'datum',
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})e?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    accept: (m) => realDate(Number(m[1]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[3])),
  },
  {
    // +31 6 12345678, 0031-30-1234567, +31 (0)6 1234 5678
    kind: 'telefoonnummer',
    pattern: /(?<![\d+])(?:\+|00)\s?31[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){8}(?!\d)/gu,
  },
  {
    // 06-12345678, 030 123 45 67, 0318-123456, 0612345678
    kind: 'telefoonnummer',
    pattern: /(?<![\d+])0(?:(?:\s?[.-]\s?|\s)?\d){9}(?![\d])/gu,
  },
  {
    // (030) 123 45 67
    kind: 'telefoonnummer',
    pattern: /\(0\d{1,3}\)[\s.-]?\d(?:[\s.-]?\d){4,7}(?!\d)/gu,
    accept: (m) => m[0].replace(/\D/g, '').length === 10,
  },
  {
    // other countries: +32 470 12 34 56
    kind: 'telefoonnummer',
    pattern: /(?<![\d+])\+(?!31)\d{1,3}(?:[\s.-]?\d){6,12}(?!\d)/gu,
  },
  {
    kind: 'bsn',
    pattern: /(?<!\d[.,]?)(\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3})(?![.,]?\d)/gu,
    accept: (m) => passesElevenTest(m[0].replace(/\D/g, '')),
  },
  {
    // 3811 AB; SA, SD and SS are not used in Dutch postcodes
    kind: 'postcode',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}[1-9]\\d{3}\\s?(?!S[ADS])[A-Z]{2}${NOT_LETTER_AFTER}`, 'gu'),
  },
  {
    kind: 'adres',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}${STREET_PREFIX_WORDS}(?:\\p{L}[\\p{L}'-]*(?:${STREET_STRONG})|${UPPER}[\\p{L}'-]*(?:${STREET_WEAK}))\\s+${HOUSE_NUMBER}`,
      'gu',
    ),
  },
  {
    // mevrouw Jansen, dhr. P. de Vries, de heer Van den Berg, mw. Anna Bakker-de Boer
    kind: 'naam',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}${TITLE}\\s+((?:${INITIALS})?${SURNAME}(?:\\s+${SURNAME}){0,2})`,
      'gdu',
    ),
    group: 1,
    // "meneer van Turkse afkomst" describes a background, not a name
    accept: (m) => !ORIGIN_FOLLOWS.test(m.input.slice(m.index + m[0].length)),
  },
  {
    // Naam: Piet Jansen; naam patiënt: ...
    kind: 'naam',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}[Nn]aam(?:\\s+(?:van\\s+)?(?:de\\s+)?(?:pati[eë]nte?|cli[eë]nte?))?\\s*:\\s*(${TYPED_NAME_WORD}(?:\\s+${TYPED_NAME_WORD}){0,3})`,
      'gdu',
    ),
    group: 1,
    accept: (m) => !/^(?:anoniem|onbekend|n\.?n\.?|x|y|nvt|n\.v\.t\.?)$/i.test(m[1] ?? ''),
  },
  {
    // heet Klaas, genaamd Fatima, roepnaam Joop
    kind: 'naam',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:heet|genaamd|roepnaam)\\s+(${NAME_WORD}(?:\\s+${SURNAME})?)`,
      'gdu',
    ),
    group: 1,
  },
  {
    // dochter Lisa, partner Mohamed: a relative's first name points to the family
    kind: 'naam',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${RELATIVES})\\s+((?:${COMMON_FIRST_NAMES.join('|')})(?:\\s+${SURNAME})?)${NOT_LETTER_AFTER}`,
      'gdu',
    ),
    group: 1,
  },
  {
    // Anna Bakker, Jan de Vries
    kind: 'naam',
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${COMMON_FIRST_NAMES.join('|')})\\s+${SURNAME}${NOT_LETTER_AFTER}`,
      'gu',
    ),
  },
];

/**
 * Finds obvious identifiers in a text, in text order, without overlaps. An empty list means the
 * check found nothing, not that the text is anonymous.
 */
export function findIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const detector of DETECTORS) {
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      if (detector.accept && !detector.accept(match)) continue;
      const span = detector.group === undefined ? undefined : match.indices?.[detector.group];
      const start = span ? span[0] : match.index;
      const end = span ? span[1] : match.index + match[0].length;
      const value = text.slice(start, end).trimEnd();
      if (value === '' || overlaps(start, start + value.length)) continue;
      found.push({ kind: detector.kind, text: value, start, end: start + value.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One Dutch line per find: 'telefoonnummer "06-12345678"'. */
export function describeIdentifier(found: FoundIdentifier): string {
  return `${IDENTIFIER_LABELS[found.kind]} "${found.text}"`;
}
