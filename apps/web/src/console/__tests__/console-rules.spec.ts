// The operator console's pure rules: which page an address is, and the dashboard's figures from the
// requests of the period (open ones, those near their SLA, counts per service and postal area).
import { describe, expect, it } from '@jest/globals';
import type { ConsoleDashboardQuery } from '../../graphql/generated/graphql';
import { dashboardFigures } from '../dashboard-figures';
import { consoleHref, consoleRouteOf, isConsolePath, isOperator } from '../routes';

const at = (path: string) => new URL(path, 'http://alpine.localhost');
const NOW = Date.parse('2026-03-29T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

function dashboard(requests: { id: string; status: ConsoleDashboardQuery['requests']['edges'][number]['node']['status']; serviceId: string; postalCode: string; createdAt: string; expiresAt: string }[], firstResponseMinutes?: number): ConsoleDashboardQuery {
  return {
    operatorAnalytics: { volume: { posted: requests.length, booked: 0 }, rating: { average: null, count: 0 }, firstResponse: { medianSeconds: null, withinSlaPercent: null } },
    requests: { edges: requests.map((node) => ({ node })), pageInfo: { hasNextPage: false } },
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
    { id: 'd', status: 'SCHEDULED' as const, serviceId: 'wifi', postalCode: '8001', createdAt: minutesAgo(90), expiresAt: inMinutes(10) },
  ];

  it('counts requests still looking for a helper, and those past the first-response target or about to expire', () => {
    const figures = dashboardFigures(dashboard(requests, 15), NOW, (prefix) => `${prefix}…`);
    expect(figures.open.map((request) => request.id)).toEqual(['a', 'b', 'c']);
    // b expires first (within 2 hours), a has waited past 15 minutes; c is neither; d has its helper.
    expect(figures.nearSla.map((request) => request.id)).toEqual(['b', 'a']);
    expect(figures.firstResponseMinutes).toBe(15);
  });

  it('reads the site SLA target, and counts per service name and postal area, largest first', () => {
    const figures = dashboardFigures(dashboard(requests, 30), NOW, (prefix) => `${prefix}…`);
    expect(figures.nearSla.map((request) => request.id)).toEqual(['b']);
    expect(figures.perService).toEqual([
      { label: 'Wi-Fi setup', value: 3 },
      { label: 'TV box', value: 1 },
    ]);
    expect(figures.perArea).toEqual([
      { label: '80…', value: 3 },
      { label: '84…', value: 1 },
    ]);
  });
});
