/**
 * The ranking formula. Every matched service gets a score from 0 to 1:
 *
 *   score = 0.35 fit + 0.30 wait + 0.20 distance + 0.15 severity
 *           - 0.05 when the revenue ceiling for the patient's insurer is nearly reached
 *
 * - fit: weighted mean of the signals the need gives: diagnosis group (weight 3: 1 if the service
 *   treats it, 0.5 if the service names no groups, 0 otherwise), themes (2: share of the need's
 *   themes the service covers), free-text words found in the service's own text (1: share), a kind
 *   of care named in the text (1). No signals: 0.5.
 * - wait (against the Treeknorm of 4 + 10 = 14 weeks): within the norm 1.0 down to 0.75 as the
 *   total grows to 14; above it 0.6 down to 0.4 at 21 weeks; far above (over 21) 0.3 down to 0 at
 *   42. A wait older than 30 days counts for 0.8 of that. Unknown (none given, or older than 90
 *   days) 0.35: below every wait within or above the norm, above every wait far above it. No
 *   waiting list for the kind (crisis, e-health, peer support): 1.0.
 * - distance: 1 - km / radius (radius: the patient's maximum, else 50 km); 1 for home visits in
 *   the werkgebied and, when the patient prefers online, for online services; 0.5 for online-only
 *   services otherwise.
 * - severity: how the kind suits the referrer's severity (table below); 0.5 for all without one.
 * Ties: shorter total wait first (unknown last), then name, then id.
 */
import type { CareKind, Severity } from '../catalog/vocabulary';
import { TREEKNORM } from '../waiting/treeknorm';
import type { CompleteAssessment, ResolvedNeed } from './assessment';
import type { WaitReading } from './availability';
import { containsAny } from './corpus';

export const WEIGHTS = { fit: 0.35, wait: 0.3, distance: 0.2, severity: 0.15 } as const;
export const FIT_SIGNAL_WEIGHTS = { diagnosis: 3, themes: 2, text: 1, kind: 1 } as const;
export const CEILING_NEARLY_REACHED_PENALTY = 0.05;
export const UNKNOWN_WAIT_SCORE = 0.35;
/** Share of its value a wait older than 30 days (verouderd) keeps. */
export const STALE_WAIT_FACTOR = 0.8;

/** How well each kind of care suits a severity (ernst): licht favours welfare and self-help, ernstig SGGZ. */
export const SEVERITY_FIT: Record<Severity, Partial<Record<CareKind, number>>> = {
  licht: {
    welzijn: 1, wor: 1, ehealth: 1, ervaringsdeskundigheid: 1, amw: 1, 'wor-plus': 0.8,
    'verkennend-gesprek': 0.7, consultatie: 0.6, huisartsenzorg: 0.8, bggz: 0.5, sggz: 0.1, crisis: 0,
  },
  matig: {
    bggz: 1, 'wor-plus': 0.7, 'verkennend-gesprek': 0.7, consultatie: 0.7, huisartsenzorg: 0.7, sggz: 0.6,
    amw: 0.5, welzijn: 0.4, wor: 0.4, ehealth: 0.5, ervaringsdeskundigheid: 0.4, crisis: 0.2,
  },
  ernstig: {
    sggz: 1, crisis: 1, bggz: 0.5, consultatie: 0.5, 'verkennend-gesprek': 0.4, 'wor-plus': 0.3,
    huisartsenzorg: 0.3, amw: 0.2, welzijn: 0.2, wor: 0.2, ehealth: 0.2, ervaringsdeskundigheid: 0.3,
  },
};

export interface FitDetail {
  score: number;
  /** null when the need names no diagnosis group. */
  diagnosis: 'behandelt' | 'algemeen' | 'niet' | null;
  groups: string[];
  themes: string[];
  textWords: string[];
  kindNamed: boolean;
}

