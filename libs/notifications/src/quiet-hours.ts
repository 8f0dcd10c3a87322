// A tenant's quiet hours for SMS: the local wall-clock stretch in which no text is sent, and the
// instant a text held back by them may go out. Pure: the delivery job passes the clock and the zone.
//
// Daylight-saving rules: a quiet end that does not exist on the night the clocks jump forward stands
// for the instant of the jump; one that occurs twice on the night they fall back stands for the first
// occurrence still ahead, so quiet hours never end before the instant being asked about.
import { ValidationError, wallClockInstants, wallClockJump, zoneOffsetMs } from '@quartier/platform';

export interface QuietHours {
  /** 'HH:MM', 24 h, local time. A start after the end runs over midnight; equal to it means none. */
  start: string;
  end: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

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
  const ahead = wallClockInstants(timeZone, wall).find((instant) => instant > after);
  return new Date(ahead ?? wallClockJump(timeZone, wall));
}
