/**
 * Prepares one match: resolves the need (wanted kinds, diagnosis groups and themes from the form
 * and the free text, the insurer, today's date in the Netherlands) once, and then reads each
 * considered service's facts against it. Exclusion, scoring and explanation all work from the
 * resulting assessment, so every fact is read exactly once and all three agree.
 */
import { dateInNetherlands, type IsoDate } from '../calendar/iso-date';
import type { Insurer } from '../catalog/types';
import { CARE_KIND_IDS, type CareKind, type ExclusionCode, type Theme } from '../catalog/vocabulary';
import {
  contractFor,
  coverageOn,
  dataAgeDays,
  waitFor,
  type ContractReading,
  type CoverageReading,
  type WaitReading,
} from './availability';
import type { CandidateList, IndexedService, MatchIndex } from './index';
import { interpretText } from './text';
import type { InterpretedText, MatchContext, Need } from './types';

/** How far around the patient's municipality services are considered when no maximum is given. */
export const DEFAULT_RADIUS_KM = 50;
/**
 * How far around the patient's municipality services whose werkgebied lies elsewhere are still
 * shown (as "buiten werkgebied"): the neighbours a referrer knows, not the whole province.
 */
export const NEIGHBOURHOOD_KM = 10;

/** A word of the free text that occurs (or nearly occurs) in some service's own text. */
export interface QueryWord {
  token: string;
  ids: number[];
}

export interface ResolvedNeed {
  need: Need;
  now: Date;
  today: IsoDate;
  year: number;
  kinds: CareKind[];
  /** Explicit group first, then those read from the text. */
  diagnosisGroups: string[];
  themes: Theme[];
  /** Kinds of care named in the free text (steer ranking, do not filter). */
  textKinds: CareKind[];
  queryWords: QueryWord[];
  characteristics: ReadonlySet<ExclusionCode>;
  /** Organisations whose services are left out (they rejected an earlier referral of this patient). */
  excludedOrganizations: ReadonlySet<string>;
  insurer: Insurer | null;
  /** The insurer's and its concern's numbers in the index (MatchIndex.partyNumber). */
  parties: { insurer: number; concern: number };
  radiusKm: number;
  municipalityName: string;
  interpreted: InterpretedText | undefined;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * Wanted kinds: those asked for; if none, every kind except crisis, plus crisis when the free text
 * names it (a referrer who types "crisis" should see the crisis service).
 */
export function resolveNeed(index: MatchIndex, need: Need, context: MatchContext): ResolvedNeed {
  const text = need.text?.trim() ? interpretText(need.text) : null;
  const queryWords: QueryWord[] = [];
  const terms = [...(text?.terms ?? [])];
  for (const token of text?.contentTokens ?? []) {
    const { ids, correctedTo } = index.corpus.expand(token);
    if (ids.length === 0) continue;
    queryWords.push({ token, ids });
    if (correctedTo && !terms.some((t) => t.input === token)) terms.push({ input: token, matched: correctedTo });
  }
  const asked = need.careKinds ?? [];
  const kinds: CareKind[] =
    asked.length > 0
      ? unique(asked)
      : CARE_KIND_IDS.filter((k) => k !== 'crisis' || (text?.careKinds.includes('crisis') ?? false));
  const today = dateInNetherlands(context.now);
  const insurer =
    context.insurer ??
    (need.insurerId
      ? (index.insurer(need.insurerId) ?? { id: need.insurerId, label: need.insurerId, concern: need.insurerId, uzovi: null })
      : null);
  return {
    need,
    now: context.now,
    today,
    year: Number(today.slice(0, 4)),
    kinds,
    diagnosisGroups: unique([...(need.diagnosisGroup ? [need.diagnosisGroup] : []), ...(text?.diagnosisGroups ?? [])]),
    themes: unique([...(need.themes ?? []), ...(text?.themes ?? [])]),
    textKinds: text?.careKinds ?? [],
    queryWords,
    characteristics: new Set(need.characteristics ?? []),
    excludedOrganizations: new Set(need.excludeOrganizationIds ?? []),
    insurer,
    parties: {
      insurer: insurer ? index.partyNumber(insurer.id) : -2,
      concern: insurer ? index.partyNumber(insurer.concern) : -2,
    },
    radiusKm: need.preferences?.maxDistanceKm ?? DEFAULT_RADIUS_KM,
    municipalityName: index.municipalityName(need.municipalityCode),
    interpreted: text
      ? { diagnosisGroups: text.diagnosisGroups, themes: text.themes, careKinds: text.careKinds, terms }
      : undefined,
  };
}

/** What the filters need to know about one considered service. */
export interface Assessment {
  entry: IndexedService;
  distanceKm: number | null;
  coverage: CoverageReading;
  contract: ContractReading;
  /** Why distance does not matter for this patient: help online, or at home within the werkgebied. */
  nearBy: 'online' | 'aan-huis' | null;
  /** Read on demand (waitOf): most considered services are left out before their wait matters. */
  wait: WaitReading | null;
  /** Set by complete(). */
  dataAgeDays: number;
}

/** A matched service's assessment, with its wait and the age of its data. */
export interface CompleteAssessment extends Assessment {
  wait: WaitReading;
}

/** Reads the facts of candidate `i` for the filters. */
export function assess(candidates: CandidateList, i: number, need: ResolvedNeed): Assessment {
  const entry = candidates.entries[i]!;
  const km = candidates.distances[i]!;
  const coverage = coverageOn(candidates.coverageHere[i]!, entry.bounded, need.today);
  const homeVisits = entry.homeVisits && (coverage.status === 'ja' || coverage.status === 'onbeperkt');
  return {
    entry,
    distanceKm: Number.isNaN(km) ? null : km,
    coverage,
    contract: contractFor(entry, need.insurer, need.year, need.parties),
    nearBy: entry.online ? 'online' : homeVisits ? 'aan-huis' : null,
    wait: null,
    dataAgeDays: 0,
  };
}

/** The wait that applies to the patient, read once. */
export function waitOf(a: Assessment, need: ResolvedNeed): WaitReading {
  a.wait ??= waitFor(a.entry, need.diagnosisGroups, need.now);
  return a.wait;
}

/** Adds the wait and the age of the data to a service that passed the filters. */
export function complete(a: Assessment, need: ResolvedNeed): CompleteAssessment {
  const wait = waitOf(a, need);
  a.dataAgeDays = dataAgeDays(a.entry, wait, a.contract, need.now);
  return a as CompleteAssessment;
}
