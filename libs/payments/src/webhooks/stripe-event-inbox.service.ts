// The webhook inbox: a Stripe event is stored once per event id (a repeated delivery only counts
// itself) and a new one is announced on the outbox, whose job applies it. Deliveries are verified
// on their raw body with the site's signing secret; replays list the events from Stripe instead.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError } from '@quartier/platform';
import Stripe from 'stripe';
import { PaymentGateways, type TenantStripe } from '../gateway/payment-gateways.js';
import { StripeNotConnectedError, StripeSignatureError } from './stripe-webhook.errors.js';

/** Stripe's own default: a signature older than five minutes may be a replayed capture. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
const REPLAY_BATCH = 100;
const MALFORMED_HEADER = 'The Stripe-Signature header is not in the format Stripe sends';

export interface InboxRecord {
  eventId: string;
  type: string;
  /** False when the event was already in the inbox (another delivery of it). */
  isNew: boolean;
}

export interface ReplayResult {
  listed: number;
  new: number;
  known: number;
}

@Injectable()
export class StripeEventInbox {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly clock: Clock,
  ) {}

  /** A webhook delivery: verified with the site's signing secret, then stored; a refused one writes nothing. */
  async receive(ctx: RequestContext, input: { rawBody: Buffer | string | undefined; signature: string | string[] | undefined }): Promise<InboxRecord> {
    const signature = Array.isArray(input.signature) ? input.signature[0] : input.signature;
    if (!signature?.trim()) throw new StripeSignatureError('The Stripe-Signature header is missing');
    if (!input.rawBody || input.rawBody.length === 0) throw new StripeSignatureError('The delivery has no body to verify');
    const rawBody = input.rawBody;
    return this.db.run(ctx, async (tx) => {
      const stripe = await this.gateways.stripeIn(tx);
      if (!stripe) throw new StripeNotConnectedError();
      const receivedAt = this.clock.now();
      const event = verifiedEvent(stripe, rawBody, signature, receivedAt);
      return this.recordIn(tx, { event, receivedAt });
    });
  }

  /**
   * Stores an event once per id; another delivery only counts itself. A new event is announced
   * (`stripe.event_received`) in the same transaction.
   */
  async recordIn(tx: TenantTransaction, input: { event: Stripe.Event; receivedAt: Date; connectedAccountId?: string | null }): Promise<InboxRecord> {
    const { event, receivedAt } = input;
    const object = event.data.object as { id?: unknown };
    const objectId = typeof object.id === 'string' ? object.id : null;
    const connectedAccountId = event.account ?? input.connectedAccountId ?? null;
    const [row] = await tx.query<{ deliveries: number }>(
      `insert into stripe_events (tenant_id, event_id, type, object_id, connected_account_id, event_created_at, received_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (tenant_id, event_id) do update set deliveries = stripe_events.deliveries + 1
       returning deliveries`,
      [tx.tenantId, event.id, event.type, objectId, connectedAccountId, new Date(event.created * 1_000), receivedAt],
    );
    const isNew = row.deliveries === 1;
    if (isNew) {
      await tx.emit({
        type: 'stripe.event_received',
        aggregateType: 'stripe_event',
        aggregateId: event.id,
        payload: { eventId: event.id, type: event.type, objectId, connectedAccountId },
      });
    }
    return { eventId: event.id, type: event.type, isNew };
  }

  /**
   * Puts the events Stripe lists for [from, to) into the inbox, as if delivered again: those of the
   * site's account and of its helpers' connected accounts. Stripe lists the last 30 days only.
   */
  async replay(ctx: RequestContext, input: { from: Date; to: Date }): Promise<ReplayResult> {
    const { from, to } = input;
    if (Number.isNaN(from.getTime())) throw new ValidationError('from', 'Give the start of the period as an ISO date-time');
    if (Number.isNaN(to.getTime())) throw new ValidationError('to', 'Give the end of the period as an ISO date-time');
    if (from >= to) throw new ValidationError('to', 'The end of the period must come after its start');
    const { stripe, accounts } = await this.db.run(ctx, async (tx) => {
      const found = await this.gateways.stripeIn(tx);
      const rows = await tx.query<{ stripe_account_id: string }>(
        `select stripe_account_id from helper_payout_accounts where tenant_id = $1 and stripe_account_id is not null order by stripe_account_id`,
        [tx.tenantId],
      );
      return { stripe: found, accounts: rows.map((row) => row.stripe_account_id) };
    });
    if (!stripe) throw new StripeNotConnectedError();

    const result: ReplayResult = { listed: 0, new: 0, known: 0 };
    const created = { gte: Math.floor(from.getTime() / 1_000), lt: Math.floor(to.getTime() / 1_000) };
    for (const account of [null, ...accounts]) {
      let batch: Stripe.Event[] = [];
      const flush = async () => {
        const receivedAt = this.clock.now();
        const records = await this.db.run(ctx, async (tx) => {
          const stored: InboxRecord[] = [];
          for (const event of batch) stored.push(await this.recordIn(tx, { event, receivedAt, connectedAccountId: account }));
          return stored;
        });
        for (const record of records) result[record.isNew ? 'new' : 'known'] += 1;
        result.listed += records.length;
        batch = [];
      };
      for await (const event of stripe.client.events.list({ created, limit: 100 }, account ? { stripeAccount: account } : undefined)) {
        batch.push(event);
        if (batch.length >= REPLAY_BATCH) await flush();
      }
      if (batch.length > 0) await flush();
    }
    return result;
  }
}

/** The event of a delivery whose signature holds; anything else is a StripeSignatureError. */
function verifiedEvent(stripe: TenantStripe, rawBody: Buffer | string, signature: string, receivedAt: Date): Stripe.Event {
  let event: Stripe.Event;
  try {
    event = stripe.client.webhooks.constructEvent(rawBody, signature, stripe.webhookSecret, SIGNATURE_TOLERANCE_SECONDS, undefined, receivedAt.getTime());
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw new StripeSignatureError(signatureProblem(error.message));
    // A signed body that is not JSON; the SDK throws plain errors for some malformed headers too.
    throw new StripeSignatureError(error instanceof SyntaxError ? 'The delivery is not a Stripe event' : MALFORMED_HEADER);
  }
  const candidate = event as Partial<Stripe.Event> | null;
  if (
    typeof candidate?.id !== 'string' || !/^evt_\w+$/.test(candidate.id) || typeof candidate.type !== 'string' ||
    typeof candidate.created !== 'number' || typeof candidate.data?.object !== 'object' || candidate.data.object === null
  ) {
    throw new StripeSignatureError('The delivery is not a Stripe event');
  }
  return event;
}

function signatureProblem(sdkMessage: string): string {
  if (/timestamp outside the tolerance/i.test(sdkMessage)) {
    return `The signature is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds old; a stale delivery may be a replayed one`;
  }
  if (/unable to extract timestamp and signatures|expected scheme|no stripe-signature header/i.test(sdkMessage)) return MALFORMED_HEADER;
  return "The signature does not match this body and this site's webhook signing secret";
}
