/**
 * How long the audit trail is kept. NEN 7513 asks for at least five years; a longer period may be
 * configured, a shorter one is refused.
 */
export const MINIMUM_RETENTION_YEARS = 5;

/** Checks a configured retention; throws when it is below the minimum or not a whole number. */
export function checkedRetentionYears(years: number): number {
  if (!Number.isInteger(years) || years < MINIMUM_RETENTION_YEARS) {
    throw new Error(
      `audit retention must be a whole number of at least ${MINIMUM_RETENTION_YEARS} years, got ${years}`,
    );
  }
  return years;
}

/** Entries recorded before this instant have passed their retention and may be purged. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - checkedRetentionYears(years));
  return cutoff;
}
