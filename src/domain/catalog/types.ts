/**
 * The care map (sociale kaart) as the domain sees it. Names follow Open Referral HSDS where they
 * mean the same thing (organization, location, service). A service here is HSDS's
 * service_at_location: one offer at one location (or online only), which is what a referrer picks.
 * Facts that change (contracts, ceilings, pauses, waiting times) carry when they were confirmed and
 * by which source; the database keeps every earlier version.
 */
import type {
  CareKind,
  CeilingState,
  ExclusionCode,
  Modality,
  OrganizationKind,
  ReferralChannel,
  Theme,
  WaitBasis,
} from './vocabulary';

/** An ISO date, yyyy-mm-dd. */
export type IsoDate = string;
/** An ISO timestamp with time zone. */
export type IsoDateTime = string;

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Municipality {
  /** CBS code, GM + 4 digits. */
  code: string;
  name: string;
  province: string;
  point: GeoPoint;
}

export interface Insurer {
  /** Stable slug of the label, e.g. `zilveren-kruis`. */
  id: string;
  label: string;
  /** The concern (concern) that contracts on behalf of the label. */
  concern: string;
  /** UZOVI code where known; none is confirmed against the Vektis register. */
  uzovi: string | null;
}

export interface DiagnosisGroup {
  code: string;
  name: string;
  status: string;
}

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  kvk: string | null;
  agb: string | null;
  ura: string | null;
  website: string | null;
  phone: string | null;
  /** True for generated demo data: never real providers. */
  fictional: boolean;
}

export interface Location {
  id: string;
  organizationId: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string;
  municipalityCode: string;
  point: GeoPoint;
}

/** A municipality a service serves, for a period (werkgebied). */
export interface CoverageArea {
  municipalityCode: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** Who said a fact and when it was last confirmed. */
export interface Provenance {
  confirmedAt: IsoDateTime;
  source: string;
}

/** A service's contract with one insurer for one year, and its revenue-ceiling state. */
export interface ContractFact extends Provenance {
  insurerId: string;
  year: number;
  contracted: boolean;
  ceiling: CeilingState;
}

/** A registration pause (aanmeldstop). */
export interface PauseFact extends Provenance {
  active: boolean;
  reason: string | null;
  expectedEnd: IsoDate | null;
}

/** Waiting time for one diagnosis group (or for every group when `diagnosisGroup` is null). */
export interface WaitFact extends Provenance {
  diagnosisGroup: string | null;
  /** Weeks from registration to intake (aanmeldwachttijd). */
  registrationWeeks: number;
  /** Weeks from intake to the start of treatment (behandelwachttijd). */
  treatmentWeeks: number;
  basis: WaitBasis;
  waitingCount: number | null;
  measuredOn: IsoDate;
}

/** Static description of a service; changes rarely and is edited as a whole. */
export interface ServiceDescription {
  id: string;
  organizationId: string;
  locationId: string | null;
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
  /** ISO 639-1 codes, e.g. `nl`, `en`, `ar`. */
  languages: string[];
  referralChannel: ReferralChannel;
  gpReferralRequired: boolean;
  fictional: boolean;
}

/** A service with everything matching needs: its description, place and current facts. */
export interface CatalogService extends ServiceDescription {
  organizationName: string;
  location: Pick<Location, 'name' | 'city' | 'municipalityCode' | 'point' | 'street' | 'postcode'> | null;
  coverage: CoverageArea[];
  contracts: ContractFact[];
  pause: PauseFact | null;
  waits: WaitFact[];
}
