/**
 * What a service's facts say on a given day for one patient: whether its coverage (werkgebied)
 * includes the patient's municipality, which contract and revenue ceiling apply for the patient's
 * insurer this year, and which waiting time applies to the patient's diagnosis group and how old
 * it is. Pure readings of the data; the decisions (exclude, rank, explain) are made elsewhere.
 */
import type { CatalogService, ContractFact, Insurer, IsoDate, WaitFact } from '../catalog/types';
import { daysSince, freshness, type Freshness } from '../waiting/staleness';
import { normStatus, totalWaitWeeks } from '../waiting/treeknorm';
import type { IndexedService } from './index';
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

export function coverageOn(service: CatalogService, municipalityCode: string, today: IsoDate): CoverageReading {
  if (service.coverage.length === 0) return UNRESTRICTED;
  let from: IsoDate | null = null;
  let until: IsoDate | null = null;
  for (const c of service.coverage) {
    if (c.municipalityCode !== municipalityCode) continue;
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
  | { status: 'geen-contract'; insurer: Insurer; year: number; fact: ContractFact | null }
  | { status: 'plafond-bereikt'; insurer: Insurer; year: number; fact: ContractFact }
  | { status: 'gecontracteerd'; insurer: Insurer; year: number; fact: ContractFact };

const NOT_NEEDED: ContractReading = { status: 'niet-nodig' };
const INSURER_UNKNOWN: ContractReading = { status: 'verzekeraar-onbekend' };
const NO_WAITING_LIST: WaitReading = { status: 'geen-wachtlijst' };

/**
 * The contract for the patient's insurer in `year`. Insurers contract per concern (Achmea for
 * Zilveren Kruis, FBTO, Interpolis...), so a fact for the patient's own label counts first, and
 * otherwise the most recently confirmed fact for any label of the same concern.
 */
export function contractFor(entry: IndexedService, insurer: Insurer | null, year: number): ContractReading & { moment?: number } {
  if (!entry.requiresContract) return NOT_NEEDED;
  if (!insurer) return INSURER_UNKNOWN;
  let own = -1;
  let sibling = -1;
  const contracts = entry.service.contracts;
  const moments = entry.contractMoments;
  for (let i = 0; i < contracts.length; i++) {
    const c = contracts[i]!;
    if (c.year !== year) continue;
    if (c.insurerId === insurer.id) {
      if (own < 0 || moments[i]! > moments[own]!) own = i;
    } else if (c.insurerId === insurer.concern || entry.contractConcerns[i] === insurer.concern) {
      if (sibling < 0 || moments[i]! > moments[sibling]!) sibling = i;
    }
  }
  const chosen = own >= 0 ? own : sibling;
  const fact = chosen >= 0 ? contracts[chosen]! : null;
  const moment = chosen >= 0 ? moments[chosen] : undefined;
  if (!fact || !fact.contracted) return { status: 'geen-contract', insurer, year, fact, moment };
  if (fact.ceiling === 'bereikt') return { status: 'plafond-bereikt', insurer, year, fact, moment };
  return { status: 'gecontracteerd', insurer, year, fact, moment };
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
  contract: { moment?: number },
  now: Date,
): number {
  let age = 0;
  if (wait.status === 'bekend') age = wait.summary.ageDays;
  else if (wait.status === 'onbekend' && wait.ageDays !== null) age = wait.ageDays;
  if (contract.moment !== undefined) age = Math.max(age, daysSince(contract.moment, now));
  if (entry.pauseMoment !== null) age = Math.max(age, daysSince(entry.pauseMoment, now));
  return age;
}
