// Offers: an approved helper who offers the request's service and covers its place answers an
// open request (accepting its price, or quoting on a quote-priced service); the first offer moves
// the request to offered. The customer chooses one offer and a start inside a window of the
// request and the helper's availability: the request is accepted and scheduled at once. The
// request's row lock makes the first choice win; any later one is a CONFLICT "already taken".
// Until then a helper may withdraw a pending offer and the customer may decline one, under the
// same lock, so a withdrawal and a choice never both succeed. A request that stops taking offers
// (cancelled, expired) settles its pending offers itself (RequestService). Making, withdrawing
// and declining an offer each write an `offer.<made|withdrawn|declined>` outbox event.
// Each offer also counts in its helper's responsiveness, which search ranks by (helper-responsiveness.ts).
import { Injectable } from '@nestjs/common';
import { assertNoKnownOutageIn } from '@quartier/incidents';
import {
  asUuid,
  Clock,
  ConflictError,
  decodeTimeCursor,
  encodeCursor,
  ForbiddenError,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { activeService, checkHelperAvailable, helperFit, priceOfAgreed, priceOfJob, slotOf } from './appointment-rules.js';
import { OFFER_COLUMNS, toOfferView, type OfferRow, type OfferStatus, type OfferView } from './appointment-rows.js';
import type { AppointmentView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { isOperator } from './caller.js';
import { recordResponseIn } from './helper-responsiveness.js';
import { checkReason } from './request-input.rules.js';
import { requestAlreadyTaken, requestNotTakingOffers, TAKING_OFFERS } from './request-lifecycle.js';
import type { RequestRow } from './request-rows.js';
import { RequestService } from './request.service.js';

const OFFER_STATUSES: readonly OfferStatus[] = ['pending', 'chosen', 'withdrawn', 'declined'];

const offerNotPending = (status: OfferStatus, event: string) =>
  new ConflictError(`An offer that is ${status} cannot be ${event}`, { field: 'offerId', detail: 'ILLEGAL_TRANSITION', from: status, event });

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
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      if (!request) throw new NotFoundError('Request');
      const [profile] = await tx.query<{ status: string }>(`select status from helper_profiles where tenant_id = $1 and user_id = $2`, [tx.tenantId, helperId]);
      if (profile?.status !== 'approved') throw new ForbiddenError('Only approved helpers make offers');
      // As the feed shows it: still looking for a helper, not past its expiry (whether or not the
      // sweep has expired it yet), and not the helper's own request as a customer.
      const expired = request.expires_at.getTime() <= this.clock.now().getTime();
      if (!TAKING_OFFERS.includes(request.status) || expired || request.customer_id === helperId) throw requestNotTakingOffers('requestId');
      // A request taken back from a helper (or handed on by a call) keeps the price the customer agreed
      // to, which its payment holds: dispatch finds the next helper at that price, offers cannot change it.
      const [agreed] = await tx.query(`select 1 from appointments where tenant_id = $1 and request_id = $2 and status = 'cancelled' limit 1`, [tx.tenantId, request.id]);
      if (agreed) throw new ConflictError('The price of this request is agreed already: it goes to a helper through dispatch', { field: 'requestId', detail: 'PRICE_AGREED' });
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
      await recordResponseIn(tx, { requestId: request.id, helperId, at: now });
      // Every offer, not only the one that moves the request: the customer hears of each.
      await tx.emit({
        type: 'offer.made',
        aggregateType: 'offer',
        aggregateId: row.id,
        payload: { offerId: row.id, requestId: request.id, helperId, customerId: request.customer_id, priceMinor: row.price_minor, currency: row.currency.trim() },
      });
      // The transitions table gives dispatch the move to offered: the platform makes it on the first offer.
      if (request.status !== 'offered') await this.requests.advanceIn(tx, request, 'offered', { kind: 'system', id: null }, { offerId: row.id, helperId });
      return toOfferView(row);
    });
  }

  /** The offers on a request, oldest first, for its customer or an operator. */
  async offers(ctx: RequestContext, input: { requestId: string; first?: number | null; after?: string | null }) {
    const userId = userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const [request] = await tx.query<{ customer_id: string }>(`select customer_id from requests where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(input.requestId)]);
      if (!request || (request.customer_id !== userId && !isOperator(ctx))) throw new NotFoundError('Request');
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

  /** The helper's own offers, newest first, optionally of one status. */
  async myOffers(ctx: RequestContext, input: { status?: OfferStatus | null; first?: number | null; after?: string | null }) {
    const helperId = userIdOf(ctx);
    if (input.status && !OFFER_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown offer status');
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<OfferRow & { created_key: string }>(
        `select ${OFFER_COLUMNS}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
           from offers
          where tenant_id = $1 and helper_id = $2 and ($3::text is null or status = $3)
            and ($4::timestamptz is null or (created_at, id) < ($4, $5::uuid))
          order by created_at desc, id desc
          limit $6`,
        [tx.tenantId, helperId, input.status ?? null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, toOfferView, (row) => encodeCursor({ t: row.created_key, id: row.id }));
    });
  }

  /** The offering helper takes back a pending offer. */
  async withdrawOffer(ctx: RequestContext, input: { offerId: string }): Promise<OfferView> {
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const locked = await this.lockOfferIn(tx, input.offerId);
      if (!locked || locked.offer.helper_id !== helperId) throw new NotFoundError('Offer');
      return this.settleIn(tx, locked, 'withdrawn', null);
    });
  }

  /** The request's customer turns down a pending offer, optionally saying why (the helper sees it). */
  async declineOffer(ctx: RequestContext, input: { offerId: string; reason?: string | null }): Promise<OfferView> {
    const customerId = userIdOf(ctx);
    const reason = checkReason(input.reason, { required: false });
    return this.db.run(ctx, async (tx) => {
      const locked = await this.lockOfferIn(tx, input.offerId);
      if (!locked || locked.request.customer_id !== customerId) throw new NotFoundError('Offer');
      return this.settleIn(tx, locked, 'declined', reason);
    });
  }

  /** The customer chooses an offer and when the helper comes: accepted, then scheduled. */
  async chooseOffer(ctx: RequestContext, input: { offerId: string; startsAt: Date | string }): Promise<AppointmentView> {
    const customerId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const locked = await this.lockOfferIn(tx, input.offerId);
      if (!locked || locked.request.customer_id !== customerId) throw new NotFoundError('Offer');
      const { offer, request } = locked;
      if (request.status !== 'offered') throw requestAlreadyTaken('offerId');
      // The request still looks for a helper, but this offer was taken back or turned down.
      if (offer.status !== 'pending') throw offerNotPending(offer.status, 'chosen');
      const service = await activeService(tx, request.service_id);
      // Paid bookings wait while a known outage covers the request's service and area.
      await assertNoKnownOutageIn(tx, { serviceId: request.service_id, countryCode: request.country_code, postalCode: request.postal_code });
      const slot = slotOf(input.startsAt, service, this.clock.now());
      const inWindow = request.windows.some((window) => Date.parse(window.from) <= slot.from.getTime() && slot.to.getTime() <= Date.parse(window.to));
      if (!inWindow) throw new ValidationError('startsAt', "Choose a time inside one of the request's windows");
      // The helper may have been suspended or moved away since offering.
      await helperFit(tx, { helperId: offer.helper_id, serviceId: request.service_id, countryCode: request.country_code, postalCode: request.postal_code, outsideArea: 'validation' });
      await checkHelperAvailable(tx, offer.helper_id, slot);
      await tx.query(`update offers set status = 'chosen', updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, offer.id, this.clock.now()]);
      // Accepting lets the other pending offers lapse, each with its reason and event for its helper.
      const accepted = await this.requests.advanceIn(tx, request, 'accepted', { kind: 'customer', id: customerId }, { offerId: offer.id, helperId: offer.helper_id });
      const price = priceOfAgreed(await this.policies.currentDocumentIn(tx, 'pricing'), offer.price_minor);
      return this.appointments.scheduleIn(tx, { request: accepted, helperId: offer.helper_id, offerId: offer.id, slot, price });
    });
  }

  /** The offer and its request, the request's row locked first so a concurrent choice has settled; null when there is none. */
  private async lockOfferIn(tx: TenantTransaction, offerId: string): Promise<{ offer: OfferRow; request: RequestRow } | null> {
    const [found] = await tx.query<{ request_id: string }>(`select request_id from offers where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(offerId)]);
    if (!found) return null;
    const request = await this.requests.lockIn(tx, found.request_id);
    const [offer] = await tx.query<OfferRow>(`select ${OFFER_COLUMNS} from offers where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(offerId)]);
    return request && offer ? { offer, request } : null;
  }

  /**
   * A pending offer of a request still taking offers ends withdrawn or declined, with an
   * `offer.<status>` outbox event for whoever must hear of it.
   */
  private async settleIn(tx: TenantTransaction, locked: { offer: OfferRow; request: RequestRow }, status: 'withdrawn' | 'declined', reason: string | null): Promise<OfferView> {
    const { offer, request } = locked;
    if (offer.status !== 'pending') throw offerNotPending(offer.status, status);
    if (!TAKING_OFFERS.includes(request.status)) throw requestNotTakingOffers('offerId');
    const [row] = await tx.query<OfferRow>(
      `update offers set status = $3, decline_reason = $4, updated_at = $5 where tenant_id = $1 and id = $2 returning ${OFFER_COLUMNS}`,
      [tx.tenantId, offer.id, status, reason, this.clock.now()],
    );
    await tx.emit({
      type: `offer.${status}`,
      aggregateType: 'offer',
      aggregateId: offer.id,
      payload: { offerId: offer.id, requestId: request.id, helperId: offer.helper_id, customerId: request.customer_id, actorId: status === 'withdrawn' ? offer.helper_id : request.customer_id, reason },
    });
    return toOfferView(row);
  }
}
