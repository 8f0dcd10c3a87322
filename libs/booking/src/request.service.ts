// The one owner of request transitions: customers post and cancel requests, operators list and
// cancel them, the expiry seam expires overdue ones. Every transition locks the request row, checks
// the transitions table, appends to the timeline and writes a `request.<event>` outbox event, all
// in one transaction. Times come from the Clock.
import { Injectable } from '@nestjs/common';
import {
  Clock,
  decodeCursor,
  encodeCursor,
  ForbiddenError,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  UnauthenticatedError,
  ValidationError,
} from '@quartier/platform';
import { type CancellationPolicy, loadPolicyTenant, TenantPolicyService } from '@quartier/tenancy';
import { checkBudget, checkDescription, checkReason, checkWindows, type BudgetInput, type WindowInput } from './request-input.rules.js';
import { REQUEST_BIRTHS, REQUEST_STATUSES, REQUEST_TRANSITIONS, transition, type RequestActorKind, type RequestEvent, type RequestStatus } from './request-lifecycle.js';
import { REQUEST_COLUMNS, toRequestViews, type CancellationFeeDecision, type RequestRow, type RequestView } from './request-rows.js';

export interface PostRequestInput {
  serviceId: string;
  description: string;
  postalCode: string;
  countryCode?: string | null;
  windows: readonly WindowInput[];
  budget?: BudgetInput | null;
}

export interface Actor {
  kind: RequestActorKind;
  id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const HOUR_MS = 3_600_000;
/** Statuses an unanswered request can expire from, as the transitions table says. */
const EXPIRABLE = REQUEST_TRANSITIONS.filter((row) => row.event === 'expired').map((row) => row.from);
/** Once a helper committed, a customer's cancellation is measured against the appointment. */
const COMMITTED: readonly RequestStatus[] = ['accepted', 'scheduled'];

/** An id that is not a UUID names no row; the nil UUID keeps the answer NOT_FOUND like any unknown id. */
const asUuid = (id: string): string => (UUID.test(id) ? id : NIL_UUID);

function callerId(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
  return ctx.actor.userId;
}

const isOperator = (ctx: RequestContext): boolean => ctx.hasRole('operator_admin', 'operator_agent');

@Injectable()
export class RequestService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** A customer posts a request to be offered to matching helpers; it expires after the SLA's help-within target. */
  postRequest(ctx: RequestContext, input: PostRequestInput): Promise<RequestView> {
    const customerId = callerId(ctx);
    const now = this.clock.now();
    const description = checkDescription(input.description);
    const windows = checkWindows(input.windows, now);
    return this.db.run(ctx, async (tx) => {
      await this.ensureActiveService(tx, input.serviceId);
      const place = await this.knownPostalCode(tx, input.postalCode, input.countryCode);
      const tenant = await loadPolicyTenant(tx);
      const budget = checkBudget(input.budget, tenant.currency);
      const sla = await this.policies.latestIn(tx, 'sla');
      const slaDocument = sla?.document ?? (await this.policies.currentDocumentIn(tx, 'sla'));
      const cancellation = await this.policies.latestIn(tx, 'cancellation');
      const expiresAt = new Date(now.getTime() + slaDocument.helpWithinMinutes * 60_000);
      const birth = REQUEST_BIRTHS.posted;
      const [row] = await tx.query<RequestRow>(
        `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows,
                               budget_minor, budget_currency, status, cancellation_policy_version, sla_policy_version,
                               expires_at, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
         returning ${REQUEST_COLUMNS}`,
        [
          tx.tenantId,
          newId(),
          customerId,
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
        ],
      );
      await this.record(tx, { row, sequence: 1, from: null, to: birth.to, event: 'posted', actor: { kind: 'customer', id: customerId }, reason: null, details: {} });
      const [view] = await toRequestViews(tx, [row]);
      return view;
    });
  }

