/**
 * What the provider portal shows of a service: its description, its current facts each with their
 * age and freshness (src/domain/portal/confirmation.ts), and its history of versions with who
 * recorded them. Pure mapping from repository rows; the use cases are in provider-portal.ts.
 */
import type {
  CareKind,
  CeilingState,
  ExclusionCode,
  Modality,
  ReferralChannel,
  Theme,
  WaitBasis,
} from '../domain/catalog/vocabulary';
import { confirmedAge, currentContracts, serviceFreshness, waitAge } from '../domain/portal/confirmation';
import type { Freshness } from '../domain/waiting/staleness';
import { dateInNetherlands } from '../domain/calendar/iso-date';
import type {
  ContractRow,
  CurrentFactRows,
  PauseRow,
  PortalServiceRow,
  ServiceVersionRow,
  WaitRow,
} from '../db/portal-repository';

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

interface FactMeta {
  confirmedAt: string;
  source: string;
  recordedAt: string;
  ageDays: number;
  freshness: Freshness;
}

export interface PortalWait extends FactMeta {
  diagnosisGroup: string | null;
  registrationWeeks: number;
  treatmentWeeks: number;
  basis: WaitBasis;
  waitingCount: number | null;
  intakesPerMonth: number | null;
  startsPerMonth: number | null;
  measuredOn: string;
}

export interface PortalPause extends FactMeta {
  active: boolean;
  reason: string | null;
  expectedEnd: string | null;
}

export interface PortalContract extends FactMeta {
  insurerId: string;
  year: number;
  contracted: boolean;
  ceiling: CeilingState;
  /** False for a contract of a past year: history, not a current fact. */
  current: boolean;
}

export interface PortalService {
  id: string;
  organizationId: string;
  organizationName: string;
  locationName: string | null;
  city: string | null;
  name: string;
  description: string;
  kind: CareKind;
  diagnosisGroups: string[];
  themes: Theme[];
  ageMin: number;
  ageMax: number | null;
  exclusions: ExclusionCode[];
  exclusionNote: string | null;
  modalities: Modality[];
  languages: string[];
  referralChannel: ReferralChannel;
  gpReferralRequired: boolean;
  fictional: boolean;
  updatedAt: string;
  /** The description version this view shows (null: never edited in the portal); an edit sends it back as basedOnVersionId. */
  versionId: string | null;
  /** Today in the Netherlands by the server's clock: the default measurement date of a new wait. */
  today: string;
  /** The least fresh of the current facts (actueel, verouderd, onbekend). */
  freshness: Freshness;
  waits: PortalWait[];
  pause: PortalPause | null;
  contracts: PortalContract[];
}

export function waitView(row: WaitRow, now: Date): PortalWait {
  const confirmedAt = iso(row.confirmedAt);
  return {
    diagnosisGroup: row.diagnosisGroup,
    registrationWeeks: row.registrationWeeks,
    treatmentWeeks: row.treatmentWeeks,
    basis: row.basis as WaitBasis,
    waitingCount: row.waitingCount,
    intakesPerMonth: row.intakesPerMonth,
    startsPerMonth: row.startsPerMonth,
    measuredOn: row.measuredOn,
    confirmedAt,
    source: row.source,
    recordedAt: iso(row.recordedAt),
    ...waitAge({ measuredOn: row.measuredOn, confirmedAt }, now),
  };
}

export function pauseView(row: PauseRow, now: Date): PortalPause {
  const confirmedAt = iso(row.confirmedAt);
  return {
    active: row.active,
    reason: row.reason,
    expectedEnd: row.expectedEnd,
    confirmedAt,
    source: row.source,
    recordedAt: iso(row.recordedAt),
    ...confirmedAge({ confirmedAt }, now),
  };
}

export function contractView(row: ContractRow, now: Date): PortalContract {
  const confirmedAt = iso(row.confirmedAt);
  return {
    insurerId: row.insurerId,
    year: row.year,
    contracted: row.contracted,
    ceiling: row.ceiling as CeilingState,
    current: currentContracts([row], now).length === 1,
    confirmedAt,
    source: row.source,
    recordedAt: iso(row.recordedAt),
    ...confirmedAge({ confirmedAt }, now),
  };
}

