/**
 * Wall-clock times in the Netherlands (Europe/Amsterdam) and the instants they stand for. Meetings
 * are agreed in Dutch local time ("donderdag 12:30"); the database stores instants. The conversion
 * looks the offset up with Intl, so the switch between CET (+01:00) and CEST (+02:00) is handled
 * without a time-zone library. Used by the overlegtafel sessions and the verkennend gesprek.
 */
import { isIsoDate, type IsoDate } from '../calendar/iso-date';

/** A time of day as `hh:mm` (24-hour clock). */
export type ClockTime = string;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: string): value is ClockTime {
  return CLOCK_TIME.test(value);
}

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Dutch calendar date and clock time at an instant. */
export function dutchWallClock(instant: Date): { date: IsoDate; time: ClockTime } {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes the Dutch clock runs ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = dutchWallClock(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const whole = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant at which Dutch clocks show `time` on `date`. In the hour that happens twice (when
 * the clocks go back) the first of the two instants is taken; a time in the hour that does not exist
 * (when the clocks go forward) is read with the summer offset.
 */
export function instantInNetherlands(date: IsoDate, time: ClockTime): Date {
  if (!isIsoDate(date) || !isClockTime(time)) throw new Error(`not a Dutch date and time: ${date} ${time}`);
  const naive = Date.parse(`${date}T${time}:00Z`);
  // Summer offset first, so that in the doubled autumn hour the earlier instant wins.
  for (const guess of [120, 60]) {
    const candidate = new Date(naive - guess * 60_000);
    if (offsetMinutes(candidate) === guess) return candidate;
  }
  return new Date(naive - 120 * 60_000);
}
