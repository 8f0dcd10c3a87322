// Wall-clock arithmetic in IANA time zones with Intl only: a zone's offset at an instant, the
// instants a local wall-clock time stands for, and where the clocks jump over one that never occurs.
// Shared by helpers' availability and notifications' quiet hours.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instants (ms, ascending) at which the zone's clock shows `wallMs` (a local wall-clock time
 * written as if it were UTC): one, two on the night the clocks fall back, none in a skipped hour.
 */
export function wallClockInstants(timeZone: string, wallMs: number): number[] {
  // Real zones change their offset at most once within a day either side.
  const before = zoneOffsetMs(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMs(timeZone, wallMs + DAY_MS);
  return [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((instant) => zoneOffsetMs(timeZone, instant) === wallMs - instant)
    .sort((a, b) => a - b);
}

/** The instant the clocks jump over a wall-clock time in a skipped hour, to the second. */
export function wallClockJump(timeZone: string, wallMs: number): number {
  const before = zoneOffsetMs(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMs(timeZone, wallMs + DAY_MS);
  let low = wallMs - Math.max(before, after);
  let high = wallMs - Math.min(before, after);
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (zoneOffsetMs(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}
