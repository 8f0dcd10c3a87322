// When a text held back by a tenant's quiet hours goes out, in Europe/Zurich across both
// daylight-saving changes of 2026, and in America/New_York.
import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { parseQuietHours, type QuietHours, sendableAt } from '../quiet-hours.js';

const ZURICH = 'Europe/Zurich';
const NEW_YORK = 'America/New_York';
const NIGHT: QuietHours = { start: '21:00', end: '08:00' };

const at = (iso: string, timeZone: string, quiet: QuietHours | null) => sendableAt(new Date(iso), timeZone, quiet).toISOString();

describe('sendableAt', () => {
  it('sends at once outside quiet hours, and when there are none', () => {
    // 20:30 in Zurich (CET).
    expect(at('2026-01-14T19:30:00.000Z', ZURICH, NIGHT)).toBe('2026-01-14T19:30:00.000Z');
    expect(at('2026-01-14T23:00:00.000Z', ZURICH, null)).toBe('2026-01-14T23:00:00.000Z');
    expect(at('2026-01-14T23:00:00.000Z', ZURICH, { start: '22:00', end: '22:00' })).toBe('2026-01-14T23:00:00.000Z');
  });

  it('holds a text over midnight until 08:00 the next morning', () => {
    expect(at('2026-01-14T21:00:00.000Z', ZURICH, NIGHT)).toBe('2026-01-15T07:00:00.000Z');
    expect(at('2026-01-15T05:00:00.000Z', ZURICH, NIGHT)).toBe('2026-01-15T07:00:00.000Z');
  });

  it('counts the start as quiet and the end as not', () => {
    expect(at('2026-01-14T20:00:00.000Z', ZURICH, NIGHT)).toBe('2026-01-15T07:00:00.000Z');
    expect(at('2026-01-14T19:59:59.999Z', ZURICH, NIGHT)).toBe('2026-01-14T19:59:59.999Z');
    expect(at('2026-01-15T07:00:00.000Z', ZURICH, NIGHT)).toBe('2026-01-15T07:00:00.000Z');
  });

  it('holds a text within quiet hours inside one day until they end that day', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(at('2026-07-15T10:15:00.000Z', ZURICH, lunch)).toBe('2026-07-15T11:30:00.000Z');
    expect(at('2026-07-15T09:15:00.000Z', ZURICH, lunch)).toBe('2026-07-15T09:15:00.000Z');
    expect(at('2026-07-15T12:00:00.000Z', ZURICH, lunch)).toBe('2026-07-15T12:00:00.000Z');
  });

  it('ends quiet hours on the spring-forward night at the new local time', () => {
    // 22:00 CET on 2026-03-28; 08:00 the next morning is already CEST.
    expect(at('2026-03-28T21:00:00.000Z', ZURICH, NIGHT)).toBe('2026-03-29T06:00:00.000Z');
  });

  it('ends quiet hours at the jump when their end is skipped on the spring-forward night', () => {
    // 02:30 does not exist on 2026-03-29: the clocks go from 02:00 CET straight to 03:00 CEST (01:00Z).
    expect(at('2026-03-28T22:00:00.000Z', ZURICH, { start: '22:00', end: '02:30' })).toBe('2026-03-29T01:00:00.000Z');
    // 03:15 CEST is after the end that never came.
    expect(at('2026-03-29T01:15:00.000Z', ZURICH, { start: '22:00', end: '02:30' })).toBe('2026-03-29T01:15:00.000Z');
  });

  it('ends quiet hours on the fall-back night at the new local time', () => {
    // 23:00 CEST on 2026-10-24; 08:00 the next morning is CET again.
    expect(at('2026-10-24T21:00:00.000Z', ZURICH, NIGHT)).toBe('2026-10-25T07:00:00.000Z');
  });

  it('ends quiet hours at the next 02:30 still ahead when the hour repeats on the fall-back night', () => {
    const early = { start: '01:00', end: '02:30' };
    // 01:30 CEST: the first 02:30 (CEST) is the end.
    expect(at('2026-10-24T23:30:00.000Z', ZURICH, early)).toBe('2026-10-25T00:30:00.000Z');
    // 02:45 CEST: past the end.
    expect(at('2026-10-25T00:45:00.000Z', ZURICH, early)).toBe('2026-10-25T00:45:00.000Z');
    // 02:10 CET, once the clocks went back: the second 02:30 (CET), never one already past.
    expect(at('2026-10-25T01:10:00.000Z', ZURICH, early)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('reads quiet hours on the tenant’s own clock', () => {
    // 22:00 in Zurich but 16:00 in New York.
    expect(at('2026-01-14T21:00:00.000Z', NEW_YORK, NIGHT)).toBe('2026-01-14T21:00:00.000Z');
    // 22:00 EDT on 2026-06-30 → 08:00 EDT.
    expect(at('2026-07-01T02:00:00.000Z', NEW_YORK, NIGHT)).toBe('2026-07-01T12:00:00.000Z');
    // 22:00 EDT on 2026-10-31; New York falls back that night, so 08:00 is EST.
    expect(at('2026-11-01T02:00:00.000Z', NEW_YORK, NIGHT)).toBe('2026-11-01T13:00:00.000Z');
    // 23:00 EST on 2026-03-07; New York springs forward that night, so 08:00 is EDT.
    expect(at('2026-03-08T04:00:00.000Z', NEW_YORK, NIGHT)).toBe('2026-03-08T12:00:00.000Z');
  });
});

describe('parseQuietHours', () => {
  it('returns the two times of well-formed input', () => {
    expect(parseQuietHours({ start: '21:00', end: '07:30', extra: true })).toEqual({ start: '21:00', end: '07:30' });
    expect(parseQuietHours({ start: '00:00', end: '23:59' })).toEqual({ start: '00:00', end: '23:59' });
  });

  it.each([
    ['a string', '21:00-08:00'],
    ['null', null],
    ['a missing end', { start: '21:00' }],
    ['an hour without a leading zero', { start: '9:00', end: '12:00' }],
    ['24:00', { start: '21:00', end: '24:00' }],
    ['minute 60', { start: '21:60', end: '08:00' }],
    ['a number', { start: 2100, end: '08:00' }],
  ])('refuses %s as quietHours', (_case, value) => {
    expect(() => parseQuietHours(value)).toThrow(ValidationError);
    try {
      parseQuietHours(value);
    } catch (error) {
      expect((error as ValidationError).field).toBe('quietHours');
    }
  });
});
