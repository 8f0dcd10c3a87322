// The platform console's pages and their addresses; the query string holds each page's own state.
/** The first operator's invitation, shown once on the new tenant's page after onboarding. */
export interface Invitation {
  email: string;
  /** The name the operator is invited under, when the address carries it. */
  displayName?: string;
  expiresAt: string;
}

export type PlatformRoute =
  | { page: 'login' }
  | { page: 'tenants'; search: string; after: string | null }
  | { page: 'tenant-new' }
  | { page: 'queues' }
  | { page: 'tenant'; tenantId: string; invitation: Invitation | null }
  | { page: 'not-found' };

export function platformRouteOf(url: URL): PlatformRoute {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/login') return { page: 'login' };
  if (path === '/' || path === '/tenants') {
    return { page: 'tenants', search: url.searchParams.get('search') ?? '', after: url.searchParams.get('after') };
  }
  if (path === '/tenants/new') return { page: 'tenant-new' };
  if (path === '/queues') return { page: 'queues' };
  const tenant = /^\/tenants\/([^/]+)$/.exec(path);
  if (tenant?.[1]) {
    const email = url.searchParams.get('invited');
    const displayName = url.searchParams.get('name');
    const expiresAt = url.searchParams.get('until');
    const invitation = email && expiresAt ? { email, ...(displayName ? { displayName } : {}), expiresAt } : null;
    return { page: 'tenant', tenantId: decodeURIComponent(tenant[1]), invitation };
  }
  return { page: 'not-found' };
}

export function tenantsHref(input: { search?: string; after?: string | null } = {}): string {
  const query = new URLSearchParams();
  if (input.search) query.set('search', input.search);
  if (input.after) query.set('after', input.after);
  const rest = query.toString();
  return rest ? `/tenants?${rest}` : '/tenants';
}

export function tenantHref(tenantId: string, invitation?: Invitation): string {
  const path = `/tenants/${encodeURIComponent(tenantId)}`;
  if (!invitation) return path;
  const query = new URLSearchParams({ invited: invitation.email });
  if (invitation.displayName) query.set('name', invitation.displayName);
  query.set('until', invitation.expiresAt);
  return `${path}?${query}`;
}

export const NEW_TENANT_HREF = '/tenants/new';
export const QUEUES_HREF = '/queues';