export interface ScoreParts {
  fit: FitDetail;
  wait: number;
  distance: number;
  severity: number;
  penalty: number;
  total: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The fit part. With `detail` it also records what matched (for the reasons shown); without, it
 * only counts, so that every matched service can be ranked without allocating.
 */
function fitCore(a: CompleteAssessment, need: ResolvedNeed, detail: FitDetail | null): number {
  const service = a.entry.service;
  let weighted = 0;
  let weights = 0;
  if (need.diagnosisGroups.length > 0) {
    let treated = 0;
    for (const group of need.diagnosisGroups) {
      if (!service.diagnosisGroups.includes(group)) continue;
      treated++;
      detail?.groups.push(group);
    }
    const diagnosis = treated > 0 ? 'behandelt' : service.diagnosisGroups.length === 0 ? 'algemeen' : 'niet';
    if (detail) detail.diagnosis = diagnosis;
    weighted += FIT_SIGNAL_WEIGHTS.diagnosis * (diagnosis === 'behandelt' ? 1 : diagnosis === 'algemeen' ? 0.5 : 0);
    weights += FIT_SIGNAL_WEIGHTS.diagnosis;
  }
  if (need.themes.length > 0) {
    let shared = 0;
    for (const theme of need.themes) {
      if (!service.themes.includes(theme)) continue;
      shared++;
      detail?.themes.push(theme);
    }
    weighted += FIT_SIGNAL_WEIGHTS.themes * (shared / need.themes.length);
    weights += FIT_SIGNAL_WEIGHTS.themes;
  }
  if (need.queryWords.length > 0) {
    let hits = 0;
    for (const word of need.queryWords) {
      if (!containsAny(a.entry.textIds, word.ids)) continue;
      hits++;
      detail?.textWords.push(word.token);
    }
    weighted += FIT_SIGNAL_WEIGHTS.text * (hits / need.queryWords.length);
    weights += FIT_SIGNAL_WEIGHTS.text;
  }
  if (need.textKinds.length > 0) {
    const named = need.textKinds.includes(service.kind);
    if (detail) detail.kindNamed = named;
    weighted += FIT_SIGNAL_WEIGHTS.kind * (named ? 1 : 0);
    weights += FIT_SIGNAL_WEIGHTS.kind;
  }
  return weights === 0 ? 0.5 : weighted / weights;
}

/** The fit part of the score with what matched, for explanations. */
export function fitOf(a: CompleteAssessment, need: ResolvedNeed): FitDetail {
  const detail: FitDetail = { score: 0, diagnosis: null, groups: [], themes: [], textWords: [], kindNamed: false };
  detail.score = fitCore(a, need, detail);
  return detail;
}

/** The wait part of the score; see the module comment for the curve. */
export function waitScore(wait: WaitReading): number {
  if (wait.status === 'geen-wachtlijst') return 1;
  if (wait.status === 'onbekend') return UNKNOWN_WAIT_SCORE;
  const { total, normStatus } = wait.summary;
  const norm = TREEKNORM.totalWeeks;
  const curve =
    normStatus === 'binnen'
      ? 1 - 0.25 * clamp01(total / norm)
      : normStatus === 'boven'
        ? 0.6 - 0.2 * clamp01((total - norm) / (norm * 0.5))
        : 0.3 * (1 - clamp01((total - norm * 1.5) / (norm * 1.5)));
  return wait.freshness === 'verouderd' ? curve * STALE_WAIT_FACTOR : curve;
}

function distanceScore(a: CompleteAssessment, need: ResolvedNeed): number {
  if (a.nearBy === 'aan-huis') return 1;
  if (a.nearBy === 'online' && need.need.preferences?.online) return 1;
  if (a.distanceKm === null) return 0.5;
  return clamp01(1 - a.distanceKm / Math.max(1, need.radiusKm));
}

function severityScore(a: CompleteAssessment, need: ResolvedNeed): number {
  return need.need.severity ? (SEVERITY_FIT[need.need.severity][a.entry.service.kind] ?? 0.5) : 0.5;
}

function penaltyOf(a: CompleteAssessment): number {
  return a.contract.status === 'gecontracteerd' && a.contract.ceiling === 'bijna' ? CEILING_NEARLY_REACHED_PENALTY : 0;
}

/** The formula itself: weighted parts minus the penalty, clamped to 0..1 and rounded to 4 decimals. */
function combine(fit: number, wait: number, distance: number, severity: number, penalty: number): number {
  const raw =
    WEIGHTS.fit * fit + WEIGHTS.wait * wait + WEIGHTS.distance * distance + WEIGHTS.severity * severity - penalty;
  return Math.round(clamp01(raw) * 10_000) / 10_000;
}

/** The score of one matched service, without its breakdown: used to rank every match. */
export function scoreValue(a: CompleteAssessment, need: ResolvedNeed): number {
  return combine(fitCore(a, need, null), waitScore(a.wait), distanceScore(a, need), severityScore(a, need), penaltyOf(a));
}

/** The score with its parts, for the services shown (same number as scoreValue). */
export function scoreOf(a: CompleteAssessment, need: ResolvedNeed): ScoreParts {
  const fit = fitOf(a, need);
  const wait = waitScore(a.wait);
  const distance = distanceScore(a, need);
  const severity = severityScore(a, need);
  const penalty = penaltyOf(a);
  return { fit, wait, distance, severity, penalty, total: combine(fit.score, wait, distance, severity, penalty) };
}
