/**
 * The shapes of matching (step 3 of a referral): the need a referrer describes, the context of one
 * match, and the outcome: ranked results with reasons, and every left-out service with the reasons
 * why not ("waarom niet").
 */
import type { GeoPoint, Insurer, IsoDate } from '../catalog/types';
import type { CareKind, ExclusionCode, Severity, Theme, WaitBasis } from '../catalog/vocabulary';
import type { NormStatus } from '../waiting/treeknorm';

/** What the patient needs (hulpvraag), as far as the referrer can tell. */
export interface Need {
  /** CBS code of the municipality the patient lives in. */
  municipalityCode: string;
  age: number;
  insurerId?: string | null;
  /** Main diagnosis group, code 01..23 as in the reference data. */
  diagnosisGroup?: string | null;
  themes?: Theme[];
  /** Free text from the referrer; interpreted with typo tolerance (see text.ts). */
  text?: string | null;
  severity?: Severity | null;
  /** Kinds of care wanted. Empty or absent: every kind except crisis (unless the text asks for crisis). */
  careKinds?: CareKind[];
  /** Patient characteristics (kenmerken) that trigger services' exclusion criteria. */
  characteristics?: ExclusionCode[];
  preferences?: NeedPreferences;
  /**
   * Organisations to leave out: those that rejected an earlier referral of this patient ("opnieuw
   * matchen zonder deze aanbieder"). Their services appear in "waarom niet" as `eerder-afgewezen`.
   */
  excludeOrganizationIds?: string[];
}

export interface NeedPreferences {
  /** The patient prefers online help: online services count as near. */
  online?: boolean;
  /** ISO 639-1 language the help must be given in. */
  language?: string | null;
  maxDistanceKm?: number | null;
  maxWaitWeeks?: number | null;
}

export interface MatchContext {
  now: Date;
  /** Where the patient is taken to live: the municipality's point. */
  municipalityPoint: GeoPoint;
  /** The patient's insurer with its concern; falls back to the index's insurer list by `need.insurerId`. */
  insurer?: Insurer | null;
  /** Maximum number of ranked results returned (default 50); counts are over all of them. */
  limit?: number;
}

/**
 * Why a considered service is left out. `wachttijd` (the known wait exceeds the patient's
 * maximum) is our addition to the list in the brief: a maximum wait is part of what makes a
 * service available to this patient. `eerder-afgewezen` marks a service of an organisation that
 * rejected an earlier referral of this patient (Need.excludeOrganizationIds).
 */
export const EXCLUSION_REASON_CODES = [
  'exclusiecriterium',
  'geen-contract',
  'plafond-bereikt',
  'aanmeldstop',
  'buiten-werkgebied',
  'leeftijd',
  'te-ver',
  'taal',
  'wachttijd',
  'eerder-afgewezen',
] as const;
export type ExclusionReasonCode = (typeof EXCLUSION_REASON_CODES)[number];

export type ReasonTone = 'positief' | 'neutraal' | 'let-op';

/** One line of explanation shown with a result, in Dutch. */
export interface Reason {
  code: string;
  tone: ReasonTone;
  text: string;
}

export interface ExclusionReason {
  code: ExclusionReasonCode;
  text: string;
}

export interface ExcludedService {
  serviceId: string;
  reasons: ExclusionReason[];
}

/** The wait a result is ranked on, with its age. */
export interface WaitSummary {
  /** Aanmeldwachttijd in weeks. */
  registration: number;
  /** Behandelwachttijd in weeks. */
  treatment: number;
  total: number;
  normStatus: NormStatus;
  basis: WaitBasis;
  measuredOn: IsoDate;
  ageDays: number;
}

export interface MatchResult {
  serviceId: string;
  /** 1-based position in the ranking. */
  rank: number;
  /** 0..1, rounded to 4 decimals; see score.ts for the formula. */
  score: number;
  distanceKm: number | null;
  /** Null when the kind has no waiting list, or when no wait is known (missing or older than 90 days). */
  waitWeeks: WaitSummary | null;
  /** Age in days of the oldest fact the result relies on (wait, contract, pause); 0 if it relies on none. */
  dataAgeDays: number;
  reasons: Reason[];
}

export interface InterpretedTerm {
  input: string;
  matched: string;
}

/** What the free text was taken to mean, shown back to the referrer. */
export interface InterpretedText {
  diagnosisGroups: string[];
  themes: Theme[];
  careKinds: CareKind[];
  terms: InterpretedTerm[];
}

export interface MatchCounts {
  considered: number;
  matched: number;
  excluded: number;
  /** Number of excluded services per reason (a service counts once per code). */
  byReason: Record<ExclusionReasonCode, number>;
}

export interface MatchOutcome {
  results: MatchResult[];
  excluded: ExcludedService[];
  counts: MatchCounts;
  interpretedText?: InterpretedText;
}
