/**
 * The forecast of a waiting time from the size of the queue and its throughput (prognose): people
 * waiting for an intake divided by intakes per month is the time a newly registered person can
 * expect to wait for the intake (Little's law: waiting time = queue length / throughput). It is
 * therefore compared with the reported aanmeldwachttijd (registration to intake), not with the
 * total wait. All forecast arithmetic and the "strong disagreement" rule live here.
 */

/** Weeks in an average month: 52 weeks over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

/**
 * When a forecast and a reported wait disagree strongly: they differ by more than 4 weeks AND by
 * more than half of the reported wait. The floor of 4 weeks (the Treeknorm for the wait to intake)
 * keeps short waits from being flagged for a difference of a week or two; the 50 % keeps long
 * waits from being flagged for a difference that is small relative to the wait.
 */
export const FORECAST_DISAGREEMENT = {
  minimumWeeks: 4,
  shareOfReported: 0.5,
} as const;

/**
 * The expected wait to intake in weeks: waiting count divided by intakes per month, in weeks.
 * Null when either number is missing, or when there are no intakes (the queue does not move, so no
 * finite forecast can be given).
 */
export function forecastWaitWeeks(waitingCount: number | null, intakesPerMonth: number | null): number | null {
  if (waitingCount === null || intakesPerMonth === null) return null;
  if (!(intakesPerMonth > 0) || !(waitingCount >= 0)) return null;
  return (waitingCount / intakesPerMonth) * WEEKS_PER_MONTH;
}

/** The difference in weeks above which a forecast disagrees strongly with `reportedWeeks`. */
export function disagreementThresholdWeeks(reportedWeeks: number): number {
  return Math.max(FORECAST_DISAGREEMENT.minimumWeeks, FORECAST_DISAGREEMENT.shareOfReported * reportedWeeks);
}

/** True when forecast and reported wait differ by more than the threshold (see FORECAST_DISAGREEMENT). */
export function disagreesStrongly(forecastWeeks: number, reportedWeeks: number): boolean {
  return Math.abs(forecastWeeks - reportedWeeks) > disagreementThresholdWeeks(reportedWeeks);
}

export interface WaitForecast {
  /** The reported aanmeldwachttijd in weeks. */
  reportedWeeks: number;
  /** The forecast wait to intake in weeks, or null when it cannot be computed. */
  forecastWeeks: number | null;
  /** Forecast minus reported, in weeks (positive: the queue suggests a longer wait). */
  differenceWeeks: number | null;
  /** Forecast and reported wait disagree strongly (never true without a forecast). */
  disagrees: boolean;
}

/** The forecast beside the reported wait to intake, and whether the two disagree strongly. */
export function forecastWait(input: {
  registrationWeeks: number;
  waitingCount: number | null;
  intakesPerMonth: number | null;
}): WaitForecast {
  const forecastWeeks = forecastWaitWeeks(input.waitingCount, input.intakesPerMonth);
  const reportedWeeks = input.registrationWeeks;
  if (forecastWeeks === null) return { reportedWeeks, forecastWeeks, differenceWeeks: null, disagrees: false };
  return {
    reportedWeeks,
    forecastWeeks,
    differenceWeeks: forecastWeeks - reportedWeeks,
    disagrees: disagreesStrongly(forecastWeeks, reportedWeeks),
  };
}
