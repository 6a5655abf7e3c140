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
import { scoreOf, scoreValue } from './score';
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

/** Total wait for tie-breaking: no waiting list counts as 0, an unknown wait as longest. */
function totalWaitOf(a: CompleteAssessment): number {
  if (a.wait.status === 'geen-wachtlijst') return 0;
  if (a.wait.status === 'onbekend') return Number.POSITIVE_INFINITY;
  return a.wait.summary.total;
}

/**
 * Indexes of the top `limit` matches in rank order: score, then shorter total wait, then name,
 * then id. Everything is ordered by the numbers first; names (slow to compare at this volume) only
 * decide within the top `limit`, widened to the whole tie group at its edge.
 */
function rank(matched: CompleteAssessment[], scores: number[], waits: number[], limit: number): number[] {
  const byNumbers = (x: number, y: number) =>
    scores[y]! - scores[x]! || (waits[x] === waits[y] ? 0 : waits[x]! < waits[y]! ? -1 : 1);
  const order = matched.map((_, i) => i);
  order.sort(byNumbers);
  let end = Math.min(limit, order.length);
  while (end > 0 && end < order.length && byNumbers(order[end - 1]!, order[end]!) === 0) end++;
  const top = order.slice(0, end);
  top.sort(
    (x, y) =>
      byNumbers(x, y) ||
      compareText(matched[x]!.entry.sortName, matched[y]!.entry.sortName) ||
      compareText(matched[x]!.entry.service.id, matched[y]!.entry.service.id),
  );
  return top.slice(0, limit);
}

/** Order of the excluded list: closest to being available (fewest reasons) first, then nearest, then name and id. */
function orderExcluded(excluded: ExcludedService[], km: number[], names: string[]): number[] {
  const order = excluded.map((_, i) => i);
  return order.sort(
    (x, y) =>
      excluded[x]!.reasons.length - excluded[y]!.reasons.length ||
      (km[x] === km[y] ? 0 : km[x]! < km[y]! ? -1 : 1) ||
      compareText(names[x]!, names[y]!) ||
      compareText(excluded[x]!.serviceId, excluded[y]!.serviceId),
  );
}

function emptyCounts(): Record<ExclusionReasonCode, number> {
  return Object.fromEntries(EXCLUSION_REASON_CODES.map((code) => [code, 0])) as Record<ExclusionReasonCode, number>;
}

/**
 * Matches a need against the index. Results are ranked by score (score.ts); the excluded list
 * shows services closest to being available first (fewest reasons), then the nearest.
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
  const considered = candidates.entries.length;
  // Parallel arrays, ranked through an index array: no per-service wrapper objects.
  const matched: CompleteAssessment[] = [];
  const scores: number[] = [];
  const waits: number[] = [];
  const excluded: ExcludedService[] = [];
  const excludedNames: string[] = [];
  const excludedKm: number[] = [];
  const byReason = emptyCounts();

  for (let i = 0; i < considered; i++) {
    const a = assess(candidates, i, resolved);
    const reasons = exclusionsFor(a, resolved);
    if (reasons.length > 0) {
      excluded.push({ serviceId: a.entry.id, reasons });
      excludedNames.push(a.entry.sortName);
      excludedKm.push(a.distanceKm ?? Number.POSITIVE_INFINITY);
      // Reasons come in filter order and only exclusion criteria repeat, next to each other:
      // counting each change of code counts every service once per code.
      reasons.forEach(({ code }, r) => {
        if (r === 0 || reasons[r - 1]!.code !== code) byReason[code]++;
      });
      continue;
    }
    const completed = complete(a, resolved);
    matched.push(completed);
    scores.push(scoreValue(completed, resolved));
    waits.push(totalWaitOf(completed));
  }

  const limit = Math.max(0, context.limit ?? DEFAULT_LIMIT);
  const ranking = rank(matched, scores, waits, limit);
  const excludedOrder = orderExcluded(excluded, excludedKm, excludedNames);

  const results: MatchResult[] = ranking.map((at, i) => {
    const a = matched[at]!;
    const parts = scoreOf(a, resolved);
    return {
      serviceId: a.entry.service.id,
      rank: i + 1,
      score: parts.total,
      distanceKm: a.distanceKm === null ? null : Math.round(a.distanceKm * 10) / 10,
      waitWeeks: a.wait.status === 'bekend' ? a.wait.summary : null,
      dataAgeDays: a.dataAgeDays,
      reasons: reasonsFor(a, parts, resolved, index),
    };
  });

  return {
    results,
    excluded: excludedOrder.map((at) => excluded[at]!),
    counts: { considered, matched: matched.length, excluded: excluded.length, byReason },
    ...(resolved.interpreted ? { interpretedText: resolved.interpreted } : {}),
  };
}
