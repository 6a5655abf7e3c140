/**
 * Free-text interpretation: turns what a referrer types ("client is somber, heeft schulden") into
 * diagnosis groups, themes and kinds of care, tolerating typos, accents, case, inflections and
 * compounds. Also the normalisation and light stemming that the index applies to service texts,
 * so that the need's words and the services' words are compared in the same form.
 */
import type { CareKind, Theme } from '../catalog/vocabulary';
import { FALSE_FRIENDS, STOPWORDS, TERMS, type Term } from './terms';
import type { InterpretedText, InterpretedTerm } from './types';

/** Lower case, accents removed, "+" spelled out, hyphens inside words removed ("burn-out" -> "burnout"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '');
}

/** The normalised words of a text, in order. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Words that matter for matching: no stop words, at least three characters. */
export function contentTokens(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token.length >= 3 && !STOPWORDS.has(token));
}

/** How many typing errors a word of this length may contain: none under 5 letters, 1 up to 8, 2 beyond. */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  if (length <= 8) return 1;
  return 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Longest first, so "depressies" loses "ies" rather than "es". */
const STEM_SUFFIXES = ['heden', 'ische', 'ingen', 'heid', 'isch', 'ieve', 'ieen', 'ies', 'ing', 'ief', 'en', 'es', 'ie', 'ig', 'e', 's'];

/**
 * A light Dutch stem used only as a matching key: up to two common suffixes removed (keeping at
 * least four letters), then doubled letters collapsed so that "eenzaamheid" and "eenzame", or
 * "psycholoog" and "psychologen", share a key.
 */
export function stem(token: string): string {
  let word = token;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = STEM_SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
    if (!suffix) break;
    word = word.slice(0, -suffix.length);
  }
  return word.replace(/(.)\1+/g, '$1');
}

/** Lower is better: 0 exact, 1 a prefix (inflection, compound), 2–3 a typo, 4 a typo in a prefix. */
function matchQuality(token: string, word: string, prefix: boolean): number | null {
  if (token === word) return 0;
  if (prefix && token.startsWith(word)) return 1;
  const allowed = typoAllowance(Math.min(token.length, word.length));
  if (allowed > 0) {
    const distance = damerauLevenshtein(token, word, allowed);
    if (distance <= allowed) return 1 + distance;
  }
  if (prefix && token.length > word.length && typoAllowance(word.length) > 0) {
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      if (length <= token.length && damerauLevenshtein(token.slice(0, length), word, 1) <= 1) return 4;
    }
  }
  return null;
}

const PHRASES = TERMS.filter((t) => t.words.length > 1).sort((a, b) => b.words.length - a.words.length);
const SINGLE_WORDS = TERMS.filter((t) => t.words.length === 1);
const EXACT = new Map<string, Term>();
for (const t of SINGLE_WORDS) if (!EXACT.has(t.words[0]!)) EXACT.set(t.words[0]!, t);

function bestSingleWord(token: string): Term | null {
  if (FALSE_FRIENDS.has(token)) return null;
  const exact = EXACT.get(token);
  if (exact) return exact;
  let best: { term: Term; quality: number } | null = null;
  for (const candidate of SINGLE_WORDS) {
    const word = candidate.words[0]!;
    const quality = matchQuality(token, word, candidate.prefix);
    if (quality === null) continue;
    const better =
      !best || quality < best.quality || (quality === best.quality && word.length > best.term.words[0]!.length);
    if (better) best = { term: candidate, quality };
  }
  return best?.term ?? null;
}

/** Matches a phrase at `start`; every word may have a typo, the last may also be a prefix. */
function phraseAt(tokens: readonly string[], start: number): Term | null {
  for (const phrase of PHRASES) {
    const n = phrase.words.length;
    if (start + n > tokens.length) continue;
    const fits = phrase.words.every(
      (word, i) => matchQuality(tokens[start + i]!, word, phrase.prefix && i === n - 1) !== null,
    );
    if (fits) return phrase;
  }
  return null;
}

/** The interpretation plus the content words, which matching also compares with service texts. */
export interface TextInterpretation extends InterpretedText {
  contentTokens: string[];
}

/**
 * Interprets free text: phrases first ("maatschappelijk werk" is a kind of care, not the theme
 * "werk"), then single words by exact form, then prefix, then typo distance. Negation ("geen
 * psychose") is not understood; the result only steers ranking, never exclusion.
 */
export function interpretText(text: string): TextInterpretation {
  const tokens = tokenize(text);
  const diagnosisGroups = new Set<string>();
  const themes = new Set<Theme>();
  const careKinds = new Set<CareKind>();
  const terms: InterpretedTerm[] = [];
  const seenTerms = new Set<string>();

  for (let i = 0; i < tokens.length; ) {
    const phrase = phraseAt(tokens, i);
    const found = phrase ?? (STOPWORDS.has(tokens[i]!) ? null : bestSingleWord(tokens[i]!));
    const width = phrase ? phrase.words.length : 1;
    if (found) {
      const target = found.target;
      if (target.kind === 'diagnosis') diagnosisGroups.add(target.code);
      else if (target.kind === 'theme') themes.add(target.theme);
      else careKinds.add(target.careKind);
      const input = tokens.slice(i, i + width).join(' ');
      const matched = found.words.join(' ');
      if (!seenTerms.has(`${input}|${matched}`)) {
        seenTerms.add(`${input}|${matched}`);
        terms.push({ input, matched });
      }
    }
    i += width;
  }

  return {
    diagnosisGroups: [...diagnosisGroups],
    themes: [...themes],
    careKinds: [...careKinds],
    terms,
    contentTokens: [...new Set(contentTokens(tokens))],
  };
}
