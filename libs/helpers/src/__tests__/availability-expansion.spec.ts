// Weekly availability in Europe/Zurich mapped to UTC, across both daylight-saving changes of 2026.
import { describe, expect, it } from '@jest/globals';
import { expandAvailability, nextFreeSlot, type UtcInterval, type WeeklySlot, withoutBusy } from '../availability/availability-expansion.js';

const ZONE = 'Europe/Zurich';
const at = (hh: number, mm = 0) => hh * 60 + mm;
const everyDay = (startMinute: number, endMinute: number): WeeklySlot[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
const iso = (intervals: UtcInterval[]) => intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);
const hours = ({ start, end }: UtcInterval) => (end.getTime() - start.getTime()) / 3_600_000;

describe('expandAvailability', () => {
  it('maps 09:00–17:00 to 08:00–16:00Z in winter and 07:00–15:00Z in summer', () => {
    const weekly = [{ weekday: 1, startMinute: at(9), endMinute: at(17) }];
    expect(iso(expandAvailability({ timeZone: ZONE, from: '2026-01-12', to: '2026-01-12', weekly, exceptions: [] }))).toEqual([
      ['2026-01-12T08:00:00.000Z', '2026-01-12T16:00:00.000Z'],
    ]);
    expect(iso(expandAvailability({ timeZone: ZONE, from: '2026-07-13', to: '2026-07-13', weekly, exceptions: [] }))).toEqual([
      ['2026-07-13T07:00:00.000Z', '2026-07-13T15:00:00.000Z'],
    ]);
  });

  it('lays a normal week on the right weekdays, several windows a day', () => {
    const weekly: WeeklySlot[] = [
      { weekday: 1, startMinute: at(8), endMinute: at(12) },
      { weekday: 1, startMinute: at(13), endMinute: at(17, 30) },
      { weekday: 3, startMinute: at(14), endMinute: at(18) },
      { weekday: 7, startMinute: at(10), endMinute: at(11) },
    ];
    // 2026-02-09 is a Monday.
    expect(iso(expandAvailability({ timeZone: ZONE, from: '2026-02-09', to: '2026-02-15', weekly, exceptions: [] }))).toEqual([
      ['2026-02-09T07:00:00.000Z', '2026-02-09T11:00:00.000Z'],
      ['2026-02-09T12:00:00.000Z', '2026-02-09T16:30:00.000Z'],
      ['2026-02-11T13:00:00.000Z', '2026-02-11T17:00:00.000Z'],
      ['2026-02-15T09:00:00.000Z', '2026-02-15T10:00:00.000Z'],
    ]);
  });

  it('shortens a window over the skipped hour on 2026-03-29 and drops one inside it', () => {
    const over = expandAvailability({ timeZone: ZONE, from: '2026-03-29', to: '2026-03-29', weekly: everyDay(at(1), at(4)), exceptions: [] });
    expect(iso(over)).toEqual([['2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z']]);
    expect(hours(over[0])).toBe(2);

    const startingInGap = expandAvailability({ timeZone: ZONE, from: '2026-03-29', to: '2026-03-29', weekly: everyDay(at(2, 30), at(4)), exceptions: [] });
    expect(iso(startingInGap)).toEqual([['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z']]);

    const inside = expandAvailability({ timeZone: ZONE, from: '2026-03-29', to: '2026-03-29', weekly: everyDay(at(2), at(3)), exceptions: [] });
    expect(inside).toEqual([]);

    const office = expandAvailability({ timeZone: ZONE, from: '2026-03-29', to: '2026-03-29', weekly: everyDay(at(9), at(17)), exceptions: [] });
    expect(iso(office)).toEqual([['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z']]);
  });

  it('keeps a window over the repeated hour on 2026-10-25 single, as long as the real time', () => {
    const over = expandAvailability({ timeZone: ZONE, from: '2026-10-25', to: '2026-10-25', weekly: everyDay(at(1), at(4)), exceptions: [] });
    expect(iso(over)).toEqual([['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z']]);
    expect(hours(over[0])).toBe(4);

    const inside = expandAvailability({ timeZone: ZONE, from: '2026-10-25', to: '2026-10-25', weekly: everyDay(at(2, 15), at(2, 45)), exceptions: [] });
    expect(iso(inside)).toEqual([['2026-10-25T00:15:00.000Z', '2026-10-25T00:45:00.000Z']]);

    const office = expandAvailability({ timeZone: ZONE, from: '2026-10-25', to: '2026-10-25', weekly: everyDay(at(9), at(17)), exceptions: [] });
    expect(iso(office)).toEqual([['2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z']]);
  });

  it('lets an exception replace the template or take the whole day off', () => {
    const intervals = expandAvailability({
      timeZone: ZONE,
      from: '2026-02-09',
      to: '2026-02-11',
      weekly: everyDay(at(9), at(17)),
      exceptions: [
        { date: '2026-02-09', windows: [] },
        { date: '2026-02-10', windows: [{ startMinute: at(6), endMinute: at(8) }, { startMinute: at(20), endMinute: at(24) }] },
      ],
    });
    expect(iso(intervals)).toEqual([
      ['2026-02-10T05:00:00.000Z', '2026-02-10T07:00:00.000Z'],
      ['2026-02-10T19:00:00.000Z', '2026-02-10T23:00:00.000Z'],
      ['2026-02-11T08:00:00.000Z', '2026-02-11T16:00:00.000Z'],
    ]);
  });

  it('follows the offset across a range crossing both changes', () => {
    const intervals = expandAvailability({ timeZone: ZONE, from: '2026-03-28', to: '2026-10-26', weekly: everyDay(at(9), at(17)), exceptions: [] });
    expect(intervals).toHaveLength(213);
    expect(iso([intervals[0], intervals[1], intervals.at(-3)!, intervals.at(-2)!, intervals.at(-1)!])).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T16:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'],
      ['2026-10-24T07:00:00.000Z', '2026-10-24T15:00:00.000Z'],
      ['2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z'],
      ['2026-10-26T08:00:00.000Z', '2026-10-26T16:00:00.000Z'],
    ]);
    expect(intervals.every((interval) => hours(interval) === 8)).toBe(true);
  });

  it('merges a window ending at midnight with one starting at the next midnight', () => {
    const intervals = expandAvailability({
      timeZone: ZONE,
      from: '2026-02-09',
      to: '2026-02-10',
      weekly: [
        { weekday: 1, startMinute: at(22), endMinute: at(24) },
        { weekday: 2, startMinute: at(0), endMinute: at(2) },
      ],
      exceptions: [],
    });
    expect(iso(intervals)).toEqual([['2026-02-09T21:00:00.000Z', '2026-02-10T01:00:00.000Z']]);
  });
});

