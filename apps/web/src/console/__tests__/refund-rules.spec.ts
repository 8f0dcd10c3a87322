// The refund form's arithmetic: what is left to give back (typed amounts: src/__tests__/money.spec.ts).
import { describe, expect, it } from '@jest/globals';
import { refundLeftMinor } from '../request/refund-rules';

describe('refund rules', () => {
  it('leaves what was charged less the refunds given or on their way, never below nothing', () => {
    expect(refundLeftMinor({ capturedMinor: 4000, refunds: [] })).toBe(4000);
    expect(
      refundLeftMinor({
        capturedMinor: 4000,
        refunds: [
          { amountMinor: 1000, status: 'SUCCEEDED' },
          { amountMinor: 500, status: 'PENDING' },
          { amountMinor: 2000, status: 'FAILED' },
        ],
      }),
    ).toBe(2500);
    expect(refundLeftMinor({ capturedMinor: 1000, refunds: [{ amountMinor: 1000, status: 'SUCCEEDED' }] })).toBe(0);
  });
});
