// The operator's analytics report as the service returns it; the GraphQL outputs and the CSV export
// are both made from this one shape, so they always agree.
import type { RequestStatus } from '@quartier/booking';

/** How long posted requests waited for a milestone, and how many reached it within their SLA target. */
export interface DurationFigure {
  /** Posted requests that reached the milestone. */
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Requests that reached it within their SLA version's target. */
  withinSla: number;
  /** Requests whose outcome against the target is known: reached it, or the target passed (unless the customer cancelled first). */
  slaDecided: number;
  /** withinSla ÷ slaDecided × 100; null when nothing is decided. */
  withinSlaPercent: number | null;
}

export interface StatusVolume {
  status: RequestStatus;
  posted: number;
  booked: number;
}

export interface EscalationFigure {
  tierKey: string | null;
  target: string | null;
  /** Requests that entered the tier. */
  requests: number;
  /** Escalation steps into the tier (a request enters a tier once, so this equals requests unless the timeline says otherwise). */
  escalations: number;
}

export interface LeaderboardEntry {
  rank: number;
  helperId: string;
  displayName: string;
  jobsCompleted: number;
  averageStars: number | null;
  ratingCount: number;
  medianResponseSeconds: number | null;
  dispatchOffersAccepted: number;
  dispatchOffersAnswered: number;
  acceptanceRate: number | null;
  reallocations: number;
}

/** The volume and durations of the requests of one service or one postal area. */
export interface BreakdownFigure {
  /** The service's id, or the postal area (the first characters of the postal code). */
  key: string;
  posted: number;
  booked: number;
  firstResponse: DurationFigure;
  timeToHelp: DurationFigure;
}

export interface AnalyticsReport {
  from: Date;
  to: Date;
  serviceId: string | null;
  postalArea: string | null;
  helperId: string | null;
  /** Characters of the postal code that make an area in byPostalArea. */
  areaLength: number;
  generatedAt: Date;
  volume: { posted: number; booked: number; byStatus: StatusVolume[] };
  firstResponse: DurationFigure;
  timeToHelp: DurationFigure;
  dispatch: { offersAnswered: number; offersAccepted: number; acceptanceRate: number | null };
  reallocation: { acceptedRequests: number; reallocatedRequests: number; rate: number | null };
  escalations: EscalationFigure[];
  rating: { average: number | null; count: number };
  callDeflection: { resolvedByHelpers: number; handledByOperator: number; rate: number | null };
  /** Posted requests whose help started with a helper's call, and those of them the call handed on to a visit. */
  remoteHelp: { startedByCall: number; visitsAfterCall: number; solvedOnCallRate: number | null };
  leaderboard: LeaderboardEntry[];
  /** Per service, most requests first; the rows add up to volume, firstResponse and timeToHelp. */
  byService: BreakdownFigure[];
  /** Per postal area, most requests first, adding up the same way. */
  byPostalArea: BreakdownFigure[];
}

const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** Seconds to the millisecond. */
export const seconds = (value: number | null): number | null => (value === null ? null : roundTo(value, 3));

/** part ÷ whole as a ratio to four decimals; null without a whole. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? roundTo(part / whole, 4) : null);

/** part ÷ whole × 100 to two decimals; null without a whole. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? roundTo((part / whole) * 100, 2) : null);

/** Stars to two decimals. */
export const stars = (value: number | null): number | null => (value === null ? null : roundTo(value, 2));
