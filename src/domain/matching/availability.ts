/**
 * What a service's facts say on a given day for one patient: whether its coverage (werkgebied)
 * includes the patient's municipality, which contract and revenue ceiling apply for the patient's
 * insurer this year, and which waiting time applies to the patient's diagnosis group and how old
 * it is. Pure readings of the data; the decisions (exclude, rank, explain) are made elsewhere.
 */
import type { CatalogService, ContractFact, Insurer, IsoDate, WaitFact } from '../catalog/types';
import { careKindInfo } from '../catalog/vocabulary';
import { ageInDays, factAgeInDays, freshness, type Freshness } from '../waiting/staleness';
import { normStatus, totalWaitWeeks } from '../waiting/treeknorm';
import type { WaitSummary } from './types';

export type CoverageReading =
  /** The service names no werkgebied: it takes patients from anywhere. */
  | { status: 'onbeperkt' }
  | { status: 'ja' }
  | { status: 'nog-niet'; from: IsoDate }
  | { status: 'niet-meer'; until: IsoDate }
  | { status: 'nee' };

/** Coverage of `municipalityCode` on `today`; validFrom and validTo are both inclusive. */
export function coverageOn(service: CatalogService, municipalityCode: string, today: IsoDate): CoverageReading {
  if (service.coverage.length === 0) return { status: 'onbeperkt' };
  const entries = service.coverage.filter((c) => c.municipalityCode === municipalityCode);
  if (entries.some((c) => c.validFrom <= today && (c.validTo === null || today <= c.validTo))) return { status: 'ja' };
  const future = entries.filter((c) => c.validFrom > today).map((c) => c.validFrom).sort();
  if (future[0]) return { status: 'nog-niet', from: future[0] };
  const past = entries.flatMap((c) => (c.validTo !== null && c.validTo < today ? [c.validTo] : [])).sort();
  const last = past[past.length - 1];
  if (last) return { status: 'niet-meer', until: last };
  return { status: 'nee' };
}

export type ContractReading =
  /** The kind of care is not paid by insurers (welfare, crisis, e-health...). */
  | { status: 'niet-nodig' }
  | { status: 'verzekeraar-onbekend' }
  | { status: 'geen-contract'; insurer: Insurer; year: number; fact: ContractFact | null }
  | { status: 'plafond-bereikt'; insurer: Insurer; year: number; fact: ContractFact }
  | { status: 'gecontracteerd'; insurer: Insurer; year: number; fact: ContractFact };

const newest = (facts: ContractFact[]) =>
  facts.reduce<ContractFact | null>((best, f) => (!best || f.confirmedAt > best.confirmedAt ? f : best), null);

/**
 * The contract for the patient's insurer in `year`. Insurers contract per concern (Achmea for
 * Zilveren Kruis, FBTO, Interpolis...), so a fact for the patient's own label counts first, and
 * otherwise the newest fact for any label of the same concern.
 */
export function contractFor(
  service: CatalogService,
  insurer: Insurer | null,
  year: number,
  concernOf: (insurerId: string) => string | undefined,
): ContractReading {
  if (!careKindInfo(service.kind).requiresInsurerContract) return { status: 'niet-nodig' };
  if (!insurer) return { status: 'verzekeraar-onbekend' };
  const thisYear = service.contracts.filter((c) => c.year === year);
  const fact =
    newest(thisYear.filter((c) => c.insurerId === insurer.id)) ??
    newest(thisYear.filter((c) => (c.insurerId === insurer.concern || concernOf(c.insurerId) === insurer.concern)));
  if (!fact || !fact.contracted) return { status: 'geen-contract', insurer, year, fact };
  if (fact.ceiling === 'bereikt') return { status: 'plafond-bereikt', insurer, year, fact };
  return { status: 'gecontracteerd', insurer, year, fact };
}

/** Whose wait it is: the patient's own diagnosis group, all groups, or another group's (the longest). */
export type WaitScope = 'eigen' | 'alle' | 'andere';

export type WaitReading =
  /** The kind has no waiting list (crisis, e-health, peer support). */
  | { status: 'geen-wachtlijst' }
  /** No wait given, or the last one is older than 90 days (`ageDays` then says how old). */
  | { status: 'onbekend'; ageDays: number | null }
  | { status: 'bekend'; summary: WaitSummary; freshness: Exclude<Freshness, 'onbekend'>; scope: WaitScope };

function pickWait(waits: WaitFact[], groups: readonly string[]): { fact: WaitFact; scope: WaitScope } | null {
  for (const group of groups) {
    const own = waits.find((w) => w.diagnosisGroup === group);
    if (own) return { fact: own, scope: 'eigen' };
  }
  const general = waits.find((w) => w.diagnosisGroup === null);
  if (general) return { fact: general, scope: 'alle' };
  const longest = [...waits].sort(
    (a, b) => totalWaitWeeks(b.registrationWeeks, b.treatmentWeeks) - totalWaitWeeks(a.registrationWeeks, a.treatmentWeeks),
  )[0];
  return longest ? { fact: longest, scope: 'andere' } : null;
}

/**
 * The wait that applies to the patient: the first of the patient's diagnosis groups the service
 * reports a wait for, else its wait for all groups, else (conservatively) its longest wait.
 */
export function waitFor(service: CatalogService, groups: readonly string[], now: Date): WaitReading & { fact?: WaitFact } {
  if (!careKindInfo(service.kind).waitsApply) return { status: 'geen-wachtlijst' };
  const picked = pickWait(service.waits, groups);
  if (!picked) return { status: 'onbekend', ageDays: null };
  const { fact, scope } = picked;
  const ageDays = factAgeInDays(fact.measuredOn, fact.confirmedAt, now);
  const fresh = freshness(ageDays);
  if (fresh === 'onbekend') return { status: 'onbekend', ageDays, fact };
  const summary: WaitSummary = {
    registration: fact.registrationWeeks,
    treatment: fact.treatmentWeeks,
    total: totalWaitWeeks(fact.registrationWeeks, fact.treatmentWeeks),
    normStatus: normStatus(fact.registrationWeeks, fact.treatmentWeeks),
    basis: fact.basis,
    measuredOn: fact.measuredOn,
    ageDays,
  };
  return { status: 'bekend', summary, freshness: fresh, scope, fact };
}

/** Age in days of the oldest fact a result relies on: the wait used, the contract used, the pause state. */
export function dataAgeDays(
  service: CatalogService,
  wait: { fact?: WaitFact },
  contract: ContractReading,
  now: Date,
): number {
  const ages: number[] = [];
  if (wait.fact) ages.push(factAgeInDays(wait.fact.measuredOn, wait.fact.confirmedAt, now));
  if ('fact' in contract && contract.fact) ages.push(ageInDays(contract.fact.confirmedAt, now));
  if (service.pause) ages.push(ageInDays(service.pause.confirmedAt, now));
  return ages.length === 0 ? 0 : Math.max(...ages);
}
