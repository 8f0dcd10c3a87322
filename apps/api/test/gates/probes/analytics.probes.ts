// Probes of analytics (/graphql): operators read the report of a period, export it as CSV, and see who
// is on shift. Aimed at tenant B, the filter names B's helper; the answer must be the empty one a
// random id gets. B's helpers must never be among A's helpers on shift.
import type { Caller, Probe } from './probe.js';

const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const DAY_MS = 86_400_000;

// Fixed once, so the inputs the gate blanks are the ones sent.
const PERIOD = { from: new Date(Date.now() - 300 * DAY_MS).toISOString(), to: new Date(Date.now() + 60 * DAY_MS).toISOString() };

const DURATION = 'count medianSeconds p90Seconds withinSla slaDecided withinSlaPercent';
const BREAKDOWN = `key posted booked firstResponse { ${DURATION} } timeToHelp { ${DURATION} }`;
const REPORT_FIELDS = `from to serviceId postalArea helperId areaLength generatedAt
  volume { posted booked byStatus { status posted booked } }
  firstResponse { ${DURATION} } timeToHelp { ${DURATION} }
  dispatch { offersAnswered offersAccepted acceptanceRate }
  reallocation { acceptedRequests reallocatedRequests rate }
  escalations { tierKey target requests escalations }
  rating { average count }
  callDeflection { resolvedByHelpers handledByOperator rate }
  remoteHelp { startedByCall visitsAfterCall solvedOnCallRate }
  leaderboard { rank helperId displayName jobsCompleted averageStars ratingCount medianResponseSeconds dispatchOffersAccepted dispatchOffersAnswered acceptanceRate reallocations }
  byService { ${BREAKDOWN} } byPostalArea { ${BREAKDOWN} }`;

export const analyticsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.operatorAnalytics',
    document: `query($filter: AnalyticsFilterInput!) { operatorAnalytics(filter: $filter) { ${REPORT_FIELDS} } }`,
    variables: (target) => ({ filter: { ...PERIOD, helperId: target.users.helper.id } }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.operatorAnalyticsCsv',
    document: `query($filter: AnalyticsFilterInput!) { operatorAnalyticsCsv(filter: $filter) { filename contentType content } }`,
    variables: (target) => ({ filter: { ...PERIOD, helperId: target.users.helper.id } }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helpersOnShift',
    document: `{ helpersOnShift { at count helperIds onJob onJobHelperIds } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
];
