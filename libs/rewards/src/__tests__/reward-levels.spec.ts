// Levels follow lifetime points and, where a level asks for them, the helper's rating, number of
// reviews and reliability; the next level says what is still missing.
import { describe, expect, it } from '@jest/globals';
import { defaultPolicy, type PolicyTenant } from '@quartier/tenancy';
import { dispatchAcceptedAwards, EMPTY_RECORD, gapTo, type HelperRecord, levelRankOf, reliabilityOf, standingOf } from '../index.js';

const swiss: PolicyTenant = { name: 'Alpine Telecom', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };
const { levels } = defaultPolicy('rewards', swiss);
const keyOf = (record: HelperRecord) => levels[levelRankOf(levels, record)].key;

/** A record meeting every Best-Friend requirement: 4.6 stars over 15 reviews, 19 of 20 jobs completed. */
const BEST: HelperRecord = { lifetimePoints: 3000, reviewCount: 15, starsSum: 69, completedJobs: 19, releasedJobs: 1 };

describe('reward levels', () => {
  it('climbs with lifetime points up to the level below Best Friend', () => {
    expect(keyOf(EMPTY_RECORD)).toBe('bronze');
    expect(keyOf({ ...EMPTY_RECORD, lifetimePoints: 499 })).toBe('bronze');
    expect(keyOf({ ...EMPTY_RECORD, lifetimePoints: 500 })).toBe('silver');
    expect(keyOf({ ...EMPTY_RECORD, lifetimePoints: 1500 })).toBe('gold');
    // Points alone never make a Best Friend.
    expect(keyOf({ ...EMPTY_RECORD, lifetimePoints: 1_000_000 })).toBe('gold');
  });

  it('makes a Best Friend of a helper meeting every requirement, and of no one missing one', () => {
    expect(keyOf(BEST)).toBe('best_friend');
    expect(keyOf({ ...BEST, lifetimePoints: 2999 })).toBe('gold');
    expect(keyOf({ ...BEST, reviewCount: 14, starsSum: 65 })).toBe('gold');
    // 4.4 stars.
    expect(keyOf({ ...BEST, starsSum: 66 })).toBe('gold');
    // 4.5 stars exactly is enough.
    expect(keyOf({ ...BEST, reviewCount: 16, starsSum: 72 })).toBe('best_friend');
    // 17 of 20: 0.85.
    expect(keyOf({ ...BEST, completedJobs: 17, releasedJobs: 3 })).toBe('gold');
    // 9 of 10 is exactly 0.9.
    expect(keyOf({ ...BEST, completedJobs: 9, releasedJobs: 1 })).toBe('best_friend');
    // No history at all fails a reliability requirement.
    expect(reliabilityOf({ ...BEST, completedJobs: 0, releasedJobs: 0 })).toBeNull();
    expect(keyOf({ ...BEST, completedJobs: 0, releasedJobs: 0 })).toBe('gold');
  });

  it('says what the next level still asks, and nothing at the top', () => {
    expect(standingOf(levels, { ...EMPTY_RECORD, lifetimePoints: 120 }).next).toMatchObject({
      level: { key: 'silver' },
      gap: { pointsMissing: 380, reviewsMissing: 0, ratingRequired: null, reliabilityRequired: null },
    });
    const gold = standingOf(levels, { lifetimePoints: 3200, reviewCount: 10, starsSum: 40, completedJobs: 8, releasedJobs: 2 });
    expect(gold.level.key).toBe('gold');
    expect(gold.next).toMatchObject({ level: { key: 'best_friend' }, gap: { pointsMissing: 0, reviewsMissing: 5, ratingRequired: 4.5, reliabilityRequired: 0.9 } });
    expect(gapTo(levels[3], { ...EMPTY_RECORD, lifetimePoints: 3000 }).ratingRequired).toBe(4.5);
    expect(standingOf(levels, BEST)).toMatchObject({ rank: 3, next: null });
  });

  it('takes the highest level whose conditions are met, even above one that is not', () => {
    const custom = [
      levels[0],
      { ...levels[1], minPoints: 100, minRating: 4.9 },
      { ...levels[2], minPoints: 200 },
    ];
    expect(custom[levelRankOf(custom, { ...EMPTY_RECORD, lifetimePoints: 150 })].key).toBe('bronze');
    expect(custom[levelRankOf(custom, { ...EMPTY_RECORD, lifetimePoints: 250 })].key).toBe('gold');
  });
});

describe('points from an accepted dispatch offer', () => {
  const requestId = '01890a5d-ac96-774b-bcce-b302099a8057';
  const helperId = '01890a5d-ac96-774b-bcce-b302099a8058';
  const accepted = { requestId, helperId, wave: 1, tierKey: null, respondedSeconds: 900, firstResponseMinutes: 15 };

  it('rewards an answer within the first-response target, and picking up an escalated request', () => {
    expect(dispatchAcceptedAwards(accepted)).toEqual([{ helperId, reason: 'fast_first_response', businessKey: `fast_first_response:${requestId}:${helperId}` }]);
    expect(dispatchAcceptedAwards({ ...accepted, respondedSeconds: 901 })).toEqual([]);
    expect(dispatchAcceptedAwards({ ...accepted, respondedSeconds: 2000, tierKey: 'specialists' })).toEqual([
      { helperId, reason: 'escalated_pickup', businessKey: `escalated_pickup:${requestId}:${helperId}` },
    ]);
  });

  it('earns nothing from a payload it does not understand', () => {
    expect(dispatchAcceptedAwards({ ...accepted, helperId: 'someone' })).toEqual([]);
    expect(dispatchAcceptedAwards({ requestId })).toEqual([]);
  });
});
