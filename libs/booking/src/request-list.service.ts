// Lists of requests, newest first with stable cursors: a customer's own, and the whole site's for
// operators narrowed by status, service, helper, postal code and creation time.
import { Injectable } from '@nestjs/common';
import { asUuid, decodeTimeCursor, encodeCursor, ForbiddenError, pageSize, type RequestContext, TenantDatabase, toConnection, userIdOf, ValidationError } from '@quartier/platform';
import { isOperator } from './caller.js';
import { REQUEST_STATUSES, type RequestStatus } from './request-lifecycle.js';
import { REQUEST_COLUMNS, toRequestViews, type RequestRow, type RequestView } from './request-rows.js';

export interface RequestFilter {
  status?: RequestStatus | null;
  serviceId?: string | null;
  /** Requests with an appointment of this helper, including appointments since reassigned or cancelled. */
  helperId?: string | null;
  postalCode?: string | null;
  /** Created at or after. */
  createdFrom?: Date | string | null;
  /** Created before. */
  createdTo?: Date | string | null;
}

interface PageFilter {
  customerId: string | null;
  status: RequestStatus | null;
  serviceId: string | null;
  helperId: string | null;
  postalCode: string | null;
  createdFrom: Date | null;
  createdTo: Date | null;
}

const NO_FILTER: Omit<PageFilter, 'customerId'> = { status: null, serviceId: null, helperId: null, postalCode: null, createdFrom: null, createdTo: null };

function instantOrNull(field: string, value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationError(field, `${field} must be a date-time`);
  return date;
}

@Injectable()
export class RequestListService {
  constructor(private readonly db: TenantDatabase) {}

  /** The caller's own requests, newest first. */
  myRequests(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const customerId = userIdOf(ctx);
    return this.page(ctx, input, { customerId, ...NO_FILTER });
  }

  /** All requests of the site for operators, newest first, narrowed by any of the filters. */
  requests(ctx: RequestContext, input: RequestFilter & { first?: number | null; after?: string | null }) {
    if (!isOperator(ctx)) throw new ForbiddenError();
    if (input.status && !REQUEST_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown request status');
    const createdFrom = instantOrNull('createdFrom', input.createdFrom);
    const createdTo = instantOrNull('createdTo', input.createdTo);
    if (createdFrom && createdTo && createdTo.getTime() <= createdFrom.getTime()) throw new ValidationError('createdTo', 'createdTo must be after createdFrom');
    const postalCode = input.postalCode?.trim() || null;
    if (postalCode && postalCode.length > 20) throw new ValidationError('postalCode', 'postalCode must be at most 20 characters');
    return this.page(ctx, input, {
      customerId: null,
      status: input.status ?? null,
      serviceId: input.serviceId ? asUuid(input.serviceId) : null,
      helperId: input.helperId ? asUuid(input.helperId) : null,
      postalCode,
      createdFrom,
      createdTo,
    });
  }

  private async page(ctx: RequestContext, input: { first?: number | null; after?: string | null }, filter: PageFilter) {
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      // The cursor keeps the time to the microsecond, as stored; a JavaScript Date would round it.
      const rows = await tx.query<RequestRow & { created_key: string }>(
        `select ${REQUEST_COLUMNS}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
           from requests
          where tenant_id = $1
            and ($2::uuid is null or customer_id = $2)
            and ($3::text is null or status = $3)
            and ($4::uuid is null or service_id = $4)
            and ($5::timestamptz is null or (created_at, id) < ($5, $6::uuid))
            and ($8::uuid is null or exists (select 1 from appointments a where a.tenant_id = $1 and a.request_id = requests.id and a.helper_id = $8))
            and ($9::text is null or postal_code = $9)
            and ($10::timestamptz is null or created_at >= $10)
            and ($11::timestamptz is null or created_at < $11)
          order by created_at desc, id desc
          limit $7`,
        [
          tx.tenantId,
          filter.customerId,
          filter.status,
          filter.serviceId,
          after?.t ?? null,
          after?.id ?? null,
          size + 1,
          filter.helperId,
          filter.postalCode,
          filter.createdFrom,
          filter.createdTo,
        ],
      );
      const views = await toRequestViews(tx, rows.slice(0, size));
      const byId = new Map(views.map((view) => [view.id, view]));
      return toConnection(
        rows,
        size,
        (row) => byId.get(row.id) as RequestView,
        (row) => encodeCursor({ t: row.created_key, id: row.id }),
      );
    });
  }
}
