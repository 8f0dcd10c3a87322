// RFC 4180 CSV for the analytics export: CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, numbers unlocalized. Text that a spreadsheet would run as a formula (a
// helper's display name starting with "=", "+", "-", "@") is prefixed with an apostrophe.
import type { AnalyticsReport, BreakdownFigure, DurationFigure } from './analytics-report.js';

export type CsvCell = string | number | boolean | Date | null | undefined;

const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: empty for null, ISO 8601 for instants, plain digits and "." for numbers. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined by CRLF, the last one terminated too. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/** The summary as `metric,value` rows, in the order the export writes them. */
export function summaryRows(report: AnalyticsReport): [string, CsvCell][] {
  return [
    ['period_from', report.from],
    ['period_to', report.to],
    ['service_id', report.serviceId],
    ['postal_area', report.postalArea],
    ['helper_id', report.helperId],
    ['area_length', report.areaLength],
    ['posted_requests', report.volume.posted],
    ['booked_requests', report.volume.booked],
    ['first_response_count', report.firstResponse.count],
    ['first_response_median_seconds', report.firstResponse.medianSeconds],
    ['first_response_p90_seconds', report.firstResponse.p90Seconds],
    ['first_response_within_sla', report.firstResponse.withinSla],
    ['first_response_sla_decided', report.firstResponse.slaDecided],
    ['first_response_within_sla_percent', report.firstResponse.withinSlaPercent],
    ['time_to_help_count', report.timeToHelp.count],
    ['time_to_help_median_seconds', report.timeToHelp.medianSeconds],
    ['time_to_help_p90_seconds', report.timeToHelp.p90Seconds],
    ['helped_within_sla', report.timeToHelp.withinSla],
    ['help_sla_decided', report.timeToHelp.slaDecided],
    ['helped_within_sla_percent', report.timeToHelp.withinSlaPercent],
    ['dispatch_offers_answered', report.dispatch.offersAnswered],
    ['dispatch_offers_accepted', report.dispatch.offersAccepted],
    ['dispatch_acceptance_rate', report.dispatch.acceptanceRate],
    ['accepted_requests', report.reallocation.acceptedRequests],
    ['reallocated_requests', report.reallocation.reallocatedRequests],
    ['reallocation_rate', report.reallocation.rate],
    ['average_rating', report.rating.average],
    ['rating_count', report.rating.count],
    ['resolved_by_helpers', report.callDeflection.resolvedByHelpers],
    ['handled_by_operator', report.callDeflection.handledByOperator],
    ['call_deflection_rate', report.callDeflection.rate],
    ['help_started_by_call', report.remoteHelp.startedByCall],
    ['visits_after_call', report.remoteHelp.visitsAfterCall],
    ['solved_on_call_rate', report.remoteHelp.solvedOnCallRate],
  ];
}

const BREAKDOWN_HEADER = [
  'posted_requests',
  'booked_requests',
  'first_response_count',
  'first_response_median_seconds',
  'first_response_p90_seconds',
  'first_response_within_sla',
  'first_response_sla_decided',
  'first_response_within_sla_percent',
  'time_to_help_count',
  'time_to_help_median_seconds',
  'time_to_help_p90_seconds',
  'helped_within_sla',
  'help_sla_decided',
  'helped_within_sla_percent',
];

const durationCells = (figure: DurationFigure): CsvCell[] => [
  figure.count,
  figure.medianSeconds,
  figure.p90Seconds,
  figure.withinSla,
  figure.slaDecided,
  figure.withinSlaPercent,
];

/** A breakdown row: its key, then the summary's volume and duration metrics under the same names. */
const breakdownCells = (row: BreakdownFigure): CsvCell[] => [row.key, row.posted, row.booked, ...durationCells(row.firstResponse), ...durationCells(row.timeToHelp)];

/** Six sections, each a title record, a header record and its rows, separated by an empty line. */
export function toAnalyticsCsv(report: AnalyticsReport): string {
  const rows: CsvCell[][] = [
    ['Summary'],
    ['metric', 'value'],
    ...summaryRows(report),
    [],
    ['Escalations'],
    ['tier_key', 'target', 'requests', 'escalations'],
    ...report.escalations.map((row) => [row.tierKey, row.target, row.requests, row.escalations]),
    [],
    ['Volume by status'],
    ['status', 'posted', 'booked'],
    ...report.volume.byStatus.map((row) => [row.status, row.posted, row.booked]),
    [],
    ['Leaderboard'],
    [
      'rank',
      'helper_id',
      'display_name',
      'jobs_completed',
      'average_stars',
      'rating_count',
      'median_response_seconds',
      'dispatch_offers_accepted',
      'dispatch_offers_answered',
      'acceptance_rate',
      'reallocations',
    ],
    ...report.leaderboard.map((row) => [
      row.rank,
      row.helperId,
      row.displayName,
      row.jobsCompleted,
      row.averageStars,
      row.ratingCount,
      row.medianResponseSeconds,
      row.dispatchOffersAccepted,
      row.dispatchOffersAnswered,
      row.acceptanceRate,
      row.reallocations,
    ]),
    [],
    ['By service'],
    ['service_id', ...BREAKDOWN_HEADER],
    ...report.byService.map(breakdownCells),
    [],
    ['By postal area'],
    ['postal_area', ...BREAKDOWN_HEADER],
    ...report.byPostalArea.map(breakdownCells),
  ];
  return toCsv(rows);
}
