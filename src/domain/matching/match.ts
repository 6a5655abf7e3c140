/**
 * Matching, step 3 of a referral: for a patient's need, the ranked services that can take this
 * patient, each with its reasons, and every considered service that cannot, with all reasons why
 * not. Pure: no I/O, time passed in. See docs/matching.md for the rules.
 *
 * Considered are services of the wanted kinds whose coverage names the patient's municipality (in
 * any period), or that are located within the patient's maximum distance (default 50 km), or that
 * are online without a coverage restriction. Services elsewhere in the country are not listed.
 */
import { assess, resolveNeed, type Assessment } from './assessment';
import { reasonsFor } from './explain';
import { exclusionsFor } from './filters';
import type { MatchIndex } from './index';
import { scoreOf, type ScoreParts } from './score';
import {
  EXCLUSION_REASON_CODES,
  type ExcludedService,
  type ExclusionReasonCode,
  type MatchContext,
  type MatchOutcome,
  type MatchResult,
  type Need,
} from './types';

/** Ranked results returned when the context gives no limit. */
export const DEFAULT_LIMIT = 50;

const NAMES = new Intl.Collator('nl', { sensitivity: 'base' });

interface Scored {
  a: Assessment;
  parts: ScoreParts;
  totalWait: number;
}

/** Total wait for tie-breaking: no waiting list counts as 0, an unknown wait as longest. */
function totalWaitOf(a: Assessment): number {
  if (a.wait.status === 'geen-wachtlijst') return 0;
  if (a.wait.status === 'onbekend') return Number.POSITIVE_INFINITY;
  return a.wait.summary.total;
}

function byRank(x: Scored, y: Scored): number {
  return (
    y.parts.total - x.parts.total ||
    (x.totalWait === y.totalWait ? 0 : x.totalWait < y.totalWait ? -1 : 1) ||
    NAMES.compare(x.a.entry.service.name, y.a.entry.service.name) ||
    (x.a.entry.service.id < y.a.entry.service.id ? -1 : x.a.entry.service.id > y.a.entry.service.id ? 1 : 0)
  );
}

function emptyCounts(): Record<ExclusionReasonCode, number> {
  return Object.fromEntries(EXCLUSION_REASON_CODES.map((code) => [code, 0])) as Record<ExclusionReasonCode, number>;
}

/**
 * Matches a need against the index. Results are ranked by score (score.ts); the excluded list
 * shows services closest to being available first (fewest reasons), then by name.
 */
export function match(index: MatchIndex, need: Need, context: MatchContext): MatchOutcome {
  const resolved = resolveNeed(index, need, context);
  const candidates = index.candidates(resolved.kinds, need.municipalityCode, context.municipalityPoint, resolved.radiusKm);
  const matched: Scored[] = [];
  const excluded: (ExcludedService & { name: string })[] = [];
  const byReason = emptyCounts();

  for (const candidate of candidates) {
    const a = assess(candidate, resolved, index);
    const reasons = exclusionsFor(a, resolved);
    if (reasons.length > 0) {
      const service = candidate.entry.service;
      excluded.push({ serviceId: service.id, name: service.name, reasons });
      for (const code of new Set(reasons.map((r) => r.code))) byReason[code]++;
      continue;
    }
    matched.push({ a, parts: scoreOf(a, resolved), totalWait: totalWaitOf(a) });
  }

  matched.sort(byRank);
  excluded.sort(
    (x, y) =>
      x.reasons.length - y.reasons.length ||
      NAMES.compare(x.name, y.name) ||
      (x.serviceId < y.serviceId ? -1 : x.serviceId > y.serviceId ? 1 : 0),
  );

  const limit = Math.max(0, context.limit ?? DEFAULT_LIMIT);
  const results: MatchResult[] = matched.slice(0, limit).map(({ a, parts }, i) => ({
    serviceId: a.entry.service.id,
    rank: i + 1,
    score: parts.total,
    distanceKm: a.distanceKm === null ? null : Math.round(a.distanceKm * 10) / 10,
    waitWeeks: a.wait.status === 'bekend' ? a.wait.summary : null,
    dataAgeDays: a.dataAgeDays,
    reasons: reasonsFor(a, parts, resolved, index),
  }));

  return {
    results,
    excluded: excluded.map(({ serviceId, reasons }) => ({ serviceId, reasons })),
    counts: { considered: candidates.length, matched: matched.length, excluded: excluded.length, byReason },
    ...(resolved.interpreted ? { interpretedText: resolved.interpreted } : {}),
  };
}
