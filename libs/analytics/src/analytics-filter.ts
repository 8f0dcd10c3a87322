// What an operator's analytics are computed over: requests created in a period (at most 366 days),
// narrowed by service, postal area (a postal-code prefix) and the helper who handled them; and how
// long a postal area is in the per-area breakdown.
import { asUuid, ValidationError } from '@quartier/platform';

export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;
const MAX_POSTAL_AREA_LENGTH = 20;
/** Swiss postal codes share their first two digits within a region (80xx: Zurich). */
export const DEFAULT_AREA_LENGTH = 2;

export interface AnalyticsFilter {
  /** Requests created at or after this instant. */
  from: Date | string;
  /** Requests created before this instant. */
  to: Date | string;
  serviceId?: string | null;
  /** A postal-code prefix: "80" covers 8001 and 8004. */
  postalArea?: string | null;
  /** Requests with an appointment of this helper (cancelled and reassigned ones included). */
  helperId?: string | null;
  /** Characters of the postal code that make an area in the per-area breakdown (1–20, default 2). */
  areaLength?: number | null;
}

export interface AnalyticsScope {
  from: Date;
  to: Date;
  /** As given, for the report's header. */
  serviceId: string | null;
  postalArea: string | null;
  helperId: string | null;
  areaLength: number;
  /** The ids as the SQL compares them (a malformed id matches nothing). */
  serviceUuid: string | null;
  helperUuid: string | null;
}

function instantOf(field: 'from' | 'to', value: Date | string | null | undefined): Date {
  if (value === null || value === undefined || value === '') throw new ValidationError(field, `${field} is required`);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationError(field, `${field} must be a date-time`);
  return date;
}

/** The checked filter; BAD_USER_INPUT naming the field otherwise. */
export function analyticsScopeOf(filter: AnalyticsFilter): AnalyticsScope {
  const from = instantOf('from', filter.from);
  const to = instantOf('to', filter.to);
  if (to.getTime() <= from.getTime()) throw new ValidationError('to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) throw new ValidationError('to', `A period is at most ${MAX_PERIOD_DAYS} days`);
  const postalArea = filter.postalArea?.trim() || null;
  if (postalArea && postalArea.length > MAX_POSTAL_AREA_LENGTH) {
    throw new ValidationError('postalArea', `postalArea is a postal-code prefix of at most ${MAX_POSTAL_AREA_LENGTH} characters`);
  }
  const areaLength = filter.areaLength ?? DEFAULT_AREA_LENGTH;
  if (!Number.isInteger(areaLength) || areaLength < 1 || areaLength > MAX_POSTAL_AREA_LENGTH) {
    throw new ValidationError('areaLength', `areaLength is a number of characters from 1 to ${MAX_POSTAL_AREA_LENGTH}`);
  }
  const serviceId = filter.serviceId?.trim() || null;
  const helperId = filter.helperId?.trim() || null;
  return {
    from,
    to,
    serviceId,
    postalArea,
    helperId,
    areaLength,
    serviceUuid: serviceId ? asUuid(serviceId) : null,
    helperUuid: helperId ? asUuid(helperId) : null,
  };
}
