// Free intervals cut into bookable starts, and the local date range the availability query takes.
import { describe, expect, it } from '@jest/globals';
import { freeSlots, localDateRange } from '../booking/free-slots';

const NOW = Date.parse('2026-12-01T08:00:00Z');

describe('freeSlots', () => {
  const intervals = [
    { start: '2026-12-01T08:00:00Z', end: '2026-12-01T11:00:00Z' },
    { start: '2026-12-02T08:00:00Z', end: '2026-12-02T09:30:00Z' },
  ];

  it('offers every hour where the whole job fits, not too soon, soonest first', () => {
    expect(freeSlots(intervals, { durationMinutes: 60, now: NOW, limit: 10 })).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
      '2026-12-02T08:00:00.000Z',
    ]);
  });

  it('leaves out the slot just refused and stops at the limit', () => {
    expect(freeSlots(intervals, { durationMinutes: 60, now: NOW, limit: 2, exclude: '2026-12-01T09:00:00.000Z' })).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-02T08:00:00.000Z']);
  });

  it('offers nothing where a long job fits nowhere', () => {
    expect(freeSlots(intervals, { durationMinutes: 240, now: NOW, limit: 10 })).toEqual([]);
  });
});

describe('localDateRange', () => {
  it('starts on the site’s own date, not UTC’s', () => {
    // 23:30 UTC on 1 December is already 2 December in Zurich.
    expect(localDateRange('Europe/Zurich', Date.parse('2026-12-01T23:30:00Z'), 13)).toEqual({ from: '2026-12-02', to: '2026-12-15' });
  });
});
