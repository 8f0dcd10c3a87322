// The dashboard's figures from the requests of a period: those still looking for a helper, those near
// their SLA, and counts per service and per postal area. Pure, so the rules are tested on their own.
import type { ConsoleDashboardQuery as DashboardResult, RequestStatus } from '../graphql/generated/graphql';
import type { Bar } from './bar-chart';

/** A request expiring sooner than this is near its SLA, whatever its first-response target. */
const EXPIRY_WARNING_MS = 2 * 60 * 60 * 1000;
/** The platform's first-response target when the site has no SLA policy yet. */
const DEFAULT_FIRST_RESPONSE_MINUTES = 15;
/** Still looking for a helper. */
export const OPEN_STATUSES: RequestStatus[] = ['OPEN', 'OFFERED', 'ESCALATED'];

type DashboardRequest = DashboardResult['requests']['edges'][number]['node'];

export interface DashboardFigures {
  open: DashboardRequest[];
  nearSla: DashboardRequest[];
  perService: Bar[];
  perArea: Bar[];
  firstResponseMinutes: number;
}

function countBy(items: string[]): Bar[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

function firstResponseMinutesOf(document: unknown): number {
  const value = (document as { firstResponseMinutes?: unknown } | null)?.firstResponseMinutes;
  return typeof value === 'number' ? value : DEFAULT_FIRST_RESPONSE_MINUTES;
}

/** The dashboard's figures from the requests of the period; `now` is when they were read. */
export function dashboardFigures(data: DashboardResult, now: number, areaOf: (prefix: string) => string): DashboardFigures {
  const requests = data.requests.edges.map((edge) => edge.node);
  const serviceNames = new Map(data.catalogServices.edges.map((edge) => [edge.node.id, edge.node.name]));
  const firstResponseMinutes = firstResponseMinutesOf(data.tenantPolicy?.document);
  const open = requests.filter((request) => OPEN_STATUSES.includes(request.status));
  const nearSla = open
    .filter(
      (request) =>
        now - Date.parse(request.createdAt) >= firstResponseMinutes * 60_000 || Date.parse(request.expiresAt) - now <= EXPIRY_WARNING_MS,
    )
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  return {
    open,
    nearSla,
    perService: countBy(requests.map((request) => serviceNames.get(request.serviceId) ?? request.serviceId)),
    perArea: countBy(requests.map((request) => areaOf(request.postalCode.slice(0, 2)))),
    firstResponseMinutes,
  };
}