/** The portal's view of services with their current facts. */
export function portalServices(rows: PortalServiceRow[], facts: CurrentFactRows, now: Date): PortalService[] {
  return rows.map(({ service: s, organizationName, locationName, city }) => {
    const waits = facts.waits
      .filter((w) => w.serviceId === s.id)
      .map((w) => waitView(w, now))
      .sort((a, b) => (a.diagnosisGroup ?? '').localeCompare(b.diagnosisGroup ?? ''));
    const pauseRow = facts.pauses.find((p) => p.serviceId === s.id);
    const pause = pauseRow ? pauseView(pauseRow, now) : null;
    const contracts = facts.contracts
      .filter((c) => c.serviceId === s.id)
      .map((c) => contractView(c, now))
      .sort((a, b) => b.year - a.year || a.insurerId.localeCompare(b.insurerId));
    return {
      id: s.id,
      organizationId: s.organizationId,
      organizationName,
      locationName,
      city,
      name: s.name,
      description: s.description,
      kind: s.kind as CareKind,
      diagnosisGroups: s.diagnosisGroups,
      themes: s.themes as Theme[],
      ageMin: s.ageMin,
      ageMax: s.ageMax,
      exclusions: s.exclusions as ExclusionCode[],
      exclusionNote: s.exclusionNote,
      modalities: s.modalities as Modality[],
      languages: s.languages,
      referralChannel: s.referralChannel as ReferralChannel,
      gpReferralRequired: s.gpReferralRequired,
      fictional: s.fictional,
      updatedAt: iso(s.updatedAt),
      versionId: facts.versions.find((v) => v.serviceId === s.id)?.id ?? null,
      today: dateInNetherlands(now),
      freshness: serviceFreshness(s.kind as CareKind, { waits, pause, contracts }, now),
      waits,
      pause,
      contracts,
    };
  });
}

// ---- history ----

export type HistoryKind = 'gegevens' | 'wachttijd' | 'aanmeldstop' | 'contract';

export interface HistoryEntry {
  id: string;
  kind: HistoryKind;
  recordedAt: string;
  /** When the provider vouched for the fact; null for a description edit. */
  confirmedAt: string | null;
  source: string;
  /** Display name of the user who recorded it (for an API key: the key's creator); null for seeds. */
  recordedByName: string | null;
  wait: Omit<PortalWait, keyof FactMeta> | null;
  pause: Omit<PortalPause, keyof FactMeta> | null;
  contract: Omit<PortalContract, keyof FactMeta | 'current'> | null;
  /** For a description edit: the fields it changed and their new values. */
  changes: { field: string; value: unknown }[] | null;
}

interface Named<R> {
  row: R;
  recordedByName: string | null;
}

const entry = (
  id: string,
  kind: HistoryKind,
  row: { recordedAt: Date; source: string; confirmedAt?: Date },
  recordedByName: string | null,
): Omit<HistoryEntry, 'wait' | 'pause' | 'contract' | 'changes'> => ({
  id,
  kind,
  recordedAt: iso(row.recordedAt),
  confirmedAt: row.confirmedAt ? iso(row.confirmedAt) : null,
  source: row.source,
  recordedByName,
});

const empty = { wait: null, pause: null, contract: null, changes: null };

/** All versions of a service, newest first. */
export function historyEntries(
  rows: {
    waits: Named<WaitRow>[];
    pauses: Named<PauseRow>[];
    contracts: Named<ContractRow>[];
    versions: Named<ServiceVersionRow>[];
  },
  limit: number,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...rows.waits.map(({ row: w, recordedByName }) => ({
      ...entry(w.id, 'wachttijd', w, recordedByName),
      ...empty,
      wait: {
        diagnosisGroup: w.diagnosisGroup,
        registrationWeeks: w.registrationWeeks,
        treatmentWeeks: w.treatmentWeeks,
        basis: w.basis as WaitBasis,
        waitingCount: w.waitingCount,
        intakesPerMonth: w.intakesPerMonth,
        startsPerMonth: w.startsPerMonth,
        measuredOn: w.measuredOn,
      },
    })),
    ...rows.pauses.map(({ row: p, recordedByName }) => ({
      ...entry(p.id, 'aanmeldstop', p, recordedByName),
      ...empty,
      pause: { active: p.active, reason: p.reason, expectedEnd: p.expectedEnd },
    })),
    ...rows.contracts.map(({ row: c, recordedByName }) => ({
      ...entry(c.id, 'contract', c, recordedByName),
      ...empty,
      contract: {
        insurerId: c.insurerId,
        year: c.year,
        contracted: c.contracted,
        ceiling: c.ceiling as CeilingState,
      },
    })),
    ...rows.versions.map(({ row: v, recordedByName }) => {
      const snapshot = (v.snapshot ?? {}) as Record<string, unknown>;
      return {
        ...entry(v.id, 'gegevens', v, recordedByName),
        ...empty,
        changes: v.changedFields.map((field) => ({ field, value: snapshot[field] ?? null })),
      };
    }),
  ];
  return entries
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || a.kind.localeCompare(b.kind))
    .slice(0, limit);
}
