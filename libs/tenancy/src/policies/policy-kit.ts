// Building blocks shared by the policy schemas: keys, localized names, money amounts, and the facts
// about a tenant (currency, locales) that some documents are checked against.
import { z } from 'zod';
import { TENANT_LOCALES, type TenantLocale } from '../tenant.entity.js';

/** What a policy document may be checked against beyond its own shape. */
export interface PolicyTenant {
  name: string;
  currency: string;
  locales: TenantLocale[];
  defaultLocale: TenantLocale;
}

/** A problem found in a document: where (path inside the document) and what. */
export interface PolicyIssue {
  path: (string | number)[];
  message: string;
}

export const policyKey = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lowercase letters, digits, - or _');

/** A name in some of the tenant's locales; the default locale is checked per tenant. */
export const localizedText = z
  .object(Object.fromEntries(TENANT_LOCALES.map((locale) => [locale, z.string().trim().min(1).max(120).optional()])) as Record<
    TenantLocale,
    z.ZodOptional<z.ZodString>
  >)
  .strict()
  .refine((names) => Object.values(names).some(Boolean), 'needs a name in at least one locale');

export type LocalizedText = z.infer<typeof localizedText>;

/** Amounts are integer minor units of the document's currency (CHF 30.00 → 3000). */
export const minorUnits = z.number().int('must be a whole number of minor units').min(0).max(100_000_000);

/** 100 basis points = 1 %. */
export const basisPoints = z.number().int().min(0).max(10_000);

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CHF');

export function currencyIssues(document: { currency: string }, tenant: PolicyTenant): PolicyIssue[] {
  return document.currency === tenant.currency
    ? []
    : [{ path: ['currency'], message: `must be the tenant's currency ${tenant.currency}` }];
}

/** Every localized name must at least be given in the tenant's default locale. */
export function defaultLocaleIssues(names: { path: (string | number)[]; text: LocalizedText }[], tenant: PolicyTenant): PolicyIssue[] {
  return names
    .filter(({ text }) => !text[tenant.defaultLocale])
    .map(({ path }) => ({ path: [...path, tenant.defaultLocale], message: `needs a name in the default locale ${tenant.defaultLocale}` }));
}

