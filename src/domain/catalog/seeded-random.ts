/**
 * Seeded randomness for generated demo data: the same seed always gives the same numbers, on
 * every machine, so generated data can be tested and reproduced. mulberry32 is a small 32-bit
 * generator, good enough for fictional data (not for anything secret). Independent streams are
 * derived from a seed and a few numbers, so that, for example, the 4,000th organisation comes
 * out the same whether or not the ones before it were generated in the same run.
 */

/** A generator of numbers in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes a seed with further numbers into a new, well-spread 32-bit seed. */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of [...parts, parts.length]) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number from `min` to `max`. */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of the values, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `n` different elements in random order (all of them when the list is shorter). */
  sample<T>(list: readonly T[], n: number): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample<T>(list: readonly T[], n: number): T[] {
      const copy = [...list];
      const count = Math.min(n, copy.length);
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
  };
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/**
 * Deterministic UUIDs (version-4 layout) for generated rows of one entity type: the seed, the
 * entity type and the row number are written into them, so ids never collide within a seed and
 * are recognisable as generated: `0000002a-0003-4000-8000-000000000007` is service 7 of seed 42.
 */
export class UuidSequence {
  private readonly prefix: string;
  private issued = 0;

  constructor(seed: number, entity: number) {
    if (!Number.isInteger(entity) || entity < 0 || entity >= 2 ** 16) throw new Error('entity number out of range');
    this.prefix = `${hex(seed >>> 0, 8)}-${hex(entity, 4)}-4000-8000-`;
  }

  /** How many ids were handed out. */
  get count(): number {
    return this.issued;
  }

  next(): string {
    const n = this.issued++;
    if (n >= 2 ** 48) throw new Error('generated id out of range');
    return this.prefix + hex(n, 12);
  }
}
