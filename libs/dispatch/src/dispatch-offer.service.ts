// What people do with dispatch: helpers read the requests offered to them, take one (the first
// accept wins under the request's row lock; any later one is CONFLICT ALREADY_TAKEN) or say no;
// operators see where a request stands, assign a helper themselves (the operator tier's queue) and
// set helpers' tiers. Every answer counts in the helper's dispatch history. A "no" that leaves a
// wave without anyone pending asks the engine (in the worker) to look again at once.
import { Inject, Injectable } from '@nestjs/common';
import {
  type AppointmentView,
  type HelpMode,
  requestAlreadyTaken,
  requestNotTakingOffers,
  type RequestRow,
  RequestHandoverService,
  RequestService,
  TAKING_OFFERS,
} from '@quartier/booking';
import { resolveLocalized } from '@quartier/catalog';
import { assertNoKnownOutageIn } from '@quartier/incidents';
import {
  asUuid,
  Clock,
  ConflictError,
  decodeTimeCursor,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { loadPolicyTenant, slaDeadline, TenantPolicyService } from '@quartier/tenancy';
import { earliestStartsIn } from './dispatch-candidates.js';
import { requestSlaIn } from './dispatch-sla.js';
import { countIn } from './dispatch-stats.js';
import { HELPER_TIERS, type HelperTier } from './policy/dispatch-types.js';

export const DISPATCH_OFFER_STATUSES = ['pending', 'accepted', 'declined', 'taken', 'lapsed', 'released'] as const;
export type DispatchOfferStatus = (typeof DISPATCH_OFFER_STATUSES)[number];

const noFreeSlot = () => new ConflictError("You have no free time inside the request's windows", { field: 'startsAt', detail: 'NO_FREE_SLOT' });

interface OfferRow {
  request_id: string;
  helper_id: string;
  wave: number;
  tier_key: string | null;
  first_look: boolean;
  distance_km: number;
  status: DispatchOfferStatus;
  mode: HelpMode;
  /** The dispatch round: 1, then one more for each visit a call found needed. */
  round: number;
  offered_at: Date;
  answered_at: Date | null;
}

export interface DispatchOfferView {
  requestId: string;
  serviceId: string;
  /** In the reader's locale, else the site's default, else the service's slug. */
  serviceName: string;
  description: string;
  countryCode: string;
  postalCode: string;
  windows: { from: Date; to: Date }[];
  wave: number;
  firstLook: boolean;
  distanceKm: number;
  /** REMOTE: call the customer first (no travel); ON_SITE: go there. */
  mode: HelpMode;
  /** The dispatch round it was offered in: a visit after a call is offered anew in the next. */
  round: number;
  status: DispatchOfferStatus;
  offeredAt: Date;
  /** The request's help-within target while the offer is pending; null once it is answered or over. */
  expiresAt: Date | null;
  answeredAt: Date | null;
}

export interface RequestDispatchView {
  requestId: string;
  status: string;
  round: number;
  wavesSent: number;
  tiersEntered: string[];
  nextLookAt: Date | null;
  offers: {
    helperId: string;
    displayName: string;
    tier: HelperTier;
    wave: number;
    tierKey: string | null;
    rank: number;
    score: number;
    distanceKm: number;
    firstLook: boolean;
    mode: HelpMode;
    round: number;
    status: DispatchOfferStatus;
    offeredAt: Date;
    answeredAt: Date | null;
    reason: string | null;
  }[];
}

@Injectable()
export class DispatchOfferService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(RequestService) private readonly requests: RequestService,
    @Inject(RequestHandoverService) private readonly handover: RequestHandoverService,
    @Inject(TenantPolicyService) private readonly policies: TenantPolicyService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The helper's dispatch offers, newest first, optionally of one status. */
  async myDispatchOffers(ctx: RequestContext, input: { status?: DispatchOfferStatus | null; first?: number | null; after?: string | null }) {
    const helperId = userIdOf(ctx);
    if (input.status && !DISPATCH_OFFER_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown dispatch offer status');
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await offerViewsIn(tx, { helperId, status: input.status ?? null, after, limit: size + 1 });
      const { defaultLocale } = await loadPolicyTenant(tx);
      return toConnection(
        rows,
        size,
        (row) => toOfferView(row, tx.ctx.locale, defaultLocale),
        (row) => encodeCursor({ t: row.key, id: row.request_id }),
      );
    });
  }

  /**
   * The helper takes a request dispatch offered them, starting at `startsAt` or, without it, at
   * their earliest free time inside the request's windows. The first accept wins.
   */
  async acceptDispatchOffer(ctx: RequestContext, input: { requestId: string; startsAt?: Date | string | null }): Promise<AppointmentView> {
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const { request, offer } = await this.lockOfferIn(tx, input.requestId, helperId);
      if (offer.status === 'taken') throw requestAlreadyTaken('requestId');
      if (offer.status !== 'pending') {
        throw new ConflictError(`This offer is ${offer.status}`, { field: 'requestId', detail: 'ILLEGAL_TRANSITION', from: offer.status, event: 'accepted' });
      }
      if (!TAKING_OFFERS.includes(request.status)) throw ['cancelled', 'expired'].includes(request.status) ? requestNotTakingOffers('requestId') : requestAlreadyTaken('requestId');
      const now = this.clock.now();
      // The offer's expiresAt holds to the minute: past it the request is as good as expired, even
      // while the job that expires it has yet to run.
      if (request.expires_at.getTime() <= now.getTime()) throw requestNotTakingOffers('requestId');
      await assertNoKnownOutageIn(tx, { serviceId: request.service_id, countryCode: request.country_code, postalCode: request.postal_code });
      const startsAt = input.startsAt ?? (await this.earliestStartIn(tx, request, helperId, now));
      const appointment = await this.handover.handOverIn(tx, {
        request,
        helperId,
        startsAt,
        actor: { kind: 'helper', id: helperId },
        now,
        details: { dispatchWave: offer.wave, tierKey: offer.tier_key },
        mode: offer.mode,
      });
      await tx.query(`update dispatch_offers set status = 'accepted', answered_at = $4 where tenant_id = $1 and request_id = $2 and helper_id = $3 and round = $5`, [
        tx.tenantId,
        request.id,
        helperId,
        now,
        offer.round,
      ]);
      await this.othersTakenIn(tx, request.id, now);
      const respondedSeconds = (now.getTime() - offer.offered_at.getTime()) / 1000;
      await countIn(tx, [helperId], 'accepted', { seconds: respondedSeconds });
      const sla = await requestSlaIn(tx, this.policies, request);
      await tx.emit({
        type: 'dispatch.accepted',
        aggregateType: 'request',
        aggregateId: request.id,
        payload: {
          requestId: request.id,
          helperId,
          wave: offer.wave,
          tierKey: offer.tier_key,
          respondedSeconds: Math.round(respondedSeconds),
          firstResponseMinutes: sla.firstResponseMinutes,
        },
      });
      return appointment;
    });
  }

  /** The helper says no; dispatch never offers them this request again. */
  async declineDispatchOffer(ctx: RequestContext, input: { requestId: string; reason?: string | null }): Promise<DispatchOfferView> {
    const helperId = userIdOf(ctx);
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > 1000) throw new ValidationError('reason', 'A reason is at most 1000 characters');
    await this.db.run(ctx, async (tx) => {
      const { request, offer } = await this.lockOfferIn(tx, input.requestId, helperId);
      if (offer.status !== 'pending') {
        throw new ConflictError(`This offer is ${offer.status}`, { field: 'requestId', detail: 'ILLEGAL_TRANSITION', from: offer.status, event: 'declined' });
      }
      const now = this.clock.now();
      await tx.query(
        `update dispatch_offers set status = 'declined', answered_at = $4, reason = $5 where tenant_id = $1 and request_id = $2 and helper_id = $3 and round = $6`,
        [tx.tenantId, request.id, helperId, now, reason, offer.round],
      );
      await countIn(tx, [helperId], 'declined', { seconds: (now.getTime() - offer.offered_at.getTime()) / 1000 });
      await tx.emit({ type: 'dispatch.declined', aggregateType: 'request', aggregateId: request.id, payload: { requestId: request.id, helperId, wave: offer.wave } });
    });
    return this.db.run(ctx, async (tx) => {
      const [row] = await offerViewsIn(tx, { helperId, requestId: asUuid(input.requestId), limit: 1 });
      return toOfferView(row, tx.ctx.locale, (await loadPolicyTenant(tx)).defaultLocale);
    });
  }

  /** An operator gives a request still looking for a helper (their queue's, or any) to a helper of their choice. */
  async assignRequest(
    ctx: RequestContext,
    input: { requestId: string; helperId: string; startsAt?: Date | string | null; reason?: string | null; mode?: HelpMode | null },
  ): Promise<AppointmentView> {
    const operatorId = userIdOf(ctx);
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      if (!request) throw new NotFoundError('Request');
      if (!TAKING_OFFERS.includes(request.status)) throw ['cancelled', 'expired'].includes(request.status) ? requestNotTakingOffers('requestId') : requestAlreadyTaken('requestId');
      const now = this.clock.now();
      const helperId = asUuid(input.helperId);
      const startsAt = input.startsAt ?? (await this.earliestStartIn(tx, request, helperId, now));
      const appointment = await this.handover.handOverIn(tx, {
        request,
        helperId,
        startsAt,
        actor: { kind: 'operator', id: operatorId },
        now,
        details: { assignedBy: operatorId, reason: input.reason?.trim() || null },
        mode: input.mode ?? 'on_site',
      });
      await tx.query(`update dispatch_offers set status = 'accepted', answered_at = $4 where tenant_id = $1 and request_id = $2 and helper_id = $3 and status = 'pending'`, [
        tx.tenantId,
        request.id,
        helperId,
        now,
      ]);
      await this.othersTakenIn(tx, request.id, now);
      return appointment;
    });
  }

  /**
   * The call that started a remote-first job found it needs hands on (the helper on the call says so,
   * or an operator): the call's appointment closes and the request goes back to dispatch for a visit
   * on site, in a new round: the visit is a new ask, so anyone may be offered it (a helper who turned
   * down the call, the caller if they can come by), the waves start again at the first radius of the
   * tier the request is in, and the round has its own clock: the next tiers and the expiry count from
   * now, with the request's help-within minutes (help has started; the target fixed at posting stays
   * for the SLA's figures).
   */
  async needVisit(ctx: RequestContext, input: { appointmentId: string; note?: string | null }): Promise<AppointmentView> {
    const userId = userIdOf(ctx);
    const note = input.note?.trim() || null;
    if (note && note.length > 2000) throw new ValidationError('note', 'A note is at most 2000 characters');
    return this.db.run(ctx, async (tx) => {
      const [found] = await tx.query<{ request_id: string; helper_id: string }>(`select request_id, helper_id from appointments where tenant_id = $1 and id = $2::uuid`, [
        tx.tenantId,
        asUuid(input.appointmentId),
      ]);
      const operator = ctx.hasRole('operator_admin', 'operator_agent');
      if (!found || (found.helper_id !== userId && !operator)) throw new NotFoundError('Appointment');
      const request = await this.requests.lockIn(tx, found.request_id);
      if (!request) throw new NotFoundError('Appointment');
      const now = this.clock.now();
      const actor = found.helper_id === userId ? { kind: 'helper' as const, id: userId } : { kind: 'operator' as const, id: userId };
      const { appointment } = await this.handover.visitNeededIn(tx, { request, appointmentId: asUuid(input.appointmentId), actor, note, now });
      const sla = await requestSlaIn(tx, this.policies, request);
      const [{ timezone }] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
      const expiresAt = slaDeadline({ from: now, minutes: sla.helpWithinMinutes, timeZone: timezone, serviceHours: sla.serviceHours });
      await tx.query(
        `update requests set dispatch_round = dispatch_round + 1, dispatch_round_started_at = $3, dispatch_last_wave_at = null, expires_at = $4
          where tenant_id = $1 and id = $2`,
        [tx.tenantId, request.id, now, expiresAt],
      );
      return appointment;
    });
  }

  /** Where a request stands in dispatch, for operators. */
  async requestDispatch(ctx: RequestContext, input: { requestId: string }): Promise<RequestDispatchView> {
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    return this.db.run(ctx, async (tx) => {
      const [request] = await tx.query<{ id: string; status: string; dispatch_round: number; dispatch_wave: number; dispatch_tiers: string[]; dispatch_next_at: Date | null }>(
        `select id, status, dispatch_round, dispatch_wave, dispatch_tiers, dispatch_next_at from requests where tenant_id = $1 and id = $2`,
        [tx.tenantId, asUuid(input.requestId)],
      );
      if (!request) throw new NotFoundError('Request');
      const offers = await tx.query<OfferRow & { display_name: string; tier: HelperTier; rank: number; score: number; reason: string | null }>(
        `select o.request_id, o.helper_id, o.wave, o.tier_key, o.first_look, o.distance_km, o.status, o.mode, o.round, o.offered_at, o.answered_at, o.rank, o.score, o.reason,
                h.display_name, h.tier
           from dispatch_offers o join helper_profiles h on h.tenant_id = o.tenant_id and h.user_id = o.helper_id
          where o.tenant_id = $1 and o.request_id = $2
          order by o.round, o.wave, o.rank, o.helper_id`,
        [tx.tenantId, request.id],
      );
      return {
        requestId: request.id,
        status: request.status,
        round: request.dispatch_round,
        wavesSent: request.dispatch_wave,
        tiersEntered: request.dispatch_tiers,
        nextLookAt: request.dispatch_next_at,
        offers: offers.map((offer) => ({
          helperId: offer.helper_id,
          displayName: offer.display_name,
          tier: offer.tier,
          wave: offer.wave,
          tierKey: offer.tier_key,
          rank: offer.rank,
          score: Number(offer.score),
          distanceKm: Math.round(Number(offer.distance_km) * 10) / 10,
          firstLook: offer.first_look,
          mode: offer.mode,
          round: offer.round,
          status: offer.status,
          offeredAt: offer.offered_at,
          answeredAt: offer.answered_at,
          reason: offer.reason,
        })),
      };
    });
  }

  /** Operator admins say which helpers are specialists or contractor partners (escalation tiers offer to them). */
  async setHelperTier(ctx: RequestContext, input: { helperId: string; tier: HelperTier }): Promise<{ helperId: string; tier: HelperTier }> {
    if (!ctx.hasRole('operator_admin')) throw new ForbiddenError();
    if (!HELPER_TIERS.includes(input.tier)) throw new ValidationError('tier', 'Unknown helper tier');
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<{ user_id: string; tier: HelperTier; previous: HelperTier }>(
        `update helper_profiles h set tier = $3, updated_at = $4
           from helper_profiles before where before.tenant_id = h.tenant_id and before.user_id = h.user_id
            and h.tenant_id = $1 and h.user_id = $2
         returning h.user_id, h.tier, before.tier as previous`,
        [tx.tenantId, asUuid(input.helperId), input.tier, this.clock.now()],
      );
      if (!row) throw new NotFoundError('Helper');
      if (row.previous !== row.tier) {
        await tx.emit({ type: 'helper.tier_changed', aggregateType: 'helper', aggregateId: row.user_id, payload: { helperId: row.user_id, from: row.previous, to: row.tier } });
      }
      return { helperId: row.user_id, tier: row.tier };
    });
  }

  /**
   * The request (row locked) and the caller's offer on it in the request's current dispatch round; a
   * helper it was not offered to in this round gets the NOT_FOUND of an unknown request.
   */
  private async lockOfferIn(tx: TenantTransaction, requestId: string, helperId: string): Promise<{ request: RequestRow; offer: OfferRow }> {
    const request = await this.requests.lockIn(tx, requestId);
    if (!request) throw new NotFoundError('Request');
    const [offer] = await tx.query<OfferRow>(
      `select o.request_id, o.helper_id, o.wave, o.tier_key, o.first_look, o.distance_km, o.status, o.mode, o.round, o.offered_at, o.answered_at
         from dispatch_offers o join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id and r.dispatch_round = o.round
        where o.tenant_id = $1 and o.request_id = $2 and o.helper_id = $3`,
      [tx.tenantId, request.id, helperId],
    );
    if (!offer) throw new NotFoundError('Request');
    return { request, offer };
  }

  private async earliestStartIn(tx: TenantTransaction, request: RequestRow, helperId: string, now: Date): Promise<Date> {
    const [site] = await tx.query<{ estimated_duration_minutes: number; timezone: string }>(
      `select s.estimated_duration_minutes, t.timezone from services s join tenants t on t.id = s.tenant_id where s.tenant_id = $1 and s.id = $2`,
      [tx.tenantId, request.service_id],
    );
    const place = {
      requestId: request.id,
      serviceId: request.service_id,
      countryCode: request.country_code,
      postalCode: request.postal_code,
      windows: request.windows,
      durationMinutes: site.estimated_duration_minutes,
      timeZone: site.timezone,
      remoteFirst: request.remote_first,
    };
    const start = (await earliestStartsIn(tx, [helperId], place, now)).get(helperId);
    if (!start) throw noFreeSlot();
    return start;
  }

  /** Offers still pending when someone took the request end as taken. */
  private async othersTakenIn(tx: TenantTransaction, requestId: string, now: Date): Promise<void> {
    await tx.query(`update dispatch_offers set status = 'taken', answered_at = $3 where tenant_id = $1 and request_id = $2 and status = 'pending'`, [tx.tenantId, requestId, now]);
  }
}

