/**
 * Matching, step 3 of a referral: for a patient's need, the ranked services that can take this
 * patient, each with its reasons, and every considered service that cannot, with all reasons why
 * not. Pure: no I/O, time passed in. See docs/matching.md for the rules.
 *
 * Considered are services of the wanted kinds that: name the patient's municipality in their
 * coverage (in any period); or have no werkgebied and lie within the patient's maximum distance
 * (default 50 km); or are online without a werkgebied; or have a werkgebied elsewhere but lie
 * within 10 km (shown as "buiten werkgebied"). Services elsewhere in the country are not listed.
 */
import { assess, complete, NEIGHBOURHOOD_KM, resolveNeed, type CompleteAssessment } from './assessment';
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

/** Plain code-point order of normalised names: deterministic and fast (locale collation is slow at this volume). */
const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

interface Scored {
  a: CompleteAssessment;
  parts: ScoreParts;
  totalWait: number;
}

/** Total wait for tie-breaking: no waiting list counts as 0, an unknown wait as longest. */
function totalWaitOf(a: CompleteAssessment): number {
  if (a.wait.status === 'geen-wachtlijst') return 0;
  if (a.wait.status === 'onbekend') return Number.POSITIVE_INFINITY;
  return a.wait.summary.total;
}

function byRank(x: Scored, y: Scored): number {
  return (
    y.parts.total - x.parts.total ||
    (x.totalWait === y.totalWait ? 0 : x.totalWait < y.totalWait ? -1 : 1) ||
    compareText(x.a.entry.sortName, y.a.entry.sortName) ||
    compareText(x.a.entry.service.id, y.a.entry.service.id)
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
  const candidates = index.candidates(
    resolved.kinds,
    need.municipalityCode,
    context.municipalityPoint,
    resolved.radiusKm,
    NEIGHBOURHOOD_KM,
  );
  const matched: Scored[] = [];
  const excluded: (ExcludedService & { name: string })[] = [];
  const byReason = emptyCounts();

  for (const candidate of candidates) {
    const a = assess(candidate, resolved);
    const reasons = exclusionsFor(a, resolved);
    if (reasons.length > 0) {
      const service = candidate.entry.service;
      excluded.push({ serviceId: service.id, name: candidate.entry.sortName, reasons });
      for (const code of new Set(reasons.map((r) => r.code))) byReason[code]++;
      continue;
    }
    const completed = complete(a, resolved);
    matched.push({ a: completed, parts: scoreOf(completed, resolved), totalWait: totalWaitOf(completed) });
  }

  matched.sort(byRank);
  excluded.sort(
    (x, y) =>
      x.reasons.length - y.reasons.length ||
      compareText(x.name, y.name) ||
      compareText(x.serviceId, y.serviceId),
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
