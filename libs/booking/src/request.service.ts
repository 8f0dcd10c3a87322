// The one owner of request transitions: customers post and cancel requests, operators cancel
// them, the platform's timers expire unanswered requests and close completed ones nobody confirmed;
// the other booking services move requests through `lockIn` / `advanceIn`. Every transition locks
// the request row, checks the transitions table, appends to the timeline and writes a
// `request.<event>` outbox event, all in one transaction. Times come from the Clock.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  ForbiddenError,
  newId,
  NotFoundError,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import type { OnBehalfChannel, RequestChannel } from '@quartier/incidents';
import { type CancellationPolicy, loadPolicyTenant, slaDeadline, slaPolicy, TenantPolicyService } from '@quartier/tenancy';
import { isOperator } from './caller.js';
import { checkBudget, checkDescription, checkReason, checkWindows, type BudgetInput, type WindowInput } from './request-input.rules.js';
import { REQUEST_BIRTHS, REQUEST_TRANSITIONS, transition, type RequestActorKind, type RequestEvent, type RequestStatus } from './request-lifecycle.js';
import { requestParticipantsIn } from './request-participants.js';
import { REQUEST_COLUMNS, toRequestViews, type CancellationFeeDecision, type RequestRow, type RequestView } from './request-rows.js';

export interface PostRequestInput {
  serviceId: string;
  description: string;
  postalCode: string;
  countryCode?: string | null;
  windows: readonly WindowInput[];
  budget?: BudgetInput | null;
  /** Lets a helper start with a call; only on a service with remote help. */
  remoteFirst?: boolean | null;
}

export interface PostRequestOnBehalfInput extends PostRequestInput {
  /** A customer of the site. */
  customerId: string;
  channel: OnBehalfChannel;
}

export interface Actor {
  kind: RequestActorKind;
  id: string | null;
}

const HOUR_MS = 3_600_000;
/** Requests one auto-close run closes at most: the sweep's transaction stays short, the next run takes the rest. */
const CLOSE_BATCH = 200;
const ON_BEHALF_CHANNELS: readonly OnBehalfChannel[] = ['agent', 'api'];
/** Statuses an unanswered request can expire from, as the transitions table says. */
const EXPIRABLE = REQUEST_TRANSITIONS.filter((row) => row.event === 'expired').map((row) => row.from);
/** Once a helper committed, a customer's cancellation is measured against the appointment. */
const COMMITTED: readonly RequestStatus[] = ['accepted', 'scheduled'];
/** A request ending in these takes no helper any more: its pending offers end with it, declined with this reason. */
const OFFERS_LAPSE_WITH: Partial<Record<RequestStatus, string>> = {
  // The chosen offer is marked before the request is accepted; the others lapse here.
  accepted: 'The customer chose another offer',
  cancelled: 'The request was cancelled',
  expired: 'The request expired',
};

