// Checks of availability input: wall-clock times as HH:MM, windows that do not overlap, and the
// date ranges a reader may ask for. Every error names the offending field.
import { ValidationError } from '@quartier/platform';
import { formatLocalDate, parseLocalDate, type WallClockWindow, type WeeklySlot } from './availability-expansion.js';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
export const MAX_RANGE_DAYS = 31;
const MAX_WEEKLY_SLOTS = 70;
const MAX_EXCEPTION_WINDOWS = 12;

export interface WindowInput {
  start: string;
  end: string;
}

export interface WeeklySlotInput extends WindowInput {
  weekday: number;
}

function minuteOf(field: string, value: string): number {
  const match = HH_MM.exec(value);
  if (!match) throw new ValidationError(field, `${field} must be a time HH:MM (00:00–24:00)`);
  return value === '24:00' ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

function checkWindow(field: string, input: WindowInput): WallClockWindow {
  const startMinute = minuteOf(`${field}.start`, input.start);
  const endMinute = minuteOf(`${field}.end`, input.end);
  if (startMinute >= 1440) throw new ValidationError(`${field}.start`, `${field}.start must be before 24:00`);
  if (endMinute <= startMinute) throw new ValidationError(`${field}.end`, `${field}.end must be after ${field}.start`);
  return { startMinute, endMinute };
}

function refuseOverlaps<T extends WallClockWindow>(field: string, windows: T[], sameDay: (a: T, b: T) => boolean): void {
  for (const [index, window] of windows.entries()) {
    const clash = windows.findIndex((other, at) => at < index && sameDay(other, window) && other.startMinute < window.endMinute && window.startMinute < other.endMinute);
    if (clash >= 0) throw new ValidationError(`${field}.${index}.start`, `${field}.${index} overlaps ${field}.${clash}`);
  }
}

export function checkWeeklySlots(slots: WeeklySlotInput[]): WeeklySlot[] {
  if (slots.length > MAX_WEEKLY_SLOTS) throw new ValidationError('slots', `Give at most ${MAX_WEEKLY_SLOTS} slots`);
  const checked = slots.map((slot, index) => {
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
      throw new ValidationError(`slots.${index}.weekday`, 'weekday is 1 (Monday) to 7 (Sunday)');
    }
    return { weekday: slot.weekday, ...checkWindow(`slots.${index}`, slot) };
  });
  refuseOverlaps('slots', checked, (a, b) => a.weekday === b.weekday);
  return checked;
}

export function checkExceptionWindows(windows: WindowInput[]): WallClockWindow[] {
  if (windows.length > MAX_EXCEPTION_WINDOWS) throw new ValidationError('windows', `Give at most ${MAX_EXCEPTION_WINDOWS} windows`);
  const checked = windows.map((window, index) => checkWindow(`windows.${index}`, window));
  refuseOverlaps('windows', checked, () => true);
  return [...checked].sort((a, b) => a.startMinute - b.startMinute);
}

export function checkDate(field: string, value: string): number {
  try {
    return parseLocalDate(value);
  } catch {
    throw new ValidationError(field, `${field} must be a date YYYY-MM-DD`);
  }
}

/** A range of local dates, `from` not before `today`, at most 31 days long (both ends included). */
export function checkRange(input: { from: string; to: string }, today: number): { from: string; to: string } {
  const from = checkDate('from', input.from);
  const to = checkDate('to', input.to);
  if (from < today) throw new ValidationError('from', `from must not be before today (${formatLocalDate(today)})`);
  if (to < from) throw new ValidationError('to', 'to must not be before from');
  if (to - from + 1 > MAX_RANGE_DAYS) throw new ValidationError('to', `A range covers at most ${MAX_RANGE_DAYS} days`);
  return { from: input.from, to: input.to };
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
