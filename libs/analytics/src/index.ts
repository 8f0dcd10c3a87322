export { AnalyticsModule, AnalyticsTenantApiModule } from './analytics.module.js';
export { AnalyticsService, LEADERBOARD_SIZE, exportFilename, type AnalyticsExport } from './analytics.service.js';
export { helpersOnShiftIn, type HelpersOnShift } from './helpers-on-shift.js';
export { analyticsScopeOf, DEFAULT_AREA_LENGTH, MAX_PERIOD_DAYS, type AnalyticsFilter, type AnalyticsScope } from './analytics-filter.js';
export { csvField, summaryRows, toAnalyticsCsv, toCsv, type CsvCell } from './analytics-csv.js';
export type { AnalyticsReport, BreakdownFigure, DurationFigure, EscalationFigure, LeaderboardEntry, StatusVolume } from './analytics-report.js';
