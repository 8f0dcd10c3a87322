// Offers: an approved helper who offers the request's service and covers its place answers an
// open request (accepting its price, or quoting on a quote-priced service); the first offer moves
// the request to offered. The customer chooses one offer and a start inside a window of the
// request and the helper's availability: the request is accepted and scheduled at once. The
// request's row lock makes the first choice win; any later one is a CONFLICT "already taken".
import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  decodeCursor,
  encodeCursor,
  ForbiddenError,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  toConnection,
  UnauthenticatedError,
  ValidationError,
} from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { activeService, asUuid, checkHelperAvailable, helperFit, priceOfAgreed, priceOfJob, slotOf } from './appointment-rules.js';
import { OFFER_COLUMNS, toOfferView, type OfferRow, type OfferView } from './appointment-rows.js';
import type { AppointmentView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import type { RequestStatus } from './request-lifecycle.js';
import { RequestService } from './request.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Statuses a request takes offers in: still looking for a helper. */
const TAKING_OFFERS: readonly RequestStatus[] = ['open', 'offered', 'escalated'];

function callerId(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
  return ctx.actor.userId;
}

const alreadyTaken = () => new ConflictError('This request is already taken', { field: 'offerId', detail: 'ALREADY_TAKEN' });

@Injectable()
export class OfferService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requests: RequestService,
    private readonly appointments: AppointmentService,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** A helper offers to do the request: at their price for the service, or `priceMinor` as a quote. */
  async makeOffer(ctx: RequestContext, input: { requestId: string; priceMinor?: number | null }): Promise<OfferView> {
    const helperId = callerId(ctx);
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      if (!request) throw new NotFoundError('Request');
      const [profile] = await tx.query<{ status: string }>(`select status from helper_profiles where tenant_id = $1 and user_id = $2`, [tx.tenantId, helperId]);
      if (profile?.status !== 'approved') throw new ForbiddenError('Only approved helpers make offers');
      if (!TAKING_OFFERS.includes(request.status)) throw new ConflictError('This request takes no more offers', { field: 'requestId', detail: 'NOT_TAKING_OFFERS' });
      const fit = await helperFit(tx, { helperId, serviceId: request.service_id, countryCode: request.country_code, postalCode: request.postal_code, outsideArea: 'forbidden' });
      const service = await activeService(tx, request.service_id);
      const price = priceOfJob(service, await this.policies.currentDocumentIn(tx, 'pricing'), { skillPriceMinor: fit.skillPriceMinor, quoteMinor: input.priceMinor });
      const now = this.clock.now();
      const [row] = await tx.query<OfferRow>(
        `insert into offers (tenant_id, id, request_id, helper_id, kind, price_minor, customer_total_minor, currency, status, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $9)
         on conflict (tenant_id, request_id, helper_id) do nothing
         returning ${OFFER_COLUMNS}`,
        [tx.tenantId, newId(), request.id, helperId, service.pricing_mode === 'quote' ? 'quote' : 'accept', price.subtotalMinor, price.customerTotalMinor, price.currency, now],
      );
      if (!row) throw new ConflictError('You already made an offer on this request', { field: 'requestId', detail: 'ALREADY_OFFERED' });
      // The transitions table gives dispatch the move to offered: the platform makes it on the first offer.
      if (request.status !== 'offered') await this.requests.advanceIn(tx, request, 'offered', { kind: 'system', id: null }, { offerId: row.id, helperId });
      return toOfferView(row);
    });
  }

  /** The offers on a request, oldest first, for its customer. */
  async offers(ctx: RequestContext, input: { requestId: string; first?: number | null; after?: string | null }) {
    const customerId = callerId(ctx);
    const size = pageSize(input.first);
    const after = decodeCursor<{ t: string; id: string }>(input.after, ['t', 'id']);
    if (after && (Number.isNaN(Date.parse(after.t)) || !UUID.test(after.id))) throw new ValidationError('after', 'Malformed cursor');
    return this.db.run(ctx, async (tx) => {
      const [request] = await tx.query<{ customer_id: string }>(`select customer_id from requests where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(input.requestId)]);
      if (request?.customer_id !== customerId) throw new NotFoundError('Request');
      const rows = await tx.query<OfferRow & { created_key: string }>(
        `select ${OFFER_COLUMNS}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
           from offers
          where tenant_id = $1 and request_id = $2::uuid
            and ($3::timestamptz is null or (created_at, id) > ($3, $4::uuid))
          order by created_at, id
          limit $5`,
        [tx.tenantId, asUuid(input.requestId), after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, toOfferView, (row) => encodeCursor({ t: row.created_key, id: row.id }));
    });
  }

  /** The customer chooses an offer and when the helper comes: accepted, then scheduled. */
  async chooseOffer(ctx: RequestContext, input: { offerId: string; startsAt: Date | string }): Promise<AppointmentView> {
    const customerId = callerId(ctx);
    return this.db.run(ctx, async (tx) => {
      const [found] = await tx.query<{ request_id: string }>(`select request_id from offers where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(input.offerId)]);
      if (!found) throw new NotFoundError('Offer');
      const request = await this.requests.lockIn(tx, found.request_id);
      if (!request || request.customer_id !== customerId) throw new NotFoundError('Offer');
      // Read again under the request's lock: a concurrent choice has settled by now.
      const [offer] = await tx.query<OfferRow>(`select ${OFFER_COLUMNS} from offers where tenant_id = $1 and id = $2`, [tx.tenantId, asUuid(input.offerId)]);
      if (request.status !== 'offered' || offer.status !== 'pending') throw alreadyTaken();
      const service = await activeService(tx, request.service_id);
      const slot = slotOf(input.startsAt, service, this.clock.now());
      const inWindow = request.windows.some((window) => Date.parse(window.from) <= slot.from.getTime() && slot.to.getTime() <= Date.parse(window.to));
      if (!inWindow) throw new ValidationError('startsAt', "Choose a time inside one of the request's windows");
      // The helper may have been suspended or moved away since offering.
      await helperFit(tx, { helperId: offer.helper_id, serviceId: request.service_id, countryCode: request.country_code, postalCode: request.postal_code, outsideArea: 'validation' });
      await checkHelperAvailable(tx, offer.helper_id, slot);
      const accepted = await this.requests.advanceIn(tx, request, 'accepted', { kind: 'customer', id: customerId }, { offerId: offer.id, helperId: offer.helper_id });
      await tx.query(
        `update offers set status = case when id = $3 then 'chosen' else 'declined' end, updated_at = $4
          where tenant_id = $1 and request_id = $2 and status = 'pending'`,
        [tx.tenantId, request.id, offer.id, this.clock.now()],
      );
      const price = priceOfAgreed(await this.policies.currentDocumentIn(tx, 'pricing'), offer.price_minor);
      return this.appointments.scheduleIn(tx, { request: accepted, helperId: offer.helper_id, offerId: offer.id, slot, price });
    });
  }
}
