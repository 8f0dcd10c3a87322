// The platform console's pure rules: which host is the console, its addresses, and which wizard field
// a server error names.
import { describe, expect, it } from '@jest/globals';
import { isPlatformHost, siteOrigin } from '../platform-host';
import { platformRouteOf, tenantHref, tenantsHref } from '../routes';
import { domainsOf, tenantFieldOf } from '../tenant-fields';

const at = (path: string) => new URL(path, 'http://admin.localhost:3000');

describe('the platform console host', () => {
  it('is admin.<base domain>, never a tenant site', () => {
    expect(isPlatformHost('admin.localhost')).toBe(true);
    expect(isPlatformHost('ADMIN.quartier.example')).toBe(true);
    expect(isPlatformHost('alpine.localhost')).toBe(false);
    expect(isPlatformHost('administration.localhost')).toBe(false);
    expect(isPlatformHost('admin')).toBe(false);
    // The API refuses tenant domains starting with "admin.", so such a host is never a tenant's site.
    expect(isPlatformHost('admin.nachbarn.example.ch')).toBe(true);
  });

  it('links a tenant site next to it, on the same port', () => {
    expect(siteOrigin({ protocol: 'http:', host: 'admin.localhost:3000' }, 'lakeside')).toBe('http://lakeside.localhost:3000');
    expect(siteOrigin({ protocol: 'https:', host: 'admin.quartier.example' }, 'alpine')).toBe('https://alpine.quartier.example');
  });
});

describe('platform console addresses', () => {
  it('parses every page and builds them back', () => {
    expect(platformRouteOf(at('/'))).toEqual({ page: 'tenants', search: '', after: null });
    expect(platformRouteOf(at(tenantsHref({ search: 'alp', after: 'c1' })))).toEqual({ page: 'tenants', search: 'alp', after: 'c1' });
    expect(platformRouteOf(at('/tenants/new'))).toEqual({ page: 'tenant-new' });
    expect(platformRouteOf(at('/login?next=%2Ftenants'))).toEqual({ page: 'login' });
    const invitation = { email: 'ops@lakeside.example', expiresAt: '2026-12-08T12:00:00.000Z' };
    expect(platformRouteOf(at(tenantHref('t-1', invitation)))).toEqual({ page: 'tenant', tenantId: 't-1', invitation });
    expect(platformRouteOf(at(tenantHref('t-1')))).toEqual({ page: 'tenant', tenantId: 't-1', invitation: null });
    const named = { ...invitation, displayName: 'Lena Seeger' };
    expect(platformRouteOf(at(tenantHref('t-1', named)))).toEqual({ page: 'tenant', tenantId: 't-1', invitation: named });
    expect(platformRouteOf(at('/queues'))).toEqual({ page: 'queues' });
    expect(platformRouteOf(at('/queues/x/y'))).toEqual({ page: 'not-found' });
  });
});

describe('the onboarding wizard fields', () => {
  it('maps the server error fields onto the wizard fields', () => {
    expect(tenantFieldOf('slug')).toBe('slug');
    expect(tenantFieldOf('domains.1')).toBe('domains');
    expect(tenantFieldOf('branding.primaryColor')).toBe('primaryColor');
    expect(tenantFieldOf('branding')).toBe('displayName');
    expect(tenantFieldOf('input.operatorAdminEmail')).toBe('operatorAdminEmail');
    expect(tenantFieldOf('operatorAdminName')).toBe('operatorAdminName');
    expect(tenantFieldOf('branding.fontFamily')).toBeNull();
    expect(tenantFieldOf(null)).toBeNull();
  });

  it('reads custom domains one per line, ignoring blanks', () => {
    expect(domainsOf(' a.example.ch\n\nb.example.ch, c.example.ch ')).toEqual(['a.example.ch', 'b.example.ch', 'c.example.ch']);
    expect(domainsOf('  ')).toEqual([]);
  });
});
