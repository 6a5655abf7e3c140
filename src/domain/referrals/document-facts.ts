/**
 * What the referral documents (the letter and the FHIR export) are made from: the referral as
 * stored, the organisations on both ends, the service and the insurer. Plain values without I/O,
 * so the letter and the FHIR mapping are pure functions that tests feed with small builders; the
 * database rows (src/db/referral-repository.ts) fit these shapes as they are.
 */
import type { IsoDate } from '../calendar/iso-date';
import { CARE_KINDS } from '../catalog/vocabulary';
import { ROUTES, isRouteId } from '../routes/route-catalog';
import { CARE_LEVELS, isGgzRoute, labelOf, type CareLevel } from './vocabulary';

/** The referral fields the documents use; a referral row from the database satisfies it. */
export interface ReferralFacts {
  id: string;
  /** ReferralRoute (vocabulary.ts): 'bggz', 'sggz', 'wor', 'wor-plus', 'welzijn', 'amw', ... */
  route: string;
  /** ReferralState (vocabulary.ts). */
  state: string;
  referrerName: string;
  /** Personal AGB code (Vektis, 8 digits) of the referrer, as printed on the letter. */
  referrerAgb: string | null;
  previousReferralId: string | null;
  patientName: string;
  patientBirthDate: IsoDate;
  patientAddress: string | null;
  patientPostcode: string | null;
  patientPhone: string | null;
  patientEmail: string | null;
  bsn: string | null;
  suspectedDisorder: string | null;
  mainProblem: string;
  question: string;
  /** 'bggz' | 'sggz' for a GGZ referral; null for welfare. */
  careLevel: string | null;
  severity: string | null;
  risk: string | null;
  complexity: string | null;
  course: string | null;
  patientWish: string | null;
  consentToShare: boolean;
  consentRecordedAt: Date | null;
  sentAt: Date;
  /** Nine months after the letter's date (valid until registration). */
  validUntil: IsoDate;
  intakeOn: IsoDate | null;
  rejectionReason: string | null;
  rejectionNote: string | null;
  updatedAt: Date;
}

/** An organisation with the identifiers the documents print or export. */
export interface OrganizationFacts {
  id: string;
  name: string;
  /** OrganizationKind (catalog vocabulary). */
  kind: string;
  agb: string | null;
  ura: string | null;
  kvk: string | null;
  phone: string | null;
  /** Street, postcode and city of the location that applies, when known. */
  address: { street: string | null; postcode: string | null; city: string } | null;
}

export interface InsurerFacts {
  id: string;
  label: string;
  /** UZOVI code (4 digits) when known. */
  uzovi: string | null;
}

/** One step in the referral's life, for the FHIR Task's notes. */
export interface ReferralEventFacts {
  kind: string;
  toState: string | null;
  code: string | null;
  message: string | null;
  actorName: string | null;
  at: Date;
}

/** Everything a referral document is made of. */
export interface ReferralDocumentFacts {
  referral: ReferralFacts;
  referrer: OrganizationFacts;
  receiver: OrganizationFacts;
  service: { id: string; name: string } | null;
  insurer: InsurerFacts | null;
  /** Oldest first; may be empty. */
  events: readonly ReferralEventFacts[];
}

/**
 * A GGZ referral (BGGZ, SGGZ) is a referral letter under the Zvw with the full content the Dutch
 * rules require; every other route (Welzijn op Recept, welfare, AMW, e-health, peer support) goes
 * outside the insurance law: no BSN and no BGGZ/SGGZ line.
 */
export function isGgzReferral(route: string): boolean {
  return isGgzRoute(route);
}

/** BGGZ or SGGZ for a GGZ referral: the stored care level, else the route itself; null otherwise. */
export function careLevelOf(referral: Pick<ReferralFacts, 'route' | 'careLevel'>): CareLevel | null {
  if (!isGgzReferral(referral.route)) return null;
  const level = referral.careLevel ?? referral.route;
  return level === 'bggz' || level === 'sggz' ? level : null;
}

export const careLevelLabel = (level: CareLevel) => labelOf(CARE_LEVELS, level);

/** The route as the GP knows it: "Welzijn op Recept+ (WoR+)", "Algemeen maatschappelijk werk". */
export function routeLabel(route: string): string {
  if (isRouteId(route)) return ROUTES[route].label;
  return CARE_KINDS.find((kind) => kind.id === route)?.label ?? route;
}
