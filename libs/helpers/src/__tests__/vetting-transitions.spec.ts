import { describe, expect, it } from '@jest/globals';
import { HELPER_STATUSES, IllegalVettingTransitionError, nextStatus, type VettingEvent } from '../vetting-transitions.js';

const EVENTS: VettingEvent[] = ['submitted', 'approved', 'rejected', 'suspended', 'reinstated', 'expired'];

describe('vetting transitions', () => {
  it('follows the lifecycle applicant → in review → approved → suspended → approved', () => {
    expect(nextStatus('applicant', 'submitted')).toBe('in_review');
    expect(nextStatus('in_review', 'approved')).toBe('approved');
    expect(nextStatus('approved', 'suspended')).toBe('suspended');
    expect(nextStatus('suspended', 'reinstated')).toBe('approved');
    expect(nextStatus('approved', 'expired')).toBe('in_review');
    expect(nextStatus('in_review', 'rejected')).toBe('rejected');
  });

  it('refuses every other move with a typed CONFLICT naming where it came from', () => {
    const allowed = new Set(['applicant submitted', 'in_review approved', 'in_review rejected', 'approved suspended', 'approved expired', 'suspended reinstated']);
    for (const from of HELPER_STATUSES) {
      for (const event of EVENTS) {
        if (allowed.has(`${from} ${event}`)) continue;
        let error: unknown;
        try {
          nextStatus(from, event);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(IllegalVettingTransitionError);
        expect((error as IllegalVettingTransitionError).code).toBe('CONFLICT');
        expect((error as IllegalVettingTransitionError).details).toEqual({ field: 'status', from, event });
      }
    }
  });
});
