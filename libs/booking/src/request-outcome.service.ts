// How a job ends once the helper is on it: the customer confirms a completed job (closed), the
// customer or the assigned helper disputes it with a reason, and an operator resolves the dispute
// (closed as done). Refunds come with payments. Every move goes through RequestService.
import { Injectable } from '@nestjs/common';
import { Clock, ForbiddenError, NotFoundError, type RequestContext, TenantDatabase, type TenantTransaction, userIdOf } from '@quartier/platform';
import { isOperator } from './caller.js';
import { checkReason } from './request-input.rules.js';
import { toRequestViews, type RequestRow, type RequestView } from './request-rows.js';
import { type Actor, RequestService } from './request.service.js';

@Injectable()
export class RequestOutcomeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requests: RequestService,
    private readonly clock: Clock,
  ) {}

  /** The customer confirms the job was done: completed → closed. */
  confirmCompletion(ctx: RequestContext, input: { requestId: string }): Promise<RequestView> {
    const customerId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      if (!request || request.customer_id !== customerId) throw new NotFoundError('Request');
      return this.viewOf(tx, await this.requests.advanceIn(tx, request, 'closed', { kind: 'customer', id: customerId }, {}));
    });
  }

  /** The customer or the assigned helper disputes a job in progress or completed, saying why. */
  disputeRequest(ctx: RequestContext, input: { requestId: string; reason: string }): Promise<RequestView> {
    const userId = userIdOf(ctx);
    const reason = checkReason(input.reason, { required: true });
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      const actor = request ? await this.participantOf(tx, request, userId) : null;
      if (!request || !actor) throw new NotFoundError('Request');
      return this.viewOf(tx, await this.requests.advanceIn(tx, request, 'disputed', actor, {}, reason));
    });
  }

  /**
   * An operator settles a dispute as done: the request is closed, and an appointment still in
   * progress is completed now, so it no longer holds the helper's time and the job counts as done.
   */
  resolveDispute(ctx: RequestContext, input: { requestId: string; reason: string }): Promise<RequestView> {
    return this.settleAsOperator(ctx, input, 'resolved', async (tx, request) => {
      await tx.query(
        `update appointments set status = 'completed', completed_at = $3, updated_at = $3 where tenant_id = $1 and request_id = $2 and status = 'in_progress'`,
        [tx.tenantId, request.id, this.clock.now()],
      );
    });
  }

  /**
   * An operator settles a dispute, or a cancelled booking, by refunding the customer: the request is
   * refunded, and the payment job gives back what is left of what was charged (or releases a hold).
   */
  refundRequest(ctx: RequestContext, input: { requestId: string; reason: string }): Promise<RequestView> {
    return this.settleAsOperator(ctx, input, 'refunded');
  }

  /** An operator's settling step (a reason is required), then whatever else the step changes in the same transaction. */
  private settleAsOperator(
    ctx: RequestContext,
    input: { requestId: string; reason: string },
    event: 'resolved' | 'refunded',
    alsoIn: (tx: TenantTransaction, request: RequestRow) => Promise<void> = async () => undefined,
  ): Promise<RequestView> {
    const operatorId = userIdOf(ctx);
    if (!isOperator(ctx)) throw new ForbiddenError();
    const reason = checkReason(input.reason, { required: true });
    return this.db.run(ctx, async (tx) => {
      const request = await this.requests.lockIn(tx, input.requestId);
      if (!request) throw new NotFoundError('Request');
      const settled = await this.requests.advanceIn(tx, request, event, { kind: 'operator', id: operatorId }, {}, reason);
      await alsoIn(tx, request);
      return this.viewOf(tx, settled);
    });
  }

  /**
   * The customer, or the helper holding the job: the one whose appointment of the request is in
   * progress or completed. A helper reassigned away holds only a cancelled appointment.
   */
  private async participantOf(tx: TenantTransaction, request: RequestRow, userId: string): Promise<Actor | null> {
    if (request.customer_id === userId) return { kind: 'customer', id: userId };
    const [holding] = await tx.query(
      `select 1 from appointments where tenant_id = $1 and request_id = $2 and helper_id = $3 and status in ('in_progress', 'completed')`,
      [tx.tenantId, request.id, userId],
    );
    return holding ? { kind: 'helper', id: userId } : null;
  }

  private async viewOf(tx: TenantTransaction, row: RequestRow): Promise<RequestView> {
    const [view] = await toRequestViews(tx, [row]);
    return view;
  }
}
