/**
 * How fresh a service's current facts are in the provider portal, and which of them a "Niets
 * gewijzigd" confirmation re-confirms. The thresholds are those of src/domain/waiting/staleness.ts
 * (30 days verouderd, 90 days onbekend), so the portal shows what matching will do with a fact.
 *
 * A confirmation re-states the current facts with the same values and a new confirmation time:
 * every current waiting time, the current pause state, and the contracts of this year and later
 * (a contract of a past year is history, not a current fact).
 */
import { CARE_KINDS, type CareKind } from '../catalog/vocabulary';
import { ageInDays, factAgeInDays, freshness, type Freshness } from '../waiting/staleness';

/** A timestamp as an ISO string or a Date (as a database row holds it). */
type Instant = string | Date;
const isoOf = (at: Instant) => (typeof at === 'string' ? at : at.toISOString());

export interface WaitMoment {
  measuredOn: string;
  confirmedAt: Instant;
}
export interface ConfirmedMoment {
  confirmedAt: Instant;
}
export interface ContractMoment extends ConfirmedMoment {
  year: number;
}

export interface CurrentFacts<W extends WaitMoment, P extends ConfirmedMoment, C extends ContractMoment> {
  waits: W[];
  pause: P | null;
  contracts: C[];
}

export interface FactAge {
  ageDays: number;
  freshness: Freshness;
}

/** A waiting time counts from the later of its measurement and its last confirmation. */
export function waitAge(wait: WaitMoment, now: Date): FactAge {
  const ageDays = factAgeInDays(wait.measuredOn, isoOf(wait.confirmedAt), now);
  return { ageDays, freshness: freshness(ageDays) };
}

/** A pause or contract counts from its last confirmation. */
export function confirmedAge(fact: ConfirmedMoment, now: Date): FactAge {
  const ageDays = ageInDays(isoOf(fact.confirmedAt), now);
  return { ageDays, freshness: freshness(ageDays) };
}

const RANK: Record<Freshness, number> = { actueel: 0, verouderd: 1, onbekend: 2 };

/** The least fresh of several; no facts at all is "onbekend". */
export function worstFreshness(values: readonly Freshness[]): Freshness {
  if (values.length === 0) return 'onbekend';
  return values.reduce((worst, f) => (RANK[f] > RANK[worst] ? f : worst), 'actueel' as Freshness);
}

/** The current contracts: those of this year and later. */
export function currentContracts<C extends ContractMoment>(contracts: readonly C[], now: Date): C[] {
  const year = now.getUTCFullYear();
  return contracts.filter((c) => c.year >= year);
}

/**
 * The freshness of a service as a whole: its least fresh current fact. A service whose kind keeps
 * waiting times but has none, or needs insurer contracts but has none this year, is "onbekend".
 */
export function serviceFreshness(
  kind: CareKind,
  facts: CurrentFacts<WaitMoment, ConfirmedMoment, ContractMoment>,
  now: Date,
): Freshness {
  const info = CARE_KINDS.find((k) => k.id === kind);
  const contracts = currentContracts(facts.contracts, now);
  if (info?.waitsApply && facts.waits.length === 0) return 'onbekend';
  if (info?.requiresInsurerContract && contracts.length === 0) return 'onbekend';
  const ages = [
    ...facts.waits.map((w) => waitAge(w, now).freshness),
    ...contracts.map((c) => confirmedAge(c, now).freshness),
    ...(facts.pause ? [confirmedAge(facts.pause, now).freshness] : []),
  ];
  return ages.length === 0 ? 'actueel' : worstFreshness(ages);
}

/** The facts a "Niets gewijzigd" confirmation stores again with the same values. */
export function factsToReconfirm<W extends WaitMoment, P extends ConfirmedMoment, C extends ContractMoment>(
  facts: CurrentFacts<W, P, C>,
  now: Date,
): CurrentFacts<W, P, C> {
  return {
    waits: [...facts.waits],
    pause: facts.pause,
    contracts: currentContracts(facts.contracts, now),
  };
}
