import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { defaultPolicy, parsePolicy } from '../policies/policy-registry.js';
import type { PolicyTenant } from '../policies/policy-kit.js';

const swiss: PolicyTenant = { name: 'Alpine Telecom', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };

function fieldOf(document: unknown): string {
  try {
    parsePolicy('sla', document, swiss);
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('SLA policy', () => {
  it('escalates from the first-response target on by default: specialists, then contractors, then the operator', () => {
    const sla = defaultPolicy('sla', swiss);
    expect(sla.escalationTiers).toEqual([
      { key: 'specialists', target: 'specialist', afterMinutes: sla.firstResponseMinutes },
      { key: 'contractors', target: 'contractor', afterMinutes: 30 },
      { key: 'operator', target: 'operator', afterMinutes: 120 },
    ]);
    expect(sla.firstResponseMinutes).toBe(15);
    expect(sla.helpWithinMinutes).toBe(180);
  });

  it('runs the SLA clock from 07:00 to 22:00 by default, and reads a document stored before service hours as that', () => {
    const sla = defaultPolicy('sla', swiss);
    expect(sla.serviceHours).toEqual({ start: '07:00', end: '22:00' });
    const { serviceHours: _hours, ...stored } = sla;
    expect(parsePolicy('sla', stored, swiss).serviceHours).toEqual({ start: '07:00', end: '22:00' });
  });

  it('keeps a site’s own service hours, around the clock included', () => {
    const sla = defaultPolicy('sla', swiss);
    expect(parsePolicy('sla', { ...sla, serviceHours: { start: '08:30', end: '19:45' } }, swiss).serviceHours).toEqual({ start: '08:30', end: '19:45' });
    expect(parsePolicy('sla', { ...sla, serviceHours: { start: '00:00', end: '24:00' } }, swiss).serviceHours).toEqual({ start: '00:00', end: '24:00' });
  });

  it('refuses service hours that are not local times, end before they start, or carry unknown fields', () => {
    const sla = defaultPolicy('sla', swiss);
    expect(fieldOf({ ...sla, serviceHours: { start: '7:00', end: '22:00' } })).toBe('document.serviceHours.start');
    expect(fieldOf({ ...sla, serviceHours: { start: '07:00', end: '22:60' } })).toBe('document.serviceHours.end');
    expect(fieldOf({ ...sla, serviceHours: { start: '24:00', end: '24:00' } })).toBe('document.serviceHours.end');
    expect(fieldOf({ ...sla, serviceHours: { start: '22:00', end: '07:00' } })).toBe('document.serviceHours.end');
    expect(fieldOf({ ...sla, serviceHours: { start: '07:00', end: '22:00', zone: 'UTC' } })).toBe('document.serviceHours.zone');
    expect(fieldOf({ ...sla, serviceHours: { start: '07:00' } })).toBe('document.serviceHours.end');
  });
});
