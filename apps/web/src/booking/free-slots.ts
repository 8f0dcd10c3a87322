// A helper's free times cut into bookable starts for one service: every hour of each available
// interval where the whole job fits, soonest first.
import { siteDate } from '../i18n/site-time';

export interface Interval {
  start: string;
  end: string;
}

const MINUTE_MS = 60_000;
/** Starts this soon are left out: nobody can be on the doorstep in less. */
export const LEAD_MS = 30 * MINUTE_MS;

export function freeSlots(intervals: readonly Interval[], input: { durationMinutes: number; now: number; limit: number; exclude?: string }): string[] {
  const duration = input.durationMinutes * MINUTE_MS;
  const step = Math.min(Math.max(duration, 30 * MINUTE_MS), 60 * MINUTE_MS);
  const excluded = input.exclude ? Date.parse(input.exclude) : Number.NaN;
  const starts = new Set<number>();
  for (const interval of intervals) {
    const end = Date.parse(interval.end);
    for (let start = Date.parse(interval.start); start + duration <= end; start += step) {
      if (start >= input.now + LEAD_MS && start !== excluded) starts.add(start);
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .slice(0, input.limit)
    .map((start) => new Date(start).toISOString());
}

/** Today's date in the site's zone and the date `days` later, as the availability query takes them (YYYY-MM-DD). */
export function localDateRange(timeZone: string, now: number, days: number): { from: string; to: string } {
  return { from: siteDate(timeZone, now), to: siteDate(timeZone, now, days) };
}
