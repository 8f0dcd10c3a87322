// Operators' analytics: how fast posted requests get an answer and help against their SLA, how
// dispatch, reallocation and escalation went, ratings, volume, call deflection and the helpers who
// carried the work, and the volume and durations per service and postal area: five statements in one
// tenant transaction, whatever the number of requests. Apart from the report, who is on shift now.
import { Injectable } from '@nestjs/common';
import { REQUEST_STATUSES, type RequestStatus } from '@quartier/booking';
import { Clock, ForbiddenError, type RequestContext, TenantDatabase } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { toAnalyticsCsv } from './analytics-csv.js';
import { analyticsScopeOf, type AnalyticsFilter, type AnalyticsScope } from './analytics-filter.js';
import { type HelpersOnShift, helpersOnShiftIn } from './helpers-on-shift.js';
import {
  BREAKDOWN_SQL,
  type BreakdownRow,
  ESCALATIONS_SQL,
  type EscalationRow,
  LEADERBOARD_SQL,
  type LeaderboardRow,
  SUMMARY_SQL,
  type SummaryRow,
  VOLUME_SQL,
  type VolumeRow,
} from './analytics-queries.js';
import { type AnalyticsReport, type BreakdownFigure, type DurationFigure, type LeaderboardEntry, percent, ratio, seconds, stars } from './analytics-report.js';

export const LEADERBOARD_SIZE = 20;

export interface AnalyticsExport {
  filename: string;
  contentType: string;
  content: string;
}

function durationFigure(count: number, median: number | null, p90: number | null, within: number, decided: number): DurationFigure {
  return { count, medianSeconds: seconds(median), p90Seconds: seconds(p90), withinSla: within, slaDecided: decided, withinSlaPercent: percent(within, decided) };
}

function toBreakdownFigure(row: BreakdownRow): BreakdownFigure {
  return {
    key: row.key,
    posted: row.posted,
    booked: row.booked,
    firstResponse: durationFigure(row.responded, row.response_median, row.response_p90, row.response_within, row.response_decided),
    timeToHelp: durationFigure(row.helped, row.help_median, row.help_p90, row.help_within, row.help_decided),
  };
}

function toLeaderboardEntry(row: LeaderboardRow, index: number): LeaderboardEntry {
  return {
    rank: index + 1,
    helperId: row.helper_id,
    displayName: row.display_name,
    jobsCompleted: row.jobs_completed,
    averageStars: stars(row.average_stars),
    ratingCount: row.rating_count,
    medianResponseSeconds: seconds(row.median_response),
    dispatchOffersAccepted: row.dispatch_accepted,
    dispatchOffersAnswered: row.dispatch_answered,
    acceptanceRate: ratio(row.dispatch_accepted, row.dispatch_answered),
    reallocations: row.reallocations,
  };
}

const statusOrder = (status: string) => REQUEST_STATUSES.indexOf(status as RequestStatus);

/** `analytics_<from>_<to>.csv`, instants in UTC without separators a file system may refuse. */
export function exportFilename(from: Date, to: Date): string {
  const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `analytics_${stamp(from)}_${stamp(to)}.csv`;
}

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** The report of a period and filter, for operators. */
  async report(ctx: RequestContext, filter: AnalyticsFilter): Promise<AnalyticsReport> {
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    const scope = analyticsScopeOf(filter);
    const now = this.clock.now();
    return this.db.run(ctx, async (tx) => {
      const sla = await this.policies.currentDocumentIn(tx, 'sla');
      const params = [tx.tenantId, scope.from, scope.to, scope.serviceUuid, scope.postalArea, scope.helperUuid];
      const timing = [sla.firstResponseMinutes, sla.helpWithinMinutes, now];
      const [summary] = await tx.query<SummaryRow>(SUMMARY_SQL, [...params, ...timing]);
      const volume = await tx.query<VolumeRow>(VOLUME_SQL, params);
      const escalations = await tx.query<EscalationRow>(ESCALATIONS_SQL, params);
      const leaders = await tx.query<LeaderboardRow>(LEADERBOARD_SQL, [...params, LEADERBOARD_SIZE]);
      const breakdowns = await tx.query<BreakdownRow>(BREAKDOWN_SQL, [...params, ...timing, scope.areaLength]);
      return toReport(scope, now, { summary, volume, escalations, leaders, breakdowns });
    });
  }

  /** The same report as an RFC 4180 CSV file, one section per table. */
  async reportCsv(ctx: RequestContext, filter: AnalyticsFilter): Promise<AnalyticsExport> {
    const report = await this.report(ctx, filter);
    return { filename: exportFilename(report.from, report.to), contentType: 'text/csv; charset=utf-8', content: toAnalyticsCsv(report) };
  }

  /** The helpers whose hours cover this instant, free or on a job, for operators. */
  async helpersOnShift(ctx: RequestContext): Promise<HelpersOnShift> {
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    const now = this.clock.now();
    return this.db.run(ctx, (tx) => helpersOnShiftIn(tx, now));
  }
}

interface ReportRows {
  summary: SummaryRow;
  volume: VolumeRow[];
  escalations: EscalationRow[];
  leaders: LeaderboardRow[];
  breakdowns: BreakdownRow[];
}

function toReport(scope: AnalyticsScope, now: Date, { summary, volume, escalations, leaders, breakdowns }: ReportRows): AnalyticsReport {
  return {
    from: scope.from,
    to: scope.to,
    serviceId: scope.serviceId,
    postalArea: scope.postalArea,
    helperId: scope.helperId,
    areaLength: scope.areaLength,
    generatedAt: now,
    volume: {
      posted: summary.posted,
      booked: summary.booked,
      byStatus: volume
        .map((row) => ({ status: row.status as RequestStatus, posted: row.posted, booked: row.booked }))
        .sort((a, b) => statusOrder(a.status) - statusOrder(b.status)),
    },
    firstResponse: durationFigure(summary.responded, summary.response_median, summary.response_p90, summary.response_within, summary.response_decided),
    timeToHelp: durationFigure(summary.helped, summary.help_median, summary.help_p90, summary.help_within, summary.help_decided),
    dispatch: {
      offersAnswered: summary.dispatch_answered,
      offersAccepted: summary.dispatch_accepted,
      acceptanceRate: ratio(summary.dispatch_accepted, summary.dispatch_answered),
    },
    reallocation: { acceptedRequests: summary.accepted, reallocatedRequests: summary.reallocated, rate: ratio(summary.reallocated, summary.accepted) },
    escalations: escalations.map((row) => ({ tierKey: row.tier_key, target: row.target, requests: row.requests, escalations: row.escalations })),
    rating: { average: stars(summary.rating_average), count: summary.rating_count },
    callDeflection: {
      resolvedByHelpers: summary.resolved_by_helpers,
      handledByOperator: summary.handled_by_operator,
      rate: ratio(summary.resolved_by_helpers, summary.resolved_by_helpers + summary.handled_by_operator),
    },
    remoteHelp: {
      startedByCall: summary.started_by_call,
      visitsAfterCall: summary.visits_after_call,
      solvedOnCallRate: ratio(summary.started_by_call - summary.visits_after_call, summary.started_by_call),
    },
    leaderboard: leaders.map(toLeaderboardEntry),
    byService: breakdowns.filter((row) => row.dimension === 'service').map(toBreakdownFigure),
    byPostalArea: breakdowns.filter((row) => row.dimension === 'area').map(toBreakdownFigure),
  };
}
