import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { checkLedgerEntry, type LedgerEntryInput, sameMovement } from '../ledger/ledger-entry.js';

const helperId = '0190a000-0000-7000-8000-000000000001';
const capture = (): LedgerEntryInput => ({
  kind: 'capture',
  businessKey: 'capture:1',
  description: 'Payment captured',
  postings: [
    { account: { kind: 'stripe_clearing' }, amountMinor: 5000, currency: 'CHF' },
    { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: -4000, currency: 'CHF' },
    { account: { kind: 'platform_revenue' }, amountMinor: -800, currency: 'CHF' },
    { account: { kind: 'customer_fees' }, amountMinor: -200, currency: 'CHF' },
  ],
});

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('checkLedgerEntry', () => {
  it('accepts a movement balanced in its currency', () => {
    expect(checkLedgerEntry(capture()).postings).toHaveLength(4);
  });

  it('refuses postings that do not sum to zero per currency', () => {
    const entry = capture();
    entry.postings[0].amountMinor = 5001;
    expect(fieldOf(() => checkLedgerEntry(entry))).toBe('postings');
    // Balanced overall but not per currency.
    const mixed = capture();
    mixed.postings = [
      { account: { kind: 'stripe_clearing' }, amountMinor: 100, currency: 'CHF' },
      { account: { kind: 'platform_revenue' }, amountMinor: -100, currency: 'EUR' },
    ];
    expect(fieldOf(() => checkLedgerEntry(mixed))).toBe('postings');
  });

  it('names the offending line for fractions, zero, unknown currencies and accounts', () => {
    const fraction = capture();
    fraction.postings[1].amountMinor = -3999.5;
    expect(fieldOf(() => checkLedgerEntry(fraction))).toBe('postings[1].amountMinor');
    const zero = capture();
    zero.postings.push({ account: { kind: 'refunds' }, amountMinor: 0, currency: 'CHF' });
    expect(fieldOf(() => checkLedgerEntry(zero))).toBe('postings[4].amountMinor');
    const currency = capture();
    currency.postings[2].currency = 'XYZ';
    expect(fieldOf(() => checkLedgerEntry(currency))).toBe('postings[2].currency');
    const ownerless = capture();
    ownerless.postings[1].account = { kind: 'helper_payable' };
    expect(fieldOf(() => checkLedgerEntry(ownerless))).toBe('postings[1].account.ownerId');
    expect(fieldOf(() => checkLedgerEntry({ ...capture(), businessKey: ' ' }))).toBe('businessKey');
    expect(fieldOf(() => checkLedgerEntry({ ...capture(), postings: capture().postings.slice(0, 1) }))).toBe('postings');
  });

  it('treats the same postings in another order as the same movement, another amount as a different one', () => {
    const a = checkLedgerEntry(capture());
    const b = checkLedgerEntry({ ...capture(), postings: [...capture().postings].reverse() });
    expect(sameMovement(a, b)).toBe(true);
    const other = capture();
    other.postings[0].amountMinor = 5100;
    other.postings[2].amountMinor = -900;
    expect(sameMovement(a, checkLedgerEntry(other))).toBe(false);
  });
});
