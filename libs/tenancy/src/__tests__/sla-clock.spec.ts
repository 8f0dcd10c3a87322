import { describe, expect, it } from '@jest/globals';
import { inServiceHours, nextServiceInstant, slaDeadline, slaMinutesBetween } from '../policies/sla-clock.js';

const ZURICH = 'Europe/Zurich';
const HOURS = { start: '07:00', end: '22:00' };

function deadline(from: string, minutes: number, serviceHours = HOURS, timeZone = ZURICH): string {
  return slaDeadline({ from: new Date(from), minutes, timeZone, serviceHours }).toISOString();
}

describe('the SLA clock', () => {
  it('runs straight through inside service hours', () => {
    // 10:00 in Zurich (CET, UTC+1) plus three hours.
    expect(deadline('2026-03-02T09:00:00Z', 180)).toBe('2026-03-02T12:00:00.000Z');
  });

  it('starts a request posted after closing at the next opening', () => {
    // Posted 23:10 local: the first hour runs from 07:00 to 08:00 the next morning.
    expect(deadline('2026-03-02T22:10:00Z', 60)).toBe('2026-03-03T07:00:00.000Z');
    // Posted 05:30 local, before opening: the same morning.
    expect(deadline('2026-03-03T04:30:00Z', 15)).toBe('2026-03-03T06:15:00.000Z');
  });

  it('gives a request posted before closing the rest of the evening, then goes on the next morning', () => {
    // 21:30 local: 30 minutes that day, 30 more from 07:00.
    expect(deadline('2026-03-02T20:30:00Z', 30)).toBe('2026-03-02T21:00:00.000Z');
    expect(deadline('2026-03-02T20:30:00Z', 60)).toBe('2026-03-03T06:30:00.000Z');
    // A full service day (15 hours) later is the same local time the next day.
    expect(deadline('2026-03-02T09:00:00Z', 900)).toBe('2026-03-03T09:00:00.000Z');
  });

  it('counts service minutes between two instants, nights left out', () => {
    const minutes = (from: string, to: string) => slaMinutesBetween(new Date(from), new Date(to), ZURICH, HOURS);
    expect(minutes('2026-03-02T20:30:00Z', '2026-03-03T06:30:00Z')).toBe(60);
    expect(minutes('2026-03-02T22:10:00Z', '2026-03-03T06:45:00Z')).toBe(45);
    expect(minutes('2026-03-02T09:00:00Z', '2026-03-02T09:00:30Z')).toBe(0.5);
    expect(minutes('2026-03-02T22:10:00Z', '2026-03-03T05:59:00Z')).toBe(0);
    expect(minutes('2026-03-03T09:00:00Z', '2026-03-02T09:00:00Z')).toBe(0);
    expect(minutes('2026-03-02T06:00:00Z', '2026-03-05T21:00:00Z')).toBe(4 * 15 * 60);
  });

  it('is open from the opening up to, not including, the closing', () => {
    expect(inServiceHours(new Date('2026-03-02T06:00:00Z'), ZURICH, HOURS)).toBe(true);
    expect(inServiceHours(new Date('2026-03-02T20:59:59Z'), ZURICH, HOURS)).toBe(true);
    expect(inServiceHours(new Date('2026-03-02T21:00:00Z'), ZURICH, HOURS)).toBe(false);
    expect(nextServiceInstant(new Date('2026-03-02T21:00:00Z'), ZURICH, HOURS).toISOString()).toBe('2026-03-03T06:00:00.000Z');
    expect(nextServiceInstant(new Date('2026-03-02T12:34:00Z'), ZURICH, HOURS).toISOString()).toBe('2026-03-02T12:34:00.000Z');
  });

  it('opens at 07:00 local time on the morning the clocks go forward and on the morning they go back', () => {
    // 29 March 2026: Zurich moves from CET (UTC+1) to CEST (UTC+2) at 02:00. Posted Saturday 21:00 CET.
    expect(deadline('2026-03-28T20:00:00Z', 120)).toBe('2026-03-29T06:00:00.000Z');
    expect(slaMinutesBetween(new Date('2026-03-28T20:00:00Z'), new Date('2026-03-29T06:00:00Z'), ZURICH, HOURS)).toBe(120);
    // 25 October 2026: back to CET at 03:00. Posted Saturday 21:30 CEST.
    expect(deadline('2026-10-24T19:30:00Z', 60)).toBe('2026-10-25T06:30:00.000Z');
  });

  it('lasts the real time of service hours that span the change: an hour less in spring, an hour more in autumn', () => {
    const night = { start: '01:00', end: '04:00' };
    // 01:00 CET (00:00Z) to 04:00 CEST (02:00Z): two real hours.
    expect(slaMinutesBetween(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T12:00:00Z'), ZURICH, night)).toBe(120);
    // 120 minutes that night, the other 30 from 01:00 CEST the next night (23:00Z).
    expect(deadline('2026-03-29T00:00:00Z', 150, night)).toBe('2026-03-29T23:30:00.000Z');
    // 01:00 CEST (23:00Z) to 04:00 CET (03:00Z): four real hours.
    expect(slaMinutesBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z'), ZURICH, night)).toBe(240);
    // An opening inside the skipped hour is the instant the clocks jump.
    expect(nextServiceInstant(new Date('2026-03-29T00:10:00Z'), ZURICH, { start: '02:30', end: '05:00' }).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('runs around the clock with service hours 00:00–24:00, in real minutes across a change', () => {
    const always = { start: '00:00', end: '24:00' };
    expect(deadline('2026-03-28T22:30:00Z', 180, always)).toBe('2026-03-29T01:30:00.000Z');
    expect(slaMinutesBetween(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z'), ZURICH, always)).toBe(23 * 60);
  });

  it('works in the tenant’s own zone', () => {
    // 23:10 in New York (EST, UTC−5): opens 07:00 local = 12:00Z.
    expect(deadline('2026-03-03T04:10:00Z', 60, HOURS, 'America/New_York')).toBe('2026-03-03T13:00:00.000Z');
  });

  it('refuses service hours that are not a day’s span', () => {
    expect(() => deadline('2026-03-02T09:00:00Z', 60, { start: '22:00', end: '07:00' })).toThrow(RangeError);
    expect(() => deadline('2026-03-02T09:00:00Z', 60, { start: '7:00', end: '22:00' })).toThrow(RangeError);
    expect(() => deadline('2026-03-02T09:00:00Z', -1)).toThrow(RangeError);
  });
});