@Injectable()
export class RequestService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** A customer posts a request on the site, to be offered to matching helpers; it expires after the SLA's help-within target. */
  postRequest(ctx: RequestContext, input: PostRequestInput): Promise<RequestView> {
    const customerId = userIdOf(ctx);
    return this.post(ctx, input, { customerId, channel: 'site', postedBy: null, actor: { kind: 'customer', id: customerId }, details: {} });
  }

  /**
   * An operator posts for a customer of the site: an agent taking a call, or the tenant's back-end
   * through an operator account (channel api). Validated like the customer's own post; the timeline
   * names the operator and whom they acted for. Anyone but an active customer of the site is the
   * NOT_FOUND of an unknown id.
   */
  postRequestOnBehalf(ctx: RequestContext, input: PostRequestOnBehalfInput): Promise<RequestView> {
    const operatorId = userIdOf(ctx);
    if (!isOperator(ctx)) throw new ForbiddenError('Only operators post requests for customers');
    if (!ON_BEHALF_CHANNELS.includes(input.channel)) throw new ValidationError('channel', 'Post for a customer as agent or api');
    const { customerId, channel, ...request } = input;
    return this.post(ctx, request, {
      customerId: asUuid(customerId),
      channel,
      postedBy: operatorId,
      actor: { kind: 'operator', id: operatorId },
      details: { channel, onBehalfOf: asUuid(customerId) },
      checkCustomer: true,
    });
  }

  /** The one way a request is posted, whatever the channel. */
  private post(
    ctx: RequestContext,
    input: PostRequestInput,
    origin: { customerId: string; channel: RequestChannel; postedBy: string | null; actor: Actor; details: Record<string, unknown>; checkCustomer?: boolean },
  ): Promise<RequestView> {
    const now = this.clock.now();
    const description = checkDescription(input.description);
    const windows = checkWindows(input.windows, now);
    return this.db.run(ctx, async (tx) => {
      if (origin.checkCustomer) await this.ensureCustomer(tx, origin.customerId);
      await this.ensureActiveService(tx, input.serviceId, { remoteFirst: input.remoteFirst ?? false });
      const place = await this.knownPostalCode(tx, input.postalCode, input.countryCode);
      const tenant = await loadPolicyTenant(tx);
      const budget = checkBudget(input.budget, tenant.currency);
      const sla = await this.policies.latestIn(tx, 'sla');
      const slaDocument = sla?.document ?? (await this.policies.currentDocumentIn(tx, 'sla'));
      const cancellation = await this.policies.latestIn(tx, 'cancellation');
      // The SLA's clock runs in the site's service hours, in its time zone: both targets are fixed now.
      const [{ timezone }] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
      const clockOf = (minutes: number) => slaDeadline({ from: now, minutes, timeZone: timezone, serviceHours: slaDocument.serviceHours });
      const expiresAt = clockOf(slaDocument.helpWithinMinutes);
      const firstResponseDueAt = clockOf(slaDocument.firstResponseMinutes);
      const birth = REQUEST_BIRTHS.posted;
      const [row] = await tx.query<RequestRow>(
        `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows,
                               budget_minor, budget_currency, status, cancellation_policy_version, sla_policy_version,
                               expires_at, created_at, updated_at, channel, posted_by, first_response_due_at, remote_first, help_due_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17, $18, $19, $14)
         returning ${REQUEST_COLUMNS}`,
        [
          tx.tenantId,
          newId(),
          origin.customerId,
          input.serviceId,
          description,
          place.country_code,
          place.postal_code,
          JSON.stringify(windows),
          budget?.amountMinor ?? null,
          budget?.currency ?? null,
          birth.to,
          cancellation?.version ?? null,
          sla?.version ?? null,
          expiresAt,
          now,
          origin.channel,
          origin.postedBy,
          firstResponseDueAt,
          input.remoteFirst ?? false,
        ],
      );
      await this.record(tx, { row, sequence: 1, from: null, to: birth.to, event: 'posted', actor: origin.actor, reason: null, details: origin.details });
      const [view] = await toRequestViews(tx, [row]);
      return view;
    });
  }

  /**
   * The owning customer or an operator cancels; operators say why. The cancellation policy the
   * request started under decides whether a fee would apply, and the decision is kept on the event.
   */
  cancelRequest(ctx: RequestContext, input: { requestId: string; reason?: string | null }): Promise<RequestView> {
    const userId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const row = await this.visibleRequest(tx, input.requestId, { lock: true });
      const actor: Actor = row.customer_id === userId ? { kind: 'customer', id: userId } : { kind: 'operator', id: userId };
      const reason = checkReason(input.reason, { required: actor.kind === 'operator' });
      transition(row.status, 'cancelled', actor.kind);
      const cancellationFee = await this.cancellationDecision(tx, row, actor);
      const updated = await this.apply(tx, row, 'cancelled', actor, reason, { cancellationFee });
      // A cancelled request's appointment no longer holds the helper's time.
      await tx.query(
        `update appointments set status = 'cancelled', updated_at = $3 where tenant_id = $1 and request_id = $2 and status in ('scheduled', 'in_progress')`,
        [tx.tenantId, row.id, this.clock.now()],
      );
      const [view] = await toRequestViews(tx, [updated]);
      return view;
    });
  }

  /**
   * One request, to read: for its customer, an operator, or a helper who offered on it or holds its
   * appointment (what they are to do, and when the customer is free); anyone else gets the NOT_FOUND
   * of an unknown id.
   */
  request(ctx: RequestContext, input: { requestId: string }): Promise<RequestView> {
    return this.db.run(ctx, async (tx) => {
      const row = await this.readableRequest(tx, input.requestId);
      const [view] = await toRequestViews(tx, [row]);
      return view;
    });
  }

  /**
   * The expiry seam: every unanswered request whose expires_at has passed at `now` expires. Run by
   * the platform's own jobs (system context); requests locked by a concurrent transition are left
   * for the next run. Returns how many expired.
   */
  expireOverdue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform expires requests');
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<RequestRow>(
        `select ${REQUEST_COLUMNS} from requests
          where tenant_id = $1 and status = any($2::text[]) and expires_at <= $3
          order by expires_at, id
          for update skip locked`,
        [tx.tenantId, EXPIRABLE, now],
      );
      for (const row of rows) await this.apply(tx, row, 'expired', { kind: 'system', id: null }, null, {});
      return rows.length;
    });
  }

  /**
   * The auto-close seam: a completed request whose completion is older than its SLA version's
   * `autoCloseAfterHours` at `now` is closed, as if its customer had confirmed. Run by the
   * platform's own jobs, at most CLOSE_BATCH a run (the next run takes the rest); requests locked by
   * a concurrent transition wait for the next run. The due ones are found first and locked by id
   * after, so the lock's recheck of a row changed meanwhile is a primary-key lookup, and the plan
   * stays a walk over the completed appointments however stale the table's statistics are.
   */
  async closeOverdue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform closes requests on its own');
    return this.db.run(ctx, async (tx) => {
      // A request keeps the SLA version it was posted under (a version stored before the field
      // existed reads as the schema's default); one posted before the site had any uses the current one.
      const fallback = slaPolicy.shape.autoCloseAfterHours.parse(undefined);
      const current = slaPolicy.shape.autoCloseAfterHours.safeParse((await this.policies.currentDocumentIn(tx, 'sla')).autoCloseAfterHours);
      const due = await tx.query<{ id: string }>(
        `select r.id
           from appointments a
           join requests r on r.tenant_id = a.tenant_id and r.id = a.request_id
           left join tenant_policies p on p.tenant_id = r.tenant_id and p.kind = 'sla' and p.version = r.sla_policy_version
          where a.tenant_id = $1 and a.status = 'completed' and r.status = 'completed'
            and a.completed_at + make_interval(hours => case when p.version is null then $3::integer
                                                             else coalesce((p.document ->> 'autoCloseAfterHours')::integer, $4::integer) end) <= $2
          order by a.completed_at, r.id
          limit ${CLOSE_BATCH}`,
        [tx.tenantId, now, current.success ? current.data : fallback, fallback],
      );
      if (due.length === 0) return 0;
      const rows = await tx.query<RequestRow>(
        `select ${REQUEST_COLUMNS} from requests
          where tenant_id = $1 and id = any($2::uuid[]) and status = 'completed'
          order by updated_at, id
          for update skip locked`,
        [tx.tenantId, due.map((row) => row.id)],
      );
      for (const row of rows) await this.apply(tx, row, 'closed', { kind: 'system', id: null }, null, { autoClosed: true });
      return rows.length;
    });
  }

  /**
   * The transition core for the booking domain's other services (offers, appointments): locks the
   * request row of the caller's transaction, or null when there is none.
   */
  async lockIn(tx: TenantTransaction, requestId: string): Promise<RequestRow | null> {
    const [row] = await tx.query<RequestRow>(`select ${REQUEST_COLUMNS} from requests where tenant_id = $1 and id = $2::uuid for update`, [tx.tenantId, asUuid(requestId)]);
    return row ?? null;
  }

  /**
   * Puts a step that changes no status on the timeline of a request locked by `lockIn` (dispatch's
   * waves and waits, with their reasons), with its `request.<event>` outbox event.
   */
  async noteIn(tx: TenantTransaction, row: RequestRow, event: string, actor: Actor, details: Record<string, unknown>, reason: string | null = null): Promise<RequestRow> {
    const sequence = row.last_sequence + 1;
    const [updated] = await tx.query<RequestRow>(
      `update requests set last_sequence = $3, updated_at = $4 where tenant_id = $1 and id = $2 returning ${REQUEST_COLUMNS}`,
      [tx.tenantId, row.id, sequence, this.clock.now()],
    );
    await this.record(tx, { row, sequence, from: row.status, to: row.status, event, actor, reason, details });
    return updated;
  }

  /** Moves a request locked by `lockIn` along the transitions table, on the timeline (with the actor's reason, if any) and the outbox. */
  advanceIn(tx: TenantTransaction, row: RequestRow, event: RequestEvent, actor: Actor, details: Record<string, unknown>, reason: string | null = null): Promise<RequestRow> {
    return this.apply(tx, row, event, actor, reason, details);
  }

  /** A request born accepted on a helper's free slot (direct booking); its one window is the slot. */
  async bookIn(
    tx: TenantTransaction,
    input: { serviceId: string; description: string; postalCode: string; countryCode?: string | null; slot: { from: Date; to: Date }; details: Record<string, unknown> },
  ): Promise<RequestRow> {
    const customerId = userIdOf(tx.ctx);
    const description = checkDescription(input.description);
    await this.ensureActiveService(tx, input.serviceId, { remoteFirst: false });
    const place = await this.knownPostalCode(tx, input.postalCode, input.countryCode);
    const cancellation = await this.policies.latestIn(tx, 'cancellation');
    const sla = await this.policies.latestIn(tx, 'sla');
    const birth = REQUEST_BIRTHS.booked;
    const now = this.clock.now();
    const [row] = await tx.query<RequestRow>(
      `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows,
                             status, cancellation_policy_version, sla_policy_version, expires_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       returning ${REQUEST_COLUMNS}`,
      [
        tx.tenantId,
        newId(),
        customerId,
        input.serviceId,
        description,
        place.country_code,
        place.postal_code,
        JSON.stringify([{ from: input.slot.from.toISOString(), to: input.slot.to.toISOString() }]),
        birth.to,
        cancellation?.version ?? null,
        sla?.version ?? null,
        // A booked request has nothing to wait for; it "expires" no earlier than its slot.
        input.slot.from,
        now,
      ],
    );
    await this.record(tx, { row, sequence: 1, from: null, to: birth.to, event: 'booked', actor: { kind: 'customer', id: customerId }, reason: null, details: input.details });
    return row;
  }

  /** The request if the caller is its customer or an operator; otherwise NOT_FOUND, as for a random id. */
  /** To read: its customer, an operator, or a helper who offered on it or holds its appointment. */
  private async readableRequest(tx: TenantTransaction, requestId: string): Promise<RequestRow> {
    const row = await this.requestRow(tx, requestId, { lock: false });
    if (row && (row.customer_id === userIdOf(tx.ctx) || isOperator(tx.ctx))) return row;
    const participants = row && tx.ctx.roles.includes('helper') ? await requestParticipantsIn(tx, row.id) : null;
    if (row && participants?.helperIds.includes(userIdOf(tx.ctx))) return row;
    throw new NotFoundError('Request');
  }

  /** To act on: its customer or an operator. */
  private async visibleRequest(tx: TenantTransaction, requestId: string, options: { lock: boolean }): Promise<RequestRow> {
    const row = await this.requestRow(tx, requestId, options);
    if (!row || (row.customer_id !== userIdOf(tx.ctx) && !isOperator(tx.ctx))) throw new NotFoundError('Request');
    return row;
  }

  private async requestRow(tx: TenantTransaction, requestId: string, options: { lock: boolean }): Promise<RequestRow | undefined> {
    const [row] = await tx.query<RequestRow>(
      `select ${REQUEST_COLUMNS} from requests where tenant_id = $1 and id = $2::uuid ${options.lock ? 'for update' : ''}`,
      [tx.tenantId, asUuid(requestId)],
    );
    return row;
  }

  /** Moves a locked request along the transitions table and records the step; cancelling or expiring settles its pending offers. */
  private async apply(
    tx: TenantTransaction,
    row: RequestRow,
    event: RequestEvent,
    actor: Actor,
    reason: string | null,
    details: { cancellationFee?: CancellationFeeDecision } & Record<string, unknown>,
  ): Promise<RequestRow> {
    const to = transition(row.status, event, actor.kind);
    const sequence = row.last_sequence + 1;
    const [updated] = await tx.query<RequestRow>(
      `update requests set status = $3, last_sequence = $4, updated_at = $5 where tenant_id = $1 and id = $2 returning ${REQUEST_COLUMNS}`,
      [tx.tenantId, row.id, to, sequence, this.clock.now()],
    );
    await this.record(tx, { row, sequence, from: row.status, to, event, actor, reason, details });
    const lapse = OFFERS_LAPSE_WITH[to];
    if (lapse) await this.declinePendingOffersIn(tx, row, lapse);
    return updated;
  }

  /**
   * Pending offers of a request that no longer looks for a helper are declined by the platform (not
   * by the customer: no actor), with a reason the helper reads, so no offer waits on dead work.
   */
  private async declinePendingOffersIn(tx: TenantTransaction, row: RequestRow, reason: string): Promise<void> {
    const offers = await tx.query<{ id: string; helper_id: string }>(
      `update offers set status = 'declined', decline_reason = $3, updated_at = $4
        where tenant_id = $1 and request_id = $2 and status = 'pending'
       returning id, helper_id`,
      [tx.tenantId, row.id, reason, this.clock.now()],
    );
    for (const offer of offers) {
      await tx.emit({
        type: 'offer.declined',
        aggregateType: 'offer',
        aggregateId: offer.id,
        payload: { offerId: offer.id, requestId: row.id, helperId: offer.helper_id, customerId: row.customer_id, actorId: null, reason },
      });
    }
  }

  private async record(
    tx: TenantTransaction,
    step: { row: RequestRow; sequence: number; from: RequestStatus | null; to: RequestStatus; event: string; actor: Actor; reason: string | null; details: Record<string, unknown> },
  ): Promise<void> {
    await tx.query(
      `insert into request_events (tenant_id, request_id, sequence, from_status, to_status, event, actor_kind, actor_id, reason, details, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [tx.tenantId, step.row.id, step.sequence, step.from, step.to, step.event, step.actor.kind, step.actor.id, step.reason, JSON.stringify(step.details), this.clock.now()],
    );
    await tx.emit({
      type: `request.${step.event}`,
      aggregateType: 'request',
      aggregateId: step.row.id,
      payload: {
        requestId: step.row.id,
        customerId: step.row.customer_id,
        sequence: step.sequence,
        from: step.from,
        to: step.to,
        actorKind: step.actor.kind,
        actorId: step.actor.id,
        reason: step.reason,
        ...step.details,
      },
    });
  }

  private async cancellationDecision(tx: TenantTransaction, row: RequestRow, actor: Actor): Promise<CancellationFeeDecision> {
    const policy = await this.cancellationPolicyOf(tx, row);
    const base = { policyVersion: row.cancellation_policy_version, currency: policy.currency, fixedMinor: policy.lateFee.fixedMinor, basisPoints: policy.lateFee.basisPoints };
    if (actor.kind === 'operator') return { ...base, applies: false, rule: 'by_operator' };
    if (!COMMITTED.includes(row.status)) return { ...base, applies: false, rule: 'before_acceptance' };
    // The appointment's start once there is one; before scheduling, the first window's start.
    const [appointment] = await tx.query<{ starts_at: Date }>(
      `select starts_at from appointments where tenant_id = $1 and request_id = $2 and status in ('scheduled', 'in_progress')`,
      [tx.tenantId, row.id],
    );
    const start = appointment ? appointment.starts_at.getTime() : Math.min(...row.windows.map((window) => Date.parse(window.from)));
    const late = start - this.clock.now().getTime() < policy.freeWindowHours * HOUR_MS;
    return { ...base, applies: late, rule: late ? 'late' : 'free_window' };
  }

  /** The version the request started under; the current one when the tenant had none stored then. */
  private async cancellationPolicyOf(tx: TenantTransaction, row: RequestRow): Promise<CancellationPolicy> {
    if (row.cancellation_policy_version !== null) {
      const [stored] = await tx.query<{ document: CancellationPolicy }>(
        `select document from tenant_policies where tenant_id = $1 and kind = 'cancellation' and version = $2`,
        [tx.tenantId, row.cancellation_policy_version],
      );
      if (stored) return stored.document;
    }
    return this.policies.currentDocumentIn(tx, 'cancellation');
  }

  /** An active user of the site with the customer role; anyone else is reported like an unknown id. */
  private async ensureCustomer(tx: TenantTransaction, customerId: string): Promise<void> {
    const [row] = await tx.query(
      `select 1 from users u join user_roles ur on ur.tenant_id = u.tenant_id and ur.user_id = u.id and ur.role = 'customer'
        where u.tenant_id = $1 and u.id = $2::uuid and u.status = 'active'`,
      [tx.tenantId, customerId],
    );
    if (!row) {
      const error = new NotFoundError('Customer');
      error.details.field = 'customerId';
      throw error;
    }
  }

  private async ensureActiveService(tx: TenantTransaction, serviceId: string, wanted: { remoteFirst: boolean }): Promise<void> {
    const [row] = await tx.query<{ remote_help: boolean }>(`select remote_help from services where tenant_id = $1 and id = $2::uuid and archived_at is null`, [
      tx.tenantId,
      asUuid(serviceId),
    ]);
    if (!row) throw new ValidationError('serviceId', 'Unknown service');
    if (wanted.remoteFirst && !row.remote_help) throw new ValidationError('remoteFirst', 'This service needs a visit: it cannot start with a call');
  }

  /** A postal code the site knows, matched exactly as its places store it. */
  private async knownPostalCode(tx: TenantTransaction, postalCode: string, countryCode: string | null | undefined): Promise<{ country_code: string; postal_code: string }> {
    const rows = await tx.query<{ country_code: string; postal_code: string }>(
      `select country_code, postal_code from postal_codes
        where tenant_id = $1 and postal_code = $2 and ($3::text is null or country_code = $3::text)
        order by country_code limit 2`,
      [tx.tenantId, postalCode.trim(), countryCode?.trim().toUpperCase() ?? null],
    );
    if (rows.length === 0) throw new ValidationError('postalCode', 'Unknown postal code');
    if (rows.length > 1) throw new ValidationError('countryCode', 'The postal code exists in several countries; give countryCode');
    return rows[0];
  }
}
