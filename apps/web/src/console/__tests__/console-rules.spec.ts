// The operator console's pure rules: which page an address is, and the dashboard's figures from the
// waiting requests and the period's analytics (open ones, those near their SLA, volume per service and postal area).
import { describe, expect, it } from '@jest/globals';
import type { ConsoleDashboardQuery } from '../../graphql/generated/graphql';
import { dashboardFigures } from '../dashboard-figures';
import { consoleHref, consoleRouteOf, isConsolePath, isOperator } from '../routes';

const at = (path: string) => new URL(path, 'http://alpine.localhost');
const NOW = Date.parse('2026-03-29T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

type DashboardRequest = Omit<ConsoleDashboardQuery['open']['edges'][number]['node'], 'firstResponseDueAt'> & { firstResponseDueAt?: string | null };
type Breakdown = ConsoleDashboardQuery['operatorAnalytics']['byService'][number];

const page = (requests: DashboardRequest[], hasNextPage = false) => ({
  edges: requests.map((node) => ({ node: { ...node, firstResponseDueAt: node.firstResponseDueAt ?? null } })),
  pageInfo: { hasNextPage },
});
const row = (key: string, posted: number, booked: number, withinSlaPercent: number | null = null): Breakdown => ({ key, posted, booked, firstResponse: { withinSlaPercent } });

/** The dashboard's answer with these waiting requests (by their status) and, optionally, the period's breakdowns. */
function dashboard(
  requests: DashboardRequest[],
  firstResponseMinutes?: number,
  analytics: { byService?: Breakdown[]; byPostalArea?: Breakdown[]; byStatus?: ConsoleDashboardQuery['operatorAnalytics']['volume']['byStatus'] } = {},
): ConsoleDashboardQuery {
  const inStatus = (status: string) => requests.filter((request) => request.status === status);
  return {
    operatorAnalytics: {
      volume: { posted: requests.length, booked: 0, byStatus: analytics.byStatus ?? [] },
      rating: { average: null, count: 0 },
      firstResponse: { medianSeconds: null, withinSlaPercent: null },
      byService: analytics.byService ?? [],
      byPostalArea: analytics.byPostalArea ?? [],
    },
    helpersOnShift: { count: 0, onJob: 0 },
    open: page(inStatus('OPEN')),
    offered: page(inStatus('OFFERED')),
    escalated: page(inStatus('ESCALATED')),
    catalogServices: { edges: [{ node: { id: 'wifi', name: 'Wi-Fi setup' } }, { node: { id: 'tv', name: 'TV box' } }] },
    tenantPolicy: firstResponseMinutes === undefined ? null : { document: { firstResponseMinutes } },
  };
}

describe('console addresses', () => {
  it('parses every console page and leaves other paths alone', () => {
    expect(consoleRouteOf(at('/console'))).toEqual({ view: 'dashboard' });
    expect(consoleRouteOf(at('/console/'))).toEqual({ view: 'dashboard' });
    expect(consoleRouteOf(at('/console/branding'))).toEqual({ view: 'branding' });
    expect(consoleRouteOf(at('/console/requests?status=OPEN'))).toEqual({ view: 'requests', status: 'OPEN' });
    expect(consoleRouteOf(at('/console/requests/r%201'))).toEqual({ view: 'request', requestId: 'r 1' });
    expect(consoleRouteOf(at('/console/incidents/i-1'))).toEqual({ view: 'incident', incidentId: 'i-1' });
    expect(consoleRouteOf(at('/console/reviews'))).toEqual({ view: 'reviews', hidden: null });
    expect(consoleRouteOf(at('/console/reviews?hidden=true'))).toEqual({ view: 'reviews', hidden: true });
    expect(consoleRouteOf(at('/console/reviews?hidden=false'))).toEqual({ view: 'reviews', hidden: false });
    expect(consoleRouteOf(at('/console/notifications'))).toEqual({ view: 'notifications' });
    expect(consoleRouteOf(at('/console/webhooks'))).toEqual({ view: 'webhooks' });
    expect(consoleRouteOf(at('/console/nothing-here'))).toEqual({ view: 'not-found' });
    expect(isConsolePath('/console')).toBe(true);
    expect(isConsolePath('/consoles')).toBe(false);
    expect(consoleHref.requests('CANCELLED')).toBe('/console/requests?status=CANCELLED');
    expect(consoleHref.reviews(true)).toBe('/console/reviews?hidden=true');
    expect(consoleHref.reviews()).toBe('/console/reviews');
    expect(consoleHref.request('r 1')).toBe('/console/requests/r%201');
  });

  it('opens the console to operator roles only', () => {
    expect(isOperator(['OPERATOR_AGENT'])).toBe(true);
    expect(isOperator(['CUSTOMER', 'OPERATOR_ADMIN'])).toBe(true);
    expect(isOperator(['CUSTOMER', 'HELPER'])).toBe(false);
  });
});

describe('dashboard figures', () => {
  const requests = [
    { id: 'a', status: 'OPEN' as const, serviceId: 'wifi', postalCode: '8001', createdAt: minutesAgo(20), expiresAt: inMinutes(600) },
    { id: 'b', status: 'OFFERED' as const, serviceId: 'wifi', postalCode: '8004', createdAt: minutesAgo(5), expiresAt: inMinutes(60) },
    { id: 'c', status: 'ESCALATED' as const, serviceId: 'tv', postalCode: '8400', createdAt: minutesAgo(5), expiresAt: inMinutes(600) },
  ];

  it('counts requests still looking for a helper, and those past the first-response target or about to expire', () => {
    const byStatus = [
      { status: 'OPEN' as const, posted: 4, booked: 0 },
      { status: 'OFFERED' as const, posted: 2, booked: 0 },
      { status: 'SCHEDULED' as const, posted: 3, booked: 5 },
      { status: 'ESCALATED' as const, posted: 1, booked: 0 },
    ];
    const figures = dashboardFigures(dashboard(requests, 15, { byStatus }), NOW, (prefix) => `${prefix}…`);
    // Open, offered and escalated requests of the period, from the analytics' statuses: 4 + 2 + 1.
    expect(figures.open).toBe(7);
    // Without a due time kept, the target counts in clock minutes: a's first answer is 5 minutes
    // overdue, b's is due in 10 but b expires within 2 hours; c is neither.
    expect(figures.nearSla.map((request) => [request.id, request.responseDueAt])).toEqual([
      ['a', minutesAgo(5)],
      ['b', inMinutes(10)],
    ]);
    expect(figures.firstResponseMinutes).toBe(15);
  });

  it('goes by the first-response due time the request keeps, on the SLA clock, soonest first', () => {
    const kept = [
      // Posted an hour ago, outside service hours: its first answer is due only in 40 minutes.
      { id: 'night', status: 'OPEN' as const, serviceId: 'wifi', postalCode: '8001', createdAt: minutesAgo(60), expiresAt: inMinutes(600), firstResponseDueAt: inMinutes(40) },
      // Posted a minute ago, due in 4 minutes: within the warning.
      { id: 'soon', status: 'OFFERED' as const, serviceId: 'wifi', postalCode: '8004', createdAt: minutesAgo(1), expiresAt: inMinutes(600), firstResponseDueAt: inMinutes(4) },
      { id: 'late', status: 'ESCALATED' as const, serviceId: 'tv', postalCode: '8400', createdAt: minutesAgo(30), expiresAt: inMinutes(600), firstResponseDueAt: minutesAgo(15) },
      { id: 'fresh', status: 'OPEN' as const, serviceId: 'tv', postalCode: '8400', createdAt: minutesAgo(1), expiresAt: inMinutes(600), firstResponseDueAt: inMinutes(14) },
    ];
    const figures = dashboardFigures(dashboard(kept, 15), NOW, (prefix) => `${prefix}…`);
    expect(figures.nearSla.map((request) => request.id)).toEqual(['late', 'soon']);
  });

  it('reads the site SLA target, and charts the breakdowns by service name and postal area in their order', () => {
    const byService = [row('wifi', 5, 1, 25), row('tv', 1, 0, 100), row('archived-service', 0, 2)];
    const byPostalArea = [row('80', 6, 2, 40), row('84', 1, 1)];
    const figures = dashboardFigures(dashboard(requests, 30, { byService, byPostalArea }), NOW, (prefix) => `${prefix}…`);
    expect(figures.nearSla.map((request) => request.id)).toEqual(['b']);
    // Posted and booked together; a service no longer in the catalog keeps its id.
    expect(figures.perService).toEqual([
      { label: 'Wi-Fi setup', value: 6, withinSlaPercent: 25 },
      { label: 'TV box', value: 1, withinSlaPercent: 100 },
      { label: 'archived-service', value: 2, withinSlaPercent: null },
    ]);
    expect(figures.perArea).toEqual([
      { label: '80…', value: 8, withinSlaPercent: 40 },
      { label: '84…', value: 2, withinSlaPercent: null },
    ]);
    expect(figures.nearSlaPartial).toBe(false);
  });

  it('says when a status had more waiting requests than the page checked', () => {
    const data = dashboard(requests, 15);
    const figures = dashboardFigures({ ...data, offered: { ...data.offered, pageInfo: { hasNextPage: true } } }, NOW, (prefix) => prefix);
    expect(figures.nearSlaPartial).toBe(true);
  });
});
