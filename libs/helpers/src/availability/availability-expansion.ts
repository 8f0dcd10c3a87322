// Turns a helper's weekly template and dated exceptions, both in local wall-clock time, into the
// concrete UTC intervals of a date range in the tenant's IANA time zone. Pure: search and booking
// use it on rows they already read.
//
// Daylight-saving rules (the same for every zone): a wall-clock time that does not exist (the
// skipped hour of spring) stands for the instant the clocks jump, so a window over the gap is
// shortened, never shifted; a wall-clock time that occurs twice (the repeated hour of autumn)
// stands for its first occurrence, so a window over it is one interval as long as the real time.

import { wallClockInstants, wallClockJump } from '@quartier/platform';

export interface WallClockWindow {
  /** Minutes after local midnight, 0–1439. */
  startMinute: number;
  /** Minutes after local midnight, 1–1440 (1440: the following midnight); after startMinute. */
  endMinute: number;
}

export interface WeeklySlot extends WallClockWindow {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

export interface AvailabilityException {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Replaces the template's windows of that date; empty: the whole day off. */
  windows: WallClockWindow[];
}

export interface UtcInterval {
  start: Date;
  end: Date;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Days since 1970-01-01 of a YYYY-MM-DD date; throws on anything that is not a real date. */
export function parseLocalDate(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const [, y, m, d] = match.map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) throw new RangeError(`"${date}" is not a real date`);
  return ms / DAY_MS;
}

export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 Monday … 7 Sunday) of a day number. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The instant a local wall-clock time stands for, by the rules at the top of this file. */
export function wallClockToInstant(timeZone: string, day: number, minute: number): Date {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const [first] = wallClockInstants(timeZone, wall);
  return new Date(first ?? wallClockJump(timeZone, wall));
}

/**
 * The UTC intervals of every local date from `from` to `to` (inclusive): an exception's windows
 * replace the template's for its date. Empty intervals (a window inside a skipped hour) are
 * dropped; the result is ordered and touching intervals are merged.
 */
export function expandAvailability(input: {
  timeZone: string;
  from: string;
  to: string;
  weekly: WeeklySlot[];
  exceptions: AvailabilityException[];
}): UtcInterval[] {
  const first = parseLocalDate(input.from);
  const last = parseLocalDate(input.to);
  const exceptions = new Map(input.exceptions.map((exception) => [exception.date, exception.windows]));
  const intervals: Array<{ start: number; end: number }> = [];
  for (let day = first; day <= last; day++) {
    const windows = exceptions.get(formatLocalDate(day)) ?? input.weekly.filter((slot) => slot.weekday === isoWeekday(day));
    for (const window of windows) {
      const start = wallClockToInstant(input.timeZone, day, window.startMinute).getTime();
      const end = wallClockToInstant(input.timeZone, day, window.endMinute).getTime();
      if (end > start) intervals.push({ start, end });
    }
  }
  return merge(intervals).map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}

function merge(intervals: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const interval of sorted) {
    const previous = merged.at(-1);
    if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * The earliest start at or after `notBefore` of a stretch of `durationMinutes` that lies wholly
 * inside the available intervals and overlaps none of the busy ones; null when there is none.
 */
export function nextFreeSlot(input: { available: UtcInterval[]; busy: UtcInterval[]; durationMinutes: number; notBefore: Date }): Date | null {
  const duration = input.durationMinutes * MINUTE_MS;
  if (!(duration > 0)) throw new RangeError('durationMinutes must be positive');
  const busy = merge(input.busy.map((b) => ({ start: b.start.getTime(), end: b.end.getTime() })));
  for (const free of merge(input.available.map((a) => ({ start: a.start.getTime(), end: a.end.getTime() })))) {
    let start = Math.max(free.start, input.notBefore.getTime());
    for (const taken of busy) {
      if (taken.end <= start || taken.start >= free.end) continue;
      if (taken.start >= start + duration) break;
      start = Math.max(start, taken.end);
    }
    if (start + duration <= free.end) return new Date(start);
  }
  return null;
}

/** The parts of the available intervals that overlap none of the busy ones, in order. */
export function withoutBusy(available: UtcInterval[], busy: UtcInterval[]): UtcInterval[] {
  const taken = merge(busy.map((b) => ({ start: b.start.getTime(), end: b.end.getTime() })));
  const free: UtcInterval[] = [];
  for (const interval of merge(available.map((a) => ({ start: a.start.getTime(), end: a.end.getTime() })))) {
    let start = interval.start;
    for (const block of taken) {
      if (block.end <= start || block.start >= interval.end) continue;
      if (block.start > start) free.push({ start: new Date(start), end: new Date(block.start) });
      start = Math.max(start, block.end);
    }
    if (start < interval.end) free.push({ start: new Date(start), end: new Date(interval.end) });
  }
  return free;
}
