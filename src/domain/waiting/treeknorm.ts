/**
 * The Treeknorm for mental health care: at most 4 weeks from registration to intake
 * (aanmeldwachttijd) and at most 10 weeks from intake to the start of treatment
 * (behandelwachttijd), 14 weeks in all. Source: seed 004 (Transfermechanisme, "maximaal 4 weken
 * maximaal 10 weken") and https://www.zorgkennis.net/kennisbank/informatiekaart-wachttijden-ggz/. All Treeknorm arithmetic lives here.
 */

import type { CareKind } from '../catalog/vocabulary';

export const TREEKNORM = {
  registrationWeeks: 4,
  treatmentWeeks: 10,
  totalWeeks: 14,
  source: 'Treeknormen ggz: maximaal 4 weken aanmeldwachttijd en 10 weken behandelwachttijd (seed 004; zorgkennis.net informatiekaart wachttijden ggz)',
} as const;

/** How a total wait compares with the norm: within, over by at most half again, or far over. */
export type NormStatus = 'binnen' | 'boven' | 'ver-boven';

/** The total wait (aanmeld + behandel) in weeks. */
export function totalWaitWeeks(registrationWeeks: number, treatmentWeeks: number): number {
  return registrationWeeks + treatmentWeeks;
}

/**
 * Classifies a wait against the Treeknorm. Each part is checked against its own norm; "ver-boven"
 * means the total is more than 1.5 times the 14-week norm.
 */
export function normStatus(registrationWeeks: number, treatmentWeeks: number): NormStatus {
  const total = totalWaitWeeks(registrationWeeks, treatmentWeeks);
  if (total > TREEKNORM.totalWeeks * 1.5) return 'ver-boven';
  if (registrationWeeks > TREEKNORM.registrationWeeks || treatmentWeeks > TREEKNORM.treatmentWeeks) return 'boven';
  return 'binnen';
}

/** The kinds of care the Treeknorm is about: treatment in basic and specialised mental health care. */
export const TREEKNORM_CARE_KINDS: readonly CareKind[] = ['bggz', 'sggz'];

export function treeknormApplies(kind: CareKind): boolean {
  return TREEKNORM_CARE_KINDS.includes(kind);
}
