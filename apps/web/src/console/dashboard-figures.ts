// The dashboard's figures: requests still looking for a helper and those near their SLA (first answer
// due soon or overdue, or expiring soon), from the waiting requests themselves; volume per service and
// per postal area from the analytics breakdowns of the period. Pure, so the rules are tested on their own.
import type { ConsoleDashboardQuery as DashboardResult, RequestStatus } from '../graphql/generated/graphql';
import type { Bar } from './bar-chart';

/** A request expiring sooner than this is near its SLA, whatever its first-response target. */
const EXPIRY_WARNING_MS = 2 * 60 * 60 * 1000;
/** A first answer due sooner than this (or overdue) puts the request near its SLA. */
export const RESPONSE_WARNING_MINUTES = 5;
/** The platform's first-response target when the site has no SLA policy yet. */
const DEFAULT_FIRST_RESPONSE_MINUTES = 15;
/** Still looking for a helper. */
export const OPEN_STATUSES: RequestStatus[] = ['OPEN', 'OFFERED', 'ESCALATED'];

type WaitingPage = DashboardResult['open'];
type DashboardRequest = WaitingPage['edges'][number]['node'];
type Breakdown = DashboardResult['operatorAnalytics']['byService'][number];

/** A request still looking for a helper, with when its first answer is due. */
export type WaitingRequest = DashboardRequest & { responseDueAt: string };

/** One bar per service or area: its requests, with the share of first answers within the SLA. */
export type BreakdownBar = Bar & { withinSlaPercent: number | null };

export interface DashboardFigures {
  /** Requests of the period still looking for a helper. */
  open: number;
  nearSla: WaitingRequest[];
  /** Some waiting requests were left out of the near-SLA list: a status had more than a page of them. */
  nearSlaPartial: boolean;
  perService: BreakdownBar[];
  perArea: BreakdownBar[];
  firstResponseMinutes: number;
}

function firstResponseMinutesOf(document: unknown): number {
  const value = (document as { firstResponseMinutes?: unknown } | null)?.firstResponseMinutes;
  return typeof value === 'number' ? value : DEFAULT_FIRST_RESPONSE_MINUTES;
}

/** Bars in the API's order (most requests first), labelled for people. */
function barsOf(rows: readonly Breakdown[], labelOf: (key: string) => string): BreakdownBar[] {
  return rows.map((row) => ({ label: labelOf(row.key), value: row.posted + row.booked, withinSlaPercent: row.firstResponse.withinSlaPercent ?? null }));
}

/** The dashboard's figures; `now` is when they were read, `areaOf` names a postal area. */
export function dashboardFigures(data: DashboardResult, now: number, areaOf: (prefix: string) => string): DashboardFigures {
  const pages = [data.open, data.offered, data.escalated];
  const waiting = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const serviceNames = new Map(data.catalogServices.edges.map((edge) => [edge.node.id, edge.node.name]));
  const firstResponseMinutes = firstResponseMinutesOf(data.tenantPolicy?.document);
  // The due time fixed at posting, on the SLA's clock (service hours); requests posted before it was
  // kept fall back to the current target in clock minutes.
  const dueOf = (request: DashboardRequest) =>
    request.firstResponseDueAt ?? new Date(Date.parse(request.createdAt) + firstResponseMinutes * 60_000).toISOString();
  const nearSla = waiting
    .map((request) => ({ ...request, responseDueAt: dueOf(request) }))
    .filter(
      (request) =>
        Date.parse(request.responseDueAt) - now <= RESPONSE_WARNING_MINUTES * 60_000 || Date.parse(request.expiresAt) - now <= EXPIRY_WARNING_MS,
    )
    .sort((a, b) => Date.parse(a.responseDueAt) - Date.parse(b.responseDueAt) || Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  const open = data.operatorAnalytics.volume.byStatus
    .filter((row) => OPEN_STATUSES.includes(row.status))
    .reduce((sum, row) => sum + row.posted + row.booked, 0);
  return {
    open,
    nearSla,
    nearSlaPartial: pages.some((page) => page.pageInfo.hasNextPage),
    perService: barsOf(data.operatorAnalytics.byService, (id) => serviceNames.get(id) ?? id),
    perArea: barsOf(data.operatorAnalytics.byPostalArea, areaOf),
    firstResponseMinutes,
  };
}
