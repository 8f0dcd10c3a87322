// Which host serves the platform console: admin.<base domain> (admin.localhost:3000 locally). The rule is
// the API's (PLATFORM_HOST_LABEL in libs/tenancy): no tenant is ever served on a host whose first label is
// "admin", because the slug is reserved and custom domains starting with "admin." are refused. So that
// label alone tells the console's host, and no tenant's site can open the console. Kept tiny: the
// customer entry imports it.
export const PLATFORM_LABEL = 'admin';

export function isPlatformHost(hostname: string): boolean {
  return hostname.toLowerCase().split('.')[0] === PLATFORM_LABEL && hostname.includes('.');
}

/** A tenant's own site, next to the console: admin.localhost:3000 → <slug>.localhost:3000. */
export function siteOrigin(location: Pick<Location, 'protocol' | 'host'>, slug: string): string {
  const base = location.host.slice(location.host.indexOf('.') + 1);
  return `${location.protocol}//${slug}.${base}`;
}
