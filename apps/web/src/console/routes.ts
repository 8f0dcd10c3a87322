// The operator console's addresses, all under /console: the dashboard, the branding editor, requests,
// vetting, incidents (`/console/incidents/<id>` is where incident notifications link), reviews
// moderation (`?hidden=true|false` filters), notification templates, the notification log (`?status=`)
// webhook endpoints, the site's helpers (`?status=` filters), the catalog and prices, the policies, and
// payouts with the reconciliation report.

export type ConsoleRoute =
  | { view: 'dashboard' }
  | { view: 'branding' }
  | { view: 'requests'; status: string | null }
  | { view: 'request'; requestId: string }
  | { view: 'vetting' }
  | { view: 'incidents' }
  | { view: 'incident'; incidentId: string }
  | { view: 'reviews'; hidden: boolean | null }
  | { view: 'notifications' }
  | { view: 'notification-log'; status: string | null }
  | { view: 'webhooks' }
  | { view: 'helpers'; status: string | null }
  | { view: 'catalog' }
  | { view: 'policies' }
  | { view: 'payouts' }
  | { view: 'not-found' };

export const CONSOLE_PREFIX = '/console';

const OPERATOR_ROLES = ['OPERATOR_ADMIN', 'OPERATOR_AGENT'];

/** Whether a signed-in account may open the console (the header links it for these accounts only). */
export function isOperator(roles: readonly string[]): boolean {
  return roles.some((role) => OPERATOR_ROLES.includes(role));
}

/** Whether an address belongs to the console. */
export function isConsolePath(path: string): boolean {
  return path === CONSOLE_PREFIX || path.startsWith(`${CONSOLE_PREFIX}/`);
}

export function consoleRouteOf(url: URL): ConsoleRoute {
  const path = url.pathname.replace(/\/+$/, '');
  const rest = path.slice(CONSOLE_PREFIX.length);
  if (rest === '') return { view: 'dashboard' };
  if (rest === '/branding') return { view: 'branding' };
  if (rest === '/requests') return { view: 'requests', status: url.searchParams.get('status') };
  if (rest === '/vetting') return { view: 'vetting' };
  if (rest === '/incidents') return { view: 'incidents' };
  if (rest === '/reviews') {
    const hidden = url.searchParams.get('hidden');
    return { view: 'reviews', hidden: hidden === 'true' ? true : hidden === 'false' ? false : null };
  }
  if (rest === '/notifications') return { view: 'notifications' };
  if (rest === '/notification-log') return { view: 'notification-log', status: url.searchParams.get('status') };
  if (rest === '/webhooks') return { view: 'webhooks' };
  if (rest === '/helpers') return { view: 'helpers', status: url.searchParams.get('status') };
  if (rest === '/catalog') return { view: 'catalog' };
  if (rest === '/policies') return { view: 'policies' };
  if (rest === '/payouts') return { view: 'payouts' };
  const request = /^\/requests\/([^/]+)$/.exec(rest);
  if (request?.[1]) return { view: 'request', requestId: decodeURIComponent(request[1]) };
  const incident = /^\/incidents\/([^/]+)$/.exec(rest);
  if (incident?.[1]) return { view: 'incident', incidentId: decodeURIComponent(incident[1]) };
  return { view: 'not-found' };
}

export const consoleHref = {
  dashboard: () => CONSOLE_PREFIX,
  branding: () => `${CONSOLE_PREFIX}/branding`,
  requests: (status?: string | null) => `${CONSOLE_PREFIX}/requests${status ? `?${new URLSearchParams({ status })}` : ''}`,
  request: (id: string) => `${CONSOLE_PREFIX}/requests/${encodeURIComponent(id)}`,
  vetting: () => `${CONSOLE_PREFIX}/vetting`,
  incidents: () => `${CONSOLE_PREFIX}/incidents`,
  incident: (id: string) => `${CONSOLE_PREFIX}/incidents/${encodeURIComponent(id)}`,
  reviews: (hidden: boolean | null = null) => `${CONSOLE_PREFIX}/reviews${hidden === null ? '' : `?hidden=${hidden}`}`,
  notifications: () => `${CONSOLE_PREFIX}/notifications`,
  notificationLog: (status?: string | null) => `${CONSOLE_PREFIX}/notification-log${status ? `?${new URLSearchParams({ status })}` : ''}`,
  webhooks: () => `${CONSOLE_PREFIX}/webhooks`,
  helpers: (status?: string | null) => `${CONSOLE_PREFIX}/helpers${status ? `?${new URLSearchParams({ status })}` : ''}`,
  catalog: () => `${CONSOLE_PREFIX}/catalog`,
  policies: () => `${CONSOLE_PREFIX}/policies`,
  payouts: () => `${CONSOLE_PREFIX}/payouts`,
};
