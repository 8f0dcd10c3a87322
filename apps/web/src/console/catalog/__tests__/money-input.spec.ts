// The fixed-price range the catalog shows is the one the API checks (the site's hourly bounds times the
// duration, rounded half up).
import { describe, expect, it } from '@jest/globals';
import { fixedPriceBounds } from '../money-input';

describe('fixed prices in the catalog', () => {
  it('gives the fixed-price range for a duration as the API does', () => {
    const hourly = { minMinor: 3000, maxMinor: 5000 };
    expect(fixedPriceBounds(hourly, 60)).toEqual({ minMinor: 3000, maxMinor: 5000 });
    expect(fixedPriceBounds(hourly, 90)).toEqual({ minMinor: 4500, maxMinor: 7500 });
    // 3333 × 5 / 60 = 277.75 → 278; the smallest price is one minor unit.
    expect(fixedPriceBounds({ minMinor: 3333, maxMinor: 3333 }, 5)).toEqual({ minMinor: 278, maxMinor: 278 });
    expect(fixedPriceBounds({ minMinor: 1, maxMinor: 1 }, 5).minMinor).toBe(1);
  });
});
