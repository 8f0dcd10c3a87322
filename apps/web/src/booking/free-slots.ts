// A helper's free times cut into bookable starts for one service: every hour of each available
// interval where the whole job fits, soonest first.

export interface Interval {
  start: string;
  end: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
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
  const from = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}
