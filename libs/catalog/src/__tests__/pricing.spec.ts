import { describe, expect, it } from '@jest/globals';
import { minorDigits, ValidationError } from '@quartier/platform';
import { DEFAULT_CATEGORIES, defaultPolicy } from '@quartier/tenancy';
import { applyBasisPoints, effectiveFixedPrice, fixedPriceBounds, MAX_PRICE_MINOR, type PricedService, quotePrice, type QuotePolicy } from '../pricing/price-quote.js';

const policy: QuotePolicy = {
  currency: 'CHF',
  commissionBasisPoints: 2000,
  customerFee: { fixedMinor: 0, basisPoints: 0 },
  helperHourlyRate: { minMinor: 3000, maxMinor: 5000 },
  fixedPrices: {},
};
const hourly: PricedService = { slug: 'wifi-setup', pricingMode: 'hourly', fixedPriceMinor: null };
const fixed: PricedService = { slug: 'tv-box-second-room', pricingMode: 'fixed', fixedPriceMinor: 4900 };
const quote: PricedService = { slug: 'smart-home-install', pricingMode: 'quote', fixedPriceMinor: null };

function fieldOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ValidationError ? error.field : `unexpected ${String(error)}`;
  }
}

describe('quotePrice', () => {
  it('charges a fixed price with the commission taken from it and no fee', () => {
    expect(quotePrice({ service: fixed, policy })).toEqual({
      currency: 'CHF',
      subtotalMinor: 4900,
      customerFeeMinor: 0,
      customerTotalMinor: 4900,
      commissionMinor: 980,
      helperPayoutMinor: 3920,
    });
  });

  it('uses the policy’s fixed price for the service key over the stored one', () => {
    const withPolicyPrice = { ...policy, fixedPrices: { 'tv-box-second-room': 5900 } };
    expect(quotePrice({ service: fixed, policy: withPolicyPrice }).subtotalMinor).toBe(5900);
    expect(effectiveFixedPrice(hourly, withPolicyPrice)).toBeNull();
  });

  it('bills an hourly rate by the minute, rounding half a minor unit up', () => {
    // 3333 × 50 / 60 = 2777.5 → 2778
    expect(quotePrice({ service: hourly, policy, helperPriceMinor: 3333, minutes: 50 }).subtotalMinor).toBe(2778);
    // 3001 × 1 / 60 = 50.02 → 50
    expect(quotePrice({ service: hourly, policy, helperPriceMinor: 3001, minutes: 1 }).subtotalMinor).toBe(50);
    expect(quotePrice({ service: hourly, policy, helperPriceMinor: 4000, minutes: 90 }).subtotalMinor).toBe(6000);
  });

  it('rounds commission and percentage fee half up and keeps the parts adding up', () => {
    const feePolicy = { ...policy, commissionBasisPoints: 1750, customerFee: { fixedMinor: 150, basisPoints: 250 } };
    // subtotal 2778: commission 2778 × 17.5 % = 486.15 → 486; fee 150 + 2778 × 2.5 % = 150 + 69.45 → 219
    const result = quotePrice({ service: hourly, policy: feePolicy, helperPriceMinor: 3333, minutes: 50 });
    expect(result).toEqual({
      currency: 'CHF',
      subtotalMinor: 2778,
      customerFeeMinor: 219,
      customerTotalMinor: 2997,
      commissionMinor: 486,
      helperPayoutMinor: 2292,
    });
    expect(result.helperPayoutMinor + result.commissionMinor + result.customerFeeMinor).toBe(result.customerTotalMinor);
    expect(applyBasisPoints(10, 5000)).toBe(5);
    expect(applyBasisPoints(1, 5000)).toBe(1);
    expect(applyBasisPoints(1, 4999)).toBe(0);
  });

  it('keeps every part whole and balanced for many amounts and rates', () => {
    const feePolicy = { ...policy, commissionBasisPoints: 1333, customerFee: { fixedMinor: 99, basisPoints: 333 } };
    for (let rate = 3000; rate <= 5000; rate += 37) {
      for (const minutes of [1, 7, 45, 61, 119, 1440]) {
        const result = quotePrice({ service: hourly, policy: feePolicy, helperPriceMinor: rate, minutes });
        for (const value of Object.values(result)) if (typeof value === 'number') expect(Number.isSafeInteger(value)).toBe(true);
        expect(result.helperPayoutMinor + result.commissionMinor + result.customerFeeMinor).toBe(result.customerTotalMinor);
        expect(result.helperPayoutMinor).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('takes no commission and no fee when the policy sets them to zero', () => {
    const free = { ...policy, commissionBasisPoints: 0 };
    expect(quotePrice({ service: quote, policy: free, helperPriceMinor: 12_345 })).toMatchObject({
      subtotalMinor: 12_345,
      commissionMinor: 0,
      customerFeeMinor: 0,
      customerTotalMinor: 12_345,
      helperPayoutMinor: 12_345,
    });
  });

  it('refuses an hourly rate outside the policy’s bounds, naming the field', () => {
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 2999, minutes: 60 }))).toBe('helperPriceMinor');
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 5001, minutes: 60 }))).toBe('helperPriceMinor');
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 3000, minutes: 60 }))).toBeNull();
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 5000, minutes: 60 }))).toBeNull();
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 4000.5, minutes: 60 }))).toBe('helperPriceMinor');
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 4000 }))).toBe('minutes');
    expect(fieldOf(() => quotePrice({ service: hourly, policy, helperPriceMinor: 4000, minutes: 0 }))).toBe('minutes');
  });

  it('refuses an hourly job whose total would pass the largest price, naming minutes', () => {
    const dearest = { ...policy, helperHourlyRate: { minMinor: 1, maxMinor: MAX_PRICE_MINOR } };
    expect(quotePrice({ service: hourly, policy: dearest, helperPriceMinor: MAX_PRICE_MINOR, minutes: 60 }).subtotalMinor).toBe(MAX_PRICE_MINOR);
    expect(fieldOf(() => quotePrice({ service: hourly, policy: dearest, helperPriceMinor: MAX_PRICE_MINOR, minutes: 61 }))).toBe('minutes');
    expect(fieldOf(() => quotePrice({ service: hourly, policy: dearest, helperPriceMinor: MAX_PRICE_MINOR, minutes: 1440 }))).toBe('minutes');
  });

  it('refuses a missing or zero quote and a fixed service without a price', () => {
    expect(fieldOf(() => quotePrice({ service: quote, policy }))).toBe('helperPriceMinor');
    expect(fieldOf(() => quotePrice({ service: quote, policy, helperPriceMinor: 0 }))).toBe('helperPriceMinor');
    expect(fieldOf(() => quotePrice({ service: { ...fixed, fixedPriceMinor: null }, policy }))).toBe('service.fixedPriceMinor');
  });
});

