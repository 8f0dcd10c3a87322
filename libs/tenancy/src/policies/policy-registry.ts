// Every kind of tenant policy: its schema, its defaults for a new tenant, and the checks against the
// tenant itself (currency, default locale). Parsing turns the first problem into a typed
// BAD_USER_INPUT naming the field path.
import type { z } from 'zod';
import { ValidationError } from '@quartier/platform';
import { brandingPolicy, type BrandingPolicy } from './branding.policy.js';
import { cancellationPolicy, cancellationTenantIssues, defaultCancellationPolicy, type CancellationPolicy } from './cancellation.policy.js';
import { defaultPayoutsPolicy, payoutsPolicy, payoutsTenantIssues, type PayoutsPolicy } from './payouts.policy.js';
import type { PolicyIssue, PolicyTenant } from './policy-kit.js';
import { defaultPricingPolicy, pricingPolicy, pricingTenantIssues, type PricingPolicy } from './pricing.policy.js';
import { defaultReviewsPolicy, reviewsPolicy, type ReviewsPolicy } from './reviews.policy.js';
import { defaultRewardsPolicy, rewardsPolicy, rewardsTenantIssues, type RewardsPolicy } from './rewards.policy.js';
import { defaultSlaPolicy, slaPolicy, type SlaPolicy } from './sla.policy.js';
import { defaultVettingPolicy, vettingPolicy, vettingTenantIssues, type VettingPolicy } from './vetting.policy.js';

export const POLICY_KINDS = ['branding', 'pricing', 'vetting', 'sla', 'cancellation', 'payouts', 'rewards', 'reviews'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export interface PolicyDocuments {
  branding: BrandingPolicy;
  pricing: PricingPolicy;
  vetting: VettingPolicy;
  sla: SlaPolicy;
  cancellation: CancellationPolicy;
  payouts: PayoutsPolicy;
  rewards: RewardsPolicy;
  reviews: ReviewsPolicy;
}

interface PolicyDefinition<T> {
  schema: z.ZodType<T>;
  defaults(tenant: PolicyTenant): T;
  tenantIssues(document: T, tenant: PolicyTenant): PolicyIssue[];
}

const none = (): PolicyIssue[] => [];

const definitions: { [K in PolicyKind]: PolicyDefinition<PolicyDocuments[K]> } = {
  branding: {
    schema: brandingPolicy as z.ZodType<BrandingPolicy>,
    defaults: (tenant) => brandingPolicy.parse({ displayName: tenant.name }),
    tenantIssues: none,
  },
  pricing: { schema: pricingPolicy as z.ZodType<PricingPolicy>, defaults: defaultPricingPolicy, tenantIssues: pricingTenantIssues },
  vetting: { schema: vettingPolicy, defaults: defaultVettingPolicy, tenantIssues: vettingTenantIssues },
  sla: { schema: slaPolicy as z.ZodType<SlaPolicy>, defaults: defaultSlaPolicy, tenantIssues: none },
  cancellation: { schema: cancellationPolicy, defaults: defaultCancellationPolicy, tenantIssues: cancellationTenantIssues },
  payouts: { schema: payoutsPolicy as z.ZodType<PayoutsPolicy>, defaults: defaultPayoutsPolicy, tenantIssues: payoutsTenantIssues },
  rewards: { schema: rewardsPolicy, defaults: defaultRewardsPolicy, tenantIssues: rewardsTenantIssues },
  reviews: { schema: reviewsPolicy as z.ZodType<ReviewsPolicy>, defaults: defaultReviewsPolicy, tenantIssues: none },
};

export function isPolicyKind(value: string): value is PolicyKind {
  return (POLICY_KINDS as readonly string[]).includes(value);
}

export function defaultPolicy<K extends PolicyKind>(kind: K, tenant: PolicyTenant): PolicyDocuments[K] {
  return definitions[kind].defaults(tenant);
}

function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.');
}

/**
 * Validates a document of one kind for one tenant. Throws ValidationError whose field is the path
 * of the first problem, prefixed with where the document came from (e.g. `document.helperHourlyRate.minMinor`).
 */
export function parsePolicy<K extends PolicyKind>(kind: K, document: unknown, tenant: PolicyTenant, fieldPrefix = 'document'): PolicyDocuments[K] {
  const definition = definitions[kind] as PolicyDefinition<PolicyDocuments[K]>;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ValidationError(fieldPrefix, 'must be a JSON object');
  }
  const result = definition.schema.safeParse(document);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const message = issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message;
    throw new ValidationError(fieldName(fieldPrefix, path), `${fieldName(fieldPrefix, path)} ${message}`);
  }
  const [problem] = definition.tenantIssues(result.data, tenant);
  if (problem) throw new ValidationError(fieldName(fieldPrefix, problem.path), `${fieldName(fieldPrefix, problem.path)} ${problem.message}`);
  return result.data;
}