describe('nextFreeSlot', () => {
  const d = (text: string) => new Date(text);
  const available = [
    { start: d('2026-02-09T08:00:00Z'), end: d('2026-02-09T12:00:00Z') },
    { start: d('2026-02-10T08:00:00Z'), end: d('2026-02-10T16:00:00Z') },
  ];

  it('returns the first start when nothing is busy', () => {
    expect(nextFreeSlot({ available, busy: [], durationMinutes: 60, notBefore: d('2026-02-01T00:00:00Z') })).toEqual(d('2026-02-09T08:00:00Z'));
  });

  it('skips busy stretches and gaps too short for the duration', () => {
    const busy = [
      { start: d('2026-02-09T08:30:00Z'), end: d('2026-02-09T10:00:00Z') },
      { start: d('2026-02-09T11:00:00Z'), end: d('2026-02-09T11:30:00Z') },
    ];
    expect(nextFreeSlot({ available, busy, durationMinutes: 60, notBefore: d('2026-02-09T00:00:00Z') })).toEqual(d('2026-02-09T10:00:00Z'));
    expect(nextFreeSlot({ available, busy, durationMinutes: 90, notBefore: d('2026-02-09T00:00:00Z') })).toEqual(d('2026-02-10T08:00:00Z'));
  });

  it('starts no earlier than notBefore and answers null when nothing fits', () => {
    expect(nextFreeSlot({ available, busy: [], durationMinutes: 30, notBefore: d('2026-02-10T15:10:00Z') })).toEqual(d('2026-02-10T15:10:00Z'));
    expect(nextFreeSlot({ available, busy: [], durationMinutes: 60, notBefore: d('2026-02-10T15:10:00Z') })).toBeNull();
    expect(nextFreeSlot({ available, busy: [], durationMinutes: 9 * 60, notBefore: d('2026-02-01T00:00:00Z') })).toBeNull();
  });
});

describe('withoutBusy', () => {
  const at = (time: string) => new Date(`2026-06-03T${time}:00.000Z`);
  const interval = (start: string, end: string) => ({ start: at(start), end: at(end) });

  it('cuts booked stretches out of the free intervals, keeping what is left on both sides', () => {
    expect(withoutBusy([interval('08:00', '12:00'), interval('13:00', '17:00')], [interval('09:00', '10:00'), interval('11:30', '13:30')])).toEqual([
      interval('08:00', '09:00'),
      interval('10:00', '11:30'),
      interval('13:30', '17:00'),
    ]);
  });

  it('drops an interval that is booked whole and ignores bookings outside every interval', () => {
    expect(withoutBusy([interval('08:00', '09:00'), interval('10:00', '11:00')], [interval('07:00', '09:30'), interval('18:00', '19:00')])).toEqual([interval('10:00', '11:00')]);
    expect(withoutBusy([interval('08:00', '09:00')], [])).toEqual([interval('08:00', '09:00')]);
  });
});
