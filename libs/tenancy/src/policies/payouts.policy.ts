// When helpers are paid out: schedule, how long earnings are held, and the smallest payout.
import { z } from 'zod';
import { minorDigits } from '@quartier/platform';
import { currencyCode, currencyIssues, minorUnits, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

export const payoutsPolicy = z
  .object({
    currency: currencyCode,
    schedule: z.enum(['daily', 'weekly', 'monthly']),
    /** ISO weekday (1 = Monday) of a weekly payout. */
    weekday: z.number().int().min(1).max(7).nullable().default(null),
    /** Day of a monthly payout; at most 28 so every month has it. */
    dayOfMonth: z.number().int().min(1).max(28).nullable().default(null),
    /** Days earnings stay held after a job is completed (room for disputes). */
    holdDays: z.number().int().min(0).max(90),
    /** Balances below this wait for the next payout. */
    minimumMinor: minorUnits,
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.schedule === 'weekly' && policy.weekday === null) {
      ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'is required for a weekly schedule' });
    }
    if (policy.schedule !== 'weekly' && policy.weekday !== null) {
      ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'only applies to a weekly schedule' });
    }
    if (policy.schedule === 'monthly' && policy.dayOfMonth === null) {
      ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: 'is required for a monthly schedule' });
    }
    if (policy.schedule !== 'monthly' && policy.dayOfMonth !== null) {
      ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: 'only applies to a monthly schedule' });
    }
  });

export type PayoutsPolicy = z.infer<typeof payoutsPolicy>;

export function defaultPayoutsPolicy(tenant: PolicyTenant): PayoutsPolicy {
  return {
    currency: tenant.currency,
    schedule: 'weekly',
    weekday: 1,
    dayOfMonth: null,
    holdDays: 7,
    minimumMinor: 20 * 10 ** minorDigits(tenant.currency),
  };
}

export function payoutsTenantIssues(policy: PayoutsPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return currencyIssues(policy, tenant);
}
