import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { defaultPolicy, parsePolicy, POLICY_KINDS, type PolicyKind } from '../policies/policy-registry.js';
import type { PolicyTenant } from '../policies/policy-kit.js';

const swiss: PolicyTenant = { name: 'Alpine Telecom', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };
const yen: PolicyTenant = { name: 'Tokyo Home', currency: 'JPY', locales: ['en'], defaultLocale: 'en' };

function fieldOf(kind: PolicyKind, document: unknown, tenant: PolicyTenant = swiss): string {
  try {
    parsePolicy(kind, document, tenant);
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('tenant policy documents', () => {
  it.each(POLICY_KINDS)('the default %s document passes its own schema', (kind) => {
    expect(parsePolicy(kind, defaultPolicy(kind, swiss), swiss)).toEqual(defaultPolicy(kind, swiss));
  });

  it('prices helpers between CHF 30 and 50 an hour by default, in minor units of the currency', () => {
    expect(defaultPolicy('pricing', swiss).helperHourlyRate).toEqual({ minMinor: 3000, maxMinor: 5000 });
    expect(defaultPolicy('pricing', swiss).commissionBasisPoints).toBe(2000);
    expect(defaultPolicy('pricing', yen).helperHourlyRate).toEqual({ minMinor: 30, maxMinor: 50 });
  });

  it('names the field of a cross-field problem', () => {
    const pricing = defaultPolicy('pricing', swiss);
    expect(fieldOf('pricing', { ...pricing, helperHourlyRate: { minMinor: 6000, maxMinor: 5000 } })).toBe('document.helperHourlyRate.minMinor');
    const sla = defaultPolicy('sla', swiss);
    expect(fieldOf('sla', { ...sla, firstResponseMinutes: 500 })).toBe('document.firstResponseMinutes');
    expect(fieldOf('sla', { ...sla, escalationTiers: [sla.escalationTiers[1], sla.escalationTiers[0]] })).toBe('document.escalationTiers.1.afterMinutes');
    const payouts = defaultPolicy('payouts', swiss);
    expect(fieldOf('payouts', { ...payouts, schedule: 'monthly' })).toBe('document.weekday');
    expect(fieldOf('payouts', { ...payouts, schedule: 'monthly', weekday: null })).toBe('document.dayOfMonth');
    const rewards = defaultPolicy('rewards', swiss);
    expect(fieldOf('rewards', { ...rewards, levels: [{ ...rewards.levels[0], minPoints: 10 }] })).toBe('document.levels.0.minPoints');
  });

  it('names a wrongly typed, missing or unknown field', () => {
    const pricing = defaultPolicy('pricing', swiss);
    expect(fieldOf('pricing', { ...pricing, commissionBasisPoints: 20.5 })).toBe('document.commissionBasisPoints');
    expect(fieldOf('pricing', { ...pricing, fixedPrices: { 'wifi-setup': 0 } })).toBe('document.fixedPrices.wifi-setup');
    const { customerFee: _fee, ...withoutFee } = pricing;
    expect(fieldOf('pricing', withoutFee)).toBe('document.customerFee');
    expect(fieldOf('pricing', { ...pricing, discount: 5 })).toBe('document.discount');
    expect(fieldOf('vetting', { steps: [] })).toBe('document.steps');
  });

  it('checks documents against the tenant: its currency and its default locale', () => {
    expect(fieldOf('pricing', { ...defaultPolicy('pricing', swiss), currency: 'EUR' })).toBe('document.currency');
    const vetting = defaultPolicy('vetting', swiss);
    const englishOnly = { steps: vetting.steps.map((step) => ({ ...step, name: { en: step.name.en } })) };
    expect(fieldOf('vetting', englishOnly)).toBe('document.steps.0.name.de');
    expect(parsePolicy('vetting', englishOnly, yen).steps).toHaveLength(vetting.steps.length);
  });

  it('refuses duplicate keys in ordered lists', () => {
    const vetting = defaultPolicy('vetting', swiss);
    expect(fieldOf('vetting', { steps: [vetting.steps[0], vetting.steps[0]] })).toBe('document.steps.1.key');
  });

  it('refuses a document that is not a JSON object', () => {
    expect(fieldOf('sla', [1, 2])).toBe('document');
  });
});
