// What helpers may charge and what the marketplace takes, in minor units of the tenant's currency.
import { z } from 'zod';
import { minorDigits } from '@quartier/platform';
import { basisPoints, currencyCode, currencyIssues, minorUnits, policyKey, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

export const pricingPolicy = z
  .object({
    currency: currencyCode,
    /** The marketplace's share of the helper's price (2000 = 20 %). */
    commissionBasisPoints: basisPoints,
    /** Added to the customer's bill on top of the helper's price. */
    customerFee: z.object({ fixedMinor: minorUnits, basisPoints }).strict(),
    /** Bounds within which helpers set their own hourly price. */
    helperHourlyRate: z.object({ minMinor: minorUnits.min(1), maxMinor: minorUnits.min(1) }).strict(),
    /** Fixed prices for some services, by service key, replacing the hourly price. */
    fixedPrices: z.record(policyKey, minorUnits.min(1)).default({}),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.helperHourlyRate.minMinor > policy.helperHourlyRate.maxMinor) {
      ctx.addIssue({ code: 'custom', path: ['helperHourlyRate', 'minMinor'], message: 'must not exceed helperHourlyRate.maxMinor' });
    }
  });

export type PricingPolicy = z.infer<typeof pricingPolicy>;

export function defaultPricingPolicy(tenant: PolicyTenant): PricingPolicy {
  const unit = 10 ** minorDigits(tenant.currency);
  return {
    currency: tenant.currency,
    commissionBasisPoints: 2000,
    customerFee: { fixedMinor: 0, basisPoints: 0 },
    helperHourlyRate: { minMinor: 30 * unit, maxMinor: 50 * unit },
    fixedPrices: {},
  };
}

export function pricingTenantIssues(policy: PricingPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return currencyIssues(policy, tenant);
}
