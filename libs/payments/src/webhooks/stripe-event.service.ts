// Applies verified Stripe webhook events from the inbox (stripe_events), whatever their order and
// however often they arrive: the object is re-fetched from Stripe outside any transaction, then its
// current state is applied in a transaction that locks the inbox row and marks it applied.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase } from '@quartier/platform';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { type CurrentObject, fetchCurrentObject, type InboxEvent } from './stripe-current-objects.js';
import { StripeEventEffects } from './stripe-event-effects.js';
import { effectOf } from './stripe-event-rules.js';

interface InboxRow extends InboxEvent {
  event_id: string;
  applied_at: Date | null;
}

const INBOX_COLUMNS = 'event_id, type, object_id, connected_account_id, applied_at';

@Injectable()
export class StripeEventService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly effects: StripeEventEffects,
    private readonly clock: Clock,
  ) {}

  /** Job `stripe.event`. */
  async apply(ctx: RequestContext, eventId: string): Promise<string> {
    const pending = await this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<InboxRow>(`select ${INBOX_COLUMNS} from stripe_events where tenant_id = $1 and event_id = $2`, [tx.tenantId, eventId]);
      if (!row || row.applied_at) return { row };
      return { row, stripe: needsStripe(row.type) ? await this.gateways.stripeIn(tx) : null };
    });
    if (!pending.row) return 'skipped: no such event';
    if (pending.row.applied_at) return 'skipped: applied';
    const current = await this.currentObjectOf(pending.row, pending.stripe);

    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<InboxRow>(`select ${INBOX_COLUMNS} from stripe_events where tenant_id = $1 and event_id = $2 for update`, [tx.tenantId, eventId]);
      if (!row || row.applied_at) return 'skipped: applied';
      const outcome = current ? await this.effects.applyIn(tx, current) : effectOf(row.type) === 'ignored' ? 'ignored' : 'noted';
      await tx.query(`update stripe_events set applied_at = $3, outcome = $4 where tenant_id = $1 and event_id = $2`, [tx.tenantId, eventId, this.clock.now(), outcome]);
      return outcome;
    });
  }

  /** Null for events applied without Stripe: unknown types, and payment intents Quartier's own jobs follow. */
  private async currentObjectOf(row: InboxRow, stripe: Awaited<ReturnType<PaymentGateways['stripeIn']>> | undefined): Promise<CurrentObject | null> {
    if (!needsStripe(row.type)) return null;
    if (!stripe) return { kind: 'none', why: 'the site has no Stripe account connected' };
    return fetchCurrentObject(stripe.client, row);
  }
}

function needsStripe(type: string): boolean {
  const effect = effectOf(type);
  return effect !== 'ignored' && effect !== 'payment_intent_noted';
}
