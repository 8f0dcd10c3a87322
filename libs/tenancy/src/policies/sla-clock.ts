// The SLA's clock: it runs only inside the site's service hours (local wall-clock time in the tenant's
// timezone), so a request posted at 23:10 starts counting at the next opening and one posted 30
// minutes before closing has 30 minutes that evening and the rest from the next morning. Pure.
//
// Daylight-saving rules are those of helpers' availability: an opening or closing time that does not
// exist (the skipped hour of spring) stands for the instant the clocks jump, one that occurs twice
// (the repeated hour of autumn) for its first occurrence. A day's service hours therefore last the
// real time between those two instants: an hour less or more on the night the clocks change, when
// the hours span the change.
import { wallClockInstants, wallClockJump, zoneOffsetMs } from '@quartier/platform';
import type { ServiceHours } from './sla.policy.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const HH_MM = /^(\d{2}):(\d{2})$/;
/** Service hours shorter than a minute a day over this many days are a mistake, not a schedule. */
const MAX_DAYS = 20_000;
const CACHE_LIMIT = 20_000;
const windows = new Map<string, readonly [number, number]>();

function minuteOfDay(time: string, field: string): number {
  const match = HH_MM.exec(time);
  const minute = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minute > 1440) throw new RangeError(`serviceHours.${field} "${time}" is not a local time HH:MM`);
  return minute;
}

function minutesOf(hours: ServiceHours): [number, number] {
  const start = minuteOfDay(hours.start, 'start');
  const end = minuteOfDay(hours.end, 'end');
  if (start >= end) throw new RangeError(`serviceHours ${hours.start}–${hours.end}: the end must be later than the start`);
  return [start, end];
}

/** The instant a local wall-clock time stands for (days since 1970-01-01, minutes after midnight). */
function instantOf(timeZone: string, day: number, minute: number): number {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const [first] = wallClockInstants(timeZone, wall);
  return first ?? wallClockJump(timeZone, wall);
}

/** The local date (days since 1970-01-01) of an instant in the zone. */
function localDayOf(timeZone: string, instantMs: number): number {
  return Math.floor((instantMs + zoneOffsetMs(timeZone, instantMs)) / DAY_MS);
}

/** Service hours of one local date as UTC instants [open, close). */
function windowOf(timeZone: string, day: number, [start, end]: readonly [number, number]): readonly [number, number] {
  const key = `${timeZone}|${day}|${start}|${end}`;
  let window = windows.get(key);
  if (!window) {
    window = [instantOf(timeZone, day, start), instantOf(timeZone, day, end)];
    if (windows.size >= CACHE_LIMIT) windows.clear();
    windows.set(key, window);
  }
  return window;
}

/**
 * The instant at which `minutes` of service time have passed since `from`. With 0 minutes: `from`
 * itself inside service hours, else the next opening.
 */
export function slaDeadline(input: { from: Date; minutes: number; timeZone: string; serviceHours: ServiceHours }): Date {
  if (!(input.minutes >= 0)) throw new RangeError('minutes must not be negative');
  const hours = minutesOf(input.serviceHours);
  const from = input.from.getTime();
  let remaining = input.minutes * MINUTE_MS;
  const first = localDayOf(input.timeZone, from);
  // Earlier dates' service hours end by the local midnight that starts `from`'s date.
  for (let day = first; day <= first + MAX_DAYS; day++) {
    const [open, close] = windowOf(input.timeZone, day, hours);
    const start = Math.max(open, from);
    if (start >= close) continue;
    if (start + remaining <= close) return new Date(start + remaining);
    remaining -= close - start;
  }
  throw new RangeError(`no service time within ${MAX_DAYS} days of ${input.from.toISOString()}`);
}

/** The first instant at or after `at` inside service hours (`at` itself when open). */
export function nextServiceInstant(at: Date, timeZone: string, serviceHours: ServiceHours): Date {
  return slaDeadline({ from: at, minutes: 0, timeZone, serviceHours });
}

/** Whether the SLA's clock runs at `at`. */
export function inServiceHours(at: Date, timeZone: string, serviceHours: ServiceHours): boolean {
  return nextServiceInstant(at, timeZone, serviceHours).getTime() === at.getTime();
}

/** Minutes of service time between two instants (fractional; 0 when `to` is not after `from`). */
export function slaMinutesBetween(from: Date, to: Date, timeZone: string, serviceHours: ServiceHours): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  const hours = minutesOf(serviceHours);
  let total = 0;
  for (let day = localDayOf(timeZone, start), last = localDayOf(timeZone, end); day <= last; day++) {
    const [open, close] = windowOf(timeZone, day, hours);
    total += Math.max(0, Math.min(close, end) - Math.max(open, start));
  }
  return total / MINUTE_MS;
}