  /**
   * The owning customer or an operator cancels; operators say why. The cancellation policy the
   * request started under decides whether a fee would apply, and the decision is kept on the event.
   */
  cancelRequest(ctx: RequestContext, input: { requestId: string; reason?: string | null }): Promise<RequestView> {
    const userId = callerId(ctx);
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

  /** The caller's own requests, newest first. */
  myRequests(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const customerId = callerId(ctx);
    return this.page(ctx, input, { customerId, status: null, serviceId: null });
  }

  /** All requests of the site for operators, newest first, optionally of one status and service. */
  requests(ctx: RequestContext, input: { status?: RequestStatus | null; serviceId?: string | null; first?: number | null; after?: string | null }) {
    if (!isOperator(ctx)) throw new ForbiddenError();
    if (input.status && !REQUEST_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown request status');
    return this.page(ctx, input, { customerId: null, status: input.status ?? null, serviceId: input.serviceId ? asUuid(input.serviceId) : null });
  }

  /** One request for its customer or an operator; anyone else gets the NOT_FOUND of an unknown id. */
  request(ctx: RequestContext, input: { requestId: string }): Promise<RequestView> {
    return this.db.run(ctx, async (tx) => {
      const row = await this.visibleRequest(tx, input.requestId, { lock: false });
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
   * The transition core for the booking domain's other services (offers, appointments): locks the
   * request row of the caller's transaction, or null when there is none.
   */
  async lockIn(tx: TenantTransaction, requestId: string): Promise<RequestRow | null> {
    const [row] = await tx.query<RequestRow>(`select ${REQUEST_COLUMNS} from requests where tenant_id = $1 and id = $2::uuid for update`, [tx.tenantId, asUuid(requestId)]);
    return row ?? null;
  }

  /** Moves a request locked by `lockIn` along the transitions table, on the timeline and the outbox. */
  advanceIn(tx: TenantTransaction, row: RequestRow, event: RequestEvent, actor: Actor, details: Record<string, unknown>): Promise<RequestRow> {
    return this.apply(tx, row, event, actor, null, details);
  }

  /** A request born accepted on a helper's free slot (direct booking); its one window is the slot. */
  async bookIn(
    tx: TenantTransaction,
    input: { serviceId: string; description: string; postalCode: string; countryCode?: string | null; slot: { from: Date; to: Date }; details: Record<string, unknown> },
  ): Promise<RequestRow> {
    const customerId = callerId(tx.ctx);
    const description = checkDescription(input.description);
    await this.ensureActiveService(tx, input.serviceId);
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

  private async page(
    ctx: RequestContext,
    input: { first?: number | null; after?: string | null },
    filter: { customerId: string | null; status: RequestStatus | null; serviceId: string | null },
  ) {
    const size = pageSize(input.first);
    const after = decodeCursor<{ t: string; id: string }>(input.after, ['t', 'id']);
    if (after && (Number.isNaN(Date.parse(after.t)) || !UUID.test(after.id))) throw new ValidationError('after', 'Malformed cursor');
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
          order by created_at desc, id desc
          limit $7`,
        [tx.tenantId, filter.customerId, filter.status, filter.serviceId, after?.t ?? null, after?.id ?? null, size + 1],
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

  /** The request if the caller is its customer or an operator; otherwise NOT_FOUND, as for a random id. */
  private async visibleRequest(tx: TenantTransaction, requestId: string, options: { lock: boolean }): Promise<RequestRow> {
    const [row] = await tx.query<RequestRow>(
      `select ${REQUEST_COLUMNS} from requests where tenant_id = $1 and id = $2::uuid ${options.lock ? 'for update' : ''}`,
      [tx.tenantId, asUuid(requestId)],
    );
    if (!row || (row.customer_id !== callerId(tx.ctx) && !isOperator(tx.ctx))) throw new NotFoundError('Request');
    return row;
  }

  /** Moves a locked request along the transitions table and records the step. */
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
    return updated;
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

  private async ensureActiveService(tx: TenantTransaction, serviceId: string): Promise<void> {
    const [row] = await tx.query(`select 1 from services where tenant_id = $1 and id = $2::uuid and archived_at is null`, [tx.tenantId, asUuid(serviceId)]);
    if (!row) throw new ValidationError('serviceId', 'Unknown service');
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
