// When a customer may cancel for free, and what a late cancellation costs.
import { z } from 'zod';
import { basisPoints, currencyCode, currencyIssues, minorUnits, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

export const cancellationPolicy = z
  .object({
    currency: currencyCode,
    /** Cancelling at least this many hours before the appointment is free. */
    freeWindowHours: z.number().int().min(0).max(720),
    /** Charged for a later cancellation: a fixed part plus a share of the booked price. */
    lateFee: z.object({ fixedMinor: minorUnits, basisPoints }).strict(),
  })
  .strict();

export type CancellationPolicy = z.infer<typeof cancellationPolicy>;

export function defaultCancellationPolicy(tenant: PolicyTenant): CancellationPolicy {
  return { currency: tenant.currency, freeWindowHours: 24, lateFee: { fixedMinor: 0, basisPoints: 5000 } };
}

export function cancellationTenantIssues(policy: CancellationPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return currencyIssues(policy, tenant);
}
