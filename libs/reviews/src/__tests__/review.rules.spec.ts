import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { defaultPolicy, parsePolicy, type PolicyTenant } from '@quartier/tenancy';
import { countsTowardsRating } from '../helper-ratings.js';
import { checkReason, checkStars, checkText, reviewCursorOf, reviewWindowState, windowClosesAt } from '../review.rules.js';

const swiss: PolicyTenant = { name: 'Alpine Telecom', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };
const DAY_MS = 86_400_000;

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('review rules', () => {
  it('opens the window at completion for the policy’s days, closing at its last instant exclusive', () => {
    const completedAt = new Date('2026-03-28T10:00:00Z');
    const closesAt = windowClosesAt(completedAt, { windowDays: 14 });
    expect(closesAt.toISOString()).toBe('2026-04-11T10:00:00.000Z');
    expect(reviewWindowState(null, null, completedAt)).toBe('not_open');
    expect(reviewWindowState(completedAt, closesAt, new Date(closesAt.getTime() - 1))).toBe('open');
    expect(reviewWindowState(completedAt, closesAt, closesAt)).toBe('closed');
    expect(windowClosesAt(completedAt, { windowDays: 1 }).getTime() - completedAt.getTime()).toBe(DAY_MS);
  });

  it('takes whole stars from 1 to 5 only', () => {
    expect(checkStars(1)).toBe(1);
    expect(checkStars(5)).toBe(5);
    for (const stars of [0, 6, 4.5, Number.NaN]) expect(fieldOf(() => checkStars(stars))).toBe('stars');
  });

  it('trims the text and holds it to the policy’s bounds', () => {
    expect(checkText('  Great job  ', { minTextLength: 0, maxTextLength: 2000 })).toBe('Great job');
    expect(checkText(null, { minTextLength: 0, maxTextLength: 2000 })).toBe('');
    expect(fieldOf(() => checkText('   ', { minTextLength: 10, maxTextLength: 2000 }))).toBe('text');
    expect(fieldOf(() => checkText('x'.repeat(101), { minTextLength: 0, maxTextLength: 100 }))).toBe('text');
    expect(fieldOf(() => checkReason(' '))).toBe('reason');
    expect(fieldOf(() => checkReason('x'.repeat(501)))).toBe('reason');
  });

  it('counts only published, visible reviews by customers towards a helper’s rating', () => {
    const published = new Date();
    expect(countsTowardsRating({ author_role: 'customer', published_at: published, hidden_at: null })).toBe(true);
    expect(countsTowardsRating({ author_role: 'customer', published_at: null, hidden_at: null })).toBe(false);
    expect(countsTowardsRating({ author_role: 'customer', published_at: published, hidden_at: published })).toBe(false);
    expect(countsTowardsRating({ author_role: 'helper', published_at: published, hidden_at: null })).toBe(false);
  });

  it('refuses a malformed cursor', () => {
    expect(fieldOf(() => reviewCursorOf(Buffer.from(JSON.stringify({ t: 'yesterday', id: 'x' })).toString('base64url')))).toBe('after');
    expect(reviewCursorOf(null)).toBeNull();
  });

  it('defaults the reviews policy to 14 days and names the field of a bad document', () => {
    expect(defaultPolicy('reviews', swiss)).toEqual({ windowDays: 14, minTextLength: 0, maxTextLength: 2000 });
    expect(fieldOf(() => parsePolicy('reviews', { windowDays: 61, minTextLength: 0, maxTextLength: 2000 }, swiss))).toBe('document.windowDays');
    expect(fieldOf(() => parsePolicy('reviews', { windowDays: 7, minTextLength: 50, maxTextLength: 20 }, swiss))).toBe('document.minTextLength');
    expect(fieldOf(() => parsePolicy('reviews', { windowDays: 7, minTextLength: 0, maxTextLength: 2001 }, swiss))).toBe('document.maxTextLength');
  });
});
