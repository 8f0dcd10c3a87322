// The times a customer can pick when choosing an offer, and windows as picked in the site's zone.
import { describe, expect, it } from '@jest/globals';
import { siteDate, siteInstant } from '../../i18n/site-time';
import { startsInWindows } from '../offer-starts';

describe('choosing when the helper comes', () => {
  const now = Date.parse('2026-12-01T08:10:00Z');

  it('offers half-hour starts inside each window where the whole job fits, after the lead time', () => {
    const windows = [
      { from: '2026-12-01T08:00:00Z', to: '2026-12-01T10:00:00Z' },
      { from: '2026-12-02T13:00:00Z', to: '2026-12-02T14:00:00Z' },
    ];
    expect(startsInWindows(windows, { durationMinutes: 60, now, limit: 10 })).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-02T13:00:00.000Z',
    ]);
    expect(startsInWindows(windows, { durationMinutes: 30, now, limit: 10 })).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T09:30:00.000Z',
      '2026-12-02T13:00:00.000Z',
      '2026-12-02T13:30:00.000Z',
    ]);
  });

  it('offers nothing from a window too short for the job, and keeps to the limit', () => {
    expect(startsInWindows([{ from: '2026-12-01T12:00:00Z', to: '2026-12-01T12:45:00Z' }], { durationMinutes: 60, now, limit: 10 })).toEqual([]);
    expect(startsInWindows([{ from: '2026-12-01T12:00:00Z', to: '2026-12-01T20:00:00Z' }], { durationMinutes: 60, now, limit: 3 })).toHaveLength(3);
  });

  it('reads a date and time in the site’s zone, summer and winter, and the day’s end as 24:00', () => {
    expect(siteInstant('2026-12-01', '09:30', 'Europe/Zurich').toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(siteInstant('2026-07-01', '09:30', 'Europe/Zurich').toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(siteInstant('2026-12-01', '24:00', 'Europe/Zurich').toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(siteDate('Europe/Zurich', Date.parse('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });
});
