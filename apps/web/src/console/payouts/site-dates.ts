// Days as operators pick them, in the site's time zone, turned into the instants the API takes.

const DAY_MS = 86_400_000;

/** How far the site's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant a local date (YYYY-MM-DD) begins in the site's zone, also across a daylight-saving change. */
export function startOfSiteDay(date: string, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  const first = asUtc - offsetAt(timeZone, asUtc);
  return new Date(asUtc - offsetAt(timeZone, first));
}

/** The local date (YYYY-MM-DD) after `date`. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The site's local date of an instant (YYYY-MM-DD), `shiftDays` later. */
export function siteDate(timeZone: string, instant: number, shiftDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  return new Date(Date.parse(`${today}T00:00:00Z`) + shiftDays * DAY_MS).toISOString().slice(0, 10);
}
