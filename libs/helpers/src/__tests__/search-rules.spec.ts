// The search window's checks and the ranking weights' normalization.
import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { checkWindow, weightShares } from '../search/search.rules.js';

const NOW = new Date('2026-03-02T10:00:00Z');

function fieldOf(window: { from: string; to: string }): string | null {
  try {
    checkWindow(window, NOW);
    return null;
  } catch (error) {
    return error instanceof ValidationError ? error.field : 'not a ValidationError';
  }
}

describe('search window', () => {
  it('accepts a future window within 14 days, with any UTC offset', () => {
    expect(checkWindow({ from: '2026-03-03T09:00:00+01:00', to: '2026-03-03T12:00:00Z' }, NOW)).toEqual({
      from: new Date('2026-03-03T08:00:00Z'),
      to: new Date('2026-03-03T12:00:00Z'),
    });
    expect(checkWindow(null, NOW)).toBeNull();
  });

  it('names the field of a malformed, past, backwards or too distant window', () => {
    expect(fieldOf({ from: '2026-03-03', to: '2026-03-04T00:00:00Z' })).toBe('window.from');
    expect(fieldOf({ from: '2026-03-03T09:00:00Z', to: '2026-02-30T09:00:00Z' })).toBe('window.to');
    expect(fieldOf({ from: '2026-03-02T09:59:00Z', to: '2026-03-02T12:00:00Z' })).toBe('window.from');
    expect(fieldOf({ from: '2026-03-03T12:00:00Z', to: '2026-03-03T12:00:00Z' })).toBe('window.to');
    expect(fieldOf({ from: '2026-03-10T12:00:00Z', to: '2026-03-16T10:00:01Z' })).toBe('window.to');
    expect(fieldOf({ from: '2026-03-10T12:00:00Z', to: '2026-03-16T10:00:00Z' })).toBeNull();
  });
});

describe('ranking weights', () => {
  it('turns weights into shares of 1', () => {
    expect(weightShares({ distance: 40, rating: 30, price: 20, responsiveness: 10 })).toEqual({ distance: 0.4, rating: 0.3, price: 0.2, responsiveness: 0.1 });
    expect(weightShares({ distance: 5, rating: 0, price: 0, responsiveness: 0 })).toEqual({ distance: 1, rating: 0, price: 0, responsiveness: 0 });
  });
});