type OfferViewRow = OfferRow & {
  service_id: string;
  service_slug: string;
  service_names: Record<string, string>;
  description: string;
  country_code: string;
  postal_code: string;
  windows: { from: string; to: string }[];
  expires_at: Date;
  key: string;
};

/** A helper's dispatch offers with their requests, newest first (one request's, or a page after a cursor). */
function offerViewsIn(
  tx: TenantTransaction,
  input: { helperId: string; requestId?: string; status?: DispatchOfferStatus | null; after?: { t: string; id: string } | null; limit: number },
): Promise<OfferViewRow[]> {
  return tx.query<OfferViewRow>(
    `select o.request_id, o.helper_id, o.wave, o.tier_key, o.first_look, o.distance_km, o.status, o.mode, o.round, o.offered_at, o.answered_at,
            r.service_id, s.slug as service_slug, s.names as service_names, r.description, r.country_code, r.postal_code, r.windows, r.expires_at,
            to_char(o.offered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key
       from dispatch_offers o join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id
       join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
      where o.tenant_id = $1 and o.helper_id = $2 and ($3::uuid is null or o.request_id = $3) and ($4::text is null or o.status = $4)
        and ($5::timestamptz is null or (o.offered_at, o.request_id) < ($5, $6::uuid))
      order by o.offered_at desc, o.request_id desc
      limit $7`,
    [tx.tenantId, input.helperId, input.requestId ?? null, input.status ?? null, input.after?.t ?? null, input.after?.id ?? null, input.limit],
  );
}

function toOfferView(row: OfferViewRow, locale: string, defaultLocale: string): DispatchOfferView {
  return {
    requestId: row.request_id,
    serviceId: row.service_id,
    serviceName: resolveLocalized(row.service_names, locale, defaultLocale) ?? row.service_slug,
    description: row.description,
    countryCode: row.country_code,
    postalCode: row.postal_code,
    windows: row.windows.map((window) => ({ from: new Date(window.from), to: new Date(window.to) })),
    wave: row.wave,
    firstLook: row.first_look,
    distanceKm: Math.round(Number(row.distance_km) * 10) / 10,
    mode: row.mode,
    round: row.round,
    status: row.status,
    offeredAt: row.offered_at,
    // A pending offer lapses when dispatch lets its request expire, at the help-within target fixed at
    // posting; a wave's timer only sends the next wave and leaves earlier offers standing.
    expiresAt: row.status === 'pending' ? row.expires_at : null,
    answeredAt: row.answered_at,
  };
}
