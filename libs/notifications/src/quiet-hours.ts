// A tenant's quiet hours for SMS: the local wall-clock stretch in which no text is sent, and the
// instant a text held back by them may go out. Pure: the delivery job passes the clock and the zone.
//
// Daylight-saving rules: a quiet end that does not exist on the night the clocks jump forward stands
// for the instant of the jump; one that occurs twice on the night they fall back stands for the first
// occurrence still ahead, so quiet hours never end before the instant being asked about.
import { ValidationError } from '@quartier/platform';

export interface QuietHours {
  /** 'HH:MM', 24 h, local time. A start after the end runs over midnight; equal to it means none. */
  start: string;
  end: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Checks tenant input (settings JSON, an admin form) and returns just the two times. */
export function parseQuietHours(value: unknown): QuietHours {
  if (typeof value !== 'object' || value === null) {
    throw new ValidationError('quietHours', 'Quiet hours need a start and an end, e.g. { "start": "21:00", "end": "08:00" }');
  }
  const { start, end } = value as Record<string, unknown>;
  for (const [name, time] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (typeof time !== 'string' || !HH_MM.test(time)) {
      throw new ValidationError('quietHours', `The ${name} of quiet hours must be a 24-hour time HH:MM (00:00–23:59)`);
    }
  }
  return { start: start as string, end: end as string };
}

/**
 * When an SMS asked for at `now` may be sent: `now` itself outside quiet hours, else the instant they
 * end in `timeZone` (an IANA zone; an unknown one throws Intl's RangeError).
 */
export function sendableAt(now: Date, timeZone: string, quiet: QuietHours | null): Date {
  if (!quiet) return now;
  const start = minuteOf(quiet.start);
  const end = minuteOf(quiet.end);
  if (start === end) return now;

  const instant = now.getTime();
  const wall = instant + zoneOffsetMs(timeZone, instant);
  const day = Math.floor(wall / DAY_MS);
  const msOfDay = wall - day * DAY_MS;
  const afterStart = msOfDay >= start * MINUTE_MS;
  const beforeEnd = msOfDay < end * MINUTE_MS;

  if (start < end) return afterStart && beforeEnd ? quietEnd(timeZone, day, end, instant) : now;
  if (beforeEnd) return quietEnd(timeZone, day, end, instant);
  if (afterStart) return quietEnd(timeZone, day + 1, end, instant);
  return now;
}

function minuteOf(time: string): number {
  const match = HH_MM.exec(time);
  // Quiet hours may come from rows written before validation existed; refuse them loudly.
  if (!match) throw new ValidationError('quietHours', `"${time}" is not a 24-hour time HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The first instant after `after` at which the local clock of `day` shows `minute`, or jumps past it. */
function quietEnd(timeZone: string, day: number, minute: number, after: number): Date {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  // Real zones change their offset at most once within a day either side of a wall-clock time.
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const later = zoneOffsetMs(timeZone, wall + DAY_MS);
  const occurrences = [...new Set([before, later])]
    .map((offset) => wall - offset)
    .filter((instant) => zoneOffsetMs(timeZone, instant) === wall - instant)
    .sort((a, b) => a - b);
  const ahead = occurrences.find((instant) => instant > after);
  if (ahead !== undefined) return new Date(ahead);

  // The time falls in the skipped hour: the jump lies between the two readings; find it to the second.
  let low = wall - Math.max(before, later);
  let high = wall - Math.min(before, later);
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (zoneOffsetMs(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return new Date(high);
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instantMs / 1000) * 1000;
}

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
