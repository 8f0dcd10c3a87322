// Retries back off exponentially from the job type's base, never beyond the cap, with jitter that
// only ever shortens a wait (so the cap holds and two failed jobs rarely come back together).
import { describe, expect, it } from '@jest/globals';
import { BACKOFF_JITTER, MAX_RETRY_DELAY_MS, retryDelayMs } from '../queue/queue.factory.js';

describe('retryDelayMs', () => {
  it('doubles the base per failed attempt when jitter takes nothing off', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 2_000, () => 0))).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(retryDelayMs(40, 2_000, () => 0)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('takes at most the jitter share off a wait', () => {
    expect(retryDelayMs(3, 1_000, () => 1)).toBe(4_000 * (1 - BACKOFF_JITTER));
    expect(retryDelayMs(3, 1_000, () => 0.5)).toBe(4_000 * (1 - BACKOFF_JITTER / 2));
  });
});
