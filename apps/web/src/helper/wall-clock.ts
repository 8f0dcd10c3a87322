// Wall-clock times as a helper types them and as the API keeps them: HH:MM in the site's time zone,
// where an end of 24:00 is the midnight that closes the day. A browser's time field stops at 23:59 and
// so cannot hold that end; the helper app reads and shows times in plain text fields instead.

export type TimeRole = 'start' | 'end';

/** A slot of the weekly template as its fields hold it: the texts the helper typed. */
export interface WeekSlotFields {
  weekday: number;
  start: string;
  end: string;
}

const TYPED = /^(\d{1,2})(?:\s*[:.h]\s*|)(\d{2})?$/i;

/**
 * A typed time ("9", "9:30", "09.30", "0930") as HH:MM; null when it is not one. An end may be 24:00,
 * and an end of 0:00 means that same midnight: a window never ends at the start of its own day.
 */
export function readWallClock(text: string, role: TimeRole): string | null {
  const match = TYPED.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59) return null;
  if (role === 'end' && minutes === 0 && (hours === 24 || hours === 0)) return '24:00';
  if (hours > 23) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The time to send for a field: the clean HH:MM when the text reads as one, else the text itself, so
 * that the server's refusal names the field and shows under it.
 */
export function timeToSend(text: string, role: TimeRole): string {
  return readWallClock(text, role) ?? text.trim();
}

/** The weekly template from the API as the week form's fields: every time exactly as the API says it. */
export function weekFieldsOf(weekly: readonly { weekday: number; start: string; end: string }[]): WeekSlotFields[] {
  return weekly.map(({ weekday, start, end }) => ({ weekday, start, end }));
}

/** The week form's fields as `setMyWeeklyAvailability` takes them, in the same order (errors name positions). */
export function weekSlotsToSave(fields: readonly WeekSlotFields[]): WeekSlotFields[] {
  return fields.map(({ weekday, start, end }) => ({ weekday, start: timeToSend(start, 'start'), end: timeToSend(end, 'end') }));
}

/** A window as the helper reads it: "09:00–12:30", "18:00–24:00". */
export function windowText(window: { start: string; end: string }): string {
  return `${window.start}–${window.end}`;
}

/** A local date (YYYY-MM-DD) as the reader says it: "Tuesday, 15 December 2026". */
export function localDateText(date: string, tag: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return date;
  // The date is a calendar day, not an instant: read it in UTC so no zone moves it to another day.
  return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}
