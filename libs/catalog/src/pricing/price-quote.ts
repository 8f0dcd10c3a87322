// What a job costs under a tenant's pricing policy, in integer minor units of the policy's currency.
// Bookings and payments call `quotePrice`; the catalog uses the bound checks when operators price
// services. Rounding: every percentage (commission, customer fee) and a part hour is rounded half
// up to the nearest minor unit (amounts are never negative, so half up is half away from zero).
// The helper's payout is what remains after the commission, so the parts always add up:
// customerTotal = helperPayout + commission + customerFee.
import { ValidationError } from '@quartier/platform';
import type { PricingPolicy } from '@quartier/tenancy';

export const PRICING_MODES = ['fixed', 'hourly', 'quote'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

/** The largest amount a price may have (same ceiling as policy amounts). */
export const MAX_PRICE_MINOR = 100_000_000;

/** What of a service its price depends on. */
export interface PricedService {
  slug: string;
  pricingMode: PricingMode;
  fixedPriceMinor: number | null;
}

/** The pricing policy's parts a quote needs. */
export type QuotePolicy = Pick<PricingPolicy, 'currency' | 'commissionBasisPoints' | 'customerFee' | 'helperHourlyRate' | 'fixedPrices'>;

export interface PriceQuote {
  currency: string;
  /** The helper's price for the job: fixed price, rate × time, or the helper's quote. */
  subtotalMinor: number;
  /** Added to the customer's bill by the marketplace. */
  customerFeeMinor: number;
  /** What the customer pays: subtotal + customer fee. */
  customerTotalMinor: number;
  /** The marketplace's share of the subtotal. */
  commissionMinor: number;
  /** What the helper receives: subtotal − commission. */
  helperPayoutMinor: number;
}

/** `amount × basisPoints / 10 000`, rounded half up, in integers only. */
export function applyBasisPoints(amountMinor: number, basisPoints: number): number {
  return Math.floor((amountMinor * basisPoints + 5_000) / 10_000);
}

/** The policy's price for the service key wins over the price stored on the service. */
export function effectiveFixedPrice(service: PricedService, policy: Pick<QuotePolicy, 'fixedPrices'>): number | null {
  if (service.pricingMode !== 'fixed') return null;
  return policy.fixedPrices[service.slug] ?? service.fixedPriceMinor;
}

/**
 * A fixed price must pay the helper within the policy's hourly bounds for the estimated duration:
 * minRate × duration ≤ price ≤ maxRate × duration (duration in hours, bounds rounded half up).
 */
export function fixedPriceBounds(policy: Pick<QuotePolicy, 'helperHourlyRate'>, estimatedDurationMinutes: number): { minMinor: number; maxMinor: number } {
  const forDuration = (rate: number) => Math.floor((rate * estimatedDurationMinutes + 30) / 60);
  return {
    minMinor: Math.max(1, forDuration(policy.helperHourlyRate.minMinor)),
    maxMinor: Math.min(MAX_PRICE_MINOR, forDuration(policy.helperHourlyRate.maxMinor)),
  };
}

function wholeAmount(field: string, value: number | undefined, min: number, max: number): number {
  if (value === undefined || !Number.isSafeInteger(value)) throw new ValidationError(field, `${field} must be a whole number of minor units`);
  if (value < min || value > max) throw new ValidationError(field, `${field} must be between ${min} and ${max}`);
  return value;
}

/**
 * The customer's total, the commission and the helper's payout for one job.
 * - fixed: the service's fixed price (the policy's price for its key first); `helperPriceMinor` is ignored.
 * - hourly: `helperPriceMinor` is the helper's hourly rate, within the policy's bounds, for `minutes`.
 * - quote: `helperPriceMinor` is the helper's quoted total.
 * Bad input is a ValidationError naming the field.
 */
export function quotePrice(input: { service: PricedService; policy: QuotePolicy; helperPriceMinor?: number; minutes?: number }): PriceQuote {
  const { service, policy } = input;
  let subtotalMinor: number;
  switch (service.pricingMode) {
    case 'fixed': {
      const price = effectiveFixedPrice(service, policy);
      if (price === null) throw new ValidationError('service.fixedPriceMinor', 'A fixed-price service needs a fixed price');
      subtotalMinor = price;
      break;
    }
    case 'hourly': {
      const { minMinor, maxMinor } = policy.helperHourlyRate;
      const rate = wholeAmount('helperPriceMinor', input.helperPriceMinor, minMinor, maxMinor);
      const minutes = wholeAmount('minutes', input.minutes, 1, 24 * 60);
      subtotalMinor = Math.floor((rate * minutes + 30) / 60);
      // Policy rates go up to MAX_PRICE_MINOR an hour; a day of that would not fit a 32-bit amount.
      if (subtotalMinor > MAX_PRICE_MINOR) throw new ValidationError('minutes', `The job would cost more than ${MAX_PRICE_MINOR} minor units`);
      break;
    }
    case 'quote':
      subtotalMinor = wholeAmount('helperPriceMinor', input.helperPriceMinor, 1, MAX_PRICE_MINOR);
      break;
    default:
      throw new ValidationError('service.pricingMode', `Unknown pricing mode ${String(service.pricingMode)}`);
  }
  const commissionMinor = applyBasisPoints(subtotalMinor, policy.commissionBasisPoints);
  const customerFeeMinor = policy.customerFee.fixedMinor + applyBasisPoints(subtotalMinor, policy.customerFee.basisPoints);
  return {
    currency: policy.currency,
    subtotalMinor,
    customerFeeMinor,
    customerTotalMinor: subtotalMinor + customerFeeMinor,
    commissionMinor,
    helperPayoutMinor: subtotalMinor - commissionMinor,
  };
}