describe('fixedPriceBounds', () => {
  it('scales the hourly bounds to the estimated duration, rounding half up', () => {
    expect(fixedPriceBounds(policy, 60)).toEqual({ minMinor: 3000, maxMinor: 5000 });
    expect(fixedPriceBounds(policy, 90)).toEqual({ minMinor: 4500, maxMinor: 7500 });
    // 3333 × 5 / 60 = 277.75 → 278; 4999 × 5 / 60 = 416.58 → 417
    expect(fixedPriceBounds({ helperHourlyRate: { minMinor: 3333, maxMinor: 4999 } }, 5)).toEqual({ minMinor: 278, maxMinor: 417 });
  });

  it('never asks less than one minor unit', () => {
    expect(fixedPriceBounds({ helperHourlyRate: { minMinor: 1, maxMinor: 2 } }, 5).minMinor).toBe(1);
  });
});

describe('the default catalog', () => {
  it('prices every fixed-price default service within the default policy’s bounds, in currencies with two and no minor digits', () => {
    for (const currency of ['CHF', 'EUR', 'JPY']) {
      const pricing = defaultPolicy('pricing', { name: 'Default', currency, locales: ['de'], defaultLocale: 'de' });
      const unit = 10 ** minorDigits(currency);
      for (const service of DEFAULT_CATEGORIES.flatMap((category) => category.services)) {
        if (service.pricingMode !== 'fixed') continue;
        const { minMinor, maxMinor } = fixedPriceBounds(pricing, service.estimatedDurationMinutes);
        const price = service.fixedPrice! * unit;
        expect({ currency, slug: service.slug, fits: price >= minMinor && price <= maxMinor }).toEqual({ currency, slug: service.slug, fits: true });
      }
    }
  });
});
