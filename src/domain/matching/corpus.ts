/**
 * The dictionary of words in service names and descriptions, so that a referrer's free text can be
 * compared with each service's own text quickly. Each distinct stem gets a number; a service keeps
 * the sorted numbers of its stems; a query word is expanded once per match to the numbers it
 * should hit (same stem, compounds either way, or the nearest word within typo distance).
 */
import { contentTokens, damerauLevenshtein, stem, tokenize, typoAllowance } from './text';

/** Shortest stem worth indexing. */
const MIN_STEM = 3;
/** Shortest stem whose compounds are matched ("rouw" hits "rouwgroep"). */
const MIN_COMPOUND_HEAD = 4;
/** Shortest corpus stem matched as the head of a longer query word ("depressiebehandeling" hits "depressie"). */
const MIN_COMPOUND_PART = 5;
const MAX_EXPANSIONS = 50;

export interface Expansion {
  /** Stem numbers the query word should hit. */
  ids: number[];
  /** The corpus word it was corrected to when it only matched by typo distance. */
  correctedTo: string | null;
}

export class TextCorpus {
  private readonly idOf = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly surfaces: string[] = [];
  private readonly uses: number[] = [];
  private sorted: string[] | null = null;
  private byLength: Map<number, string[]> | null = null;

  /** Registers a service's text and returns the sorted numbers of its stems. */
  add(text: string): Uint32Array {
    const ids = new Set<number>();
    for (const token of contentTokens(tokenize(text))) {
      const key = stem(token);
      if (key.length < MIN_STEM) continue;
      let id = this.idOf.get(key);
      if (id === undefined) {
        id = this.stems.length;
        this.idOf.set(key, id);
        this.stems.push(key);
        this.surfaces.push(token);
        this.uses.push(0);
        this.sorted = null;
        this.byLength = null;
      }
      ids.add(id);
    }
    const result = Uint32Array.from(ids).sort();
    for (const id of result) this.uses[id]!++;
    return result;
  }

  /** Forgets one service's use of its stems (the numbers stay reserved). */
  release(ids: Uint32Array): void {
    for (const id of ids) this.uses[id]!--;
  }

  /** A readable word for a stem number. */
  surface(id: number): string {
    return this.surfaces[id] ?? '';
  }

  /** The stem numbers a query word should hit; empty when no service uses anything like it. */
  expand(token: string): Expansion {
    const key = stem(token);
    const found = new Set<number>();
    const add = (candidate: string) => {
      const id = this.idOf.get(candidate);
      if (id !== undefined && this.uses[id]! > 0 && found.size < MAX_EXPANSIONS) found.add(id);
    };
    add(key);
    if (key.length >= MIN_COMPOUND_HEAD) {
      const sorted = this.sortedStems();
      for (let i = lowerBound(sorted, key); i < sorted.length && sorted[i]!.startsWith(key); i++) add(sorted[i]!);
    }
    for (let length = MIN_COMPOUND_PART; length < key.length; length++) add(key.slice(0, length));
    if (found.size > 0) return { ids: [...found], correctedTo: null };

    const allowed = typoAllowance(key.length);
    if (allowed === 0) return { ids: [], correctedTo: null };
    let best = allowed + 1;
    let nearest: string[] = [];
    const buckets = this.stemsByLength();
    for (let length = key.length - allowed; length <= key.length + allowed; length++) {
      for (const candidate of buckets.get(length) ?? []) {
        if (this.uses[this.idOf.get(candidate)!] === 0) continue;
        const distance = damerauLevenshtein(key, candidate, Math.min(allowed, best));
        if (distance < best) [best, nearest] = [distance, [candidate]];
        else if (distance === best && distance <= allowed) nearest.push(candidate);
      }
    }
    nearest.sort().forEach(add);
    const first = nearest[0];
    return { ids: [...found], correctedTo: first === undefined ? null : this.surface(this.idOf.get(first)!) };
  }

  private sortedStems(): string[] {
    this.sorted ??= [...this.stems].sort();
    return this.sorted;
  }

  private stemsByLength(): Map<number, string[]> {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const s of this.stems) {
        const bucket = this.byLength.get(s.length);
        if (bucket) bucket.push(s);
        else this.byLength.set(s.length, [s]);
      }
    }
    return this.byLength;
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a service's sorted stem numbers contain any of `ids`. */
export function containsAny(sortedIds: Uint32Array, ids: readonly number[]): boolean {
  for (const id of ids) {
    let low = 0;
    let high = sortedIds.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = sortedIds[mid]!;
      if (value === id) return true;
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
  }
  return false;
}
