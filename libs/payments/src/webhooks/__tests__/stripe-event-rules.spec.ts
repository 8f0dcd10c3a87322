import { describe, expect, it } from '@jest/globals';
import { disputeStatusOf, effectOf, payoutAccountStatusOf } from '../stripe-event-rules.js';
import { disputeLostMovement, payoutFailedMovement, payoutPaidMovement } from '../stripe-event-movements.js';

describe('dispute status', () => {
  it.each([
    ['warning_needs_response', 'open'],
    ['warning_under_review', 'open'],
    ['needs_response', 'open'],
    ['under_review', 'open'],
    ['won', 'won'],
    ['warning_closed', 'won'],
    ['prevented', 'won'],
    ['lost', 'lost'],
  ])("Stripe's %s is %s", (stripe, ours) => {
    expect(disputeStatusOf(stripe)).toBe(ours);
  });
});

describe('payout account status', () => {
  it.each([
    [{ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true }, 'active'],
    [{ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: false }, 'active'],
    [{ chargesEnabled: true, payoutsEnabled: false, detailsSubmitted: true }, 'restricted'],
    [{ chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: true }, 'restricted'],
    [{ chargesEnabled: false, payoutsEnabled: true, detailsSubmitted: false }, 'onboarding'],
    [{ chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: false }, 'onboarding'],
  ])('%j is %s', (flags, status) => {
    expect(payoutAccountStatusOf(flags)).toBe(status);
  });
});

describe('event effects', () => {
  it.each([
    ['charge.dispute.created', 'dispute'],
    ['charge.dispute.funds_reinstated', 'dispute'],
    ['account.updated', 'account'],
    ['payout.paid', 'payout'],
    ['payout.failed', 'payout'],
    ['payout.created', 'ignored'],
    ['payment_intent.canceled', 'payment_intent_canceled'],
    ['payment_intent.succeeded', 'payment_intent_noted'],
    ['charge.refunded', 'refund'],
    ['refund.updated', 'refund'],
    ['charge.captured', 'ignored'],
    ['customer.updated', 'ignored'],
  ])('%s → %s', (type, effect) => {
    expect(effectOf(type)).toBe(effect);
  });
});

describe('dispute and payout movements', () => {
  const helperId = '0190a000-0000-7000-8000-000000000001';
  const payment = {
    id: '0190a000-0000-7000-8000-0000000000aa',
    provider: 'stripe' as const,
    appointment_id: '0190a000-0000-7000-8000-0000000000bb',
    helper_id: helperId,
    currency: 'CHF',
    amount_minor: 5_500,
    helper_payout_minor: 4_000,
    commission_minor: 1_000,
    customer_fee_minor: 500,
  };

  it('takes a lost dispute back from each share in proportion, balanced', () => {
    const entry = disputeLostMovement(payment, { id: 'du_1', amountMinor: 2_750 });
    expect(entry.businessKey).toBe('dispute_lost:du_1');
    expect(entry.postings).toEqual([
      { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: 2_000, currency: 'CHF' },
      { account: { kind: 'platform_revenue', ownerId: null }, amountMinor: 500, currency: 'CHF' },
      { account: { kind: 'customer_fees', ownerId: null }, amountMinor: 250, currency: 'CHF' },
      { account: { kind: 'disputes', ownerId: null }, amountMinor: -2_750, currency: 'CHF' },
    ]);
  });

  it("reverses a failed payout into the helper's earnings again", () => {
    const payout = { id: 'po_1', helperId, amountMinor: 4_000, currency: 'CHF' };
    const paid = payoutPaidMovement(payout);
    const failed = payoutFailedMovement(payout);
    const net = [...paid.postings, ...failed.postings].reduce((sum, p) => sum + (p.account.kind === 'helper_payable' ? p.amountMinor : 0), 0);
    expect([paid.businessKey, failed.businessKey]).toEqual(['payout:po_1', 'payout_failed:po_1']);
    expect(net).toBe(0);
  });
});
