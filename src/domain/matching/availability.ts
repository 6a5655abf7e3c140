/**
 * What a service's facts say on a given day for one patient: whether its coverage (werkgebied)
 * includes the patient's municipality, which contract and revenue ceiling apply for the patient's
 * insurer this year, and which waiting time applies to the patient's diagnosis group and how old
 * it is. Pure readings of the data; the decisions (exclude, rank, explain) are made elsewhere.
 */
import type { CoverageArea, Insurer, IsoDate, WaitFact } from '../catalog/types';
import { CEILING_STATE_IDS, type CeilingState } from '../catalog/vocabulary';
import { daysSince, freshness, type Freshness } from '../waiting/staleness';
import { normStatus, totalWaitWeeks } from '../waiting/treeknorm';
import { CONTRACT_FIELD, CONTRACT_STRIDE, type IndexedService } from './index';
import type { WaitSummary } from './types';

export type CoverageReading =
  /** The service names no werkgebied: it takes patients from anywhere. */
  | { status: 'onbeperkt' }
  | { status: 'ja' }
  | { status: 'nog-niet'; from: IsoDate }
  | { status: 'niet-meer'; until: IsoDate }
  | { status: 'nee' };

/** Coverage of `municipalityCode` on `today`; validFrom and validTo are both inclusive. */
const COVERED: CoverageReading = { status: 'ja' };
const NOT_COVERED: CoverageReading = { status: 'nee' };
const UNRESTRICTED: CoverageReading = { status: 'onbeperkt' };

/**
 * Coverage of the patient's municipality on `today`, from the service's coverage areas for that
 * municipality (`null`: it names the municipality in no period). validFrom and validTo are both
 * inclusive. `bounded` says whether the service names a werkgebied at all.
 */
export function coverageOn(areas: readonly CoverageArea[] | null, bounded: boolean, today: IsoDate): CoverageReading {
  if (!bounded) return UNRESTRICTED;
  let from: IsoDate | null = null;
  let until: IsoDate | null = null;
  for (const c of areas ?? []) {
    if (c.validFrom > today) {
      if (from === null || c.validFrom < from) from = c.validFrom;
    } else if (c.validTo !== null && c.validTo < today) {
      if (until === null || c.validTo > until) until = c.validTo;
    } else {
      return COVERED;
    }
  }
  if (from !== null) return { status: 'nog-niet', from };
  if (until !== null) return { status: 'niet-meer', until };
  return NOT_COVERED;
}

export type ContractReading =
  /** The kind of care is not paid by insurers (welfare, crisis, e-health...). */
  | { status: 'niet-nodig' }
  | { status: 'verzekeraar-onbekend' }
  | { status: 'geen-contract'; insurer: Insurer; year: number; moment?: number }
  | { status: 'plafond-bereikt'; insurer: Insurer; year: number; moment: number }
  /** `moment`: when the contract fact used was confirmed (epoch ms). */
  | { status: 'gecontracteerd'; insurer: Insurer; year: number; ceiling: Exclude<CeilingState, 'bereikt'>; moment: number };

const NOT_NEEDED: ContractReading = { status: 'niet-nodig' };
const INSURER_UNKNOWN: ContractReading = { status: 'verzekeraar-onbekend' };
const NO_WAITING_LIST: WaitReading = { status: 'geen-wachtlijst' };

/**
 * The contract for the patient's insurer in `year`. Insurers contract per concern (Achmea for
 * Zilveren Kruis, FBTO, Interpolis...), so a fact for the patient's own label counts first, and
 * otherwise the most recently confirmed fact for any label of the same concern. Reads the facts
 * packed on the index entry (CONTRACT_FIELD); `parties` are the patient's insurer and concern
 * numbers in the index.
 */
