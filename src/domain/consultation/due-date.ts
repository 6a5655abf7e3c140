/**
 * When a consultation must be answered: "Ik krijg binnen 3 werkdagen antwoord" (seed 001), with
 * Dutch working days from src/domain/calendar/working-days.ts (weekends and public holidays do
 * not count).
 *
 * The rule, in full:
 * 1. The day a question is asked is its date in the Netherlands (a question sent at 00:30 on
 *    Thursday, Dutch time, is Thursday's question even though it is still Wednesday in UTC).
 * 2. A question asked on a working day counts from that day; the day itself is not one of the
 *    three. Asked on Thursday 24 December 2026, the answer is due on Wednesday 30 December
 *    (Christmas, Boxing Day and the weekend are skipped: Monday 28, Tuesday 29, Wednesday 30).
 * 3. A question asked on a non-working day (a Saturday, Sunday or public holiday) counts as if it
 *    was asked on the next working day, so the consultant gets three full working days: asked on
 *    Saturday 28 November 2026, it counts from Monday 30 November and is due on Thursday 3
 *    December.
 * 4. The answer is due by the end of the due day; the question is overdue (te laat) from the
 *    next calendar day on, as long as it is open (asked and not yet answered).
 * 5. A follow-up question after an answer starts a new round with a due date counted the same
 *    way from the moment of the follow-up.
 */
import { dateInNetherlands, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, nextWorkingDayOnOrAfter } from '../calendar/working-days';
import type { ConsultationState } from './lifecycle';

/** Working days within which a consultation question is answered (seed 001). */
export const CONSULTATION_ANSWER_WORKING_DAYS = 3;

/** The last day the answer is due for a question asked at `askedAt` (rules 1–3 above). */
export function consultationDueOn(
  askedAt: Date,
  workingDays: number = CONSULTATION_ANSWER_WORKING_DAYS,
): IsoDate {
  return consultationDueDate(dateInNetherlands(askedAt), workingDays);
}

/** The same for a question asked on a date (rules 2–3); the keuzehulp shows it in its next steps. */
export function consultationDueDate(
  askedOn: IsoDate,
  workingDays: number = CONSULTATION_ANSWER_WORKING_DAYS,
): IsoDate {
  return addWorkingDays(nextWorkingDayOnOrAfter(askedOn), workingDays);
}

/** Whether an open question is past its due date on `today` (a date in the Netherlands). */
export function isOverdue(consultation: { state: ConsultationState; dueOn: IsoDate }, today: IsoDate): boolean {
  return consultation.state === 'open' && today > consultation.dueOn;
}
