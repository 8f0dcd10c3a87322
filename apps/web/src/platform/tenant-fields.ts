// The onboarding wizard's steps and fields, and how the server's error fields map onto them.
import type { TenantField, WizardStep } from './messages';

export const STEPS: readonly WizardStep[] = ['site', 'branding', 'region', 'operator', 'summary'];

export const STEP_FIELDS: Record<WizardStep, readonly TenantField[]> = {
  site: ['slug', 'name', 'domains'],
  branding: ['displayName', 'primaryColor', 'accentColor', 'logoUrl', 'badgeName'],
  region: ['locales', 'defaultLocale', 'currency', 'timezone'],
  operator: ['operatorAdminName', 'operatorAdminEmail'],
  summary: [],
};

export const ALL_FIELDS = Object.values(STEP_FIELDS).flat();

/** Custom domains as typed: one per line (commas and spaces also separate them). */
export function domainsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);
}

/** The wizard's field a server error names: `branding.primaryColor` → primaryColor, `domains.1` → domains. */
export function tenantFieldOf(serverField: string | null): TenantField | null {
  if (!serverField) return null;
  const path = serverField.replace(/^input\./, '').split('.');
  const [head, second] = path;
  const candidate = head === 'branding' ? (second ?? 'displayName') : head;
  return (ALL_FIELDS as readonly string[]).includes(candidate ?? '') ? (candidate as TenantField) : null;
}
