// When a chosen helper may come: starts inside the request's windows where the whole job fits, every
// half hour, not sooner than the lead time a helper needs to get there.
import { LEAD_MS } from './free-slots';

const STEP_MS = 30 * 60_000;

export function startsInWindows(windows: readonly { from: string; to: string }[], input: { durationMinutes: number; now: number; limit: number }): string[] {
  const duration = input.durationMinutes * 60_000;
  const earliest = input.now + LEAD_MS;
  const starts = new Set<number>();
  for (const window of windows) {
    const end = Date.parse(window.to);
    // Starts keep to the half hour, as people arrange them, from the window's own start.
    let start = Date.parse(window.from);
    if (start < earliest) start += Math.ceil((earliest - start) / STEP_MS) * STEP_MS;
    for (; start + duration <= end; start += STEP_MS) starts.add(start);
  }
  return [...starts]
    .sort((a, b) => a - b)
    .slice(0, input.limit)
    .map((start) => new Date(start).toISOString());
}
