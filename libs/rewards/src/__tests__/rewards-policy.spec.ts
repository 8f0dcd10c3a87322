// The rewards policy document: what the product ships, documents stored before the catalog and the
// Best-Friend requirements existed, and the checks operators meet when they change it.
import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { defaultPolicy, parsePolicy, type PolicyTenant, rewardsPolicy } from '@quartier/tenancy';

const swiss: PolicyTenant = { name: 'Alpine Telecom', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };
const english: PolicyTenant = { name: 'Harbour Home', currency: 'GBP', locales: ['en'], defaultLocale: 'en' };

/** A rewards document as the first version of the product stored it. */
const STORED_BEFORE_CATALOG = {
  pointsPerEvent: { jobCompleted: 100, fiveStarReview: 50, fastFirstResponse: 20, repeatCustomer: 30, vettingCompleted: 200 },
  levels: [
    { key: 'bronze', name: { de: 'Bronze', fr: 'Bronze', it: 'Bronzo', en: 'Bronze' }, minPoints: 0 },
    { key: 'silver', name: { de: 'Silber', fr: 'Argent', it: 'Argento', en: 'Silver' }, minPoints: 1000 },
    { key: 'gold', name: { de: 'Gold', fr: 'Or', it: 'Oro', en: 'Gold' }, minPoints: 5000 },
    { key: 'platinum', name: { de: 'Platin', fr: 'Platine', it: 'Platino', en: 'Platinum' }, minPoints: 15000 },
  ],
};

function fieldOf(document: unknown, tenant: PolicyTenant = swiss): string {
  try {
    parsePolicy('rewards', document, tenant);
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('rewards policy', () => {
  it('ships a Best-Friend top level asking for rating, reviews and reliability, named in every Swiss language', () => {
    const policy = defaultPolicy('rewards', swiss);
    const top = policy.levels.at(-1)!;
    expect(top).toEqual({
      key: 'best_friend',
      name: { de: 'Bester Freund', fr: 'Meilleur ami', it: 'Miglior amico', en: 'Best Friend' },
      minPoints: 3000,
      minRating: 4.5,
      minReviews: 15,
      minReliability: 0.9,
    });
    expect(policy.pointsPerEvent.escalatedPickup).toBe(40);
    expect(policy.catalog.length).toBeGreaterThan(0);
    expect(policy.catalog.every((item) => item.name.de && item.name.fr && item.name.it && item.name.en)).toBe(true);
  });

  it('reads a document stored before the catalog and escalated pickups existed, keeping its own levels', () => {
    const parsed = rewardsPolicy.parse(STORED_BEFORE_CATALOG);
    expect(parsed.levels.map((level) => level.key)).toEqual(['bronze', 'silver', 'gold', 'platinum']);
    expect(parsed.levels[1]).not.toHaveProperty('minRating');
    expect(parsed.pointsPerEvent).toEqual({ ...STORED_BEFORE_CATALOG.pointsPerEvent, escalatedPickup: 40 });
    expect(parsed.catalog).toEqual(defaultPolicy('rewards', swiss).catalog);
    // It is still a valid document for an operator to store again.
    expect(parsePolicy('rewards', STORED_BEFORE_CATALOG, swiss)).toEqual(parsed);
  });

  it('checks level requirements within their ranges, and keeps the first level open to everyone', () => {
    const policy = defaultPolicy('rewards', swiss);
    const withTop = (changes: Record<string, unknown>) => ({ ...policy, levels: [...policy.levels.slice(0, -1), { ...policy.levels.at(-1), ...changes }] });
    expect(fieldOf(withTop({ minRating: 5.5 }))).toBe('document.levels.3.minRating');
    expect(fieldOf(withTop({ minRating: 0 }))).toBe('document.levels.3.minRating');
    expect(fieldOf(withTop({ minReliability: 1.2 }))).toBe('document.levels.3.minReliability');
    expect(fieldOf(withTop({ minReviews: 2.5 }))).toBe('document.levels.3.minReviews');
    expect(fieldOf({ ...policy, levels: [{ ...policy.levels[0], minReviews: 3 }, ...policy.levels.slice(1)] })).toBe('document.levels.0.minReviews');
    expect(parsePolicy('rewards', withTop({ minRating: 4.8, minReviews: 0, minReliability: 1 }), swiss).levels[3]).toMatchObject({ minRating: 4.8, minReliability: 1 });
  });

  it('checks the catalog: unique keys, positive prices, at most 50 items, names in the default locale', () => {
    const policy = defaultPolicy('rewards', swiss);
    const [first] = policy.catalog;
    expect(fieldOf({ ...policy, catalog: [first, { ...first, name: { en: 'Again' } }] })).toBe('document.catalog.1.key');
    expect(fieldOf({ ...policy, catalog: [{ ...first, points: 0 }] })).toBe('document.catalog.0.points');
    expect(fieldOf({ ...policy, catalog: [{ ...first, price: 10 }] })).toBe('document.catalog.0.price');
    const many = Array.from({ length: 51 }, (_, index) => ({ key: `item-${index}`, name: { de: `Artikel ${index}` }, points: 10 }));
    expect(fieldOf({ ...policy, catalog: many })).toBe('document.catalog');
    expect(parsePolicy('rewards', { ...policy, catalog: many.slice(0, 50) }, swiss).catalog).toHaveLength(50);
    const englishOnly = { ...policy, catalog: [{ key: 'mug', name: { en: 'Mug' }, points: 100 }] };
    expect(fieldOf(englishOnly)).toBe('document.catalog.0.name.de');
    expect(parsePolicy('rewards', { ...englishOnly, levels: policy.levels }, english).catalog).toEqual(englishOnly.catalog);
    expect(parsePolicy('rewards', { ...policy, catalog: [] }, swiss).catalog).toEqual([]);
  });
});