export function contractFor(
  entry: IndexedService,
  insurer: Insurer | null,
  year: number,
  parties: { insurer: number; concern: number },
): ContractReading {
  if (!entry.requiresContract) return NOT_NEEDED;
  if (!insurer) return INSURER_UNKNOWN;
  const facts = entry.contractFacts;
  let own = -1;
  let sibling = -1;
  for (let at = 0; at < facts.length; at += CONTRACT_STRIDE) {
    if (facts[at + CONTRACT_FIELD.year] !== year) continue;
    const party = facts[at + CONTRACT_FIELD.insurer];
    const moment = facts[at + CONTRACT_FIELD.moment]!;
    if (party === parties.insurer) {
      if (own < 0 || moment > facts[own + CONTRACT_FIELD.moment]!) own = at;
    } else if (party === parties.concern || facts[at + CONTRACT_FIELD.concern] === parties.concern) {
      if (sibling < 0 || moment > facts[sibling + CONTRACT_FIELD.moment]!) sibling = at;
    }
  }
  const chosen = own >= 0 ? own : sibling;
  if (chosen < 0) return { status: 'geen-contract', insurer, year };
  const moment = facts[chosen + CONTRACT_FIELD.moment]!;
  if (facts[chosen + CONTRACT_FIELD.contracted] !== 1) return { status: 'geen-contract', insurer, year, moment };
  const ceiling = CEILING_STATE_IDS[facts[chosen + CONTRACT_FIELD.ceiling]!]!;
  if (ceiling === 'bereikt') return { status: 'plafond-bereikt', insurer, year, moment };
  return { status: 'gecontracteerd', insurer, year, ceiling, moment };
}

/** Whose wait it is: the patient's own diagnosis group, all groups, or another group's (the longest). */
export type WaitScope = 'eigen' | 'alle' | 'andere';

export type WaitReading =
  /** The kind has no waiting list (crisis, e-health, peer support). */
  | { status: 'geen-wachtlijst' }
  /** No wait given, or the last one is older than 90 days (`ageDays` then says how old). */
  | { status: 'onbekend'; ageDays: number | null }
  | { status: 'bekend'; summary: WaitSummary; freshness: Exclude<Freshness, 'onbekend'>; scope: WaitScope };

/** Index in `waits` of the wait that applies, and whose it is. */
function pickWait(waits: readonly WaitFact[], groups: readonly string[]): { at: number; scope: WaitScope } | null {
  for (const group of groups) {
    const own = waits.findIndex((w) => w.diagnosisGroup === group);
    if (own >= 0) return { at: own, scope: 'eigen' };
  }
  const general = waits.findIndex((w) => w.diagnosisGroup === null);
  if (general >= 0) return { at: general, scope: 'alle' };
  let longest = -1;
  for (let i = 0; i < waits.length; i++) {
    const w = waits[i]!;
    const best = waits[longest];
    if (!best || w.registrationWeeks + w.treatmentWeeks > best.registrationWeeks + best.treatmentWeeks) longest = i;
  }
  return longest >= 0 ? { at: longest, scope: 'andere' } : null;
}

/**
 * The wait that applies to the patient: the first of the patient's diagnosis groups the service
 * reports a wait for, else its wait for all groups, else (conservatively) its longest wait.
 */
export function waitFor(entry: IndexedService, groups: readonly string[], now: Date): WaitReading {
  if (!entry.waitsApply) return NO_WAITING_LIST;
  const picked = pickWait(entry.service.waits, groups);
  if (!picked) return { status: 'onbekend', ageDays: null };
  const fact = entry.service.waits[picked.at]!;
  const ageDays = daysSince(entry.waitMoments[picked.at]!, now);
  const fresh = freshness(ageDays);
  if (fresh === 'onbekend') return { status: 'onbekend', ageDays };
  const summary: WaitSummary = {
    registration: fact.registrationWeeks,
    treatment: fact.treatmentWeeks,
    total: totalWaitWeeks(fact.registrationWeeks, fact.treatmentWeeks),
    normStatus: normStatus(fact.registrationWeeks, fact.treatmentWeeks),
    basis: fact.basis,
    measuredOn: fact.measuredOn,
    ageDays,
  };
  return { status: 'bekend', summary, freshness: fresh, scope: picked.scope };
}

/** Age in days of the oldest fact a result relies on: the wait used, the contract used, the pause state. */
export function dataAgeDays(
  entry: IndexedService,
  wait: WaitReading,
  contract: ContractReading,
  now: Date,
): number {
  let age = 0;
  if (wait.status === 'bekend') age = wait.summary.ageDays;
  else if (wait.status === 'onbekend' && wait.ageDays !== null) age = wait.ageDays;
  if ('moment' in contract && contract.moment !== undefined) age = Math.max(age, daysSince(contract.moment, now));
  if (entry.pauseMoment !== null) age = Math.max(age, daysSince(entry.pauseMoment, now));
  return age;
}
